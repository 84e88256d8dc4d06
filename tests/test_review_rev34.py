"""Branch rev34, a reviewer's read of the forty-seventh session's merges, tried as a user on a
pseudo-terminal: ``readoutdiff formulas FILE``'s first line (``path: N formulas``) ran past 60
columns with eval's long paths (left by ux24); below 62 columns ``series`` put a meeting's file
on a line of its own under the date but left its title and notes 18 columns to the file's right
(26 columns at 50, a Chinese title torn in two, a note in four lines)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from test_ux24 import _piped, _terminal  # a pseudo-terminal of COLUMNS, and a pipe

from readoutdiff.formulas import find_formulas
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.ingest.reader import load
from readoutdiff.render.listing import render_listing_text

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"
OLD, NEW = "abe-moon__2017-05-11__mofa-jp.txt", "abe-moon__2017-05-30__mofa-jp.txt"
LONG = "eval/formulas/sherman-delattre-michaelis-sequi-cleverly__2022-03-14__state.txt"


def test_the_listing_count_goes_under_a_path_too_long_for_the_terminal() -> None:
    lines = _terminal(60, "formulas", LONG)
    assert lines[:2] == [f"{LONG}:", "  4 formulas"]  # before: one line of 90 columns
    assert [line for line in lines if columns(line) > 60] == [f"{LONG}:"]  # the path, whole
    piped = _piped("formulas", LONG)
    assert piped.splitlines()[0] == f"{LONG}: 4 formulas"  # a pipe gets the line whole
    assert " ".join(" ".join(lines).split()) == " ".join(piped.split())  # only spaces moved


def test_the_listing_first_line_that_fits_stays_one_line() -> None:
    readout = load(ROOT / LONG)
    found = find_formulas(readout)
    assert len(found) == 4
    whole = render_listing_text(readout, found).splitlines()[0]
    assert render_listing_text(readout, found, width=columns(whole)).splitlines()[0] == whole
    narrow = render_listing_text(readout, found, width=columns(whole) - 1).splitlines()
    path, count = whole.rsplit(": ", 1)
    assert narrow[:2] == [f"{path}:", f"  {count}"]
    empty = render_listing_text(readout, (), width=columns(whole) - 1).splitlines()
    assert empty[:2] == [f"{path}:", "  0 formulas"]  # the listing that found none too


def test_a_meeting_title_goes_under_its_file_on_a_narrow_terminal(tmp_path: Path) -> None:
    for path in sorted(FORMULAS.glob("wangyi-qureshi__*.txt")):
        shutil.copy(path, tmp_path / path.name)
    lines = _terminal(50, "series", tmp_path.name, cwd=tmp_path.parent)
    over = [line for line in lines if columns(line) > 50]
    assert over == []  # ux25: the id, 47 columns, ran one past the line under the timeline
    assert "  all-weather-strategic-cooperative-partnership ·" in lines  # whole, never torn
    files = [at for at, line in enumerate(lines) if line.startswith("      wangyi-qureshi__")]
    assert len(files) == 7
    for at in files:  # the title right under the file, at its column (before: at column 24)
        assert lines[at + 1].startswith("      “") and not lines[at + 1].startswith("       ")
    # a title and its note whole, each on one line (before: "“王毅同巴基斯坦外长库雷希" |
    # "通电话”  (5 wordings" | "around kept formulas" | "changed)")
    assert "      “王毅同巴基斯坦外长库雷希通电话”" in lines
    assert "      (5 wordings around kept formulas changed)" in lines
    piped = _piped("series", tmp_path.name, cwd=tmp_path.parent)
    assert " ".join(" ".join(lines).split()) == " ".join(piped.split())  # only spaces moved


def test_the_library_refuses_a_lexicon_that_is_a_device() -> None:
    """ux24 made ``--lexicon /dev/zero`` one line; ``compare_files(..., lexicon=["/dev/zero"])``
    still read it until memory ran out (a MemoryError under a 2 GB limit). Run apart, its
    memory held to 1 GB, so that a regression fails rather than fills the machine."""
    call = (
        "from readoutdiff.api import compare_files\n"
        f"compare_files({str(FORMULAS / OLD)!r}, {str(FORMULAS / NEW)!r},"
        " lexicon=['/dev/zero'], mining=False)\n"
    )
    assert _refused_within_a_gigabyte(call, "InputError") == DEVICE_REFUSED


DEVICE_REFUSED = "/dev/zero: is a device, not a file: give the path of its TOML file\n"


def _refused_within_a_gigabyte(call: str, error: str) -> str:
    """What ``call`` (Python lines) prints of the ``readoutdiff.errors`` ``error`` it raises,
    run in a fresh interpreter whose memory is held to 1 GB: a reader that reads a device
    without end fails the test rather than fills the machine."""
    code = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        f"from readoutdiff.errors import {error}\n"
        "try:\n"
        + "".join(f"    {line}\n" for line in call.splitlines())
        + f"except {error} as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout


def test_the_lexicon_reader_itself_refuses_a_device() -> None:
    """The lexicon reader read anything but a named pipe whole, so a caller of
    ``formulas.lexicon.lexicon.chosen`` with ``/dev/zero`` filled the memory. It now reads only
    a regular file whole and refuses a device itself, with the InputError the command line,
    ``check --rules`` and the library give (they all read through it). Run apart, its memory
    held to 1 GB, so a regression fails rather than fills the machine."""
    call = "from readoutdiff.formulas.lexicon.lexicon import chosen\nchosen(['/dev/zero'])\n"
    assert _refused_within_a_gigabyte(call, "InputError") == DEVICE_REFUSED
