"""An English topic only one readout names: *dropped* or *appeared*, read by the frame that
names it.

Readouts of other governments than the United States (Downing Street's, the Canadian Prime
Minister's, MOFA Japan's) are short, and most of each call's points are said once in the
series: "The leaders also discussed global stability, including the situation in the Middle
East", "The leaders reflected on the future of the Commonwealth", "underlined the importance of
free and open trade". Neither the lexicon nor the background (built from White House readouts)
nor the mining (which needs a phrase said on both sides) knows them, so the tool reported almost
none of them while an analyst lists each (branch acc44). Here a topic is the object of a frame
that names one (:data:`_FRAME`: "discussed", "reflected on", "the importance of", "the need
for"), up to the end of its clause (punctuation, "including", "which", "while", "as"), of
at least ``CONTENT`` lower-case content words, of which at least ``NEW`` (by a five-letter
stem) the other readout says nowhere, at least half of them lower-case (not "British national
Nadav Popplewell") and none a word of an occasion (:data:`_OCCASION`: "the EU Council dinner
last night"); a topic no entry tells yet (no span of an entry in it)
is one one-sided entry: *dropped* when A names it, *appeared* when B does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.model import Formula, FormulaStatus, Readout, Span

CONTENT = 2
"""Content words a topic holds, one of them in the lower case ("global stability", "the
future of the Commonwealth")."""
NEW = 0.5
"""The share of those words the other readout must not say anywhere."""
WORDS = 12
"""A topic of more words is a clause of its own, not a topic."""
SUFFIX = "/lone"
"""The id suffix of these entries, after the topic's stems."""
_FRAME = re.compile(
    r"\b(?:discussed|reflected on|including|(?:the )?importance of|(?:the )?need for)\s+"
)
_END = re.compile(
    r"[,;:()]|(?<![A-Z0-9])\.(?!\d)|\b(?:including|which|while|as|and the importance|and the need)\b"
)
_NOT_TOPIC = frozenset(("through", "across", "among", "between", "within", "towards", "toward"))
"""Prepositions the stop words leave out: no topic's word ("through NATO")."""
_OPENS_NOT = frozenset(("through", "on", "in", "for", "with", "by", "to", "at", "from", "how"))
"""Words no topic opens with: "including through …" names a way, not a topic."""
_OCCASION = frozenset(
    ("today", "yesterday", "tonight", "night", "morning", "evening", "week", "month", "dinner",
     "summit", "meeting", "call", "visit")
)  # fmt: skip
"""Words of an occasion ("the EU Council dinner last night"): the day's news, no topic."""
_WORD = re.compile(r"[\w’'-]+")


def _stem(word: str) -> str:
    return word.lower()[:5]


def _content(word: str) -> bool:
    return word.islower() and word not in STOP_WORDS and not word[0].isdigit()


def _topics(readout: Readout, other: Readout, taken: Sequence[Span]) -> list[Span]:
    said = {_stem(w) for w in _WORD.findall(other.text)}
    found = []
    for frame in _FRAME.finditer(readout.text):
        start = frame.end()
        end_match = _END.search(readout.text, start)
        line_end = readout.text.find("\n", start)
        end = min(
            end_match.start() if end_match else len(readout.text),
            line_end if line_end >= 0 else len(readout.text),
        )
        words = list(_WORD.finditer(readout.text, start, end))
        if not words or len(words) > WORDS or words[0].group().lower() in _OPENS_NOT:
            continue
        content = [w.group() for w in words if w.group().lower() not in STOP_WORDS]
        lower = [w for w in content if _content(w) and w not in _NOT_TOPIC]
        if len(content) < CONTENT or 2 * len(lower) < len(content):
            continue
        if any(w.lower() in _OCCASION for w in content):
            continue
        if sum(_stem(w) not in said for w in content) < NEW * len(content):
            continue
        first = words[0].start()
        span = Span(start=first, end=words[-1].end(), line=readout.text.count("\n", 0, first) + 1)
        if any(s.start < span.end and span.start < s.end for s in (*taken, *found)):
            continue
        found.append(span)
    return found


def lone_topics(formulas: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``formulas`` and one *dropped* or *appeared* entry for each topic only one readout
    names (see the module's docstring); English readouts only."""
    found = list(formulas)
    taken_a = [s for f in formulas for s in f.a_spans]
    taken_b = [s for f in formulas for s in f.b_spans]
    for span in _topics(a, b, taken_a):
        text = a.text[span.start : span.end]
        found.append(Formula(
            status=FormulaStatus.DROPPED, id=_id(text), a_text=text, b_text=None, a_spans=(span,),
        ))  # fmt: skip
    for span in _topics(b, a, taken_b):
        text = b.text[span.start : span.end]
        found.append(Formula(
            status=FormulaStatus.APPEARED, id=_id(text), a_text=None, b_text=text, b_spans=(span,),
        ))  # fmt: skip
    return found


def _id(text: str) -> str:
    """``mined:<five-letter stems of its content words>/lone``: one id per topic."""
    stems = [_stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS]
    return f"mined:{'-'.join(stems)}{SUFFIX}"
