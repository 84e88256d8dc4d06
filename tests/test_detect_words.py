"""``languages.detect``'s English test counts its words in C (branch cli15): the runs of ASCII
letters of the sample's UTF-8, lowered by a byte table and cut by ``bytes.split`` after every
other byte is made a space (a sample holding a character past ASCII whose lower case is an ASCII
letter lowered whole first), are the words ``re.findall("[A-Za-z]+")`` found in the lowered
sample, and so the count of English function words and the answer are the same: on every eval
and noise readout, drawn strings of letters past ASCII, digits, marks, "İ" and the Kelvin sign,
and drawn strings of words that are not English (both answers met)."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path

detect_module = importlib.import_module("readoutdiff.languages.detect")
EVAL = Path(__file__).resolve().parents[1] / "eval"
_WORD = re.compile("[A-Za-z]+")
_FUNCTION_WORDS = "the of and to in a is that for on with as by was were are be will".split()


def _samples() -> list[str]:
    paths = sorted((EVAL / "formulas").glob("*.txt")) + sorted((EVAL / "noise").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8")[: detect_module._SAMPLE] for path in paths]
    assert len(texts) > 400
    draw = random.Random(54)
    pieces = [
        "the", "The", "THE", "of", "and", " ", "\n", "\t", "-", "_", "2", "é", "É", "ß", "İ",
        "\u212a", "K", "中", "Путин", "a", "willing", "thé", "tHe", "x", "’", ".",
    ]  # fmt: skip
    texts += ["".join(draw.choices(pieces, k=draw.randint(0, 60))) for _ in range(3000)]
    other = ["los", "dos", "presidentes", "kedua", "pemimpin", "sepakat", "the", " ", ", ", "é"]
    texts += [" ".join(draw.choices(other, k=draw.randint(15, 80))) for _ in range(300)]
    return texts


def test_words_are_the_runs_of_ascii_letters_a_pattern_finds() -> None:
    told = set()
    for sample in _samples():
        lowered = sample.lower()
        expected = _WORD.findall(lowered)
        encoded = sample.encode("utf-8")
        if any(map(sample.__contains__, detect_module.LOWERED_TO_ASCII)):
            encoded = lowered.encode("utf-8")
        words = encoded.translate(detect_module._WORD_BYTES).split()
        assert [word.decode("ascii") for word in words] == expected, sample[:80]
        english = sum(word in _FUNCTION_WORDS for word in expected)
        answer = "en" if len(expected) < 20 or english >= 0.05 * len(expected) else "und"
        assert detect_module._code("latin", sample, sample.encode("utf-8")) == answer, sample[:80]
        told.add(answer)
    assert told == {"en", "und"}  # both answers met


def test_only_the_listed_characters_past_ascii_lower_to_an_ascii_letter() -> None:
    lowered_to_ascii = tuple(
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if any(ch.isascii() and ch.isalpha() for ch in chr(code).lower())
    )
    assert lowered_to_ascii == detect_module.LOWERED_TO_ASCII
