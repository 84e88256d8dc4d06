"""The line a short formula stands in: what an analyst quotes around a stock core.

A formula report quotes the formula: the words the lexicon or the miner knows ("lasting peace",
"shared values", "partners and allies"). When those are three words or fewer, the quote alone
does not say which line of the readout they belong to, and an analyst's briefing quotes the
line: "in support of Ukraine's sovereignty and lasting peace", "close coordination between
partners and allies". So a short formula is told with its line, as context: the clause it stands
in, from the clause edge before it to the clause edge after it (:data:`EDGES`: a sentence's
ends, a semicolon, a colon, a dash, a bracket, and a comma), or :data:`MAX_WORDS` words either
side at most. The formula stays what the comparison tracks and what its fate is told of; the
line is shown beside it (branch ext1, issue 10 points 2-3).

A comma inside an enumeration is no edge of the line (branch nz10): a core that is a member of a
list of three or more ("combat organized crime, transnational repression, and foreign
interference"), or whose clause opens one ("rooted in the shared values of human rights,
democracy, and the rules-based international system"), is told with the list, to the member
that "and" or "or" opens, as the analyst quotes it; a bare member had no line before.

A Chinese or Japanese wording is given no line: its clauses are cut by commas the stock phrases
themselves are said between, and its short cores are the hand lists' own wordings (zh36).
"""

from __future__ import annotations

import re
from itertools import islice

from readoutdiff.languages import Language, language
from readoutdiff.languages.segment import stop_ends_sentence
from readoutdiff.model import Formula, Readout, Span
from readoutdiff.text.wide import has_wide, lazy

SHORT_WORDS = 3
"""A formula of at most this many words is a short core, told with its line."""

MAX_WORDS = 12
"""The line reaches at most this many words before the formula and as many after it."""

EDGES = frozenset(".;:!?()[]—–,\n")
"""Characters that end a clause (an en or em dash, not a hyphen)."""

