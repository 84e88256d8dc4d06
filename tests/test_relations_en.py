"""The relationship of the two parties said under one frame in each English readout, in other
words, is one *changed* line (``formulas/entries/relations_en.py``): on real dev pairs of the
evaluation set and a real pair of the outside set's tuning part, both ways; two phrases under
one frame, a phrase said word for word in the other readout, a capitalised initiative and two
different frames are left alone. Widened (acc60): the one relationship phrase of each readout
that names the parties, under any frame or none, is one *changed* line when nothing else is
told there; two relationships named by other names, two such phrases on one side, cooperation
and a line another rule told are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.entries.relations_en import relations_en
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"

MARCOS = (
    "strength of the bilateral relationship",
    "strength of the alliance between the United States and the Philippines",
)
KING_CHARLES = (
    "strength of the relationship between our countries",
    "strength of the relationship between the United States and the United Kingdom",
)
HAITHAM = (
    "reaffirmed the longstanding historical ties between our countries and peoples",
    "reaffirmed the enduring ties between the United States and Oman",
)
BARZANI = (
    "appreciation for the Kurdistan region’s strong partnership with the United States",
    "appreciation for the longstanding partnership between Kurdistan and the United States",
)


@pytest.mark.parametrize("swap", [False, True])
def test_the_strength_of_the_relationship_reworded(swap: bool) -> None:
    # Harris-Marcos (White House, dev): "welcomed the strength of the bilateral relationship" /
    # "reaffirmed the strength of the alliance between the United States and the Philippines",
    # the hand's change; nothing was reported at the base.
    found = fates("harris-marcos__2023-09-06", swap=swap)
    assert ("changed", *(MARCOS[::-1] if swap else MARCOS)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_the_parties_named_in_other_words(swap: bool) -> None:
    # Biden-King Charles (White House, dev): "the strength of the relationship between our
    # countries" / "… between the United States and the United Kingdom"; the parties' list
    # stops before "and the friendship …", a second member of the line.
    found = fates("biden-king-charles__2023-04-04", swap=swap)
    assert ("changed", *(KING_CHARLES[::-1] if swap else KING_CHARLES)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_verb_frame_and_a_one_sided_report_taken_over(swap: bool) -> None:
    # Biden-Lourenço (White House, dev): "deepen our relationship" / "deepening our strategic
    # partnership", one verb in two forms; B's wording was reported appeared alone at the base
    # and is taken over.
    found = fates("biden-lourenco__2023-11-30", swap=swap)
    pair = ("deepen our relationship", "deepening our strategic partnership")
    assert ("changed", *(pair[::-1] if swap else pair)) in found
    assert not any(
        f[0] in ("appeared", "dropped") and "strategic partnership" in str(f) for f in found
    )


@pytest.mark.parametrize("swap", [False, True])
def test_the_ties_reaffirmed_in_other_words(swap: bool) -> None:
    # Biden-Haitham (White House, outside tuning): "reaffirmed the longstanding historical ties
    # between our countries and peoples" / "reaffirmed the enduring ties between the United
    # States and Oman", the hand's change.
    a, b = (load(OUTSIDE / f"biden-haitham__{day}__wh.txt") for day in ("2023-03-07", "2023-11-10"))
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(HAITHAM[::-1] if swap else HAITHAM)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_changed_report_cut_before_its_parties_taken_over(swap: bool) -> None:
    # Sullivan-Barzani (White House, dev): a changed report cut at "Kurdistan" stood inside
    # both wordings (noise at the base); the phrase with its parties takes its place.
    found = fates("sullivan-barzani__2024-01-16", swap=swap)
    assert ("changed", *(BARZANI[::-1] if swap else BARZANI)) in found
    assert not any(
        "between Kurdistan" in str(f) and f[1:] != (BARZANI[::-1] if swap else BARZANI)
        for f in found
    )


LEFT_ALONE = [
    (  # two phrases under one frame in B: which one is the line's is not known
        "They welcomed the strength of the bilateral relationship.",
        "They welcomed the strength of the alliance and the strength of our partnership.",
    ),
    (  # the phrase is said word for word in the other readout: kept, not reworded
        "They welcomed the strength of the bilateral relationship.",
        "They noted the strength of the alliance. They discussed the bilateral relationship.",
    ),
    (  # a capital names an initiative, not the relationship
        "They will deepen the Partnership for Workers' Rights.",
        "They will deepen our relationship.",
    ),
    (  # two fields of the relationship, neither the general one: two lines
        "They agreed to strengthen our economic partnership.",
        "They agreed to strengthen our maritime cooperation.",
    ),
    (  # two frames, and A's phrase names no parties: another line
        "They welcomed the strength of the bilateral relationship.",
        "They noted the value of the alliance between the United States and Japan.",
    ),
    (  # two named relationship phrases in B: which one is the line's is not known
        "They reiterated the strong relationship between the UK and Japan.",
        "They stressed the importance of the UK-Japan relationship and of the UK-Japan alliance.",
    ),
    (  # cooperation is work done in the relationship, said by field
        "They reiterated the strong relationship between the UK and Japan.",
        "They agreed to expand the robust cooperation between the UK and Japan.",
    ),
    (  # other names: another relationship
        "They reiterated the strong relationship between the UK and Japan.",
        "They stressed the importance of the Quad partnership.",
    ),
]


@pytest.mark.parametrize(("a_text", "b_text"), LEFT_ALONE)
def test_left_alone(a_text: str, b_text: str) -> None:
    a, b = from_text(a_text), from_text(b_text)
    assert relations_en((), a, b) == ()
    assert relations_en((), b, a) == ()


def test_one_reading_of_the_parties_between_names_for_both_rules() -> None:
    # fold2: relations_en (after a relationship noun) and told.modified_end (after a short
    # formula, acc56) read the parties named after "between" one way, parties_end; told asks
    # for both parties (alone=False). Real dev readouts: a name with "of" inside is read whole
    # (Biden-Kishida: "cooperation with the Republic of Korea", was cut at "Republic"), "our
    # countries" is one party for a relationship (Biden-King Charles), not for a short formula.
    from readoutdiff.formulas.entries.relations_en import parties_end
    from readoutdiff.formulas.entries.told import modified_end
    from readoutdiff.formulas.words.phrases import readout_words

    def read(file: str, holding: str, word: str, *, alone: bool = True) -> str:
        text = (OUTSIDE.parent / "formulas" / file).read_text(encoding="utf-8")
        at = text.index(holding)
        words = next(
            w for w in readout_words(from_text(text[at : text.index(".", at) + 1]))
            if word in w.stems
        )  # fmt: skip
        first = words.stems.index(word)
        end = parties_end(words, first, alone=alone)
        if word == "between" and not alone:
            assert modified_end(words, first) == end  # told's reading is this one
        return " ".join(words.stems[first:end])

    korea = "cooperation with the Republic of Korea in all areas"
    assert read("biden-kishida__2023-11-16__wh.txt", korea, "with") == "with the republic of korea"
    ours = "strength of the relationship between our countries"
    assert read("biden-king-charles__2023-04-04__wh.txt", ours, "between") == "between our country"
    assert read("biden-king-charles__2023-04-04__wh.txt", ours, "between", alone=False) == ""
    tanzania = "partnership between the United States and Tanzania"
    both = "between the united state and tanzania"
    assert (
        read("harris-suluhu-hassan__2023-03-30__wh.txt", tanzania, "between", alone=False) == both
    )


def _outside(name: str, swap: bool) -> list[tuple[str, str | None, str | None]]:
    a, b = (load(OUTSIDE / f"{name}__{day}__gov-uk.txt") for day in _DAYS[name])
    a, b = (b, a) if swap else (a, b)
    return [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]


_DAYS = {
    "sunak-erdogan": ("2023-05-28", "2023-07-07"),
    "sunak-martin": ("2022-10-26", "2022-11-10"),
}
NAMED = [
    (  # gov.uk, outside tuning: "reiterated …" (A, unpaired) / "stressed the importance of …"
        "sunak-erdogan",
        "the strong relationship between the United Kingdom and Türkiye",
        "importance of the UK-Türkiye relationship",
    ),
    (  # gov.uk, outside tuning: no determiner in B, the names before the noun
        "sunak-martin",
        "importance of a strong relationship between the UK and Ireland",
        "deepen UK-Irish ties",
    ),
]


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(("name", "a_text", "b_text"), NAMED)
def test_the_named_relationship_under_two_frames(
    name: str, a_text: str, b_text: str, swap: bool
) -> None:
    # Each readout says one relationship phrase naming the parties, under two frames (or
    # none); the hand lists them as one changed line, and nothing was reported at the base.
    found = _outside(name, swap)
    assert ("changed", *((b_text, a_text) if swap else (a_text, b_text))) in found


DEV_NAMED = [
    (  # "Building on the strong Canada-Italy relationship" / "… growing economic relationship …"
        "carney-meloni__2025-05-17",
        "the strong Canada-Italy relationship",
        "the growing economic relationship between Canada and Italy",
    ),
    (  # "deepening the partnership between our countries" / "strengthen the U.S.-Guatemala …"
        "harris-arevalo__2023-09-01",
        "the partnership between our countries",
        "the U.S.-Guatemala bilateral relationship",
    ),
]


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(("name", "a_text", "b_text"), DEV_NAMED)
def test_the_named_relationship_on_dev(name: str, a_text: str, b_text: str, swap: bool) -> None:
    found = fates(name, swap=swap)
    assert ("changed", *((b_text, a_text) if swap else (a_text, b_text))) in found


@pytest.mark.parametrize("swap", [False, True])
def test_two_relationships_by_their_names_left_apart(swap: bool) -> None:
    # Biden-Modi (White House, dev): "the strength of the Quad partnership" / "the strength of
    # the U.S.-India relationship", one frame but two relationships (no name said in both);
    # the hand lists B's as appeared.
    found = fates("biden-modi__2022-05-24", swap=swap)
    assert not any(f[0] == "changed" and "Quad partnership" in str(f) for f in found)


@pytest.mark.parametrize("swap", [False, True])
def test_a_line_told_by_another_rule_stands(swap: bool) -> None:
    # Harris-Suluhu Hassan (White House, dev): "a modern civil aviation relationship between
    # the United States and Tanzania" / "the longstanding partnership between …", a field and
    # the relationship, two lines; B's was told appeared at the base and stays so.
    found = fates("harris-suluhu-hassan__2022-04-15", swap=swap)
    assert not any(f[0] == "changed" and "civil aviation" in str(f) for f in found)


def test_named_in_plain_text() -> None:
    a = from_text("They reiterated the strong relationship between the UK and Japan.")
    b = from_text("They stressed the importance of the U.S.-Japan relationship.")
    found = [(f.a_text, f.b_text) for f in relations_en((), a, b)]
    assert found == [
        (
            "the strong relationship between the UK and Japan",
            "importance of the U.S.-Japan relationship",
        )
    ]
