"""Standard input is named ``standard input`` wherever it is shown, never ``-``.

An error line (``readoutdiff: error: standard input: is empty …``) and every view (terminal,
Markdown, HTML, check text, GitHub and JUnit, formulas, series) name it in words; the JSON
keeps ``"path": "-"``, the value given on the command line, for machines.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.check.since import repository_path

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "samples" / "2021-06-28-xi-putin.txt"
NEW = str(ROOT / "samples" / "2021-12-15-xi-putin.txt")


def _run(*args: str, stdin: bytes) -> subprocess.CompletedProcess[str]:
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args], input=stdin, capture_output=True, timeout=60
    )
    out, err = process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.parametrize(
    ("stdin", "said"),
    [
        (b"  \n", "standard input: is empty (nothing but white space); give a readout with text"),
        (
            b"caf\xe9 ok.",
            "standard input:1: is not valid UTF-8 (byte 0xe9 at column 4) but reads as"
            " Windows-1252 or Latin-1 (Western European); re-save it as UTF-8",
        ),
        (b"a\x00b", "standard input: is binary (it has NUL bytes); give a plain-text readout"),
    ],
)
def test_errors_name_standard_input(stdin: bytes, said: str) -> None:
    for args in (["-", NEW], ["check", NEW, "-"], ["formulas", "-"], ["series", NEW, "-"]):
        process = _run(*args, stdin=stdin)
        assert process.returncode == 2 and process.stderr == f"readoutdiff: error: {said}\n"


def test_every_view_names_standard_input_and_json_keeps_the_dash(tmp_path: Path) -> None:
    old = OLD.read_bytes()
    assert _run("-", NEW, stdin=old).stdout.startswith("A standard input  (2021-06-28, ")
    html, document = tmp_path / "r.html", tmp_path / "r.json"
    markdown = _run(
        "-", NEW, "-f", "markdown", "--html", str(html), "--json", str(document), stdin=old
    )
    assert "| A | standard input | 2021-06-28 |" in markdown.stdout
    page = html.read_text(encoding="utf-8")
    assert "<title>readoutdiff: standard input → 2021-12-15-xi-putin.txt" in page
    assert '<code class="path">standard input</code>' in page
    assert json.loads(document.read_text(encoding="utf-8"))["a"]["path"] == "-"
    assert _run("formulas", "-", stdin=old).stdout.startswith("standard input: ")
    series = _run("series", "-", NEW, stdin=old).stdout
    assert "2021-06-28        standard input  “Xi Jinping" in series


def test_check_names_standard_input_and_annotates_no_file_for_it() -> None:
    new = Path(NEW).read_bytes()
    text = _run("check", str(OLD), "-", stdin=new).stdout
    assert text.startswith(f"readoutdiff check: {OLD} (2021-06-28) → standard input (")
    assert "\nstandard input:7: warning: " in text
    github = _run("check", str(OLD), "-", "-f", "github", stdin=new).stdout.splitlines()
    annotations = [line for line in github if line.startswith("::")]
    assert annotations and all(line.startswith("::warning title=") for line in annotations)
    assert github[-1].endswith(f"({OLD} → standard input)")
    junit = _run("check", str(OLD), "-", "-f", "junit", stdin=new).stdout
    assert f'name="readoutdiff check {OLD} → standard input"' in junit
    assert '<property name="new" value="standard input" />' in junit
    assert 'file="-"' not in junit  # a dropped formula: the old file, from the repository root
    assert f'file="{repository_path(str(OLD))}"' in junit


def test_series_given_standard_input_twice_says_so() -> None:
    process = _run("series", "-", "-", stdin=OLD.read_bytes())
    assert process.returncode == 2 and process.stderr == (
        "readoutdiff: error: standard input: is named twice, but it can be read only once\n"
    )
