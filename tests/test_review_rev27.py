"""Review of the fortieth session's first merges (zn4, e57, hist5, en3): what rev27 fixed.

- hist5's dated-event rule (``recurrence.after_date``) read English month names only: a
  Russian or Chinese series' history read no date at all ("24 июля", "5月13日"), though the
  README says a phrase standing right after a date is not learnt, whatever the language.
- ``readoutdiff A B --history DIR --no-mining`` said "no phrase recurring there is tracked as a
  formula (the lexicon's formulas aside)", the same words as a history that found nothing:
  a user could not tell that mining off was the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.formulas.mining.recurrence import after_date
from readoutdiff.formulas.words.phrases import Words, grouped_words

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
# a held-out Chinese pair (its hand list only): xi-berdimuhamedov until e60's turnover per
# language (forty-second session) moved its series to dev; xi-boluarte (e59's batch) until e81's
# (forty-seventh session) moved it too; wangyi-qureshi (e74's batch, last in the held-out order)
# since
HELD_OUT_ZH = "wangyi-qureshi__2018-09-25.toml"


def _sentence(name: str, holding: str) -> Words:
    readout = load(EVAL / name)
    words, _ = grouped_words(readout)
    return next(w for w in words if holding in readout.sentences[w.sentence].text)


def _after(words: Words, stem: str) -> bool:
    """Whether a phrase opening on the first word of ``words`` stemmed ``stem`` stands right
    after a date."""
    return after_date((words, words.stems.index(stem), len(words.stems)))


@pytest.mark.parametrize(
    ("name", "holding", "stem", "dated"),
    [
        # Russian: "24 июля состоялся телефонный разговор" (a day and its month's genitive)
        ("mirziyoyev-lukashenko__2024-07-24__uz-press.txt", "24 июля", "состоя", True),
        # Chinese: "5月13日下午，…" (a month and its day in digits)
        ("liqiang-lula__2025-05-13__cctv.txt", "5月13日下午", "下", True),
        # Chinese: 日 and 月 with no number before them are no date ("事务中日益", "岁月洗礼")
        ("xi-bin-salman__2023-03-28__cctv.txt", "事务中日益", "益", False),
        ("xi-hun-manet__2026-07-17__cctv.txt", "岁月洗礼", "洗", False),
        # English, as hist5 read it: "the DPRK’s March 24 ballistic missile launch"
        ("sung-kim-noh-funakoshi__2022-03-24__state.txt", "March 24 ballistic", "ballistic", True),
    ],
)
def test_a_date_is_read_in_each_language(name: str, holding: str, stem: str, dated: bool) -> None:
    words = _sentence(name, holding)
    if stem == "состоя":
        stem = next(s for s in words.stems if s.startswith("состоя"))
    assert _after(words, stem) is dated


def test_no_mining_history_note_says_why(tmp_path: Path) -> None:
    """biden-abdullah 2024-04-14 → 05-06 with 07-26 and 08-05 as its history (hist5's pair):
    with mining off the note says why nothing is learnt; with it on it counts what was."""
    from readoutdiff.api import compare_files

    names = ("2024-04-14", "2024-05-06", "2024-07-26", "2024-08-05")
    a, b, *earlier = [EVAL / f"biden-abdullah__{day}__wh.txt" for day in names]
    for path in earlier:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    off = compare_files(a, b, history=tmp_path, mining=False).notes[-1]
    assert off.endswith(
        "no phrase recurring there is tracked as a formula (none is learnt with mining off)"
    )
    on = compare_files(a, b, history=tmp_path).notes[-1]
    assert on.endswith(
        "1 phrase recurring there is tracked as a formula (source mined, id recurring:…)"
    )


def test_second_opinion_reads_no_held_out_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """zn4's ``zh_noise_classes.py --second`` says it reads dev pairs: a second annotation of a
    held-out Chinese pair put in ``eval/agreement`` is passed over, a dev pair's is read."""
    import formula_eval
    import zh_noise_classes

    held = {p.name for p in formula_eval.load_pairs(EVAL, split="heldout")}
    assert HELD_OUT_ZH.removesuffix(".toml") in held
    for name in ("xi-bin-salman__2022-12-08.toml", HELD_OUT_ZH):
        (tmp_path / name).write_bytes((EVAL / "pairs" / name).read_bytes())
    monkeypatch.setattr(zh_noise_classes, "SECOND", tmp_path)
    assert [one.name for one, _ in zh_noise_classes.second_pairs()] == ["xi-bin-salman__2022-12-08"]
