"""A standing line whose noun of commitment or support stays and whose object changes.

What a readout commits to or supports is its policy line, and the noun that governs it
("commitment to …", "support for …", :data:`complement.HEADS`) is what marks it as one: in
a passage the aligner found changed, "his commitment to repair and revitalize the U.S.-EU
partnership" → "his commitment to continue implementing the outcomes from the June U.S.-EU
Summit" is one line reworded, whatever words the lexicon knows. Here every two sentences of
one changed aligned pair (one of each readout) are read for the same such noun with an
object on each side (:func:`complement.through_object`: up to punctuation, a clause word or
another preposition); the two are one line changed when

- each object holds a content word that is not the stock of readouts ("support for
  efforts" says nothing), and the two objects' content words differ, the share both hold at
  most :data:`SHARED` of the shorter's (a line said again with a word more or less is the
  same line: "support for Ukraine" / "support for Ukraine's sovereignty"), and not only in
  names ("commitment to the defense of the ROK" / "… of the Republic of Korea");
- neither object's content words stand mostly (:data:`MOVED`) together elsewhere in the
  other sentence (the object moved within the passage, not replaced);
- the two wordings are not one formula in two inflections, and neither is a name, an office,
  a date, boilerplate or a cut (:func:`noise.why`).

The wording runs from the noun through its object on each side; the entry is named by the
noun.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Rome.\\n\\nHe underscored his support for the European Union and his commitment to repair and revitalize the U.S.-EU partnership.")
>>> b = from_text("They met in Rome.\\n\\nHe reaffirmed his support for the European Union, a fundamental partner, and his commitment to continue implementing the outcomes from the June U.S.-EU Summit.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'commitment to repair and revitalize the U.S.-EU partnership', 'commitment to continue implementing the outcomes')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.complement import HEADS, through_object
from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import STOCK, Words
from readoutdiff.formulas.words.wording import same_formula, strip

SHARED = 0.5
"""Share of the shorter object's content words both objects hold above which the line is kept."""
QUALIFIERS = 2
"""Most lower-case words between a possessive and the noun it holds ("their shared and
steadfast commitment" has three, "shared and steadfast" counted as two)."""
POSSESSIVES = frozenset("his her their our its my your".split())
_OWNS = frozenset(("'s", "’s"))
_OWNS_PLURAL = frozenset("'’")
_JOINS = frozenset(("and", "or"))
MOVED = 0.6
"""Share of an object's content words the other sentence holds in one run above which it moved."""


def lines(a: View, b: View, together: Sequence[tuple[int, int]]) -> list[Wording]:
    """Every line of :data:`complement.HEADS` whose object changed, in the sentence pairs
    ``together`` (A sentence, B sentence: sentences of one changed aligned pair)."""
    out: list[Wording] = []
    # Where each distinct sentence says a noun of HEADS, read once: a sentence of a pair of
    # many stands in a pair with each of the other side's, and two in three say none, which
    # leaves the pair at once (its stems tuple is one text's: ids, all alive during the call).
    said: dict[int, dict[str, list[int]]] = {}
    texts = (a.readout.text, b.readout.text)
    for x, y in together:
        out += pair_lines(x, y, (a.words[x], b.words[y]), texts, said)
    return out


def pair_lines(
    x: int, y: int, words: tuple[Words, Words], texts: tuple[str, str],
    said: dict[int, dict[str, list[int]]],
) -> list[Wording]:  # fmt: skip
    """The lines of :func:`lines` in sentence ``x`` of A and ``y`` of B (``words``, of the
    readouts' ``texts``); ``said``: where each sentence read so far says a noun of HEADS."""
    (wa, wb), (text_a, text_b) = words, texts
    heads_b = _heads(wb.stems, said)
    if not heads_b:
        return []
    heads_a = _heads(wa.stems, said)
    out: list[Wording] = []
    shared = sorted((k, s) for s in heads_a.keys() & heads_b.keys() for k in heads_a[s])
    for k, s in shared:
        if not held(text_a, wa, k):
            continue
        la = through_object(text_a, wa, k)
        if la is None:
            continue
        for kb in heads_b[s]:
            if not held(text_b, wb, kb):
                continue
            lb = through_object(text_b, wb, kb)
            if lb is not None and _changed(wa, (k, la), wb, (kb, lb)):
                out.append((x, y, (k, la, kb, lb), (s,)))
    return out


