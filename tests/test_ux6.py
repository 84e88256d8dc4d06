"""Two languages of one call in the check views and the key changes (branch ux6).

On the real bilingual pair xi-trump 2017-10-25 (MFA's Chinese readout and its English version)
the key changes said "Dropped formula “互利合作”" and then "none only in A": a reader could not
tell whether anything is said in one version only. The closing line now counts the formulas
one version alone says beside the passages; and ``check --summary``'s passages table says
"paired", as the pair views do since ux5 (the JSON keeps "changed").
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BILINGUAL = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
A = BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt"
B = BILINGUAL / "xi-trump__2017-10-25__mfa.txt"
LAST = (
    "A is in Chinese, B in English; 10 passages paired across the languages, none only in A,"
    " none only in B; 1 formula only in A, and the 3 formulas both name are kept."
)


def _run(*args: object) -> str:
    colour = () if args[0] == "check" else ("--color", "never")
    command = [sys.executable, "-m", "readoutdiff", *map(str, args), *colour]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_the_key_changes_count_a_formula_said_in_one_version_only(tmp_path: Path) -> None:
    html, document = tmp_path / "pair.html", tmp_path / "pair.json"
    markdown = _run(A, B, "-f", "markdown", "--html", html, "--json", document)
    text = _run(A, B)
    assert "1. Only in A, the Chinese version: formula “互利合作” (A line 9, sentence 2)." in text
    assert f"\n  2. {LAST}\n" in text
    assert f"\n2. {LAST}\n" in markdown
    assert f"<li>{LAST}</li>" in html.read_text(encoding="utf-8")
    keys = json.loads(document.read_text(encoding="utf-8"))["key_changes"]
    assert keys[-1]["summary"] == LAST
    summary = tmp_path / "summary.md"
    _run("check", A, B, "--summary", summary)
    assert f"\n2. {LAST}\n" in summary.read_text(encoding="utf-8")


def test_check_summary_says_paired_for_two_languages(tmp_path: Path) -> None:
    summary, document = tmp_path / "summary.md", tmp_path / "check.json"
    _run("check", A, B, "--summary", summary, "--json", document)
    said = summary.read_text(encoding="utf-8")
    # two versions of one call: what one alone has is "only in old/new" (ux9)
    # "moved" after "paired", as every other view lists it (ux12; it came last)
    assert "| | unchanged | paired | moved | only in old, Chinese | only in new, English |" in said
    assert "| passages | 0 | 10 | 0 | 0 | 0 |" in said
    assert json.loads(document.read_text(encoding="utf-8"))["passages"]["changed"] == 10
    # one language: the table keeps "changed"
    english = BILINGUAL / "xi-trump__2017-10-25__wh.txt"
    _run("check", B, english, "--summary", tmp_path / "one.md")
    assert "| | unchanged | changed | moved |" in (tmp_path / "one.md").read_text(encoding="utf-8")
