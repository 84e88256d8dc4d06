"""The outside set with hand-written expectations (``eval/outside/``) holds together: every
wording is quoted from its readout, its series are in no other set, its aside part is the seeded
draw of whole series, and ``score_formulas.py --set outside`` scores it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import formula_eval
import pytest
import score_formulas
import test_formula_eval

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "eval" / "outside"
PAIRS = formula_eval.load_pairs(OUTSIDE)


def _series(folder: Path) -> set[str]:
    return {formula_eval.split_name(p)[0] for p in folder.glob("*.txt")}


def test_series_are_in_no_other_set_and_not_reserved() -> None:
    assert len(PAIRS) == 8 and len({p.series for p in PAIRS}) == 5
    others = _series(ROOT / "eval" / "formulas") | _series(ROOT / "eval" / "noise")
    assert not _series(OUTSIDE) & others
    for series in _series(OUTSIDE):
        names = set(series.split("-"))
        assert not any(r <= names for r in test_formula_eval.RESERVED), series


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_pair_is_consistent(pair: formula_eval.Pair) -> None:
    test_formula_eval.test_pair_is_consistent(pair)
    assert not pair.fresh


def test_every_file_is_listed_in_sources() -> None:
    sources = (OUTSIDE / "SOURCES.md").read_text(encoding="utf-8")
    for path in OUTSIDE.glob("*.txt"):
        assert f"`{path.name}`" in sources, path.name


def test_aside_part_is_the_seeded_draw_of_whole_series() -> None:
    pairs_of = {s: sum(p.series == s for p in PAIRS) for s in {p.series for p in PAIRS}}
    order = sorted(pairs_of)
    random.Random(14).shuffle(order)
    aside: set[str] = set()
    for series in order:
        if sum(pairs_of[s] for s in aside) >= round(len(PAIRS) / 3):
            break
        aside.add(series)
    assert aside == {p.series for p in PAIRS if p.heldout}
    assert not aside & {p.series for p in PAIRS if not p.heldout}


def test_scorer_scores_the_outside_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert score_formulas.main(["--set", "outside", "--pair", "biden-tinubu", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"dev", "all"}  # a tuning pair: no aside column
    assert all(v is None or 0.0 <= v <= 1.0 for v in figures["all"].values())
