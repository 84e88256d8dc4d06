"""A clause reworded around one named instrument said once in each readout is one *changed*
line (``formulas/entries/anchored_clauses.py``): on real dev pairs alone in their series, both
ways; a body's name, a line whose words are kept around the name and a topic opening the
sentence are left alone."""

from __future__ import annotations

import pytest
from eval_pairs import fates

from readoutdiff.formulas.entries.anchored_clauses import _head, anchored_clauses
from readoutdiff.ingest import from_text
from readoutdiff.model import Alignment, Status

SUDANI = (
    "the U.S. commitment to the Strategic Framework Agreement with Iraq",
    "the importance of the bilateral partnership between Iraq and the United States as outlined"
    " in the Strategic Framework Agreement between our two countries",
)
MELONI = (
    "expanding the Italy-Canada Roadmap for Enhanced Cooperation",
    "as evidenced by the Italy–Canada Roadmap for Enhanced Cooperation",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_commitment_to_an_agreement_said_as_its_outline(swap: bool) -> None:
    # Biden-Sudani (White House, dev, alone in its series): "reaffirmed the U.S. commitment to
    # the Strategic Framework Agreement with Iraq" / "… as outlined in the Strategic Framework
    # Agreement …", both sentences unpaired in one gap; nothing was reported at the base.
    found = fates("biden-sudani__2023-02-02", swap=swap)
    assert ("changed", *(SUDANI[::-1] if swap else SUDANI)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_roadmap_expanded_then_given_as_evidence(swap: bool) -> None:
    # Carney-Meloni (Canada, dev, alone in its series): the roadmap's name with a hyphen in A,
    # an en dash in B; the clause stops at the verb before it ("… agreed on expanding …").
    found = fates("carney-meloni__2025-05-17", swap=swap)
    assert ("changed", *(MELONI[::-1] if swap else MELONI)) in found


def _one_pair(a_text: str, b_text: str) -> list[tuple[str | None, str | None]]:
    a, b = from_text(a_text), from_text(b_text)
    alignments = tuple(
        Alignment(status=Status.CHANGED, a=(x,), b=(y,), score=0.5)
        for x, y in zip(a.sentences, b.sentences, strict=True)
    )
    return [(f.a_text, f.b_text) for f in anchored_clauses((), a, b, alignments)]


def test_the_rule_reads_the_clause_around_the_name() -> None:
    headline = "Readout of a call."
    found = _one_pair(
        f"{headline} The leaders reaffirmed their support for the Paris Climate Agreement.",
        f"{headline} The leaders noted progress under the Paris Climate Agreement.",
    )
    assert found == [
        (
            "their support for the Paris Climate Agreement",
            "progress under the Paris Climate Agreement",
        )
    ]


@pytest.mark.parametrize(
    "b_line",
    [
        # the same lower-case word beside the name on both sides: the line is kept
        "The leaders noted their support under the Paris Climate Agreement.",
        # a topic opening the sentence, then another line
        "Discussing the Paris Climate Agreement, the leaders noted progress.",
        # said twice in B: the name is the call's topic, not one line
        "The leaders noted progress under the Paris Climate Agreement. The Paris Climate"
        " Agreement was discussed.",
    ],
)
def test_a_kept_line_a_topic_or_a_name_said_twice_is_left_alone(b_line: str) -> None:
    headline = "Readout of a call."
    a_line = "The leaders reaffirmed their support for the Paris Climate Agreement."
    a_text = f"{headline} {a_line}" + (" They spoke." if b_line.count(".") > 1 else "")
    assert _one_pair(a_text, f"{headline} {b_line}") == []


def test_a_body_named_after_a_treaty_is_no_instrument() -> None:
    # The head is the word before the first "of"/"for", else the last: "North Atlantic Treaty
    # Organization" is a body (carney-rutte, dev, told the Secretary General's line once).
    assert _head("north atlantic treaty organization".split()) == "organization"
    assert _head("roadmap for enhanced cooperation".split()) == "roadmap"
    assert _head("coalition of the willing".split()) == "coalition"
