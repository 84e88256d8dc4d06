"""Branch rev25: a review of the thirty-ninth session's second round (zhs1, agr2, sp86, u69, en2,
rev24, sp87, sym9, fix8 merged), through the real CLI on real readouts (the samples' two
Xi–Putin readouts, eval/bilingual's Xi–Trump ones)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SRC = ROOT / "src" / "readoutdiff"


def _run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(
        run, capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False, input=stdin
    )


def _same_day(tmp_path: Path) -> tuple[str, str]:
    """The samples' June and December Xi–Putin readouts, the second dated the first's day: the
    pair shares little (0.1186), so the same-day note is given."""
    june = (SAMPLES / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    december = (SAMPLES / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    assert "On the afternoon of 15 December," in december
    (tmp_path / "2021-06-28-mfa.txt").write_text(june, encoding="utf-8")
    (tmp_path / "2021-06-28-other.txt").write_text(
        december.replace("15 December", "28 June 2021", 1), encoding="utf-8"
    )
    return "2021-06-28-mfa.txt", "2021-06-28-other.txt"


def test_the_same_day_note_says_the_similarity_the_header_says(tmp_path: Path) -> None:
    """The header cuts the figure to two decimals (0.1186: "similarity 0.11"); the note
    rounded it ("share little (similarity 0.12)"): two figures for one pair on one page."""
    done = _run(*_same_day(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    header = next(line for line in done.stdout.splitlines() if line.startswith("similarity "))
    figure = header.split()[1]
    assert figure == "0.11"
    note = next(line for line in done.stdout.splitlines() if "same day" in line)
    assert f"share little (similarity {figure}):" in note


def test_a_copy_on_standard_input_is_named_standard_input(tmp_path: Path) -> None:
    """Every view names ``-`` "standard input" (errors.STDIN); fix8's copy warning and the
    series' copy warning said "-: a copy of …" / "-: the same text as …"."""
    text = (SAMPLES / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    pair = _run("x.txt", "-", cwd=tmp_path, stdin=text)
    assert pair.returncode == 0, pair.stderr
    assert "warning: standard input: a copy of x.txt (the same text and date)" in pair.stderr
    assert "-: a copy" not in pair.stderr
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("x.txt", "2021-12-15-xi-putin.txt"):
        (folder / name).write_text((SAMPLES / name.replace("x.txt", "2021-06-28-xi-putin.txt"))
                                   .read_text(encoding="utf-8"), encoding="utf-8")  # fmt: skip
    series = _run("series", "d", "-", cwd=tmp_path, stdin=text)
    assert series.returncode == 0, series.stderr
    assert "warning: standard input: the same text as d/x.txt; the series reads it once" in (
        series.stderr
    )


def _docstrings(path: Path) -> dict[str, str]:
    """Each module-level name of ``path`` with the string right under its assignment."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    found = {}
    for node, after in zip(body, body[1:], strict=False):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[node.targets[0].id] = after.value.value
    return found


def test_a_count_of_words_is_told_under_its_number() -> None:
    """en2 put ``_JOINS`` between ``CLAUSE_SUBJECT`` and its docstring: "The most words a
    subject … may hold" told a set of three words and the number nothing."""
    told = _docstrings(SRC / "formulas" / "linking" / "one_clause.py")
    assert told["CLAUSE_SUBJECT"].startswith("The most words a subject")
    assert not told["_JOINS"].startswith("The most")


def test_no_set_is_told_as_a_most_or_fewest() -> None:
    """The same slip anywhere: a docstring that gives a bound ("The most …", "The fewest …")
    stands under a number, never under a set or a frozenset of words."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for node, after in zip(body, body[1:], strict=False):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and node.value.func.id in ("frozenset", "set")
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and str(after.value.value).startswith(("The most ", "The fewest "))
            ):
                found.append(f"{path.relative_to(SRC)}:{after.lineno}")
    assert found == []


def test_auction_wars_refuses_one_readout_with_a_line_not_a_traceback() -> None:
    """sp87's benchmarks/auction_wars.py unpacked ``a, b = readouts``: one readout (or three)
    ended in "ValueError: not enough values to unpack"; --eval with readouts ignored them."""
    bench = ROOT / "benchmarks" / "auction_wars.py"
    one = subprocess.run(
        [sys.executable, str(bench), str(SAMPLES / "2021-06-28-xi-putin.txt")],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert one.returncode == 2
    assert "error: give two readouts, or none for the corpus" in one.stderr
    assert "Traceback" not in one.stderr
    two = subprocess.run(
        [sys.executable, str(bench), *(str(SAMPLES / f"2021-{day}-xi-putin.txt")
                                       for day in ("06-28", "12-15"))],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert two.returncode == 0, two.stderr
    assert two.stdout.startswith("auction 1 (min score 0.5): 2 bids by 2 sentences")
