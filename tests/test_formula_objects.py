"""A formula ending on a noun of commitment or support is reported through its object
(formulas/entries/complement.py), on real readouts of the evaluation set."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.model import FormulaStatus, Options

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _entries(
    a: str, b: str, options: Options = Options()
) -> list[tuple[str, str | None, str | None]]:
    comparison = compare(load(EVAL / a), load(EVAL / b), options=options)
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def test_a_commitment_is_reported_with_what_it_is_to() -> None:
    # Biden–Sunak, 16 Nov 2022 -> 13 Mar 2023: the analyst's line is the commitment *to* the
    # Agreement, and the object runs through the whole name, not cut inside it.
    entries = _entries("biden-sunak__2022-11-16__wh.txt", "biden-sunak__2023-03-13__wh.txt")
    assert (
        "changed",
        "shared commitment to protecting the gains of the Belfast/Good Friday Agreement",
        "shared and steadfast commitment to the Belfast/Good Friday Agreement",
    ) in entries
    # The Agreement's own entry, which stands inside that object, is not also "dropped".
    assert not any(s == "dropped" and "Belfast" in (a or "") for s, a, _ in entries)


def test_the_dots_of_an_abbreviation_do_not_end_the_object() -> None:
    # Blinken–Lapid, 27 May -> 21 Jun 2022: "U.S.-Israel" is inside the object.
    entries = _entries(
        "blinken-lapid__2022-05-27__state.txt", "blinken-lapid__2022-06-21__state.txt"
    )
    b_texts = {b for status, _, b in entries if status == "changed"}
    assert "unwavering commitment to the strong U.S.-Israel strategic relationship" in b_texts


def test_objects_are_off_where_formulas_keep_their_own_wording() -> None:
    # A series names its rows by the formula's own wording (Options.governing_words off).
    entries = _entries(
        "biden-sunak__2022-11-16__wh.txt", "biden-sunak__2023-03-13__wh.txt",
        Options(governing_words=False),
    )  # fmt: skip
    assert ("changed", "shared commitment", "shared and steadfast commitment") in entries


def test_objects_mirror_when_the_readouts_swap() -> None:
    a, b = "blinken-lapid__2022-05-27__state.txt", "blinken-lapid__2022-06-21__state.txt"
    forward, backward = _entries(a, b), _entries(b, a)
    flip = {"dropped": "appeared", "appeared": "dropped"}
    mirrored = {(flip.get(s, s), y, x) for s, x, y in backward}
    assert set(forward) == mirrored
    assert any(s == FormulaStatus.CHANGED.value for s, _, _ in forward)
