"""benchmarks/lexicon_candidates.py: recurring runs of readouts that no lexicon wording holds."""

from __future__ import annotations

import lexicon_candidates as candidates
from build_background import Source

# Real sentence of a White House readout (President Biden's meeting with President Rivlin of
# Israel, 28 Jun 2021), outside the evaluation series; the counterparts below are labels.
RIVLIN = (
    "The leaders also consulted on opportunities to enhance peace and stability in the Middle"
    " East and beyond."
)


def _corpus(*readouts: tuple[str, str]) -> list[Source]:
    return [
        Source(f"r{i}", "Readout", who, f"Readout\n\n{text}")
        for i, (who, text) in enumerate(readouts)
    ]


def test_runs_recur_once_per_readout_without_lexicon_wordings_names_or_stop_edges() -> None:
    corpus = _corpus(("israel", RIVLIN + " " + RIVLIN), ("jordan", RIVLIN), ("egypt", RIVLIN))
    rows = candidates.candidates(corpus, 3, 3, range(2, 8))
    assert rows == [(3, 3, "leaders also consulted on opportunities to enhance")]
    assert candidates.candidates(corpus, 4, 3, range(2, 8)) == []


def test_fewer_counterparts_than_asked_is_no_candidate() -> None:
    corpus = _corpus(("israel", RIVLIN), ("israel", RIVLIN), ("egypt", RIVLIN))
    assert candidates.candidates(corpus, 3, 3) == []
    assert candidates.candidates(corpus, 3, 2) == [
        (3, 2, "leaders also consulted on opportunities to enhance")
    ]
