"""languages.en.plain (ingest.people._plain until ux24 moved the English name reading to
languages/en.py) decomposes only the runs of a text past ASCII: the same text as
decomposing it whole and dropping the marks, on every eval readout and on drawn strings of
accented, composed, compatibility and combining characters."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from readoutdiff.languages.en import plain

EVAL = Path(__file__).resolve().parents[1] / "eval" / "formulas"


def whole(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_plain_is_the_whole_texts_decomposition_without_marks() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EVAL.glob("*.txt"))]
    assert len(texts) > 400 and any(not text.isascii() for text in texts)
    draw = random.Random(46)
    letters = "ae e\u0301\u0308ğŞÅ中文Ёё\ufb01\u00b2\u01c5 .-"
    texts += [
        "".join(draw.choice(letters) for _ in range(draw.randint(0, 40))) for _ in range(5000)
    ]
    for text in texts:
        assert plain(text) == whole(text), text[:80]
    assert plain("President Erdoğan") == "President Erdogan"
