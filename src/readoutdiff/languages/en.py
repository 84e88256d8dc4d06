"""English: abbreviations that do not end sentences; words matched by a six-letter prefix."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from readoutdiff.languages.base import CompoundPrepositions, Language, prefix_stem

LANGUAGE = Language(
    code="en",
    name="English",
    titles=frozenset(
        """mr mrs ms dr prof st gen sen rep gov govt pres lt col capt adm sgt hon rev messrs
        mme""".split()
    ),
    numbered=frozenset("""no nos art para fig vol op pp p ch sec""".split()),
    abbreviations=frozenset(
        """vs etc e.g i.e a.m p.m u.s u.k u.n e.u d.c inc ltd co corp jr sr jan feb mar apr
        jun jul aug sep sept oct nov dec approx dept est cf al ca ed eds""".split()
    ),
    closers=frozenset("""jr sr inc ltd co corp etc""".split()),
    openers=frozenset(
        """the a an this that these those they he she it we i you there our his her their its
        both in on at as after before during when while however meanwhile also but and yet so
        then today tomorrow yesterday each all some many most""".split()
    ),
    stem=prefix_stem,
    compound_prepositions=CompoundPrepositions(
        leads=frozenset(("in", "on")),
        nouns=frozenset("light face favor view spite lieu wake behalf".split()),
        between=frozenset(("the",)),
        closing="of",
    ),
)

GREETING = ("congratulat",)
"""The beginning of the words an English readout greets a leader on an occasion by
("congratulated him on his election", "expressed his congratulations on …"; branch cnv3,
:mod:`readoutdiff.formulas.entries.greetings`)."""
GREETING_MUTUAL = ("each other", "exchanged")
"""Words that make a greeting mutual: the two leaders greeted each other."""

TIME_WORDS = frozenset(
    """upcoming forthcoming coming recent recently planned next last past previous earlier
    future today tomorrow yesterday tonight soon later january february march april june july
    august september october november december""".split()
)
"""Words that only place a dated thing in time (convention (k) of ``eval/formulas/SOURCES.md``):
a visit, a summit, a meeting, an anniversary told "upcoming" in one readout and "recent" in the
other, "in June" and "next month", is one thing kept; the calendar moved, not the line
(:mod:`readoutdiff.formulas.linking.retimed`). "May" is left out: it is mostly the verb."""
TIME_UNITS = frozenset("week weeks month months year years".split())
"""Spans of the calendar: time words only after a time word or :data:`TIME_LEADS` ("next
month", "this year"); alone they may name a thing ("Partnership Year")."""
TIME_LEADS = frozenset(("in", "this", "on", "during"))
"""Words that go with the time words right after them ("in June", "this week")."""

# Who a readout names (:mod:`readoutdiff.ingest.people`, the two-meetings warning): patterns as
# text, compiled by ``re`` at their first use, so nothing is compiled at import.
OFFICE_NAMES = (
    r"(?:Vice[- ])?President|Prime Minister|Premier|Chancellor|Secretary[- ]General"
    r"|Secretary of State|Secretary|(?:Foreign |Defen[cs]e )?Minister|King|Queen"
    r"|Crown Prince|Prince|Emir|Amir|Sultan|Sheikh|Chairman|Taoiseach|Pope"
    r"|(?:Security |Senior )?Advis[eo]r|Ambassador|H\.E\.|(?:His|Her) Excellency"
)
"""The offices a name follows ("President Xi Jinping", "Prime Minister Kishida"), and the
honorific that stands for one ("H.E. Ursula Von Der Leyen, President of the European
Commission": India's readouts name the guest so, their own Prime Minister by office alone); not
a spokesperson, who signs a readout ("attributable to Spokesperson Ned Price") and meets no
one."""
UNNAMED_OFFICES = (
    r"The(?<!\wThe) (?:Prime Minister|President|Chancellor|Secretary-General|Secretary General"
    r"|Foreign Secretary|Secretary|Premier|Taoiseach|King)(?![\w-]| of\b|[ \t]+[A-Z])"
)
"""An office a readout names its own side by (gov.uk's "The Prime Minister spoke to President
Erdogan"), whole: "The Secretary" is not the start of "The Secretary-General" or "The Secretary
General" (a UN readout against a NATO one, rev33). ``(?<!\\wThe)`` after "The" is a ``\\b``
before it (no word character before the T), put after the literal so that ``re`` skips ahead
to each "The" in C: with the ``\\b`` first it tried the pattern at every position of the
30,000 characters the two-meetings check reads (5.5 → 0.25 M instructions, branch cli14)."""
NAME_AFTER_OFFICE = (
    rf"\b(?:{OFFICE_NAMES})[ \t]+((?:(?:al|bin|ibn|bint|von|der|van|de|du|da|el)[- ]"
    r"|[A-Z][\w'’.-]+[ \t]?){1,4})"
)
"""An office and the up to four words after it that may be a name."""
NAME_WORD = r"[A-Z][\w-]*"
NOT_NAMES = frozenset(
    "Meets Meeting Met Holds Hold Held Call Calls Phone Talks Readout Statement With And Of On"
    " The In To For At By Speaks Spoke Visit Visits II III IV Jr Sr No General Secretary"
    " Minister President Prime Foreign State Affairs Vice Deputy Crown United They He She We It"
    " Mr Mrs Ms Dr".split()
)
"""Capitalised words after an office that are no name (a headline's verb, an office's own
words: "Secretary General" is no "General"; a title, a pronoun opening the next sentence)."""


TITLE_SMALL = frozenset("a an the and or of on in to at by for with from as vs via".split())
"""The words a Title Case headline leaves small."""


def title_case(line: str) -> bool:
    """Whether ``line`` is written in Title Case, a headline's: four words or more, each
    capitalised but for :data:`TITLE_SMALL` ("New United States President Agree on Wide Range
    of Issues"; not "President Xi Jinping held talks with …").

    >>> title_case("New United States President Agree on Wide Range of Issues")
    True
    >>> title_case("President Xi Jinping held talks with Russian President Vladimir Putin.")
    False
    """
    words = [word for word in line.split() if word[0].isalpha()]
    return len(words) >= 4 and all(
        word[0].isupper() or word.lower() in TITLE_SMALL for word in words
    )


def names(text: str) -> frozenset[str]:
    """The names ``text`` gives after an office, as keys :func:`names_one` looks for: a
    name's words without their accents (``Erdogan``), and an office named without a name whole
    (``The Prime Minister``); not a word of a Title Case headline that the text does not write
    elsewhere ("President Agree on Wide Range"). :mod:`readoutdiff.ingest.people` asks.

    >>> sorted(names("President Xi Jinping held talks with Russian President Vladimir Putin."))
    ['Jinping', 'Putin', 'Vladimir', 'Xi']
    >>> sorted(names("Prime Minister today had a telephonic conversation with H.E. Ursula Von Der"
    ...              " Leyen, President of the European Commission."))
    ['Der', 'Leyen', 'Ursula', 'Von']
    """
    said: set[str] = set(re.findall(UNNAMED_OFFICES, text))
    headlines = _headlines(text)
    for found in re.finditer(NAME_AFTER_OFFICE, text):
        name = re.split(r"(?<=\w\w)\.(?:[ \t]|$)", found.group(1))[0]  # a sentence ends it
        for word in re.findall(NAME_WORD, name):
            word = word.rstrip(".'’").removesuffix("'s").removesuffix("’s")
            if word in NOT_NAMES or len(word) < 2:
                continue
            if _in(found.start(), headlines) and not _told_elsewhere(word, text, headlines):
                continue  # a headline's word after an office ("President Agree on Wide Range")
            said.add(plain(word))
    return frozenset(said)


def names_one(keys: frozenset[str], text: str) -> bool:
    """Whether ``text`` names any of ``keys`` (:func:`names`): a word of a name, whole, accents
    aside, or an office named without a name, named so whole."""
    if not keys:
        return False
    text = plain(text)
    offices = sorted(key for key in keys if key.startswith("The "))
    words = sorted(key for key in keys if not key.startswith("The "))
    if offices and any(found in offices for found in re.findall(UNNAMED_OFFICES, text)):
        return True  # an office named without a name, named so whole by both
    return any(next(said_at(word, text), None) is not None for word in words)


def name_written(key: str, opening: str) -> tuple[int, str]:
    """Where ``opening`` first writes the word ``key`` is (-1: nowhere) and the word as written,
    accents and all (``Erdoğan`` for ``Erdogan``)."""
    whole = next((word for word in re.findall(r"\w+", opening) if plain(word) == key), key)
    where = re.search(rf"\b{re.escape(whole)}\b", opening)
    return (where.start() if where else -1), whole


def plain(text: str) -> str:
    """``text`` without its accents (``Erdoğan`` is ``Erdogan`` in another readout).

    Each distinct character past ASCII is decomposed alone (NFKD decomposes a text character
    by character; canonical reordering only moves marks, which are all dropped), and only
    those it changes are replaced, one ``str.replace`` in C each (a replacement is its own
    ``plain``: no later replacement touches it). The two-meetings check
    (:mod:`readoutdiff.ingest.people`) reads the first 30,000 characters of each readout of
    an unnamed pair so: the runs past ASCII of a Russian text, each decomposed and walked in
    Python, cost ~10 M instructions a text at 500 KB (branch cli14).

    >>> plain("President Erdoğan met Йоко Ёно"), plain("e\u0301 \ufb01")
    ('President Erdogan met Иоко Ено', 'e fi')
    """
    if text.isascii():
        return text
    for char in set(text).difference(_ASCII):
        unmarked = _unmarked(char)
        if unmarked != char:
            text = text.replace(char, unmarked)
    return text


_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=4096)
def _unmarked(char: str) -> str:
    """``char`` decomposed (NFKD) without its marks: ``ğ`` is ``g``, a mark alone nothing."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def _headlines(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s lines written in Title Case are (start, end)."""
    spans, start = [], 0
    for line in text.split("\n"):
        if title_case(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _in(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _told_elsewhere(word: str, text: str, headlines: list[tuple[int, int]]) -> bool:
    """Whether ``text`` writes ``word`` outside its Title Case lines (a name a headline gives is
    given again by its body: "Xi Jinping"; a headline's verb is not)."""
    return any(not _in(start, headlines) for start in said_at(word, text))


def said_at(word: str, text: str) -> Iterator[int]:
    r"""Where ``text`` writes ``word`` whole: the starts ``re.finditer(rf"\b{re.escape(word)}\b",
    text)`` finds, in order, none overlapping. Each place ``word`` stands is found by
    ``str.find`` in C and its two edges told here; the pattern's leading ``\b`` leaves ``re``
    no literal to skip ahead by, so it tried every position of the text (the two-meetings
    check looks for a headline's names in the rest of its readout: 7.0 → 0.6 M instructions
    a pair at 500 KB, branch cli14).

    >>> list(said_at("Xi", "Xi met Xinhua's Xi, Xi_Xi and Xi."))
    [0, 16, 30]
    """
    size, at = len(word), text.find(word)
    while at >= 0:
        end = at + size
        if _edge(text, at) and _edge(text, end):
            yield at
            at = text.find(word, end) if size else text.find(word, end + 1)
        else:
            at = text.find(word, at + 1)


def _edge(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at ``at``: a word character (``\w``: a letter, a digit, or ``_``)
    on one side of it and none on the other, the text's ends counting as none."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before is not after
