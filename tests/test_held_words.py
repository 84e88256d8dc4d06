"""``memo.held_words`` (branch sp93): each sentence's words inside a formula made when first
asked, not every sentence's first; on real readouts it answers every question the dict of
``taken_words`` answers, and it is that dict when the occurrences are out of sentence order."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas.matching.matcher import taken_words
from readoutdiff.formulas.mining.memo import Held, ReadoutMemo, held_words
from readoutdiff.formulas.tracking import find_formulas
from readoutdiff.ingest import load

ROOT = Path(__file__).resolve().parent.parent
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt"))[:4],
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt"))[:2],
]


@pytest.mark.parametrize("path", READOUTS, ids=lambda p: p.name)
def test_every_question_gets_the_answer_of_the_dict(path: Path) -> None:
    readout = load(path)
    found = tuple(o for o in find_formulas(readout) if o.source.value != "mined")
    expected = taken_words(found)
    assert found and expected
    held = held_words(found)
    assert type(held) is Held
    for sentence in range(-1, len(readout.sentences) + 1):
        assert held.get(sentence) == expected.get(sentence)
        assert held.get(sentence, ()) == expected.get(sentence, ())
        assert (sentence in held) is (sentence in expected)
        if sentence in expected:
            assert held[sentence] == expected[sentence]
            assert held.get(sentence) is held.get(sentence)  # made once, then kept
        else:
            with pytest.raises(KeyError):
                held[sentence]
    assert list(held) == list(expected) and len(held) == len(expected) and bool(held)
    assert dict(held) == dict(expected)
    assert not held_words(())
    shuffled = found[1:] + found[:1]
    if len({o.sentence for o in found}) > 1:
        assert type(held_words(shuffled)) is type(expected)  # out of order: the dict itself
        assert held_words(shuffled) == taken_words(shuffled)


def test_the_memo_gives_the_held_words_of_its_formulas() -> None:
    a, b = load(READOUTS[0]), load(READOUTS[1])
    memo = ReadoutMemo()
    compare(a, b, memo=memo)
    for readout in (a, b):
        held = memo.held(readout)
        assert type(held) is Held and held is memo.held(readout)
        assert dict(held) == dict(taken_words(memo.found(readout, memo._known[id(readout)].search)))
