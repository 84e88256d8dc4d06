"""segment: a line whose full stops all stand in its closing run is not searched for sentence
ends inside it (``_may_end_inside``); the pattern finds none there, on real and drawn lines."""

from __future__ import annotations

import real_lines

from readoutdiff.languages import segment

PIECES = [
    "We met", "U.S", "Mr", "a", "Xi", "1", "2.5", ".", "!", "?", "…", "...", "?!", " ", "  ", "\t",
    "\u00a0", "\u3000", '"', "'", "“", "”", "‘", "’", "»", "«", ")", "(", "]", "[", "}", "」", "』",
    "）", "（", "】", "【", "「", "『", "The", "talks", "会谈", "。", "_x",
]  # fmt: skip


def _lines() -> list[str]:
    return real_lines.lines(PIECES, seed=7, drawn=20000, longest=8)


def test_a_line_not_searched_holds_no_sentence_end_inside() -> None:
    lines = _lines()
    skipped = [line for line in lines if not segment._may_end_inside(line, 0, len(line))]
    searched = [line for line in lines if segment._may_end_inside(line, 0, len(line))]
    assert len(skipped) > 1000 and len(searched) > 1000  # both ways are reached
    assert not [line for line in skipped if segment._LATIN_END.search(line)]
    # inside a longer text too: the check reads only the range it is given
    text = "\n".join(lines[:3000])
    for start, end in _ranges(text):
        if not segment._may_end_inside(text, start, end):
            assert segment._LATIN_END.search(text, start, end) is None


def _ranges(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def test_the_sentence_end_pattern_finds_what_its_alternation_found() -> None:
    """``_LATIN_END`` opens with one character set (cli5): it finds the matches, and matches at
    each stop, of the pattern it replaced, which opened with an alternation, ``(?:[.!?]+|…)``."""
    import re

    closers = re.escape(segment._CLOSERS)
    before = re.compile(r"(?:[.!?]+|…)[" + closers + r"]*(?=\s+[\"'“‘«(\[（【「『\w])")
    lines = _lines()
    lines += ["wait…. And", "e.g.… (x", "a .!?.!?» «b", "…… a", ".…. a", "..”’ a", "x?!… Y"]
    text = "\n".join(lines[:5000])
    found = [m.span() for m in segment._LATIN_END.finditer(text)]
    assert found == [m.span() for m in before.finditer(text)] and len(found) > 1000
    for line in lines:
        assert [m.span() for m in segment._LATIN_END.finditer(line)] == [
            m.span() for m in before.finditer(line)
        ], line
        for at in (i for i, char in enumerate(line) if char in ".!?…"):
            now, then = segment._LATIN_END.match(line, at), before.match(line, at)
            assert (now and now.span()) == (then and then.span()), (line, at)
