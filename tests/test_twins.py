"""Two formulas each only one side has, near each other and sharing a telling word, are one
changed formula (formulas/linking/twins.py), on real State Department readouts and a user lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas.lexicon.lexicon import load as load_lexicon
from readoutdiff.formulas.lexicon.lexicon import merge
from readoutdiff.ingest import from_text, load
from readoutdiff.model import FormulaSource, Options, Readout

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
MARCH, APRIL = (
    EVAL / "blinken-le-drian__2022-03-22__state.txt",
    EVAL / "blinken-le-drian__2022-04-27__state.txt",
)


def _options(tmp_path: Path, *wordings: tuple[str, str]) -> Options:
    text = "version = 1\n" + "".join(
        f'\n[[formula]]\nid = "{formula_id}"\ntext = "{wording}"\ntopic = "ukraine"\nseen_in = "test"\n'
        for formula_id, wording in wordings
    )
    path = tmp_path / "lexicon.toml"
    path.write_text(text, encoding="utf-8")
    return Options(lexicon=merge(load_lexicon(path)), background=False)


def _fates(a: Path, b: Path, options: Options) -> list[tuple[str, str, str | None, str | None]]:
    """The fates of the user lexicon's formulas (a line reworded where no formula stands,
    formulas/linking/standing.py, is another entry: "vital security assistance ..." here)."""
    formulas = compare(load(a), load(b), options=options).formulas
    return [
        (f.status.value, f.id, f.a_text, f.b_text)
        for f in formulas
        if f.source is FormulaSource.USER
    ]


@pytest.fixture
def war(tmp_path: Path) -> Options:
    return _options(
        tmp_path,
        ("war-of-choice", "unjustified and unprovoked war of choice"),
        ("unprovoked-invasion", "brutal and unprovoked invasion"),
    )


def test_two_one_sided_formulas_sharing_a_word_in_rewritten_passages_are_one_change(
    war: Options,
) -> None:
    assert _fates(MARCH, APRIL, war) == [
        ("changed", "unprovoked-invasion/reworded",
         "unjustified and unprovoked war of choice", "brutal and unprovoked invasion"),
    ]  # fmt: skip


def test_swapping_the_readouts_mirrors_the_change(war: Options) -> None:
    assert _fates(APRIL, MARCH, war) == [
        ("changed", "unprovoked-invasion/reworded",
         "brutal and unprovoked invasion", "unjustified and unprovoked war of choice"),
    ]  # fmt: skip


def test_formulas_sharing_no_telling_word_stay_dropped_and_appeared(tmp_path: Path) -> None:
    # "unprovoked invasion" (no coordination: A's "unjustified and unprovoked war" keeps one
    # word of it only, no rewording of it) and "war of choice" share no word.
    options = _options(
        tmp_path,
        ("war-of-choice", "war of choice"),
        ("unprovoked-invasion", "unprovoked invasion"),
    )
    assert [(status, formula_id) for status, formula_id, *_ in _fates(MARCH, APRIL, options)] == [
        ("dropped", "war-of-choice"),
        ("appeared", "unprovoked-invasion"),
    ]


def test_a_coordination_and_its_noun_is_found_reworded_where_no_formula_shares_a_word(
    tmp_path: Path,
) -> None:
    # "brutal and unprovoked invasion" (B) keeps one member of A's "unjustified and unprovoked
    # war" (formulas/linking/mutation.py): that place is its rewording, and it tells A's "war of
    # choice", which it holds a word of.
    options = _options(
        tmp_path,
        ("war-of-choice", "war of choice"),
        ("unprovoked-invasion", "brutal and unprovoked invasion"),
    )
    assert _fates(MARCH, APRIL, options) == [
        ("changed", "unprovoked-invasion/reworded",
         "unjustified and unprovoked war", "brutal and unprovoked invasion"),
    ]  # fmt: skip


def test_formulas_sharing_a_word_far_apart_stay_dropped_and_appeared(tmp_path: Path) -> None:
    options = _options(
        tmp_path,
        ("food-security", "global food security crisis"),
        ("food-exports", "global food exports"),
    )
    shared = [f"They reviewed item {n} of the agenda in detail." for n in range(12)]
    a = from_text("\n\n".join(["The leaders addressed the global food security crisis.", *shared]))
    b = from_text(
        "\n\n".join([*shared, "Ministers will review global food exports next month in Rome."])
    )
    fates = [(f.status.value, f.id) for f in compare(a, b, options=options).formulas]
    assert fates == [("dropped", "food-security"), ("appeared", "food-exports")]


def test_two_built_in_formulas_are_linked_only_by_the_lexicon() -> None:
    """The samples' "themes of peace and development" (A) and "high-quality development" (B)
    share a word and stand near each other, but the built-in lexicon names no succession
    between them: they are not one formula reworded."""
    samples = Path(__file__).resolve().parent.parent / "samples"
    result = compare(
        load(samples / "2021-06-28-xi-putin.txt"), load(samples / "2021-12-15-xi-putin.txt")
    )
    fates = {(f.status.value, f.a_text, f.b_text) for f in result.formulas}
    assert ("dropped", "themes of peace and development", None) in fates
    assert not any(
        a == "themes of peace and development" for status, a, _ in fates if status == "changed"
    )


def test_two_formulas_in_one_rewritten_passage_past_the_last_pair_are_near(
    tmp_path: Path,
) -> None:
    """Past the last aligned pair, A's three sentences and B's nine are all unpaired: one
    passage rewritten, so a formula in A's last sentence and one in B's fifth stand near
    each other however far the last pair is (twins.Near's same gap)."""
    options = _options(
        tmp_path,
        ("end-crisis-a", "find a path to end the crisis as soon as possible"),
        ("end-crisis-b", "work together towards an enduring end to the crisis"),
    )
    a = EVAL / "biden-abdullah__2024-04-14__wh.txt"
    b = EVAL / "biden-abdullah__2024-05-06__wh.txt"
    assert [f for f in _fates(a, b, options) if f[1].startswith("end-crisis")] == [
        ("changed", "end-crisis-a/reworded",
         "find a path to end the crisis as soon as possible",
         "work together towards an enduring end to the crisis"),
    ]  # fmt: skip


_MET = "President Lindqvist welcomed Prime Minister Okafor to Stockholm on Tuesday."
_REVIEWED = "The two leaders reviewed the progress of their joint energy programme."
_CLOSE = "They agreed to stay in close touch in the months ahead."
_OLD = (
    "The President described the new hydrogen pipeline across the Baltic.",
    "He noted that fishing quotas in the northern waters had been renewed.",
    "The leaders discussed student exchanges between their universities.",
    "They welcomed the opening of a consulate in Gothenburg next spring.",
    "The Prime Minister invited the President to visit Lagos in the autumn.",
    "Both sides praised the work of their customs services at the ports.",
    "On the Horn of Africa, the President urged Ethiopian and Eritrean officials to meet in"
    " Nairobi and find a path to end the crisis as soon as possible.",
    "The President thanked Nigeria for its peacekeepers in the Sahel.",
    "The two leaders spoke about vaccine production on the African continent.",
    "They discussed the rising price of fertiliser for small farmers.",
)
_NEW = (
    "Prime Minister Okafor raised the situation of refugees in Chad.",
    "The leaders exchanged views on the election calendar in Mali.",
    "President Lindqvist described Swedish support for wind farms in Kenya.",
    "They talked about the football match between their national teams.",
    "The Prime Minister praised the Swedish embassy for its help with visas.",
    "Both leaders noted the record trade in timber and cocoa last year.",
    "Briefed on Nigerian mediation among Sudanese generals, Lindqvist offered Swedish money so"
    " that the two governments could work together towards an enduring end to the crisis.",
    "The President announced a new scholarship for Nigerian engineers.",
    "They considered a joint exhibition of contemporary art in Abuja.",
    "They reviewed the protection of journalists in the region.",
)


def moved_opening() -> tuple[Readout, Readout]:
    """A: an opening, a kept line, ten sentences, a closing line; B: the kept line, ten other
    sentences (the passage rewritten, A's 7th and B's 7th saying one line), the closing line,
    the opening moved to the end."""
    return (
        from_text("\n\n".join([_MET, _REVIEWED, *_OLD, _CLOSE])),
        from_text("\n\n".join([_REVIEWED, *_NEW, _CLOSE, _MET])),
    )


def test_one_rewritten_passage_is_one_gap_when_a_pair_before_it_moved(tmp_path: Path) -> None:
    """A's opening sentence moved to B's end, so one pair fewer stands before the rewritten
    passage in B than in A: the passage is still the one between the same two pairs, and its
    formulas, each too far from the pair before it for a window, stand near each other
    (nearby.gap tells a run by the pairs around it, not by how many stand before it)."""
    options = _options(
        tmp_path,
        ("end-crisis-a", "find a path to end the crisis as soon as possible"),
        ("end-crisis-b", "work together towards an enduring end to the crisis"),
    )
    a, b = moved_opening()
    comparison = compare(a, b, options=options)
    assert [(len(x.a), len(x.b), x.moved) for x in comparison.alignments if x.a and x.b] == [
        (1, 1, False), (1, 1, False), (1, 1, True)
    ], "the opening moved, the rewritten passage left unpaired"  # fmt: skip
    fates = [(f.status.value, f.id) for f in comparison.formulas if f.source is FormulaSource.USER]
    assert fates == [("changed", "end-crisis-a/reworded")]
