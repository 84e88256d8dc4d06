"""Read decoded text as a readout: site junk kept aside, sentences, title, date, notes.

The title is the first line that is not junk when it reads as a headline (no full stop at its
end, even when it holds two sentences), else its first sentence, unless that is a dateline; the date is the meeting's (see
:mod:`readoutdiff.ingest.dates`); a note says when the date came from the file name and when
the text seems cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress
from operator import add, not_
from typing import NoReturn, cast

from readoutdiff import cache_dir, languages
from readoutdiff.cache_dir import collecting_later
from readoutdiff.errors import InputError
from readoutdiff.ingest import junk
from readoutdiff.ingest.dates import file_date, file_name_note, is_dateline, iso_date, meeting_date
from readoutdiff.ingest.wrapped import LIST_MARKER, unwrapped, without_bullets
from readoutdiff.languages import segment
from readoutdiff.model import Ignored, Readout, Sentence, Span

_LINE = re.compile(r"[^\r\n]+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_OPEN_FRONT_MATTER = re.compile(
    r"---[ \t]*\r?\n\s*(?:title|date|counterpart|source|source_url|url)[ \t]*:", re.I
)
"""Front matter's start (a key of it after ``---``), to tell one left open from a rule line."""
_HEADING = re.compile(r"\A#{1,6}\s+|\s+#+\Z")
"""A Markdown heading's marks around a title ("# Readout of the Call"): not the title's words."""
_END_MARK = re.compile(r"^(?:\\?#{3,}|-30-|ends?|\*{3,}|…|\.\.\.|[(（]\s*完\s*[)）])$", re.I)
_PUBLISHED = frozenset({"time stamp or counter", "editor or source line"})
OUTSIDE = "outside the page's main text"
"""Why a line of an HTML page that the main-text extractor left out is ignored."""
CUT_OFF = "the text seems cut off"
"""How the note on a readout that ends mid-sentence starts."""


def from_text(
    text: str, *, path: str = "<text>", sha256: str | None = None, published: Sequence[str] = (),
    outside: AbstractSet[str] = frozenset(),
) -> Readout:  # fmt: skip
    """Read already decoded ``text`` as a readout.

    ``published`` are publication dates known from elsewhere (an HTML page's ``<meta>``);
    ``outside`` are lines an HTML extractor left out of the page's main text (ignored, listed).

    >>> readout = from_text("Home > News\\nLeaders met on June 28, 2021. They agreed.")
    >>> readout.date, [s.text for s in readout.sentences], readout.ignored[0].reason
    ('2021-06-28', ['Leaders met on June 28, 2021.', 'They agreed.'], 'navigation')
    """
    if not text.strip():
        raise InputError("is empty (nothing but white space); give a readout with text", path=path)
    # Thousands of sentences and spans, no cycles: collections while reading only walk them.
    with collecting_later():
        return _read(text, path, sha256, published, outside)


def _read(
    text: str, path: str, sha256: str | None, published: Sequence[str],
    outside: AbstractSet[str],
) -> Readout:  # fmt: skip
    digest = sha256 or cache_dir.sha256(text.encode("utf-8")).hexdigest()
    meta, body_start, ignored = _front_matter(text)
    if not body_start and _OPEN_FRONT_MATTER.match(text):
        raise InputError(
            "front matter is never closed: end it with a line '---' before the readout",
            path=path, line=1,
        )  # fmt: skip
    if meta.get("date") and not iso_date(meta["date"]):
        _bad_front_date(text[:body_start], meta["date"], path)
    lines, line_texts = _lines_and_texts(text, body_start)
    reasons = junk.junk(line_texts)
    if outside:  # lines an HTML extractor left out (none for plain text: no slice to test)
        reasons = [
            found or (OUTSIDE if line.strip() in outside else None)
            for line, found in zip(line_texts, reasons, strict=True)
        ]
    counter = LineCounter(text)
    # The few junk lines and the many others picked in C (two Python loops over every line
    # cost 4 M instructions at 500 KB; branch sp73).
    picked = cast(  # the lines a reason (a string) ignores, none of those whose reason is None
        "Iterator[tuple[tuple[int, int], str]]", compress(zip(lines, reasons, strict=True), reasons)
    )
    found = tuple(_ignored(text, start, end, reason, counter) for (start, end), reason in picked)
    kept = list(compress(lines, map(not_, reasons)))
    content = unwrapped(text, kept)  # a text wrapped at a width: paragraphs, not lines
    content, bullets = without_bullets(text, content)  # "-   " before a Markdown list item
    # The kept lines' own strings, for the segmenter's memo (their hashes made by the junk
    # rules' look-ups), while its ranges are still those lines: none joined (a join makes
    # one range of two) and no bullet cut off.
    texts = None
    if not bullets and len(content) == len(kept):
        texts = compress(line_texts, map(not_, reasons))
    if bullets:
        marks = (_ignored(text, start, end, LIST_MARKER, counter) for start, end in bullets)
        found = tuple(sorted((*found, *marks), key=lambda item: item.span.start))
    language = languages.detect("\n".join(text[start:end] for start, end in content[:400]))
    sentences = segment.sentences(text, content, languages.language(language.code), texts)
    if not any(any(map(str.isalpha, sentence.text)) for sentence in sentences):
        if body_start and not text[body_start:].strip():  # u71: "only site boilerplate" misled
            raise InputError("has front matter and no readout text after it", path=path)
        if sentences or not any(map(str.isalpha, text)):  # a phone number was a readout (u71)
            raise InputError("has no words, only figures and signs; give a readout", path=path)
        raise InputError("has no readout text, only site boilerplate", path=path)
    stamps = [item.text for item in found if item.reason in _PUBLISHED]
    dated = meeting_date(
        [sentence.text for sentence in sentences[:6]], path=path,
        published=[*stamps, *published], head=text[body_start : body_start + 3000],
    )  # fmt: skip
    date = iso_date(meta.get("date", "")) or (dated.date if dated else None)
    notes = list(languages.notes(language, sentences))
    if date and not meta.get("date") and dated and dated.source == "file name":
        named = file_date(path)  # "yesterday", "on Monday" count back from it
        if named == date:
            notes.append(file_name_note(date))
        else:
            notes.append(f"date {date} counted back from the file name's {named}")
    cut = _cut_off(sentences)
    if cut:
        notes.append(cut)
    return Readout(
        path=path, text=text, sha256=digest, title=meta.get("title") or _title(text, sentences[0]),
        date=date, sentences=sentences, ignored=ignored + found, notes=tuple(notes),
        counterpart=meta.get("counterpart") or None,
        source=meta.get("source") or meta.get("source_url") or meta.get("url") or None,
        language=language.code,
    )  # fmt: skip


