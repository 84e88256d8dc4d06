"""A change read as the kept line it lies in (clauses._kept_within, branch left1) takes its
formula's id, and the ids of a comparison stay one per entry (branch fix2: the id was made by
deleting "/reworded" wherever it stood, so "x/reworded#2" became "x#2" whatever other "x"
entries there were, and "x/reworded" became a second "x" beside a kept "x")."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.entries.clauses import _kept_within
from readoutdiff.ingest import load
from readoutdiff.model import Formula, FormulaStatus, Span

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
POLICY = "background:坚-定-奉-行-一-个-中-国-政-策"


def test_the_one_china_policy_reworded_inside_a_kept_clause_is_the_phrase_kept() -> None:
    """Xi–Fico, 9 May -> 4 Sep 2025 (CCTV): the background phrase 坚定奉行一个中国政策 reworded
    inside a clause pair read as one object kept is read as the phrase kept (its id less
    "/reworded"); no id of the comparison is said twice, both ways."""
    a, b = (load(EVAL / f"xi-fico__{day}__cctv.txt") for day in ("2025-05-09", "2025-09-04"))
    for x, y in ((a, b), (b, a)):
        found = compare(x, y).formulas
        ids = [f.id for f in found]
        assert len(ids) == len(set(ids)), ids
        assert not any(i.startswith(POLICY + "/reworded") for i in ids), ids


def _entry(status: FormulaStatus, formula_id: str, start: int) -> Formula:
    span = (Span(start=start, end=start + 4, line=1),)
    return Formula(
        status=status,
        a_text="甲乙丙丁",
        b_text="甲丙乙丁",
        a_spans=span,
        b_spans=span,
        id=formula_id,
    )


def test_a_change_read_as_kept_takes_a_free_number_of_its_formula() -> None:
    """Entries of my own: the second rewording of x, inside the kept clause pair, is "x" when
    no other entry is (the first rewording lies outside); beside a persisted "x" it is "x#2"."""
    kept = [(Span(start=100, end=200, line=1), Span(start=100, end=200, line=1))]
    out = _kept_within(
        [
            _entry(FormulaStatus.CHANGED, "mined:x/reworded", 10),
            _entry(FormulaStatus.CHANGED, "mined:x/reworded#2", 120),
        ],
        kept,
    )
    assert [(f.status, f.id) for f in out] == [
        (FormulaStatus.CHANGED, "mined:x/reworded"),
        (FormulaStatus.PERSISTED, "mined:x"),
    ]
    out = _kept_within(
        [
            _entry(FormulaStatus.PERSISTED, "mined:x", 10),
            _entry(FormulaStatus.CHANGED, "mined:x/reworded", 120),
        ],
        kept,
    )
    assert [f.id for f in out] == ["mined:x", "mined:x#2"]
