"""One word diff a reworded pair for the rules of ``succession/named.py`` (branch sp92):
``word_diff.pair_diff`` is the diff each of them made on its own (the stems of the pair's
sentences joined, ``opcodes_of``), and the qualifiers swapped, ``kept_complement.may_keep`` and
the replaced phrases read from it are those read without it, on the reworded pairs of real
comparisons (one and several sentences a side). And ``spans.Unheld``, whose furthest end so far
is kept in the bytecode now, tells what testing each span tells, nested spans among them."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.succession.kept_complement import may_keep, may_tell
from readoutdiff.formulas.succession.kept_qualifiers import kept_qualified
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.spans import Unheld, overlaps
from readoutdiff.formulas.words.word_diff import opcodes_of, pair_diff
from readoutdiff.model import Span, Status

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"),
    ("eval/formulas/biden-modi__2022-04-11__wh.txt", "eval/formulas/biden-modi__2022-05-24__wh.txt"),
    ("eval/formulas/blinken-kuleba__2022-05-27__state.txt", "eval/formulas/blinken-kuleba__2022-06-15__state.txt"),
    # a reworded pair of two sentences a side ("further economic and diplomatic measures")
    ("eval/formulas/blinken-le-drian__2022-03-22__state.txt", "eval/formulas/blinken-le-drian__2022-04-27__state.txt"),
]  # fmt: skip


@pytest.mark.parametrize("pair", PAIRS)
def test_one_diff_reads_what_each_rule_read(pair: tuple[str, str]) -> None:
    a, b = (load(ROOT / p) for p in pair)
    a_words, b_words = readout_words(a), readout_words(b)
    reworded = [p for p in compare(a, b).alignments if p.status is Status.CHANGED]
    assert reworded
    for p in reworded:
        diff = pair_diff(p, a_words, b_words)
        x = [stem for s in p.a for stem in a_words[s.index].stems]
        y = [stem for s in p.b for stem in b_words[s.index].stems]
        assert diff == (x, y, opcodes_of(x, y))
        views, readouts = (a_words, b_words), (a, b)
        assert kept_qualified(p, views, readouts, None, diff) == kept_qualified(
            p, views, readouts, None
        )
        assert may_keep(p, a_words, b_words, None, diff) == may_keep(p, a_words, b_words, None)
        for cores in (None, may_tell):
            made = wording.replacements(p, a, b, a_words, b_words, 90.0, None, cores, diff)
            assert made == wording.replacements(p, a, b, a_words, b_words, 90.0, None, cores)


def test_unheld_tells_what_testing_each_span_tells() -> None:
    a, b = (load(ROOT / p) for p in PAIRS[1])
    formulas = compare(a, b).formulas
    spans = [s for f in formulas for s in f.a_spans] + [s.span for s in a.sentences]
    # nested spans (a long one ends after shorter ones start), empty ones, one over them all
    starts = sorted({s.start for s in spans})
    spans += [Span(start=x, end=x + 500, line=1) for x in starts[::9]]
    spans += [Span(start=x, end=x, line=1) for x in starts[::13]]
    spans.append(Span(start=0, end=max(s.end for s in spans) + 1, line=1))
    for told in (spans, spans[:-1], spans[: len(spans) // 3], []):
        free = Unheld(told)
        for x in range(0, max(starts) + 50, 7):
            for width in (0, 1, 30):
                span = Span(start=x, end=x + width, line=1)
                assert free(span) is not overlaps(span, told)
                assert free.held(span) is overlaps(span, told)


def test_a_pair_of_several_sentences_a_side_is_read() -> None:
    a, b = (load(ROOT / p) for p in PAIRS[-1])
    reworded = [p for p in compare(a, b).alignments if p.status is Status.CHANGED]
    assert any(len(p.a) + len(p.b) > 2 for p in reworded)
