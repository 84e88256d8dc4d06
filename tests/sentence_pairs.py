"""Sentences read as the formula stage reads them, for tests of its rules on real readout
sentences: a readout's :class:`~readoutdiff.formulas.succession.succession.View`, the wordings a line
rule (``governed.lines``, ``stances.lines``) finds in two sentences read as one aligned pair,
and the changed formulas ``compare()`` reports on two texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

Lines = Callable[[View, View, Sequence[tuple[int, int]]], list[Wording]]


def view_of(text: str) -> View:
    """``text`` as a readout, with its words, and no formula found in it."""
    readout = from_text(text)
    return View(readout=readout, words=readout_words(readout), by_sentence={})


def paired_lines(lines: Lines, a: str, b: str) -> list[tuple[str, str]]:
    """The wordings ``lines`` finds in the sentences ``a`` and ``b``, read as one aligned pair."""
    va, vb = view_of(a), view_of(b)
    (wa, wb), (ta, tb) = (va.words[0], vb.words[0]), (va.readout.text, vb.readout.text)
    return [
        (ta[wa.start(i) : wa.end(j - 1)], tb[wb.start(k) : wb.end(m - 1)])
        for _, _, (i, j, k, m), _ in lines(va, vb, [(0, 0)])
    ]


def changed(a: str, b: str) -> list[tuple[str | None, str | None]]:
    """The (A, B) wordings of the changed formulas ``compare()`` reports on the texts."""
    found = compare(from_text(a), from_text(b)).formulas
    return [(f.a_text, f.b_text) for f in found if f.status.value == "changed"]
