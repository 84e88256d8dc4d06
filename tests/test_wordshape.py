"""One tokenisation for the segmenter and the formula stage: the words the stage reads from
the segmenter's memo (``wordshape.REMEMBERED``) are those it cuts itself when the memo holds
nothing, for English, Chinese and Russian readouts, read alone or after another readout."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.ingest import from_text
from readoutdiff.languages import segment, wordshape

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PAGES = Path(__file__).resolve().parent / "pages"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _texts() -> list[str]:
    paths = sorted(EVAL.glob("biden-albanese__*.txt"))[:3] + sorted(SAMPLES.glob("*.txt"))
    paths += [PAGES / "xi-macron__hxjjw.clean.txt", PAGES / "peskov-ruble__vz.clean.txt"]
    return [path.read_text(encoding="utf-8") for path in paths]


def _fields(words: Sequence[Words]) -> list[tuple[object, ...]]:
    return [tuple(getattr(w, name) for name in Words.__slots__) for w in words]


def test_the_stage_reads_the_words_the_segmenter_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=2_000_000))
    readouts, kept = [], []
    for text in _texts():
        readout = from_text(text)
        # the segmenter kept the words of every sentence it cut (until another language comes)
        assert {s.text for s in readout.sentences} <= wordshape.REMEMBERED.keys()
        readouts.append(readout)
        kept.append(readout_words(readout))
    wordshape.REMEMBERED.clear()  # the stage cuts every sentence itself
    # Words is a class with slots (sp71), compared by its fields
    assert [_fields(readout_words(readout)) for readout in readouts] == [_fields(w) for w in kept]
    assert sum(len(words) for words in kept) >= 100
    assert any(any("\u4e00" <= c <= "\u9fff" for w in words for s in w.stems for c in s)
               for words in kept)  # fmt: skip


def test_a_readout_too_large_for_the_memo_leaves_the_stage_its_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "_REMEMBERED", segment._Remembered(budget=100))
    wordshape.REMEMBERED.clear()
    text = _texts()[0]
    readout = from_text(text)
    assert not wordshape.REMEMBERED  # not kept: bounded memory
    words = readout_words(readout)
    assert [w.stems for w in words] == [
        wordshape.shape(s.text, s.folded).stems for s in readout.sentences
    ]


def test_ascii_text_is_cut_as_the_unicode_pattern_cuts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_SPLIT_ASCII`` (three ranges) cuts an ASCII text where ``_SPLIT`` (``[^\\W_]``) does:
    on the lines of real readouts, lower-cased and as written, and on drawn ASCII strings of
    letters, digits, underscores, apostrophes and "'s" at every edge; and a sentence's whole
    shape is the same with either pattern."""
    import random

    lines = [line for text in _texts() for line in text.splitlines() if line.isascii()]
    rng = random.Random(7)
    pieces = ["a", "Z", "9", "_", "'", "'s", "s", " ", ".", "-", "\t", "U.S.", "'S"]
    lines += ["".join(rng.choices(pieces, k=rng.randint(0, 30))) for _ in range(3_000)]
    assert len(lines) > 3_000
    for line in lines:
        for text in (line, line.lower()):
            assert wordshape._SPLIT_ASCII.split(text) == wordshape._SPLIT.split(text), text
    shapes = [wordshape.shape(line) for line in lines]
    monkeypatch.setattr(wordshape, "_SPLIT_ASCII", wordshape._SPLIT)
    assert [wordshape.shape(line) for line in lines] == shapes


def test_the_optional_possessive_as_an_empty_branch_finds_what_the_question_mark_found() -> None:
    """The word patterns spell their optional "'s" as ``(?:'s\\b|)`` (cli5: ``re`` runs a
    ``?`` of a group by its general repeat): the same splits and words as ``(?:'s\\b)?`` on
    the lines of real readouts and on drawn strings of letters, digits, apostrophes and "'s"."""
    import random
    import re

    lines = [line for text in _texts() for line in text.splitlines()]
    rng = random.Random(11)
    pieces = ["a", "Z", "9", "_", "'", "'s", "s", " ", ".", "-", "é", "Я", "会", "'S", "’s"]
    lines += ["".join(rng.choices(pieces, k=rng.randint(0, 30))) for _ in range(3_000)]
    question = {
        wordshape._SPLIT_ASCII: r"([A-Za-z0-9]+(?:'s\b)?)",
        wordshape._SPLIT: r"([^\W_]+(?:'s\b)?)",
        wordshape.PLAIN_WORD: r"[^\W_]+(?:'s\b)?",
        wordshape._WORD(): wordshape._WORD().pattern.replace("(?:'s\\b|)", "(?:'s\\b)?"),
    }
    for pattern, spelled in question.items():
        assert spelled != pattern.pattern
        was = re.compile(spelled)
        for line in lines:
            for text in (line, line.lower()):
                assert pattern.split(text) == was.split(text), (pattern.pattern, text)
                assert pattern.findall(text) == was.findall(text), (pattern.pattern, text)


def test_a_british_doubled_consonant_is_the_american_word() -> None:
    """Harris–Castro lists "combatting corruption" in both readouts (the second also says
    "combating corruption" once): the lexicon's "combat corruption" is found in both spellings
    and persists, where it was a B-only "combating corruption" said appeared (acc25)."""
    from readoutdiff.compare import compare

    a, b = (
        from_text((EVAL / f"harris-castro__{day}__wh.txt").read_text(encoding="utf-8"))
        for day in ("2021-12-11", "2022-01-27")
    )
    kept = [f for f in compare(a, b).formulas if f.id == "combat-corruption"]
    assert [(f.status.value, f.a_text) for f in kept] == [("persisted", "combatting corruption")]
    assert sorted(b.text[s.start : s.end] for s in kept[0].b_spans) == [
        "combating corruption",
        "combatting corruption",
    ]
    assert wordshape._stemmed("travelled") == wordshape._stemmed("traveled") == "traveled"


def test_each_words_capital_is_its_first_letters_case_on_real_readouts() -> None:
    # _caps takes the first letters by one itemgetter call (branch sp95); a text of one word
    # takes the other way, as does one of none
    seen = set()
    for text in _texts():
        for sentence in from_text(text).sentences:
            shaped = wordshape.shape(sentence.text, sentence.folded)
            assert shaped.caps == tuple(sentence.text[start].isupper() for start in shaped.starts)
            seen.add(min(len(shaped.starts), 2))
    assert 2 in seen
    assert wordshape.shape("—", "—").caps == () and wordshape.shape("Yes", "yes").caps == (True,)
    assert wordshape.shape("Xi Jinping", "xi jinping").caps == (True, True)
    assert wordshape.shape("«Да»", "«да»").caps == (True,)
