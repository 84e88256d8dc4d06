"""``languages.words`` on ASCII text through ``bytes.translate`` and ``languages.tokens`` by
character ranges (branch cli2): the words of ``\\w+`` and the tokens of ``\\w+|\\s+|[^\\w\\s]``,
as the string table and the pattern cut them, on real readouts and drawn ASCII texts."""

from __future__ import annotations

import random
import re
from pathlib import Path

from readoutdiff import languages
from readoutdiff.ingest import load

ROOT = Path(__file__).resolve().parent.parent
_PLAIN = re.compile(r"\w+")


def test_ascii_sentences_of_real_readouts() -> None:
    """Every ASCII folded sentence of the English evaluation readouts: the same words as the
    string table's translation and as the pattern's runs."""
    checked = 0
    for path in sorted((ROOT / "eval" / "formulas").glob("biden-*.txt"))[:120]:
        for sentence in load(str(path)).sentences:
            text = sentence.folded
            if text.isascii():
                found = languages.words(text)
                assert found == text.translate(languages._ASCII_GAPS).split()
                assert found == _PLAIN.findall(text)
                checked += 1
    assert checked > 300


def test_every_ascii_character() -> None:
    """Texts of any ASCII characters (controls, ``_``, punctuation): the same words."""
    draw = random.Random(7)
    for _ in range(3000):
        text = "".join(chr(draw.randrange(128)) for _ in range(draw.randrange(60)))
        assert languages.words(text) == _PLAIN.findall(text)


_PLAIN_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def test_tokens_of_ascii_text() -> None:
    """``languages.tokens`` of ASCII text by character ranges: the tokens of ``\\w+|\\s+|[^\\w\\s]``
    on every ASCII sentence of English evaluation readouts, each ASCII character alone and
    3,000 random ASCII texts (controls, tabs, ``_``)."""
    checked = 0
    for path in sorted((ROOT / "eval" / "formulas").glob("biden-*.txt"))[:60]:
        for sentence in load(str(path)).sentences:
            if sentence.text.isascii():
                assert languages.tokens(sentence.text) == _PLAIN_TOKEN.findall(sentence.text)
                checked += 1
    assert checked > 150
    for character in map(chr, range(128)):
        assert languages.tokens(character) == _PLAIN_TOKEN.findall(character)
    draw = random.Random(11)
    for _ in range(3000):
        text = "".join(chr(draw.randrange(128)) for _ in range(draw.randrange(60)))
        assert languages.tokens(text) == _PLAIN_TOKEN.findall(text)
