"""``lexicon_parts._ENGLISH_ORIGINAL`` with each ``\\b`` written as a look-behind after its
alternative's first letters (branch cli14) finds what the pattern with ``\\b`` first found, at
the same places: on the built-in lexicon's ``seen_in`` texts and on drawn strings of address
pieces, word characters and separators; and the entries it calls translated are the same."""

from __future__ import annotations

import random
import re

from readoutdiff.formulas.lexicon import lexicon_parts
from readoutdiff.formulas.lexicon.lexicon import builtin

BEFORE = re.compile(
    r"\bhttps?://(?:[\w-]+\.)*(?:whitehouse|state)\.gov/|\bbidenwhitehouse\.archives\.gov/"
)
"""The pattern as it was, ``\\b`` first."""


def test_english_original_finds_what_the_pattern_with_its_boundaries_first_found() -> None:
    texts = [entry.seen_in for entry in builtin().entries]
    draw = random.Random(14)
    pieces = [
        "https://", "http://", "xhttps://", "_http://", "www.", "whitehouse", "state", ".gov/",
        "bidenwhitehouse", "xbidenwhitehouse", "-bidenwhitehouse", ".archives", ".gov", "-", ".",
        " ", "(", "é", "2", "_", "a", "/", "news.", "mfa.",
    ]  # fmt: skip
    texts += ["".join(draw.choices(pieces, k=draw.randint(0, 25))) for _ in range(5000)]
    found = 0
    for text in texts:
        after = [m.span() for m in lexicon_parts._ENGLISH_ORIGINAL.finditer(text)]
        assert after == [m.span() for m in BEFORE.finditer(text)], text[:80]
        found += bool(after)
    assert found > 150


def test_the_translated_entries_are_those_the_boundary_first_pattern_left() -> None:
    lexicon = builtin()
    expected = frozenset(
        entry.id
        for entry in lexicon.entries
        if (entry.zh or entry.ru) and not BEFORE.search(entry.seen_in)
    )
    assert lexicon_parts.translated_of(lexicon) == expected
    assert 0 < len(expected) < len(lexicon.entries)
