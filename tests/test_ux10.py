"""Two languages' versions of one call, the last rough edges (branch ux10), through the CLI on
eval/bilingual's xi-trump 2018-05-08 (the MFA's Chinese readout and the Global Times' English):

- the lone words read "only in A, Chinese", one set of brackets in the terminal's formula group
  (``only in A, Chinese (3)``, ux9's "only in A (Chinese) (3)" had two), the same in every view;
- the HTML and ``check --summary`` formula counts put A's (old's) before B's (new's), as the
  passage counts do;
- ``check``'s kept dropped rule says it the ux8 way ("nothing only in old, the English
  version"), not "none dropped";
- the series schema's ``linked`` names the ``/one-sided`` and ``/same-words`` suffixes (ser9).
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
ZH = BILINGUAL / "xi-trump__2018-05-08__mfa-zh.txt"
EN = BILINGUAL / "xi-trump__2018-05-08__globaltimes.txt"


def _run(*args: object, code: int = 0) -> str:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == code, done.stderr
    return done.stdout


def test_the_terminal_formula_group_has_one_set_of_brackets() -> None:
    said = _run(ZH, EN, "-f", "text")
    assert "\n  only in A, Chinese (3)\n" in said
    assert "4 only in A, Chinese · 2 only in B, English\n" in said
    assert not re.search(r"only in [AB] \(", said)


def test_html_formula_counts_put_a_before_b(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    _run(ZH, EN, "-o", page)
    html = page.read_text("utf-8")
    line = next(row for row in html.splitlines() if '<span class="what">Formulas</span>' in row)
    words = re.findall(r'<span class="count f-(\w+)">', line)
    assert words == ["persisted", "changed", "dropped", "appeared"]
    assert "<strong>3</strong> only in A, Chinese</span>" in line
    passages = next(row for row in html.splitlines() if '<span class="what">Passages</span>' in row)
    assert passages.index("only in A, Chinese") < passages.index("only in B, English")


def test_check_says_a_kept_dropped_rule_the_ux8_way(tmp_path: Path) -> None:
    """English old, Chinese new: nothing is only in the old version; the formulas table lists
    old's before new's, with the counts under their heads."""
    summary = tmp_path / "s.md"
    said = _run("check", EN, ZH, "--summary", summary)
    assert "ok      no dropped formulas: nothing only in old, the English version\n" in said
    table = summary.read_text("utf-8")
    assert "| kept: nothing only in old, the English version | 0 |" in table
    assert (
        "| | persisted | changed | only in old, English | only in new, Chinese |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        "| formulas | 1 | 0 | 0 | 3 |\n"
    ) in table
    assert "none dropped" not in said + table


def test_same_language_pairs_keep_none_dropped() -> None:
    said = _run("check", "samples/2021-06-28-xi-putin.txt", "samples/2021-06-28-xi-putin.txt")
    assert "no dropped formulas: none dropped\n" in said


def test_the_series_schema_names_linkeds_suffixes() -> None:
    """Descriptions only: the schema's id (its version) stays ``readoutdiff-series/1``."""
    text = files("readoutdiff").joinpath("schema", "readoutdiff-series-1.schema.json").read_text()
    described = re.findall(r'"linked": \{[^}]*"description": "([^"]*)"', text)
    assert len(described) == 1
    assert "'<id>/one-sided'" in described[0] and "'<id>/same-words'" in described[0]
    assert '"readoutdiff-series/1"' in text
