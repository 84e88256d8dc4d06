"""The scorer's ``--history``: each pair gets the earlier readouts of its series, never later ones."""

from __future__ import annotations

from pathlib import Path

import formula_eval
import score_formulas

from readoutdiff.model import Options

PAIRS = formula_eval.load_pairs()


def _date(path: Path) -> str:
    return path.stem.split("__")[1]


def _sullivan_ano_last() -> formula_eval.Pair:
    """The last dev pair of sullivan-ano (five readouts): its three earlier calls teach
    "friendship between our nations" (biden-zelenskyy's one learnt phrase, a name and one word,
    is no longer learnt: hist2)."""
    return max((p for p in PAIRS if p.series == "sullivan-ano"), key=lambda p: _date(p.a_path))


def _truss() -> list[formula_eval.Pair]:
    """The three dev pairs of blinken-truss (four readouts), oldest first."""
    return sorted((p for p in PAIRS if p.series == "blinken-truss"), key=lambda p: _date(p.a_path))


def test_first_pair_of_a_series_gets_no_history() -> None:
    first = _truss()[0]
    assert score_formulas.history_of(first) == []
    assert score_formulas.history_options(first, Options()) == Options()


def test_later_pair_gets_exactly_the_earlier_readouts() -> None:
    pairs = _truss()
    third = pairs[2]
    assert [p.name for p in score_formulas.history_of(third)] == [
        "blinken-truss__2022-04-01__state.txt",
        "blinken-truss__2022-05-03__state.txt",
    ]
    assert score_formulas.history_of(third) == [pairs[0].a_path, pairs[1].a_path]
    assert score_formulas.history_of(pairs[1]) == [pairs[0].a_path]


def test_history_never_holds_b_or_a_later_readout() -> None:
    for pair in PAIRS:
        history = score_formulas.history_of(pair)
        assert pair.a_path not in history and pair.b_path not in history
        assert all(formula_eval.split_name(p)[0] == pair.series for p in history)
        assert all(_date(p) < _date(pair.a_path) for p in history)
        for other in PAIRS:  # every readout of an earlier pair of the series is there
            if other.series == pair.series and _date(other.b_path) < _date(pair.a_path):
                assert {other.a_path, other.b_path} <= set(history)


def test_a_later_pair_learns_recurring_phrases_from_its_history() -> None:
    third = _sullivan_ano_last()
    assert len(score_formulas.history_of(third)) == 3
    options = score_formulas.history_options(third, Options())
    assert options.lexicon is not None
    learned = [e for e in options.lexicon.entries if e.id.startswith("recurring:")]
    assert learned
    # Every phrase learned is said in at least two of the readouts given.
    texts = [p.read_text(encoding="utf-8").casefold() for p in
             (*score_formulas.history_of(third), third.a_path, third.b_path)]  # fmt: skip
    assert all(sum(e.text.casefold() in t for t in texts) >= 2 for e in learned)
    # ... one of them an earlier readout (what A and B alone share is not history).
    assert all(any(e.text.casefold() in t for t in texts[:3]) for e in learned)
    assert score_formulas.learned(third) == [e.text for e in learned]
    assert score_formulas.learned(_truss()[0]) == []
    with_history = score_formulas.run_tool(third, history=True)
    assert with_history == score_formulas.run_tool(third, history=True)


def test_the_scorers_history_is_what_readoutdiff_history_gives_a_user() -> None:
    """``--cli --history`` runs ``readoutdiff A B --history DIR`` (DIR: copies of the earlier
    readouts); the in-process scorer must report the same formulas."""
    third = _sullivan_ano_last()
    user = score_formulas.run_cli(third, history=True)
    assert user == score_formulas.run_tool(third, history=True)
    assert user != score_formulas.run_cli(third)  # the history changes the report


def test_an_outside_pair_reads_its_history_from_its_own_folder() -> None:
    """``--set outside --history`` read each pair's history from eval/formulas, which holds no
    outside series: no outside pair had one, and the run scored the pairs alone (rev26). Now
    the earlier readouts of its series in eval/outside, as for the formulas set."""
    outside = formula_eval.load_pairs(score_formulas.SETS["outside"])
    told = {pair.name: score_formulas.history_of(pair) for pair in outside}
    with_history = [pair for pair in outside if told[pair.name]]
    assert len(with_history) >= len(outside) // 3
    for pair in with_history:
        for path in told[pair.name]:
            assert path.parent == pair.a_path.parent == score_formulas.SETS["outside"]
            assert formula_eval.split_name(path)[0] == pair.series
            assert _date(path) < _date(pair.a_path)
