"""Join the lines of a paragraph that was wrapped at a fixed width into one passage.

A line end ends a sentence (:mod:`readoutdiff.languages.segment`): true of readouts as sites publish them,
one paragraph a line. But text converted to Markdown or plain text by many tools (pandoc, an
e-mail client, ``fmt``, archives of White House pages) is wrapped at 70-80 columns, and then
every line was a passage: "change, and address Russia's escalation of forces surrounding
Ukraine." was compared as a sentence of its own. Such a text is told by its shape: most lines
that run on into the next one without a sentence's end are about as long as the longest line,
which is at most 100 characters. Only then, a line that does not end a sentence and is followed
at once (no blank line) by one that starts as running text is joined to it, and so is a
Markdown list item to its indented continuation lines; the spans still point into the file,
line breaks included (a line end inside Chinese or Japanese text stands for no space:
:func:`readoutdiff.text.joining.unbroken`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from readoutdiff.languages.en import LANGUAGE as ENGLISH
from readoutdiff.languages.segment import ends_sentence

_WIDEST = 100
"""The widest a text is wrapped at: wider lines are paragraphs as published."""
_RAGGED = 25
"""How much shorter than the longest line a wrapped line may end."""
_FEWEST = 3
"""Line ends inside sentences needed before a text counts as wrapped."""
_RUNNING = re.compile(r"[\w\"'“‘«(\[]")
"""How a line that continues a sentence starts (not a list item or a heading)."""
_LIST_ITEM = re.compile(r"(?:[-*+•]|\d{1,2}[.)])\s")
_INDENT = " \t"
"""What a Markdown list item's continuation lines start with ("-   The two countries
concluded …" / "    provides a framework …"): such a line runs on from the item, or from the
continuation line before it; an indented line after a paragraph's line does not."""


def unwrapped(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return ``lines`` (``(start, end)`` of each content line) with the lines of each wrapped
    paragraph joined into one range, when ``text`` is wrapped at a fixed width.

    >>> text = ("The leaders discussed our work together\\non the full range of global challenges,\\n"
    ...         "including efforts to end the pandemic and\\ncounter the threat of climate change.\\n\\n"
    ...         "They agreed to speak again soon.")
    >>> lines = [match.span() for match in re.finditer(r"[^\\n]+", text)]
    >>> [text[start:end].count("\\n") + 1 for start, end in unwrapped(text, lines)]
    [4, 1]
    """
    if sum(end - start <= _WIDEST for start, end in lines) * 2 < len(lines):
        return list(lines)  # most lines wider than any wrap: paragraphs as published
    joins = [i for i in range(len(lines) - 1) if _runs_on(text, lines[i], lines[i + 1])]
    if len(joins) < _FEWEST or not _wrapped(lines, joins):
        return list(lines)
    out: list[tuple[int, int]] = []
    joined = set(joins)
    for i, (start, end) in enumerate(lines):
        if i - 1 in joined:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _runs_on(text: str, line: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether ``line`` runs on into the line ``after`` it: no blank line between, no end of
    a sentence at its end, and running text at the start of the next."""
    between = text[line[1] : after[0]]
    if between not in ("\n", "\r\n", "\r"):
        return False
    head = text[after[0] : after[1]]
    if head[:1] in _INDENT:  # only the continuation of a list item is indented and running
        own = text[line[0] : line[1]]
        if own[:1] not in _INDENT and _LIST_ITEM.match(own) is None:
            return False
        head = head.lstrip(_INDENT)
    end = text[max(line[0], line[1] - 16) : line[1]]  # its end is enough
    return (
        (not ends_sentence(end) or _abbreviation_before(end, head))
        and _RUNNING.match(head) is not None
        and _LIST_ITEM.match(head) is None
    )


def _abbreviation_before(end: str, head: str) -> bool:
    """Whether a line ends in an abbreviation that does not end its sentence here, as the
    segmenter reads it: "…health and climate. The U.S." before "National Science Foundation"
    (its next word is no sentence's opener)."""
    words = end.split()
    last = words[-1].lower().rstrip(".") if words and end.rstrip().endswith(".") else ""
    if last not in ENGLISH.abbreviations and last not in ENGLISH.titles:
        return False
    first = head.lstrip(_INDENT).split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() not in ENGLISH.openers


def _wrapped(lines: Sequence[tuple[int, int]], joins: list[int]) -> bool:
    """Whether the lines that run on are cut at one width: four in five of them end within
    ``_RAGGED`` characters of the longest of them that is at most ``_WIDEST`` long (a line of
    a long link or address may run past it)."""
    lengths = [lines[i][1] - lines[i][0] for i in joins]
    widest = max((n for n in lengths if n <= _WIDEST), default=0)
    near = sum(widest - _RAGGED <= n <= widest for n in lengths)
    return widest > _RAGGED and near * 5 >= len(joins) * 4


_BULLET = re.compile(r"[ \t]*[-*+•][ \t]+(?=\S)")
"""A Markdown bullet before an item's first word: formatting, not the readout's words."""
_BULLET_OPENERS = frozenset(" \t-*+•")
"""The characters a line that ``_BULLET`` matches opens with: a text none of whose lines opens
with one has no bullet, and its 3,300 lines (500 KB) were each matched in turn (7 M
instructions; branch sp73)."""
_first = itemgetter(0)
LIST_MARKER = "list marker"
"""The reason of an ignored bullet (:func:`without_bullets`)."""


def without_bullets(
    text: str, lines: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return ``lines`` with each bullet a line opens with left out, and the bullets' ranges:
    a Markdown copy writes a page's list item as "-   The two countries concluded …", the page
    as the item alone, and the marker would make every item a change.

    >>> text = "They agreed:\\n-   to meet again.\\n* Trade grew."
    >>> lines = [match.span() for match in re.finditer(r"[^\\n]+", text)]
    >>> kept, bullets = without_bullets(text, lines)
    >>> [text[a:b] for a, b in kept], [text[a:b] for a, b in bullets]
    (['They agreed:', 'to meet again.', 'Trade grew.'], ['-   ', '* '])
    """
    if not lines or _BULLET_OPENERS.isdisjoint(map(text.__getitem__, map(_first, lines))):
        return list(lines), []  # no line opens with a bullet's first character: told in C
    kept: list[tuple[int, int]] = []
    bullets: list[tuple[int, int]] = []
    for start, end in lines:
        found = _BULLET.match(text, start, end)
        if found is None:
            kept.append((start, end))
            continue
        bullets.append((start, found.end()))
        kept.append((found.end(), end))
    return kept, bullets
