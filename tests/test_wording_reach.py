"""benchmarks/wording_reach.py: hand-listed wordings known to the built-in sources, or reachable
by a run that recurs across counterparts."""

from __future__ import annotations

import wording_reach as reach
from build_background import Source
from formula_eval import fold

# Real sentence of a White House readout (President Biden's call with the leaders of the
# Bucharest Nine, 9 Dec 2021), outside the evaluation series; the counterparts are labels.
B9 = (
    "President Biden reaffirmed the United States' commitment to transatlantic security and"
    " NATO's eastern flank."
)


def test_a_wording_is_known_when_a_source_phrase_matches_it_under_the_scorer_rule() -> None:
    phrases = [(fold(p), p) for p in ("rule of law", "sovereignty and territorial integrity")]
    assert reach.known_by("respect for the rule of law", phrases) == "rule of law"
    assert reach.known_by("Ukraine's sovereignty and territorial integrity", phrases) == (
        "sovereignty and territorial integrity"
    )
    assert reach.known_by("the rule of the road", phrases) is None


def test_runs_have_no_stop_word_at_an_edge_and_would_count_as_the_wording() -> None:
    runs = [" ".join(r) for r in reach.candidate_runs("fortify NATO's Eastern Flank", 2)]
    assert "nato eastern flank" in runs and "fortify nato eastern flank" in runs
    assert "eastern flank" in runs  # 2 of 4 words: the scorer's cover of 0.4 is met
    assert not [r for r in runs if r.split()[0] in ("the", "of") or r.split()[-1] == "the"]


def test_where_counts_each_readout_that_holds_a_run() -> None:
    corpus = [Source(f"r{i}", "Readout", who, f"Readout\n\n{B9}") for i, who in enumerate("abc")]
    corpus.append(Source("r3", "Readout", "d", "Readout\n\nThe leaders discussed trade."))
    places = reach.where(corpus, [("nato", "eastern", "flank"), ("transatlantic", "security")])
    assert places[("nato", "eastern", "flank")] == {0, 1, 2}
    assert places[("transatlantic", "security")] == {0, 1, 2}
