"""``languages.words`` on ASCII text through ``bytes.translate`` (branch cli2): the words the
``\\w+`` runs are, as ``str.translate`` with the same table cut them, on real readouts."""

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
