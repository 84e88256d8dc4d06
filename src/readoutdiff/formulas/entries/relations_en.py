"""In English readouts, the relationship of the two parties said under one frame in each readout,
in other words: one line reworded.

A readout says where the relationship stands under a governing word and rewords the
relationship itself: "welcomed the strength of the bilateral relationship" becomes "reaffirmed
the strength of the alliance between the United States and the Philippines", "the strength of
the relationship between our countries" becomes "… between the United States and the United
Kingdom". The two wordings share the frame ("strength of") and a relationship noun and little
else, so no rule pairing by shared words pairs them, and nothing was reported. By convention
(f) of ``eval/formulas/SOURCES.md`` (the same frame, the same topic reworded or widened: the
relationship is the general object) the line is *changed*.

A relationship phrase (:func:`_phrase`) is a noun of :data:`HEADS` in lower case (a capital
names an initiative: "the Partnership for Workers' Rights"), the determiner or possessive
before it within :data:`MODIFIERS` words with no punctuation between, and the parties after it
("between … and …", "with …", when they are names, a possessive and a noun, or "the two
countries"). Its *frame* is the lower-case content word right before the determiner, or before
one preposition before it ("strength of the …", "deepening the …", "deepen our …"), with that
preposition; a verb's endings are left out ("deepen" / "deepening" is one frame). One
*changed* entry is made for a phrase of A and one of B when

- the two frames are one, and each readout says that frame before one relationship phrase
  only;
- the two phrases differ, neither is said word for word in the other readout, and one of them
  is the general relationship (the parties named, or no word before the noun but the parties'
  names and :data:`_GENERAL`): "our economic partnership" / "our maritime cooperation" are two
  fields, two lines by (f);
- neither wording is a name, date, boilerplate or cut (:func:`noise.why`), and no entry stands
  at either wording but a *dropped*, *appeared* or *changed* one lying inside the new wordings
  (a one-sided or cut report of the same line), which the new entry replaces.

Its wordings run from the frame's word to the phrase's end; its id is ``mined:relationship``.

Under two frames, or none, the relationship line is one *changed* entry too when each readout
says one relationship phrase only that names the parties (:func:`_named_at`: after the noun,
"the strong relationship between the United Kingdom and Türkiye", or by names before it, "the
importance of the UK-Türkiye relationship", "deepen UK-Irish ties"), in the sentences the other
readout does not say whole, wherever the aligner put them (both unpaired is the common case),
and

- both nouns name the relationship itself (:data:`_STANDING`: not cooperation, the work done
  in it, said field by field), and the two phrases do not name their parties by two sets of
  names with none in common (:func:`_other_parties`: "the Quad partnership" and "the U.S.-India
  relationship" are two relationships; this holds under one frame too);
- the two differ, neither is said word for word in the other readout nor a name, date,
  boilerplate or cut, neither is told under a frame above, and no entry stands at either
  wording: with no frame said twice, a line another rule told there stands ("a modern civil
  aviation relationship" / "the longstanding partnership", a field and the relationship).

Its wordings run from the determiner (a verb's object: the hand lists quote the noun phrase),
from a noun's frame with its preposition ("importance of the …"), or from the verb before names
with no determiner ("deepen UK-Irish ties"). A point inside an abbreviation ("the U.S.-Nigeria
relationship") is no punctuation in either reading.
Nothing hangs on reading order: swapping A and B swaps the result. Off with
``Options(governing_words=False)``, like the other clause rules. It leans on conventions (d)
and (f): the frame is not the line (its verb may differ in form), the relationship is the
general object.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("Harris welcomed the strength of the bilateral relationship.")
>>> b = from_text("Harris reaffirmed the strength of the alliance between the United States and Japan.")
>>> [(f.status.value, f.a_text, f.b_text) for f in relations_en((), a, b)]
[('changed', 'strength of the bilateral relationship', 'strength of the alliance between the United States and Japan')]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import attrgetter, not_

from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.formulas.words.roles import DETERMINERS
from readoutdiff.formulas.words.spans import changed_at, line_of, overlaps
from readoutdiff.formulas.words.wording import strip
from readoutdiff.languages.wordshape import Shape
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span

HEADS = frozenset(
    {
        "relationship",
        "partnership",
        "alliance",
        "tie",
        "relation",
        "friendship",
        "cooperation",
        "collaboration",
    }
)
"""Stems of the nouns that name the relationship of the parties."""
MODIFIERS = 4
"""Most words between the determiner and the relationship noun ("the U.S.-Ireland bilateral
relationship": u, s, ireland, bilateral)."""
PARTIES = 6
"""Most words of one party named after the noun ("the United States")."""
ID = "mined:relationship"
BOND_ID = "mined:bond"
"""The id of the relationship named once a side by ``unpaired/stance_en.py`` (:mod:`bonds_en
<readoutdiff.formulas.unpaired.bonds_en>`), told before this rule: an entry of this rule at
its place takes it (:func:`_told`)."""
_LINKS = frozenset({"of", "in", "for", "to", "on"})
"""A preposition between a frame's word and the phrase ("strength of the …")."""
_NOT_MODIFIERS = frozenset({"of", "and", "or", "to", "with", "between", "for", "in", "on", "by"})
_OWNERS = frozenset({"our", "their", "two"})
_IN_NAMES = frozenset(("of", "the"))
"""Lower-case words inside a party's name: "the People's Republic of China"."""
Views = tuple[Sequence[Words], Sequence[Words]]
_TEXT = attrgetter("text")
_Phrase = tuple[Words, int, int, tuple[str, ...], bool]
"""A framed relationship phrase: its sentence's words, its frame's word, the word after its
last, its own stems (the frame left out), and whether it is the general relationship (the
parties named, or no word before the noun but names and :data:`_GENERAL`)."""
_GENERAL = frozenset({"bilateral", "two"})
"""Words before a relationship noun that name no field of it (with the parties' names)."""


def relations_en(
    formulas: Sequence[Formula], a: Readout, b: Readout, views: Views | None = None
) -> tuple[Formula, ...]:
    """Return ``formulas`` with one *changed* entry for each frame that A and B each say before
    one relationship phrase, in other words (see the module)."""
    if a.language != "en" or b.language != "en":
        return tuple(formulas)
    if views is None:
        memo: dict[str, Shape] = {}
        views = (readout_words(a, memo), readout_words(b, memo))
    framed_a, named_a = _framed(views[0], a, {s.text for s in b.sentences})
    if len(named_a) != 1 and all(one is None for one in framed_a.values()):
        return tuple(formulas)  # A frames no phrase alone nor names one line: nothing to pair
    framed_b, named_b = _framed(views[1], b, {s.text for s in a.sentences})
    framed = [framed_a, framed_b]
    made: list[Formula] = []
    gone: set[int] = set()
    for frame, one in framed[0].items():
        other = framed[1].get(frame)
        if one is None or other is None:
            continue  # two phrases under one frame: no rewording
        if not (one[4] or other[4]):
            continue  # two fields ("economic partnership", "maritime cooperation"): two lines
        if not _rewordable(one, other, views):
            continue
        span_a, span_b = _span(a, one), _span(b, other)
        told = _told(formulas, span_a, span_b)
        if told is None:
            continue
        gone.update(told)
        made.append(changed_at(a, b, (span_a, span_b), ID))
    if len(named_a) == 1 and len(named_b) == 1:  # one relationship line a side, named
        line_a, line_b = named_a[0], named_b[0]
        span_a, span_b = _span(a, line_a), _span(b, line_b)
        told = None
        if (
            not any(overlaps(span_a, f.a_spans) or overlaps(span_b, f.b_spans) for f in made)
            and not (_STANDING.isdisjoint(line_a[3]) or _STANDING.isdisjoint(line_b[3]))
            and _rewordable(line_a, line_b, views)
        ):
            told = _told(formulas, span_a, span_b)
        if told is not None and all(formulas[n].id.startswith(BOND_ID) for n in told):
            # no frame said twice: a line another rule told there stands (but the looser
            # relationship rule's: this one's wordings take its place)
            gone.update(told)
            made.append(changed_at(a, b, (span_a, span_b), ID))
    if not made:
        return tuple(formulas)
    return (*(f for n, f in enumerate(formulas) if n not in gone), *made)


def _rewordable(one: _Named | _Phrase, other: _Named | _Phrase, views: Views) -> bool:
    """Whether two relationship phrases, one a readout, may be one line reworded: they differ,
    do not name two relationships (:func:`_other_parties`), neither is said word for word in
    the other readout (kept, not reworded), and neither is a name, date, boilerplate or cut."""
    return (
        one[3] != other[3]
        and not _other_parties(one, other)
        and not (_said(one[3], views[1]) or _said(other[3], views[0]))
        and noise.why(*one[:3]) in (None, "office")
        and noise.why(*other[:3]) in (None, "office")
    )


_STANDING = HEADS - {"cooperation", "collaboration"}
"""The nouns of the relationship itself; cooperation is work done in it, said by field."""
_Named = tuple[Words, int, int, tuple[str, ...]]
"""A relationship phrase naming the parties: its sentence's words, its first word, the word
after its last, and its stems from the determiner (or the names) on."""


def _names(at: _Named | _Phrase) -> set[str]:
    """The capitalised words of a relationship phrase (its parties' names)."""
    words, _, end, stems = at[:4]
    first = end - len(stems)
    return {s for k, s in enumerate(stems) if words.caps[first + k] and s not in DETERMINERS}


def _other_parties(one: _Named | _Phrase, other: _Named | _Phrase) -> bool:
    """Whether the two phrases name their parties by name, and no name is said in both: two
    relationships ("the Quad partnership", "the U.S.-India relationship")."""
    names = _names(one), _names(other)
    return bool(names[0] and names[1]) and names[0].isdisjoint(names[1])


def _named_at(words: Words, head: int) -> _Named | None:
    """The phrase of the relationship noun at ``head`` when it names the parties: after it
    ("the strong relationship between the United Kingdom and Türkiye") or before it ("the
    UK-Türkiye relationship", "UK-Irish ties"); None otherwise."""
    stems, caps = words.stems, words.caps
    det = _determiner(words, head)
    if det is None:  # no determiner: names right before the noun, a verb before them
        det = head
        while det > 0 and head - det < PARTIES and caps[det - 1] and not _broken(words, det):
            det -= 1
        if det == head or det == 0 or caps[det - 1] or words.breaks[det]:
            return None
        first = det - 1
        if not counts(stems[first], words.stop_words):
            return None
    else:
        first = det
        if (
            det >= 2 and stems[det - 1] in _LINKS and not words.breaks[det]
            and not words.breaks[det - 1] and not caps[det - 2]
            and counts(stems[det - 2], words.stop_words)
        ):  # fmt: skip
            first = det - 2  # a noun's frame: "the importance of the UK-Türkiye relationship"
    end = parties_end(words, head + 1)
    if end == head + 1 and not any(caps[det:head]):
        return None
    return words, first, end, stems[det:end]


def _framed(
    view: Sequence[Words], readout: Readout, kept: set[str]
) -> tuple[dict[tuple[str, str], _Phrase | None], list[_Named]]:
    """Each frame of the readout's relationship phrases and its one phrase (None: two or
    more), and the phrases that name the parties under any frame or none, in the sentences
    the other readout does not say word for word (``kept``: its sentences' texts; a phrase
    there is said in it, no rewording)."""
    found: dict[tuple[str, str], _Phrase | None] = {}
    named: list[_Named] = []
    said = map(kept.__contains__, map(_TEXT, readout.sentences))
    for words in compress(view, map(not_, said)):  # in C: most sentences of a long pair are kept
        if HEADS.isdisjoint(words.stems):
            continue
        for k, stem in enumerate(words.stems):
            if stem in HEADS and not words.caps[k]:
                phrase = _phrase(words, k)
                if phrase is not None:
                    frame, at = phrase
                    found[frame] = None if frame in found else at
                by_name = _named_at(words, k)
                if by_name is not None:
                    named.append(by_name)
    return found, named


def _phrase(words: Words, head: int) -> tuple[tuple[str, str], _Phrase] | None:
    """The frame and the phrase of the relationship noun at ``head``, or None."""
    stems, breaks, stop = words.stems, words.breaks, words.stop_words
    found = _determiner(words, head)
    if found is None or breaks[found]:
        return None
    det: int = found
    frame = det - 1
    link = ""
    if frame >= 0 and stems[frame] in _LINKS and not breaks[frame + 1]:
        link, frame = stems[frame], frame - 1
    if frame < 0 or breaks[frame + 1] or words.caps[frame] or not counts(stems[frame], stop):
        return None
    end = parties_end(words, head + 1)
    general = end > head + 1 or all(
        words.caps[k] or stems[k] in _GENERAL for k in range(det + 1, head)
    )  # the parties named, or no field: "our relationship", "the U.S.-Ireland relationship"
    at = (words, frame, end, stems[det:end], general)
    return (strip(stems[frame]), link), at  # one verb said in two forms is one frame


def _determiner(words: Words, head: int) -> int | None:
    """The determiner or possessive before the relationship noun at ``head`` within
    :data:`MODIFIERS` words, no punctuation between but an abbreviation's ("the U.S.-Nigeria
    relationship"), or None."""
    stems = words.stems
    det = head - 1
    while det >= 0 and head - det <= MODIFIERS + 1 and stems[det] not in DETERMINERS:
        if _broken(words, det + 1) or stems[det] in _NOT_MODIFIERS:
            return None
        det -= 1
    if det < 0 or stems[det] not in DETERMINERS or _broken(words, det + 1):
        return None
    return det


def _broken(words: Words, k: int) -> bool:
    """Whether punctuation stands before word ``k``, an abbreviation's point left out ("U.S.-")."""
    if not words.breaks[k]:
        return False
    stems, caps = words.stems, words.caps
    return not (k > 0 and caps[k] and caps[k - 1] and len(stems[k - 1]) == 1)


def parties_end(words: Words, first: int, *, alone: bool = True) -> int:
    """The word after the parties named from "between" or "with" at ``first`` ("between the
    United States and the United Kingdom", "between our countries", "with Mexico"), or
    ``first``: the one reading of the parties "between" names, after a relationship noun here
    and after a short formula in :func:`~readoutdiff.formulas.entries.told.modified_end`
    (fold2). ``alone``: "between" and one party is enough ("the relationship between our
    countries" names the relationship); else "between" names two, joined by "and" (a short
    formula is told with both, not with "between their two countries": acc56)."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if first >= len(stems) or breaks[first] or stems[first] not in ("between", "with"):
        return first
    end = _party(words, first + 1)
    if end == first + 1:
        return first
    if stems[first] == "between" and end < len(stems) and stems[end] == "and" and caps[end - 1]:
        more = _party(words, end + 1)
        return more if more > end + 1 else first  # "between X and Y": both named
    if stems[first] == "between" and not alone and "and" not in stems[first + 1 : end]:
        return first  # one party: "between their two countries"
    return end if stems[first] == "with" or not caps[end - 1] else first


def _party(words: Words, first: int) -> int:
    """The word after one party named from ``first``: "the" or "our"/"their" and a noun
    ("our countries", "their two countries"), or capitalised words ("the United States"),
    with "of" or "the" between two of them ("the People's Republic of China")."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    k = first
    if k < len(stems) and not breaks[k] and stems[k] in DETERMINERS:
        k += 1
    if k < len(stems) and not breaks[k] and caps[k]:
        while k < min(len(stems), first + PARTIES) and not breaks[k]:
            if caps[k]:
                k += 1
                continue
            inner = k  # "of", "of the" inside a name, a capitalised word after them
            while inner < len(stems) and not breaks[inner] and stems[inner] in _IN_NAMES:
                inner += 1
            if inner == k or inner >= len(stems) or breaks[inner] or not caps[inner]:
                break
            k = inner
        return k
    owned = k > first and (stems[k - 1] in _OWNERS or k < len(stems) and stems[k] == "two")
    if owned and k < len(stems) and not breaks[k]:
        if stems[k] == "two" and k + 1 < len(stems) and not breaks[k + 1]:
            k += 1
        if k >= len(stems) or breaks[k]:
            return first
        return _and_noun(words, k + 1)
    return first


def _and_noun(words: Words, at: int) -> int:
    """``at``, or past "and" and one lower-case noun ending the clause there ("between our
    countries and peoples")."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if at + 1 >= len(stems) or stems[at] != "and" or breaks[at] or breaks[at + 1]:
        return at
    if caps[at + 1] or stems[at + 1] in DETERMINERS:
        return at
    return at + 2 if at + 2 == len(stems) or breaks[at + 2] else at


def _said(stems: tuple[str, ...], view: Sequence[Words]) -> bool:
    """Whether the readout of ``view`` says ``stems`` word for word in one sentence."""
    n = len(stems)
    for words in view:
        s = words.stems
        if stems[-1] not in s:
            continue
        if any(s[i : i + n] == stems for i in range(len(s) - n + 1)):
            return True
    return False


def _told(formulas: Sequence[Formula], span_a: Span, span_b: Span) -> tuple[int, ...] | None:
    """The entries the new one takes the place of: each entry standing at either wording, when
    each is *dropped*, *appeared* or *changed* (not the user's) and its wordings lie inside the
    new ones (a cut or one-sided report of the same line: "deepening our strategic
    partnership" appeared, "appreciation for the longstanding partnership between Kurdistan"
    cut before its parties), or an entry of :data:`BOND_ID`; None when another entry stands there (a *persisted* one keeps
    its words told)."""
    hit = [
        n for n, f in enumerate(formulas)
        if overlaps(span_a, f.a_spans) or overlaps(span_b, f.b_spans)
    ]  # fmt: skip
    for n in hit:
        f = formulas[n]
        if f.id.startswith(BOND_ID):
            continue  # the same line told by the looser rule: this one's wordings stand
        if f.status is FormulaStatus.PERSISTED or f.source is FormulaSource.USER:
            return None
        if not (_inside(f.a_spans, span_a) and _inside(f.b_spans, span_b)):
            return None
    return tuple(hit)


def _inside(spans: Sequence[Span], span: Span) -> bool:
    return all(span.start <= s.start and s.end <= span.end for s in spans)


def _span(readout: Readout, at: _Phrase | _Named) -> Span:
    words, first, end = at[:3]
    start = words.start(first)
    return Span(start=start, end=words.end(end - 1), line=line_of(readout, words, start))
