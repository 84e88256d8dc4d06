"""A clause reworded around one named instrument (English; issue 10 point 3).

Two counterpart sentences (one aligned pair, or both unpaired in one gap of the comparison)
that each name the same agreement, programme or body ("the Strategic Framework Agreement",
"the Italy-Canada Roadmap for Enhanced Cooperation", "the Pakistan Donors Conference"), said
once in each readout, while the predicate around it is replaced ("the U.S. commitment to the
Strategic Framework Agreement with Iraq" / "the bilateral partnership … as outlined in the
Strategic Framework Agreement"), make one *changed* entry: each side's clause around the name,
cut at the clause's edges (a comma, semicolon, colon, dash or bracket; a reporting or past-tense
verb or "including" before it; "and" before such a verb after it).

A name is a run of capitalised words, "of", "the", "for", "on", "in" between (not "and": it
joins two names), headed by one of :data:`INSTRUMENTS` (its word before the first "of"/"for"/
"on"/"in", else its last: "North Atlantic Treaty Organization" is a body's name, no
instrument), two words or more, not the headline's. The clauses must say lower-case words beside
the name, fewer than half of either side's said on both sides (a line said again around its
name is kept, not reworded), and neither may be a topic opening its sentence ("Discussing the
…, the Prime Minister …"); no entry may stand on either. acc61 measured any shared run of words
as the anchor, then any capitalised one: both named mostly other lines (the parties, an office,
a place, the meeting's headline; benchmarks/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import compress, count, repeat
from operator import attrgetter, is_not

from readoutdiff.align.similarity import STOP_WORDS
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.formulas.words.spans import changed_at
from readoutdiff.languages.wordshape import Shape
from readoutdiff.model import (
    Alignment,
    Formula,
    Readout,
    Sentence,
    Span,
    Status,
)

INSTRUMENTS = frozenset(
    {
        "agreement",
        "accord",
        "treaty",
        "framework",
        "roadmap",
        "initiative",
        "programme",
        "program",
        "strategy",
        "plan",
        "declaration",
        "conference",
        "committee",
        "coalition",
        "group",
        "goals",
        "deal",
        "mechanism",
        "dialogue",
        "council",
        "forum",
    }
)
"""Head words of a named instrument (an agreement, programme or body); a summit or visit is an
occasion, a line of its own."""
ID = "mined:anchored-clause"
_WORD = re.compile(r"\w(?:[\w'’.\-–]*\w|)")
_TITLED = frozenset(w.title() for w in INSTRUMENTS)
_STEMS = INSTRUMENTS - {"goals"} | {"goal"}
"""The instruments' words as stems (:class:`Words`): a sentence without one names none."""
_NAME = re.compile(
    r"[A-Z](?<![\w'’.\-–].)(?:[\w'’.\-–]*\w|)(?:(?:\s+(?:of|the|for|on|in))*\s+[A-Z](?:[\w'’.\-–]*\w|))*"
)
"""A name: capitalised words, with "of", "the", "for", "on", "in" between (a bracket, comma,
quote or "and" ends it)."""
_INITIAL = re.compile(r"[A-Z]\.?")
_SPACED = re.compile(r"\S+")
_EDGE = frozenset(",;:—()[]")
_JOINING = frozenset({"of", "the", "for", "on", "in"})
"""Lower-case words inside a name ("Coalition of the Willing"); "and" joins two names."""
_HEAD_ENDS = _JOINING - {"the"}
"""The words a name's head stands before ("Roadmap for …"): :data:`_JOINING` but "the"."""
_NOT_VERB_AFTER = frozenset(
    "as be been was were is are by the a an their its his her our newly has have had".split()
)
_IRREGULAR_PAST = frozenset({"spoke"})
"""Reporting verbs in the past tense that :func:`_verb`'s "-ed" reading misses ("reaffirmed",
"welcomed", "discussed" … end in "-ed" and are read by it)."""
_Tokens = list[tuple[str, int, int]]
_UNCHANGED = Status.UNCHANGED
_STATUS = attrgetter("status")
Views = tuple[Sequence[Words], Sequence[Words]]


