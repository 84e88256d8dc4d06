"""A line whose head noun stays and whose qualifiers or complement are reworded, across two
sentences the aligner did not pair with each other (formulas/linking/kept_heads.py), on real
pairs of the evaluation set with default options, and on real readout sentences."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.formulas.linking.kept_heads import heads
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text


def _phrases(sentence: str) -> dict[str, list[str]]:
    """The noun phrases heads() reads in ``sentence``, as stems, by head."""
    words = readout_words(from_text(sentence))[0]
    return {
        head: [" ".join(words.stems[first:last]) for _, first, last, _ in found]
        for head, found in heads(words).items()
    }


def test_a_head_kept_with_its_object_across_a_dropped_and_an_added_sentence_is_changed() -> None:
    # State, Blinken-Truss: A's "reaffirmed support for Ukraine" sentence is dropped, B's
    # "the urgency of continued support to Ukraine" sentence added; "support" keeps Ukraine.
    assert ("changed", "support for Ukraine", "continued support to Ukraine") in fates(
        "blinken-truss__2022-05-03"
    )


def test_the_kept_head_mirrors_when_the_readouts_are_swapped() -> None:
    swapped = fates("blinken-truss__2022-05-03", swap=True)
    assert ("changed", "continued support to Ukraine", "support for Ukraine") in swapped


def test_a_head_with_another_object_on_each_side_is_two_lines() -> None:
    # WH, Biden-Albanese: "strong support for Ukraine" (A) and "strong support for ASEAN
    # centrality" (B) keep the head and its qualifier, but each has its own object.
    found = fates("biden-albanese__2022-05-24")
    assert not any(f[0] == "changed" and "ASEAN" in (f[2] or "") for f in found)
    # WH, Biden-Modi: "expanding cooperation in new defense domains" / "expand cooperation on
    # our shared priorities": the governing verb is kept, the objects differ.
    found = fates("biden-modi__2022-05-24")
    assert not any(f[0] == "changed" and "shared priorities" in (f[2] or "") for f in found)


def test_a_noun_phrase_runs_from_its_qualifiers_through_its_complement() -> None:
    # WH, Biden-Abdullah 2024-04-14 and State, Blinken-Truss 2022-06-02.
    found = _phrases(
        "They also discussed the situation in Gaza, and reaffirmed their cooperation to"
        " increase critical humanitarian assistance to Gaza and to find a path to end the crisis."
    )
    assert found["assistanc"] == ["increase critical humanitarian assistance to gaza"]
    found = _phrases(
        "Secretary Blinken and Foreign Secretary Truss discussed the urgency of continued"
        " support to Ukraine, including vital humanitarian and security assistance."
    )
    assert found["support"] == ["continued support to ukraine"]
    assert "discuss" not in found  # a verb of saying heads nothing
