"""``mining._shared`` cuts the runs two sides of a reworded pair share at the words of
formulas, sentence ends and punctuation by reading the formulas' few words and the run's
punctuation, not word by word: on real pairs (consecutive readouts of a series, the 50 KB
corpus, whose pairs merge and split sentences) it yields what cutting word by word yields."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path

import real_corpus

from readoutdiff.compare import compare
from readoutdiff.formulas.mining import mining
from readoutdiff.formulas.mining.sightings import Side, Sighting, sighted, taken_of
from readoutdiff.formulas.tracking import find_formulas
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Readout
from readoutdiff.text.shared_runs import matching_blocks

ROOT = Path(__file__).resolve().parent.parent

SERIES = sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt"))
Pairs = Sequence[tuple[tuple[int, ...], tuple[int, ...]]]


Piece = tuple[int, int, int, int]
"""(the side's readout id, sentence, first word, end word) of a piece handed to ``sighted``."""


def _word_by_word(a: Side, b: Side, pairs: Pairs) -> Iterator[Piece]:
    """The pieces of the runs shared by each pair, cut by looking at every word of them."""
    taken = {id(a): taken_of(a), id(b): taken_of(b)}
    for a_indices, b_indices in pairs:
        left = [(a.words[i], k) for i in a_indices for k in range(len(a.words[i].stems))]
        right = [(b.words[i], k) for i in b_indices for k in range(len(b.words[i].stems))]
        left_stems = [w.stems[k] for w, k in left]
        right_stems = [w.stems[k] for w, k in right]
        side, other = a, b
        if left_stems > right_stems:
            left, right, left_stems, right_stems = right, left, right_stems, left_stems
            side, other = b, a
        for start, start_right, size in matching_blocks(left_stems, right_stems):
            if size < 3:
                continue
            mirror = right[start_right : start_right + size]
            cut = {
                i for i, (w, k) in enumerate(mirror) if k in taken[id(other)].get(w.sentence, ())
            }
            pieces: list[list[tuple[Words, int]]] = [[]]
            for i, (w, k) in enumerate(left[start : start + size]):
                if k in taken[id(side)].get(w.sentence, ()) or i in cut:
                    pieces.append([])
                elif pieces[-1] and (pieces[-1][-1][0] is not w or w.breaks[k]):
                    pieces.append([(w, k)])
                else:
                    pieces[-1].append((w, k))
            for piece in pieces:
                w = piece[0][0] if piece else None
                if w is None or len(piece) < 3:
                    continue
                if sum(not w.caps[k] and w.stems[k] not in STOP_WORDS for _, k in piece) >= 2:
                    yield id(side.readout), w.sentence, piece[0][1], piece[-1][1] + 1


def _captured(a_text: str, b_text: str) -> list[tuple[Sequence[Side], Pairs]]:
    """The sides and reworded pairs ``mining.mine`` gets in a comparison of the two texts."""
    seen: list[tuple[Sequence[Side], Pairs]] = []
    mine = mining.mine

    def spy(sides: Sequence[Side], pairs: Pairs = (), **options: object) -> object:
        seen.append((sides, pairs))
        return mine(sides, pairs, **options)  # type: ignore[arg-type]

    mining.mine = spy  # type: ignore[assignment]
    try:
        compare(from_text(a_text), from_text(b_text))
    finally:
        mining.mine = mine
    return seen


def _pieces(a: Side, b: Side, pairs: Pairs) -> tuple[list[Piece], list[Sighting]]:
    """The pieces ``mining._shared`` hands to ``sighted``, and what it yields."""
    handed: list[Piece] = []
    real = mining.sighted

    def spy(kind: str, readout: Readout, words: Words, first: int, end: int, *rest: object) -> Iterator[Sighting]:  # fmt: skip
        handed.append((id(readout), words.sentence, first, end))
        return real(kind, readout, words, first, end, *rest)  # type: ignore[arg-type]

    mining.sighted = spy
    try:
        return handed, list(mining._shared(a, b, pairs))
    finally:
        mining.sighted = real


def _sighted(piece: Piece, a: Side, b: Side) -> Iterator[Sighting]:
    side = a if id(a.readout) == piece[0] else b
    words, held = side.words[piece[1]], taken_of(side).get(piece[1], ())
    return sighted("shared", side.readout, words, piece[2], piece[3], held)


def test_shared_runs_are_cut_as_word_by_word() -> None:
    texts = [load(path).text for path in SERIES]
    pairs = [*pairwise(texts), *(real_corpus.build(50_000, seed) for seed in (2, 10))]
    pieces = yielded = merged = 0
    for a_text, b_text in pairs:
        for sides, reworded in _captured(a_text, b_text):
            a, b = sides
            handed, found = _pieces(a, b, reworded)
            assert handed == list(_word_by_word(a, b, reworded))
            assert found == [s for piece in handed for s in _sighted(piece, a, b)]
            pieces += len(handed)
            yielded += len(found)
            merged += sum(len(x) > 1 or len(y) > 1 for x, y in reworded)
    assert pieces >= 20
    assert yielded >= 3
    assert merged >= 1  # a pair of several sentences on a side


def test_a_quoted_part_of_a_formula_found_elsewhere_is_not_mined() -> None:
    formula = " Both build a community with a shared future for mankind."
    for quoted in ("shared future", "shared future for mankind", "future for mankind"):
        alone = f'They spoke of a "{quoted}" at length. Both met.'
        assert [o.text for o in find_formulas(from_text(alone))] == [quoted]
        found = find_formulas(from_text(alone.replace(" Both met.", formula)))
        assert [o.id for o in found] == ["community-shared-future"]
