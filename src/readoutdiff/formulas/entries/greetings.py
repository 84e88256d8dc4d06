"""A greeting on an occasion said in each readout: one event, *changed* or *persisted*.

A leaders' call often opens on a courtesy line, a greeting on an occasion: "тепло поздравил
Ильхама Алиева с днем рождения", "congratulated Prime Minister Carney on his election",
"习近平祝贺白俄罗斯成为上海合作组织正式成员". The next readout of the series greets again on
another occasion, in words that share the verb and hardly a word more, so the rules that pair
two wordings by their words leave the two as one dropped and one appeared line. The hand lists
settle it otherwise (``eval/formulas/SOURCES.md``, *Annotation conventions* (a), branch cnv1):
a greeting in each readout is **one event**, *persisted* when the occasion is the same and
*changed* otherwise; when a readout greets more than once, the greeting of the same kind
(one leader greeting the other, or the two greeting each other) is paired first, then the
greetings in reading order. A greeting said in one readout only, or left over, is listed
*dropped* / *appeared* (convention (e), branch cnv4): in English and Chinese (:data:`LONE`) it
is told alone (branch cnv5) when no entry says it already; a Russian one is left as the other
rules report it.

A greeting is a clause holding a greeting word of its language (``GREETING`` of
:mod:`readoutdiff.languages.en`, :mod:`~readoutdiff.languages.ru`,
:mod:`~readoutdiff.languages.zh`), past the readout's title line, that is no thanks for a
greeting ("выразил благодарность за поздравления", "thanked him for his congratulations",
"感谢……祝贺") and says an occasion. Its wording runs from the greeting (with the adverb before a
Russian verb, "тепло поздравил"; the verb that governs a noun, "обменялись … поздравлениями",
"expressed his congratulations") to the clause's end (a clause mark; in Russian and English also
"и" / "and" before a second verb: "… с избранием на пост Президента | и пожелал ему …", in
English also one with its own subject: "… on his recent appointment | and both leaders
agreed …"); a
Chinese greeting is its whole clause ("对……表示衷心祝贺"). A text that says more than
:data:`~readoutdiff.formulas.entries.greeting_readers.MOST` greeting words is no one call's
readout, and none of its greetings is read. The readers, one a language, are
:mod:`readoutdiff.formulas.entries.greeting_readers`; this module pairs what they read.

A wish is the same kind of line (convention (a)): a Russian wish in each readout ("пожелал ему
огромных успехов", "пожелав народам двух стран благополучия, мира и процветания", read by
:data:`readoutdiff.languages.ru.WISH`, none inside a greeting's wording) is one event, the wishes
to the same addressee (a leader or a people) paired first. Its wording runs on over the commas
of its list of goods, to a clause opener, an attribution or a second verb. Wishes are read in
Russian only: the evaluation set's dev pairs say them in no other language.

Two greetings (or wishes) already told as one entry, or either one said inside an entry of both sides, are
left alone. A one-sided entry said in a paired greeting gives way to it; what it says past the
greeting ("…, пожелав ему благополучия …", a wish, a line of its own in the hand lists) stays.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Президенты обсудили сотрудничество. Собеседники поздравили друг друга с наступающим Новым годом.")
>>> b = from_text("Президенты обсудили сотрудничество. Елбасы сердечно поздравил Реджепа Тайипа Эрдогана с днем рождения.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id == ID]
[('changed', 'поздравили друг друга с наступающим Новым годом', 'сердечно поздравил Реджепа Тайипа Эрдогана с днем рождения')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from operator import attrgetter

from readoutdiff.formulas.entries.clause_heads import lined
from readoutdiff.formulas.entries.greeting_readers import (
    WORDS,
    ZH_WISH,
    Greeting,
    greetings,
    wishes,
)
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages import ru
from readoutdiff.model import (
    GREETING,
    WISH,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Span,
)
from readoutdiff.model.places import title_end
from readoutdiff.records.replacing import replace

ID = GREETING
"""The id of a greeting paired (:func:`greetings_paired`)."""
WISH_ID = WISH
"""The id of a wish paired (:func:`greetings_paired`)."""
REST = 2
"""Words a one-sided entry must say past a paired greeting to stay, cut to them."""
LONE = frozenset(("en", "zh"))
"""The languages whose greeting said in one readout only is told alone (branch cnv5). Not
Russian: the rule that pairs lone points (``lone_heads``) already tells a Russian lone greeting
as a point, and the ones it leaves out are the doubtful ones (a greeting paired with a wish, a
greeting whose occasion past a list of wishes is not read; measured in benchmarks/README.md)."""


def greetings_paired(
    formulas: Sequence[Formula], a: Readout, b: Readout, *, lone: bool = True
) -> Sequence[Formula]:
    """``formulas`` with each pair of greetings, one of each readout, as one entry, and with
    ``lone`` each greeting said in one readout only as an entry of its own (see the module's
    docstring; off with mining, ``--no-mining``: a lone greeting is found by no lexicon);
    ``formulas`` itself when the readouts are in two languages or no greeting is told."""
    if a.language != b.language:
        return formulas
    greetings_a, greetings_b = greetings(a), greetings(b)
    pairs = [
        (x, y, id_)
        for said_a, said_b, id_ in (
            (greetings_a, greetings_b, ID),
            (wishes(a), wishes(b), WISH_ID),
        )
        for x, y in _paired(said_a, said_b, a.text, b.text)
    ]
    alone = lone and a.language in LONE
    lone_a = _lone(greetings_a, pairs, 0) if alone and _unwished(b, greetings_b) else []
    lone_b = _lone(greetings_b, pairs, 1) if alone and _unwished(a, greetings_a) else []
    if not pairs and not lone_a and not lone_b:  # most pairs of readouts greet never
        return formulas
    told_a, told_b = _Told(formulas, "a_spans"), _Told(formulas, "b_spans")
    made: list[Formula] = []
    for x, y, id_ in pairs:
        if told_a.said(x.span) or told_b.said(y.span):
            continue
        told_a.made.append(x.span)
        told_b.made.append(y.span)
        made.append(_entry(a, b, x, y, id_))
    made.extend(_alone(lone_a, a, told_a, dropped=True))
    made.extend(_alone(lone_b, b, told_b, dropped=False))
    if not made:
        return formulas
    kept: list[Formula] = []
    for f in formulas:
        if f.status is FormulaStatus.DROPPED and (in_a := _last(f.a_spans, told_a.made)):
            kept.extend(_rest(f, a, in_a, dropped=True))
        elif f.status is FormulaStatus.APPEARED and (in_b := _last(f.b_spans, told_b.made)):
            kept.extend(_rest(f, b, in_b, dropped=False))
        else:
            kept.append(f)
    return [*kept, *made]


def _lone(
    said: list[Greeting], pairs: Sequence[tuple[Greeting, Greeting, str]], side: int
) -> list[Greeting]:
    """The greetings of ``said`` in no pair (``side`` 0: A's, 1: B's)."""
    paired = {(pair[0] if side == 0 else pair[1]).span for pair in pairs}
    return [g for g in said if g.span not in paired]


def _repeated(greeting: Greeting, later: list[Greeting]) -> bool:
    """Whether a later greeting of the same readout says ``greeting`` again: the words of one's
    occasion all in the other's (a lead sentence greeting, the body again: "on the 100th
    anniversary of the founding of the Communist Party of China (CPC)" / "… of the CPC").
    Convention (e) lists one greeting, in the body's wording."""
    said = set(greeting.occasion)
    return any(said <= set(g.occasion) or set(g.occasion) <= said for g in later)


