"""The segmenter's memo (``segment._REMEMBERED``) outlives a call, so the later readout of a
pair reads the lines it shares with the earlier one from it: the sentences are those read with
an empty memo (the slow path), for any order, language and size."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.ingest import from_text
from readoutdiff.languages import language, segment
from readoutdiff.languages.wordshape import REMEMBERED, shape

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PAGES = Path(__file__).resolve().parent / "pages"  # Chinese and Russian text


def _fresh(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[object, ...]:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=0))  # no memo
    return from_text(text).sentences


def test_readouts_read_after_others_equal_readouts_read_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(EVAL.glob("biden-albanese__*.txt"))[:3]
    paths += [PAGES / "xi-macron__hxjjw.clean.txt", PAGES / "peskov-ruble__vz.clean.txt"]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts.append(texts[0] + "\n" + texts[1])  # lines both readouts of a pair hold
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=2_000_000))
    remembered = [from_text(text).sentences for text in texts + texts[::-1]]
    assert sum(len(s) for s in remembered) > 100
    for text, sentences in zip(texts + texts[::-1], remembered, strict=True):
        assert sentences == _fresh(monkeypatch, text)


def test_the_memo_keeps_one_language_and_a_bounded_number_of_characters() -> None:
    memo = segment._Remembered(budget=100)
    english, russian = language("en"), language("ru")
    cut, known, shapes = memo.for_language(english, 60)
    cut["a line"] = [(0, 6)]
    assert shapes is REMEMBERED
    shapes["a line"] = shape("a line")
    assert memo.for_language(english, 30)[0] is cut  # 90 characters of text held
    assert "a line" in REMEMBERED
    assert memo.for_language(english, 30)[0] is not cut  # over the budget: emptied
    assert not REMEMBERED  # the words with the rest
    kept = memo.for_language(english, 10)[0]
    assert memo.for_language(russian, 10)[0] is not kept  # another language: emptied
    assert memo.for_language(russian, 500) == ({}, {}, None)  # larger than the budget: not kept
    assert memo.held == 0
