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


def test_the_lines_own_strings_cut_the_sentences_the_text_s_ranges_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``from_text`` hands the segmenter the kept lines' own strings (``texts``, cli5) while its
    ranges are those lines; the sentences (spans, lines, texts, folds) are those cut from the
    ranges alone, each with its memo empty, on English, Chinese and Russian readouts, a text of
    line ends ``\\r\\n``, and the readouts read in turn (the memo holding the first's lines)."""
    from readoutdiff.ingest import text as ingest_text

    paths = sorted(EVAL.glob("biden-albanese__*.txt"))[:3]
    paths += [PAGES / "xi-macron__hxjjw.clean.txt", PAGES / "peskov-ruble__vz.clean.txt"]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    texts.append(texts[0].replace("\n", "\r\n"))
    given = [from_text(text).sentences for text in texts]
    for text, sentences in zip(texts, given, strict=True):
        assert sentences == _fresh(monkeypatch, text)
        lines, line_texts = ingest_text._lines_and_texts(text, 0)
        english = language("en")
        monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=0))
        alone = segment.sentences(text, lines, english)
        monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=2_000_000))
        assert segment.sentences(text, lines, english, line_texts) == alone
