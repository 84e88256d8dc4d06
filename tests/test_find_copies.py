"""``matcher.find`` tells once per distinct sentence whether an occurrence is cut before a
possessive or is a name the text defines (``cut.kept``), for every copy of the sentence,
when the answer reads only the sentence (``cut.local``); the occurrences are those the
answer told copy by copy gives, on real readouts and on sentences that test the edges."""

from __future__ import annotations

import pytest
import real_corpus

from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.matching import cut, matcher, occurrences
from readoutdiff.formulas.words.phrases import grouped_words, readout_words
from readoutdiff.ingest import from_text
from readoutdiff.model import Entry, Readout

EDGES = """We back the Joint Comprehensive Plan of Action (JCPOA) and more.
They reaffirmed steadfast support for Ukraine's sovereignty. We back the Joint Comprehensive Plan of Action
(JCPOA) talks went on. They reaffirmed steadfast support for Ukraine's
sovereignty and territorial integrity.
(JCPOA) Joint Comprehensive Plan of Action. We back the Joint Comprehensive Plan of Action (JCPOA) and more.
They reaffirmed steadfast support for Ukraine's sovereignty. They reaffirmed steadfast support for Ukraine's
We back the Joint Comprehensive Plan of Action (JCPOA) and more.
They reaffirmed steadfast support for Ukraine's. Again steadfast support for Ukraine's.
We back the Joint Comprehensive Plan of Action. (JCPOA) talks went on. We went. (JCPOA) talks went on.
They reaffirmed steadfast support for Ukraine's
Sovereignty matters.
They reaffirmed steadfast support for Ukraine's
2. Next.
会谈。We back the Joint Comprehensive Plan of Action (JCPOA). They reaffirmed steadfast support for Ukraine's sovereignty.
"""
ENTRIES = [
    Entry(id="jcpoa", text="Joint Comprehensive Plan of Action"),
    Entry(id="acronym", text="JCPOA"),
    Entry(id="support", text="steadfast support for Ukraine's"),
    Entry(id="sovereignty", text="sovereignty"),
]


def _case(case: str, other_edges: str) -> tuple[list[Readout], matcher.Matcher]:
    """The readouts and matcher of a case: ``EDGES`` and ``other_edges`` with the entries that
    test the edges, or 50 KB of real readouts with the built-in lexicon."""
    if case == "edges":
        texts, search = [EDGES, other_edges], matcher.build(ENTRIES)
    else:
        texts, search = list(real_corpus.build(50_000)), matcher.build(builtin().entries)
    return [from_text(text) for text in texts], search


def _found(readouts: list[object], search: matcher.Matcher) -> list[tuple[object, ...]]:
    made: occurrences.Made = {}
    memo: dict[tuple[str, ...], list[matcher.Hit]] = {}
    return [
        matcher.find(search, r, readout_words(r), memo=memo, made=made)  # type: ignore[arg-type]
        for r in readouts
    ]


@pytest.mark.parametrize("case", ["edges", "corpus"])
def test_occurrences_equal_those_told_copy_by_copy(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    readouts, search = _case(case, EDGES.replace("and more", "too"))
    fast = _found(readouts, search)
    monkeypatch.setattr(cut, "local", lambda *args: False)  # every copy on its own
    slow = _found(readouts, search)
    assert fast == slow
    assert sum(map(len, fast)) > (8 if case == "edges" else 100)
    if case == "edges":  # the rules cut some, and keep some, in copies of one sentence
        words = [o.text for o in fast[0]]
        assert "JCPOA" in words and words.count("Joint Comprehensive Plan of Action") < 6
        assert 0 < words.count("steadfast support for Ukraine's") < 5


class _Forgetting(dict):  # type: ignore[type-arg]
    """A ``Made`` memo that never answers: every copy of a sentence is read on its own."""

    def get(self, key: object, default: object = None) -> object:
        return default


@pytest.mark.parametrize("case", ["edges", "corpus"])
def test_a_sentence_ending_a_paragraph_reads_as_one_inside_a_paragraph(case: str) -> None:
    """Copies of a sentence followed by a space and by a line end share one reading (``Made``
    keys a line end as a space): the occurrences are those each copy read on its own gives."""
    readouts, search = _case(case, EDGES.replace(" We went.", "\nWe went."))
    shared = _found(readouts, search)
    alone = [
        matcher.find(search, r, readout_words(r), made=_Forgetting())  # type: ignore[arg-type]
        for r in readouts
    ]
    assert shared == alone
    ends = [r.text[s.span.end : s.span.end + 1] for r in readouts for s in r.sentences]
    assert ends.count("\n") > 5 and ends.count(" ") > 5


@pytest.mark.parametrize("case", ["edges", "corpus"])
def test_a_readout_grouped_once_finds_what_each_sentence_read_in_turn_finds(case: str) -> None:
    """``find`` reads a text once for all its copies, from the groups ``grouped_words`` makes
    (by text) or ``matcher.grouped`` (by stems tuple): the occurrences are those of reading
    every sentence on its own, also with the words of other formulas taken (the mined finds)."""
    readouts, search = _case(case, EDGES.replace("and more", "too"))
    for readout in readouts:
        words, groups = grouped_words(readout)
        alone = [(w.stems, [w]) for w in words]  # every sentence a group of its own
        taken = matcher.find(search, readout, words, groups=alone)
        assert matcher.find(search, readout, words, groups=groups) == taken
        assert matcher.find(search, readout, words) == taken
        assert sum(len(copies) > 1 for _, copies in groups) > 1  # some texts are said again
        held = matcher.taken_words(taken[::2])  # half the formulas' words taken
        kept = matcher.find(search, readout, words, held=held, groups=alone)
        assert matcher.find(search, readout, words, held=held, groups=groups) == kept
        assert kept and not set(kept) & set(taken[::2])  # none stands on words taken
