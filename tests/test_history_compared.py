"""``--history`` makes the same comparison with less work (hist4).

Real pairs of ``eval/formulas`` with the other readouts of their series as history, one for each
way the learning ends: nothing learnt, every phrase kept (the trial comparison is the answer),
none kept (the pair's own comparison is), some kept (the formula stage runs a third time). In
each, :func:`history_compared` writes the JSON ``compare(a, b, options=with_history(...))``
writes, and the pair's passages are aligned once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import align, compare, load
from readoutdiff.history import history_compared, with_history
from readoutdiff.model import Comparison, Options
from readoutdiff.render.jsonout import json_stream

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PAIRS = [
    ("harris-arevalo", "2023-09-01", "2024-03-25", 0),  # nothing learnt
    ("biden-abdullah", "2024-04-14", "2024-05-06", 1),  # every phrase kept
    ("carney-trump", "2025-05-06", "2025-06-16", 0),  # none kept (a change said around it)
    ("harris-marcos", "2023-09-06", "2023-11-16", 1),  # some kept (hist3's ironclad change)
]


def _json(comparison: Comparison) -> str:
    return "".join(json_stream(comparison))


@pytest.mark.parametrize(("series", "a_date", "b_date", "learnt"), PAIRS)
def test_history_compared_is_the_comparison_under_the_phrases_learnt(
    series: str, a_date: str, b_date: str, learnt: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    readouts = [load(path) for path in sorted(EVAL.glob(f"{series}__*.txt"))]
    a = next(r for r in readouts if f"__{a_date}__" in str(r.path))
    b = next(r for r in readouts if f"__{b_date}__" in str(r.path))
    earlier = [r for r in readouts if r is not a and r is not b]
    options = with_history(Options(), earlier, [a, b])
    entries = options.lexicon.entries if options.lexicon else ()
    assert min(1, sum(e.id.startswith("recurring:") for e in entries)) == learnt
    expected = _json(compare(a, b, options=options))
    alone = compare(a, b)
    aligned = align.align
    calls: list[int] = []

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return aligned(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(align, "align", counted)
    assert _json(history_compared(Options(), earlier, [a, b])) == expected
    assert len(calls) == 1  # the passages aligned once, however many lexicons are tried
    assert _json(history_compared(Options(), earlier, [a, b], alone)) == expected
    assert len(calls) == 1  # and not at all with the pair's own comparison given
