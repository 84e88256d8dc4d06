"""A dropped or appeared entry whose other half is a silent stretch of **the sentence the aligner
paired with its own**, sharing words said nowhere else in that readout: one *changed* entry.

The aligner pairs two sentences that keep most of their words; when one clause of them was
reworded, the tool may report the old wording alone and say nothing of the new one (no formula
stands there): "认真落实两国元首共识" dropped while the sentence paired with it says
"俄方愿同中方认真落实两国元首达成的重要共识" in words no entry reports; "exchanged views on Russian
military activities near Ukraine" dropped while the paired sentence says "Russia's war against
Ukraine" and nothing else. An analyst lists one line reworded. The other half is found by its
slot, not by a word list:

- the entry's sentence is **aligned** (an alignment with sentences on both sides), and
  the other half is a *silent clause* of the sentences paired with it (:func:`stretches`: a
  clause no entry has a span in, of two units or more; a unit is a Chinese character or
  a word of four letters or more cut to five, :func:`units`);
- the stretch is the one of its pair sharing most units with the wording (:func:`share`: unit
  bigrams and words; no tie), and at least :data:`RARE` of the shared ones are said at most once
  in the stretch's readout (:func:`rare`): the parties' names, the speaker's frame ("愿同中方",
  "the President") and a meeting's topic are said all over a readout and tie any two lines;
- a stretch two entries would take goes to none (``better_partner.silent_taken``).

The entry keeps its name with ``/reworded``, as ``better_partner.silent_halves`` names its own.
Swapping A and B swaps the result: the rule reads each side as the other reads it.
Measured in ``benchmarks/README.md`` (sil1): the halves of a change reported apart whose other
half nothing reports, of young dev, in the same aligned pair.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Alignment, Span, Status
>>> a = from_text("会谈在北京举行。双方要认真落实两国元首共识，深化合作。")
>>> b = from_text("会谈在北京举行。俄方愿同中方认真落实两国元首达成的重要共识，深化合作。")
>>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="认真落实两国元首共识", b_text=None,
...     a_spans=(Span(start=11, end=21, line=1),), id="mined:x")
>>> pairs = (Alignment(status=Status.UNCHANGED, a=a.sentences[:1], b=b.sentences[:1], score=1.0),
...     Alignment(status=Status.CHANGED, a=a.sentences[1:], b=b.sentences[1:], score=0.6))
>>> [(f.status.value, f.b_text, f.id) for f in paired_halves([dropped], a, b, pairs)]
[('changed', '俄方愿同中方认真落实两国元首达成的重要共识', 'mined:x/reworded')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

from readoutdiff.formulas.entries.better_partner import silent_taken
from readoutdiff.formulas.entries.clause_heads import Clause, lined
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.model.places import sentence_at

RARE = 2
"""Shared units said at most once in the stretch's readout that tie a wording to its stretch:
one is any two lines of a meeting that name one thing (a party's new name, a year)."""

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_CUT = re.compile(r"[，；：;:。！？]|,\s")
"""Where a clause ends: a Chinese clause mark, a semicolon or colon, a comma before a space."""
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")

_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


@lru_cache(maxsize=4096)
def units(text: str) -> tuple[str, ...]:
    """The content units of ``text``, in order: its Chinese characters, and its other words of
    four letters or more cut to their first five (a stem that knows no language's endings).

    >>> units("Russia's war against Ukraine"), units("共识")
    (('russi', 'again', 'ukrai'), ('共', '识'))
    """
    folded = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text).casefold())
    return tuple(
        t if len(t) == 1 and re.match(f"[{_CJK}]", t) else t[:5]
        for t in _TOKEN.findall(folded)
        if len(t) >= 4 or re.match(f"[{_CJK}]", t)
    )


def _telling(text: str) -> set[str]:
    """Each unit bigram (two characters, or two stems with a space) and each stem of ``text``."""
    u = units(text)
    pairs = {
        x + y if len(x) == 1 and len(y) == 1 else f"{x} {y}" for x, y in zip(u, u[1:], strict=False)
    }
    return pairs | {x for x in u if len(x) > 1}


def share(one: str, other: str) -> int:
    """How many units two wordings share: unit bigrams and stems.

    >>> share("认真落实两国元首共识", "俄方愿同中方认真落实两国元首达成的重要共识")
    8
    """
    return len(_telling(one) & _telling(other))


def rare(one: str, other: str, readout: str) -> int:
    """How many units ``one`` and ``other`` share that ``readout`` (the text ``other`` stands in)
    says once at most: Chinese character pairs as written, stems in the case-folded text.

    >>> rare("two leaders met in Paris", "they met in Paris", "They met in Paris. Paris was calm.")
    0
    """
    return sum(
        _said(readout, unit) <= 1 for unit in _telling(one) & _telling(other) if " " not in unit
    )  # two stems with a space: a place in the text no count reads


