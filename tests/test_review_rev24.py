"""Branch rev24: a review of the thirty-ninth session's first round (fix7, u68, rev23, hist3, kc4,
ru10 merged), through the real CLI on real readouts (eval/formulas' White House Biden–Abdullah
readouts, u68's Kremlin and Kommersant Putin–Cameron ones)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.ingest.dates import file_date, name_date_refused
from readoutdiff.ingest.junk import reason, starts_block

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
CAMERON = ROOT / "tests" / "data" / "u68"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(
        run, capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False
    )


def _detached(tree: ast.AST) -> list[int]:
    """The lines of a string statement right after another one: a docstring that documents
    nothing (its name's assignment moved, or another put between them)."""
    found = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for first, second in zip(body, body[1:], strict=False):
            if all(
                isinstance(s, ast.Expr)
                and isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str)
                for s in (first, second)
            ):
                found.append(second.lineno)
    return found


def test_no_docstring_is_left_under_another() -> None:
    """u68 put ``NO_ROWS`` between ``SIMILARITY_NOTE`` and its docstring: the note's docstring
    then stood under ``NO_ROWS``'s, a string that documents nothing."""
    source = ROOT / "src" / "readoutdiff"
    found = {
        str(path.relative_to(source)): lines
        for path in sorted(source.rglob("*.py"))
        if (lines := _detached(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def _cameron(tmp_path: Path) -> Path:
    folder = tmp_path / "putin-cameron"
    folder.mkdir()
    for name in ("putin-cameron special.kremlin.ru.txt", "putin-cameron 25.05.2015 kommersant.txt"):
        (folder / name).write_bytes((CAMERON / name).read_bytes())
    return folder


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        ((), "no formula of the lexicon at any meeting, and no phrase found at two meetings"),
        (("--no-mining",), "no formula of the lexicon at any meeting (phrases are not mined:"),
        (
            ("--no-mining", "--no-builtin-lexicon"),
            "nothing looked for: no lexicon (--no-builtin-lexicon) and no phrases mined",
        ),
        (("--no-builtin-lexicon",), "no lexicon (--no-builtin-lexicon), and no phrase found"),
    ],
)
def test_a_series_of_no_rows_says_only_what_was_looked_for(
    tmp_path: Path, flags: tuple[str, ...], said: str
) -> None:
    """The Kremlin's and Kommersant's readouts of two Putin–Cameron calls (no row): with
    ``--no-mining`` the line under "Formulas: 0" said "no phrase found at two meetings … (a
    phrase mined in one pair alone is no row: readoutdiff A B on that pair lists it)" of a run
    that mined none, and "no formula of the lexicon" of a run with no lexicon; the HTML page
    said the same."""
    _cameron(tmp_path)
    done = _run("series", "putin-cameron", *flags, "--html", "page.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[lines.index("Formulas: 0") + 1].startswith(f"  {said}")
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert f'<p class="none">{said[0].upper()}{said[1:]}' in page
    if "--no-mining" in flags:
        assert "readoutdiff A B on that pair lists it" not in done.stdout + page


@pytest.mark.parametrize(
    ("name", "dated"),
    [
        ("v1.17.04.2025.txt", "v1. 17.04.2025.txt"),  # a space before the date
        ("Путин.Токаев.2025.9.4.1.txt", "Путин.Токаев.2025.9.4 1.txt"),  # a space for the dot
        ("a 2025-9-4.1.txt", "a 2025-9-4 1.txt"),
    ],
)
def test_a_version_number_says_what_would_make_it_a_date(name: str, dated: str) -> None:
    """rev23's words "a number and a dot stand before 17.04.2025, and a space or a word there
    would make it one" read as "make it a version number", and a dot and a number after a date
    said nothing of what to change. Each now says what would make it a date, and that does."""
    said = name_date_refused(name)
    assert file_date(name) is None and said is not None
    assert said.endswith("would make it a date") and "make it one" not in said
    assert file_date(dated) is not None


def test_copy_of_x_is_the_copy_not_the_original(tmp_path: Path) -> None:
    """fix7 took for the original of copies the name no other's extends, then by name: "Copy
    of x.txt" (Google Drive's and older Windows' copy) extends no name at its end, and a
    capital sorts before a small letter, so ``series`` and ``check DIR`` read the copy and
    named the White House's own file "the same text as cp/Copy of …"."""
    folder = tmp_path / "cp"
    folder.mkdir()
    for day in ("2024-04-14", "2024-05-06"):
        name = f"biden-abdullah__{day}__wh.txt"
        (folder / name).write_bytes((EVAL / name).read_bytes())
    copy = "Copy of biden-abdullah__2024-05-06__wh.txt"
    (folder / copy).write_bytes((EVAL / "biden-abdullah__2024-05-06__wh.txt").read_bytes())
    for command, reader in (("series", "the series"), ("check", "the check")):
        done = _run(command, "cp", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert (
            f"readoutdiff: warning: cp/{copy}: the same text as"
            f" cp/biden-abdullah__2024-05-06__wh.txt; {reader} reads it once"
        ) in done.stderr


def test_a_bare_no_comment_line_is_no_comment_block(tmp_path: Path) -> None:
    """u68 let "No" open the comment block's head for Blogger's "No comments:"; its rule then took
    a bare "No comment" (an answer a transcript or a pasted Q&A may hold on a line of its own) for
    the head of a comment block and ignored every line after it. The White House's Biden–Abdullah
    readout with such a line after its first passage: the rest is still compared, and Blogger's
    line still heads a block."""
    source = (EVAL / "biden-abdullah__2024-05-06__wh.txt").read_text(encoding="utf-8")
    title, first, *rest = source.split("\n\n")
    path = tmp_path / "biden-abdullah 2024-05-06 with an answer.txt"
    path.write_text("\n\n".join([title, first, "No comment", *rest]), encoding="utf-8")
    done = _run(
        str(EVAL / "biden-abdullah__2024-04-14__wh.txt"), path.name, "-f", "json", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    ignored = [item["text"] for item in report["ignored"]["b"]]
    assert not any("Gaza" in line for line in ignored)
    assert reason("No comments:") == "comments" and starts_block("No comments:")
