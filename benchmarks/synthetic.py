"""Generate a synthetic readout pair (A, B) with known ground truth.

A is paragraphs of 2-6 sentences of 12-40 words. B is derived from A unit by
unit: each A sentence is kept, reworded, deleted, split, merged with its
neighbour, or moved (a few places, or to another part of the text), and new
sentences are inserted. Every unit records which A and B sentence indices it
links, so an aligner's output can be scored exactly.

>>> pair = synthetic_pair(2_000, seed=1)
>>> len(pair.a_text) >= 2_000, pair.a_sentences[0][0].isupper()
(True, True)
"""

from __future__ import annotations

import random
from bisect import bisect_left
from dataclasses import dataclass, replace
from enum import StrEnum

from vocabulary import SET_PHRASES, Vocabulary, build_vocabulary

Tokens = tuple[str, ...]


class Kind(StrEnum):
    """What happened to one unit of text between A and B."""

    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    DELETED = "deleted"  #: A only
    INSERTED = "inserted"  #: B only
    SPLIT = "split"  #: one A sentence, two B sentences
    MERGED = "merged"  #: two adjacent A sentences, one B sentence
    MOVED_NEAR = "moved near"  #: moved past 2-5 aligned sentences
    MOVED_FAR = "moved far"  #: moved a quarter of the text or more


IN_ORDER = frozenset({Kind.UNCHANGED, Kind.REWORDED})
MOVED = frozenset({Kind.MOVED_NEAR, Kind.MOVED_FAR})
GROUPS = frozenset({Kind.SPLIT, Kind.MERGED})