_WORD = re.compile(r"[^\W_]+")
_CJK = lazy("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # compiled on first use


def short(text: str | None) -> bool:
    """A wording of at most :data:`SHORT_WORDS` words, in a language that spaces its words.

    >>> short("lasting peace"), short("a just and lasting peace in Ukraine"), short("核心利益")
    (True, False, False)
    """
    if not text or (has_wide(text) and _CJK().search(text)):
        return False
    return len(_WORD.findall(text)) <= SHORT_WORDS


def line_of(readout: Readout, span: Span) -> str | None:
    """The clause of ``readout`` that the formula at ``span`` stands in, when the formula is
    :func:`short` and the clause says more than the formula; None otherwise.

    >>> from readoutdiff.model import Readout, Span
    >>> text = "They discussed support for Ukraine's sovereignty and lasting peace; trade."
    >>> r = Readout(path="a", text=text, sha256="", title=None, date=None, sentences=())
    >>> at = text.index("lasting")
    >>> line_of(r, Span(start=at, end=at + len("lasting peace"), line=1))
    "They discussed support for Ukraine's sovereignty and lasting peace"
    >>> at = text.index("trade")
    >>> line_of(r, Span(start=at, end=at + 5, line=1)) is None
    True
    """
    text = readout.text
    quote = text[span.start : span.end]
    if not short(quote):
        return None
    tongue = language(readout.language)
    start, end = _enumeration(text, span.start, span.end, quote, tongue)
    start, cut_before = _edge_before(text, span.start, tongue, start)
    end, cut_after = _edge_after(text, span.end, tongue, end)
    if not cut_after:
        end = _quote_closed(text, start, end)
    line = _LEADING.sub("", " ".join(text[start:end].split()))
    if len(_WORD.findall(line)) <= len(_WORD.findall(quote)):
        return None
    return "… " * cut_before + line + " …" * cut_after


def _clause_start(text: str, at: int, tongue: Language) -> int:
    """Where the clause before ``at`` begins: right after its edge, or :data:`_REACH`
    characters back when none is that near."""
    low = max(0, at - _REACH)
    end = at
    while last := _LAST_EDGE.match(text, low, end):  # the edges from the formula back
        end = last.end() - 1
        if not _no_edge(text, end, tongue):
            return end + 1
    return low


def _clause_end(text: str, at: int, tongue: Language) -> int:
    """Where the clause after ``at`` ends: at its edge, or :data:`_REACH` characters on when
    none is that near."""
    high = min(len(text), at + _REACH)
    return next(
        (
            m.start()
            for m in _EDGE.finditer(text, at, high)
            if not _no_edge(text, m.start(), tongue)
        ),
        high,
    )


MEMBER_WORDS = 8
"""A list's member between its first and its last says at most this many words ("transnational
repression"), its last at most :data:`MAX_WORDS` ("and the rules-based international order in
the Indo-Pacific region"); a longer stretch between two commas is a clause of its own."""
MAX_MEMBERS = 8
"""Members read on from a core at most, either way."""
_LAST_MEMBER = re.compile(r"\s*(?:and|or)\s+(?!(?:he|she|they|it|we|I|you)\b|[a-z]+ed\b)")
"""What opens a list's last member after its comma: ", and foreign interference"; not a clause
of its own, opened by a subject or a verb in the past (", and she commended …", ", and agreed
to …")."""


def _enumeration(text: str, at: int, end: int, quote: str, tongue: Language) -> tuple[int, int]:
    """The edges of the line of the core ``text[at:end]`` (``quote``): its clause's, or, where the
    clause is a member of a list of three or more (:data:`MEMBER_WORDS`; its last member opened by
    "and" or "or" after a comma), the list's: from the clause the first member ends to the last
    member's end (branch nz10). A bare member ("organized crime, transnational repression, and
    foreign interference") reaches both ways; a core in the first member's clause ("rooted in the
    shared values of human rights, democracy, and the rules-based …") reaches on to the last, past
    one member at least; a bare last member ("and foreign interference"), back. A core inside a
    longer last member ("and the international order in the Indo-Pacific") keeps its clause."""
    start = _clause_start(text, at, tongue)
    stop = _clause_end(text, end, tongue)
    clause = _LEADING.sub("", " ".join(text[start:stop].split()))
    bare = clause == " ".join(quote.split())
    last = _comma_before(text, start) and _LAST_MEMBER.match(text, start) is not None
    after = stop
    if not last and text[stop : stop + 1] == ",":
        after = _members_after(text, stop, tongue, 0 if bare and _comma_before(text, start) else 1)
    closed = last or after != stop
    before = start
    if bare and closed and _comma_before(text, start):
        before = _members_before(text, start - 1, tongue)
    return before, after


def _comma_before(text: str, start: int) -> bool:
    """A comma ends the clause before ``start``."""
    return start > 0 and text[start - 1] == ","


def _members_after(text: str, comma: int, tongue: Language, middles: int) -> int:
    """The end of the list's last member read on from the ``comma`` after a clause, when at
    least ``middles`` short members stand between; ``comma`` when no list closes there."""
    at = comma
    for seen in range(MAX_MEMBERS):  # seen: the short members read so far
        stop = _clause_end(text, at + 1, tongue)
        count = len(_WORD.findall(text, at + 1, stop))
        if _LAST_MEMBER.match(text, at + 1):
            return stop if seen >= middles and count <= MAX_WORDS else comma
        if not count or count > MEMBER_WORDS or text[stop : stop + 1] != ",":
            return comma
        at = stop
    return comma


def _members_before(text: str, comma: int, tongue: Language) -> int:
    """Where the list begins whose member stands right after ``comma``: back over the short
    members before it to the clause its first member ends (a lead-in and the member: "The
    leaders agreed to … combat organized crime")."""
    at = comma
    for _ in range(MAX_MEMBERS):
        start = _clause_start(text, at, tongue)
        count = len(_WORD.findall(text, start, at))
        if count > MEMBER_WORDS or not _comma_before(text, start):
            return start
        at = start - 1
    return at + 1


def _edge_before(
    text: str, at: int, tongue: Language, start: int | None = None
) -> tuple[int, bool]:
    """Where the line to ``at`` begins, and whether :data:`MAX_WORDS` cut it short: from
    ``start`` (a list's first member, :func:`_enumeration`) or the clause's beginning."""
    low = max(0, at - _REACH)
    if start is None:
        start = _clause_start(text, at, tongue)
    # A word begins after a space: the (MAX_WORDS + 1)-th from the formula is one too many.
    words = len(_SPACE_BEFORE_WORD.findall(text, start, at + 1))  # counted in C
    cut = words > MAX_WORDS or (start == low > 0)
    if words > MAX_WORDS:
        start = [m.end() for m in _SPACE_BEFORE_WORD.finditer(text, start, at + 1)][-MAX_WORDS - 1]
    elif cut:  # the reach ended it: begin at the first word edge inside it, not mid-word
        while start < at and _inside_word(text, start):
            start += 1
    while start < at and not (text[start].isalnum() or text[start] in "\"'“‘"):
        start += 1
    return start, cut


def _edge_after(text: str, at: int, tongue: Language, end: int | None = None) -> tuple[int, bool]:
    """Where the line from ``at`` ends, and whether :data:`MAX_WORDS` cut it short: at ``end``
    (a list's last member, :func:`_enumeration`) or the clause's end."""
    high = min(len(text), at + _REACH)
    if end is None:
        end = _clause_end(text, at, tongue)
    words = len(_SPACE_AFTER_WORD.findall(text, at, end))
    cut = words > MAX_WORDS or (end == high < len(text))
    if words > MAX_WORDS:
        end = next(islice(_SPACE_AFTER_WORD.finditer(text, at, end), MAX_WORDS, None)).start()
    elif cut:  # the reach ended it: end at the last word edge inside it, not mid-word
        while end > at and _inside_word(text, end):
            end -= 1
    while end > at and not (text[end - 1].isalnum() or text[end - 1] in "\"'”’"):
        end -= 1
    if text[end : end + 1] == "." and _abbreviation(text, end, tongue):
        end += 1  # "… in the U.S." ends the sentence on the abbreviation's own point
    return end, cut


def _quote_closed(text: str, start: int, end: int) -> int:
    """Where a line from ``start`` to ``end`` ends when it opens a quote that its clause's edge
    closes: past the edge's point, comma, "!" or "?" and the closing quote right after it
    ("… a “Free and Open Indo-Pacific.”", "“We stressed shared values,” he said"; branch fix3,
    rev15's finding: the line showed the opening quote alone). A line that opens no quote, or
    whose quote opened before its start, ends at ``end`` as before.

    >>> text = 'He said: "We met in the U.S." They met.'
    >>> text[9:_quote_closed(text, 9, text.index(" They"))]
    '"We met in the U.S."'
    >>> text = "the “Free and Open Indo-Pacific.” Then"
    >>> text[:_quote_closed(text, 0, text.index("."))]
    'the “Free and Open Indo-Pacific.”'
    """
    line = text[start:end]
    closers = {close for open_, close in _QUOTES if line.count(open_) > line.count(close)} | (
        {'"'} if line.count('"') % 2 else set()
    )
    if not closers:
        return end
    after = _CLOSING.match(text, end)
    if after is None or after.group(1) not in closers:
        return end
    return after.end()


_QUOTES = (("“", "”"), ("‘", "’"), ("«", "»"))
"""Paired quote marks, opening and closing (a straight quote opens and closes alike)."""
_CLOSING = re.compile(r"[.,!?]?([\"”’»])")
"""A clause's edge and the quote mark it is said inside of."""


def _abbreviation(text: str, dot: int, tongue: Language) -> bool:
    """Whether the word before the full stop at ``dot`` is an abbreviation whose point it is,
    though the point ends the sentence too: one of the language's ``abbreviations`` ("Jr.",
    "etc.", "U.S.") or initials ("U.N.", "D.P.R.K."), kept with the line's last word (branch
    fix1: "… in the U.S" and "… Biden, Jr" lost it to the trim of the line's end)."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:dot].lstrip("\"'“‘«([")
    return word.casefold() in tongue.abbreviations or _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
"""Initials whose last point is the one read: "U.S" of "U.S.", "D.P.R.K" of "D.P.R.K."."""


_REACH = 1000
"""Characters read either side of a formula for its clause edges (more than twelve words)."""
_EDGE = re.compile("[" + re.escape("".join(sorted(EDGES))) + "]")
_LAST_EDGE = re.compile("(?s:.*)" + _EDGE.pattern)
"""The last edge of a stretch (greedy: the engine reads back from its end), so a clause's
start is found without listing every edge of the :data:`_REACH` characters before it."""
_SPACE_BEFORE_WORD = re.compile(r"\s(?=\S)")
_SPACE_AFTER_WORD = re.compile(r"(?<=\S)\s")


def _inside_word(text: str, i: int) -> bool:
    """Whether ``i`` falls between two letters or digits of one word, or of one run of an
    unspaced script (Chinese, Thai: its words are not told apart here, so its punctuation, a
    space or a change of script is the edge a cut may take)."""
    before, after = text[i - 1], text[i]
    return before.isalnum() and after.isalnum() and has_wide(before) == has_wide(after)


def _no_edge(text: str, i: int, tongue: Language) -> bool:
    """A comma between two digits ("10,000"), a full stop the segmenter reads as no sentence's
    end in the readout's language (:func:`~readoutdiff.languages.segment.stop_ends_sentence`:
    "1.5", "U.S.", "Mr.", "J. Biden", "Nov. 20", "Корр."), or a comma before such an
    abbreviation closing a name (the language's ``closers``: "Joseph R. Biden, Jr. met", "… Co.,
    Ltd."; not a title or a month, which opens a phrase: "In Kyiv, Mr. Wang …", "BEIJING, Oct.
    26 (Xinhua)") does not end a clause: a line is cut where the readout's sentences are, by
    the same reading. The closer is the name's where its point ends the sentence too ("… met
    President Joseph R. Biden, Jr.": branch fix1, the line stopped at "Biden")."""
    if text[i] == ".":
        return not stop_ends_sentence(text, i, tongue)
    if text[i] != ",":
        return False
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    after = _CLOSING_ABBREVIATION.match(text, i + 1)
    return after is not None and after.group(1).casefold() in tongue.closers


_CLOSING_ABBREVIATION = re.compile(r"[ \t]?([^\W\d_][^\W\d_.]*)\.")
"""A word with a point, right after a comma: "Jr." of "Biden, Jr." (read against the
language's ``closers``)."""


_LEADING = re.compile(r"^(?:and|or|but|as well as)\s+(?=\S)", re.IGNORECASE)
"""A conjunction that opens the clause after a comma is the list's, not the line's."""


def lines(formula: Formula, a: Readout, b: Readout) -> tuple[str | None, str | None]:
    """The line of each side's wording of ``formula`` (its first place there), as
    :func:`line_of` gives it: None on a side it is not said on, or says in full."""
    return (
        line_of(a, formula.a_spans[0]) if formula.a_spans else None,
        line_of(b, formula.b_spans[0]) if formula.b_spans else None,
    )
