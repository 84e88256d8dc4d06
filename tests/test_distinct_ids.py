"""A comparison's ids (branch fix3, rev14's finding): a lexicon formula's id may stand on several
entries (the formula told on several lines: a rule by that id watches every one); every other
id (a mined, recurring or background phrase's, or a change's derived id) names one entry, the
second and later entries of one such id numbered "#2", "#3" in the list's order. 50 eval and
outside pairs had two entries of one mined id, and a `check` rule by that id read both."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.check import check
from readoutdiff.check.rules import parse
from readoutdiff.formulas.lexicon.ids import distinct
from readoutdiff.model import Entry, Formula, FormulaStatus, Lexicon, Span

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _pair(folder: str, name: str, a: str, b: str):
    return compare(
        load(EVAL / folder / f"{name}__{a}__cctv.txt"),
        load(EVAL / folder / f"{name}__{b}__cctv.txt"),
    )


def test_a_watch_on_a_mined_greeting_reads_its_own_entry_not_another_greeting() -> None:
    """Xi–Thongloun, 22 Oct 2024 -> 4 Sep 2025 (outside, CCTV): one greeting is changed
    (祝贺老方成功主办… -> 中方祝贺老挝成为…) and another appears in B; both were
    ``mined:greeting``, so a watch by that id found the appeared one on B and passed as
    "persisted". The appeared greeting is now ``mined:greeting#2``; the watch fails on the
    change."""
    comparison = _pair("outside", "xi-thongloun", "2024-10-22", "2025-09-04")
    greetings = [(f.id, f.status) for f in comparison.formulas if f.id.startswith("mined:greeting")]
    assert greetings == [
        ("mined:greeting", FormulaStatus.CHANGED),
        ("mined:greeting#2", FormulaStatus.APPEARED),
    ]
    rules = parse('[[watch]]\nid = "mined:greeting"\n[dropped]\nseverity = "off"\n'
                  '[changed]\nseverity = "off"')  # fmt: skip
    result = check(comparison, rules)
    [watch] = [o for o in result.outcomes if o.rule.id == "mined:greeting"]
    assert watch.summary.startswith("mined phrase “") or "changed to" in watch.summary
    assert "changed to “中方祝贺老挝成为上海合作组织对话伙伴”" in watch.summary
    assert result.failed


def test_a_watch_on_a_lexicon_id_still_reads_every_line_of_the_formula() -> None:
    """Xi–Ruto, 18 Oct 2023 (a dev pair): 一带一路 is dropped on two lines, both
    ``belt-and-road``, and stay so: a watch by the id reads both."""
    comparison = _pair("formulas", "xi-ruto", "2023-10-18", "2024-09-03")
    roads = [f for f in comparison.formulas if f.id == "belt-and-road"]
    assert len(roads) == 2
    rules = parse('[[watch]]\nid = "belt-and-road"')
    result = check(comparison, rules)
    [watch] = [o for o in result.outcomes if o.rule.id == "belt-and-road"]
    assert result.failed and "was dropped" in watch.summary
    assert {f.id for f in comparison.formulas if f.status is FormulaStatus.DROPPED} >= {
        "belt-and-road"
    }


def test_no_id_but_a_lexicon_s_is_said_twice_in_a_comparison() -> None:
    for folder, name, a, b in (
        ("outside", "xi-thongloun", "2024-10-22", "2025-09-04"),
        ("formulas", "xi-ruto", "2023-10-18", "2024-09-03"),
    ):
        ids = Counter(f.id for f in _pair(folder, name, a, b).formulas)
        assert [i for i, n in ids.items() if n > 1] in ([], ["belt-and-road"]), ids


def _entry(formula_id: str, start: int) -> Formula:
    span = (Span(start=start, end=start + 2, line=1),)
    return Formula(status=FormulaStatus.DROPPED, a_text="ab", b_text=None, a_spans=span,
                   b_spans=(), id=formula_id)  # fmt: skip


_K = Lexicon(entries=(Entry(id="k", text="k"),))


def test_the_numbers_skip_an_id_already_taken_and_leave_lexicon_ids() -> None:
    found = (_entry("mined:x", 0), _entry("mined:x#2", 3), _entry("mined:x", 6), _entry("k", 9),
             _entry("k", 12))  # fmt: skip
    assert [f.id for f in distinct(found, _K)] == ["mined:x", "mined:x#2", "mined:x#3", "k", "k"]
    lexicon_only = found[3:]
    assert distinct(lexicon_only, _K) is lexicon_only