def _unwished(readout: Readout, said: list[Greeting]) -> bool:
    """Whether ``readout`` says no Chinese wish: no 祝 (but 庆祝, "celebrate") past its title
    line outside the greetings it was read for (``said``). A wish ("祝中国人民马年吉祥") is a greeting's other
    half (convention (a)) that no reader reads in Chinese, so a greeting of the other readout
    is not known to be lone; always True in another language."""
    if readout.language != "zh":
        return True
    start = title_end(readout)
    spans = [g.span for g in said]
    at = readout.text.find(ZH_WISH, start)
    while at >= 0:
        celebrated = readout.text[at - 1 : at] == "庆"  # 庆祝, a celebration told
        if not celebrated and not any(s.start <= at < s.end for s in spans):
            return False
        at = readout.text.find(ZH_WISH, at + 1)
    return True


def _alone(lone: list[Greeting], readout: Readout, told: _Told, *, dropped: bool) -> list[Formula]:
    """Each greeting of ``lone`` (said in one readout only, convention (e)) as a *dropped* (or
    *appeared*) entry, when no entry says it already (the entries of both sides, and the
    one-sided ones of its side: a lone point that holds it) and no later one says it again."""
    made: list[Formula] = []
    for i, g in enumerate(lone):
        if told.said(g.span) or overlaps(g.span, told.one_sided) or _repeated(g, lone[i + 1 :]):
            continue
        wording = readout.text[g.span.start : g.span.end]
        status = FormulaStatus.DROPPED if dropped else FormulaStatus.APPEARED
        made.append(
            Formula(status=status, id=ID, source=FormulaSource.MINED,
                    a_text=wording if dropped else None, b_text=None if dropped else wording,
                    a_spans=(g.span,) if dropped else (), b_spans=() if dropped else (g.span,))
        )  # fmt: skip
    return made


