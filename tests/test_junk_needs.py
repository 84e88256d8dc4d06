"""ingest.junk: the ASCII hints of the short-line rules skip only lines a rule cannot match
(ASCII lines, and lines whose only other characters are curly quotes, dashes or an ellipsis)."""

from __future__ import annotations

import pytest
import real_lines

from readoutdiff.ingest import junk

RULES = dict(junk._BLOCKS + junk._LINES)

# Pieces that make the rules fire (and nearly fire): their words in both cases, the
# punctuation their branches need, and readout words around them.
PIECES = [
    "Copyright", "COPYRIGHT (c)", "copyright 2024", "All rights reserved", "rights", "DMCA",
    "/public release", "18+", "Editor:", "SOURCE :", "author", "By John Smith", "by",
    "released the following statement:", "Photo:", "VIDEO", "(Xinhua/Li Wei)", "(photo by AP)",
    "/Reuters", "/pool", "taken by Xinhua", "USD 7.12", "eur 1.05 +0.2%", "$ 4.5", "JPY",
    "exchange rates", "Exchange rate today", "the two sides", "President", "met", "said", ".",
    ",", ":", "/", "(", ")", "-", "|", "12", "2024", "10:45", " ", "  ", "\t",
    "Xi’s", "© 2024", "‘", "’", "“", "”", "–", "—", "…", "—By", "“Copyright”", "(“photo”)",
    "###", "\\###", "# # #", "#",
    "Home", "HOME >", "News", "Menu", "Main Menu", "Search", "Briefing Room", "Press Releases",
    "Statements and Releases", "Tags", "Politics", "World", "Previous:", "next :", ">", " > ",
    "Updated", "Published:", "Views", "views: 12", "9 views", "1 2 3", "pm", "EDT", "a.m.",
]  # fmt: skip


def _lines() -> list[str]:
    """Real lines (samples, the outside sample, test inputs) and lines drawn from PIECES."""
    found = real_lines.lines(PIECES, seed=10, drawn=6000, longest=6)
    return [
        line.strip() for line in found if junk._hinted(line) and len(line.strip()) <= junk.SHORT
    ]


LINES = _lines()


@pytest.mark.parametrize("name", sorted(junk.ASCII_NEEDS))
def test_a_rule_matches_a_hinted_line_only_when_the_line_holds_a_hint(name: str) -> None:
    pattern, needs = RULES[name], junk.ASCII_NEEDS[name]
    matched = [line for line in LINES if pattern.search(line)]
    assert matched  # the lines reach the rule, so the check below is not empty
    assert all(any(need in line.lower() for need in needs) for line in matched)


def test_reason_with_the_hints_is_reason_without_them() -> None:
    def unhinted(line: str) -> str | None:
        stripped = line.strip()
        for name, pattern in junk._LONG:
            if pattern.search(stripped):
                return name
        if not stripped or len(stripped) > junk.SHORT:
            return None
        for name, pattern in junk._BLOCKS + junk._LINES:
            if pattern.search(stripped):
                return name
        return "time stamp or counter" if junk._only_a_date(stripped) else None

    reasons = [junk.reason(line) for line in LINES]
    assert reasons == [unhinted(line) for line in LINES]
    assert {"copyright", "editor or source line", "exchange rate or weather"} <= set(reasons)
    assert {"navigation", "time stamp or counter"} <= set(reasons)


def test_the_anchored_rules_together_match_where_one_of_them_does() -> None:
    """``junk._ANCHORED`` (sp73) matches a line where one of the rules it joins finds something."""
    anchored = [pattern for name, pattern in junk._BLOCKS + junk._LINES if name in junk._JOINED]
    lines = [line.strip() for line in real_lines.lines(PIECES, seed=73, drawn=6000, longest=6)]
    found = [bool(junk._ANCHORED.match(line)) for line in lines]
    assert found == [any(pattern.search(line) for pattern in anchored) for line in lines]
    assert sum(found) > 20  # lines of the joined rules were met


def test_every_branch_of_an_anchored_rule_starts_at_the_line_start() -> None:
    import re._parser as parser

    for name, pattern in junk._BLOCKS + junk._LINES:
        if name not in junk._JOINED:
            continue
        first = list(parser.parse(pattern.pattern, pattern.flags))[0]
        if first[0] == parser.BRANCH:  # the parser moves a start every branch shares out
            starts = [list(branch)[0] for branch in first[1][1]]
        else:
            starts = [first]
        assert all(start == (parser.AT, parser.AT_BEGINNING) for start in starts), name
