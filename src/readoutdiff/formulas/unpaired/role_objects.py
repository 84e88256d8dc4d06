"""The object of one reporting verb said again otherwise, in one aligned pair (acc32, a trial).

"discussed opportunities to bolster bilateral economic cooperation" -> "discussed strengthening
and broadening economic cooperation bilaterally": in an aligned pair of one sentence a side,
a verb of one class (:data:`ROLES`: discussed, reaffirmed, welcomed, agreed to, expressed,
condemned, supported, called for), said once in each sentence, governs two objects that
differ; they are one *changed* entry when

- the verb is in the past, the readout's reporting voice ("the treaty extends to …" says
  no line);
- each object runs from after the verb to the clause's end (punctuation, or "and" before a
  verb in "-ed" or "to"); a comma before another member of a list ("stability, peace, and
  economic growth") ends none; after whom it thanks ("thanked the Prime Minister for his
  leadership"), it opens on what they are thanked for;
- the words that differ, once the words both open and close with are taken off, share a
  telling word (a stem of four letters or more, no stop or stock word) and each holds one the
  other lacks: an object that only grows or shrinks is no
  rewording, and two topics in one frame ("discussed the grain deal / the energy crisis with
  partners in Geneva") share only the frame;
- neither holds a number, and the shared word is no adverb in "-ly" ("collaborating closely
  with its members" / "coordinating closely on shared priorities");
- no earlier rule tells the two objects apart (acc33): one owned head with complements that
  share no word (:func:`owned.told_apart`: "Indonesia's leadership in ASEAN" / "its
  leadership on global health issues"), or one noun's governing frame whose objects
  :func:`framed.two_things` calls two lines ("assistance to the civilian population of Gaza" /
  "… to Palestinians in Gaza"); a verb's object after "to" is left to this rule.

English pairs only, with mining on (the ids are mined ids); the entries are told last
(:func:`told_last.last`), only where no other entry stands. Measured on the dev,
outside-tuning and (aggregate) held-out English pairs in benchmarks/README.md, "acc32" and
"acc33": six of its seven dev entries are right.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> said = "They met in Manila.\\n\\nThe leaders discussed {}."
>>> a = from_text(said.format("opportunities to bolster bilateral economic cooperation"))
>>> b = from_text(said.format("strengthening and broadening economic cooperation bilaterally"))
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'opportunities to bolster bilateral economic cooperation', 'strengthening and broadening economic cooperation bilaterally')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.succession.told_last import changed_entry
from readoutdiff.formulas.unpaired import framed, owned
from readoutdiff.formulas.unpaired.owned_phrases import phrases
from readoutdiff.formulas.words.phrases import STOCK, Words, key
from readoutdiff.formulas.words.roles import STOP_WORDS, stop_words
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import (
    Alignment,
    Formula,
    Sentence,
    Span,
)
from readoutdiff.text.remembered import Remembered
from readoutdiff.text.shared_runs import differing

ROLES: dict[str, tuple[str, ...]] = {
    "discussed": ("discuss", "review", "exchang", "talk", "consult", "spoke", "speak", "address"),
    "reaffirmed": (
        "reaffirm", "affirm", "underscor", "underlin", "emphasi", "stress", "highlight",
        "reiterat", "note", "recogni", "acknowledg", "confirm",
    ),
    "welcomed": (
        "welcom", "commend", "prais", "applaud", "thank", "congratulat", "appreciat", "hail",
    ),
    "agreed to": (
        "agree", "commit", "pledg", "decid", "resolv", "vow", "promis", "look", "plan", "intend",
    ),
    "expressed": ("express", "convey", "offer", "extend", "share"),
    "condemned": ("condemn", "denounc", "deplor", "reject"),
    "supported": ("support", "back", "endors"),
    "called for": ("call", "urg", "encourag", "ask"),
}  # fmt: skip
"""Verb classes by the opening letters of the verb (lower case)."""

_CLAUSE_END = re.compile(r",|;|:|\.(?<![A-Z]\.)| and (?=[a-z]+ed\b|to\b)")
"""A clause's end: a comma, semicolon or colon, a full stop after no capital, "and" before a
verb in "-ed" or "to". Each branch opens on a character (the full stop's test after it): the
search skips to those in C instead of trying every branch at every character."""
_MEMBER = re.compile(
    r",\s+(?:and|or)\s+(?!(?:the|he|she|they|we|both|to)\b|[a-z]+ed\b)[a-z]"
    r"|,\s+(?!(?:including|such|in|on|for|with|to|of|as|at|by|from)\b)(?:[\w’'-]+\s+){0,3}?"
    r"[\w’'-]+(?:,|,?\s+(?:and|or)\s)"
)
"""A comma before another member of a list ("stability, peace, and economic growth"): no end."""
_WHOM = re.compile(r"(?:(?:the|his|her|His|Her)\s+|)(?:[A-Z][\w’'.-]*\s+){1,5}for\s+")
"""Whom a verb thanks, before "for" and what it thanks them for: capitalised words."""
_ABBREVIATION = re.compile(r"\.[A-Z]\.$")
"""A sentence ending on an abbreviation ("the U.S."): its last full stop is the abbreviation's."""
_DULL = stop_words("en") | frozenset(map(strip, STOCK)) | STOCK


_FORMS = re.compile(r"(?<![A-Za-z'-])[a-z][a-z'-]*(?:ed|s|ing)\b")
"""A lower-case word in "-ed", "-s" or "-ing": a verb of :data:`ROLES` is one of them."""
_HEADS: dict[str, list[tuple[str, str]]] = {}
for _name, _stems in ROLES.items():
    for _stem in _stems:
        _HEADS.setdefault(_stem[:3], []).append((_stem, _name))
"""The verbs' opening letters by their first three, with their class: one dict test a word."""


_DIGIT_LETTER = re.compile(r"[0-9][a-z]")
"""A digit before a lower-case letter: a word of :data:`_FORMS` may start inside a stem there."""
_ODD = re.compile("[^\x00-\x7f’‘“”—–\u00a0]")
"""A character past ASCII other than a quote, a dash or a no-break space (none of them in a
stem, each folded to one character that is in none): a letter, or what folds otherwise."""
PAST = frozenset(
    form
    for stems in ROLES.values()
    for stem in stems
    for form in (
        stem + "ed",
        stem + "d",
        stem + stem[-1] + "ed",
        stem + "zed",
        stem + "sed",
        stem + "ted",
    )
    if form.endswith("ed") and not form.endswith("eed") or form == "agreed"
)
"""The past forms of the verbs of :data:`ROLES` as a sentence's stems hold them ("discussed",
"noted", "committed", "emphasized"): a pair is read only when both sentences hold one, one set
test a side before any regex (:func:`role_objects`)."""


def telling(text: str) -> frozenset[str]:
    """The telling stems of ``text``: no adverb in "-ly", which says how, not of what
    ("collaborating closely with its members" / "coordinating closely on shared priorities")."""
    return frozenset(
        strip(k) for k in key(text, chinese=False) if len(k) > 3 and not k.isdigit() and k not in _DULL
        and strip(k) not in _DULL and not k.endswith("ly")
    )  # fmt: skip


def verbs(text: str, words: Words | None = None) -> dict[str, list[int]]:
    """Each class's verbs in a sentence: where a verb in the past ends, -1 for a verb of the
    class in another form ("-s", "-ing"), which governs no object here ("the treaty extends
    to …").

    With the sentence's ``words``, the words of :data:`_FORMS` are read only where a stem
    opens as a verb of a class: in ASCII text (quotes, dashes and no-break spaces aside) with
    no digit before a lower-case letter, such a
    word starts where a stem starts (a letter, an apostrophe or a hyphen before it is no
    start), and the stem opens with the word's letters (no plural or possessive ending takes
    off an opening), so the same words are found, one look-up a stem in C."""
    if words is None or not (text.isascii() or not _ODD.search(text)) or _DIGIT_LETTER.search(text):
        return _verbs_read(text)
    stems = words.stems
    out: dict[str, list[int]] = {}
    for k in compress(range(len(stems)), map(_ROLE_OF, stems)):
        if (m := _FORMS.match(text, words.offsets[k])) is not None:
            end = m.end()
            out.setdefault(_ROLE_OF(stems[k]), []).append(
                end if text.endswith("ed", 0, end) else -1
            )
    return out


def _role(word: str) -> str:
    """The class of the verb of :data:`ROLES` that ``word`` opens as, or ""."""
    for opening, name in _HEADS.get(word[:3], ()):
        if word.startswith(opening):
            return name
    return ""


_ROLE_OF = Remembered(_role).__getitem__
"""Each stem met: the class of the verb of :data:`ROLES` it opens as, "" for none (remembered
for the process: a hit is one look-up in C)."""


def _verbs_read(text: str) -> dict[str, list[int]]:
    """:func:`verbs` read from the text alone."""
    out: dict[str, list[int]] = {}
    for m in _FORMS.finditer(text):
        word = m.group()
        if name := _role(word):
            out.setdefault(name, []).append(m.end() if word.endswith("ed") else -1)
    return out


def extent(text: str, after: int) -> tuple[int, int]:
    """The object of the verb ending at ``after``: (start, end) offsets in ``text``, with no
    space at either end."""
    stop = _CLAUSE_END.search(text, after + 1)
    while stop and _MEMBER.match(text, stop.start()):
        stop = _CLAUSE_END.search(text, stop.start() + 1)
    end = stop.start() if stop else len(text.rstrip())
    if text.endswith(".", after, end) and not _ABBREVIATION.search(text, after, end):
        end -= 1  # the sentence's full stop after a capital ("… between the United States and the UAE.")
    start = after + (len(text[after:end]) - len(text[after:end].lstrip()))
    if (thanked := _WHOM.match(text, start, end)) is not None:
        start = thanked.end()  # "thanked the Prime Minister for his leadership"
    # no space at the end: a comma after one ("… among Japan-U.S.-ROK , including …")
    return start, start + len(text[start:end].rstrip())


def objects(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each class's objects in a sentence (:func:`verbs`, :func:`extent`); (-1, -1) for a
    verb not in the past."""
    return {
        name: [extent(text, at) if at >= 0 else (-1, -1) for at in ends]
        for name, ends in verbs(text).items()
    }


def _differing(a: str, b: str) -> tuple[str, str]:
    """The words of ``a`` and ``b`` past those both open and close with."""
    xa, xb = a.split(), b.split()
    first_a, last_a, first_b, last_b = differing(xa, xb)
    return " ".join(xa[first_a:last_a]), " ".join(xb[first_b:last_b])


def _span(sentence: Sentence, start: int, end: int) -> Span:
    """Where ``[start, end)`` of ``sentence`` stands in its readout."""
    line = sentence.span.line + sentence.text.count("\n", 0, start)
    return Span(start=sentence.span.start + start, end=sentence.span.start + end, line=line)


def _untold(span: Span) -> bool:
    """No entry told before: every span free."""
    return False


def role_objects(
    pair: Alignment,
    views: tuple[View, View],
    told: tuple[Callable[[Span], bool], Callable[[Span], bool]] = (_untold, _untold),
) -> list[Formula]:
    """The changed entries of one aligned pair of one sentence a side. ``told`` tests whether
    a span of A or of B shares words with an entry told before (:func:`told_last.last`
    keeps none that does): such an object is not read further."""
    if len(pair.a) != 1 or len(pair.b) != 1:
        return []
    (sa,), (sb,) = pair.a, pair.b
    a, b = views
    if PAST.isdisjoint(a.words[sa.index].stems) or PAST.isdisjoint(b.words[sb.index].stems):
        return []  # no verb of a class in the past on one side: no regex read
    va = verbs(sa.text, a.words[sa.index])
    said = sorted(name for name, ends in va.items() if len(ends) == 1 and ends[0] >= 0)
    if not said:
        return []  # no class said once, in the past: B's sentence is not read
    vb = verbs(sb.text, b.words[sb.index])
    found = []
    for name in said:
        ends = vb.get(name, ())
        if len(ends) != 1 or ends[0] < 0:
            continue  # said twice, or not in the past
        a0, a1 = extent(sa.text, va[name][0])
        ta = sa.text[a0:a1]
        if len(ta) < 8 or any(map(str.isdigit, ta)) or told[0](span_a := _span(sa, a0, a1)):
            continue  # B's object is not read
        b0, b1 = extent(sb.text, ends[0])
        tb = sb.text[b0:b1]
        if ta == tb or len(tb) < 8 or any(map(str.isdigit, tb)):
            continue
        if told[1](span_b := _span(sb, b0, b1)):
            continue
        da, db = _differing(ta, tb)
        xa = telling(da)
        if not xa:
            continue
        xb = telling(db)
        if not xa & xb or xa == xb:
            continue  # two topics in one frame ("the grain deal" / "the energy crisis" with …)
        if _two_things((a, a.words[sa.index], span_a), (b, b.words[sb.index], span_b)):
            continue
        anchor = phrase_id("mined", _named(da, db, xa & xb))
        found.append(changed_entry((ta, tb), (span_a, span_b), anchor, pair.score))
    return found


_NAMED_REACH = 4
"""Stems after a lone shared word that may hold the word both objects say next."""


def _named(da: str, db: str, shared: frozenset[str]) -> list[str]:
    """The stems naming the formula two objects keep: their shared telling words; a lone one
    with the next content word both say within :data:`_NAMED_REACH` stems after it, so that
    an adjective names no formula on its own ("economic" of "bolster bilateral economic
    cooperation" / "broadening economic cooperation bilaterally": "economic cooperation";
    fix8)."""
    if len(shared) != 1:
        return sorted(shared)
    (word,) = shared
    after = []
    for text in (da, db):
        stems = [strip(k) for k in key(text, chinese=False)]
        at = stems.index(word) if word in stems else len(stems)
        after.append(
            [k for k in stems[at + 1 : at + 1 + _NAMED_REACH] if len(k) > 3 and k not in STOP_WORDS]
        )
    return [word, *[k for k in after[0] if k in after[1]][:1]]


def _two_things(at_a: tuple[View, Words, Span], at_b: tuple[View, Words, Span]) -> bool:
    """Whether an earlier rule judges the two objects two things, not one reworded: the same
    owned head with complements that share no word (:func:`owned.told_apart`: "Indonesia's
    leadership in ASEAN" / "its leadership on global health issues"), or the same governing
    frame word of a noun with objects :func:`framed.two_things` tells apart ("assistance to the
    civilian population of Gaza" / "assistance to Palestinians in Gaza" share only the
    place)."""
    (a, wa, span_a), (b, wb, span_b) = at_a, at_b
    within_a, within_b = _within(wa, span_a), _within(wb, span_b)
    owned_a = [p for p in phrases(a, wa, within_a) if _inside(wa, p.first, p.last, span_a)]
    if owned_a:
        owned_b = [p for p in phrases(b, wb, within_b) if _inside(wb, p.first, p.last, span_b)]
        if any(x.head == y.head and owned.told_apart(x, y) for x in owned_a for y in owned_b):
            return True
    memo: dict[tuple[str, int, int], tuple[str, ...]] = {}
    framed_a = [
        framed._keyed(a, c, memo)
        for c in framed.clauses(a, wa, within=within_a)
        if not c.word.startswith("to ") and _inside(wa, c.first, c.last, span_a)
    ]
    if not framed_a:
        return False
    framed_b = [
        framed._keyed(b, c, memo)
        for c in framed.clauses(b, wb, within=within_b)
        if not c.word.startswith("to ") and _inside(wb, c.first, c.last, span_b)
    ]
    return any(
        x.word == y.word and framed.two_things(a, b, x, y) for x in framed_a for y in framed_b
    )  # a noun's frame only: a verb's object after "to" is what this rule itself judges


def _inside(words: Words, first: int, last: int, span: Span) -> bool:
    """Words [first, last) stand within ``span``."""
    return last > first and words.start(first) >= span.start and words.end(last - 1) <= span.end


def _within(words: Words, span: Span) -> range:
    """The numbers of the words that stand within ``span``: a phrase or clause inside it has
    its owner or frame word among them (read only there)."""
    first = bisect_left(words.offsets, span.start - words.base)
    return range(first, max(first, bisect_right(words.stops, span.end - words.base)))
