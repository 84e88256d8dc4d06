"""``readoutdiff series`` run for real in a subprocess: inputs, outputs, schema, CSV, HTML files."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import html5lib  # type: ignore[import-untyped]
import pytest
from jsonschema import Draft202012Validator

from readoutdiff.cli import series as series_cli

ROOT = Path(__file__).resolve().parent.parent
READOUTS = ROOT / "tests" / "series_readouts"
BODY = "President Xi Jinping met the visiting Prime Minister.\nBoth uphold core interests.\n"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", "series", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def _readoutdiff(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    text = files("readoutdiff").joinpath("schema", "readoutdiff-series-1.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    Draft202012Validator.check_schema(loaded)
    return loaded


def parse_strict(page: str) -> ET.Element:
    tree: ET.Element = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    return tree


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the series of ``tests/series_readouts`` once, writing every output."""
    folder = tmp_path_factory.mktemp("series")
    done = run(
        READOUTS,
        "--html",
        folder / "s.html",
        "--json",
        folder / "s.json",
        "--csv",
        folder / "s.csv",
    )
    assert done.returncode == 0, done.stderr
    return {
        "stdout": done.stdout,
        "stderr": done.stderr,
        "json": json.loads((folder / "s.json").read_text(encoding="utf-8")),
        "csv_bytes": (folder / "s.csv").read_bytes(),
        "csv_text": (folder / "s.csv").read_bytes().decode("utf-8-sig"),
        "html": (folder / "s.html").read_text(encoding="utf-8"),
    }


def test_json_validates_against_the_packaged_schema(outputs: dict[str, Any]) -> None:
    document = outputs["json"]
    errors = list(Draft202012Validator(schema()).iter_errors(document))
    assert errors == []
    assert document["schema"] == "readoutdiff-series/1"
    assert [m["number"] for m in document["meetings"]] == [1, 2, 3]


def test_the_schema_rejects_a_broken_document(outputs: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(outputs["json"]))
    broken["formulas"][0]["timeline"][0]["fate"] = "vanished"
    assert not Draft202012Validator(schema()).is_valid(broken)


def test_a_formula_that_vanishes_and_returns_shows_its_gap_in_json_and_csv(
    outputs: dict[str, Any],
) -> None:
    formula = next(f for f in outputs["json"]["formulas"] if f["id"] == "true-multilateralism")
    assert formula["trend"] == "returned"
    assert formula["gaps"] == [{"first": 2, "last": 2}]
    assert [c["fate"] for c in formula["timeline"]] == [None, "dropped", "appeared"]
    assert [c["returned"] for c in formula["timeline"]] == [False, False, True]
    rows = [
        row
        for row in csv.DictReader(io.StringIO(outputs["csv_text"]))
        if row["formula_id"] == "true-multilateralism"
    ]
    assert [(r["meeting"], r["present"], r["gap"], r["gaps"]) for r in rows] == [
        ("1", "yes", "no", "2"),
        ("2", "no", "yes", "2"),
        ("3", "yes", "no", "2"),
    ]


def test_csv_has_one_row_per_formula_and_meeting(outputs: dict[str, Any]) -> None:
    rows = list(csv.reader(io.StringIO(outputs["csv_text"])))
    document = outputs["json"]
    assert rows[0][:3] == ["formula_id", "formula_text", "source"]
    assert len(rows) - 1 == len(document["formulas"]) * len(document["meetings"]) > 0
    assert outputs["csv_text"].endswith("\r\n")


def test_csv_opens_with_a_byte_order_mark_for_excel(outputs: dict[str, Any]) -> None:
    # Excel reads a UTF-8 CSV opened by a double click in the ANSI code page unless it starts
    # with the mark; Python's csv reads it back with encoding="utf-8-sig" (README).
    assert outputs["csv_bytes"].startswith(b"\xef\xbb\xbfformula_id,")
    assert outputs["csv_bytes"].count(b"\xef\xbb\xbf") == 1


