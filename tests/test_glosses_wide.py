"""``glosses.holds_wide``: whether a whole readout holds a wide character, told from its non-ASCII
characters alone (branch sp95), answers as ``has_wide`` does on every real readout of the
evaluation set and the u69 walk, English, Chinese and Russian, and wherever the wide character
stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.ingest.glosses import holds_wide, without_glosses
from readoutdiff.text.wide import has_wide

ROOT = Path(__file__).resolve().parent.parent
READOUTS = sorted(
    [*(ROOT / "eval" / "formulas").glob("*.txt"), *(ROOT / "tests" / "data" / "u69").glob("*.txt")]
)
GLOSSED = ROOT / "tests" / "data" / "u69" / "wangyi-barrot__2025-06-06__xinhua-zh.txt"
ENGLISH = ROOT / "tests" / "data" / "u69" / "wangyi-barrot__2025-06-06__xinhua.txt"


def test_the_real_readouts_span_the_three_languages() -> None:
    texts = [path.read_text(encoding="utf-8") for path in READOUTS]
    assert len(texts) > 300
    assert any(text.isascii() for text in texts)
    assert any(not text.isascii() and not has_wide(text) for text in texts)  # curly quotes, Russian
    assert any(has_wide(text) for text in texts)  # Chinese


@pytest.mark.parametrize("path", READOUTS, ids=lambda path: path.name)
def test_holds_wide_answers_as_has_wide_on_each_real_readout(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert holds_wide(text) is has_wide(text)


@pytest.mark.parametrize("wide", ["会", "ภ", "\uff01", "\ud800"])  # Han, Thai, fullwidth, surrogate
def test_one_wide_character_far_into_an_english_readout_is_found(wide: str) -> None:
    text = ENGLISH.read_text(encoding="utf-8") * 4  # past the head asked as it is
    assert not holds_wide(text)
    at = len(text) * 3 // 4
    assert holds_wide(text[:at] + wide + text[at:])
    assert not holds_wide(text[:at] + "\u201c—ё\u3000" + text[at:])  # below the wide ranges


def test_glosses_after_a_long_english_head_are_still_taken_out() -> None:
    glossed = GLOSSED.read_text(encoding="utf-8")
    head = ENGLISH.read_text(encoding="utf-8") * 2
    alone, note = without_glosses(glossed)
    assert note is not None
    text, joined_note = without_glosses(head + glossed)
    assert (text, joined_note) == (head + alone, note)
