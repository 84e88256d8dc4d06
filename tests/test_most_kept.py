"""A line said again in an aligned pair with most of its telling words (formulas/linking/most_kept.py),
on real pairs of the evaluation set with default options, and on real readout sentences."""

from __future__ import annotations

import pytest
from eval_pairs import fates as _default

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.most_kept import _one_per_place, lines
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text


def _lines(a: str, b: str) -> list[tuple[str, str, bool]]:
    """The wordings lines() finds in the first sentences of ``a`` and ``b``, and whether each
    changed."""
    wa, wb = readout_words(from_text(a))[0], readout_words(from_text(b))[0]
    return [
        (" ".join(wa.stems[i:j]), " ".join(wb.stems[k:m]), changed)
        for i, j, k, m, _, changed in lines(wa, wb)
    ]


def test_a_head_noun_swapped_after_kept_qualifiers_is_a_changed_line() -> None:
    # biden-sunak 2022-10-25: the pair runs A's sentence with two of B's; its word diff keeps
    # only "sustainable and affordable energy", a mined formula both keep.
    assert ("changed", "secure sustainable and affordable energy resources",
            "securing sustainable and affordable energy supplies") in _default("biden-sunak__2022-10-25")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "securing sustainable and affordable energy supplies",
            "secure sustainable and affordable energy resources") in _default("biden-sunak__2022-10-25", swap=True)  # fmt: skip


def test_a_list_member_dropped_and_a_spelling_is_a_changed_line() -> None:
    # xi-macron 2021-10-26: "civil" / "civilian" is one word; "aviation" is gone.
    assert ("changed",
            "cooperation in such traditional areas as civil nuclear energy, aviation and aerospace",
            "cooperation in traditional areas like civilian nuclear energy, and aerospace",
            ) in _default("xi-macron__2021-10-26")  # fmt: skip


def test_a_quantifier_put_in_is_an_edit() -> None:
    # blinken-aliyev 2022-05-11: only stop words differ, but "all" says how many are released.
    assert ("changed", "release of the remaining Armenian detainees",
            "release all remaining Armenian detainees") in _default("blinken-aliyev__2022-05-11")  # fmt: skip


def test_a_line_reworded_only_in_stop_words_or_inflection_persisted() -> None:
    found = _default("biden-trudeau__2021-04-21")
    assert ("persisted", "condemned the arbitrary detention",
            "condemned their arbitrary detention") in found  # fmt: skip
    assert ("persisted", "ensure Russia understands the high costs it would incur if",
            "ensuring Russia understands the high costs it would incur if"
            ) in _default("blinken-le-drian__2022-02-06")  # fmt: skip
    assert ("persisted", "Russia’s illegal and unjustifiable invasion of Ukraine",
            "Russia’s illegal and unjustified invasion of Ukraine") in _default("trudeau-sunak__2022-10-27")  # fmt: skip


def test_a_persisted_line_holding_a_kept_formula_is_that_formula() -> None:
    # biden-kishida 2023-05-18: "peace and stability across the Taiwan Strait" is told once.
    found = _default("biden-kishida__2023-05-18")
    assert not [f for f in found if f[1] and "maintain peace" in f[1]]


def test_a_name_put_in_or_taken_out_is_no_edit() -> None:
    # biden-trudeau 2021-04-21: "the commitment of the United States" / "his commitment".
    assert ("persisted",
            "commitment of the United States to stand strong with Canada to secure their release",
            "commitment to stand strong with Canada to secure their release",
            ) in _default("biden-trudeau__2021-04-21")  # fmt: skip


def test_a_name_joined_to_a_kept_member_is_an_edit() -> None:
    # After two White House readouts of talks with Türkiye (2023): a list of two names loses one.
    assert _lines(
        "He stressed that Sweden and Finland should become members of NATO as soon as possible.",
        "He stressed that Sweden should become a member of NATO as soon as possible.",
    ) == [("sweden and finland should become member of nato as soon as possible",
           "sweden should become a member of nato as soon as possible", True)]  # fmt: skip


def test_figures_of_the_day_are_no_line() -> None:
    # After two White House briefings with business leaders (2024): the same line, new figures.
    assert _lines(
        "Jobs grew, including more than a million in these five states alone.",
        "Jobs grew, including more than a million in those five states alone.",
    ) == [("million in these five state alone", "million in those five state alone", False)]
    assert (
        _lines(
            "Jobs grew, including more than 1.3 million in these five states alone.",
            "Jobs grew, including more than 4.6 million in those five states alone.",
        )
        == []
    )


