"""Branch u49's walk through the CLI as a new analyst: a passage's kind names what happened to
its sentences on dev pairs (two of A said again in two of B, cut elsewhere, are no merge)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest.reader import load
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _compared(a: str, b: str):
    return compare(load(FORMULAS / a), load(FORMULAS / b))


def test_two_sentences_said_again_in_two_are_regrouped_not_merged() -> None:
    # harris-marcos: A 3.2-3.3 → B 3.2-3.3 read "merged 2→2"
    view = render_text(
        _compared("harris-marcos__2023-09-06__wh.txt", "harris-marcos__2023-11-16__wh.txt")
    )
    assert "~ A 3.2-3.3 → B 3.2-3.3  changed, regrouped 2→2, score 0.54\n" in view
    assert "merged 2→2" not in view


def test_two_sentences_said_in_three_are_a_split_not_a_merge() -> None:
    # sullivan-landerholm: A 3.2-3.3 → B 3.2-3.4 read "merged 2→3", in every view
    comparison = _compared(
        "sullivan-landerholm__2023-02-02__wh.txt", "sullivan-landerholm__2023-05-08__wh.txt"
    )
    assert "~ A 3.2-3.3 → B 3.2-3.4  changed, split 2→3, score 0.39\n" in render_text(comparison)
    markdown = render_markdown(comparison)
    assert "- **changed, split 2→3** (A 3.2-3.3 → B 3.2-3.4, score 0.39)" in markdown
    assert "merged 2→3" not in markdown
