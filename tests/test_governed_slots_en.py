"""In a comparison of two English readouts, a line told on one side whose other wording is the
object of the same governing verb in the counterpart sentence is one changed entry
(formulas/linking/governed_slots_en.py): on two pairs of the outside set's tuning part, and
where the rule must leave a one-sided line alone (dev pairs of eval/formulas)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.governed_slots_en import slots_filled_en
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Alignment, Formula, FormulaStatus, Span, Status

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _changed(where: str, a_name: str, b_name: str, *, swap: bool) -> list[tuple[str, str]]:
    a, b = load(EVAL / where / a_name), load(EVAL / where / b_name)
    found = compare(b, a) if swap else compare(a, b)
    return [
        (f.a_text or "", f.b_text or "")
        for f in found.formulas
        if f.status is FormulaStatus.CHANGED and f.id.endswith("/reworded")
    ]


@pytest.mark.parametrize(
    ("a_name", "b_name", "a_words", "b_words"),
    [
        # "agreed to …": B's wording appeared (a lexicon phrase at its end), A's unreported
        ("johnson-martin__2021-04-27__gov-uk.txt", "johnson-martin__2021-07-20__gov-uk.txt",
         "continue working together to fight the pandemic",
         "continue to work together to bring an end to the pandemic"),
        # "welcomed …": A's wording dropped from inside its slot, B's unreported
        ("biden-stoltenberg__2023-06-13__wh.txt", "biden-stoltenberg__2024-06-17__wh.txt",
         "the support that Allies and partners are providing bilaterally to help Ukraine defend"
         " itself from Russian aggression", "steps NATO Allies are taking to support Ukraine"),
    ],
)  # fmt: skip
def test_the_object_of_one_verb_reworded_is_one_changed_entry_both_ways(
    a_name: str, b_name: str, a_words: str, b_words: str
) -> None:
    """The hand lists pair each as one changed event; the tool told one side only."""
    assert (a_words, b_words) in _changed("outside", a_name, b_name, swap=False)
    assert (b_words, a_words) in _changed("outside", a_name, b_name, swap=True)


@pytest.mark.parametrize(
    ("a_name", "b_name", "words"),
    [
        # "discussed the importance of protecting civilian lives, respect for international
        # humanitarian law, and …": the dropped wording is an item of a list (after a comma)
        ("biden-sisi__2023-10-29__wh.txt", "biden-sisi__2023-11-22__wh.txt",
         "respect for international humanitarian law"),
        # "looked forward to …" on both sides: the frame's particle is no shared topic
        ("biden-modi__2022-04-11__wh.txt", "biden-modi__2022-05-24__wh.txt",
         "just energy transition"),
    ],
)  # fmt: skip
def test_a_one_sided_line_under_a_shared_verb_stays_one_sided(
    a_name: str, b_name: str, words: str
) -> None:
    """The hand lists call each one-sided; the verb's other object is another line."""
    a, b = load(EVAL / "formulas" / a_name), load(EVAL / "formulas" / b_name)
    told = [f for f in compare(a, b).formulas if words in (f.a_text or "") + (f.b_text or "")]
    assert told and all(f.status in (FormulaStatus.DROPPED, FormulaStatus.APPEARED) for f in told)


def _lone(b_text: str, words: str) -> Formula:
    at = b_text.index(words)
    span = Span(start=at, end=at + len(words), line=1)
    return Formula(
        status=FormulaStatus.APPEARED, a_text=None, b_text=words, b_spans=(span,), id="x"
    )


def test_a_verb_said_twice_or_a_slot_on_another_topic_is_no_slot() -> None:
    """The verb must be said once on each side, and the two objects share a telling word."""
    b = from_text("They agreed to continue to work together to bring an end to the pandemic.")
    lone = _lone(b.text, "bring an end to the pandemic")
    for a_text in (
        "They agreed to keep working to fight the pandemic. They agreed to meet soon.",
        "They agreed to strengthen trade and investment ties.",
    ):
        a = from_text(a_text)
        pair = (Alignment(status=Status.CHANGED, a=a.sentences[:1], b=b.sentences, score=0.5),)
        assert slots_filled_en([lone], a, b, pair) == (lone,)