def test_a_word_after_the_head_noun_is_no_head_swapped() -> None:
    # After two White House readouts of calls with Japan (2021): "measures *necessary*" /
    # "measures *taken*" qualify the noun.
    assert _lines(
        "They discussed the new public health measures.",
        "They discussed the new public health steps.",
    ) == [("new public health measure", "new public health step", True)]
    assert (
        _lines(
            "They discussed the new public health measures necessary.",
            "They discussed the new public health measures taken.",
        )
        == []
    )


def test_a_line_cut_inside_a_phrase_is_none() -> None:
    # After two White House readouts of calls with Kuwait (2021): "of American" of "American
    # citizens".
    assert _lines(
        "Support for the evacuation from Afghanistan of American citizens was discussed.",
        "Supporting the evacuation from Afghanistan of American citizens was discussed.",
    ) == [("support for the evacuation from afghanistan of american citizen",
           "supporting the evacuation from afghanistan of american citizen", False)]  # fmt: skip
    assert (
        _lines(
            "Support for the evacuation from Afghanistan of American citizens was discussed.",
            "Supporting the evacuation from Afghanistan of Americans was discussed.",
        )
        == []
    )


def test_words_put_in_between_kept_ones_are_an_edit_however_alike_the_wordings() -> None:
    # blinken-faisal-bin-farhan 2022-03-28: the two wordings are alike by characters, but "as
    # it defends" is put in the kept line.
    assert ("changed", "international support for Ukraine’s sovereignty and territorial integrity",
            "international support for Ukraine as it defends its sovereignty and territorial integrity",
            ) in _default("blinken-faisal-bin-farhan__2022-03-28")  # fmt: skip


def test_an_irregular_past_and_a_word_written_as_two_are_no_edit() -> None:
    # blinken-aliyev 2022-04-05: "stood ready" / "stands ready" persisted.
    assert any(
        status == "persisted" and a and "stood ready to help" in a and b and "stands ready" in b
        for status, a, b in _default("blinken-aliyev__2022-04-05")
    )
    # blinken-pashinyan 2022-04-05: "like-minded" / "likeminded" is no swap.
    assert _lines(
        "It stands ready to help by engaging bilaterally and with like-minded partners.",
        "It stands ready to help by engaging bilaterally and with likeminded partners.",
    ) == [("stand ready to help by engaging bilaterally and with like minded partner",
           "stand ready to help by engaging bilaterally and with likeminded partner", False)]  # fmt: skip


def test_a_word_swapped_inside_a_kept_formula_is_its_variant() -> None:
    # The data case variant-wording: "true" / "genuine multilateralism" is one lexicon formula.
    a = from_text("China and Russia jointly safeguarded true multilateralism in the region.")
    b = from_text("China and Russia jointly safeguarded genuine multilateralism in the region.")
    wa, wb = readout_words(a)[0], readout_words(b)[0]
    held = frozenset(range(5, 7))  # "true multilateralism" / "genuine multilateralism"
    assert [changed for *_, changed in lines(wa, wb)] == [True]
    assert [changed for *_, changed in lines(wa, wb, (held, held))] == [False]


def test_an_adverb_of_manner_put_in_is_no_edit() -> None:
    # After two White House readouts of calls with Guatemala (2021, 2022).
    a = "He reaffirmed the commitment of the United States to work with Guatemala on migration."
    assert _lines(a, "She reaffirmed their commitment to working together with Guatemala.") == [
        ("commitment of the united state to work with guatemala",
         "commitment to working together with guatemala", False)
    ]  # fmt: skip
    assert _lines(a, "She reaffirmed their commitment to working fairly with Guatemala.") == [
        ("commitment of the united state to work with guatemala",
         "commitment to working fairly with guatemala", True)
    ]  # fmt: skip