def _cut_off(sentences: Sequence[Sentence]) -> str | None:
    """A note when the last sentence ends without sentence-final punctuation, saying where.

    >>> from readoutdiff.ingest import from_text
    >>> from_text("Talks were held.\\nThe two sides agreed to deepen coop").notes
    ('the text seems cut off: it ends mid-sentence at line 2 ("…agreed to deepen coop")',)
    """
    for sentence in reversed(sentences):
        words = sentence.text.strip()
        if _END_MARK.match(words):
            continue
        if segment.ends_sentence(words):
            return None
        return f'{CUT_OFF}: it ends mid-sentence at line {sentence.span.line} ("{_tail(words)}")'
    return None


def _tail(words: str) -> str:
    """The last words of a sentence cut off, about 22 characters, starting at a word's start
    where words are spaced (a note quoting "…e continuous improving" looks cut twice).

    >>> _tail("avoid doing anything that may interfere with the continuous improving")
    '…the continuous improving'
    >>> _tail("不断深化中美两国在各领域的务实合作并推动两国关系持续健康稳定发展")
    '…领域的务实合作并推动两国关系持续健康稳定发展'
    """
    if len(words) <= 24:
        return words
    cut = len(words) - 22
    if words[cut - 1].isalnum() and words[cut].isalnum():  # inside a word: back to its start
        space = words.rfind(" ", 0, cut)
        cut = space + 1 if space >= 0 and cut - space <= 16 else cut
    return "…" + words[cut:].lstrip()


def _lines_and_texts(text: str, start: int) -> tuple[list[tuple[int, int]], list[str]]:
    """Return ``(start, end)`` of every line from ``start`` (``\\r\\n``, ``\\r`` and ``\\n`` end
    lines, an empty one is left out) and the text of each (what the junk rules read).

    >>> _lines_and_texts("a\\n\\nbc\\r\\nd", 0)[0], _lines_and_texts("a\\n\\nbc\\nd\\n", 1)
    ([(0, 1), (3, 5), (7, 8)], ([(3, 5), (6, 7)], ['bc', 'd']))
    """
    if "\r" in text:
        spans = [match.span() for match in _LINE.finditer(text, start)]
        return spans, [text[a:b] for a, b in spans]
    # Only "\n" ends lines: one split and sums in C, no Python step a line (a loop of
    # str.find cost 13 M instructions on the 3,300 lines of a 500 KB file, this ~3 M).
    parts = (text[start:] if start else text).split("\n")
    sizes = list(map(len, parts))
    starts = list(accumulate(map((1).__add__, sizes), initial=start))  # "\n" after each
    ends = map(add, starts, sizes)  # one fewer than the starts: the text's end starts no line
    spans = list(compress(zip(starts, ends, strict=False), sizes))  # empty lines dropped
    return spans, list(compress(parts, sizes))


def _ignored(
    text: str, start: int, end: int, reason: str, counter: LineCounter | None = None
) -> Ignored:
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    span = counter.span(start, end) if counter else span_at(text, start, end)
    return Ignored(span=span, text=text[start:end], reason=reason)


def span_at(text: str, start: int, end: int) -> Span:
    """Make a :class:`Span` with the 1-based line of ``start`` (``\\r\\n``, ``\\r``, ``\\n`` count once)."""
    return LineCounter(text).span(start, end)


