"""ux14: what ux12 and ux13 noticed and left, on real readouts.

1. the key changes read drops of one kind and weight in reading order (sherman-mori, State;
   putin-mirziyoyev, Kremlin: both dev pairs);
2. a formula named short in a key change keeps six words at least: a Russian name of 40
   columns said two or three words ("Подтверждена обоюдная…");
3. ``--format md`` is ``markdown``, on typer's path and the fast one;
4. ``check DIR`` on a folder of several series (eval/bilingual) compares the newest readout's
   series, with a note, and a comparison of two series' readouts says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.check.pair import series_named, two_series_note
from readoutdiff.cli.fast import parse
from readoutdiff.cli.flags import Format
from readoutdiff.formulas.keys.key_changes import key_changes

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"
BILINGUAL = ROOT / "eval" / "bilingual"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _pair(name: str) -> list[str]:
    listed = tomllib.loads((FORMULAS / "pairs" / f"{name}.toml").read_text(encoding="utf-8"))
    a = load(str(FORMULAS / listed["a"]))
    b = load(str(FORMULAS / listed["b"]))
    return [key.summary for key in key_changes(compare(a, b))]


def _run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def _check_copies(folder: Path, *names: str) -> subprocess.CompletedProcess[str]:
    """``check .`` on a folder of copies of these eval/bilingual files; it must pass."""
    for name in names:
        shutil.copy(BILINGUAL / name, folder / name)
    done = _run("check", ".", cwd=folder)
    assert done.returncode == 0, done.stderr
    return done


def test_drops_of_one_kind_read_in_reading_order() -> None:
    # State: three formulas dropped, each with its sentence (A 5.2, 5.5, 5.6), were told
    # 5.6, 5.5, 5.2 by the share of its sentence each formula is, all under three fifths; the
    # lead keeps its place (the share picks a right first line more often), the rest read in order
    summaries = _pair("sherman-mori__2022-02-15")
    drops = [s for s in summaries if s.startswith("Dropped formula “")]
    assert [s.split("(A line 5, sentence ")[1][0] for s in drops] == ["6", "2", "5"]
    # Kremlin: three passages, each most of it its formulas, were told A line 6, 5, 4; the one
    # holding a lexicon formula (the strategic partnership) still leads, the mined follow in order
    summaries = _pair("putin-mirziyoyev__2025-02-21")
    lines = [s.split("(A line ")[1].split(")")[0] for s in summaries if s.startswith("Dropped")]
    assert lines == ["6", "4", "5"]


def test_a_formula_named_short_keeps_six_words() -> None:
    summaries = _pair("putin-mirziyoyev__2025-02-21")
    told = "\n".join(summaries)
    assert "“Подтверждена обоюдная…”" not in told
    assert "“Подтверждена обоюдная заинтересованность в дальнейшем всестороннем…”" in told
    # a wording of eight words or fewer, within half a quote's width, is named whole
    assert "“выразили удовлетворение позитивной динамикой двустороннего сотрудничества”" in told
    assert "“Обсуждены актуальные вопросы двусторонней повестки дня”" in told


def test_md_is_markdown_on_both_paths() -> None:
    a, b = map(str, SAMPLES[:2])
    assert parse([a, b, "-f", "md"]) == parse([a, b, "-f", "markdown"])
    assert parse([a, b, "--format=md"])["output_format"] is Format.MARKDOWN  # type: ignore[index]
    fast = _run(a, b, "-f", "md")
    typer = _run("diff", "--format", "md", "--", a, b)  # "--": typer reads it
    markdown = _run(a, b, "--format", "markdown")
    assert fast.returncode == typer.returncode == markdown.returncode == 0, typer.stderr
    assert fast.stdout == typer.stdout == markdown.stdout
    assert markdown.stdout.startswith("## readoutdiff")
    helped = _run("diff", "--help")
    assert "md is markdown" in " ".join(helped.stdout.split())
    wrong = _run("diff", "--format", "pdf", "--", a, b)
    assert wrong.returncode == 2
    assert (
        "'pdf' is not one of text, json, markdown or html (readoutdiff writes no PDF"
        in wrong.stderr
    )
    # check has no Markdown format: its -f md still says where check writes Markdown
    assert "--summary FILE" in _run("check", a, b, "-f", "md").stderr


def test_check_dir_of_several_series_compares_the_newest_series(tmp_path: Path) -> None:
    done = _run("check", BILINGUAL, "--json", tmp_path / "c.json")
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    # before: xi-macron 2023-11-20 → lukashenko-putin 2025-12-31, similarity 0.00
    assert "xi-macron" not in first
    assert first.count("lukashenko-putin__") == 2
    assert (
        "note: the folder holds 4 series by file name: check compares the newest two readouts"
        " of lukashenko-putin, the newest readout's series, and leaves out the 17 readouts of"
        " wangyi-jaishankar, xi-macron and xi-trump"
    ) in rest
    # the same again: deterministic
    assert _run("check", BILINGUAL, "--json", tmp_path / "d.json").stdout == done.stdout


def test_a_newest_series_of_one_readout_is_a_first_readout(tmp_path: Path) -> None:
    # ux16: the folder was read whole and the newest compared with the readout before it of
    # another series, with a note naming both files; now a first readout, as --since says
    done = _check_copies(
        tmp_path,
        "xi-macron__2023-11-20__xinhua.txt",
        "wangyi-jaishankar__2021-02-25__mfa.txt",
        "lukashenko-putin__2022-07-11__presidentby.txt",
    )
    assert done.stdout.splitlines() == [
        "readoutdiff check: passed: nothing to compare yet: xi-macron__2023-11-20__xinhua.txt"
        " is the first readout of xi-macron in . by date; a check compares a readout with the"
        " one before it; the folder holds 3 series by file name, and check leaves out the 2"
        " readouts of lukashenko-putin and wangyi-jaishankar"
    ]


def test_series_sharing_a_participant_are_read_as_one(tmp_path: Path) -> None:
    # xi-trump and xi-macron name Xi both: kept together (as harris-herzog and biden-herzog,
    # one counterpart's meetings with two presidents: test_walk_u55's folder), no note
    done = _check_copies(
        tmp_path,
        "xi-macron__2023-11-20__xinhua.txt",
        "xi-trump__2017-10-25__wh.txt",
        "wangyi-jaishankar__2021-02-25__mfa.txt",
    )
    first, *rest = done.stdout.splitlines()
    assert "xi-trump__2017-10-25__wh.txt" in first and "xi-macron__2023-11-20" in first
    assert (
        "note: the folder holds 3 series by file name: check compares the newest two readouts"
        " of xi-macron and xi-trump, the newest readout's series, and leaves out the 1 readout of"
        " wangyi-jaishankar"
    ) in rest
    assert not any("two series by their file names" in line for line in rest)


def test_series_named_reads_only_names_that_say_a_series() -> None:
    assert series_named("eval/bilingual/xi-trump__2018-05-08__wh.txt") == "xi-trump"
    assert series_named("xi-trump__2018-05-08.txt") == "xi-trump"
    assert series_named("samples/2021-06-28-xi-putin.txt") is None
    a, b = (load(str(path)) for path in SAMPLES[:2])
    assert two_series_note(a, b) == []