def test_a_gap_holding_a_clause_of_its_own_joins_nothing() -> None:
    # After sherman-delattre 2022-07-15: "Russia" kept as the owner of the war in A, and as
    # the object of another clause in B.
    a = "They discussed food insecurity, exacerbated by Russia’s unprovoked and unjustified war."
    far = (
        "They agreed to hold Russia accountable in the face of its unprovoked and unjustified war."
    )
    near = "They agreed to counter Russia and its brutal and unprovoked and unjustified war."
    assert _lines(a, far) == []
    assert _lines(a, near) == [
        ("russia unprovoked and unjustified war",
         "russia and its brutal and unprovoked and unjustified war", True)
    ]  # fmt: skip


def test_a_word_swapped_right_before_a_line_kept_whole_tells_it() -> None:
    # biden-yoon 2022-05-21: "increase" / "ongoing" are aspect: the line persisted; a
    # framing "including" ends its phrase.
    assert ("persisted", "increase cooperation on a broad range of priority issues",
            "ongoing cooperation on a broad range of priority issues") in _default("biden-yoon__2022-05-21")  # fmt: skip
    a = "The leaders committed to deepen cooperation on a broad range of priority issues."
    b = "The leaders discussed strengthening cooperation on a broad range of priority issues."
    assert _lines(a, b) == [
        ("deepen cooperation on a broad range of priority issue",
         "strengthening cooperation on a broad range of priority issue", True)
    ]  # fmt: skip
    # With another edit in the line, the word before it is no part of it.
    c = "The leaders discussed strengthening cooperation on a broad range of urgent issues."
    assert [changed for *_, changed in _lines(a, c)] == [True]
    assert all(not x.startswith("deepen") for x, *_ in _lines(a, c))


def test_only_english_readouts_are_read() -> None:
    # Which words tell, introduce or join a line is known in English only: in Russian, "и"
    # and "в" would be telling words and the sentence quoted whole.
    en_a = "They met in Baku.\n\nThey discussed the release of the remaining Armenian detainees."
    en_b = "They met in Baku.\n\nHe urged the sides to release all remaining Armenian detainees."
    ru_a = "Встреча прошла в Баку.\n\nОни обсудили освобождение оставшихся армянских задержанных."
    ru_b = "Встреча прошла в Баку.\n\nОн призвал освободить всех оставшихся армянских задержанных."
    en = compare(from_text(en_a), from_text(en_b)).formulas
    ru = compare(from_text(ru_a), from_text(ru_b)).formulas
    assert [(f.status.value, f.id) for f in en] == [
        ("changed", "mined:release-remaining-detainee/reworded")
    ]
    assert not [f for f in ru if f.id.endswith("/reworded")]


def test_a_party_joined_along_with_rather_than_and_is_no_edit() -> None:
    # White House, Biden-Zelenskyy 2021-12-09 -> 2022-01-27 (tests/real_series): "the United
    # States and its allies and partners" / "… the United States along with its allies and
    # partners …": "along with" joins as "and" does; once a changed line.
    found = _lines(
        "President Biden made clear that the United States and its allies and partners are "
        "committed to the principle of “no decisions or discussions about Ukraine without "
        "Ukraine.”",
        "President Biden reaffirmed the readiness of the United States along with its allies and "
        "partners to respond decisively if Russia further invades Ukraine.",
    )
    assert found == [
        (
            "united state and its ally and partner",
            "united state along with its ally and partner",
            False,
        )
    ]