def test_terminal_summary_lists_meetings_then_timelines(outputs: dict[str, Any]) -> None:
    out = outputs["stdout"]
    assert out.startswith("Series of 3 readouts, in date order\n")
    assert re.search(r"^ +3  2023-03-21  0\.\d\d  .*2023-03-21-moscow\.txt", out, re.M)
    assert re.search(
        r"^  \*-\^  “true multilateralism”  true-multilateralism · seen 1–3 · absent 2$", out, re.M
    )
    assert out.index("dropped (") < out.index("returned (") < out.index("steady (")
    assert outputs["stderr"] == ""


def test_html_parses_strictly_and_has_a_cell_per_formula_and_meeting(
    outputs: dict[str, Any],
) -> None:
    tree = parse_strict(outputs["html"])
    document = outputs["json"]
    cells = tree.findall(".//td[@class]")
    matrix = [c for c in cells if "cell" in c.get("class", "").split()]
    assert len(matrix) == len(document["formulas"]) * len(document["meetings"])
    held = [s for s in tree.iter("script") if s.get("class") == "report-data"]
    assert [json.loads(s.text or "")[:15] for s in held] == ["<!DOCTYPE html>"] * 2
    assert "</script" not in "".join(s.text or "" for s in held)


def test_a_directory_with_other_files_skips_them_with_one_warning_each(tmp_path: Path) -> None:
    for path in READOUTS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "older").mkdir()
    (tmp_path / "2024-05-16-beijing.html").write_text(
        "<!DOCTYPE html><html><head><title>Xi Jinping Holds Talks with Putin</title></head><body>"
        "<p>President Xi Jinping held talks with President Putin in Beijing.</p>"
        "<p>Both sides will practice true multilateralism and uphold their core interests.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    earlier = run(READOUTS, "--html", tmp_path / "timeline.html")  # a previous run's output
    assert earlier.returncode == 0, earlier.stderr
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    warnings = done.stderr.splitlines()
    skipped = [re.sub(r"^.*/", "", w.split(": skipped")[0]) for w in warnings]
    assert skipped == ["data.json", "photo.png", "timeline.html"]
    assert all(w.startswith("readoutdiff: warning: ") for w in warnings)
    assert "written by readoutdiff" in warnings[-1]
    assert done.stdout.startswith(
        f"Series of 4 readouts, in date order\nEvery file is in {tmp_path}/\n"
    )
    assert "  2024-05-16-beijing.html  " in done.stdout.splitlines()[5]  # past the folder


@pytest.mark.parametrize("option", ["--json", "--csv", "--html"])
def test_an_output_that_is_a_readout_of_the_series_is_refused_and_kept(
    tmp_path: Path, option: str
) -> None:
    """``series DIR --json DIR/call-june.txt`` left that readout out of the series (outputs are
    excluded) and then wrote the JSON over it: a readout lost, exit 0."""
    for path in READOUTS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    readout = tmp_path / "call-june.txt"
    before = readout.read_bytes()
    for given in ([tmp_path], sorted(tmp_path.glob("*.txt"))):
        done = run(*given, option, readout)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == (
            f"readoutdiff: error: {readout}: is a readout of the series; write the output to"
            " another file\n"
        )
        assert readout.read_bytes() == before


def test_a_rerun_into_the_folder_does_not_warn_about_its_own_timeline(tmp_path: Path) -> None:
    for path in READOUTS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    timeline = tmp_path / "timeline.html"
    for _ in range(2):  # the second run finds the first one's timeline in the folder
        done = run(tmp_path, "--html", timeline)
        assert done.returncode == 0 and done.stderr == ""
    assert "written by readoutdiff" in run(tmp_path).stderr  # another run still says it skips it


def test_views_readoutdiff_saved_as_text_or_markdown_are_no_readouts(tmp_path: Path) -> None:
    """A report saved into the readouts folder (-o diff.md, > view.txt) is skipped, as a page is."""
    samples = [
        ROOT / "samples" / "2021-06-28-xi-putin.txt",
        ROOT / "samples" / "2021-12-15-xi-putin.txt",
    ]
    for sample in samples:
        shutil.copy(sample, tmp_path / sample.name)
    old, new = (tmp_path / sample.name for sample in samples)
    saved = {
        "diff.md": (old, new, "-f", "markdown"),
        "view.txt": (old, new),
        "coloured.txt": (old, new, "--color", "always"),
        "check.txt": ("check", old, new, "--summary", tmp_path / "summary.md"),
        "annotations.txt": ("check", old, new, "-f", "github"),  # a CI log saved
        "timeline.txt": ("series", old, new),
        "formulas.txt": ("formulas", old),
    }
    for name, args in saved.items():
        written = _readoutdiff(*args)
        assert written.returncode == 0, written.stderr
        (tmp_path / name).write_text(written.stdout, encoding="utf-8")
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Series of 2 readouts")
    skipped = sorted(re.sub(r"^.*/", "", w.split(": skipped")[0]) for w in done.stderr.splitlines())
    assert skipped == sorted([*saved, "summary.md"])
    assert all("written by readoutdiff" in w for w in done.stderr.splitlines())
    checked = _readoutdiff("check", tmp_path)
    assert checked.stdout.startswith(f"readoutdiff check: {old} (2021-06-28) → {new} ")
    for name in saved:  # given as a readout by name, each is refused with one line
        given = _readoutdiff(old, tmp_path / name)
        assert given.returncode == 2 and given.stderr == (
            f"readoutdiff: error: {tmp_path / name}: is a view readoutdiff wrote (a report,"
            " timeline, table or JSON), not a readout; give the readouts themselves\n"
        ), name


def test_one_readout_named_twice_is_called_so() -> None:
    """``series X X`` (or ``X ./X``) names one readout: the error says which, and why it is one."""
    sample = ROOT / "samples" / "2021-06-28-xi-putin.txt"
    for second in (sample, sample.parent / "." / sample.name):
        done = run(sample, second)
        assert done.returncode == 2
        assert done.stderr == (
            f"readoutdiff: error: {sample}: is the only readout the paths name (the same file"
            " twice?); a series needs at least two different readouts\n"
        )


def test_a_readout_and_a_folder_without_readouts_names_the_folder(tmp_path: Path) -> None:
    """``series X empty/`` said X was "the only readout the paths name (the same file
    twice?)": the folder that held nothing is the news."""
    sample = ROOT / "samples" / "2021-06-28-xi-putin.txt"
    empty = tmp_path / "later"
    empty.mkdir()
    (empty / "notes.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a file, not a readout
    done = run(sample, empty)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines()[-1] == (
        f"readoutdiff: error: {empty}: holds no readout file (readouts end in .txt, .text, .md,"
        " .html, .htm or .xhtml); name folders that hold readouts, or leave it out"
    )


def test_a_folder_without_readouts_beside_readouts_is_named_not_passed_over(
    tmp_path: Path,
) -> None:
    """``series A B empty/`` ran on A and B and said nothing of the folder named that held no
    readout (a mistyped folder, readouts saved elsewhere), where a glob that matches nothing
    and ``--history empty/`` stop with one line; now the same as ``series A empty/``."""
    a, b = (
        ROOT / "samples" / "2021-06-28-xi-putin.txt",
        ROOT / "samples" / "2021-12-15-xi-putin.txt",
    )
    empty = tmp_path / "2022"
    empty.mkdir()
    (empty / "README.md").write_text("# The 2022 readouts\n", encoding="utf-8")
    for args in ((a, b, empty), (empty, a, b)):
        done = run(*args)
        assert (done.returncode, done.stdout) == (2, ""), args
        assert done.stderr.splitlines()[-1] == (
            f"readoutdiff: error: {empty}: holds no readout file (readouts end in .txt, .text,"
            " .md, .html, .htm or .xhtml); name folders that hold readouts, or leave it out"
        )
    assert run(a, b).returncode == 0


def test_a_folder_or_a_file_that_names_one_readout_is_named(tmp_path: Path) -> None:
    """``series onefile/`` said only "a series needs at least two readouts": which one it found
    (and where) tells the user what to add."""
    sample = ROOT / "samples" / "2021-06-28-xi-putin.txt"
    folder = tmp_path / "june"
    folder.mkdir()
    shutil.copy(sample, folder / sample.name)
    for given, said in (
        (folder, f"{folder / sample.name}: is the only readout in {folder}"),
        (sample, f"{sample}: is the only readout"),
    ):
        done = run(given)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == (
            f"readoutdiff: error: {said}; a series needs at least two: give more files or a folder\n"
        )


def test_one_missing_binary_or_empty_file_is_told_what_is_wrong_with_it(tmp_path: Path) -> None:
    """``series typo.txt`` (a mistyped name, a PDF saved as .txt, an empty file) said the file
    "is the only readout; a series needs at least two": the user added a second file and only
    then learnt the first did not exist. Now the fault of the file comes first, as ``diff``
    says it, and one real readout alone is still refused for being alone."""
    sample = ROOT / "samples" / "2021-06-28-xi-putin.txt"
    binary = tmp_path / "readout.txt"
    binary.write_bytes(b"%PDF-1.4\n" + sample.read_bytes()[:200] + b"\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    missing = tmp_path / "2021-06-28-xi-putn.txt"
    for given in ((missing,), (binary,), (empty,), (missing, missing)):
        said = _readoutdiff("diff", given[0], sample).stderr
        assert "is the only readout" not in said and said.count("\n") == 1, said
        done = run(*given)
        assert (done.returncode, done.stdout, done.stderr) == (2, "", said), given
    assert "is the only readout; a series needs at least two" in run(sample).stderr


def test_a_quoted_glob_is_expanded(tmp_path: Path) -> None:
    done = run(str(READOUTS / "2*.txt"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Series of 2 readouts")


def test_undated_readouts_fail_naming_the_file_unless_order_given(tmp_path: Path) -> None:
    (tmp_path / "first.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "second.txt").write_text(BODY.replace("core", "fundamental"), encoding="utf-8")
    failed = run(tmp_path / "second.txt", tmp_path / "first.txt")
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1
    assert failed.stderr.startswith(f"readoutdiff: error: {tmp_path / 'second.txt'}: has no date")
    given = run(tmp_path / "second.txt", tmp_path / "first.txt", "--order", "given")
    assert given.returncode == 0, given.stderr
    assert given.stdout.index("second.txt") < given.stdout.index("first.txt")


def test_bad_input_exits_2_with_one_line(tmp_path: Path) -> None:
    for args in (
        [tmp_path / "missing.txt", READOUTS / "call-june.txt"],
        [str(tmp_path / "*.txt")],
        [tmp_path],
    ):
        done = run(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith("readoutdiff: error: ") and done.stderr.count("\n") == 1


def test_pairs_in_a_folder_are_written_and_linked(tmp_path: Path) -> None:
    done = run(READOUTS, "--html", tmp_path / "timeline.html", "--pairs", "folder")
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    tree = parse_strict(page)
    assert [s for s in tree.iter("script") if s.get("class") == "report-data"] == []
    links = {a.get("href") for a in tree.iter("a") if a.get("href", "").endswith(".html")}
    assert links == {
        "timeline.html.pairs/002-2022-06-15.html",
        "timeline.html.pairs/003-2023-03-21.html",
    }
    for link in links:
        report = (tmp_path / str(link)).read_text(encoding="utf-8")
        assert report.startswith("<!DOCTYPE html>") and "Readout comparison" in report


def test_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    for name in ("one", "two"):
        done = run(
            READOUTS, "--json", tmp_path / f"{name}.json", "--html", tmp_path / f"{name}.html"
        )
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()


def test_every_series_option_is_documented_in_the_readme() -> None:
    help_text = run("--help").stdout
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", help_text.split("Options:", 1)[1]))
    assert {"--html", "--json", "--csv", "--pairs", "--order"} <= options
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Series\n", 1)[1].split("\n## ", 1)[0]
    assert not sorted(o for o in options if f"`{o}" not in section)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_after_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert series_cli._progress_bar() is None
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    clock = iter([100.0, 100.5, 101.5, 102.0])
    monkeypatch.setattr(series_cli.time, "monotonic", lambda: next(clock))
    draw = series_cli._progress_bar()
    assert draw is not None
    draw(1, 4)  # half a second in: nothing yet
    assert terminal.getvalue() == ""
    draw(2, 4)
    assert terminal.getvalue() == "\rcomparing [###############---------------] 2/4 pairs"
    draw(4, 4)
    assert terminal.getvalue().endswith("4/4 pairs\r\x1b[K")


def test_a_meeting_with_one_context_change_says_it_in_the_singular(tmp_path: Path) -> None:
    folder = ROOT / "tests" / "real_series" / "biden-zelenskyy"
    done = run(folder, "--json", tmp_path / "s.json")
    assert done.returncode == 0, done.stderr
    counts = [
        m["context_changes"] for m in json.loads((tmp_path / "s.json").read_text())["meetings"]
    ]
    assert 1 in counts  # the plural: test_render_walk's xi-fico meeting (u63)
    said = re.findall(
        r"\((\d+) (wording around a kept formula|wordings around kept formulas) changed\)",
        done.stdout,
    )
    singular, plural = "wording around a kept formula", "wordings around kept formulas"
    assert said == [(str(n), singular if n == 1 else plural) for n in counts if n]


def test_a_folder_without_readouts_is_refused_in_one_wording_by_every_command(
    tmp_path: Path,
) -> None:
    """``series DIR`` said "no readout file in DIR; readouts end in …", ``check DIR`` "holds 0
    readout files; needs at least two readouts …" and ``--history DIR`` "holds no readout files
    (.txt, .md, .html ...) to learn recurring phrases from": one folder, three wordings, one
    suffix list cut short. Now one message (``readout_paths.no_readout``), with every suffix,
    then what the command needs."""
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    a, b = (
        ROOT / "samples" / name for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
    )
    said = (
        f"readoutdiff: error: {tmp_path}: holds no readout file (readouts end in .txt, .text, .md,"
    )
    for args, then in (
        (("series", tmp_path), "name a folder that holds readouts"),
        (("check", tmp_path), "check compares the two newest readouts of a folder"),
        ((a, b, "--history", tmp_path), "--history learns recurring phrases from earlier readouts"),
    ):
        done = _readoutdiff(*args)
        assert (done.returncode, done.stdout) == (2, ""), args
        # series first names the file it passes over (notes.pdf), as it does beside readouts
        assert done.stderr.splitlines()[-1] == f"{said} .html, .htm or .xhtml); {then}"


def test_a_folder_of_series_folders_names_the_subfolders_to_give(tmp_path: Path) -> None:
    """`readoutdiff series eval/series` said only "no readout file": the folders are not searched
    recursively, so the error names those that hold readouts; so do check DIR and --history."""
    for name in ("b-series", "a-series", "c-series", "empty"):
        (tmp_path / name).mkdir()
    for name in ("a-series", "b-series", "c-series"):
        (tmp_path / name / "2021-06-28-x.txt").write_text("The two leaders met.", "utf-8")
    hint = (
        f"; subfolders are not searched: name one, such as {tmp_path / 'a-series'}"
        f" or {tmp_path / 'b-series'} and 1 more"
    )
    readout = tmp_path / "a-series" / "2021-06-28-x.txt"
    for command in (
        ["series", str(tmp_path)],
        ["check", str(tmp_path)],
        [str(readout), str(readout), "--history", str(tmp_path)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *command], capture_output=True, text=True
        )
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and done.stderr.rstrip().endswith(hint), command


def test_the_readme_names_every_key_of_the_series_json(outputs: dict[str, Any]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(
        line
        for line in readme.splitlines()
        if line.startswith("| `--json FILE` | `readoutdiff-series/1`")
    )
    document = outputs["json"]
    formula = document["formulas"][0]
    keys = {
        *document,
        *document["summary"],
        *document["meetings"][0],
        *formula,
        *formula["timeline"][0],
    }
    missing = sorted(key for key in keys if f"`{key}`" not in row)
    assert not missing, f"series JSON keys not in README's --json row: {missing}"


@pytest.mark.parametrize("extra", [("--stamp",), ("--pairs", "folder")])
def test_html_only_options_without_html_are_an_error(extra: tuple[str, ...]) -> None:
    """``--stamp`` and ``--pairs folder`` shape the HTML timeline; without ``--html`` they
    would do nothing, silently."""
    done = run("series", READOUTS, *extra)
    assert done.returncode == 2
    assert done.stderr.startswith("readoutdiff: error: ") and "--html" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_changed_cell_says_what_its_change_was(tmp_path: Path) -> None:
    """The legend said "changed: replaced by, or replacing, another formula", and so did every
    changed cell's tooltip, while on the samples most changes are the words around a formula
    kept on both sides (the Treaty, true multilateralism) or a formula reworded."""
    page = tmp_path / "samples.html"
    assert run(ROOT / "samples", "--html", page).returncode == 0
    tree = parse_strict(page.read_text("utf-8"))
    changed = [td.get("title", "") for td in tree.iter("td") if "c-changed" in td.get("class", "")]
    kinds = {title.split(": changed: ")[1].split(";")[0] for title in changed}
    assert len(changed) >= 3 and "wording around it" in kinds, changed
    assert kinds <= {"wording around it", "reworded"}  # none is told as a replacement
    treaty = next(t for t in changed if t.startswith("“China-Russia Treaty"))
    assert ": changed: wording around it; worded “Treaty of Good-neighborliness" in treaty
    legend = " ".join("".join(tree.itertext()).split())
    assert "changed reworded, replaced by or replacing another formula, or said in new words" in (
        legend
    )


def test_rows_of_one_trend_come_in_reading_order_in_every_output(tmp_path: Path) -> None:
    """Rows level on everything else were ordered by id, so the dropped formulas of the samples
    read "chosen systems…", "common human values", "community with…": an order no reader
    expects. They now come as the first readout says them, and every output lists them so."""
    paths = {"json": tmp_path / "s.json", "csv": tmp_path / "s.csv", "html": tmp_path / "s.html"}
    args = [arg for kind, path in paths.items() for arg in (f"--{kind}", path)]
    done = run(ROOT / "samples", *args)
    assert done.returncode == 0, done.stderr
    doc = json.loads(paths["json"].read_text("utf-8"))
    ids = [f["id"] for f in doc["formulas"]]
    dropped = [f for f in doc["formulas"] if f["trend"] == "dropped"]
    assert len(dropped) >= 10 and {f["first_seen"] for f in dropped} == {1}
    first = (ROOT / "samples" / "2021-06-28-xi-putin.txt").read_text("utf-8")
    places = [first.find(f["text"]) for f in dropped]
    assert -1 not in places and places == sorted(places), [f["text"] for f in dropped]
    assert [f["id"] for f in dropped] != sorted(f["id"] for f in dropped)  # no longer by id
    rows = list(csv.DictReader(io.StringIO(paths["csv"].read_text("utf-8-sig"))))
    assert list(dict.fromkeys(row["formula_id"] for row in rows)) == ids
    tree = parse_strict(paths["html"].read_text("utf-8"))
    shown = [span.text for span in tree.iter("span") if span.get("class") == "fid" and span.text]
    assert [label.split(" · ")[0] for label in shown][: len(dropped)] == ids[: len(dropped)]
    lines = [line.split("  ") for line in done.stdout.splitlines() if line.startswith("  *-  ")]
    assert [line[2] for line in lines] == [f"“{f['text']}”" for f in dropped]


def test_the_readme_series_shows_a_recurring_phrase_no_lexicon_has_as_a_changed_row() -> None:
    """Issue 10's done-when, as the README's series example runs it: ten real White House
    readouts of one series; "support for Ukraine" (in no lexicon) is a row of its own, marked
    changed where a readout reworded it."""
    folder = ROOT / "tests" / "real_series" / "biden-zelenskyy"
    assert f"readoutdiff series {folder.relative_to(ROOT)}/" in (ROOT / "README.md").read_text(
        "utf-8"
    )
    done = run(folder)
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if "“support for Ukraine”" in line)
    symbols, rest = row.split(maxsplit=1)
    assert "phrase recurring in the series" in rest and "changed: reworded" in rest
    assert "~" in symbols and len(symbols) == 10


def test_a_pair_report_of_the_series_says_why_it_lists_more_than_the_pair_alone(
    tmp_path: Path,
) -> None:
    """u60/u61: the series page's report of harris-herzog 2023-12-03 → 2024-01-08 says
    "7 appeared" where ``readoutdiff A B`` says 2. The series rightly holds more (phrases
    recurring over its five readouts, later ones too, are tracked in every pair), and the
    report now says so, with how many of its formulas are such phrases."""
    folder = tmp_path / "harris-herzog"
    folder.mkdir()
    for path in sorted((ROOT / "eval" / "formulas").glob("harris-herzog__*.txt")):
        shutil.copy(path, folder / path.name)
    done = run(folder, "--html", tmp_path / "t.html", "--pairs", "folder")
    assert done.returncode == 0, done.stderr
    framed = (tmp_path / "t.html.pairs" / "003-2024-01-08.html").read_text(encoding="utf-8")
    own = tmp_path / "own.html"
    a, b = (folder / f"harris-herzog__{d}__wh.txt" for d in ("2023-12-03", "2024-01-08"))
    alone = _readoutdiff(a, b, "--format", "html", "-o", own)
    assert alone.returncode == 0, alone.stderr
    appeared = re.compile(r'count f-appeared"><strong>(\d+)</strong>')
    in_series = int(appeared.findall(framed)[0])
    by_itself = int(appeared.findall(own.read_text(encoding="utf-8"))[0])
    note = re.search(r"series: (\d+) of these formulas are phrases recurring in the series", framed)
    assert note is not None
    assert "said in two or more of its 5 readouts, later ones too" in framed
    assert "the pair&#39;s own report (readoutdiff A B)" in framed
    assert (in_series, by_itself, int(note[1])) == (7, 2, 5)
    assert "series:" not in own.read_text(encoding="utf-8")
    timeline = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert "whose report tracks the phrases recurring in the series too" in timeline


def test_the_schema_requires_every_key_the_json_writes(outputs: dict[str, Any]) -> None:
    """Each key a meeting, a formula and a timeline cell always carry is one the schema
    requires, so a consumer that validates may rely on it: ser3 wrote each cell's
    ``context_changes`` and described it, but left it out of the cell's ``required`` (rev21)."""
    document, defs = outputs["json"], schema()["$defs"]
    written = {
        "meeting": document["meetings"][0],
        "formula": document["formulas"][0],
        "cell": document["formulas"][0]["timeline"][0],
    }
    for name, item in written.items():
        assert sorted(defs[name]["required"]) == sorted(item), name


def test_the_schema_says_what_a_meeting_s_count_is(outputs: dict[str, Any]) -> None:
    """A meeting's ``context_changes`` counts changed wordings around formulas both meetings
    keep, and its cells' figures add up to it (ser3); the schema still called it "formulas
    kept … but governed by a different phrase", though the series reads no governing words
    (rev21)."""
    said = schema()["$defs"]["meeting"]["properties"]["context_changes"]["description"]
    assert "governed" not in said and "add up to it" in said
    for place, meeting in enumerate(outputs["json"]["meetings"]):
        cells = [row["timeline"][place]["context_changes"] for row in outputs["json"]["formulas"]]
        assert sum(cells) == meeting["context_changes"]
