"""A standing line that keeps its opening words and says something else after them
(formulas/linking/openings.py), on real pairs of the evaluation set with default options, and on
real readout sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates as _default

from readoutdiff import compare, load
from readoutdiff.formulas.linking.openings import lines, linked_lines, opening_start, runs
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _lines(a: str, b: str) -> list[tuple[str, str]]:
    """The wordings lines() finds in the first sentences of ``a`` and ``b``."""
    wa, wb = readout_words(from_text(a))[0], readout_words(from_text(b))[0]
    return [(" ".join(wa.stems[i:j]), " ".join(wb.stems[k:m])) for i, j, k, m, _ in lines(wa, wb)]


def test_a_kept_opening_with_another_continuation_is_a_changed_line() -> None:
    assert ("changed",
            "shared commitment to continue working together as close partners to deepen cooperation",
            "shared commitment to continue supporting Ukraine") in _default("biden-erdogan__2023-05-29")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "shared commitment to continue supporting Ukraine",
            "shared commitment to continue working together as close partners to deepen cooperation"
            ) in _default("biden-erdogan__2023-05-29", swap=True)  # fmt: skip


def test_names_open_a_line_and_a_place_after_it_ends_it() -> None:
    # "… the importance of Israelis and Palestinians working to end the cycle of violence in
    # Israel, the West Bank, and Gaza …" / "… working to maintain calm."
    assert ("changed", "Palestinians working to end the cycle of violence",
            "Palestinians working to maintain calm") in _default("blinken-lapid__2022-04-19")  # fmt: skip


def test_an_opening_of_one_content_word_opens_no_line() -> None:
    # After biden-sisi 2023-10-29: "efforts to facilitate the delivery of …" / "efforts to
    # reach a deal for the release of hostages".
    assert _lines(
        "They discussed efforts to facilitate the delivery of humanitarian assistance.",
        "They discussed efforts to reach a deal for the release of hostages.",
    ) == []  # fmt: skip
    assert _lines(
        "They discussed joint efforts to facilitate the delivery of humanitarian assistance.",
        "They discussed joint efforts to reach a deal for the release of hostages.",
    ) == [("joint effort to facilitate the delivery of humanitarian assistance",
           "joint effort to reach a deal for the release of hostage")]  # fmt: skip


def test_a_list_member_moved_is_no_change() -> None:
    # After biden-zelenskyy 2022-10-10 -> 2022-12-11: the same three members in another order.
    assert _lines(
        "He reaffirmed the U.S. commitment to continue "
        "imposing costs on Russia, holding Russia accountable for its war crimes and atrocities, "
        "and providing Ukraine with security, economic, and humanitarian assistance.",
        "He reaffirmed the U.S. commitment to continue providing Ukraine with security, economic, "
        "and humanitarian assistance, holding Russia accountable for its war crimes and "
        "atrocities, and imposing costs on Russia for its aggression.",
    ) == []  # fmt: skip


def test_a_continuation_opening_on_a_preposition_is_an_adjunct() -> None:
    # biden-kishida 2023-08-18: "… continue supporting Ukraine for as long as it takes …" /
    # "… continue supporting Ukraine to ensure it emerges …".
    assert _lines(
        "Both leaders affirmed their resolve to continue supporting Ukraine for as long as it "
        "takes as Ukraine defends itself from Russia's brutal and unlawful aggression.",
        "Both leaders underscored their resolve to continue supporting Ukraine to ensure it "
        "emerges from its war against Russia as a democratic, independent, sovereign, and "
        "secure nation that can deter and defend itself against future aggression.",
    ) == []  # fmt: skip


def test_an_and_after_two_content_words_ends_the_continuation() -> None:
    # After biden-meloni 2022-11-15: "… providing Ukraine the support it needs to defend
    # itself and to holding Russia accountable for its aggression".
    found = _lines(
        "They discussed their commitment to continue providing humanitarian assistance.",
        "They discussed their commitment to continue providing weapons it needs to defend "
        "itself and to holding Russia accountable for its aggression.",
    )
    assert found == [("commitment to continue providing humanitarian assistance",
                       "commitment to continue providing weapon it need to defend itself")]  # fmt: skip


def test_no_letter_of_an_abbreviation_opens_a_line() -> None:
    assert _lines(
        "He reaffirmed the U.S. commitment to continue imposing costs on Russia.",
        "He reaffirmed the U.S. commitment to continue providing security assistance.",
    ) == [("commitment to continue imposing cost on russia",
           "commitment to continue providing security assistance")]  # fmt: skip


def test_one_side_may_only_drop_words_before_a_kept_word() -> None:
    # "… continue providing assistance to Ukraine, …" / "… continue providing Ukraine the
    # support it needs to defend itself and to holding Russia accountable …".
    assert ("changed", "commitment to continue providing assistance to Ukraine",
            "commitment to continue providing Ukraine the support it needs to defend itself"
            ) in _default("biden-meloni__2022-10-25")  # fmt: skip


def test_a_verb_of_narration_before_to_opens_no_line() -> None:
    # trudeau-sunak 2022-10-27: "agreed to continue closely collaborating with its members" /
    # "agreed to continue coordinating closely on shared priorities".
    assert _lines(
        "The Prime Ministers discussed the importance of the G7, and agreed to continue "
        "closely collaborating with its members.",
        "Prime Minister Trudeau and Prime Minister Sunak agreed to continue coordinating "
        "closely on shared priorities.",
    ) == []  # fmt: skip


def test_names_alone_open_no_line() -> None:
    # White House readouts of Biden's calls with King Salman of Saudi Arabia (2021-02-25,
    # 2022-02-09), not of the evaluation set: "Saudi Arabia to" is where the call was, not a line.
    a = (
        "President Joseph R. Biden, Jr. spoke today with King Salman bin Abdulaziz al-Saud of "
        "Saudi Arabia to address the longstanding partnership between the United States and "
        "Saudi Arabia."
    )
    b = (
        "President Joseph R. Biden, Jr. spoke today with King Salman bin Abdulaziz al-Saud of "
        "Saudi Arabia to discuss regional developments and issues of mutual concern."
    )
    assert _lines(a, b) == []
    assert _lines(a.replace("Saudi Arabia to", "Saudi Arabia, seeking ways to"),
                  b.replace("Saudi Arabia to", "Saudi Arabia, seeking ways to")) == [
        ("seeking way to address the longstanding partnership between the united state",
         "seeking way to discuss regional development")
    ]  # fmt: skip


def test_a_word_capitalised_on_one_side_reads_as_a_name_both_ways() -> None:
    # "names alone open no line" looked at A's capitals only: one direction found a line.
    a = "The leaders praised the Global Gateway Partnership Initiative for funding clean energy projects."
    b = "The leaders praised the global gateway partnership initiative for building new railway lines."
    assert _lines(a, b) == [] == _lines(b, a)


def test_a_mark_inside_the_kept_run_on_one_side_cuts_the_opening_both_ways() -> None:
    # The opening was read back to a punctuation mark of A only: "regional security economic
    # cooperation for …" one way, "economic cooperation for …" the other.
    a = "The leaders discussed regional security; economic cooperation for funding clean energy projects."
    b = "The leaders discussed regional security economic cooperation for building new railway lines."
    forward = _lines(a, b)
    assert forward == [("economic cooperation for funding clean energy project",
                        "economic cooperation for building new railway line")]  # fmt: skip
    assert _lines(b, a) == [(y, x) for x, y in forward]


# A kept opening whose two continuations open on two different words, a function word among
# them: the object or adjunct after the opening swapped (``openings.linked_lines``, told by
# ``standing``). Sullivan-Landerholm (White House, dev) and Sullivan-Al Thani (White House,
# outside tuning) are the hand's changes; read both ways.
LANDERHOLM = (
    "commitment to continue supporting Ukraine in the face of Russia’s ongoing aggression",
    "commitment to continue supporting Ukraine as it defends itself from Russia’s invasion",
)
AL_THANI = (
    "stay in regular contact until all hostages",
    "stay in regular contact over the coming days as talks proceed",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_kept_opening_with_its_adjunct_swapped(swap: bool) -> None:
    found = _default("sullivan-landerholm__2023-05-08", swap=swap)
    assert ("changed", *(LANDERHOLM[::-1] if swap else LANDERHOLM)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_kept_opening_with_its_complement_swapped_outside(swap: bool) -> None:
    a, b = (
        load(OUTSIDE / f"sullivan-al-thani__{day}__wh.txt") for day in ("2024-01-30", "2024-03-05")
    )
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(AL_THANI[::-1] if swap else AL_THANI)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_formula_told_alone_in_a_continuation_is_an_adjunct_added(swap: bool) -> None:
    # biden-kishida 2023-08-18 (dev): "… continue supporting Ukraine for as long as it takes" /
    # "… to ensure it emerges …": the lexicon's "for as long as it takes" stays the hand's
    # one-sided line, not the rest of a changed one.
    found = _default("biden-kishida__2023-08-18", swap=swap)
    one_sided = (None, "for as long as it takes") if swap else ("for as long as it takes", None)
    assert ("appeared" if swap else "dropped", *one_sided) in found
    assert not any(f[0] == "changed" and "as long as it takes" in (f[1] or f[2]) for f in found)


def test_a_continuation_opening_another_member_is_not_linked() -> None:
    # After harris-marcos 2023-09-06 (dev): "… bolster bilateral economic cooperation and enhance
    # economic resilience" / "… economic cooperation bilaterally and through …": "and" opens the
    # list's next member, not what the opening governs.
    wa, wb = (
        readout_words(from_text(t))[0]
        for t in (
            "They discussed opportunities to bolster bilateral economic cooperation and enhance "
            "economic resilience.",
            "They discussed strengthening and broadening economic cooperation bilaterally and "
            "through the Indo-Pacific Economic Framework.",
        )
    )
    assert linked_lines(wa, wb) == []


def test_two_different_function_words_open_a_linked_line() -> None:
    wa, wb = (
        readout_words(from_text(t))[0]
        for t in (
            "They agreed to stay in regular contact until all hostages are reunited.",
            "They agreed to stay in regular contact over the coming days as talks proceed.",
        )
    )
    assert [
        (" ".join(wa.stems[i:j]), " ".join(wb.stems[k:m]), starts)
        for (i, j, k, m, _), starts in linked_lines(wa, wb)
    ] == [("stay in regular contact until all hostage",
           "stay in regular contact over the coming day as talk proceed", (7, 7))]  # fmt: skip


# acc63: a continuation of names alone runs on over its punctuation mark; an opening starts
# neither inside an abbreviated name nor on the "well" of "as well as". The hand's changes of
# sherman-mori 2022-02-15 and sullivan-hanegbi 2023-05-10 (State / White House, dev), each in
# one aligned pair that told nothing before; read both ways.
MORI = (
    "trilateral U.S.-Japan-ROK cooperation on the DPRK, as well as in addressing many shared "
    "priorities",
    "trilateral U.S.-Japan-ROK cooperation to tackle the most pressing regional",
)
HANEGBI = (
    "right to defend its people from indiscriminate rocket attacks",
    "right to defend its people against Hamas, Palestinian Islamic Jihad, and other terrorist "
    "groups",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_continuation_of_names_alone_runs_on_to_its_clause(swap: bool) -> None:
    assert ("changed", *(MORI[::-1] if swap else MORI)) in _default(
        "sherman-mori__2022-02-15", swap=swap
    )
    assert ("changed", *(HANEGBI[::-1] if swap else HANEGBI)) in _default(
        "sullivan-hanegbi__2023-05-10", swap=swap
    )


def test_a_continuation_runs_on_no_further_than_a_name_it_would_cut() -> None:
    a = (
        "She emphasized the importance of trilateral U.S.-Japan-ROK cooperation on the DPRK, "
        "as well as in addressing many shared priorities in the Indo-Pacific region."
    )
    b = (
        "She emphasized the importance of trilateral U.S.-Japan-ROK cooperation to tackle "
        "the most pressing regional and global challenges of the 21st Century."
    )
    wa, wb = (readout_words(from_text(t))[0] for t in (a, b))
    assert [(" ".join(wa.stems[i:j]), " ".join(wb.stems[k:m])) for (i, j, k, m, _), _ in
            linked_lines(wa, wb)] == [
        ("trilateral u s japan rok cooperation on the dprk as well as in addressing many shared "
         "priority",
         "trilateral u s japan rok cooperation to tackle the most pressing regional")
    ]  # fmt: skip


def test_a_continuation_of_names_alone_at_its_sentence_end_stays_no_line() -> None:
    a = "They stressed the right to defend its people from indiscriminate rocket attacks."
    b = "They stressed the right to defend its people against Hamas."
    wa, wb = (readout_words(from_text(t))[0] for t in (a, b))
    assert linked_lines(wa, wb) == [] == linked_lines(wb, wa)


def test_an_abbreviation_s_mark_is_read_on_the_side_it_stands_on() -> None:
    """rev11: acc63's check that a mark ends an abbreviation inside a name ("U.S.-Japan") read
    side A's words for side B's mark too, so where an opening starts hung on which readout was
    A when the two capitalise the word after the mark apart. sherman-mori's sentence (dev) with
    that word lower-cased on one side (the hyphen's mark then ends no name there): the opening
    starts at the same word read either way."""
    a = (
        "She emphasized the importance of trilateral U.S.-Japan-ROK cooperation on the DPRK, "
        "as well as in addressing many shared priorities in the Indo-Pacific region."
    )
    b = a.replace("U.S.-Japan-ROK cooperation on the DPRK", "U.S.-japan-ROK cooperation to end")
    wa, wb = (readout_words(from_text(t))[0] for t in (a, b))
    (i1, j1, n), *_ = (r for r in runs(wa.stems, wb.stems) if r[2] >= 2)
    assert (i1, j1) == (0, 0) and wa.stems[n - 1] == "cooperation"
    japan = wa.stems.index("japan")
    assert opening_start(wa, wb, (i1, j1, n)) == opening_start(wb, wa, (j1, i1, n)) == japan
