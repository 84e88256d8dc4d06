"""A wording that stops on the first of the qualifiers an article opens ("achieve a just| and
lasting peace") goes on through them and their head when :mod:`most_kept` grows the member of
a line that changed (formulas/words/edges.py ``end`` with ``qualifiers``): the change is told
whole, and the rest of its line is no second report (branch dup5), on a real dev pair of the
evaluation set and on its line."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

_LINE = (
    "The leaders discussed trans-Atlantic security and helping Ukraine achieve a just and"
    " lasting peace, including through the provision of military assistance."
)


def _words(text: str):  # noqa: ANN202 - the tool's word shapes of the line's sentence
    return next(w for w in readout_words(from_text(f"They met.\n\n{text}")) if len(w.stems) > 3)


def test_a_change_cut_inside_its_qualifiers_is_told_whole_and_once() -> None:
    # carney-rutte 2025-06-06 -> 2025-06-17: "supporting Ukraine in its self-defence" ->
    # "helping Ukraine achieve a just and lasting peace", one hand event; the line was cut at
    # "a just" and "just and lasting peace" told appeared beside it, a repeat.
    found = fates("carney-rutte__2025-06-06")
    assert (
        "changed", "supporting Ukraine in its self-defence",
        "helping Ukraine achieve a just and lasting peace",
    ) in found  # fmt: skip
    assert not any(status == "appeared" and b and "lasting peace" in b for status, _, b in found)
    swapped = fates("carney-rutte__2025-06-06", swap=True)
    assert (
        "changed", "helping Ukraine achieve a just and lasting peace",
        "supporting Ukraine in its self-defence",
    ) in swapped  # fmt: skip


def test_the_qualifiers_after_an_article_are_taken_with_their_head() -> None:
    words = _words(_LINE)
    stems = list(words.stems)
    at = stems.index("just") + 1  # the "and" after "a just"
    assert stems[edges.end(words, at, qualifiers=True) - 1] == "peace"
    assert edges.end(words, at) == at  # only where most_kept grows a changed member


def test_no_article_before_the_members_no_growth() -> None:
    # "security and helping": a list of topics, no article's phrase to finish.
    words = _words(_LINE)
    at = list(words.stems).index("security") + 1
    assert edges.end(words, at, qualifiers=True) == at
