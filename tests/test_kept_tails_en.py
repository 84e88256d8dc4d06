"""A one-sided English line whose last two words the other readout says once, where no entry
stands, is one *changed* entry (``formulas/entries/kept_tails_en.py``), on a real dev pair of
the evaluation set and a real pair of the outside set's tuning part, both ways; a phrase the
other readout does not open with a determiner, or a tail said twice, ties nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.entries.kept_tails_en import _phrase_start, tails_paired_en
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Span

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
FORMULAS = OUTSIDE.parent / "formulas"

STARMER = ("including strategic competition and climate change", "the impact of climate change")
HAITHAM = (
    "prosperous, peaceful, and integrated Middle East region",
    "a more prosperous Middle East region",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_kept_compound_head_ties_a_dropped_line_to_its_rewording(swap: bool) -> None:
    # Starmer-Albanese (gov.uk, dev): "key challenges facing the region, including strategic
    # competition and climate change" / "Turning to the impact of climate change in the
    # region, …": "climate change" said once in each readout; the hand list's change.
    found = fates("starmer-albanese__2024-07-06", swap=swap)
    assert ("changed", *(STARMER[::-1] if swap else STARMER)) in found
    assert not any(status != "changed" and STARMER[0] in (a or b or "") for status, a, b in found)


@pytest.mark.parametrize("swap", [False, True])
def test_a_list_of_qualifiers_cut_before_a_kept_name(swap: bool) -> None:
    # Biden-Haitham (White House, outside tuning): "a more prosperous, peaceful, and integrated
    # Middle East region" / "cooperation towards a more prosperous Middle East region": the
    # lexicon's formula stands on A only; B keeps its head, after one of its qualifiers.
    a, b = (load(OUTSIDE / f"biden-haitham__{day}__wh.txt") for day in ("2023-03-07", "2023-11-10"))
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(HAITHAM[::-1] if swap else HAITHAM)) in found


def _dropped(readout_text: str, wording: str) -> tuple[Formula, object]:
    a = from_text(readout_text)
    at = a.text.index(wording)
    span = Span(start=at, end=at + len(wording), line=1)
    return Formula(
        status=FormulaStatus.DROPPED, a_text=wording, b_text=None, a_spans=(span,), id="x"
    ), a


def test_no_determiner_no_entry() -> None:
    # Biden-Kishida (dev) has "they agreed to accelerate trilateral cooperation with the
    # Republic of Korea": with no determiner before the tail the word before may be a verb,
    # and a bare tail is a stock phrase more than a line: nothing is tied.
    dropped, a = _dropped(
        "They hailed U.S.-Japan-ROK trilateral cooperation.",
        "U.S.-Japan-ROK trilateral cooperation",
    )
    b = from_text("They agreed to accelerate trilateral cooperation with the Republic of Korea.")
    assert tails_paired_en([dropped], a, b) == (dropped,)  # type: ignore[arg-type]


def test_a_tail_said_twice_ties_nothing() -> None:
    dropped, a = _dropped(
        "They backed efforts to tackle climate change.", "efforts to tackle climate change"
    )
    b = from_text("They discussed climate change. They praised action on climate change.")
    assert tails_paired_en([dropped], a, b) == (dropped,)  # type: ignore[arg-type]


def test_the_dots_of_us_end_no_phrase() -> None:
    # The White House's Harris–Kishida readout: "leading the U.S. Presidential Delegation" and
    # "a champion of the U.S.-Japan Alliance". The segmenter reads no sentence end at the dots
    # of "U.S.", so the noun phrase of a kept name runs back over them to "the".
    readout = load(FORMULAS / "harris-kishida__2022-09-26__wh.txt")
    text = readout.text
    for tail in ("Presidential Delegation", "Japan Alliance"):
        at = text.index(tail)
        opening = text.rindex("the U.S.", 0, at)
        assert any(s.span.start <= opening < at < s.span.end for s in readout.sentences)
        assert _phrase_start(text, at) == opening
