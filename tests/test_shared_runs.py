"""``shared_runs.sequence_blocks`` gives difflib's matching blocks, tie for tie."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from readoutdiff.text.shared_runs import RUNS_LIMIT, matching_blocks, sequence_blocks


def _difflib(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]


_WORDS = st.lists(st.sampled_from(["the", "two", "sides", "a", "b", "of"]), max_size=40)


@given(_WORDS, _WORDS)
def test_same_blocks_as_difflib(a: list[str], b: list[str]) -> None:
    assert sequence_blocks(a, b) == _difflib(a, b)


def test_same_blocks_on_edited_copies() -> None:
    """Many repeated words (ties everywhere), and copies with a few edits."""
    draw = random.Random(7)
    for _ in range(3000):
        size = draw.choice([2, 3, 5, 30])
        a = [str(draw.randrange(size)) for _ in range(draw.randrange(60))]
        b = list(a)
        for _ in range(draw.randrange(6)):
            at = draw.randrange(len(b) + 1)
            b[at:at] = [str(draw.randrange(size))] if draw.random() < 0.5 else []
            if b and draw.random() < 0.5:
                del b[draw.randrange(len(b))]
        assert sequence_blocks(a, b) == _difflib(a, b)
        assert matching_blocks(a, b) == _difflib(a, b)


def test_real_sentences() -> None:
    a = "the two sides agreed to deepen cooperation in trade and the economy".split()
    b = "the two sides agreed to strengthen cooperation in trade and investment".split()
    assert sequence_blocks(a, b) == _difflib(a, b) == [(0, 0, 5), (6, 6, 4)]


def test_real_sentence_pairs() -> None:
    """Every sentence of a real readout against every sentence of the next one of its series
    (the words of reworded pairs, and of pairs sharing only stop words): the runs read once
    and cut to each box (branch sp59) give difflib's blocks; the two whole readouts, searched
    box by box, too."""
    from pathlib import Path

    from readoutdiff.formulas.words.phrases import readout_words
    from readoutdiff.ingest import load

    folder = Path(__file__).resolve().parent.parent / "eval" / "formulas"
    a, b = (
        readout_words(load(folder / name))
        for name in ("biden-albanese__2022-05-24__wh.txt", "biden-albanese__2022-11-13__wh.txt")
    )
    compared = 0
    for x in a:
        for y in b:
            assert sequence_blocks(x.stems, y.stems) == _difflib(list(x.stems), list(y.stems))
            compared += 1
    assert compared >= 60
    # The two whole readouts: past RUNS_LIMIT, searched box by box.
    whole_a = [stem for words in a for stem in words.stems]
    whole_b = [stem for words in b for stem in words.stems]
    assert len(whole_a) * len(whole_b) > RUNS_LIMIT
    assert sequence_blocks(whole_a, whole_b) == _difflib(whole_a, whole_b)
