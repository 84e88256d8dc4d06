"""An English wording does not run over a comma into the next clause's predicate
(``formulas/linking/one_clause.comma_clause_end``, read by ``standing``): on u68's real pages
(a Chinese embassy's English readout and People's Daily Online's, tests/data/u68/SOURCES.md),
both ways; a list's comma and an appositive's are left in."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.linking.one_clause import comma_clause_end
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

DATA = Path(__file__).resolve().parent / "data" / "u68"
EMBASSY = DATA / "wang-yi-raab lr.china-embassy.txt"
PEOPLE = DATA / "wang-yi-truss people.cn.txt"
COUNCIL = "permanent members of the United Nations Security Council"


@pytest.mark.parametrize("swap", [False, True])
def test_a_standing_wording_stops_before_the_comma_of_the_next_clause(swap: bool) -> None:
    # The embassy's "As permanent members of the United Nations Security Council, China and the
    # UK should fulfill the international responsibilities, …" against People's Daily's "…
    # both permanent members of the UN Security Council, should provide …": the embassy's
    # wording ran on over the comma into "China and the UK should fulfill …".
    a, b = (PEOPLE, EMBASSY) if swap else (EMBASSY, PEOPLE)
    comparison = compare(load(a), load(b))
    embassy = [f.b_text if swap else f.a_text for f in comparison.formulas]
    assert COUNCIL in embassy
    assert not any(w and "should fulfill" in w for w in embassy)


def _cut(text: str, first: int = 0) -> str:
    words = readout_words(from_text(text))[0]
    readout = from_text(text)
    last = comma_clause_end(words, readout.text, first, len(words.stems))
    return readout.text[words.start(first) : words.end(last - 1)]


def test_only_a_comma_before_a_subject_and_its_modal_cuts() -> None:
    assert _cut("permanent members of the Council, China and the UK should act together.") == (
        "permanent members of the Council"
    )
    assert _cut("the leaders of both countries, they will meet again soon.") == (
        "the leaders of both countries"
    )
    # a list's commas, an appositive, a comma before a verb of the same subject: no modal
    for kept in (
        "promoting peace, security, and prosperity in the region.",
        "key global priorities, such as critical minerals, clean energy, and AI.",
        "the need for a ceasefire, the return of hostages and more aid.",
    ):
        assert _cut(kept) == kept.rstrip(".")
    # a modal with no subject of its own after the comma ("…, and should …") is no new clause;
    # one after "and" and a subject is
    assert _cut("support for Ukraine, and should continue it.") == (
        "support for Ukraine, and should continue it"
    )
    assert _cut("support for Ukraine, and the allies should continue it.") == (
        "support for Ukraine"
    )