@lru_cache(maxsize=1024)
def _said(readout: str, unit: str) -> int:
    """How often ``unit`` stands in ``readout`` (a pair of Chinese characters as written, a stem
    in the case-folded text), counted to two: a unit said all over a long readout is found
    near its start, and only a rare one is looked for to the end."""
    text = readout if re.match(f"[{_CJK}]", unit) else _casefolded(readout)
    first = text.find(unit)
    return 0 if first < 0 else 1 if text.find(unit, first + 1) < 0 else 2


@lru_cache(maxsize=4)
def _casefolded(text: str) -> str:
    return text.casefold()


def stretches(text: str, start: int, end: int, taken: bytearray) -> Iterator[Clause]:
    """The silent clauses of ``text[start:end]`` (a sentence): each clause (:data:`_CUT`) no
    character of which an entry has ``taken``, its edges' spaces and marks trimmed, of two units
    or more; each span with its line. A piece of a clause left between two entries is no
    stretch: it starts or stops inside a name, a list or a title.

    >>> text = "They discussed trade, and Russia's war against Ukraine."
    >>> [c[1] for c in stretches(text, 0, len(text), bytearray(len(text)))]
    ['They discussed trade', "and Russia's war against Ukraine"]
    >>> [c[1] for c in stretches(text, 0, len(text), bytearray(b"\x01" * 4 + bytes(51)))]
    ["and Russia's war against Ukraine"]
    """
    cuts = [m.start() for m in _CUT.finditer(text, start, end)]
    for low, high in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        if 1 in taken[low:high]:
            continue
        piece = text[low:high]
        words = _EDGE.sub("", piece)
        if words and len(units(words)) >= 2:
            at = low + piece.find(words)
            yield lined(text, Span(start=at, end=at + len(words), line=0)), words


def _taken(formulas: Sequence[Formula], text: str, side: int) -> bytearray:
    """The characters of one readout (``side``: 0 for A) some entry has a span in."""
    taken = bytearray(len(text))
    for f in formulas:
        for span in (f.a_spans, f.b_spans)[side]:
            if span.start < (end := min(span.end, len(text))):
                taken[span.start : end] = b"\x01" * (end - span.start)
    return taken


def _one_best(wording: str, pool: Sequence[Clause], readout: str) -> Clause | None:
    """The stretch of ``pool`` sharing most with ``wording`` (no tie), when :data:`RARE` of the
    shared units are rare in ``readout``."""
    scored = sorted(((share(wording, c[1]), n) for n, c in enumerate(pool)), reverse=True)
    if not scored or scored[0][0] < RARE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None  # fewer shared than RARE: fewer rare ones too
    best = pool[scored[0][1]]
    return best if rare(wording, best[1], readout) >= RARE else None


def paired_halves(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped or appeared entry (not the user's) whose other half
    is a silent stretch of the sentences aligned with its own made one *changed* entry (see the
    module)."""
    halves = [
        (n, 0 if f.status is FormulaStatus.DROPPED else 1)
        for n, f in enumerate(formulas)
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER
        and len(f.a_spans if f.status is FormulaStatus.DROPPED else f.b_spans) == 1
        and (f.a_text or f.b_text)
    ]  # fmt: skip
    if not halves:
        return tuple(formulas)
    readouts = (a, b)
    paired = _paired(alignments)
    wanted: list[list[tuple[int, int]]] = [[], []]  # each side's halves in a pair: (entry, pair)
    for n, side in halves:
        f = formulas[n]
        at = sentence_at(readouts[side], (f.a_spans, f.b_spans)[side][0].start).index
        if (number := paired[side].get(at)) is not None:
            wanted[side].append((n, number))
    claimed: dict[tuple[int, int], list[tuple[int, Clause]]] = {}
    for side in (0, 1):
        if not wanted[side]:
            continue
        other = readouts[1 - side]
        taken = _taken(formulas, other.text, 1 - side)
        pools: dict[int, list[Clause]] = {}
        for n, number in wanted[side]:
            if number not in pools:
                pools[number] = [
                    clause
                    for sentence in (alignments[number].b, alignments[number].a)[side]
                    for clause in stretches(
                        other.text, sentence.span.start, sentence.span.end, taken
                    )
                ]
            f = formulas[n]
            found = _one_best(f.a_text or f.b_text or "", pools[number], other.text)
            if found is not None:
                claimed.setdefault((1 - side, found[0].start), []).append((n, found))
    return silent_taken(formulas, claimed)


def _paired(alignments: Sequence[Alignment]) -> tuple[dict[int, int], dict[int, int]]:
    """Each aligned sentence of A and of B (by index) -> the number of its pair: an alignment
    with sentences on both sides (``placed_halves_zh.places``' pairs)."""
    out: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for number, alignment in enumerate(alignments):
        if alignment.a and alignment.b:
            out[0].update(dict.fromkeys((s.index for s in alignment.a), number))
            out[1].update(dict.fromkeys((s.index for s in alignment.b), number))
    return out
