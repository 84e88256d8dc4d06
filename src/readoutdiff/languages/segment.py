"""Cut a readout's lines into sentences, each with its span in the original text.

:func:`sentences` reads the text one line at a time (the ranges it is given), in these steps:

1. A line is cut alone: a line never holds parts of two paragraphs, so a line end always ends
   a sentence. A whole line is cut once however often the readouts say it, and each distinct
   sentence folded once (the memo outlives the call: the second readout of a pair reads the
   lines it shares with the first from it).
2. Latin ends: ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets) followed by
   white space and a word, an opening quote or an opening bracket — looked for only when such
   a mark stands before the line's own closing ones. A mark inside a «…», “…” or 《…》 of at
   most 64 characters the line closes ends nothing (:func:`quoted_spans`; a « right after a
   letter opens none: »…« quotes set the other way round); nor does one before a lower-case
   word. A full stop ends no sentence after a title ("Mr."), an initial ("J. Biden",
   "С.В. Лавров") or a numbered label before a figure ("No. 5"); after another known
   abbreviation ("U.S.", "a.m.") only before a word that opens a sentence ("The", "They").
3. Chinese and Japanese ends: ``。！？；``, and an ASCII ``!``, ``?`` or ``;`` after a Chinese
   character, end a sentence with no space after them; not inside a «…», “…” or 《…》 either.
4. The pieces between those ends are trimmed of white space, empty ones dropped, and a point's
   number ("1.", "iv.": :func:`readoutdiff.languages.points.lone`) is no sentence: it opens the
   one after it (a number that opens nothing stands alone).

>>> text = "Mr. Wang met U.S. officials at 9 a.m. on Monday. Trade rose 3.5 %. 会谈。成果丰硕！"
>>> [s.text for s in sentences(text, [(0, len(text))])]
['Mr. Wang met U.S. officials at 9 a.m. on Monday.', 'Trade rose 3.5 %.', '会谈。', '成果丰硕！']
>>> text = "1. The ministers met. 2. They agreed."
>>> [s.text for s in sentences(text, [(0, len(text))])]
['1. The ministers met.', '2. They agreed.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat

from readoutdiff.languages import Language, match_fold
from readoutdiff.languages.en import LANGUAGE as ENGLISH
from readoutdiff.languages.folding import CJK
from readoutdiff.languages.points import lone
from readoutdiff.languages.wordshape import REMEMBERED, WORDS, Shape, shape
from readoutdiff.model import Sentence
from readoutdiff.model.makers import sentence as make_sentence
from readoutdiff.text.wide import has_wide, lazy

_CLOSERS = "\"'”’»)]}」』）】"
_LATIN_END = re.compile(
    r"[.!?…](?:(?<=[.!?])[.!?]*|)[" + re.escape(_CLOSERS) + r"]*(?=\s+[\"'“‘«(\[（【「『\w])"
)
"""A Latin sentence end: a run of ``.``, ``!`` and ``?``, or one ``…``, closers after it, then
white space and what may open a sentence. Written to open with one character set (the run of
stops goes on only after one of them: the look-behind; an empty branch, not a ``?``, as in
:mod:`readoutdiff.languages.wordshape`), the matches of
``(?:[.!?]+|…)[closers]*(?=…)``, tried in the same order: ``re`` then skips to the next stop
by that set in C, where the alternation made it try the pattern at every character of the
line (three times the search's instructions)."""
_CJK_END = re.compile(r"[。！？；]+[" + re.escape(_CLOSERS) + r"]*")
_FULL_STOP = re.compile(r"[.!?。！？…;；:：।॥။។።۔؟᠃][" + re.escape(_CLOSERS) + r"]*$")
"""Marks that close a sentence, a headline or a readout: Latin and CJK full stops, colons and
semicolons, and those of other scripts (Devanagari ।, Myanmar ။, Khmer ។, Ethiopic ።, Urdu ۔,
Arabic ؟, Mongolian ᠃); closing quotes and brackets may follow."""


def _ascii_cjk_end(cjk: str) -> str:
    return (
        rf"(?<=[{cjk}」』）】”])[!?;]+[" + re.escape(_CLOSERS) + rf"]*(?=\s*(?:[{cjk}“「『（【]|$))"
    )


_ASCII_CJK_END = lazy(_ascii_cjk_end(CJK))
"""ASCII ``!``, ``?`` and ``;`` after a Chinese character (as NFKC or copy-paste leave them)."""
_ASCII_CJK_END_PLAIN = re.compile(_ascii_cjk_end(""))
"""What ``_ASCII_CJK_END`` finds in text without a wide character (see :mod:`readoutdiff.text.wide`)."""


def _may_stop_cjk(line: str) -> bool:
    """Whether ``line`` holds one of ``!?;。！？；``, a character that every match of ``_CJK_END``
    or ``_ASCII_CJK_END`` holds: told by ``in`` (``memchr`` in C), where a search for the
    character class read every character of every line in Python's ``re`` (12 M instructions
    on a 500 KB file's 914 distinct lines; branch sp73). An ASCII line holds no CJK mark.

    >>> [_may_stop_cjk(t) for t in ("We met.", "Why?", "会谈。", "会谈", "“Yes”")]
    [False, True, True, False, False]
    """
    return (
        "!" in line or "?" in line or ";" in line
        or (not line.isascii() and ("。" in line or "！" in line or "？" in line or "；" in line))
    )  # fmt: skip


_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_NEXT_WORD = re.compile(r"\s*(\w*)")
"""The word after a full stop, past any white space."""
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def ends_sentence(text: str) -> bool:
    """Tell whether ``text`` ends as a sentence does (see ``_FULL_STOP``).

    >>> ends_sentence("They met."), ends_sentence("Readout of the Call"), ends_sentence("会谈。」")
    (True, False, True)
    """
    return _FULL_STOP.search(text.rstrip()) is not None


def sentences(
    text: str, lines: Iterable[tuple[int, int]], language: Language = ENGLISH,
    texts: Iterable[str] | None = None,
) -> tuple[Sentence, ...]:  # fmt: skip
    """Return the sentences of ``text`` found in the given ``(start, end)`` line ranges, in order.

    ``language`` gives the abbreviations after which a full stop does not end a sentence.
    ``texts``, when given, holds ``text[start:end]`` of each range, in order: the caller's own
    strings of the lines (the junk rules read them), whose hashes are kept, so a line is
    looked up in the memo without being copied out of the text and hashed a second time.
    """
    found: list[Sentence] = []
    line_number = 1
    position = 0
    # Readouts repeat lines and sentences (boilerplate, a recurring paragraph): each distinct
    # line is cut, and each distinct sentence folded, once; a copy shares the strings. The
    # memo outlives the call, so the later readout of a pair reads the lines it shares with
    # the earlier one from it (see ``_Remembered``).
    cut, known, shapes = _REMEMBERED.for_language(language, len(text))
    only_newlines = "\r" not in text  # then a line break is one "\n", counted in C
    size = len(text)
    clear = 0  # text[position:clear] holds no line break: the last line, unless it was wrapped
    given_texts = repeat("") if texts is None else texts  # "": none given (no line is empty)
    for (line_start, line_end), given in zip(lines, given_texts, strict=False):
        if only_newlines:  # the breaks between the last line and this one, not inside it again
            line_number += text.count("\n", clear if clear <= line_start else position, line_start)
        else:
            line_number += _count_breaks(text, position, line_start)
        position = line_start
        # A whole line (a line break or the text's edge on both sides): nothing outside it
        # changes where it is cut, so each distinct line is cut, and its sentences read, once.
        if (line_start == 0 or text[line_start - 1] in "\r\n") and (
            line_end >= size or text[line_end] in "\r\n"
        ):
            line = given or text[line_start:line_end]
            pieces = cut.get(line)
            if pieces is None:
                pieces = cut[line] = [
                    (start, end, *_read(line[start:end], known, shapes))
                    for start, end in _sentence_ranges(line, 0, len(line), language)
                ]
            wrapped = "\n" in line or "\r" in line  # a paragraph wrapped over lines, joined
            for start, end, piece, folded in pieces:
                at = line_number + _count_breaks(line, 0, start) if wrapped else line_number
                found.append(
                    make_sentence(
                        len(found), line_start + start, line_start + end, at, piece, folded
                    )
                )  # made without the dataclass __init__: one per sentence copy (see makers.py)
        else:  # cut in place: the text around counts
            wrapped = text.find("\n", line_start, line_end) >= 0 or (
                text.find("\r", line_start, line_end) >= 0
            )
            for start, end in _sentence_ranges(text, line_start, line_end, language):
                at = (
                    line_number + _count_breaks(text, line_start, start) if wrapped else line_number
                )
                found.append(
                    make_sentence(
                        len(found), start, end, at, *_read(text[start:end], known, shapes)
                    )
                )
        clear = line_start if wrapped or line_end < line_start else line_end
    return tuple(found)


def _read(
    piece: str, known: dict[str, tuple[str, str]], shapes: dict[str, Shape] | None
) -> tuple[str, str]:
    """A sentence's text and folded text, read once per distinct sentence (copies share them)."""
    seen = known.get(piece)
    if seen is None:
        seen = known[piece] = (piece, match_fold(piece))
        if shapes is not None:  # its words, for the formula stage and the aligner (wordshape.py)
            shapes[piece] = shape(piece, seen[1], WORDS)
    return seen


class _Remembered:
    """The cut of each distinct line, and the folded text and words of each distinct sentence,
    kept from one call to the next: all depend on the text alone (the cut on the language too,
    so the memo serves one language at a time). Cleared before it holds more than ``budget``
    characters of text, so a run over many or large readouts keeps memory bounded. The words
    (:data:`readoutdiff.languages.wordshape.REMEMBERED`, and :data:`~readoutdiff.languages.wordshape.WORDS`)
    are what the formula stage and the aligner read instead of cutting each sentence again: one
    tokenisation for all three."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.language: Language | None = None
        self.held = 0
        self.cut: dict[str, list[tuple[int, int, str, str]]] = {}
        """Each distinct whole line's sentences: start and end in the line, text, folded."""
        self.known: dict[str, tuple[str, str]] = {}

    def for_language(self, language: Language, size: int) -> tuple[
        dict[str, list[tuple[int, int, str, str]]], dict[str, tuple[str, str]],
        dict[str, Shape] | None,
    ]:  # fmt: skip
        """The memo for a text of ``size`` characters in ``language`` (emptied when needed);
        no words are kept for a text too large for it (the formula stage cuts its own)."""
        if language is not self.language or self.held + size > self.budget:
            self.language, self.held, self.cut, self.known = language, 0, {}, {}
            REMEMBERED.clear()
            WORDS.clear()
        if size > self.budget:  # too large to keep: this call's own memo
            return {}, {}, None
        self.held += size  # at most the text's size is kept: lines, sentences and folds of it
        return self.cut, self.known, REMEMBERED


_REMEMBERED = _Remembered(budget=2_000_000)


def _count_breaks(text: str, start: int, end: int) -> int:
    return len(_LINE_BREAK.findall(text, start, end))


def _sentence_ranges(text: str, start: int, end: int, language: Language) -> list[tuple[int, int]]:
    """Split one line into trimmed sentence ranges."""
    cuts = [start]
    latin, cjk = _may_end_inside(text, start, end), _may_stop_cjk(text[start:end])
    quoted = quoted_spans(text, start, end) if latin or cjk else []
    if latin:
        for match in _LATIN_END.finditer(text, start, end):
            if quoted and inside(quoted, match.start(), match.end()):
                continue
            if _ends_sentence(text, start, match, language):
                cuts.append(match.end())
    if cjk:  # neither pattern matches a line without one
        # The look-behind may see the character before the line.
        wide = has_wide(text[max(start - 1, 0) : end])
        for pattern in (_CJK_END, _ASCII_CJK_END() if wide else _ASCII_CJK_END_PLAIN):
            cuts.extend(
                match.end()
                for match in pattern.finditer(text, start, end)
                if not (quoted and inside(quoted, match.start(), match.end()))
            )
    cuts.append(end)
    cuts = sorted(set(cuts))
    ranges: list[tuple[int, int]] = []
    opened = -1  # where a lone point number ("1.") starts, waiting for the sentence it opens
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = text[left:right]
        stripped = piece.strip()
        if stripped:
            first = left + len(piece) - len(piece.lstrip())
            last = first + len(stripped)
            if opened >= 0:
                first, opened = opened, -1
            elif len(stripped) <= _LONGEST_NUMBER and lone(stripped):
                opened = first
                continue
            ranges.append((first, last))
    if opened >= 0:  # a number that opens nothing is a sentence of its own
        ranges.append((opened, opened + len(text[opened:end].strip())))
    return ranges


_LONGEST_NUMBER = 6
"""Characters of the longest point number ``lone`` may read ("(viii)"): a longer piece is none."""


_HELD_TOGETHER = 64
"""Characters a name or short quotation in marks holds at most for its full stops to end
nothing: a longer span is a quoted speech of several sentences (CCTV's 新闻联播 quotes whole
paragraphs of a leader's words in “…”), which is split as if it were not quoted."""
_IN = rf"{{0,{_HELD_TOGETHER}}}"
_QUOTED = re.compile(rf"(?<![^\W_])«[^«»\n]{_IN}»|“[^“”\n]{_IN}”|《[^《》\n]{_IN}》")
"""A name or a short quotation in marks that open and close apart: «…», “…”, Chinese 《…》. A «
right after a letter or a digit closes a quote set the other way round (»quoted. here«, as
German and Danish print them) and opens none: the text between two such quotes is no
quotation."""


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The «…», “…” and 《…》 pairs that ``text[start:end]`` closes, as (position of the opening
    mark, position of the closing one): a full stop inside one is part of a name («ИННОПРОМ.
    Центральная Азия», «Знание. Первые», 《中国. 亚洲》) or of a quotation, and ends neither a
    sentence nor a point; one right before the closing mark still ends the quotation's sentence
    with it. A mark the text leaves open holds nothing together, nor does the span between two
    quotes set »the other way round« (:data:`_QUOTED`).

    >>> t = "выставки «ИННОПРОМ. Центральная Азия». Далее “Made in Chile. Now” and “open"
    >>> [t[a : b + 1] for a, b in quoted_spans(t, 0, len(t))]
    ['«ИННОПРОМ. Центральная Азия»', '“Made in Chile. Now”']
    >>> t = "Er nannte »Made in Chile. Now« ein Ziel. Sie »nicht. Nein«."
    >>> quoted_spans(t, 0, len(t))
    []
    """
    if "«" not in text[start:end] and "“" not in text[start:end] and "《" not in text[start:end]:
        return []
    return [(m.start(), m.end() - 1) for m in _QUOTED.finditer(text, start, end)]


def inside(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the ``quoted`` pairs (:func:`quoted_spans`),
    after its opening mark and up to its closing one."""
    return any(left < start and end <= right for left, right in quoted)


_TAIL = ".!?…" + _CLOSERS.replace('"', "").replace("'", "") + " \t\r\n\u00a0\u3000"
"""Full stops, closers and spaces that end a line: none of them is a character ``_LATIN_END``'s
look-ahead asks for after the space (the straight quotes, which may open a quotation, are not
here), so a full stop among them ends no sentence inside the line."""


def _may_end_inside(text: str, start: int, end: int) -> bool:
    """Whether ``_LATIN_END`` may match in ``text[start:end]``: a full stop stands before the
    line's last character that is not in ``_TAIL``. Most lines of a readout hold one sentence,
    whose full stop closes the line; a search for the pattern read every character of them
    (``re`` finds no literal to skip ahead to in it), four times what these checks in C cost.

    >>> [_may_end_inside(t, 0, len(t)) for t in ("We met.", "“We agreed.”  ", "U.S. aid", 'Go. "Now')]
    [False, False, True, True]
    """
    body = text[start:end].rstrip(_TAIL)
    return "." in body or "!" in body or "?" in body or "…" in body


def stop_ends_sentence(text: str, dot: int, language: Language = ENGLISH) -> bool:
    """Whether the full stop at ``text[dot]`` ends a sentence as the segmenter reads it: not
    the dot of an abbreviation, a title or an initial ("U.S.", "Mr.", "J. Biden"), nor one
    inside a word or figure.

    >>> t = "They met in the U.S. capital. The U.S.-Japan talks went on.\\nThey grew 3.5%."
    >>> [stop_ends_sentence(t, i) for i, ch in enumerate(t) if ch == "."]
    [False, False, True, False, False, True, False, True]
    """
    match = _LATIN_END.match(text, dot)
    if match is None:  # no word after it in the line ("U.S.-Japan"): an end only at the line's
        line_end = text.find("\n", dot)
        return not text[dot + 1 : None if line_end < 0 else line_end].strip().strip(_CLOSERS)
    return _ends_sentence(text, text.rfind("\n", 0, dot) + 1, match, language)


def _ends_sentence(text: str, line_start: int, match: re.Match[str], language: Language) -> bool:
    """Tell a real sentence end from an abbreviation, an initial or a list number."""
    end = match.end()
    following = text[end : end + 40].lstrip()[:1]
    if following.islower():
        return False
    start = match.start()
    if text[start] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(line_start, start - 20), start + 1)
    if before is None:
        return True
    word = before.group(1).lower().rstrip(".")
    if word in language.titles:
        return False
    if word in language.numbered:
        return not following.isdigit()
    if word in language.abbreviations:
        # Read the next word in place: slicing the rest of the text made splitting quadratic.
        return _NEXT_WORD.match(text, end).group(1).lower() in language.openers  # type: ignore[union-attr]
    # Capital initials ("J. Biden", "С.В. Лавров") are not a sentence end.
    initials = all(len(part) == 1 and part.isalpha() for part in word.split("."))
    return not (initials and text[before.start(1)].isupper())
