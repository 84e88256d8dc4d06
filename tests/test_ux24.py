"""Branch ux24: a new user's hour with the tool, on real readouts through the real CLI.

- ``check``'s text view keeps to a terminal's width (its lines ran past 60 and 80 columns), a
  finding's ``path:line:`` whole at its start, and stays one finding a line to a pipe;
- ``series`` keeps to 60 and 50 columns: a file name under the date, an id under the timeline,
  a timeline of 45 meetings in lines of whole groups (eval/series/blinken-kuleba: 24 lines past
  60 columns; Wang Yi's readouts of eval/formulas);
- a ``--lexicon`` or ``--rules`` file that is a device (``/dev/zero``) is one line and exit
  status 2, where it was read until the system killed the run;
- the names of the two-meetings warning are read by each language's module
  (``languages/en.py``, ``ru.py``, ``zh.py``), ``ingest/people.py`` asks the readout's.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import _on_terminal as on_terminal  # read while the CLI writes

from readoutdiff.formulas.keys.key_record import columns

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT / "eval" / "series" / "blinken-kuleba"
FORMULAS = ROOT / "eval" / "formulas"


def _terminal(columns_: int, *args: str | Path, cwd: Path = ROOT) -> list[str]:
    env = {**os.environ, "COLUMNS": str(columns_), "NO_COLOR": "1"}
    shown = on_terminal(env, *args, cwd=cwd, timeout=300).decode("utf-8")
    return shown.replace("\r\n", "\n").splitlines()


def piped_run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the CLI with its standard output and error to pipes (``COLUMNS=60`` set, unread)."""
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "COLUMNS": "60"},
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return done


def _piped(*args: str | Path, cwd: Path = ROOT) -> str:
    return piped_run(*args, cwd=cwd).stdout


def _unbroken(line: str) -> bool:
    """A line past the width that is one piece no line may break: a path, a file name, an id
    (with the "·" after it)."""
    return re.fullmatch(r"\S+(?: ·)?", line.strip()) is not None


@pytest.mark.parametrize("width", [60, 80])
def test_check_keeps_to_the_terminal_and_one_finding_a_line_to_a_pipe(width: int) -> None:
    lines = _terminal(width, "check", SERIES.name, cwd=SERIES.parent)
    piped = _piped("check", SERIES.name, cwd=SERIES.parent)
    over = [line for line in lines if columns(line) > width]
    assert over == []  # before: 9 lines at 60 columns, 9 at 80
    assert " ".join(" ".join(lines).split()) == " ".join(piped.split())  # nothing lost
    findings = [line for line in piped.splitlines() if ": warning: " in line]
    assert len(findings) == 7  # one a line to a pipe, to grep
    for finding in findings:  # on the terminal, the place opens a line
        place = finding.split(": warning:")[0]
        assert any(line.startswith(place) for line in lines)
    indents = {len(line) - len(line.lstrip(" ")) for line in lines if line.strip()}
    assert indents == {0, 2, 4, 6}, indents  # a finding on under 4, a note under 6


@pytest.mark.parametrize("width", [50, 60])
def test_series_keeps_to_the_terminal_width(width: int) -> None:
    lines = _terminal(width, "series", SERIES.relative_to(ROOT))
    over = [line for line in lines if columns(line) > width]
    assert over == [], over  # 24 lines past 60 columns before, 31 past 50
    files = [line for line in lines if line.strip().startswith("blinken-kuleba__")]
    assert len(files) == 21 and all(line.startswith("      b") for line in files)  # under the date
    assert "      security-economic-humanitarian-assistance ·" not in lines
    assert any(line.startswith("    ") and "security-economic-humanitarian-assistance ·" in line
               for line in lines)  # fmt: skip
    piped = _piped("series", SERIES.relative_to(ROOT))
    assert " ".join(" ".join(lines).split()) == " ".join(piped.split())  # only spaces moved


