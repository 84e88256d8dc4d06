"""Branch u58's walk on the thirty-fifth session's new readouts: how a formula's short name is cut.

The Russian pair is out3's tuning pair rahmon-gurbanguly (eval/outside), two calls of the Tajik
president with Gurbanguly Berdimuhamedov as his press service released them.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare_files
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import quote
from readoutdiff.text.shorten import shorten

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "eval" / "outside"
# a mined wording of the pair's A line 11 (the outlet's quotation of the press service closes
# inside it: "…сотрудничества», - отмечается в сообщении")
MEETING = (
    "очередного заседания межправительственной комиссии по торгово-экономическому"
    " сотрудничеству для рассмотрения всех аспектов двухстороннего сотрудничества»,"
    " - отмечается в сообщении"
)


def _keys() -> list[str]:
    comparison = compare_files(
        OUTSIDE / "rahmon-gurbanguly__2021-04-28__nm-tj.txt",
        OUTSIDE / "rahmon-gurbanguly__2023-05-15__khovar.txt",
    )
    return [change.summary for change in key_changes(comparison)]


def test_a_name_cut_in_a_key_change_ends_on_no_dash_nor_unopened_closing_mark() -> None:
    # The name was "…двухстороннего сотрудничества», -…": the cut fell after the dash that
    # opens the outlet's own words, and the » closes a quotation the name never opens.
    assert quote(MEETING).endswith("двухстороннего сотрудничества…")
    # Since ru5 the mined point itself ends where the quotation closes, so the key change names
    # it whole, on its last word, with no dash nor closing mark of the outlet's.
    dropped = next(text for text in _keys() if "очередного заседания" in text)
    assert "всех аспектов двухстороннего сотрудничества” and 1 more" in dropped
    assert "», -" not in dropped and "отмечается" not in dropped


def test_a_word_no_longer_than_half_the_width_is_not_cut_where_it_stands() -> None:
    # "межправительственной" (20 letters, half of a short name's 40) began at the 21st
    # character: the cut made "очередного заседания межправительственн…", half a word
    assert shorten(MEETING, 40, phrase=True, names=True) == "очередного заседания…"
    # a word longer than half the width is still cut where it stands
    assert shorten("на " + "межправительственной" * 2, 24) == "на межправительственной…"
    # a marks a cut does keep: a quotation the wording opens and closes
    assert shorten("the «Знание» forum, and more words after it", 20) == "the «Знание» forum…"


def test_check_dir_says_the_mined_drops_it_did_not_count(tmp_path: Path) -> None:
    # A folder of the pair's two readouts alone: its dropped rule counts a mined phrase only
    # where an older readout says it, so it read "ok no dropped formulas: none dropped" while
    # `check OLD NEW` on the same files lists four dropped phrases (three before branch left1
    # read the quoted first-person wish "желаю Вам …").
    from readoutdiff.check.pair import run
    from readoutdiff.check.rules import DEFAULT
    from readoutdiff.render.check_text import render_check_text

    names = (
        "rahmon-gurbanguly__2021-04-28__nm-tj.txt",
        "rahmon-gurbanguly__2023-05-15__khovar.txt",
    )
    for name in names:
        (tmp_path / name).write_bytes((OUTSIDE / name).read_bytes())
    folder = render_check_text(run([str(tmp_path)], DEFAULT))
    said = "none dropped (not counted: 4 mined phrases no older readout of the folder says)"
    assert f"ok      no dropped formulas: {said}\n" in folder
    pair = render_check_text(run([str(OUTSIDE / name) for name in names], DEFAULT))
    assert "warning no dropped formulas: 4 dropped\n" in pair
    assert "not counted" not in pair
