"""--exit-code as git diff has it: 1 for any difference in the passages, moves and case too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff import compare, from_text
from readoutdiff.model import Op, Status

A = "The two sides agreed to deepen cooperation. Both respect core interests. Trade grew last year.\n"
REORDERED = "Trade grew last year. The two sides agreed to deepen cooperation. Both respect core interests.\n"
CASE_ONLY = "The two sides agreed to deepen cooperation. Both respect Core Interests. Trade grew last year.\n"
SPACING_ONLY = "The two sides  agreed to deepen\ncooperation.   Both respect core interests. Trade grew last year.\n"


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("other", "status"),
    [(A, 0), (SPACING_ONLY, 0), (REORDERED, 1), (CASE_ONLY, 1)],
    ids=["identical", "spacing-only", "reordered", "case-only"],
)
def test_exit_code_is_one_for_any_visible_difference(
    tmp_path: Path, other: str, status: int
) -> None:
    a = _write(tmp_path, "a.txt", A)
    b = _write(tmp_path, "b.txt", other)
    result = _run(a, b, "--exit-code", "--color", "never")
    assert result.returncode == status, result.stdout + result.stderr
    assert _run(a, b).returncode == 0  # without --exit-code a difference is success


def test_case_only_change_is_a_changed_passage_with_a_word_diff() -> None:
    comparison = compare(from_text(A, path="a.txt"), from_text(CASE_ONLY, path="b.txt"))
    changed = [x for x in comparison.alignments if x.status is Status.CHANGED]
    assert len(changed) == 1
    assert [(op.op, op.text) for op in changed[0].ops if op.op is not Op.EQUAL] == [
        (Op.DELETE, "core interests"),
        (Op.INSERT, "Core Interests"),
    ]
    reverse = compare(from_text(CASE_ONLY, path="b.txt"), from_text(A, path="a.txt"))
    assert [x.status for x in reverse.alignments] == [x.status for x in comparison.alignments]


def test_case_only_change_is_shown_in_every_output(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", A)
    b = _write(tmp_path, "b.txt", CASE_ONLY)
    text = _run(a, b, "--color", "never", "--no-mining").stdout
    assert "[-core interests-]{+Core Interests+}" in text
    markdown = _run(a, b, "-f", "markdown", "--no-mining").stdout
    assert "<del>core interests</del><ins>Core Interests</ins>" in markdown
    html = _run(a, b, "-f", "html", "--no-mining").stdout
    assert '<del><mark data-f="f1">core interests</mark></del>' in html
    assert '<ins><mark data-f="f1">Core Interests</mark></ins>' in html
    data = json.loads(_run(a, b, "-f", "json", "--no-mining").stdout)
    changed = [x for x in data["alignments"] if x["status"] == "changed"]
    assert [op for op in changed[0]["diff"] if op[0] != "equal"] == [
        ["delete", "core interests"],
        ["insert", "Core Interests"],
    ]
    assert data["summary"]["alignments"]["changed"] == 1


XINHUA = Path(__file__).parent / "pages" / "xi-macron__2024-05-07__tibet3.clean.txt"


def test_a_dash_typed_as_two_hyphens_is_dash_style_not_a_difference(tmp_path: Path) -> None:
    """Xinhua types its dateline dash as "--"; the same readout with "—" (or "–") differs only in
    dash style, which the README folds like quote style: status unchanged, exit 0."""
    typed = XINHUA.read_text(encoding="utf-8")
    assert "(Xinhua) -- Chinese" in typed
    a = _write(tmp_path, "a.txt", typed)
    for dash in ("\u2014", "\u2013", "---"):
        b = _write(tmp_path, "b.txt", typed.replace(" -- ", f" {dash} "))
        result = _run(a, b, "--exit-code", "--color", "never")
        assert result.returncode == 0, result.stdout
        assert "0 changed" in result.stdout
    rule = _write(tmp_path, "b.txt", typed.replace(" -- ", " ---- "))  # a line, not a dash
    assert _run(a, rule, "--exit-code").returncode == 1
    hyphen_dropped = _write(tmp_path, "b.txt", typed.replace(" -- ", " "))
    assert _run(a, hyphen_dropped, "--exit-code").returncode == 1
