"""Two readouts in two languages: the views show each pair side by side, without word marks.

A word diff between English and Chinese (or Russian) strikes out every word of A and underlines
every word of B, which tells a reader nothing; the text, Markdown and HTML views show both
sides as they are instead. The JSON keeps its ``diff`` (data, not a view).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.model import Comparison, Status
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

BILINGUAL = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
PAIRS = {
    "en-zh": (
        "wangyi-jaishankar__2021-02-25__mfa.txt",
        "wangyi-jaishankar__2021-02-25__mfa-zh.txt",
    ),
    "ru-en": (
        "lukashenko-putin__2023-11-01__presidentby-ru.txt",
        "lukashenko-putin__2023-11-01__belta.txt",
    ),
}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def across(request: pytest.FixtureRequest) -> Comparison:
    a, b = PAIRS[request.param]
    comparison = compare(load(BILINGUAL / a), load(BILINGUAL / b))
    assert comparison.a.language != comparison.b.language
    return comparison


def _changed(comparison: Comparison) -> list[tuple[str, str]]:
    pairs = [(al.a_text, al.b_text) for al in comparison.alignments if al.status is Status.CHANGED]
    assert len(pairs) >= 5  # real translations: most sentences pair
    return pairs


def test_text_view_shows_each_pair_side_by_side_without_word_marks(across: Comparison) -> None:
    for color in (False, True):
        view = render_text(across, color=color)
        assert "[-" not in view and "{+" not in view
        assert "\x1b[9;31m" not in view and "\x1b[4;32m" not in view
        lines = view.splitlines()
        for a_text, b_text in _changed(across):
            at = lines.index(f"    A: {a_text}")
            assert lines[at + 1] == f"    B: {b_text}"


def test_markdown_shows_each_pair_side_by_side_without_word_marks(across: Comparison) -> None:
    markdown = render_markdown(across)
    assert "<del>" not in markdown and "<ins>" not in markdown
    # a passage and its translation are "paired", not "changed" (ux5); the data says changed
    changed = [line for line in markdown.splitlines() if line.startswith("- **paired")]
    assert len(changed) == len(_changed(across))
    assert all(re.search(r"\): A: .+<br>B: .+", line) for line in changed)


def test_html_report_shows_both_sides_unmarked_and_says_why(across: Comparison) -> None:
    page = render_html(across)
    body = page.split("<table", 1)[1]
    assert "<del" not in body and "<ins" not in body
    assert "words are not compared between" in page
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    for a_text, b_text in _changed(across):
        assert " ".join(a_text.split()) in " ".join(text.split())
        assert " ".join(b_text.split()) in " ".join(text.split())


def test_json_keeps_the_diff_and_one_language_keeps_its_word_marks(across: Comparison) -> None:
    assert '"delete"' in render_json(across)  # data for machines: unchanged
    samples = Path(__file__).resolve().parent.parent / "samples"
    same = compare(
        load(samples / "2021-06-28-xi-putin.txt"), load(samples / "2021-12-15-xi-putin.txt")
    )
    assert "[-" in render_text(same) and "<del>" in render_markdown(same)
    assert "deleted from A" in render_html(same)
