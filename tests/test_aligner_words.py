"""One tokenisation for the segmenter and the aligner (branch cli13): the words the aligner's
sides count (:class:`readoutdiff.align.similarity.Side`) come from the split the segmenter made
of each sentence (``wordshape.WORDS``) where that split gives them, and are those
:func:`readoutdiff.languages.words` cuts of the sentence's folded text; sides built with the
segmenter's words and without are the same, on English, Chinese, Russian and mixed readouts
and on texts made to tell the two cuts apart (``_``, ``'s``, a backtick, a tab, Thai)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.align.similarity import Side, _one_spaced
from readoutdiff.ingest import from_text
from readoutdiff.languages import segment, words, wordshape
from readoutdiff.text.wide import has_wide

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PAGES = Path(__file__).resolve().parent / "pages"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

MADE = (
    "The snake_case name stays one word. China's role, the sides' role and China`s role.\n"
    "Tabs\there and  two spaces. «Дружба» и сотрудничество — ёлка. Café au lait, naïve.\n"
    "ประเทศไทย met Japan. 核心利益 and core interests. Ukraine’s sovereignty was discussed.\n"
    "U.S.-China talks on 2nd_round issues. Россия's партнёр. The 1st and 22nd points.\n"
)


def _texts() -> list[str]:
    paths = sorted(EVAL.glob("*.txt"))[::20] + sorted(SAMPLES.glob("*.txt"))
    paths += sorted(PAGES.glob("*.clean.txt"))
    return [path.read_text(encoding="utf-8") for path in paths] + [MADE]


def _read(side: Side) -> tuple[object, ...]:
    cut = tuple(tuple(side.sentence_words(index)) for index in range(side.size))
    return side.folded, side.lengths, side.stems, side.lines, side.titled, side.headline, cut


def test_the_segmenter_s_words_are_the_words_the_aligner_cuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=2_000_000))
    kept = total = 0
    seen_cyrillic = False
    for text in _texts():
        readout = from_text(text)
        folds = {sentence.folded for sentence in readout.sentences}
        for folded in folds:
            cut = wordshape.WORDS.get(folded)
            total += 1
            if cut is None:
                assert has_wide(folded) or "_" in folded, folded
                continue
            kept += 1
            seen_cyrillic = seen_cyrillic or any("а" <= c <= "я" for c in folded)
            assert cut == words(folded) == words(_one_spaced(folded)), folded
        with_words = _read(Side(readout.sentences))
        held = dict(wordshape.WORDS)
        wordshape.WORDS.clear()  # the aligner cuts every sentence itself
        assert _read(Side(readout.sentences)) == with_words
        wordshape.WORDS.update(held)
    assert kept > 300, (kept, total)  # the others are wide (Chinese: jieba's words there)
    assert seen_cyrillic


def test_words_the_two_cuts_part_otherwise_are_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=2_000_000))
    readout = from_text(MADE)
    kept = {s.text: wordshape.WORDS.get(s.folded) for s in readout.sentences}
    assert kept["The snake_case name stays one word."] is None  # "snake_case": one word of \w
    assert kept["China's role, the sides' role and China`s role."] == [
        "china", "s", "role", "the", "sides", "role", "and", "china", "s", "role"
    ]  # fmt: skip
    assert kept["Россия's партнёр."] == ["россия", "s", "партнер"]
    ukraine = ["ukraine", "s", "sovereignty", "was", "discussed"]
    assert kept["Ukraine’s sovereignty was discussed."] == ukraine
    assert kept["Tabs\there and  two spaces."] == ["tabs", "here", "and", "two", "spaces"]
    assert kept["ประเทศไทย met Japan."] is None  # wide: cut character by character
    assert kept["«Дружба» и сотрудничество — ёлка."] == ["дружба", "и", "сотрудничество", "елка"]
    assert kept["The 1st and 22nd points."] == ["the", "1st", "and", "22nd", "points"]


def test_no_words_are_kept_for_a_text_too_large_for_the_memo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=100))
    wordshape.WORDS.clear()
    readout = from_text(MADE)
    assert not wordshape.WORDS
    side = Side(readout.sentences)
    assert side.sentence_words(0) == words(side.folded[0])
