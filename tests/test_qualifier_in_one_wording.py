"""A formula one readout says twice, once with a qualifier of its object, and the other readout
says once without it: the qualifier was dropped, so the formula is *changed* (convention (d) of
eval/formulas/SOURCES.md: "changed when a qualifier of the object changes"), not persisted
because the first readout also said it bare elsewhere (issue 10 points 2-3, branch enp1).
Real readouts: the outside tuning pair sullivan-al-thani 2024-01-30 → 2024-03-05."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.words.word_swaps import qualifier_dropped
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
JANUARY = OUTSIDE / "sullivan-al-thani__2024-01-30__wh.txt"
MARCH = OUTSIDE / "sullivan-al-thani__2024-03-05__wh.txt"


def _release(a: Path, b: Path) -> list[tuple[str, str | None, str | None]]:
    found = compare(load(a), load(b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found if f.id == "release-of-hostages"]


def test_all_remaining_dropped_is_a_change_though_the_bare_wording_is_said_too() -> None:
    # January says "the immediate release of all remaining hostages held by Hamas" and, later,
    # "to secure the release of hostages without delay"; March says only "the immediate release
    # of hostages held by Hamas". Before: persisted (the qualifier had to be in every January
    # wording), beside a changed report of the clause around it.
    assert _release(JANUARY, MARCH) == [
        (
            "changed",
            "release of all remaining hostages held by Hamas",
            "release of hostages held by Hamas",
        )
    ]


def test_the_same_change_read_the_other_way() -> None:
    assert _release(MARCH, JANUARY) == [
        (
            "changed",
            "release of hostages held by Hamas",
            "release of all remaining hostages held by Hamas",
        )
    ]


def test_a_side_that_also_says_the_other_wording_keeps_the_formula() -> None:
    # A wording of the longer side that says no more than the other side's is the same line
    # kept: the rule above does not apply (the pair's sentences, the second one written for
    # the test: A says the bare wording too).
    a = (
        "They discussed efforts to secure the immediate release of all remaining hostages held "
        "by Hamas. He stressed the release of hostages held by Hamas."
    )
    b = "They discussed efforts to secure the immediate release of hostages held by Hamas."
    fates = [
        f.status.value
        for f in compare(from_text(a), from_text(b)).formulas
        if f.id == "release-of-hostages"
    ]
    assert fates == ["persisted"]
    assert qualifier_dropped([], []) is False
