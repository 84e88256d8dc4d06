"""A phrasal verb's particle ("set out") or a conjunction that opens a subordinate clause ("if")
is no telling word of a line (``lines._LINKING``, as a preposition is): two sentences that share
only a verb and its particle say two lines (issue 10 point 2, branch en1). Real readouts: the
outside tuning pair sunak-martin 2022-10-26 → 2022-11-10, whose hand list has no event there."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.linking.lines import evidence, regions, said
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
OCTOBER = OUTSIDE / "sunak-martin__2022-10-26__gov-uk.txt"
NOVEMBER = OUTSIDE / "sunak-martin__2022-11-10__gov-uk.txt"


def _set_out(a: Path, b: Path) -> list[tuple[str, str | None, str | None]]:
    found = compare(load(a), load(b)).formulas
    return [
        (f.status.value, f.a_text, f.b_text)
        for f in found
        if any(t and t.startswith("set out") for t in (f.a_text, f.b_text))
    ]


def test_a_verb_and_its_particle_link_no_two_lines() -> None:
    # October: "the Prime Minister set out that his preference remained a negotiated outcome";
    # November: "The Prime Minister set out the UK government's decision to introduce
    # legislation …". Before: one line reworded, "set out" -> "set out the UK government's
    # decision" (noise: the hand list has no event in either sentence).
    assert _set_out(OCTOBER, NOVEMBER) == []
    assert _set_out(NOVEMBER, OCTOBER) == []


def _evidence(a: str, b: str) -> list[int]:
    """The evidence of each pair of regions the two sentences share (``standing``'s reading)."""
    (wa,), (wb,) = readout_words(from_text(a)), readout_words(from_text(b))
    sa, sb = said(wa, {}), said(wb, {})
    shared = sa.content & sb.content
    return [
        evidence(wa, wb, ra, rb)
        for ra in regions(wa, sa.keys, shared)
        for rb in regions(wb, sb.keys, shared)
    ]


def test_a_shared_verb_and_particle_are_no_evidence_its_object_is() -> None:
    # The pair's two sentences, cut short: before, "set" and "out" were two telling words
    # shared (evidence 2).
    assert _evidence(
        "On the Protocol, the Prime Minister set out that his preference remained a negotiated "
        "outcome.",
        "The Prime Minister set out the UK government's decision to introduce legislation.",
    ) == [0]
    # The particle is out of the count, not the verb: a verb and a content word shared still
    # read as one line reworded.
    assert _evidence(
        "The Prime Minister set out plans to boost trade.",
        "The Prime Minister set out new plans for investment.",
    ) == [3]
