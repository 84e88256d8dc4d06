"""Option and argument errors read like the tool's own, the same way in every command.

Not the framework's wording ("Invalid value for '--max-size': 'lots' is not a valid int
range", "Option '--lexicon' requires an argument" without a help hint): one line
``readoutdiff: error: WHAT; see readoutdiff COMMAND --help``, exit 2, nothing on stdout.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OLD = str(ROOT / "samples" / "2021-06-28-xi-putin.txt")
NEW = str(ROOT / "samples" / "2021-12-15-xi-putin.txt")

CASES = [
    ([OLD, NEW, "--max-size", "lots"], "diff",
     "--max-size: 'lots' is not a whole number of megabytes (1 or more)"),
    (["check", OLD, NEW, "--max-size", "0"], "check",
     "--max-size: '0' is not a whole number of megabytes (1 or more)"),
    (["formulas", OLD, "--max-size", "1.5"], "formulas",
     "--max-size: '1.5' is not a whole number of megabytes (1 or more)"),
    (["series", OLD, NEW, "--max-size", "-1"], "series",
     "--max-size: '-1' is not a whole number of megabytes (1 or more)"),
    ([OLD, NEW, "--lexicon"], "diff", "--lexicon needs a value (FILE)"),
    (["check", OLD, NEW, "--rules"], "check", "--rules needs a value (FILE)"),
    (["series", OLD, NEW, "--html"], "series", "--html needs a value (FILE)"),
    ([OLD, NEW, "--color"], "diff", "--color needs a value (auto, always or never)"),
    ([OLD, NEW, "-f", "pdf"], "diff", "--format: 'pdf' is not one of text, json, markdown or html"
     " (readoutdiff writes no PDF: print the HTML report, -f html, to PDF from a browser)"),
    (["check", OLD, NEW, "-f", "xml"], "check",
     "--format: 'xml' is not one of text, json, github or junit (did you mean junit?)"),
    # The README calls the text format "the terminal view"; a choice in capitals is no choice.
    ([OLD, NEW, "--format", "terminal"], "diff",
     "--format: 'terminal' is not one of text, json, markdown or html (did you mean text?)"),
    ([OLD, NEW, "-f", "JSON"], "diff",
     "--format: 'JSON' is not one of text, json, markdown or html (did you mean json?)"),
    # u55: check writes Markdown, to a file (--summary); a new user asked for it with -f md
    (["check", OLD, NEW, "-f", "md"], "check",
     "--format: 'md' is not one of text, json, github or junit (check writes its Markdown summary"
     " with --summary FILE; the two readouts' own report: readoutdiff OLD NEW -f markdown)"),
    (["check", OLD, NEW, "-f", "html"], "check",
     "--format: 'html' is not one of text, json, github or junit (the HTML report of the two"
     " readouts: readoutdiff OLD NEW --html FILE)"),
    (["series", OLD, "--order", "x"], "series", "--order: 'x' is not one of date or given"),
    (["formulas", OLD, "--format", "csv"], "formulas", "--format: 'csv' is not one of text or json"),
    ([OLD, NEW, "--jsn", "x.json"], "diff", "unknown option --jsn (did you mean --json?)"),
    ([OLD, NEW, "--form", "json"], "diff", "unknown option --form (did you mean --format?)"),
    (["series", "--bogus"], "series", "unknown option --bogus"),
    # An option of another command says whose it is, not this command's nearest name
    # ("--html (did you mean --help?)", "--exit-code (did you mean --lexicon?)").
    (["series", OLD, NEW, "-f", "json"], "series",
     "series has no option -f: it is an option of readoutdiff diff, formulas and check; series"
     " writes its view to standard output, and files with --html, --json or --csv FILE"),
    (["formulas", OLD, "--json", "x.json"], "formulas",
     "formulas has no option --json: it is an option of readoutdiff diff, check and series;"
     " formulas writes to standard output, JSON with -f json (to a file: > FILE)"),
    (["check", OLD, NEW, "--exit-code"], "check",
     "check has no option --exit-code: it is an option of readoutdiff diff; check exits 1"
     " without it, when a rule of severity error is broken"),
    (["check", OLD, NEW, "--html=x.html"], "check",
     "check has no option --html: it is an option of readoutdiff diff and series; the HTML"
     " report of the two readouts: readoutdiff OLD NEW --html FILE"),
    (["check", OLD, NEW, "--meaning"], "check",
     "check has no option --meaning: it is an option of readoutdiff diff"),
    ([OLD, NEW, "--junit", "x.xml"], "diff",
     "diff has no option --junit: it is an option of readoutdiff check"),
    (["--csv", "x.csv", OLD, NEW], "diff",
     "diff has no option --csv: it is an option of readoutdiff series"),
    ([OLD, NEW, "--exit-code=yes"], "diff", "--exit-code takes no value"),
    ([OLD], "diff", "missing argument B"),
    (["formulas"], "formulas", "missing argument FILE"),
    (["check"], "check", "missing argument OLD NEW | DIR"),
    ([OLD, NEW, "extra"], "diff", "unexpected extra argument: extra"),
    (["formulas", OLD, "x", "y"], "formulas",
     "unexpected extra arguments: x y (formulas reads one readout: run it once per file, or"
     " compare two with readoutdiff A B)"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "command", "said"), CASES)
def test_a_usage_error_is_one_line_in_the_tools_words(
    args: list[str], command: str, said: str
) -> None:
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args], capture_output=True, text=True, timeout=60
    )
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == f"readoutdiff: error: {said}; see readoutdiff {command} --help\n"


def test_diff_help_says_megabytes_without_a_range_label_and_no_color_as_no_color_org() -> None:
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "diff", "--help"], capture_output=True, text=True
    )
    page = " ".join(process.stdout.split())
    assert "--max-size MB Refuse input files larger than this many megabytes. [default: 16]" in page
    assert "x>=1" not in page
    assert "unless NO_COLOR holds a value (an empty one does not count" in page


def test_stamp_reaches_every_html_output_and_without_one_is_an_error(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "readoutdiff", OLD, NEW, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    assert 'class="stamp"' in run("-f", "html", "--stamp").stdout
    run("--format", "html", "-o", str(tmp_path / "o.html"), "--html", str(tmp_path / "h.html"),
        "--stamp")  # fmt: skip
    for name in ("o.html", "h.html"):
        assert 'class="stamp"' in (tmp_path / name).read_text(encoding="utf-8")
    assert 'class="stamp"' not in run("-f", "html").stdout
    process = run("--stamp", "-f", "json")
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        "readoutdiff: error: --stamp shapes the HTML report: give --html FILE or -f html with it\n"
    )


def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m readoutdiff`` with ``args`` in ``folder``."""
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args],
        capture_output=True, text=True, timeout=60, cwd=folder,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "meant"),
    [(["serie", OLD, NEW], "series"), (["formula", OLD], "formulas"), (["chek", OLD, NEW], "check"),
     (["dif", OLD, NEW], "diff"), (["hlep"], "help")],
)  # fmt: skip
def test_a_mistyped_command_is_named_not_read_as_a_missing_file(
    args: list[str], meant: str, tmp_path: Path
) -> None:
    """``readoutdiff serie A B`` said "unexpected extra argument" (``serie`` taken for A), and
    ``readoutdiff formula FILE`` "missing argument B": the command's name was never mentioned."""
    process = run_in(tmp_path, *args)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: no command {args[0]!r} and no file of that name"
        f" (did you mean {meant}?); see readoutdiff --help\n"
    )