WANG_YI = {
    f"wangyi-{name}"
    for name in (
        "amir-abdollahian", "baerbock", "balakrishnan", "borrell", "cavusoglu", "chung-eui-yong",
        "faisal-bin-farhan", "kuleba", "marsudi", "park-jin", "penny-wong", "qureshi",
    )
}  # fmt: skip
"""Wang Yi's series of eval/formulas when ux24 measured them (48 readouts, 45 meetings): e81's
fresh wangyi-bonne, merged before ux24, made it 52 meetings and failed the test at the merge
(rev34); a fresh pair's readouts are not run through the tool while developing either."""


def test_a_timeline_wider_than_the_terminal_goes_on_in_whole_groups(tmp_path: Path) -> None:
    """Wang Yi's readouts of eval/formulas, one series of 45 meetings by its participant: at 50
    columns a timeline of five groups ran one column past the line, as no line may open on "."
    and its fifth group began with one."""
    for path in sorted(FORMULAS.glob("wangyi-*__*.txt")):
        if path.name.split("__")[0] in WANG_YI:
            shutil.copy(path, tmp_path / path.name)
    lines = _terminal(50, "series", tmp_path, cwd=tmp_path)
    assert lines[0] == "Series of 45 readouts, in date order"
    over = [line for line in lines if columns(line) > 50]
    assert all(_unbroken(line) for line in over), over  # a file name or an id wider than 50
    timelines = [
        line for line in lines if re.fullmatch(r"  [-*=~+^.]{10}( [-*=~+^.]{1,10})*", line)
    ]
    assert timelines and all(len(line) <= 50 for line in timelines)
    groups = [line for at, line in enumerate(lines[1:], 1) if re.fullmatch(r"  [-*=~+^.]{5}", line)
              and re.fullmatch(r"  (?:[-*=~+^.]{10} ){3}[-*=~+^.]{10}", lines[at - 1])]  # fmt: skip
    assert groups  # the 41st to 45th meetings on a line of their own, under the first ten


@pytest.mark.parametrize(
    "args",
    [
        ("--lexicon", "/dev/zero"),
        ("--lexicon", "/dev/urandom"),
    ],
)
def test_a_settings_file_that_is_a_device_is_one_line(args: tuple[str, ...]) -> None:
    if not Path(args[1]).exists():
        raise AssertionError(f"{args[1]} is missing on this system")
    old, new = sorted(SERIES.glob("*.txt"))[-2:]
    runs = [
        [old, new, *args],
        ["check", old, new, *args],
        ["check", old, new, "--rules", args[1]],
        ["series", old, new, *args],
        ["formulas", old, *args],
    ]
    for run in runs:
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *map(str, run)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2, run
        what = "their" if "--rules" in run else "its"
        assert done.stderr == (
            f"readoutdiff: error: {args[1]}: is a device, not a file: give the path of {what}"
            " TOML file\n"
        )


def test_each_language_module_reads_its_names() -> None:
    """``ingest/people.py`` holds no language's patterns: ``named`` and ``shown`` on every
    readout of eval/formulas are those of the readout's language module."""
    from readoutdiff.ingest import load, people
    from readoutdiff.languages import en, ru, zh

    source = Path(people.__file__).read_text(encoding="utf-8")
    for word in ("OFFICE_NAMES", "NOT_NAMES", "title_case", "simplified", "ё"):
        assert word not in source, word
    modules = {"en": en, "ru": ru, "zh": zh}
    counts = dict.fromkeys(modules, 0)
    for path in sorted(FORMULAS.glob("*__*.txt")):
        readout = load(path)
        module = modules.get(readout.language)
        opening = readout.text[: people.NAMED_IN]
        keys = people.named(opening, readout.language)
        if module is None:
            assert keys == frozenset()
            continue
        assert keys == module.names(opening)
        counts[readout.language] += bool(keys)
        for key in keys - {key for key in keys if key.startswith("The ")}:
            at, whole = module.name_written(key, opening)
            assert at >= 0 and whole in opening, (path.name, key)
    assert counts["en"] > 300 and counts["zh"] > 90 and counts["ru"] > 40, counts
    text = (FORMULAS / "japarov-erdogan__2021-08-30__kabar.txt").read_text("utf-8")
    assert people.shown(people.named(text[:3000], "ru"), text, "ru")
