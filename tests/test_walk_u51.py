"""Branch u51's walk as a new analyst on the session's new gov.uk readouts (eval/outside, e49's
tuning pairs: UK Prime Minister's calls): a long formula named short when the quote of its
passage, cut inside it, says the same words; a series whose every date comes from the file
names says so once, not at every meeting."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.compare import compare
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import QUOTE_COLUMNS
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "eval" / "outside"


def _tuning(name: str) -> tuple[Path, Path]:
    data = tomllib.loads((OUTSIDE / "pairs" / f"{name}.toml").read_text(encoding="utf-8"))
    assert data["heldout"] is False  # a tuning pair: its output may be read
    return OUTSIDE / data["a"], OUTSIDE / data["b"]


@functools.cache
def _summaries(name: str) -> list[str]:
    a, b = _tuning(name)
    return [key.summary for key in key_changes(compare(load(a), load(b)))]


def test_a_greeting_cut_where_its_passage_is_cut_is_not_said_twice() -> None:
    # The greeting ran 161 characters: its name, cut at "UK-Italy…", and the quote of its
    # passage, cut at "UK-Italy…" too, said the same 140 characters twice in one line. Since
    # fix9 the greeting ends before "and both leaders agreed …" (a clause of its own), and the
    # line names it whole, once.
    # Since ux28 the passage is not quoted at all: B says its "UK-Italy bilateral relationship"
    # again, reworded, in a line of its own, so the passage did not go whole.
    lines = _summaries("johnson-draghi__2021-03-04")
    line = next(s for s in lines if s.startswith("Dropped formula") and "(A line 5)" in s)
    assert line == (
        "Dropped formula “congratulated Prime Minister Draghi on his recent appointment” (A line 5),"
        " from a passage B says again in part, reworded."
    )
    assert any(
        s.startswith("Formula reworded: “the UK-Italy bilateral relationship”") for s in lines
    )
    assert len(line) < 2 * QUOTE_COLUMNS


def test_a_short_formula_in_its_passage_is_still_named_whole() -> None:
    # kc4: the congratulation, its whole passage, leads; the short formula follows it, named whole
    lines = _summaries("johnson-draghi__2021-03-04")
    assert lines[1].startswith(
        "Dropped formula “build back better” (A line 7, sentence 1), with its"
    )


def test_a_series_dated_by_its_file_names_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # sunak-erdogan: six gov.uk readouts, every pair of them tuning; no text gives its year, so
    # every meeting's line ended "(date from the file name)", 26 columns of six lines.
    paths = sorted(OUTSIDE.glob("sunak-erdogan__*.txt"))
    pairs = [_tuning(p.stem.removesuffix("__gov-uk")) for p in paths[:-1]]
    assert [a for a, _ in pairs] == paths[:-1] and [b for _, b in pairs] == paths[1:]
    folder = tmp_path / "sunak-erdogan"
    folder.mkdir()
    for path in paths:
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(tmp_path)  # the folder as a user names it, whatever the checkout's path
    series = build_series([load(f"sunak-erdogan/{path.name}") for path in paths])
    for width in (None, 80):
        shown = render_series_text(series, width=width).splitlines()
        assert shown[:4] == [
            "Series of 6 readouts, in date order",
            "Every file is in sunak-erdogan/",
            "Every date is taken from the file name",
            "   1  2022-12-02        sunak-erdogan__2022-12-02__gov-uk.txt"
            + (
                "  “PM call with President Erdoğan of Türkiye: 2 December 2022”"
                if not width
                else ""
            ),
        ]
        assert not any("from the file name)" in line for line in shown)


def test_a_series_with_one_date_in_its_text_keeps_the_note_at_each_other_line(
    tmp_path: Path,
) -> None:
    # The same readouts, one renamed with no date: that one's date comes from its text, so
    # the note stays where it is true, at the others' lines.
    paths = sorted(OUTSIDE.glob("sunak-erdogan__*.txt"))
    readouts = [load(path) for path in paths]
    text = paths[-1].read_text(encoding="utf-8")
    undated = tmp_path / "erdogan-call.txt"
    undated.write_text(text.replace("PM call", "On 16 October 2023, PM call", 1), encoding="utf-8")
    shown = render_series_text(build_series([*readouts[:-1], load(undated)])).splitlines()
    assert "Every date is taken from the file name" not in shown
    assert sum(line.endswith("(date from the file name)") for line in shown) == 5


def test_a_kept_formula_found_inside_a_hyphened_name_is_named_whole() -> None:
    # The mined phrase's stems ("türkiy", "relationship") were found inside "UK-Türkiye
    # relationship", and the line named a formula neither readout says: “Türkiye relationship”.
    line = next(s for s in _summaries("sunak-erdogan__2023-07-07") if "Wording around" in s)
    assert line.startswith("Wording around formula “UK-Türkiye relationship” changed: ")
    assert "“Türkiye" not in line


def test_the_markdown_header_says_a_file_name_date_once_in_its_column() -> None:
    # "| 2021-03-04 | PM call … (English) (date 2021-03-04 taken from the file name) |": the
    # date twice in one row, where the terminal's header says it once.
    a, b = _tuning("johnson-draghi__2021-03-04")
    rows = render_markdown(compare(load(a), load(b))).splitlines()[4:6]
    assert rows[0].endswith(
        " | 2021-03-04 from the file name"
        " | PM call with Prime Minister Draghi of Italy: 4 March 2021 (English) |"
    )
    assert rows[1].endswith(
        " | 2021-06-03 from the file name | PM call with Prime Minister Mario Draghi: 3 June 2021 (English) |"
    )
    assert "taken from the file name" not in "\n".join(rows)
