"""Branch u70's walk: the five Carney–Macron readouts (eval/formulas, dev pairs) in a folder,
as a user saves them, through `check DIR` and `series`, which tell the newest readout's dropped
phrases alike (README, "The folder is a series")."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CARNEY_MACRON = sorted((ROOT / "eval" / "formulas").glob("carney-macron__*.txt"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    readouts = tmp_path_factory.mktemp("u70") / "readouts"
    readouts.mkdir()
    for path in CARNEY_MACRON:
        date = path.name.split("__")[1]
        shutil.copy(path, readouts / f"carney-macron-{date}.txt")
    return readouts


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(run, capture_output=True, text=True, check=False)


def test_a_recurring_phrase_the_newest_readout_drops_is_reported_as_series_marks_it(
    folder: Path, tmp_path: Path
) -> None:
    # "relationship between Canada and France" recurs (meetings 1 and 4: "the growing bilateral
    # relationship between Canada and France"); the newest readout (5) drops it and the series'
    # last column says so. `check DIR` left it out as "1 mined phrase no older readout of the
    # folder says": it looked for the pair's whole wording, "bilateral …", in the older ones.
    assert len(CARNEY_MACRON) == 5
    done = _run("series", folder, "--json", tmp_path / "series.json")
    assert done.returncode == 0, done.stderr
    series = json.loads((tmp_path / "series.json").read_text(encoding="utf-8"))
    row = next(
        f for f in series["formulas"] if f["text"] == "relationship between Canada and France"
    )
    assert row["topic"] == "recurring"
    assert [c["fate"] for c in row["timeline"]][-1] == "dropped"
    dropped_at_5 = [
        f
        for f in series["formulas"]
        if f["timeline"][-1]["fate"] == "dropped" and f["topic"] == "recurring"
    ]
    assert dropped_at_5 == [row]

    done = _run("check", folder)
    assert done.returncode == 0, done.stderr
    assert (
        "carney-macron-2025-11-22.txt:7: warning: recurring phrase “bilateral relationship between"
        " Canada and France” was dropped (sentence 1)"
    ) in done.stdout
    assert "no dropped formulas: 4 dropped\n" in done.stdout
    assert "not counted" not in done.stdout


def test_a_history_note_does_not_deny_a_phrase_the_series_lists(
    folder: Path, tmp_path: Path
) -> None:
    # `series` lists "cybersecurity and intelligence sharing" as a phrase recurring in the
    # series (meetings 1 and 3); `A B --history` on meetings 3 and 4 does not learn it (four
    # words said by two readouts), and its note said "no phrase recurring there … is said in A
    # or B" while A says it: the note now says what it knows, that none is tracked.
    done = _run("series", folder, "--json", tmp_path / "series.json")
    assert done.returncode == 0, done.stderr
    series = json.loads((tmp_path / "series.json").read_text(encoding="utf-8"))
    row = next(
        f for f in series["formulas"] if f["text"] == "cybersecurity and intelligence sharing"
    )
    assert row["topic"] == "recurring" and row["timeline"][2]["present"]
    a, b = folder / "carney-macron-2025-06-16.txt", folder / "carney-macron-2025-11-22.txt"
    done = _run(a, b, "--history", folder)
    assert done.returncode == 0, done.stderr
    assert "cybersecurity and intelligence sharing" in a.read_text(encoding="utf-8")
    assert done.stdout.endswith(
        "note: history: 3 readouts read from "
        f"{folder}, besides A and B (1 of them dated after B, read all the same); no phrase"
        " recurring there is tracked as a formula (the lexicon's formulas aside)\n"
    )
    assert "is said in A or B" not in done.stdout
