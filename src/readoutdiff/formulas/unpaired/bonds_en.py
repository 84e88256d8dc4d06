"""The two parties' relationship named in an English sentence (en4): "the U.S.-Nigeria
relationship", "the strong partnership between the UK and Germany", "our bilateral ties".

A readout names the relationship of its two parties in a stock line ("reaffirmed the strength of
the U.S.-Jordan strategic partnership"), and the next readout of the series names it again in
other words ("… the United States’ strong commitment to the U.S.-Jordanian strategic
relationship"): the outside set's tuning part and the English dev pairs list such pairs as
*changed* events in many series, most often in sentences the aligner left unpaired (both
reworded too far to be aligned). :mod:`~readoutdiff.formulas.unpaired.stance_en` reads the
mentions found here as one more stance ("bond").

A mention is a noun of :data:`_NOUNS` with a sign that the relationship is the two parties'
own, not a topic's or a third country's:

- a compound of two names before it ("U.S.-Nigeria", "UK-India", "Anglo-French") or
  "bilateral" ("the bilateral relationship");
- "between the UK and Germany" / "between their two countries" after it, or "with Mexico";
- for a noun of the relationship as a whole (not "cooperation"), "our" or "their" before it
  with no topic after it ("the value of our longstanding partnership", not "our partnership on
  trade").

Measured in benchmarks/README.md, "en4": five right entries on the English dev and outside
tuning pairs (four series), none wrong there; on the held-out third two entries, both wrong.

"trilateral" or "multilateral" before it says more than two parties: no mention. The wording is
the noun phrase: its determiner or its first mark, the noun, the "between …" or "with …" after it,
and a head "the strength of" / "the value of" before it.

>>> [text[s:e] for text in ("They reaffirmed the strength of the U.S.-Jordan strategic "
...     "partnership.",) for s, e, _ in mentions(text)]
['the strength of the U.S.-Jordan strategic partnership']
>>> [m[:2] for m in mentions("They discussed our partnership on trade.")]
[]
"""

from __future__ import annotations

import re

_NOUNS = re.compile(
    r"\b(?:(relationship|relations|partnership|ties|friendship)"
    r"|(cooperation|co-operation|collaboration))\b"
)
"""The nouns of a relationship: of the whole (group 1) or of working together (group 2), which
needs a mark before or after it (never "our" alone: "our cooperation on climate")."""

STEMS = frozenset(
    ("relationship", "relation", "partnership", "tie", "friendship", "cooperation", "operation",
     "collaboration")
)  # fmt: skip
"""The stems of :data:`_NOUNS` (a set test on a sentence's stems before any regex)."""

_COMPOUND = re.compile(r"^(?:[A-Z][\w.]*|Anglo)-[A-Z][\w]*")
"""Two names joined: "U.S.-Nigeria", "UK-India", "Anglo-French", "EU-Canada"."""

_DETERMINERS = frozenset(("the", "our", "their", "its", "a", "an", "this", "his", "her"))
_STOPS = frozenset((
    "of", "to", "on", "in", "with", "for", "and", "or", "is", "are", "was", "were", "will",
    "would", "be", "been", "that", "which", "as", "at", "by", "from", "who", "about",
))  # fmt: skip
_MANY = frozenset(("trilateral", "multilateral", "quadrilateral", "regional", "transatlantic"))
_FIELDS = frozenset((
    "economic", "commercial", "trade", "military", "security", "defence", "defense", "space",
    "maritime", "energy", "climate", "technology", "health", "investment", "research",
    "scientific", "science", "cultural", "educational", "financial", "nuclear", "digital",
    "industrial", "diplomatic", "intelligence", "law", "enforcement", "cyber", "tourism",
    "aviation", "civil", "agricultural", "environmental", "medical", "migration", "business",
))  # fmt: skip
"""Modifiers that name a field of the relationship ("our economic partnership", "military
relationship with Germany"): the field's line, not the relationship's."""

_NAMES = r"(?:the |)[A-Z][\w.’'-]*(?: (?:of |)[A-Z][\w.’'-]*)*"
_AFTER = re.compile(
    r" (?:between (?:"
    + _NAMES + r" and " + _NAMES
    + r"|(?:our|their|the) (?:two |)(?:countries|nations|peoples|governments)"
    + r")|with " + _NAMES + r")(?=[\s,.;:]|$)"
)  # fmt: skip
"""What names the two parties after the noun."""
_BARE = re.compile(r"(?:[,.;:)]|$| and | as | which | that )")
"""What may follow "our partnership" named by its owner alone: no object ("their partnership to
accelerate India's just energy transition" is one field's)."""
_WITHIN = re.compile(r"\b(?:in|within|across|throughout|under) $")
_TITLES = frozenset((
    "with", "between", "and", "the", "of", "Government", "Administration", "Ministry",
    "Department", "Minister", "President", "King", "Queen", "Prime", "Secretary", "Chancellor",
))  # fmt: skip
"""The words of an office, not a party: "with the Government", "with the King"."""
_MORE = re.compile(r",? and (?:with|other|all)\b")
_TOPIC = re.compile(r" (?:on|in|across|around) (?![a-z]+ing\b)")
"""A field after the noun ("our partnership on trade", "cooperation in space"); "in addressing
global challenges" says what the partnership is for."""
_HEAD = re.compile(r"(?:\bthe |)\b[a-z]+(?: and [a-z]+|) of $")
"""A head governing the phrase: "the strength of ", "the strength and breadth of "."""
_TOKEN = re.compile(r"\S+")


