"""A line reworded in place is quoted inside one clause (``formulas/linking/one_clause.py``):
not from a subject both wordings keep before their verb, not over "and" into the next
predicate; on a real dev pair of the evaluation set and a real pair of the outside set's
tuning part, both ways; an "-ed" word after "and" that qualifies a noun is left in."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.linking.one_clause import predicate_end, subject_kept
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"

MISSILES = ("ballistic missile launches", "ballistic missile tests")
MEETING = (
    "looked forward to meeting in person in the future",
    "looked forward to seeing one another in person",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_wording_stops_before_and_and_the_next_predicate(swap: bool) -> None:
    # Sullivan-Kim Sung-han (White House, dev): "They both condemned the DPRK's destabilizing
    # ballistic missile tests and committed to continue building on their close coordination":
    # the line ends before "and committed"; the hand list's change, no longer noise.
    found = fates("sullivan-kim-sung-han__2022-05-12", swap=swap)
    assert ("changed", *(MISSILES[::-1] if swap else MISSILES)) in found
    assert not any("tests and committed" in (a or "") + (b or "") for _, a, b in found)


@pytest.mark.parametrize("swap", [False, True])
def test_a_subject_both_wordings_keep_before_their_verb_is_left_out(swap: bool) -> None:
    # Johnson-Martin (gov.uk, outside tuning): "The Prime Minister and Taoiseach looked forward
    # to meeting in person in the future" / "… to seeing one another in person when possible":
    # the line starts at the verb, not at "Taoiseach".
    a, b = (
        load(OUTSIDE / f"johnson-martin__{day}__gov-uk.txt") for day in ("2020-06-30", "2020-11-27")
    )
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(MEETING[::-1] if swap else MEETING)) in found
    assert not any((a or "").startswith("Taoiseach") for _, a, _ in found)


def test_a_qualifier_after_and_and_another_subject_are_left_alone() -> None:
    w = readout_words(from_text("They agreed to deepen trade and expanded cooperation on energy."))[
        0
    ]
    assert predicate_end(w, 3, len(w.stems)) == len(w.stems)  # "expanded" qualifies a noun
    w = readout_words(from_text("They noted the talks and reaffirmed their support."))[0]
    assert w.stems[predicate_end(w, 2, len(w.stems))] == "and"  # a reporting verb
    wa = readout_words(from_text("The leaders and Taoiseach looked forward to it."))[0]
    wb = readout_words(from_text("The leaders and Taoiseach welcomed the plan."))[0]
    assert subject_kept(wa, 3, wb, 3) == 0  # another verb: not one clause kept
