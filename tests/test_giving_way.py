"""In a comparison of two Chinese readouts, a mined or background phrase written over a
lexicon formula's wording gives way to it (formulas/entries/giving_way.py), on the xi-bin-salman
dev pair of eval/formulas (CCTV readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.giving_way import giving_way
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
DAYS = ("2022-12-08", "2023-03-28")
PARTNERSHIP = "comprehensive-strategic-partnership"


def _rows(swap: bool) -> list[tuple[str, str, str | None, str | None]]:
    a, b = (load(EVAL / f"xi-bin-salman__{day}__cctv.txt") for day in DAYS)
    if swap:
        a, b = b, a
    return [(f.id, f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]


def test_a_background_change_inside_a_lexicon_formula_gives_way_both_ways() -> None:
    """推动中沙全面战略伙伴关系得到更大发展 -> …实现更大发展: the built-in 全面战略伙伴关系
    persisted reports the passage; the background's 战略伙伴关系得到更大发展, which overlaps
    it on both sides, is no row of its own (it came out *changed* where the hand list says the
    formula persisted)."""
    for swap in (False, True):
        rows = _rows(swap)
        texts = [t for _, _, a, b in rows for t in (a, b) if t]
        assert (PARTNERSHIP, "persisted", "全面战略伙伴关系", "全面战略伙伴关系") in rows
        assert not [t for t in texts if "更大发展" in t and t != "实现更大发展"]


def _appeared(text: str, start: int, source: FormulaSource) -> Formula:
    span = Span(start=start, end=start + len(text), line=1)
    return Formula(
        status=FormulaStatus.APPEARED, a_text=None, b_text=text, b_spans=(span,), source=source
    )


def test_a_lexicon_formula_never_gives_way_to_a_mined_phrase() -> None:
    """The phrases of the xi-bin-salman readouts, placed as they stand in a clause: a mined
    clause holding the lexicon's 全面战略伙伴关系 gives way to it, never the reverse; of two
    mined phrases, the shorter gives way; a phrase said elsewhere stays."""
    clause = _appeared("推动中沙全面战略伙伴关系实现更大发展", 0, FormulaSource.MINED)
    lexicon = _appeared("全面战略伙伴关系", 4, FormulaSource.BUILTIN)
    inner = _appeared("战略伙伴关系实现更大发展", 6, FormulaSource.MINED)
    assert giving_way((clause, lexicon, inner)) == (lexicon,)
    assert giving_way((clause, inner)) == (clause,)
    elsewhere = _appeared("战略伙伴关系实现更大发展", 40, FormulaSource.MINED)
    assert giving_way((clause, elsewhere)) == (clause, elsewhere)
