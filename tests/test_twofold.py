"""Two readouts compared on two cores give the very comparison one process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readoutdiff import twofold
from readoutdiff.compare import compare
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Options, Readout
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.text import render_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _pair() -> tuple[Readout, Readout]:
    return (
        load(str(SAMPLES / "2021-06-28-xi-putin.txt")),
        load(str(SAMPLES / "2021-12-15-xi-putin.txt")),
    )


def _forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Fork from any size, and count the forks."""
    monkeypatch.setattr(twofold, "FORK_FROM", 0)
    forks: list[int] = []
    fork = os.fork

    def counted() -> int:
        forks.append(1)
        return fork()

    monkeypatch.setattr(os, "fork", counted)
    return forks


def test_a_forked_comparison_renders_byte_for_byte_as_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forks = _forks(monkeypatch)
    parent, align, here = os.getpid(), twofold.align.align, []

    def counted(*args: object, **keywords: object) -> object:
        if os.getpid() == parent:
            here.append(1)
        return align(*args, **keywords)  # type: ignore[arg-type]

    monkeypatch.setattr(twofold.align, "align", counted)
    pairs = [_pair(), _pair()[::-1]]
    series = sorted(EVAL.glob("biden-kishida__*.txt"))[:3]
    pairs += [(load(str(x)), load(str(y))) for x, y in zip(series, series[1:], strict=False)]
    for a, b in pairs:
        for options in (Options(), Options(mine_formulas=False)):
            one = compare(a, b, options=options)
            before = len(here)
            two = twofold.compare_on_two_cores(a, b, options=options)
            assert len(here) == before  # the child's pairs were taken: none made here
            assert render_json(two) == render_json(one)
            assert render_text(two, color=False) == render_text(one, color=False)
    assert len(forks) == 2 * len(pairs)
    assert len(render_json(one)) > 10_000  # real pairs, not empty ones


def test_without_fork_the_comparison_stays_in_one_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(twofold, "FORK_FROM", 0)
    monkeypatch.delattr(os, "fork")
    a, b = _pair()
    assert not twofold.worth_a_fork(a, b, Options())
    assert render_json(twofold.compare_on_two_cores(a, b)) == render_json(compare(a, b))


def test_a_child_that_fails_leaves_the_pairing_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forks = _forks(monkeypatch)
    parent, align = os.getpid(), twofold.align.align

    def failing_in_the_child(*args: object, **keywords: object) -> object:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return align(*args, **keywords)  # type: ignore[arg-type]

    monkeypatch.setattr(twofold.align, "align", failing_in_the_child)
    a, b = _pair()
    assert render_json(twofold.compare_on_two_cores(a, b)) == render_json(compare(a, b))
    assert forks == [1]


def test_small_pairs_across_languages_by_meaning_or_without_formulas_are_not_forked() -> None:
    a, b = _pair()
    big = from_text("We met. " * 20_000), from_text("We met again. " * 20_000)
    assert not twofold.worth_a_fork(a, b, Options())  # two readouts of a few KB
    assert twofold.worth_a_fork(*big, Options()) == hasattr(os, "fork")
    assert not twofold.worth_a_fork(*big, Options(formulas=False))
    assert not twofold.worth_a_fork(*big, Options(meaning=True))
    chinese = from_text("双方同意加强合作。" * 30_000)
    assert not twofold.worth_a_fork(big[0], chinese, Options())
    assert twofold.compare_on_two_cores(a, b, fork=False).alignments == compare(a, b).alignments