def test_a_changed_pair_said_twice_is_read_once_and_told_at_both_places(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import readoutdiff.formulas.linking.most_kept_entries as entries

    read: list[int] = []
    monkeypatch.setattr(entries, "lines", lambda *args: read.append(1) or lines(*args))
    said_a = "They discussed the release of the remaining Armenian detainees."
    said_b = "He urged the sides to release all remaining Armenian detainees."
    between = "They spoke of trade and energy links."
    a = from_text(f"They met in Baku.\n\n{said_a}\n\n{between}\n\n{said_a}")
    b = from_text(f"They met in Baku.\n\n{said_b}\n\n{between}\n\n{said_b}")
    reworded = [
        (f.id, [(s.start, s.end) for s in f.a_spans], [(s.start, s.end) for s in f.b_spans])
        for f in compare(a, b).formulas
        if "/reworded" in f.id
    ]
    assert read == [1]  # the second copy of the pair takes the first one's lines
    assert reworded == [
        ("mined:release-remaining-detainee/reworded", [(38, 81)], [(41, 81)]),
        ("mined:release-remaining-detainee/reworded#2", [(142, 185)], [(145, 185)]),
    ]


# harris-marcos 2022-11-21 (A) / 2023-05-02 (B): two lines said in swapped order.
MARITIME_A = (
    "The Vice President discussed our expanding Coast Guard partnership and maritime law "
    "enforcement cooperation, which supports the lives and livelihoods of the Filipino people."
)
MARITIME_B = (
    "Building on the Vice President’s visit to Palawan, where she launched new initiatives to "
    "support Philippine maritime law enforcement agencies, the Vice President and President "
    "Marcos discussed strengthening our Coast Guard partnership and U.S.-Philippine maritime "
    "cooperation."
)


def test_lines_said_in_swapped_order_are_read_alike_either_way() -> None:
    # "maritime law enforcement" and "Coast Guard partnership" tie as kept runs: the diff took
    # the one earlier in A, so B, A read "maritime law enforcement agencies" -> "… cooperation"
    # (two events by the hand list) and A, B nothing. Neither crossing run makes a line now.
    forward = _lines(MARITIME_A, MARITIME_B)
    backward = _lines(MARITIME_B, MARITIME_A)
    assert [(y, x, changed) for x, y, changed in backward] == forward == []


DUDA = (
    "They also discussed their shared commitment to continue supporting the government and "
    "people of Ukraine.",
    "They also discussed their ongoing support for the people and government of Ukraine in "
    "response to Russian aggression.",
)
"""biden-duda 2022-03-26's sentences of one line, its members swapped."""


def test_members_swapped_within_a_line_still_make_it_either_way() -> None:
    # biden-duda 2022-03-26: the two diffs pair "government" and "people" differently, but
    # each reads a line at the same places: it stands (persisted, a variant).
    forward, backward = _lines(*DUDA), _lines(*DUDA[::-1])
    assert forward and backward
    assert not [changed for *_, changed in forward + backward if changed]


def test_crossing_lines_of_real_pairs_give_mirrored_fates() -> None:
    # B, A of harris-marcos read the crossing "maritime law enforcement" line, A, B did not;
    # A, B of biden-abdullah read "stable and integrated Middle East region" a second time
    # beside the lexicon formula's own change (B, A did not). Now neither, both ways.
    maritime = ("maritime law enforcement agencies", "maritime law enforcement cooperation")
    assert not [f for f in _default("harris-marcos__2022-11-21", swap=True) if f[1:] == maritime]
    region = ("stable and integrated Middle East region",
              "stable, prosperous, and integrated Middle East region")  # fmt: skip
    forward = [f for f in _default("biden-abdullah__2024-05-06") if f[1:] == region]
    backward = [f for f in _default("biden-abdullah__2024-05-06", swap=True) if f[2:0:-1] == region]
    assert forward == [("changed", *region)]
    assert len(backward) == 1


_UNSC_A = (
    "Special Representative Kim denounced the DPRK ballistic missile launch as a violation of "
    "multiple UN Security Council resolutions and a threat to regional stability."
)
_UNSC_B = (
    "Special Representative Kim strongly condemned the launches, which violated multiple UN "
    "Security Council resolutions and present a serious threat to international peace and "
    "security."
)


def test_a_list_head_said_alike_is_no_part_of_the_change_either_way() -> None:
    # sung-kim-noh-funakoshi 2022-03-04 / 2022-03-14: "multiple UN Security Council
    # resolutions and" is said alike on both sides (a line of its own, kept): the change is the
    # member after it, through its clause (up to its own list: the entry takes the formula
    # "international peace and security" whole, see the pair's test below).
    forward = [(x, y) for x, y, changed in _lines(_UNSC_A, _UNSC_B) if changed]
    backward = [(y, x) for x, y, changed in _lines(_UNSC_B, _UNSC_A) if changed]
    assert (
        forward
        == backward
        == [("threat to regional stability", "present a serious threat to international peace")]
    )


def test_a_list_head_capitalised_on_one_side_is_read_alike_whichever_side_is_a() -> None:
    # sym4: the pair above with B's list head opening with a capital ("Multiple UN Security Council
    # resolutions"): the head's lower-case words were counted on A's capitals only, so it was
    # cut off (two lower-case words) one way and kept in the change (one) the other. A word
    # capitalised on either side is no lower-case word of the head, as in _line.
    capitalised = _UNSC_B.replace("multiple UN", "Multiple UN")
    forward = _lines(_UNSC_A, capitalised)
    backward = [(y, x, changed) for x, y, changed in _lines(capitalised, _UNSC_A)]
    assert forward == backward
    assert forward[0][0].startswith("multiple un security council resolution and")


def test_a_head_too_short_to_be_a_line_stays_in_the_change() -> None:
    # harris-marcos 2022-11-21: "freedom of expression" (two telling words) is no line of its own: the list
    # is the change.
    assert _lines(
        "They stressed respect for human rights, including freedom of expression and freedom of the press.",
        "They stressed respect for human rights, including labor rights, freedom of expression and the press.",
    ) == [("freedom of expression and freedom of the press", "freedom of expression and the press", True)]  # fmt: skip


def test_the_trimmed_change_of_the_real_pair_is_its_hand_listed_change() -> None:
    assert ("changed", "threat to regional stability",
            "present a serious threat to international peace and security") in _default(
        "sung-kim-noh-funakoshi__2022-03-04")  # fmt: skip
    assert ("changed", "present a serious threat to international peace and security",
            "threat to regional stability") in _default(
        "sung-kim-noh-funakoshi__2022-03-04", swap=True)  # fmt: skip


# biden-meloni 2022-10-25 (A) / 2022-11-15 (B): the aligner pairs the two sentences of the
# leaders' commitments; "holding Russia accountable for its aggression" is said word for word.
MELONI_A = (
    "They discussed their commitment to continue providing assistance to Ukraine, holding Russia "
    "accountable for its aggression, addressing the challenges posed by China, and ensuring "
    "sustainable and affordable energy resources."
)
MELONI_B = (
    "The two leaders also discussed their commitment to continue providing Ukraine the support it "
    "needs to defend itself and to holding Russia accountable for its aggression."
)


def test_a_line_kept_word_for_word_is_left_before_its_edits_are_judged() -> None:
    # The test of a line said alike on both sides now runs before its words are read one by
    # one (sp51): the places it reads are those the edits are judged at, and no line is told.
    from readoutdiff.formulas.linking.most_kept import _chains, telling
    from readoutdiff.formulas.linking.most_kept_edits import bounds, edits
    from readoutdiff.text.shared_runs import matching_blocks

    wa, wb = readout_words(from_text(MELONI_A))[0], readout_words(from_text(MELONI_B))[0]
    (ta, _), (tb, _) = telling(wa), telling(wb)
    chains = list(_chains(wa, wb, ta, tb, matching_blocks(ta[1], tb[1])))
    alike = []
    for chain in chains:
        at = bounds(wa, wb, ta, tb, chain)
        assert edits(wa, wb, ta, tb, chain, (frozenset(), frozenset()))[1:] == at[2:]
        fa, la = ta[0][at[2][0]], ta[0][at[3][0]] + 1
        fb, lb = tb[0][at[2][1]], tb[0][at[3][1]] + 1
        if wa.stems[fa:la] == wb.stems[fb:lb]:
            alike.append(" ".join(wa.stems[fa:la]))
    assert "holding russia accountable for its aggression" in alike
    assert all("aggression" not in x + y for x, y, _ in _lines(MELONI_A, MELONI_B))
    assert _lines(MELONI_B, MELONI_A) == [(y, x, c) for x, y, c in _lines(MELONI_A, MELONI_B)]


def test_one_line_per_place_is_kept_by_index_not_identity() -> None:
    # biden-duda 2022-03-26 (above): each line of the real pair, given again as a copy and
    # again as the very same object: the place's first line by index stands, once. Kept
    # by identity, the same object given twice stood twice, and a compiled build (mypyc boxes
    # a tuple afresh on each read) could keep none (benchmarks/mypyc_build.py, sp79).
    wa, wb = (readout_words(from_text(text))[0] for text in DUDA)
    found = lines(wa, wb)
    assert found
    copies = [f[:4] + f[4:] for f in found]  # equal lines, other objects
    assert not any(c is f for c, f in zip(copies, found, strict=True))
    kept = _one_per_place(found + copies + found)
    assert kept == found
    assert all(k is f for k, f in zip(kept, found, strict=True))
    kept = _one_per_place(copies + found)
    assert all(k is c for k, c in zip(kept, copies, strict=True))