def _heads(stems: tuple[str, ...], said: dict[int, dict[str, list[int]]]) -> dict[str, list[int]]:
    """Each noun of :data:`complement.HEADS` the sentence says -> where, read once per stems
    tuple (``said``); none when the sentence holds none, told in C."""
    found = said.get(id(stems))
    if found is None:
        found = said[id(stems)] = {}
        if not HEADS.isdisjoint(stems):
            for k, s in enumerate(stems):
                if s in HEADS:
                    found.setdefault(s, []).append(k)
    return found


def _said(words: Words, first: int, last: int) -> frozenset[str]:
    return frozenset(_content(words, first, last))


def held(text: str, words: Words, k: int) -> bool:
    """Someone holds the noun at ``k``: a possessive stands before it, at most
    :data:`QUALIFIERS` lower-case words apart ("his commitment", "the United States' steadfast
    support", "Canada's support"); a noun said of no one ("renewed American commitment to
    multilateral organizations", a list's "commitment to equity") is a topic, not a line."""
    j, qualifiers = k - 1, 0
    while j >= 0 and qualifiers <= QUALIFIERS and not words.breaks[j + 1]:
        stem = words.stems[j]
        if stem in POSSESSIVES:
            return True
        if words.caps[j]:
            end = words.end(j)
            return text[end - 2 : end] in _OWNS or text[end : end + 1] in _OWNS_PLURAL
        if stem in words.stop_words and stem not in _JOINS:
            return False
        qualifiers += stem not in _JOINS
        j -= 1
    return False


def _telling(words: Words, first: int, last: int) -> bool:
    """An object that says what: a content word that is not the stock of readouts ("support
    for efforts")."""
    return any(counts(s, words.stop_words) and s not in STOCK for s in words.stems[first:last])


def _lower(words: Words, first: int, last: int) -> frozenset[str]:
    return frozenset(
        strip(s) for s, cap in zip(words.stems[first:last], words.caps[first:last], strict=True)
        if counts(s, words.stop_words) and not cap
    )  # fmt: skip


def _content(words: Words, first: int, last: int) -> tuple[str, ...]:
    return tuple(strip(s) for s in words.stems[first:last] if counts(s, words.stop_words))


def _moved(words: Words, at: tuple[int, int], other: Words, its: tuple[int, int]) -> bool:
    """The content words of the object ``at`` stand together, in order, in the other sentence
    outside its object ``its``: the object moved within the passage ("commitment to work
    together … to include the establishment of a Palestinian state" / "commitment to the
    establishment of a Palestinian state"), not replaced; its words said apart there do not
    count ("North American economic cooperation" / "… for North American competitiveness")."""
    said = _content(words, *at)
    there = _content(other, 0, its[0]) + ("",) + _content(other, its[1], len(other.stems))
    n = len(said)
    while n and n >= MOVED * len(said):
        if any(_holds(there, said[i : i + n]) for i in range(len(said) - n + 1)):
            return True
        n -= 1
    return False


def _holds(long: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(long[i : i + n] == run for i in range(len(long) - n + 1))


def _changed(wa: Words, at_a: tuple[int, int], wb: Words, at_b: tuple[int, int]) -> bool:
    (ka, la), (kb, lb) = at_a, at_b
    said_a, said_b = _said(wa, ka + 2, la), _said(wb, kb + 2, lb)
    if not (said_a and said_b and _telling(wa, ka + 2, la) and _telling(wb, kb + 2, lb)):
        return False
    if _lower(wa, ka + 2, la) == _lower(wb, kb + 2, lb):
        return False  # only names differ: "the defense of the ROK" / "… of the Republic of Korea"
    if len(said_a & said_b) > SHARED * min(len(said_a), len(said_b)):
        return False
    if _moved(wa, (ka + 2, la), wb, (kb, lb)) or _moved(wb, (kb + 2, lb), wa, (ka, la)):
        return False
    if noise.why(wa, ka, la) or noise.why(wb, kb, lb):
        return False
    return not same_formula(" ".join(wa.stems[ka:la]), " ".join(wb.stems[kb:lb]))