class LineCounter:
    """Spans with line numbers for offsets met in increasing order, counting each stretch of
    text once: counting from the start of the text for every span made a file of many
    ignored lines quadratic.

    >>> counter = LineCounter("a\\r\\nb\\rc\\nd")
    >>> [counter.span(i, i + 1).line for i in (0, 3, 5, 7)]
    [1, 2, 3, 4]
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.breaks = 0
        """Line ends in ``text[:offset]``; ``\\r\\n`` counts once."""
        self.returns = "\r" in text
        """Whether ``text`` holds a ``\\r``; without one only ``\\n`` is counted (the two other
        counts read the whole text again for nothing: ~0.6 ms for 500 KB)."""

    def span(self, start: int, end: int) -> Span:
        """Make a :class:`Span` with the 1-based line of ``start``."""
        text, offset = self.text, self.offset
        if start < offset:  # out of order: count again from the start of the text
            offset = self.breaks = 0
        if not self.returns:
            self.breaks += text.count("\n", offset, start)
            self.offset = start
            return Span(start=start, end=end, line=self.breaks + 1)
        self.breaks += (
            text.count("\n", offset, start)
            + text.count("\r", offset, start)
            - text.count("\r\n", offset, start)
        )
        if 0 < offset < start and text[offset - 1] == "\r" and text[offset] == "\n":
            self.breaks -= 1  # a \r\n cut by the previous offset: the \r was counted then
        self.offset = start
        return Span(start=start, end=end, line=self.breaks + 1)


def _front_matter(text: str) -> tuple[dict[str, str], int, tuple[Ignored, ...]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0, ()
    from readoutdiff.ingest.front_matter import fields  # only readouts that have front matter

    meta = fields(match.group(1))
    return meta, match.end(), (_ignored(text, 0, match.end(), "front matter"),)


def _bad_front_date(front: str, value: str, path: str) -> NoReturn:
    """Refuse a front matter ``date:`` that is no date: the readout would go undated in silence.

    >>> _bad_front_date("---\\ntitle: Talks\\ndate: 2021-13-45\\n---\\n", "2021-13-45", "a.txt")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: a.txt:3: front matter date '2021-13-45' is not a date; write it as 2021-06-28
    """
    found = re.search(r"^\s*date\s*:", front, re.M | re.I)
    line = front.count("\n", 0, found.start()) + 1 if found else None
    raise InputError(
        f"front matter date {value!r} is not a date; write it as 2021-06-28", path=path, line=line
    )


def _title(text: str, first: Sentence) -> str | None:
    """The readout's headline: its first line when no full stop ends it ("От калининградского
    транзита до вопросов обороны. Александр Лукашенко и Владимир Путин провели телефонный
    разговор"), else its first sentence; never a dateline ("31 декабря, Минск /Корр. БЕЛТА/.").

    >>> from readoutdiff.ingest import from_text
    >>> from_text("Talks in Minsk. The leaders met\\n\\nThey spoke of trade.").title
    'Talks in Minsk. The leaders met'
    >>> from_text("12 февраля, Минск /БЕЛТА/. Лидеры провели переговоры.").title is None
    True
    >>> from_text("## Readout of the Call ##\\n\\nThe leaders spoke.", path="r.md").title
    'Readout of the Call'
    """
    end = text.find("\n", first.span.start)
    line = " ".join(text[first.span.start : len(text) if end < 0 else end].split())
    if len(line) <= 200 and line != first.text and not segment.ends_sentence(line):
        return _HEADING.sub("", line)
    if is_dateline(first.text):
        return None
    return _HEADING.sub("", first.text) if len(first.text) <= 300 else None


def one_text(text: str) -> str:
    r"""``text`` as copies are compared: its line ends made one (CRLF and CR read as LF) and
    the blank space after its last line left out (an editor that adds a final newline).

    >>> one_text("Leaders met.\r\nThey spoke.\r")
    'Leaders met.\nThey spoke.'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip()


def text_digest(readout: Readout) -> str:
    r"""A digest of what ``readout`` says, as copies are told apart: its text as decoded (a
    UTF-8 byte-order mark and the UTF-16 encoding left out), read by :func:`one_text` (CRLF
    line ends, a final newline). A readout saved again by an editor that adds a byte-order
    mark or a final newline, or on Windows with CRLF line ends, says what it said: ``series``
    and ``check DIR`` read it once and ``readoutdiff A B`` names it a copy, as a copy with the
    same bytes (branch u71: its bytes' digest, ``Readout.sha256``, made it a meeting of its
    own, and every phrase of the readout a recurring row).

    >>> one, two = (from_text(text, path="x.txt") for text in ("Leaders met.", "Leaders met.\r\n"))
    >>> one.sha256 == two.sha256, text_digest(one) == text_digest(two)
    (False, True)
    """
    return cache_dir.sha256(one_text(readout.text).encode("utf-8", "surrogatepass")).hexdigest()
