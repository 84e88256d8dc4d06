"""``series --series NAME|all`` on readouts whose file names say several series (ux17): ux16
read a folder of several series as its newest readout's series only, the others one glob at a
time, and none at all when the newest readout was alone in its series. NAME reads one series,
``all`` each in turn, the terminal view one table a series under a line naming it and each
output file once a series, the same bytes ``--series NAME`` writes. Real readouts of
eval/formulas and samples/, through the real command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_cli import run
from test_series_newest_series import MARCOS, RUTTE, _folder

ROOT = Path(__file__).resolve().parent.parent
STARMER = [f"starmer-rutte__{d}__gov-uk.txt" for d in ("2024-10-10", "2025-02-03")]
ABDULLAH = "biden-abdullah__2024-04-14__wh.txt"


def _files(document: dict) -> list[str]:
    return [Path(meeting["path"]).name for meeting in document["meetings"]]


def test_a_named_series_is_read_alone_and_quietly(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    done = run("series", "readouts", "--series", "harris-marcos", "--json", "s.json", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert "Series of 3 readouts" in done.stdout and "sunak-rutte" not in done.stdout
    assert _files(json.loads((tmp_path / "s.json").read_text("utf-8"))) == MARCOS
    # globs and files named are picked from too
    files = run("series", *(f"readouts/{name}" for name in RUTTE + MARCOS), "--series",
                 "sunak-rutte", cwd=tmp_path)  # fmt: skip
    assert (files.returncode, files.stderr) == (0, ""), files.stderr
    assert "Series of 3 readouts" in files.stdout and "harris-marcos" not in files.stdout


def test_a_participant_picks_every_series_naming_it(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *STARMER, *MARCOS)
    done = run("series", "readouts", "--series", "Rutte", "--json", "s.json", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert _files(json.loads((tmp_path / "s.json").read_text("utf-8"))) == RUTTE + STARMER


def test_all_reads_each_series_in_turn_as_its_name_reads_it(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    outputs = ("--json", "s.json", "--csv", "s.csv", "--html", "s.html")
    done = run("series", "readouts", "--series", "all", *outputs, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    one = tmp_path / "one"  # each series alone, as --series NAME writes it
    shutil.copytree(tmp_path / "readouts", one / "readouts")
    tables = []
    for name in ("sunak-rutte", "harris-marcos"):  # the newest readout's series first
        alone = run("series", "readouts", "--series", name, *outputs, cwd=one)
        assert alone.returncode == 0, alone.stderr
        tables.append(alone.stdout)
        for suffix in ("json", "csv", "html"):  # each file once a series, the same bytes
            each = (tmp_path / f"s.{name}.{suffix}").read_bytes()
            assert each == (one / f"s.{suffix}").read_bytes(), (name, suffix)
    assert done.stdout == (
        "sunak-rutte: series 1 of 2 by file name\n" + tables[0] + "\n"
        "harris-marcos: series 2 of 2 by file name\n" + tables[1]
    )
    assert not any((tmp_path / f"s.{suffix}").exists() for suffix in ("json", "csv", "html"))
    assert _files(json.loads((tmp_path / "s.harris-marcos.json").read_text("utf-8"))) == MARCOS


def test_all_passes_over_a_series_of_one_readout_naming_it(tmp_path: Path) -> None:
    # the newest readout alone in its series: the default refuses the folder, naming --series
    _folder(tmp_path, *RUTTE[:2], *MARCOS[:2], ABDULLAH)
    default = run("series", "readouts", cwd=tmp_path)
    assert (default.returncode, default.stdout) == (2, "")
    assert default.stderr == (
        f"readoutdiff: error: readouts/{ABDULLAH}: is the newest readout and the only one of its"
        " series by file name (biden-abdullah); the folder holds 3 series, and a series reads"
        " the newest readout's: --series NAME reads another (harris-marcos or sunak-rutte),"
        " --series all each in turn\n"
    )
    done = run("series", "readouts", "--series", "all", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"readoutdiff: warning: {ABDULLAH} (biden-abdullah) is the only readout of its series by"
        " file name, with nothing to compare; --series all reads the other 2 series\n"
    )
    assert [line for line in done.stdout.splitlines() if "by file name" in line] == [
        "harris-marcos: series 1 of 2 by file name",
        "sunak-rutte: series 2 of 2 by file name",
    ]
    alone = run("series", "readouts", "--series", "biden-abdullah", cwd=tmp_path)
    assert (alone.returncode, alone.stdout) == (2, "")
    assert alone.stderr == (
        f"readoutdiff: error: readouts/{ABDULLAH}: is the only readout of series biden-abdullah"
        " by file name; a series needs at least two: give --series harris-marcos, sunak-rutte"
        " or all\n"
    )


def test_what_cannot_be_picked_is_one_line_and_exit_2(tmp_path: Path) -> None:
    _folder(tmp_path, RUTTE[0], MARCOS[0], ABDULLAH)
    unknown = run("series", "readouts", "--series", "xi-macron", cwd=tmp_path)
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert unknown.stderr == (
        "readoutdiff: error: --series xi-macron: no readout's file name says that series or a"
        " participant of it; the readouts hold biden-abdullah, harris-marcos and sunak-rutte\n"
    )
    lone = run("series", "readouts", "--series", "all", cwd=tmp_path)
    assert (lone.returncode, lone.stdout) == (2, "")
    assert lone.stderr.startswith("readoutdiff: error: --series all: each series holds one")
    assert len(lone.stderr.splitlines()) == 1
    # the samples' names say no series: nothing to pick by
    samples = run("series", ROOT / "samples", "--series", "all", cwd=tmp_path)
    assert (samples.returncode, samples.stdout) == (2, "")
    assert samples.stderr == (
        "readoutdiff: error: --series all: no file name of the readouts says its series"
        " (SERIES__YYYY-MM-DD__…, as the evaluation sets name theirs); name one series' files"
        " instead\n"
    )


def test_a_readout_named_without_a_series_is_left_out_with_a_warning(tmp_path: Path) -> None:
    folder = _folder(tmp_path, *MARCOS[:2])
    shutil.copyfile(
        ROOT / "samples" / "2021-06-28-xi-putin.txt", folder / "2021-06-28-xi-putin.txt"
    )
    done = run("series", "readouts", "--series", "marcos", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "readoutdiff: warning: --series reads readouts by the series their file names say; 1"
        " name says none and is left out (2021-06-28-xi-putin.txt)\n"
    )
    assert "Series of 2 readouts" in done.stdout and "xi-putin" not in done.stdout


def test_an_output_named_as_a_readout_of_the_folder_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, *RUTTE[:2], *MARCOS[:2])
    shutil.copyfile(folder / MARCOS[0], folder / "out.harris-marcos.txt")
    done = run("series", "readouts", "--series", "all", "--json", "readouts/out.txt", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr.splitlines()[-1] == (
        "readoutdiff: error: readouts/out.harris-marcos.txt: is a readout of the series, and"
        " --series all writes readouts/out.txt as it for series harris-marcos; write the output"
        " to another file"
    )


def test_all_reads_series_sharing_a_participant_as_one_named_by_each(tmp_path: Path) -> None:
    # eval/bilingual: Lukashenko–Putin, Xi–Trump and Xi–Macron (one series to a user: Xi), one
    # Wang Yi–Jaishankar call in two languages; each call's other version left out, as ever
    done = run("series", ROOT / "eval" / "bilingual", "--series", "all", "--json", "b.json",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.splitlines() if line.endswith("by file name")] == [
        "lukashenko-putin: series 1 of 3 by file name",
        "xi-macron and xi-trump: series 2 of 3 by file name",
        "wangyi-jaishankar: series 3 of 3 by file name",
    ]
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == ["b.lukashenko-putin.json", "b.wangyi-jaishankar.json", "b.xi-macron.json"]
    xi = _files(json.loads((tmp_path / "b.xi-macron.json").read_text("utf-8")))
    assert {name.split("__")[0] for name in xi} == {"xi-macron", "xi-trump"}
