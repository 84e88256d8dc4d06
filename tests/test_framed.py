"""A clause said again under the same governing frame with another object
(formulas/unpaired/framed.py), on real pairs of the evaluation set with default options, and on real
readout sentences."""

from __future__ import annotations

from eval_pairs import fates as _default
from sentence_pairs import changed as _changed
from sentence_pairs import view_of

from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.nearby import placement
from readoutdiff.formulas.linking.open_sentences import layout
from readoutdiff.formulas.unpaired.framed import changes, clauses


def _clauses(text: str) -> list[tuple[str, str]]:
    """(frame word, the clause to its end) of the first sentence of ``text``."""
    view = view_of(text)
    w = view.words[0]
    return [(c.word, text[w.start(c.first) : w.end(c.last - 1)]) for c in clauses(view, w)]


def _framed(a: str, b: str) -> list[tuple[str | None, str | None]]:
    """What framed.changes alone finds in two readouts of one sentence, paired with nothing."""
    views = [view_of(a), view_of(b)]
    placed = layout(placement([]), len(views[0].words), len(views[1].words))
    said = Comparing([], frozenset).said_in
    found, _ = changes(views[0], views[1], placed, said, ({}, {}), ([], []))
    return [(f.a_text, f.b_text) for f in found]


def test_a_commitment_to_another_object_in_unpaired_sentences_is_changed() -> None:
    # biden-duda 2022-03-04 -> 2022-03-26: both sentences paired with nothing.
    assert ("changed", "commitment to the people of Ukraine",
            "shared commitment to continue supporting the government and people of Ukraine"
            ) in _default("biden-duda__2022-03-04")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed",
            "shared commitment to continue supporting the government and people of Ukraine",
            "commitment to the people of Ukraine") in _default("biden-duda__2022-03-04", swap=True)  # fmt: skip


def test_one_shared_word_that_is_the_object_itself_is_enough() -> None:
    # johnson-zelenskyy 2022-03-20 -> 2022-03-23: "Putin" opens both objects.
    assert ("changed", "exerting pressure on Putin",
            "pressure on Vladimir Putin’s regime") in _default("johnson-zelenskyy__2022-03-20")  # fmt: skip


def test_one_shared_place_after_the_object_is_not() -> None:
    # After biden-sisi 2023-10-29: "… to the civilian population of Gaza" / "… to
    # Palestinians in Gaza" share only the place.
    assert (
        _changed(
            "They met today.\n\nThey discussed humanitarian assistance to the civilian population of Gaza.",
            "They met today.\n\nThey discussed coordination to further surge humanitarian assistance "
            "to Palestinians in Gaza.",
        )
        == []
    )


def test_a_clause_runs_from_its_qualifiers_over_the_frame_to_the_clause_end() -> None:
    # biden-von-der-leyen 2021-10-04: the full stops of "U.S." end no clause; "and" does not.
    assert _clauses(
        "President Biden welcomed renewed U.S.-EU cooperation on COVID-19 and taking steps to "
        "address the climate crisis, including ahead of COP-26."
    ) == [("cooperation", "cooperation on COVID-19 and taking steps to address the climate crisis"),
          ("step", "taking steps to address the climate crisis"),
          ("to addres", "address the climate crisis")]  # fmt: skip


def test_a_verb_after_to_frames_its_object() -> None:
    # biden-kishida 2023-11-16 -> 2024-09-21: "to advance bilateral security and economic
    # cooperation" -> "to advance cooperation on a range of security, economic, and diplomatic
    # issues", the two opening sentences paired: the verb kept, its object reworded. The line is
    # one changed formula both ways; since c23's qualifier lists (qualified_nouns) read its kept
    # list of qualifiers first, the bounds are those of the list or of the framed verb.
    a_line = "advance bilateral security and economic cooperation"
    b_line = "advance cooperation on a range of security, economic, and diplomatic issues"
    for swap, (x, y) in ((False, (a_line, b_line)), (True, (b_line, a_line))):
        changed = [r for r in _default("biden-kishida__2023-11-16", swap=swap) if r[0] == "changed"]
        assert any(
            a and b and (a in x or x in a) and (b in y or y.startswith(b)) for _, a, b in changed
        ), changed


def test_an_adverb_or_a_narrating_verb_frames_nothing() -> None:
    assert _clauses("They agreed to work together with partners.") == []
    assert _clauses("He engaged closely with Allies.") == []


def test_the_same_object_with_another_qualifier_is_no_other_line() -> None:
    # After blinken-truss 2022-05-03: only a qualifier of the frame changed ("humanitarian" /
    # "security"): not a line said of another object (other rules tell qualifiers).
    assert (
        _framed(
            "They discussed humanitarian assistance to Ukraine.",
            "The Secretary noted the new security assistance to Ukraine.",
        )
        == []
    )
    # biden-von-der-leyen 2021-10-04 -> 2021-11-10: another object, a changed line.
    assert _framed(
        "President Biden welcomed renewed U.S.-EU cooperation on COVID-19 and taking steps.",
        "They welcomed the resolution of trade differences as well as cooperation on ending the "
        "COVID-19 pandemic.",
    ) == [("cooperation on COVID-19", "cooperation on ending the COVID-19 pandemic")]


def test_a_line_that_keeps_most_of_its_words_reordered_is_no_other_line() -> None:
    # After blinken-aliyev 2022-05-11 -> 2022-07-25 (dev): the analyst lists it as persisted.
    assert (
        _changed(
            "They met today.\n\nThe United States stands ready to help by engaging bilaterally and "
            "with like-minded partners.",
            "They met today.\n\nThe United States stands ready to engage bilaterally and with "
            "likeminded partners to help.",
        )
        == []
    )


def _outside(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    """(status, A's wording, B's wording) of every report on two files of ``eval/noise/``."""
    from pathlib import Path

    from readoutdiff import compare, load

    noise = Path(__file__).parent.parent / "eval" / "noise"
    found = compare(load(noise / a), load(noise / b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


def test_only_the_owner_shared_is_two_objects() -> None:
    # blinken-kamilov 2021-07-01 -> 2022-03-10 (state.gov, outside the evaluation set):
    # "offered support for Uzbekistan's continuing reforms" / "reaffirmed U.S. support for
    # Uzbekistan's sovereignty, independence, and territorial integrity" share the frame
    # "support for" and only the owner of two things.
    found = _outside(
        "blinken-kamilov__2021-07-01__state.txt", "blinken-kamilov__2022-03-10__state.txt"
    )
    assert not [f for f in found if f[1] and "reforms" in f[1]]
    a = "They met today.\n\nThe Secretary offered support for Uzbekistan’s continuing reforms."
    b = "They met today.\n\nHe reaffirmed U.S. support for Uzbekistan’s sovereignty."
    assert _framed(a, b) == []
    # The owner opening an object that says the same thing is still one line.
    b = "They met today.\n\nHe reaffirmed U.S. support for Uzbekistan’s reform agenda."
    assert _framed(a, b) == [
        ("offered support for Uzbekistan’s continuing reforms", "support for Uzbekistan’s reform")
    ]
