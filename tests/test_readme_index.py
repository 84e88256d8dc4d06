"""The top of benchmarks/README.md: its index is what ``benchmarks/index_readme.py`` writes, its
links lead to headings, and its current figures are the newest session end's."""

from __future__ import annotations

import re
from pathlib import Path

import index_readme

ROOT = Path(__file__).resolve().parent.parent
BENCH_README = ROOT / "benchmarks" / "README.md"


def _lines() -> list[str]:
    return BENCH_README.read_text(encoding="utf-8").splitlines()


def test_the_index_is_what_the_script_writes() -> None:
    """Fails after a section is appended or a script added until the index is written again:
    python benchmarks/index_readme.py"""
    assert index_readme.main(["--check"]) == 0


def test_every_link_of_the_top_leads_to_a_heading() -> None:
    lines = _lines()
    anchors = {heading.anchor for heading in index_readme.headings(lines)}
    top = "\n".join(lines[: lines.index(index_readme.END)])
    links = re.findall(r'\]\(#([^)\s]+)(?: "(?:[^"\\]|\\.)*")?\)', top)
    assert len(links) > 600
    assert not sorted(set(links) - anchors)


def test_every_script_has_a_row_with_the_first_sentence_of_its_docstring() -> None:
    text = BENCH_README.read_text(encoding="utf-8")
    scripts = sorted((ROOT / "benchmarks").glob("*.py"))
    assert len(scripts) > 90
    for path in scripts:
        assert f"| `{path.name}` | {index_readme.summary(path)} |" in text


def test_the_current_figures_are_those_of_the_newest_session_end() -> None:
    """The lead copies the figures of each session's end section to the top of the file."""
    lines = _lines()
    ends = [
        index_readme.session_number(match.group(1))
        for heading in index_readme.headings(lines)
        if (match := index_readme.END_OF_SESSION.match(heading.title))
    ]
    newest = index_readme.session_name(max(number for number in ends if number is not None))
    current = [line for line in lines if line.startswith("## Current figures")]
    assert current == [f"## Current figures (end of the {newest} session)"]


def test_anchors_are_githubs() -> None:
    assert index_readme.github_anchor("Formula evaluation set: `score_formulas.py`") == (
        "formula-evaluation-set-score_formulaspy"
    )
    assert index_readme.github_anchor("sp30: −18.7 M of a 652 M stage (issue 10 point 7)") == (
        "sp30-187-m-of-a-652-m-stage-issue-10-point-7"
    )
    assert index_readme.github_anchor("zh10: 实现 → 半岛 [a](b)") == "zh10-实现--半岛-a"
    lines = ["# A", "## Files", "```sh", "## not a heading", "```", "## Files", "### Files"]
    assert [heading.anchor for heading in index_readme.headings(lines)] == [
        "a",
        "files",
        "files-1",
        "files-2",
    ]


def test_a_fence_left_open_hides_the_headings_after_it_as_github_shows_them() -> None:
    """A closing fence has no info string: "```sh" opening the next block closes nothing."""
    lines = ["## One", "```sh", "run", "## Two", "```sh", "more", "```", "## Three"]
    assert [heading.title for heading in index_readme.headings(lines)] == ["One", "Three"]
    assert index_readme.hidden_headings(lines) == [4]


def test_points_are_read_from_the_heading() -> None:
    points = index_readme.points_of
    assert points("x (issue 10 point 7, thirty-first session)") == [7]
    assert points("x (issue 10 points 2-3, fortieth session)") == [2, 3]
    assert points("x (issue 10, points 1–2)") == [1, 2]
    assert points("x (issue 10 points 3 and 5)") == [3, 5]
    assert points("x (issue 10 all points, thirty-ninth session)") == list(range(1, 9))
    assert points("e17: seventh batch of fresh pairs") == [1]
    assert points("u26: a reviewer's pass and a new user's pass") == [0]
    assert points("What it generates") == []


def test_sessions_are_named_both_ways() -> None:
    for number in range(1, 60):
        assert index_readme.session_number(index_readme.session_name(number)) == number
    assert index_readme.session_name(42) == "forty-second"
