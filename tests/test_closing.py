"""The closing lines of two readouts said as one line reworded (formulas/unpaired/closing.py), on
a real pair of the evaluation set with default options and under its hand lists, and on real
readout sentences."""

from __future__ import annotations

from eval_pairs import fates
from sentence_pairs import view_of

from readoutdiff.compare import compare
from readoutdiff.formulas.unpaired.closing import objects
from readoutdiff.ingest import from_text

JOHNSON = "johnson-zelenskyy__2022-03-20"
STEP_UP = "step up their direct communication even further in the days to come"
CLOSE_CONTACT = "continue to remain in close contact in the coming days"


def _objects(text: str) -> list[str]:
    """The framed objects of the first sentence of ``text``."""
    view = view_of(text)
    words = view.words[0]
    return [text[words.start(o.first) : words.end(o.last - 1)] for o in objects(words)]


def test_the_closing_lines_of_a_real_pair_are_one_line_reworded() -> None:
    # Both readouts close on an unpaired "agreed to …"; only B's "remain in close contact" is a
    # formula, reported appeared before.
    found = fates(JOHNSON)
    assert ("changed", STEP_UP, CLOSE_CONTACT) in found
    assert ("appeared", None, "remain in close contact") not in found


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", CLOSE_CONTACT, STEP_UP) in fates(JOHNSON, swap=True)


def test_only_a_verb_in_the_past_tense_frames_an_object() -> None:
    assert _objects("The two leaders agreed to step up their direct communication.") == [
        "step up their direct communication"
    ]
    assert _objects("He looked forward to speaking again soon.") == ["speaking again soon"]
    # No narrated verb: a need, an aspect verb, a noun.
    assert _objects("They stressed the need to reduce tensions.") == []
    assert _objects("They continued to coordinate closely.") == []
    assert _objects("It offered an opportunity to join a group of countries.") == []


def test_an_object_ends_at_its_clause_or_at_another_frame() -> None:
    assert _objects(
        "The presidents committed to deepen cooperation on the clean energy transition and to"
        " continue advancing the Partnership for Workers' Rights."
    ) == ["deepen cooperation on the clean energy transition"]


def test_lines_that_do_not_close_both_readouts_stay_apart() -> None:
    # The same frame in one rewritten passage is no evidence: "agreed to" opens other lines.
    a = from_text(
        "They met in Ottawa.\n\nThe two leaders agreed to speak again in a month.\n\n"
        "They thanked their teams."
    )
    b = from_text(
        "They met in Ottawa.\n\nThey agreed to remain in close contact.\n\n"
        "The President applauded the summit."
    )
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert not any(status == "changed" for status, _, _ in found)
