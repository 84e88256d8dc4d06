"""``lines.said_apart`` asks an index of the other readout (ux15): it walked every sentence of the
other readout per question, ``telling`` read again each time (a square in the readout's size,
sp96's leftover). The answers are those of the walk, kept written out here as the reference,
on every sentence pair and wording of real English readouts (the Sung Kim readouts acc36 and
acc37 made the rules on, and a long one of the evaluation set), and the other readout's
sentences are read once, however many questions are asked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from readoutdiff.formulas.linking import lines
from readoutdiff.formulas.linking.lines import APART, Elsewhere, _telling_in, said_apart, telling
from readoutdiff.formulas.linking.word_readings import TELLING_KEY
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.formulas.words.roles import PREPOSITIONS
from readoutdiff.ingest import load

PAIRS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _walked(
    sides: tuple[Sequence[Words], Sequence[Words]], at_a: lines._At, at_b: lines._At
) -> bool:
    """``said_apart`` as it was: every sentence of the other readout walked per question."""
    (a, b), (x, fa, la), (y, fb, lb) = sides, at_a, at_b
    own_a, own_b = _telling_in(a[x], fa, la), _telling_in(b[y], fb, lb)
    for differ, other, skip in ((own_a - own_b, b, y), (own_b - own_a, a, x)):
        if len(differ) >= APART and any(
            k != skip and differ <= telling(words) for k, words in enumerate(other)
        ):
            return True
    return _heads_walked((a[x], fa, la), (b[y], fb, lb), own_a - own_b, b, y) or (
        _heads_walked((b[y], fb, lb), (a[x], fa, la), own_b - own_a, a, x)
    )


def _heads_walked(
    own: tuple[Words, int, int], mate: tuple[Words, int, int], differ: frozenset[str],
    other: Sequence[Words], skip: int,
) -> bool:  # fmt: skip
    if len(differ) != 1:
        return False
    (words, first, last), (mate_words, mate_first, mate_last) = own, mate
    (head,) = differ
    stems, mates = words.stems, mate_words.stems
    for k in range(first, last - 2):
        link = stems[k + 1]
        if link not in PREPOSITIONS or words.caps[k] or TELLING_KEY[stems[k]] != head:
            continue
        said = stems[k + 2]
        if not any(
            mates[j + 1] == link and mates[j + 2] == said and TELLING_KEY[mates[j]] != ""
            for j in range(mate_first, mate_last - 2)
        ):
            continue
        for n, sentence in enumerate(other):
            if n != skip and any(
                sentence.stems[i + 1] == link and TELLING_KEY[sentence.stems[i]] == head
                for i in range(len(sentence.stems) - 1)
            ):
                return True
    return False


def _wordings(words: Words) -> list[tuple[int, int]]:
    """Wordings of a sentence: the whole, and each run of up to six words from each word."""
    n = len(words.stems)
    return [(0, n), *((i, min(n, i + width)) for i in range(n) for width in (3, 6))]


def _readouts(*dates: str) -> tuple[list[Words], ...]:
    return tuple(
        readout_words(load(str(PAIRS / f"sung-kim-noh-funakoshi__{date}__state.txt")))
        for date in dates
    )


@pytest.mark.parametrize("dates", [("2022-02-26", "2022-03-04"), ("2022-03-04", "2022-03-14")])
def test_the_index_answers_as_the_walk_did(dates: tuple[str, str]) -> None:
    a, b = _readouts(*dates)
    sides = (a, b)
    elsewhere = Elsewhere(sides)
    asked = apart = 0
    for x, wa in enumerate(a):
        for y, wb in enumerate(b):
            for fa, la in _wordings(wa)[:: max(1, len(wa.stems) // 4)]:
                for fb, lb in _wordings(wb)[:: max(1, len(wb.stems) // 4)]:
                    found = said_apart(elsewhere, (x, fa, la), (y, fb, lb))
                    assert found == _walked(sides, (x, fa, la), (y, fb, lb)), (x, fa, la, y, fb, lb)
                    asked += 1
                    apart += found
    assert asked > 1000 and apart > 0  # the rule answers both ways on these readouts


def test_the_other_readout_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _readouts("2022-03-04", "2022-03-14")
    read: list[int] = []

    def counted(words: Words) -> frozenset[str]:
        read.append(1)
        return telling(words)

    monkeypatch.setattr(lines, "telling", counted)
    elsewhere = Elsewhere((a, b))
    for x in range(len(a)):
        for y in range(len(b)):
            said_apart(elsewhere, (x, 0, len(a[x].stems)), (y, 0, len(b[y].stems)))
    assert 0 < len(read) <= len(a) + len(b)  # each sentence once, not once per question