FATE_WEIGHTS = (
    (Kind.UNCHANGED, 60), (Kind.REWORDED, 8), (Kind.DELETED, 6), (Kind.SPLIT, 5),
    (Kind.MERGED, 5), (Kind.MOVED_NEAR, 5), (Kind.MOVED_FAR, 5),
)  # fmt: skip
"""Relative frequency of each fate of an A sentence (merged consumes two)."""
INSERT_RATE = 0.06
"""Chance of a new B sentence after each A unit."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TruthPair:
    """One unit of ground truth: A sentence indices linked to B sentence indices."""

    kind: Kind
    a: tuple[int, ...]
    b: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class SyntheticPair:
    """Two readout texts, their intended sentences and how the sentences correspond."""

    a_text: str
    b_text: str
    a_sentences: tuple[str, ...]
    b_sentences: tuple[str, ...]
    truth: tuple[TruthPair, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Unit:
    """A-side sentence indices and the B-side sentences they became, in one paragraph."""

    kind: Kind
    a: tuple[int, ...]
    b: tuple[Tokens, ...]
    paragraph: int


def synthetic_pair(target_chars: int, *, seed: int) -> SyntheticPair:
    """Return a pair whose A side has at least ``target_chars`` characters."""
    rng = random.Random(seed)
    vocabulary = build_vocabulary(rng)
    paragraphs = _paragraphs(rng, vocabulary, target_chars)
    a_tokens = [tokens for paragraph in paragraphs for tokens in paragraph]
    units = _moved(rng, _units(rng, vocabulary, paragraphs))
    return _assemble(paragraphs, a_tokens, units)


def render(tokens: Tokens) -> str:
    """Turn tokens into a sentence: capital first letter, no trailing comma, full stop."""
    text = " ".join(tokens).rstrip(",")
    return text[0].upper() + text[1:] + "."


def _paragraphs(
    rng: random.Random, vocabulary: Vocabulary, target_chars: int
) -> list[list[Tokens]]:
    paragraphs: list[list[Tokens]] = []
    size = 0
    while size < target_chars:
        paragraph = [_sentence(rng, vocabulary) for _ in range(rng.randint(2, 6))]
        size += sum(len(render(tokens)) + 1 for tokens in paragraph) + 1
        paragraphs.append(paragraph)
    return paragraphs


def _sentence(rng: random.Random, vocabulary: Vocabulary, length: int | None = None) -> Tokens:
    """Return 12-40 tokens: a subject, then function words, content words and set phrases."""
    length = length or rng.randint(12, 40)
    tokens = (
        list(rng.choice(SET_PHRASES[:4]).split())
        if rng.random() < 0.4
        else [vocabulary.content_word(rng)]
    )
    while len(tokens) < length:
        roll = rng.random()
        if roll < 0.05:
            tokens.extend(rng.choice(SET_PHRASES).split())
        elif roll < 0.42:
            tokens.append(vocabulary.function_word(rng))
        else:
            comma = "," if rng.random() < 0.06 else ""
            tokens.append(vocabulary.content_word(rng) + comma)
    return _content_ending(tuple(tokens[:length]), rng, vocabulary)


def _content_ending(tokens: Tokens, rng: random.Random, vocabulary: Vocabulary) -> Tokens:
    """End on a content word, as real sentences mostly do."""
    if tokens[-1].rstrip(",") in vocabulary.function_words:
        return (*tokens[:-1], vocabulary.content_word(rng))
    return tokens


def _units(
    rng: random.Random, vocabulary: Vocabulary, paragraphs: list[list[Tokens]]
) -> list[_Unit]:
    """Decide the fate of every A sentence, paragraph by paragraph, in A order."""
    kinds = [kind for kind, _ in FATE_WEIGHTS]
    weights = [weight for _, weight in FATE_WEIGHTS]
    units: list[_Unit] = []
    index = 0
    for number, paragraph in enumerate(paragraphs):
        position = 0
        while position < len(paragraph):
            kind = rng.choices(kinds, weights)[0]
            if kind is Kind.MERGED and position + 1 == len(paragraph):
                kind = Kind.UNCHANGED
            taken = 2 if kind is Kind.MERGED else 1
            sides = tuple(paragraph[position : position + taken])
            units.append(
                _fate(rng, vocabulary, kind, tuple(range(index, index + taken)), sides, number)
            )
            if rng.random() < INSERT_RATE:
                units.append(
                    _Unit(
                        kind=Kind.INSERTED, a=(), b=(_sentence(rng, vocabulary),), paragraph=number
                    )
                )
            position += taken
            index += taken
    return units


def _fate(
    rng: random.Random, vocabulary: Vocabulary, kind: Kind, a: tuple[int, ...], sides: tuple[Tokens, ...],
    paragraph: int,
) -> _Unit:  # fmt: skip
    """Make the B side of one unit of A sentences."""
    tokens = sides[0]
    if kind is Kind.DELETED:
        b: tuple[Tokens, ...] = ()
    elif kind is Kind.REWORDED:
        b = (_reworded(rng, vocabulary, tokens, rng.uniform(0.15, 0.30)),)
    elif kind is Kind.SPLIT:
        b = _split(rng, tokens)
    elif kind is Kind.MERGED:
        b = ((*tokens[:-1], tokens[-1].rstrip(",") + ",", "and", *sides[1]),)
    elif kind in MOVED and rng.random() < 0.5:
        b = (_reworded(rng, vocabulary, tokens, rng.uniform(0.05, 0.12)),)
    else:
        b = (tokens,)
    return _Unit(kind=kind, a=a, b=b, paragraph=paragraph)


def _reworded(rng: random.Random, vocabulary: Vocabulary, tokens: Tokens, share: float) -> Tokens:
    """Replace, insert or delete about ``share`` of the words."""
    words = list(tokens)
    for _ in range(max(1, round(len(words) * share))):
        operation = rng.choice(("replace", "replace", "insert", "delete"))
        at = rng.randrange(len(words))
        if operation == "delete" and len(words) > 8:
            del words[at]
        elif operation == "insert":
            words.insert(at, vocabulary.content_word(rng))
        else:
            old = words[at].rstrip(",")
            new = (
                vocabulary.function_word(rng)
                if old in vocabulary.function_words
                else vocabulary.content_word(rng)
            )
            words[at] = new + ("," if words[at].endswith(",") else "")
    return _content_ending(tuple(words), rng, vocabulary)


def _split(rng: random.Random, tokens: Tokens) -> tuple[Tokens, Tokens]:
    cut = rng.randint(len(tokens) * 35 // 100, len(tokens) * 65 // 100)
    return tokens[:cut], tokens[cut:]


def _moved(rng: random.Random, units: list[_Unit]) -> list[_Unit]:
    """Take the moved units out of A order and put each back near or far from where it was."""
    staying = [unit for unit in units if unit.kind not in MOVED]
    placed: list[tuple[int, int, _Unit]] = []
    origin = 0
    for unit in units:
        if unit.kind not in MOVED:
            origin += 1
            continue
        target = (
            _near_target(rng, staying, origin)
            if unit.kind is Kind.MOVED_NEAR
            else _far_target(rng, staying, origin)
        )
        paragraph = staying[min(target, len(staying) - 1)].paragraph
        placed.append((target, len(placed), replace(unit, paragraph=paragraph)))
    result: list[_Unit] = []
    moved_at = sorted(placed, key=lambda item: (item[0], item[1]))
    cursor = 0
    for position, unit in enumerate(staying):
        while cursor < len(moved_at) and moved_at[cursor][0] == position:
            result.append(moved_at[cursor][2])
            cursor += 1
        result.append(unit)
    result.extend(item[2] for item in moved_at[cursor:])
    return result


def _near_target(rng: random.Random, staying: list[_Unit], origin: int) -> int:
    """Insertion point past 2-5 staying units that have text on both sides, either way."""
    anchors = [position for position, unit in enumerate(staying) if unit.a and unit.b]
    wanted = rng.randint(2, 5)
    first_after = bisect_left(anchors, origin)
    forward = (
        anchors[first_after + wanted - 1] + 1 if first_after + wanted <= len(anchors) else None
    )
    backward = anchors[first_after - wanted] if first_after >= wanted else None
    if forward is not None and (backward is None or rng.random() < 0.5):
        return forward
    return backward if backward is not None else len(staying)


def _far_target(rng: random.Random, staying: list[_Unit], origin: int) -> int:
    """Insertion point at least a quarter of the text (and 8 units) away."""
    distance = max(8, len(staying) // 4)
    before = max(0, origin - distance + 1)  # positions 0 .. origin - distance
    after = max(0, len(staying) - (origin + distance) + 1)  # origin + distance .. len
    if not before + after:
        return 0 if origin > len(staying) // 2 else len(staying)
    pick = rng.randrange(before + after)
    return pick if pick < before else origin + distance + pick - before


def _assemble(
    paragraphs: list[list[Tokens]], a_tokens: list[Tokens], units: list[_Unit]
) -> SyntheticPair:
    a_sentences = tuple(render(tokens) for tokens in a_tokens)
    a_text = "\n\n".join(
        " ".join(render(tokens) for tokens in paragraph) for paragraph in paragraphs
    )
    b_paragraphs: list[list[str]] = []
    truth: list[TruthPair] = []
    b_count = 0
    last_paragraph = None
    for unit in units:
        if unit.b:
            if unit.paragraph != last_paragraph:
                b_paragraphs.append([])
                last_paragraph = unit.paragraph
            b_paragraphs[-1].extend(render(tokens) for tokens in unit.b)
        truth.append(
            TruthPair(kind=unit.kind, a=unit.a, b=tuple(range(b_count, b_count + len(unit.b))))
        )
        b_count += len(unit.b)
    b_text = "\n\n".join(" ".join(paragraph) for paragraph in b_paragraphs)
    b_sentences = tuple(sentence for paragraph in b_paragraphs for sentence in paragraph)
    return SyntheticPair(
        a_text=a_text,
        b_text=b_text,
        a_sentences=a_sentences,
        b_sentences=b_sentences,
        truth=tuple(truth),
    )
