"""`benchmarks/reorder_spans.py` finds one wording said in two orders across two real dev
readouts, and none where the order is the same (acc46)."""

from __future__ import annotations

from pathlib import Path

from reorder_spans import reordered

from readoutdiff.ingest import from_text

_EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _pair(a: str, b: str) -> list[tuple[str, str, str]]:
    return reordered(from_text((_EVAL / a).read_text()), from_text((_EVAL / b).read_text()), 6, 3)


def test_a_moved_adverb_is_found_both_ways() -> None:
    # Biden-Kishida (White House, dev): "work closely together to address regional security
    # challenges" / "work together closely to address …" (hand: persisted).
    forward = _pair("biden-kishida__2023-05-18__wh.txt", "biden-kishida__2023-08-18__wh.txt")
    backward = _pair("biden-kishida__2023-08-18__wh.txt", "biden-kishida__2023-05-18__wh.txt")
    assert "address closely regional together work" in {s for s, _, _ in forward}
    assert {s for s, _, _ in forward} == {s for s, _, _ in backward}


def test_a_function_word_put_in_is_no_reorder() -> None:
    # Sherman-Lovegrove (State, dev): "continued their close coordination" / "continued close
    # coordination": the same stems in the same order.
    found = _pair(
        "sherman-lovegrove__2022-04-06__state.txt", "sherman-lovegrove__2022-07-26__state.txt"
    )
    assert not any("coordination" in s for s, _, _ in found)
