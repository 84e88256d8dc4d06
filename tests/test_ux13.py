"""The pair report as an analyst meets it (branch ux13), on real readouts of eval/formulas:

- each status group of the formula list reads in the readouts' order, in the terminal, the
  Markdown and the HTML panel (Sherman–Mori, State Department, 2022-02-15 → 2022-06-08: its
  changes read "A 5.3, A 5.7, A 5.9, A 5.4" before, a change linked late by the formula stage
  put last);
- the terminal's ``[mined]`` / ``[rule]`` tags and the Markdown's ``source`` words are said once
  under the list (Xi–Albanese, CCTV, 2024-11-18 → 2025-07-15, which has all three kinds), and
  no tag line is printed when no formula is tagged;
- the printed HTML says no keys (tests/browser/test_ux13_browser.py).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path

from readoutdiff import Comparison
from readoutdiff.api import compare_files
from readoutdiff.render.html_view import build_report
from readoutdiff.render.labels import made_by
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
SHERMAN = (
    EVAL / "sherman-mori__2022-02-15__state.txt",
    EVAL / "sherman-mori__2022-06-08__state.txt",
)
ALBANESE = (EVAL / "xi-albanese__2024-11-18__cctv.txt", EVAL / "xi-albanese__2025-07-15__cctv.txt")
PLACE = re.compile(r"\bA (\d+)\.(\d+)")


@cache
def _compared(a: Path, b: Path) -> Comparison:
    return compare_files(a, b)


def _a_places(lines: list[str]) -> list[tuple[int, int]]:
    return [(int(m[1]), int(m[2])) for line in lines if (m := PLACE.search(line))]


def _text_group(text: str, head: str) -> list[str]:
    """The lines of one status group of the terminal's formula list (its wordings and places)."""
    listed = text.split("\nFormulas\n", 1)[1].splitlines()
    start = next(i for i, line in enumerate(listed) if line.startswith(f"  {head} ("))
    group = []
    for line in listed[start + 1 :]:
        if not line.startswith("    "):
            break
        if not line.startswith("      "):  # a wording's first line, not its "in A …" context
            group.append(line)
    return group


def test_the_changes_read_in_the_readouts_order_in_every_view() -> None:
    comparison = _compared(*SHERMAN)
    text_places = _a_places(_text_group(render_text(comparison, width=1000), "changed"))
    assert text_places == [(5, 3), (5, 4), (5, 7), (5, 9)]
    rows = [
        line for line in render_markdown(comparison).splitlines() if line.startswith("| changed")
    ]
    assert _a_places(rows) == text_places
    changed = _text_group(render_text(comparison, width=1000), "changed")
    panel = [
        "".join(part.text for part in item.a)
        for item in build_report(comparison).formulas
        if item.status == "changed" and item.a
    ]
    at = [next(i for i, line in enumerate(changed) if f"“{wording}”" in line) for wording in panel]
    assert at == [0, 1, 2, 3]


def test_every_group_of_a_chinese_pair_reads_in_order() -> None:
    comparison = _compared(*ALBANESE)
    text = render_text(comparison, width=1000)
    for head in ("dropped", "changed"):
        places = _a_places(_text_group(text, head))
        assert places == sorted(places) and len(places) >= 5, head
    appeared = [tuple(map(int, m.groups())) for line in _text_group(text, "appeared")
                if (m := re.search(r"B (\d+)\.(\d+)$", line))]  # fmt: skip
    assert appeared == sorted(appeared) and len(appeared) >= 10


def test_the_tags_are_said_once_under_the_list() -> None:
    text = render_text(_compared(*ALBANESE), width=1000)
    listed = text.split("\nFormulas\n", 1)[1]
    assert "[mined]" in listed and "[rule]" in listed
    said = [line for line in listed.splitlines() if line.startswith("  tags: ")]
    assert said == [
        "  tags: [mined] a phrase found fixed in the readouts themselves, in no lexicon; "
        "[rule] a line a rule picked out (a greeting, a point, a line kept around a formula); "
        "untagged: from a lexicon"
    ]
    markdown = render_markdown(_compared(*ALBANESE))
    assert (
        "\nSource — builtin: from the built-in lexicon; mined: a phrase found fixed in the readouts "
        "themselves, in no lexicon; rule: a line a rule picked out (a greeting, a point, a line "
        "kept around a formula).\n" in markdown
    )


def test_no_tag_line_without_a_tagged_formula() -> None:
    """The lexicon's formulas of a real pair alone: nothing is tagged, so no tag line; the
    Markdown says the one source word its table uses."""
    comparison = _compared(*SHERMAN)
    lexicon = tuple(f for f in comparison.formulas if made_by(f) == "builtin")
    assert lexicon and len(lexicon) < len(comparison.formulas)
    alone = dataclasses.replace(comparison, formulas=lexicon)
    listed = render_text(alone, width=1000).split("\nFormulas\n", 1)[1]
    assert "[rule]" not in listed and "tags:" not in listed
    assert "\nSource — builtin: from the built-in lexicon.\n" in render_markdown(alone)
