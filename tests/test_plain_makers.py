"""The formula stage's plain slotted classes made without ``__init__`` (``object.__new__``, then
each field set: :func:`readoutdiff.formulas.words.phrases.grouped_words`'s :class:`Words`,
:mod:`readoutdiff.formulas.matching.occurrences`' :class:`Occurrence`, branch sp89) are what
their ``__init__`` makes: every field set, the class itself, equal field for field, on real
readouts (the samples and the samples' words read twice, so that copies are read off)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words.phrases import Words, grouped_words
from readoutdiff.ingest import from_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _readout():  # type: ignore[no-untyped-def]
    text = (SAMPLES / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    return from_text(text + "\n\n" + text)  # every sentence twice: its copies read off


def test_words_made_without_init_are_words_with_every_field() -> None:
    words, _ = grouped_words(_readout())
    assert len(words) > 20
    for w in words:
        assert type(w) is Words
        fields = [getattr(w, name) for name in Words.__slots__]  # each set: no AttributeError
        again = Words(*fields)
        assert [getattr(again, name) for name in Words.__slots__] == fields


def test_occurrences_made_without_init_equal_those_of_init() -> None:
    readout = _readout()
    words, groups = grouped_words(readout)
    search = matcher.build(lexicons.builtin().entries)
    found = matcher.find(search, readout, words, groups=groups)
    assert len(found) > 10
    half = len(readout.sentences) // 2
    assert any(o.sentence >= half for o in found)  # a copy's, read off the first reading
    for o in found:
        assert type(o) is Occurrence
        assert o == Occurrence(**{name: getattr(o, name) for name in Occurrence.__slots__})
