"""The two-meetings check's English name search without a leading ``\\b`` (branch cli14):
``languages.en.said_at`` finds the starts ``re.finditer`` of ``\\bWORD\\b`` finds, ``names_one``
answers as one search of the words joined did, and ``UNNAMED_OFFICES`` (its ``\\b`` written as a
look-behind after "The") finds what the pattern with ``\\b`` first found: on every eval readout,
every noise readout and drawn strings of word characters, marks, hyphens and "The" offices."""

from __future__ import annotations

import random
import re
from pathlib import Path

from readoutdiff.languages import en

EVAL = Path(__file__).resolve().parents[1] / "eval"
BEFORE = re.compile(en.UNNAMED_OFFICES.replace(r"The(?<!\wThe) ", r"\bThe ", 1))
"""The pattern as it was, ``\\b`` first."""


def _texts() -> list[str]:
    paths = sorted((EVAL / "formulas").glob("*.txt")) + sorted((EVAL / "noise").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    assert len(texts) > 400
    draw = random.Random(14)
    pieces = [
        "Xi", "Xi-", "-Xi", "_", "Jae-myung", "The President", "The Prime Minister", "TheKing",
        "The King of", "The Secretary General", "The Secretary-General", " ", "\t", "\n", ".",
        "é", "e\u0301", "Ё", "2", "²", "a", "中", "Putin", "Путин", "The Premier Li",
    ]  # fmt: skip
    texts += ["".join(draw.choices(pieces, k=draw.randint(0, 30))) for _ in range(3000)]
    return texts


def test_said_at_finds_what_a_whole_word_pattern_finds() -> None:
    words = ["Xi", "Putin", "Jae-myung", "Xi-", "The", "President", "Путин", "a", "中"]
    found = 0
    for text in _texts():
        for word in words:
            expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
            assert list(en.said_at(word, text)) == expected, (word, text[:80])
            found += bool(expected)
    assert found > 1000


def test_names_one_answers_as_one_search_of_the_words_did() -> None:
    texts = _texts()
    draw = random.Random(15)
    answers = set()
    for text in texts[:: max(1, len(texts) // 600)]:
        keys = frozenset(en.names(text[:3000])) or frozenset(draw.sample(["Xi", "Putin", "Lee"], 2))
        for other in draw.sample(texts, 3):
            words = sorted(key for key in keys if not key.startswith("The "))
            plain = en.plain(other[:30000])
            offices = sorted(key for key in keys if key.startswith("The "))
            before = bool(offices) and any(f in offices for f in BEFORE.findall(plain))
            before = before or (
                bool(words)
                and re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", plain)
                is not None
            )
            answer = en.names_one(keys, other[:30000])
            assert answer == before, (sorted(keys), other[:80])
            answers.add(answer)
    assert answers == {True, False}


def test_unnamed_offices_finds_what_the_pattern_with_its_boundary_first_found() -> None:
    found = 0
    for text in _texts():
        after = [(m.span(), m.group()) for m in re.finditer(en.UNNAMED_OFFICES, text)]
        assert after == [(m.span(), m.group()) for m in BEFORE.finditer(text)], text[:80]
        found += len(after)
    assert found > 50