def anchored_clauses(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment],
    views: Views | None = None,
) -> tuple[Formula, ...]:  # fmt: skip
    """Return ``formulas`` with one *changed* entry for each named instrument whose clause two
    counterpart sentences word differently (see the module); ``views``: the words of each
    readout's sentences, when the caller has them."""
    if a.language != "en" or b.language != "en":
        return tuple(formulas)
    if views is None:
        memo: dict[str, Shape] = {}
        views = (readout_words(a, memo), readout_words(b, memo))
    places = _places(alignments)
    names_a, names_b = _named(a, views[0], places[0]), _named(b, views[1], places[1])
    shared = sorted(
        (*names_a[run][0], *names_b[run][0], run)
        for run in names_a.keys() & names_b.keys()
        if len(names_a[run]) == len(names_b[run]) == 1
    )
    made: list[Formula] = []
    for i, start_a, end_a, j, start_b, end_b, _run in shared:
        sa, sb = a.sentences[i], b.sentences[j]
        if places[0][i] != places[1][j] or sa.folded == sb.folded:
            continue  # not counterparts, or one sentence said again
        ta, tb = _tokens(sa.text), _tokens(sb.text)
        fa, la = _words_of(ta, start_a, end_a)
        fb, lb = _words_of(tb, start_b, end_b)
        ca, cb = _clause(sa.text, ta, fa, la), _clause(sb.text, tb, fb, lb)
        if not _replaced(ta, ca, fa, la, tb, cb, fb, lb):
            continue
        if a.text.count(sa.text[start_a:end_a]) != 1 or b.text.count(sb.text[start_b:end_b]) != 1:
            continue  # said again elsewhere: the name is the topic, not one line
        span_a, span_b = _span(sa, ta, ca), _span(sb, tb, cb)
        if any(_hits(f.a_spans, span_a) or _hits(f.b_spans, span_b) for f in (*formulas, *made)):
            continue
        made.append(changed_at(a, b, (span_a, span_b), ID))
    return (*formulas, *made) if made else tuple(formulas)


def _places(alignments: Sequence[Alignment]) -> tuple[dict[int, int], dict[int, int]]:
    """For each side, the place of each sentence not kept word for word: the number of its
    aligned pair, or of the gap (a run of unpaired sentences between two pairs) it stands in;
    two sentences are counterparts when their places are the same."""
    places: tuple[dict[int, int], dict[int, int]] = ({}, {})
    gap = None
    # Only the alignments not kept word for word are read (picked in C: most of a long
    # readout's are kept); one kept between two read ends the gap (branch sp98).
    read = compress(count(), map(is_not, map(_STATUS, alignments), repeat(_UNCHANGED)))
    after = -1  # the last alignment read
    for n in read:
        if n != after + 1:
            gap = None  # a kept sentence between
        after = n
        alignment = alignments[n]
        if alignment.a and alignment.b:
            gap = None
            place = n
        else:
            gap = n if gap is None else gap
            place = gap
        for s in alignment.a:
            places[0][s.index] = place
        for s in alignment.b:
            places[1][s.index] = place
    return places


def _named(
    readout: Readout, view: Sequence[Words], read: Mapping[int, int]
) -> dict[tuple[str, ...], list[tuple[int, int, int]]]:
    """Each named instrument of the sentences ``read`` of ``readout`` (its folded words) and
    where it stands: the sentence (the headline left out) and the name's first and end
    character in it. A sentence without an instrument's word, capitalised, names none."""
    found: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
    for n in sorted(read):
        if not n or _STEMS.isdisjoint(view[n].stems):
            continue  # the headline names the meeting, not a line; no instrument's word
        text = readout.sentences[n].text
        for match in _NAME.finditer(text):
            if _TITLED.isdisjoint(match.group().split()):
                continue  # a name, not an instrument's ("President Biden")
            opening = _WORD.search(text, 0, match.start()) is None
            words = [(w.group(), w.start(), w.end()) for w in _SPACED.finditer(match.group())]
            folded = [_fold(w) for w, _, _ in words]
            first = _first_of_name(words) if opening else 0
            for k, (word, start, _) in enumerate(words):
                if k < first or (k > first and words[k - 1][0][0].isupper()):
                    continue  # a name opens on a capitalised word after "of" …, not inside one
                if word[0].isupper():
                    run = tuple(folded[k:])
                    if _instrument(run, words[k:]):
                        at = match.start()
                        found.setdefault(run, []).append((n, at + start, at + words[-1][2]))
    return found


def _first_of_name(words: list[tuple[str, int, int]]) -> int:
    """Where a name may open in a run of capitalised words that opens its sentence, whose first
    capital may be the sentence's: after a stop word ("The Strategic Framework Agreement …",
    "This …", "At …"), at the first word when it is none and the next is capitalised too
    ("Ukraine Defense Contact Group …"), else after a lower-case word only ("Discussing the
    Coalition of the Willing …"). An acronym is no stop word, though its letters spell one
    ("WHO Framework Convention …", "IT Cooperation Plan": rev11).

    >>> _first_of_name([(t, 0, 0) for t in "The Joint Steering Group for Advanced".split()])
    1
    >>> _first_of_name([(t, 0, 0) for t in "WHO Framework Convention".split()])
    0
    """
    first = words[0][0]
    if first.lower() in STOP_WORDS and not (len(first) > 1 and first.isupper()):
        return 1
    return 0 if len(words) > 1 and words[1][0][0].isupper() else 1


def _fold(text: str) -> str:
    return text.casefold().replace("–", "-").replace("’", "'")


