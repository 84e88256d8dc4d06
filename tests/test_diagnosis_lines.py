"""The four diagnosis scripts that judge a made-up changed report (``aligned_halves``,
``halves``, ``formulaness_reach``, ``meaning_links``) judge it by the scorer's headline: each
side told with the line a formula at its place gets (``score_formulas.lines_at``), and the
tool's own reports made by ``score_formulas.report_of`` (branch left1). Each runs on a real dev
pair."""

from __future__ import annotations

from collections import Counter
from typing import Any

import aligned_halves
import formula_eval
import formulaness_reach
import halves
import meaning_links
import pytest
import score_formulas

BLINKEN = "blinken-dendias__2022-02-27"
"""Blinken-Dendias 2022-02-27 → 05-17 (State Department, dev): a formula dropped
("premeditated, unprovoked, and unjustified invasion") and one appeared ("shared democratic
values") stand alone in one gap of the aligned passages, each told with its line, and its
changed passages hold replaced phrases. (Blinken-Cavusoglu 2022-02-28 was the pair until the
fifty-second session: its one drop in such a place, "partners and Allies", was the English
background's "allies and partners", which bg2's rebuild left out.)"""


def _pair(name: str) -> formula_eval.Pair:
    return next(p for p in formula_eval.load_pairs(split="dev") if p.name == name)


def _recorded(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[dict[str, Any]]:
    """Every keyword set ``module`` calls ``as_changed_report`` with, the call still made."""
    calls: list[dict[str, Any]] = []

    def record(*args: Any, **lines: Any) -> str:
        calls.append(lines)
        return formula_eval.as_changed_report(*args, **lines)

    monkeypatch.setattr(module, "as_changed_report", record)
    return calls


def test_the_scripts_judge_the_tools_reports_as_the_scorer_does() -> None:
    pair = _pair(BLINKEN)
    comparison, result = halves.judged(pair)
    again = formula_eval.judge(pair, score_formulas.run_tool(pair))
    assert [j.report for j in result.judged] == [j.report for j in again.judged]
    assert any(j.report.a_line or j.report.b_line for j in result.judged)


def test_a_pairing_in_one_place_is_judged_with_its_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _recorded(monkeypatch, halves)
    pair = _pair(BLINKEN)
    made = list(halves.same_place(pair, *halves.judged(pair)))
    assert len(made) == len(calls) > 0
    assert all(set(c) == {"a_line", "b_line"} for c in calls)
    assert any(c["a_line"] or c["b_line"] for c in calls)


@pytest.mark.parametrize("script", [halves, aligned_halves])
def test_the_halves_scripts_run_on_a_dev_pair(script: Any, capsys: pytest.CaptureFixture) -> None:
    assert script.main(["--pair", BLINKEN, "--list"]) == 0
    assert "1 dev pairs" in capsys.readouterr().out


def test_aligned_halves_judges_its_readings_with_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _recorded(monkeypatch, aligned_halves)
    assert aligned_halves.main(["--pair", "biden-scholz__2022-11-06"]) == 0
    assert calls and all(set(c) == {"a_line", "b_line"} for c in calls)


def test_formulaness_reach_reads_a_dev_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # The corpus (a mirror) is not needed to read a pair: with no n-gram counted, every
    # wording is formula-like in no counterpart. The script counts a pair's hand-listed changed
    # events: Biden-Scholz 2022-11-06 has them (Blinken-Dendias, the pair until the fifty-third
    # session, has none since cnv14's convention (p) lists its one, "steadfast" / "unwavering
    # support", persisted).
    calls = _recorded(monkeypatch, formulaness_reach)
    where: Counter[tuple[str, int]] = Counter()
    cover: Counter[tuple[str, int]] = Counter()
    reps: Counter[tuple[str, str, str]] = Counter()
    formulaness_reach.read_pair(_pair("biden-scholz__2022-11-06"), {}, 3, where, cover, reps)
    assert sum(n for (state, sides), n in cover.items() if sides == 0) == sum(cover.values()) > 0
    assert calls and all(set(c) == {"a_line", "b_line"} for c in calls)


def test_meaning_links_judges_each_candidate_with_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _recorded(monkeypatch, meaning_links)
    found = meaning_links.candidates(_pair(BLINKEN), oracle=False)
    assert len(found) == len(calls) > 0
    assert any(c["a_line"] or c["b_line"] for c in calls)