class _Told:
    """Where the entries of both sides stand on one side, to ask whether a greeting is said
    in one already (:func:`greetings_paired`), and the greetings paired since."""

    def __init__(self, formulas: Sequence[Formula], side: str) -> None:
        spans = sorted(
            (s.start, s.end) for f in formulas if f.a_spans and f.b_spans for s in getattr(f, side)
        )
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))
        self.made: list[Span] = []
        self.one_sided = [
            s for f in formulas if bool(f.a_spans) != bool(f.b_spans) for s in getattr(f, side)
        ]

    def said(self, span: Span) -> bool:
        """Whether an entry of both sides, or a greeting paired, shares a character with
        ``span``."""
        before = bisect_left(self.starts, span.end)  # the spans that start before it ends
        return bool(before and self.reach[before - 1] > span.start) or overlaps(span, self.made)


def _last(spans: Sequence[Span], greetings_: Sequence[Span]) -> Span | None:
    """Of ``greetings_``, the one that shares a character with one of ``spans`` and ends last:
    a greeting and the wish after it both told leave nothing of a point that says both
    ("поздравил … с убедительной победой на президентских выборах, пожелав мира … народу": the
    rest after the greeting alone was the wish a second time, branch lng1)."""
    return max((g for g in greetings_ if overlaps(g, spans)), key=_END, default=None)


_END = attrgetter("end")


def _paired(
    said_a: list[Greeting], said_b: list[Greeting], text_a: str, text_b: str
) -> list[tuple[Greeting, Greeting]]:
    """The greetings of A and B paired: a greeting each readout says word for word first (it
    is kept, one event persisted: sym9, a passage both readouts say whole after a greeting A
    drops was paired with A's dropped one), then those of one kind (both one leader's, or both
    mutual), then the rest in reading order; each greeting in one pair at most."""
    pairs: list[tuple[Greeting, Greeting]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    worded_a = [" ".join(text_a[g.span.start : g.span.end].split()) for g in said_a]
    worded_b = [" ".join(text_b[g.span.start : g.span.end].split()) for g in said_b]
    for test in ("same", "kind", "any"):
        for i, x in enumerate(said_a):
            if i in used_a:
                continue
            j = next(
                (
                    j
                    for j, y in enumerate(said_b)
                    if j not in used_b
                    and (
                        test == "any"
                        or (test == "kind" and x.kind == y.kind)
                        or worded_a[i] == worded_b[j]
                    )
                ),
                None,
            )
            if j is not None:
                used_a.add(i)
                used_b.add(j)
                pairs.append((x, said_b[j]))
    return pairs


_LEAD = re.compile(r"[\s,;:–—-]*(?:(?:и|а|and)\s+|)")
"""What parts a greeting from the words after it: marks, then a conjunction ("…, и …")."""
_TRAIL = re.compile(r"[\s,;:–—-]+$")
_ANY = re.compile(r".*")
_VERB = {
    "ru": re.compile(rf"(?i:{ru.CLAUSE_HEAD}|[а-яё]{{2,}}(?:[аиуя]в|вши|вшись))"),
    "en": re.compile(r"(?i:\w+(?:ing|ed))"),
}
"""The first word of what a one-sided entry says past a paired greeting, for it to stay: a
verb that opens a point of its own ("пожелав ему благополучия …", "reaffirming …")."""


def _rest(f: Formula, readout: Readout, greeting: Span, *, dropped: bool) -> list[Formula]:
    """What one-sided entry ``f`` says after ``greeting``, as an entry of its own (``f``'s
    other fields kept: its id, source and anchor name what it is a part of); [] when that is
    fewer than ``REST`` words or opens on no verb (:data:`_VERB`)."""
    spans = f.a_spans if dropped else f.b_spans
    end = max(s.end for s in spans)
    if end <= greeting.end:
        return []
    lead = _LEAD.match(readout.text, greeting.end, end)
    start = lead.end() if lead else greeting.end
    trail = _TRAIL.search(readout.text[start:end])
    stop = start + trail.start() if trail else end
    wording = readout.text[start:stop]
    told = WORDS.findall(wording)
    if len(told) < REST or not _VERB.get(readout.language, _ANY).fullmatch(told[0]):
        return []  # a modifier of the occasion ("…, состоявшихся в нашей стране накануне")
    span = lined(readout.text, Span(start=start, end=stop, line=0))
    if dropped:
        return [replace(f, a_text=wording, a_spans=(span,))]
    return [replace(f, b_text=wording, b_spans=(span,))]


def _entry(a: Readout, b: Readout, x: Greeting, y: Greeting, id_: str) -> Formula:
    """The entry of two greetings paired: *persisted* on the same occasion, else *changed*."""
    a_text, b_text = a.text[x.span.start : x.span.end], b.text[y.span.start : y.span.end]
    same = bool(x.occasion) and x.occasion == y.occasion
    return Formula(
        status=FormulaStatus.PERSISTED if same else FormulaStatus.CHANGED,
        id=id_,
        source=FormulaSource.MINED,
        a_text=a_text,
        b_text=b_text,
        a_spans=(x.span,),
        b_spans=(y.span,),
        variant=same and a_text != b_text,
    )
