"""Spacing inside a changed passage is no change: a line end where a readout was wrapped, or an
en space against a space, leaves the words around it unmarked in every view (real readouts)."""

from __future__ import annotations

import json
from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest import load
from readoutdiff.model import Alignment, Comparison, Op
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
SUNAK = [
    ROOT / "tests" / "front_matter" / f"biden-sunak__{day}__wh-briefings.md"
    for day in ("2022-10-25", "2022-11-16")
]
XI_PUTIN = [ROOT / "samples" / f"{day}-xi-putin.txt" for day in ("2021-06-28", "2021-12-15")]


def _compared(paths: list[Path]) -> Comparison:
    return compare(load(paths[0]), load(paths[1]))


def _passage(comparison: Comparison, words: str) -> Alignment:
    return next(item for item in comparison.alignments if words in item.b_text)


def test_a_name_wrapped_at_another_place_is_not_a_changed_word() -> None:
    """The archive wrapped "Rishi / Sunak of" in A and "Rishi Sunak / of" in B: the word diff
    showed "Rishi[- Sunak -]{+ Sunak +}of"; now only the real changes are marked."""
    comparison = _compared(SUNAK)
    passage = _passage(comparison, "on the margins of the G20")
    assert "Rishi\nSunak of" in passage.a_text and "Rishi Sunak\nof" in passage.b_text
    changed = [op.text for op in passage.ops if op.op is not Op.EQUAL and not op.text.isspace()]
    assert changed == [
        "spoke", "met", "to congratulate him on his appointment", "on the margins of the G20",
    ]  # fmt: skip
    assert "".join(op.text for op in passage.ops if op.op is not Op.INSERT) == passage.a_text
    assert "".join(op.text for op in passage.ops if op.op is not Op.DELETE) == passage.b_text
    assert (
        "    President Joseph R. Biden, Jr. [-spoke-]{+met+} today with Prime Minister Rishi Sunak"
        " of the United Kingdom [-to congratulate him on his appointment-]{+on the margins of the"
        " G20+}."
    ) in render_text(comparison, color=False).splitlines()
    assert (
        "today with Prime Minister Rishi Sunak of the United Kingdom <del>to congratulate"
    ) in render_markdown(comparison)
    html = render_html(comparison)
    # (cnv5: the congratulation, said in A only, is a dropped formula, marked inside the del)
    assert "Prime Minister Rishi\nSunak of the United Kingdom <del>to <mark" in html
    assert "Prime Minister Rishi Sunak\nof the United Kingdom <ins>on the margins" in html


def test_an_en_space_against_a_space_is_kept_in_the_json_and_unmarked_in_the_views() -> None:
    """The Chinese foreign ministry's English readout of 15 December 2021 (samples/) has an en
    space in "with\u2002the": JSON keeps each side's spacing (a delete of A's space, an insert
    of B's), the views mark neither."""
    comparison = _compared(XI_PUTIN)
    passage = _passage(comparison, "Eurasia Economic Union")
    pairs = [(op.op, op.text) for op in passage.ops]
    assert (Op.DELETE, " ") in pairs and (Op.INSERT, "\u2002") in pairs
    document = json.loads(render_json(comparison))
    diffs = [item["diff"] for item in document["alignments"]]
    assert any(["delete", " "] in diff and ["insert", "\u2002"] in diff for diff in diffs)
    assert "{+Eurasia+} Economic Union." in render_text(comparison, color=False)
    assert " with\u2002the " in render_text(comparison, color=False)
    markdown = render_markdown(comparison)  # one line for both sides: spaced as B is
    assert "with\u2002the <del>Eurasian</del><ins>Eurasia</ins> Economic Union." in markdown
    html = render_html(comparison)
    assert "with the <del>Eurasian</del>" in html and "with\u2002the <ins>Eurasia</ins>" in html
    assert "<del> </del>" not in html and "<ins>\u2002</ins>" not in html
