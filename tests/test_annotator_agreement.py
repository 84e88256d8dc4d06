"""benchmarks/annotator_agreement.py on real hand lists (branch e55b)."""

from __future__ import annotations

from pathlib import Path

import annotator_agreement
import pytest

ROOT = Path(__file__).resolve().parent.parent

OUTSIDE = ROOT / "eval" / "outside" / "pairs"


def test_a_hand_list_agrees_with_itself_wholly(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(OUTSIDE / "zhaoleji-macron__2023-04-06.toml")
    assert annotator_agreement.main([path, path]) == 0
    out = capsys.readouterr().out
    assert "events: first 26, second 26; found by the other with their status: 52 of 52" in out
    assert "| zhaoleji-macron__2023-04-06 | 26 | 26 | 26 | 26 | 16 / 0 / 0 |" in out


def test_not_formulas_listed_by_one_annotator_only_are_told_apart() -> None:
    pair = annotator_agreement.read(str(OUTSIDE / "zhaoleji-lula__2023-04-14.toml"), None)
    fewer = pair.__class__(**{**pair.__dict__, "not_formulas": pair.not_formulas[:-2]})
    only_1, only_2, shared = annotator_agreement.not_formula_gaps(pair, fewer)
    assert (only_1, only_2, shared) == (["中巴", "巴中"], [], len(pair.not_formulas) - 2)


def test_two_lists_of_different_readouts_are_refused() -> None:
    with pytest.raises(SystemExit):
        annotator_agreement.main(
            [
                str(OUTSIDE / "zhaoleji-macron__2023-04-06.toml"),
                str(OUTSIDE / "zhaoleji-lula__2023-04-14.toml"),
            ]
        )