def mentions(text: str) -> list[tuple[int, int, int]]:
    """Each mention of the parties' relationship in ``text``: where its wording starts and
    ends, and where its noun starts (the wording's frame)."""
    found = []
    for m in _NOUNS.finditer(text):
        whole = m.group(1) is not None
        start, marked, owned = _before(text, m.start())
        if start < 0:
            continue
        end = m.end()
        if (after := _AFTER.match(text, end)) is not None:
            if _MORE.match(text, after.end()):
                continue  # "ties with Tanzania and with countries across Africa": more parties
            if _TITLES.issuperset(w.strip(".") for w in after.group().split()):
                continue  # "a new partnership with the Government", "… with the King": no party
            end, marked = after.end(), True
            if text.endswith(".", 0, end) and "." not in text[text.rfind(" ", 0, end) : end - 1]:
                end -= 1  # the sentence's full stop ("… between Canada and the UK.")
        elif _TOPIC.match(text, m.end()):
            continue  # a field: "our partnership on trade", "cooperation in space"
        elif owned and whole and _BARE.match(text, m.end()):
            marked = True  # "the value of our longstanding partnership."
        if not marked:
            continue
        if _WITHIN.search(text, max(0, start - 12), start):
            continue  # "areas of cooperation in our bilateral relationship": its frame, not it
        if (head := _HEAD.search(text, max(0, start - 40), start)) is not None:
            start = head.start()  # it ends where the phrase starts (``$`` at ``endpos``)
        found.append((start, end, m.start()))
    return found


def _before(text: str, noun: int) -> tuple[int, bool, bool]:
    """Where the noun phrase ending in the noun at ``noun`` starts (-1: not a mention), whether
    a mark (a compound of two names, "bilateral") stands in it, and whether "our" or "their"
    opens it."""
    tokens = list(_TOKEN.finditer(text, max(0, noun - 80), noun))[-6:]
    marked, first_mark, plain, run = False, -1, noun, True
    for token in reversed(tokens):
        word = token.group().rstrip(",")
        lower = word.lower()
        if lower in _DETERMINERS:
            return token.start(), marked, lower in ("our", "their")
        if lower in _STOPS or word != token.group() or word.endswith(("’", "'", "’s", "'s")):
            break  # the phrase starts after a function word, a comma or an owner
        if lower in _MANY or lower in _FIELDS:
            return -1, False, False
        if _COMPOUND.match(word) or lower == "bilateral":
            marked, first_mark = True, token.start()
        elif word[:1].isupper() or lower.endswith("ed"):
            run = False  # a name or a verb: "Allamand discussed ongoing collaboration"
        if run:
            plain = token.start()
    # no determiner: the phrase starts at its first mark ("deepening U.S.-Ireland ties"), or at
    # the modifiers right before the noun ("fast-growing partnership between …")
    return (first_mark if marked else plain), marked, False


_SAME = {
    "united kingdom": "=uk", "uk": "=uk", "britain": "=uk", "british": "=uk", "anglo": "=uk",
    "united states": "=us", "u.s": "=us", "us": "=us", "america": "=us", "american": "=us",
}  # fmt: skip
_PARTY = re.compile(r"United (?:Kingdom|States)|[A-Z][\w.’']*")


def parties(text: str) -> frozenset[str]:
    """The parties a mention names, each told by its first two letters in lower case
    ("Jordan" and "Jordanian", "Ireland" and "Irish" are one), "the United Kingdom", "Britain"
    and "Anglo-" as "=uk", "the United States" and "U.S." as "=us"; "The" is none.

    >>> sorted(parties("the U.S.-Jordanian strategic relationship"))
    ['=us', 'jo']
    >>> sorted(parties("the relationship between the United Kingdom and Ireland")) == sorted(
    ...     parties("UK-Irish ties"))
    True
    """
    found = set()
    for m in _PARTY.finditer(text):
        word = re.sub(r"[’']s?$", "", m.group()).lower()
        if word in ("the", "our", "their"):
            continue
        word = _SAME.get(word.rstrip("."), word)
        found.add(word if word.startswith("=") else word[:2])
    return frozenset(found)


def same_parties(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two mentions' :func:`parties` may be one pair of parties: one names no party, or
    the parties of one are among the other's ("our partnership with Mexico" / "… between the
    United States and Mexico"); "between the UK and the EU" / "UK-German" are two.

    >>> same_parties(parties("our partnership with Mexico"), parties("the U.S.-Mexico partnership"))
    True
    >>> same_parties(parties("the relationship between the UK and the EU"), parties("UK-German ties"))
    False
    """
    return one <= other or other <= one


def undetermined(text: str) -> tuple[str, ...]:
    """The words of a mention, its determiners aside: "our bilateral relationship" and "the
    bilateral relationship" are one wording.

    >>> undetermined("our bilateral relationship") == undetermined("the bilateral relationship")
    True
    """
    return tuple(w for w in text.lower().split() if w not in _DETERMINERS)
