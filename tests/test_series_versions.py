"""``readoutdiff series`` on a folder holding two language versions of one call (ux11): the
version in the series' majority language is the meeting, the other is named and left out, so
no row moves for the language switch. Run for real on eval/bilingual files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from readoutdiff.ingest import from_text, load
from readoutdiff.series.build import other_versions

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
XI_TRUMP = (
    "xi-trump__2017-10-25__mfa-zh.txt",
    "xi-trump__2018-03-09__mfa.txt",
    "xi-trump__2018-05-08__globaltimes.txt",
    "xi-trump__2018-05-08__mfa-zh.txt",
)
LEFT_OUT = "xi-trump__2018-05-08__globaltimes.txt"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", "series", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def folder(tmp_path: Path, names: tuple[str, ...]) -> Path:
    where = tmp_path / "call"
    where.mkdir()
    for name in names:
        shutil.copy(BILINGUAL / name, where / name)
    return where


def test_the_other_version_is_named_and_left_out_in_every_view(tmp_path: Path) -> None:
    where = folder(tmp_path, XI_TRUMP)
    done = run(".", "--json", tmp_path / "s.json", "--html", tmp_path / "s.html", cwd=where)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"readoutdiff: warning: {LEFT_OUT}: the English version of one call with"
        " xi-trump__2018-05-08__mfa-zh.txt (Chinese); the series reads that one as the meeting,"
        " in its majority language, and leaves this one out"
    ]
    note = f"the same call in English: {LEFT_OUT}, left out"
    assert "Series of 3 readouts" in done.stdout
    assert f"({note})" in done.stdout
    meetings = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["meetings"]
    assert [Path(m["path"]).name for m in meetings] == [XI_TRUMP[0], XI_TRUMP[1], XI_TRUMP[3]]
    assert meetings[-1]["notes"][-1] == note
    assert note in (tmp_path / "s.html").read_text(encoding="utf-8")
    # no row stands at a fourth meeting: the language switch moves none
    assert all(len(row["timeline"]) == 3 for row in json.loads(
        (tmp_path / "s.json").read_text(encoding="utf-8"))["formulas"])  # fmt: skip


def test_a_russian_series_reads_each_call_in_russian(tmp_path: Path) -> None:
    names = tuple(sorted(p.name for p in BILINGUAL.glob("lukashenko-putin__*.txt")))
    done = run(folder(tmp_path, names), "--json", tmp_path / "s.json")
    assert done.returncode == 0, done.stderr
    assert len(done.stderr.splitlines()) == 3
    assert all("the Russian series" not in line and "(Russian)" in line
               for line in done.stderr.splitlines())  # fmt: skip
    meetings = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["meetings"]
    assert len(meetings) == 3
    assert all(load(m["path"]).language == "ru" for m in meetings)
    assert all(m["notes"][-1].startswith("the same call in English: ") for m in meetings)


def test_one_call_alone_in_two_languages_is_compared_as_a_pair(tmp_path: Path) -> None:
    done = run(folder(tmp_path, XI_TRUMP[2:]))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Series of 2 readouts" in done.stdout


def test_a_same_language_series_is_untouched(tmp_path: Path) -> None:
    readouts = [load(str(p)) for p in sorted((ROOT / "tests" / "series_readouts").glob("*.txt"))]
    assert other_versions(readouts) == []
    done = run(ROOT / "tests" / "series_readouts", "--order", "given")
    assert done.returncode == 0, done.stderr
    assert "version" not in done.stderr


def test_an_undated_readout_is_never_a_version() -> None:
    texts = ["On 1 March 2021 both met.", "On 2 May 2021 both met.", "双方会谈。"]
    readouts = [from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)]
    assert other_versions(readouts) == []
