"""Words read in the role they play in real readout sentences (formulas/words/roles.py): a noun
or an adjective ending in "-ly" is no adverb ("our European allies", "critical food supplies",
"to rally the world"), and a noun or an adjective after "to" is no verb that frames an object
("adherence to international humanitarian law"). Read by qualified_shapes, framed and told."""

from __future__ import annotations

from sentence_pairs import view_of

from readoutdiff.formulas.entries import told
from readoutdiff.formulas.linking.qualified_shapes import determined
from readoutdiff.formulas.unpaired.framed import clauses
from readoutdiff.formulas.words.roles import adverb

# Sentences of eval/formulas (dev) and eval/noise (tuning part), as the readouts say them.
RALLY = (
    "In addition, President Biden noted the ongoing efforts of the United States to rally the "
    "world behind Ukraine’s efforts to defend its freedom and democracy, as enshrined in the "
    "United Nations Charter."
)  # biden-zelenskyy 2022-10-04
ALLIES = (
    "They exchanged views on the challenges the People’s Republic of China and Russia pose to "
    "the rules-based international order, Australia’s readiness to support our European allies."
)  # blinken-payne 2022-02-11, cut after the clause
FOOD = (
    "The Secretary reconfirmed the importance of ensuring vital agricultural commodities can "
    "leave Ukraine and provide the world critical food supplies."
)  # blinken-truss 2022-06-02, cut around the clause
ADHERENCE = (
    "The two leaders condemned Hamas and its appalling acts of terrorism, reaffirmed Israel’s "
    "right to defend itself, and called for adherence to international humanitarian law, "
    "including the protection of civilians."
)  # biden-kishida 2023-11-16
COERCION = (
    "They also reaffirmed their commitment to developing and protecting critical and emerging "
    "technologies such as AI and semiconductors while increasing their resilience to economic "
    "coercion."
)  # biden-kishida 2024-09-21


def _said(text: str, first: int, last: int) -> str:
    words = view_of(text).words[0]
    return text[words.start(first) : words.end(last - 1)]


def test_nouns_and_adjectives_ending_in_ly_are_no_adverbs() -> None:
    assert [adverb(s) for s in ("closely", "bilaterally", "unjustly", "ally", "supply")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert not adverb("family") and not adverb("assembly") and not adverb("timely")


def test_a_determiner_before_an_ly_noun_opens_a_qualified_noun() -> None:
    found = [_said(ALLIES, first, last) for first, last, *_ in determined(view_of(ALLIES).words[0])]
    assert "European allies" in found


def test_a_verb_ending_in_ly_after_to_frames_its_object() -> None:
    view = view_of(RALLY)
    assert "to rally" in [c.word for c in clauses(view, view.words[0])]


def test_a_compound_goes_on_over_a_noun_ending_in_ly() -> None:
    words = view_of(FOOD).words[0]
    food = words.stems.index("food")
    assert _said(FOOD, food, told._compound_end(words, food)) == "food supplies"


def test_a_noun_or_adjective_after_to_frames_nothing() -> None:
    for text, word in ((ADHERENCE, "international"), (COERCION, "economic")):
        view = view_of(text)
        found = [c.word for c in clauses(view, view.words[0])]
        assert "to " + word not in found
        assert found  # the sentence's other frames are still read
    view = view_of(ADHERENCE)
    assert "to defend" in [c.word for c in clauses(view, view.words[0])]
