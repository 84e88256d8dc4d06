"""Branch u55's walk through ``series`` and ``check`` on English readouts, and u54's leftovers.

The series is the eight White House readouts of meetings and calls with President Herzog: the
five of harris-herzog (eval/formulas, dev) and the three of biden-herzog (eval/outside, tuning).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from readoutdiff import compare_files, load
from readoutdiff.check import CheckResult
from readoutdiff.check.pair import run
from readoutdiff.check.rules import parse
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.render.check_github import render_check_github
from readoutdiff.render.check_markdown import render_check_markdown
from readoutdiff.render.check_text import render_check_text
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, build_series

ROOT = Path(__file__).resolve().parent.parent
LEXICON = """
[[formula]]
id = "my-strategic-partnership"
text = "strategic partnership"
zh = ["战略伙伴关系"]
topic = "partnership"

[[formula]]
id = "my-comprehensive-strategic-cooperative-partnership"
text = "comprehensive strategic cooperative partnership"
zh = ["全面战略合作伙伴关系"]
topic = "partnership"
"""


@pytest.fixture(scope="module")
def herzog() -> Series:
    paths = [*(ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt")]
    paths += [*(ROOT / "eval" / "outside").glob("biden-herzog__*__wh.txt")]
    assert len(paths) == 8
    return build_series([load(p) for p in sorted(paths, key=lambda p: p.name.split("__")[1])])


def test_the_terminal_legend_calls_a_returned_cell_back_as_the_html_does(herzog: Series) -> None:
    # "^ returned" in the legend, under a head saying "8 came back after an absence (^): 8 listed
    # under dropped or changed", and beside a group named "returned": one word for two things
    out = render_series_text(herzog, width=120)
    legend = out.split("Legend:")[1].split("\n\n")[0]
    assert "^ back" in legend
    assert "returned" not in legend


def test_a_second_row_of_one_name_is_not_named_by_its_own_rewording(herzog: Series) -> None:
    # two rows say "security situation in the West Bank" (a recurring phrase and a mined one);
    # the second was named by the wording it changed to at 2, and read "“security and economic
    # situation in the West Bank” … reworded at 2 → “security and economic situation in the West
    # Bank”": a change to itself
    out = render_series_text(herzog)
    rows = [line for line in out.splitlines() if "reworded at" in line]
    assert rows
    for row in rows:
        name = row.split("“")[1].split("”")[0]
        assert not re.search(rf"reworded at \d+ → “{re.escape(name)}”", row), row
    # u57: the two rows are one now (tests/test_series_one_row.py): the recurring phrase's,
    # which takes the mined row's rewording at 2
    assert "(mined phrase)" not in out
    assert (
        "“security situation in the West Bank”  phrase recurring in the series · seen 1–4 · absent"
        " 3 · dropped at 5 · changed: reworded at 2 → “security and economic situation in the West"
        " Bank”" in out
    )


def _xi_rahmon() -> tuple[Path, Path]:
    root = ROOT / "eval" / "outside"
    data = tomllib.loads((root / "pairs" / "xi-rahmon__2023-05-18.toml").read_text("utf-8"))
    assert data["heldout"] is False  # tuning: its output may be read
    return root / data["a"], root / data["b"]


@pytest.mark.parametrize("builtin", [False, True])
def test_a_user_lexicons_dropped_formula_is_told_with_its_fuller_entry(
    tmp_path: Path, builtin: bool
) -> None:
    # u54 named the fuller wording for built-in entries only: with a user's lexicon holding
    # "strategic partnership" and "comprehensive strategic cooperative partnership" (one topic),
    # the key change of xi-rahmon 2023-05-18 → 2024-07-05 said only "Dropped formula “战略伙伴关系”"
    lexicon = tmp_path / "partnership.toml"
    lexicon.write_text(LEXICON, encoding="utf-8")
    a, b = _xi_rahmon()
    comparison = compare_files(a, b, lexicon=[lexicon], builtin_lexicon=builtin)
    summaries = [k.summary for k in key_changes(comparison)]
    assert (
        "Dropped formula “战略伙伴关系” (A line 6, sentence 2); B says the fuller “全面战略合作伙伴关系”"
        " (B line 4, sentence 5)." in summaries
    )


def test_a_user_entry_of_another_topic_is_no_fuller_wording(tmp_path: Path) -> None:
    lexicon = tmp_path / "partnership.toml"
    lexicon.write_text(LEXICON.replace('topic = "partnership"\n', 'topic = "other"\n', 1), "utf-8")
    a, b = _xi_rahmon()
    comparison = compare_files(a, b, lexicon=[lexicon], builtin_lexicon=False)
    summaries = [k.summary for k in key_changes(comparison)]
    assert "Dropped formula “战略伙伴关系” (A line 6, sentence 2)." in summaries


def _herzog_check(tmp_path: Path) -> CheckResult:
    folder = tmp_path / "herzog"
    folder.mkdir()
    for path in [*(ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt")] + [
        *(ROOT / "eval" / "outside").glob("biden-herzog__*__wh.txt")
    ]:
        (folder / path.name).write_bytes(path.read_bytes())
    return run([str(folder)], parse(""))


def test_the_markdown_summary_lists_findings_in_the_terminals_reading_order(
    tmp_path: Path,
) -> None:
    # `check DIR --summary FILE` on the Herzog folder: the terminal listed the four findings by
    # line (3, 5, 7, 7), the summary's "All findings" as the rule found them (3, 7, 7, 5)
    result = _herzog_check(tmp_path)
    text = [line.split(": ")[0] for line in render_check_text(result).splitlines()[1:5]]
    assert [line.rsplit(":", 1)[1] for line in text] == ["3", "5", "7", "7"]
    every = render_check_markdown(result).split("### All findings")[1].split("###")[0]
    rows = [row.split(" | ")[1] for row in every.splitlines() if row.startswith("| warning")]
    assert [row.rsplit(":", 1)[1] for row in rows] == ["3", "5", "7", "7"]


def test_github_annotations_of_a_folder_follow_the_key_changes(tmp_path: Path) -> None:
    # `readoutdiff check` on the Herzog folder: the text listed the four changed formulas by
    # line (3, 5, 7, 7), the annotations put the recurring "Hamas terrorist attack" (key change
    # 4) first and the three rewordings the key changes lead with after it: a finding of a
    # formula reworded in a passage that did not pair (``<id>/reworded``) found no key change
    result = _herzog_check(tmp_path)
    assert result.comparison is not None
    keys = [k.summary for k in key_changes(result.comparison)]
    assert keys[0].startswith("Formula reworded: “commitment to Israel’s security”")
    assert keys[3].startswith("Qualifier added: “Hamas terrorist attack”")
    annotations = [line for line in render_check_github(result).splitlines() if line[:2] == "::"]
    assert [line.split("::")[2].split(" changed to")[0] for line in annotations] == [
        "formula “commitment to Israel’s security”",
        "formula “defend itself against Iran and its proxies”",
        "formula “secure the release of all hostages and bring home”",
        "recurring phrase “Hamas terrorist attack”",
    ]


def test_a_wide_terminal_shows_the_meeting_titles_whole(herzog: Series) -> None:
    # at 120 columns every title was cut at 72 ("…Meeting with President…") with columns to spare
    title = "“Readout of President Joseph R. Biden, Jr.’s Meeting with President Isaac Herzog of Israel”"
    wide = render_series_text(herzog, width=120)
    assert f"\n{' ' * 24}{title}\n" in wide
    assert max(columns(line) for line in wide.splitlines()) <= 120
    narrow = render_series_text(herzog, width=80)
    assert "with President…”" in narrow  # 72 columns, two lines, as before
    assert title not in render_series_text(herzog)  # a file or a pipe: 72 columns, as before
