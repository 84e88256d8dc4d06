"""Branch u50's walk through ``series``, ``check`` and the HTML report as a new analyst, on dev
readouts of eval/formulas/ (sherman-sannino, five State Department readouts, every pair dev) and
eval/series/blinken-kuleba: a series row says what a formula was reworded into; ``series A B
A`` says the path given twice; ``check`` writes ``→`` as every view does, says a line once, and
a similarity just below the minimum reads below it."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from readoutdiff import load
from readoutdiff.check import check
from readoutdiff.check.rules import parse
from readoutdiff.compare import compare
from readoutdiff.render.check_github import render_check_github
from readoutdiff.render.check_junit import render_check_junit
from readoutdiff.render.check_text import render_check_text
from readoutdiff.render.series_html import render_series_html
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Fate, Series, build_series

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"
SANNINO = sorted(FORMULAS.glob("sherman-sannino__*.txt"))
KULEBA = ROOT / "eval" / "series" / "blinken-kuleba"


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=FORMULAS)


@functools.cache
def _series(folder: Path, pattern: str) -> Series:
    return build_series([load(path) for path in sorted(folder.glob(pattern))])


def _reworded(series: Series) -> list[tuple[str, int, str]]:
    """(row id, meeting, wording) of each cell a row was reworded at, from the series itself."""
    return [
        (row.id, number, cell.wording)
        for row in series.formulas
        for number, cell in enumerate(row.cells, start=1)
        if cell.fate is Fate.CHANGED
        and cell.wording
        and cell.linked
        and (cell.linked == row.id or cell.linked == f"{row.id}/reworded")
    ]


def test_a_series_row_says_what_it_was_reworded_into_and_where() -> None:
    # The row said "changed: reworded" and no more: the new words were in a cell's tooltip
    # (HTML) or nowhere (text), so which phrase changed, and how, took opening each comparison.
    series = _series(FORMULAS, "sherman-sannino__*.txt")
    assert len(SANNINO) == len(series.meetings) == 5
    reworded = _reworded(series)
    assert len(reworded) >= 3
    text = render_series_text(series)
    page = render_series_html(series, {})
    for _, number, wording in reworded:
        assert f"reworded at {number} → “{wording}”" in text
        assert f"at\u00a0{number}\u00a0→ “{wording}”" in page
    assert "changed: reworded\n" not in text and not text.count("changed: reworded ·")


def test_many_rewordings_are_counted_and_a_wrapped_row_keeps_number_and_arrow() -> None:
    # blinken-kuleba (21 readouts): a row reworded at 7 meetings named two and counted the rest;
    # at 120 columns "reworded at 11" ended a line and "→ …" began the next.
    series = _series(KULEBA, "*.txt")
    per_row: dict[str, int] = {}
    for row_id, _, _ in _reworded(series):
        per_row[row_id] = per_row.get(row_id, 0) + 1
    most = max(per_row.values())
    assert most > 2
    text = render_series_text(series)
    assert f", … ({most} rewordings)" in text
    for width in (80, 120):
        lines = render_series_text(series, width=width).splitlines()
        assert not [line for line in lines if re.search(r"(?<!seen) at \d+$", line)]
        assert not [line for line in lines if line.lstrip().startswith("→")]
        assert all(len(line) <= width for line in lines if "“" not in line)


def test_a_readout_named_twice_is_said_once_on_standard_error() -> None:
    a, b = (path.name for path in SANNINO[:2])
    twice = _cli("series", a, b, a)
    assert twice.returncode == 0, twice.stderr
    assert twice.stdout.startswith("Series of 2 readouts")
    assert twice.stderr == (
        f"readoutdiff: warning: {a}: named twice; the series reads each readout once\n"
    )
    folder = _cli("series", ".", a, "sherman-sannino__2022-0*")
    assert "readoutdiff: warning: 5 readouts named more than once (" in folder.stderr
    once = _cli("series", a, b)
    assert once.returncode == 0 and "named" not in once.stderr
    alone = _cli("series", a, a)  # one readout: the error says it, without a warning first
    assert alone.returncode == 2
    assert alone.stderr.startswith(f"readoutdiff: error: {a}: is the only readout the paths name")


RULES = """
[[watch]]
id = "sovereignty-territorial-integrity"
[[forbid]]
text = "global food security"
[changed]
severity = "error"
"""


def _checked(old: Path, new: Path, rules: str = RULES):
    return check(compare(load(old), load(new)), parse(rules))


def test_check_writes_the_arrow_every_view_writes() -> None:
    # Text, GitHub and JUnit wrote "old -> new" in ASCII where the pair view, the series view,
    # the Markdown summary and the HTML write "→" (their messages already hold curly quotes).
    result = _checked(SANNINO[-2], SANNINO[-1])
    old, new = (str(path) for path in SANNINO[-2:])
    text = render_check_text(result)
    assert text.splitlines()[0].startswith(
        f"readoutdiff check: {old} (2022-06-22 from the file name) → {new} "
    )
    github = render_check_github(result)
    assert github.splitlines()[-1].endswith(f"({old} → {new})")
    suite = ET.fromstring(render_check_junit(result)).find("testsuite")
    assert suite is not None and suite.get("name") == f"readoutdiff check {old} → {new}"
    assert all(" -> " not in out for out in (text, github, render_check_junit(result)))


def test_check_text_says_a_new_readout_line_once() -> None:
    # A changed or forbidden formula read "new.txt:7: error: … (new line 7, sentence 2)", the
    # line said twice, where a dropped one on the old readout's line already said it once.
    result = _checked(SANNINO[-2], SANNINO[-1])
    findings = [line for line in render_check_text(result).splitlines() if ": error: " in line]
    assert len(findings) >= 2
    for line in findings:
        place = re.match(r".*?:(\d+): error: ", line)
        assert place is not None
        assert f"new line {place[1]}" not in line and f"old line {place[1]}" not in line
        assert re.search(r"\(sentence \d+\)", line)
    rules = [line for line in render_check_text(result).splitlines() if line.startswith("  ")]
    assert any("(new line " in line for line in rules), "the rule lines keep the whole place"
    dropped = render_check_text(_checked(SANNINO[0], SANNINO[1]))
    assert (
        f"{SANNINO[0]}:7: error: “sovereignty and territorial integrity” was dropped (sentence 2)"
        in dropped
    )


def test_a_similarity_just_below_the_minimum_reads_below_it() -> None:
    # "similarity 0.50 is below the minimum 0.50": a pair a hair under its minimum.
    comparison = compare(load(SANNINO[0]), load(SANNINO[1]))
    minimum = round(comparison.similarity + 0.0004, 4)
    result = check(comparison, parse(f"[similarity]\nmin = {minimum}"))
    assert result.failed
    [finding] = [
        f for o in result.outcomes if o.rule.kind.value == "similarity" for f in o.findings
    ]
    said = re.fullmatch(r"similarity ([\d.]+) is below the minimum ([\d.]+)", finding.message)
    assert said is not None, finding.message
    assert float(said[1]) < float(said[2]) == minimum
