"""benchmarks/auction_wars.py: the auction run component by component gives its result (the
exactness a per-component shortcut would rest on), and copies of one sentence settled in order
do not always end where the auction's price war leaves them (sp87)."""

from __future__ import annotations

import sys
from pathlib import Path

from readoutdiff.align.auction import auction

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import auction_wars
finally:
    sys.path.remove(str(ROOT / "benchmarks"))

SAMPLES = [ROOT / "samples" / "2021-06-28-xi-putin.txt",
           ROOT / "samples" / "2021-12-15-xi-putin.txt"]  # fmt: skip

# Three copies of one sentence in the 500 KB corpus (seed 10: B 705, 786 and 1297), each with
# the same candidates and scores; two A sentences score 0.566 for all three (the anchors'
# auction, 0.5 and up), so the copies fight a price war over the two places.
_SCORES = {1298: 0.5660996068236617, 2053: 0.19147591542876086, 2301: 0.15449302870454212,
           2412: 0.2016791366477963, 2451: 0.22461889548924918, 2470: 0.19319991289011806,
           2493: 0.5660996068236617, 2533: 0.20667692477368294, 2771: 0.2157193414083497,
           2862: 0.22880979967421214, 2907: 0.24667695641759557, 3153: 0.16297721456851408}  # fmt: skip
_COPIES = {705: dict(_SCORES), 786: dict(_SCORES), 1297: dict(_SCORES)}


def test_the_copies_war_leaves_the_middle_copy_unpaired_not_the_last() -> None:
    assert auction(_COPIES, 0.5) == {705: 1298, 1297: 2493}
    twins = auction_wars.usable(_COPIES, 0.5)
    assert auction_wars.components(twins) == [[705, 786, 1297]]
    assert auction_wars.settled_in_order([705, 786, 1297], twins[705]) == {705: 1298, 786: 2493}
    bids = auction_wars.bids_of(_COPIES, 0.5)
    assert min(bids.values()) > 100  # the war, at the smallest steps first


def test_the_auction_run_by_component_gives_its_result_on_a_real_pair() -> None:
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES]
    calls = auction_wars.captured(*texts)
    assert len(calls) == 2  # the anchors' auction, then the context-ranked one
    for call in calls:
        assert call.result
        assert auction_wars.by_component(call.edges, call.min_score) == call.result
    lines = auction_wars.report(calls)
    assert len(lines) == 2
    assert all("run by component the same: yes" in line for line in lines)


def test_components_join_bidders_through_shared_candidates() -> None:
    lists = {0: ((5, 0.9),), 3: ((7, 0.8), (9, 0.6)), 1: ((9, 0.7),), 2: ((6, 0.5),)}
    assert auction_wars.components(lists) == [[0], [1, 3], [2]]
