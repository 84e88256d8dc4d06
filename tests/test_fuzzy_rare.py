"""``fuzzy.hits`` skips a place whose wordings all lack their rarest head in the sentence
(``fuzzy.rarest_heads``): on real readouts it finds what scanning every place finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.matching import fuzzy, matcher
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load
from readoutdiff.languages import wordshape

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    EVAL / "biden-albanese__2022-11-13__wh.txt",
    EVAL / "blinken-stoltenberg__2022-04-06__state.txt",
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt")),
]


def test_skipping_places_by_rare_heads_finds_every_hit() -> None:
    built = matcher.build(lexicons.builtin().entries, threshold=90.0)
    # Each stem's own head is in every sentence that holds the stem: nothing is skipped.
    own = {stem: frozenset({stem[:4]}) for stem in built.fuzzy}
    distinct = {w.stems for path in READOUTS for w in readout_words(load(path))}
    found = skipped = 0
    for stems in sorted(distinct):
        hits = fuzzy.hits(built.fuzzy, stems, set(), built.threshold, built.rare)
        assert hits == fuzzy.hits(built.fuzzy, stems, set(), built.threshold, own)
        found += len(hits)
        places = [stem for stem in stems if stem in built.rare]
        heads = {stem[:4] for stem in stems}
        skipped += sum(heads.isdisjoint(built.rare[stem]) for stem in places)
    assert found >= 5  # the readouts hold near misses of lexicon wordings
    assert skipped >= 100  # and many places whose wordings cannot be there


def test_the_rare_head_is_another_words_when_the_wording_has_one() -> None:
    built = matcher.build(lexicons.builtin().entries, threshold=90.0)
    for stem, bucket in built.fuzzy.items():
        own = stem[:4]
        for wording in bucket:
            if wording.heads - {own}:
                assert set(built.rare[stem]) & (wording.heads - {own})


def test_a_stems_head_is_read_from_the_table_and_the_table_empties_when_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stems = {w.stems for path in READOUTS[:2] for w in readout_words(load(path))}
    words = sorted({stem for sentence in stems for stem in sentence})
    assert [fuzzy.HEADS[stem] for stem in words] == [stem[:4] for stem in words]
    monkeypatch.setattr(wordshape, "_HEADS_HELD", 3)
    fuzzy.HEADS.clear()
    assert [fuzzy.HEADS[stem] for stem in words] == [stem[:4] for stem in words]
    assert len(fuzzy.HEADS) <= 3
    fuzzy.HEADS.clear()


def test_a_new_words_head_is_made_where_the_word_is_first_stemmed() -> None:
    """Branch sp65: a sentence's words are stemmed where they are first cut (:func:`wordshape.shape`,
    the segmenter's); each new stem's head is stored then, so the fuzzy matcher reads the
    sentence's heads without slicing one."""
    texts = [s.text for s in load(EVAL / "biden-albanese__2022-11-13__wh.txt").sentences]
    wordshape.stem.__self__.clear()  # type: ignore[attr-defined]
    fuzzy.HEADS.clear()
    words = {stem for text in texts for stem in wordshape.shape(text).stems}
    assert len(words) > 100
    assert all(dict.__contains__(fuzzy.HEADS, stem) for stem in words)
    assert all(dict.__getitem__(fuzzy.HEADS, stem) == stem[:4] for stem in words)
