"""The formula stage's hot records, :class:`Words` and :class:`Occurrence`, are classes with
slots (Python 3.11 specialises a slot's read, never a named tuple field's) made without an
``__init__`` frame where they are made in bulk: these tests hold the objects so made to those
``__init__`` makes, and an occurrence to the equality and hash of the named tuple it was."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas import find_formulas
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.ingest import from_text

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "2021-12-15-xi-putin.txt"


def _twice():  # type: ignore[no-untyped-def]
    """A real readout said twice: the second copy of each sentence is read off the first's
    occurrences (``occurrences.read_off``), the first read off the text."""
    text = SAMPLE.read_text(encoding="utf-8")
    return from_text(f"{text}\n\n{text}")


def test_words_made_in_bulk_are_the_words_init_makes() -> None:
    readout = _twice()
    found = readout_words(readout)
    assert len(found) == len(readout.sentences) > 20
    for words in found:
        assert type(words) is Words and not hasattr(words, "__dict__")
        fields = {name: getattr(words, name) for name in Words.__slots__}
        again = Words(**fields)
        assert {name: getattr(again, name) for name in Words.__slots__} == fields
        assert [again.start(k) for k in range(len(again.stems))] == [
            words.start(k) for k in range(len(words.stems))
        ]


def test_occurrences_are_equal_and_hashed_by_their_fields() -> None:
    readout = _twice()
    found = find_formulas(readout)
    half = len(readout.sentences) // 2
    assert any(o.sentence < half for o in found) and any(o.sentence >= half for o in found)
    for occurrence in found:
        assert type(occurrence) is Occurrence and not hasattr(occurrence, "__dict__")
        fields = tuple(getattr(occurrence, name) for name in Occurrence.__slots__)
        twin = Occurrence(*fields)
        assert twin is not occurrence and twin == occurrence
        assert hash(twin) == hash(occurrence) == hash(fields)
        moved = occurrence._replace(first=occurrence.first + 1, text="x")
        assert (moved.first, moved.text, moved.span) == (
            occurrence.first + 1, "x", occurrence.span,
        )  # fmt: skip
        assert moved != occurrence and moved._replace(first=occurrence.first) != twin
        assert repr(twin) == repr(occurrence) and repr(twin).startswith("Occurrence(id=")
    # A copy of a sentence said twice holds equal occurrences at other places: not equal.
    assert len(set(found)) == len(found)
