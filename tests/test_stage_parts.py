"""benchmarks/stage_parts.py marks the formula stage's functions in a real comparison and gives
callgrind's counts between the marks to the parts open there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "stage_parts.py"
EVAL = ROOT / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"
NAMES = (
    "readoutdiff.formulas.tracking:track",
    "readoutdiff.formulas.mining.memo:ReadoutMemo.found",
    "readoutdiff.formulas.matching.matcher:find",
    "readoutdiff.formulas.linking.slots:find",
)


def _stage_parts():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import stage_parts
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return stage_parts


def test_the_marked_comparison_opens_each_part_inside_the_stage(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(A.read_bytes())
    (tmp_path / "b.txt").write_bytes(B.read_bytes())
    subprocess.run(
        [sys.executable, str(SCRIPT), "--child", str(tmp_path), *NAMES], check=True, timeout=600
    )
    events = (tmp_path / "events.txt").read_text(encoding="utf-8").split()
    assert events[0] == "+compare" and events[-1] == "-compare"
    # The lexicon's finds run inside the memo's (A, then B); a function imported by name
    # elsewhere (memo.py's matcher.find, lonely.py's slots.find) is marked there too.
    assert events.count("+memo:ReadoutMemo.found") == 2
    assert events.count("+matcher:find") >= 2
    assert events.count("+slots:find") == 1
    first = events.index("+memo:ReadoutMemo.found")
    assert events[first + 1 : first + 3] == ["+matcher:find", "-matcher:find"]
    stage = events[events.index("+tracking:track") : events.index("-tracking:track") + 1]
    assert len(stage) == len(events) - 2  # every part inside the stage

    # One unit per interval: a part's exclusive count is the intervals it is innermost in.
    parts = _stage_parts().attribute(events, [1] * len(events))
    assert parts["compare"] == (len(events) - 1, 2, 1)  # before and after the stage
    assert parts["tracking:track"][0] == len(stage) - 1
    inclusive, exclusive, calls = parts["memo:ReadoutMemo.found"]
    assert (inclusive, exclusive, calls) == (6, 4, 2)  # each: before, inside, after its find
    assert sum(exclusive for _, exclusive, _ in parts.values()) == len(events) - 1


def test_a_name_that_is_no_function_is_one_line_and_exit_2() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "readoutdiff.formulas.tracking:no_such_part"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert "no_such_part" in done.stderr


def test_each_call_of_a_part_is_its_own_row_with_each(tmp_path: Path) -> None:
    """``--each`` (the child reads it from the environment): A's find apart from B's."""
    (tmp_path / "a.txt").write_bytes(A.read_bytes())
    (tmp_path / "b.txt").write_bytes(B.read_bytes())
    env = {**os.environ, "STAGE_PARTS_EACH": "1"}
    subprocess.run(
        [sys.executable, str(SCRIPT), "--child", str(tmp_path), NAMES[1]],
        check=True, timeout=600, env=env,
    )  # fmt: skip
    events = (tmp_path / "events.txt").read_text(encoding="utf-8").split()
    assert events[1:-1] == [
        "+memo:ReadoutMemo.found#1", "-memo:ReadoutMemo.found#1",
        "+memo:ReadoutMemo.found#2", "-memo:ReadoutMemo.found#2",
    ]  # fmt: skip
    parts = _stage_parts().attribute(events, [1] * len(events))
    assert parts["memo:ReadoutMemo.found#2"] == (1, 1, 1)


def test_the_floor_report_gives_each_part_above_side_a_against_itself() -> None:
    """``--floor``: a part the floor opens less is the edited passages' cost; one it never opens
    (a rule of edited passages) counts 0 there."""
    pair = {"compare": (900_000_000, 400_000_000, 1), "standing:changes": (84_000_000, 1, 1)}
    floor = {"compare": (600_000_000, 360_000_000, 1)}
    rows = _stage_parts().report_floor(pair, floor).splitlines()
    assert rows[1].split() == ["900.0", "600.0", "300.0", "1", "compare"]
    assert rows[2].split() == ["84.0", "0.0", "84.0", "1", "standing:changes"]


def test_the_again_report_gives_each_part_less_its_second_comparison() -> None:
    """``--again``: what a part spends in the first comparison above the pair's second one is
    its first readings of the words (kept per process); a part the second comparison does not
    open counts 0 there."""
    first = {"compare": (1_283_000_000, 900_000_000, 1), "lines:telling": (13_300_000, 1, 207)}
    again = {"compare": (1_259_500_000, 900_000_000, 1), "lines:telling": (4_300_000, 1, 207)}
    rows = _stage_parts().report_again(first, again).splitlines()
    assert rows[0].split()[:4] == ["first", "again", "reads", "calls"]
    assert rows[1].split() == ["1283.0", "1259.5", "23.5", "1", "compare"]
    assert rows[2].split() == ["13.3", "4.3", "9.0", "207", "lines:telling"]
    assert _stage_parts().report_again({"x:y": (1_000_000, 1, 1)}, {}).splitlines()[1].split() == [
        "1.0",
        "0.0",
        "1.0",
        "1",
        "x:y",
    ]


def test_the_child_marks_the_second_comparison_with_again(tmp_path: Path) -> None:
    """``STAGE_PARTS_AGAIN=1`` (``--again``): the pair is compared once unmarked (no samples'
    warm-up), and only the second comparison is marked: one stage inside it."""
    (tmp_path / "a.txt").write_bytes(A.read_bytes())
    (tmp_path / "b.txt").write_bytes(B.read_bytes())
    env = {**os.environ, "STAGE_PARTS_AGAIN": "1"}
    subprocess.run(
        [sys.executable, str(SCRIPT), "--child", str(tmp_path), "readoutdiff.formulas.tracking:track"],
        check=True, timeout=600, env=env,
    )  # fmt: skip
    events = (tmp_path / "events.txt").read_text(encoding="utf-8").split()
    assert events == ["+compare", "+tracking:track", "-tracking:track", "-compare"]


def test_every_default_part_names_a_function_of_the_tree() -> None:
    """A part renamed in ``src/`` (``tracking._fates`` became ``_linked_all`` and
    ``_fates_tail``, ser5) made a run without names exit 2 after minutes under callgrind:
    the default parts are resolved here, without valgrind (branch sp89)."""
    stage_parts = _stage_parts()
    for name in stage_parts.PARTS:
        owner, attribute, function = stage_parts._resolve(name)
        assert callable(function), name
