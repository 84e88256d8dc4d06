"""benchmarks/list_consistency.py: every wording a hand list judges, against every readout that
holds it; on small pair files made of real readouts, and on the real pair files with the audit's
edit log (branch nz9, forty-seventh session)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import formula_eval
import list_consistency

EVAL = formula_eval.EVAL_DIR
STARMER = "starmer-abdullah__2024-07-15__gov-uk.txt"
TRUDEAU = "trudeau-sunak__2022-10-27__pm-gc-ca.txt"
MARIN = "trudeau-marin__2022-05-18__pm-gc-ca.txt"


def _pair(folder: Path, name: str, a: str, b: str, events: str, not_formulas: str = "") -> None:
    (folder / "pairs" / f"{name}.toml").write_text(
        f'a = "{a}"\nb = "{b}"\nheldout = false\nnot_formulas = [{not_formulas}]\n'
        f"events = [\n{events}\n]\n",
        encoding="utf-8",
    )


def _made(tmp_path: Path) -> list[formula_eval.Pair]:
    (tmp_path / "pairs").mkdir()
    for name in (STARMER, TRUDEAU, MARIN):
        shutil.copy(EVAL / name, tmp_path / name)
    # one list counts the meeting looked forward to; the second readout says it too and its
    # list is silent; the third list cuts the same line longer (it counts it), and names a
    # not-formula that holds only a name inside another counted wording
    _pair(tmp_path, "starmer-abdullah__x", STARMER, MARIN,
          '  {status = "dropped", a = "looked forward to meeting in person"},')  # fmt: skip
    _pair(tmp_path, "trudeau-sunak__x", TRUDEAU, MARIN,
          '  {status = "dropped", a = "looked forward to the G20"},',
          '"Prime Minister Sunak", "the upcoming G20 Leaders’ Summit in Indonesia"')  # fmt: skip
    _pair(tmp_path, "trudeau-marin__x", MARIN, STARMER,
          '  {status = "dropped", a = "Prime Minister Marin looked forward to meeting in person"},',
          '"Prime Minister Marin"')  # fmt: skip
    return formula_eval.load_pairs(tmp_path)


def test_a_counted_wording_another_list_is_silent_on_is_inconsistent(tmp_path: Path) -> None:
    found = {w.wording: w for w in list_consistency.audit(_made(tmp_path))}
    meeting = found["looked forward to meeting in person"]
    assert meeting.inconsistent
    assert meeting.formula_in == {"starmer-abdullah__x"}
    assert meeting.counts == {"starmer-abdullah__x:a": "dropped", "trudeau-marin__x:a": "dropped"}
    # each pair reading a readout that holds it is judged apart: Marin's readout is B of two
    # pairs, Starmer's B of the third, and Sunak's list writes another line ("looked forward to
    # the G20", not in the text and no match under the scorer's rule)
    assert sorted(meeting.silent) == [
        "starmer-abdullah__x:b",
        "trudeau-marin__x:b",
        "trudeau-sunak__x:a",
        "trudeau-sunak__x:b",
    ]
    assert not meeting.excludes


def test_a_name_inside_a_wording_is_no_judgement_of_it(tmp_path: Path) -> None:
    found = {w.wording: w for w in list_consistency.audit(_made(tmp_path))}
    longer = found["Prime Minister Marin looked forward to meeting in person"]
    # "Prime Minister Marin" stands in not_formulas of the pair that counts the line: a name
    # inside the wording, not an exclusion; the other pairs reading the readout are silent
    assert longer.counts == {"trudeau-marin__x:a": "dropped"}
    assert "trudeau-marin__x:a" not in longer.excludes
    assert sorted(longer.silent) == ["starmer-abdullah__x:b", "trudeau-sunak__x:b"]
    # a wording only in not_formulas is consistent whatever the other lists do
    summit = found["the upcoming G20 Leaders’ Summit in Indonesia"]
    assert not summit.formula_in and not summit.inconsistent


def test_the_audit_edits_stand_in_the_pair_files() -> None:
    pairs = formula_eval.load_pairs()
    rows = list_consistency.read_log()
    assert list_consistency.check_log(rows, pairs) == []
    # nz9's 33 and nz11's 21 (the documents lines, benchmarks/documents_lines.py)
    assert len(rows) == 54
    assert {r["pair"] for r in rows} >= {"sullivan-mufamadi__2023-10-02", "xi-sassou__2023-08-24"}
    summary = list_consistency.log_summary(rows, pairs)
    assert sum(sum(c.values()) for c in summary.values()) == len(rows)
    # every edit says the convention that decided it
    assert all(r["convention"] for r in rows)


def test_the_audited_wordings_are_consistent_now() -> None:
    found = {w.wording: w for w in list_consistency.audit(formula_eval.load_pairs())}
    for wording in (
        "appreciated the seriousness with which President Ramaphosa had addressed the concerns "
        "about the Lady R’s activities last year",
        "looked forward to meeting in person",
        "今年是中国向毛里塔尼亚派遣援外医疗队55周年",
        "推动全球南方国家提升在全球治理中的代表性和发言权",
        "期待同中方继续相互支持",
    ):
        assert not found[wording].inconsistent, wording


def _fated(tmp_path: Path) -> list[formula_eval.Pair]:
    (tmp_path / "pairs").mkdir()
    for name in (STARMER, TRUDEAU, MARIN):
        shutil.copy(EVAL / name, tmp_path / name)
    # one rewording ("close" taken off) judged persisted in one list and changed in another; a
    # synonym verb and a tense persisted; a changed line made of a run another list persists
    _pair(tmp_path, "starmer-abdullah__x", STARMER, MARIN,
          '  {status = "persisted", a = "strengthen the close partnership", b = "strengthening the partnership"},\n'
          '  {status = "persisted", a = "agreed to stay in close touch", b = "agreed to remain in close touch"},')  # fmt: skip
    _pair(tmp_path, "trudeau-sunak__x", TRUDEAU, MARIN,
          '  {status = "changed", a = "agreed to remain in close contact", b = "agreed to remain in contact"},\n'
          '  {status = "changed", a = "will stay in close contact", b = "will remain in contact"},\n'
          '  {status = "persisted", a = "the same words", b = "the same words"},')  # fmt: skip
    return formula_eval.load_pairs(tmp_path)


def test_one_rewording_judged_persisted_and_changed_is_found(tmp_path: Path) -> None:
    groups = list_consistency.rewordings(_fated(tmp_path))
    # the same words (and the same words under the folding) make no difference to group
    assert sum(len(v) for v in groups.values()) == 4
    both = list_consistency.two_fates(groups)
    assert list(both) == [((), ("close",))]
    assert sorted(e.status for e in both[((), ("close",))]) == ["changed", "persisted"]
    # a changed line whose every run another list persists: "stay" / "remain" and "close"
    found = list_consistency.made_of_variants(groups)
    assert [(e.pair, e.a) for e, _ in found] == [
        ("trudeau-sunak__x", "agreed to remain in close contact"),
        ("trudeau-sunak__x", "will stay in close contact"),
    ]
    assert [run for run, _ in found[1][1]] == [(("remain",), ("stay",)), ((), ("close",))]


def test_a_difference_is_read_by_stems_either_way_and_a_moved_word_is_none() -> None:
    assert list_consistency.difference("combat corruption", "combatting corruption") == ((), ())
    assert list_consistency.difference(
        "stay in touch", "remain in touch"
    ) == list_consistency.difference("remain in touch", "stay in touch")
    assert list_consistency.parts("supply chain resilience", "resilient supply chains") == ()
    assert list_consistency.loose((("the", "close"), ())) == ((), ("close",))
    # Chinese by character: 高层往来 / 高层交往 differ by 来 and 交
    assert list_consistency.difference("加强高层往来", "加强高层交往") == (("交",), ("来",))


def test_the_fates_audit_prints_the_groups(tmp_path: Path, capsys: Any) -> None:
    assert list_consistency.print_fates(_fated(tmp_path), with_parts=True) == 0
    out = capsys.readouterr().out
    assert out.startswith("two-worded events 4, differences 3, judged two ways 1\n")
    assert "-[-] +[close]" in out
    assert "changed events made only of runs persisted elsewhere: 2" in out