def _tokens(text: str) -> _Tokens:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _instrument(run: tuple[str, ...], words: list[tuple[str, int, int]]) -> bool:
    """Whether a name's words are an instrument's: two or more, headed by one of
    :data:`INSTRUMENTS`, no initial."""
    return (
        len(run) >= 2
        and _head(run) in INSTRUMENTS
        and not any(_INITIAL.fullmatch(w) for w, _, _ in words)
    )


def _words_of(toks: _Tokens, start: int, end: int) -> tuple[int, int]:
    """The words ``[first, last)`` of ``toks`` from character ``start`` to ``end``."""
    first = next(k for k, t in enumerate(toks) if t[1] >= start)
    last = next((k for k in range(first, len(toks)) if toks[k][1] >= end), len(toks))
    return first, last


def _head(run: Sequence[str]) -> str:
    """The head of a name: its word before the first "of", "for", "on" or "in" ("Roadmap for
    Enhanced Cooperation", "Coalition of the Willing"), else its last ("… Treaty
    Organization")."""
    for k, word in enumerate(run):
        if k and word in _HEAD_ENDS:
            return run[k - 1]
    return run[-1]


def _verb(toks: _Tokens, k: int) -> bool:
    """A lower-case reporting or past-tense verb (not a participle after "as", "been" …)."""
    word = toks[k][0]
    if not word.islower() or not (
        word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)
    ):
        return False
    return k == 0 or toks[k - 1][0].casefold() not in _NOT_VERB_AFTER


def _clause(text: str, toks: _Tokens, first: int, last: int) -> tuple[int, int]:
    """The words ``[lo, hi)`` of the clause around words ``[first, last)``: from after a
    punctuation mark, a reporting or past-tense verb or "including", to before a punctuation
    mark or "and"/"or" and such a verb; an abbreviation in brackets right after the name is
    read over ("… Committee (EPCC) meeting in July")."""
    lo = first
    while lo > 0 and _EDGE.isdisjoint(text[toks[lo - 1][2] : toks[lo][1]]):
        if _verb(toks, lo - 1) or toks[lo - 1][0] == "including":
            break
        lo -= 1
    hi = last
    while hi < len(toks):
        between = text[toks[hi - 1][2] : toks[hi][1]]
        if hi == last and between == " (" and _abbreviation(text, toks, hi):
            hi += 2 if hi + 1 < len(toks) and text[toks[hi][2] :].startswith(") ") else 1
            continue
        if not _EDGE.isdisjoint(between):
            break
        if toks[hi][0] in ("and", "or") and hi + 1 < len(toks) and _verb(toks, hi + 1):
            break
        hi += 1
    return lo, hi


def _abbreviation(text: str, toks: _Tokens, k: int) -> bool:
    """Whether word ``k`` is an abbreviation closed by a bracket: "(EPCC)"."""
    word = toks[k][0]
    return word.isupper() and text[toks[k][2] : toks[k][2] + 1] == ")"


def _replaced(
    ta: _Tokens, ca: tuple[int, int], fa: int, la: int,
    tb: _Tokens, cb: tuple[int, int], fb: int, lb: int,
) -> bool:  # fmt: skip
    """Whether each clause says lower-case content words outside the name, fewer than half
    of either side's said on both sides (most said again keeps the line: "mutual defense
    commitments under …" / "commitment to the defense of …"), and neither clause is a topic
    opening the sentence ("Discussing the … call, the Prime Minister …")."""
    outside_a = _content(ta[ca[0] : fa] + ta[la : ca[1]])
    outside_b = _content(tb[cb[0] : fb] + tb[lb : cb[1]])
    both = len(outside_a & outside_b)
    return (
        bool(outside_a) and bool(outside_b)
        and 2 * both < min(len(outside_a), len(outside_b))
        and not (_topic(ta, ca) or _topic(tb, cb))
    )  # fmt: skip


def _content(toks: _Tokens) -> frozenset[str]:
    """The stems (six letters) of the lower-case content words of ``toks``."""
    return frozenset(w[:6] for w, _, _ in toks if w.islower() and w not in STOP_WORDS)


def _topic(toks: _Tokens, clause: tuple[int, int]) -> bool:
    """A clause opening the sentence on an "-ing" word: the topic the sentence goes on to."""
    return clause[0] == 0 and toks[0][0].endswith("ing") and toks[0][0][:1].isupper()


def _span(sentence: Sentence, toks: _Tokens, clause: tuple[int, int]) -> Span:
    first = toks[clause[0]][1]
    return Span(
        start=sentence.span.start + first, end=sentence.span.start + toks[clause[1] - 1][2],
        line=sentence.span.line + sentence.text.count("\n", 0, first),
    )  # fmt: skip


def _hits(spans: Sequence[Span], span: Span) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)