def test_a_file_named_like_a_mistyped_command_is_compared(tmp_path: Path) -> None:
    (tmp_path / "serie").write_text(Path(OLD).read_text(encoding="utf-8"), encoding="utf-8")
    process = run_in(tmp_path, "serie", NEW, "-f", "json")
    assert process.returncode == 0 and '"path": "serie"' in process.stdout


@pytest.mark.parametrize("args", [["nope.txt"], ["diff", "nope.txt"], ["nope.txt", "--no-mining"]])
def test_one_readout_that_names_no_file_is_named_before_the_missing_b(
    args: list[str], tmp_path: Path
) -> None:
    """``readoutdiff nope.txt`` said only "missing argument B": the mistyped A came out only
    on the next try, once B was given."""
    process = run_in(tmp_path, *args)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        "readoutdiff: error: nope.txt: no such file; check the path, and give B too;"
        " see readoutdiff diff --help\n"
    )


@pytest.mark.parametrize("args", [["readouts"], ["diff", "readouts"], ["readouts", "-f", "json"]])
def test_a_folder_given_alone_to_compare_names_the_folder_and_series(
    args: list[str], tmp_path: Path
) -> None:
    """u64's walk: ``readoutdiff samples`` (a folder of two readouts) said only "missing
    argument B", as if the folder were a good A; it now says what a folder is for."""
    (tmp_path / "readouts").mkdir()
    for path in (OLD, NEW):
        (tmp_path / "readouts" / Path(path).name).write_bytes(Path(path).read_bytes())
    process = run_in(tmp_path, *args)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        "readoutdiff: error: readouts: is a directory; give two readout files (readoutdiff A B),"
        " or follow the readouts in it over time with readoutdiff series readouts;"
        " see readoutdiff diff --help\n"
    )
    # with a B the folder is refused as before, and a folder is what series and check take
    assert "readouts: is a directory" in run_in(tmp_path, "readouts", "readouts").stderr
    assert run_in(tmp_path, "series", "readouts").returncode == 0


def test_a_folder_given_alone_is_quoted_in_the_series_command_it_suggests(tmp_path: Path) -> None:
    """The suggested command runs as pasted into a shell: a folder whose name holds a space is
    quoted (rev19: "readoutdiff series my readouts" named two folders)."""
    (tmp_path / "my readouts").mkdir()
    for path in (OLD, NEW):
        (tmp_path / "my readouts" / Path(path).name).write_bytes(Path(path).read_bytes())
    process = run_in(tmp_path, "my readouts")
    assert process.returncode == 2
    assert "over time with readoutdiff series 'my readouts'; see" in process.stderr
    assert run_in(tmp_path, "series", "my readouts").returncode == 0


def test_check_dir_says_it_checks_only_the_newest_pair(tmp_path: Path) -> None:
    # u57: `check DIR` checks the newest readout against the one before and no older pair (a
    # CI job runs it as each readout is added); --help says so and names `series` for the
    # folder; the text's first line names the pair. harris-herzog (eval/formulas, dev).
    folder = tmp_path / "herzog"
    folder.mkdir()
    paths = sorted((ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt"))
    for path in paths[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    command = [sys.executable, "-m", "readoutdiff", "check"]
    page = " ".join(
        subprocess.run([*command, "--help"], capture_output=True, text=True).stdout.split()
    )
    assert "a folder: only its newest readout, against the one before" in page
    assert "Every readout of a folder, each against the one before: readoutdiff series DIR" in page
    checked = subprocess.run([*command, str(folder)], capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    first = checked.stdout.splitlines()[0]
    assert paths[1].name in first and paths[2].name in first and paths[0].name not in first
