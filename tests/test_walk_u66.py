"""Branch u66's walk: what a new user meets after the thirty-eighth session's changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _series(tmp_path: Path, name: str) -> list[str]:
    """``readoutdiff series`` on a copy of one outside series' folder, as a user runs it
    (piped: no wrapping), its standard output's lines."""
    folder = tmp_path / name
    folder.mkdir()
    for path in sorted(OUTSIDE.glob(f"{name}__*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", name]
    done = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_series_similarity_is_said_under_the_meetings_not_in_the_formula_counts(
    tmp_path: Path,
) -> None:
    """Sunak–Erdoğan, six gov.uk readouts: the head of the formula counts ended "…; 1 listed
    under changed; similarity is to the meeting before", a note on the meetings' figures
    (0.11 after a date) read as one more fact about the formulas (u65 saw it, left it). It now
    stands under the meetings whose column it explains."""
    lines = _series(tmp_path, "sunak-erdogan")
    rows = [at for at, line in enumerate(lines) if line.startswith(("   1  ", "   6  "))]
    assert lines[rows[-1] + 1] == (
        "The figure after each date is its similarity to the meeting before"
    )
    assert lines[rows[-1] + 2] == ""
    head = next(line for line in lines if line.startswith("Formulas: "))
    assert "similarity" not in head
    assert head.endswith("1 came back after an absence (^): 1 listed under changed")


def test_readouts_saved_under_their_dated_titles_are_dated_by_them(tmp_path: Path) -> None:
    """gov.uk titles its readouts "PM call with President of Türkiye: 7 July 2023" and says
    "spoke … this afternoon"; a user who saves each page under its title (no ISO date in the
    name) got "has no date (and 3 more)" from ``series``: "today" with no file name date stopped
    the search before the title's full date was read, though a title's date over a text with no
    "today" was taken already (28 May 2023). The title's full date now stands for the page's."""
    folder = tmp_path / "türkiye"
    folder.mkdir()
    titled = [
        (path, path.read_text(encoding="utf-8").splitlines()[0])
        for path in sorted(OUTSIDE.glob("sunak-erdogan__*.txt"))
    ]  # 2023-02-07's title gives no date: left out
    for letter, (path, title) in zip(
        "abcde", [item for item in titled if ":" in item[1]], strict=True
    ):
        # the title without its date (u67: a file name's date in words dates the readout)
        (folder / f"{title.split(':')[0]} {letter}.txt").write_bytes(path.read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", "türkiye"]
    done = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    rows = [line.split()[:2] for line in done.stdout.splitlines() if line[:4].strip().isdigit()]
    assert rows == [
        ["1", "2022-12-02"],
        ["2", "2023-05-28"],
        ["3", "2023-07-07"],
        ["4", "2023-07-11"],
        ["5", "2023-10-16"],
    ]
    assert "from the file name" not in done.stdout
    # the pair view and check say the same dates
    a, b = (
        "PM call with President of Türkiye c.txt",
        "PM meeting with the President of Türkiye d.txt",
    )
    pair = [sys.executable, "-m", "readoutdiff", a, b]
    shown = subprocess.run(pair, capture_output=True, text=True, cwd=folder, check=True).stdout
    assert shown.startswith(f"A {a}  (2023-07-07, “PM call with President of Türkiye: 7 July 2023”")
    check = [sys.executable, "-m", "readoutdiff", "check", "türkiye"]
    said = subprocess.run(check, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert said.returncode == 0, said.stderr
    assert said.stdout.splitlines()[0].startswith(
        "readoutdiff check: türkiye/PM meeting with the President of Türkiye d.txt "
        "(2023-07-11) → türkiye/PM call with President Erdoğan of Türkiye e.txt "
        "(2023-10-16)"
    )


def test_a_file_name_s_day_first_date_with_dots_dates_the_readout(tmp_path: Path) -> None:
    """Two Kremlin readouts (Putin–Tokayev, eval/formulas) saved as a Russian user names
    them, "Путин Токаев 17.04.2025.txt": their texts give no date ("Состоялся телефонный
    разговор …"), and a file name's date was read only year first, so ``series`` refused both
    ("has no date (and 1 more)") and the pair view gave none."""
    folder = tmp_path / "токаев"
    done = _tokayev_series(folder, "Путин Токаев {day}.{month}.{year}.txt")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Every date is taken from the file name" in lines
    rows = [line.split()[:2] for line in lines if line[:4].strip().isdigit()]
    assert rows == [["1", "2025-03-06"], ["2", "2025-04-17"]]
    pair = [sys.executable, "-m", "readoutdiff", "Путин Токаев 06.03.2025.txt"]
    pair.append("Путин Токаев 17.04.2025.txt")
    shown = subprocess.run(pair, capture_output=True, text=True, cwd=folder, check=True).stdout
    assert "(2025-04-17 from the file name, " in shown.splitlines()[1]


def test_a_first_sentence_that_ends_as_a_sentence_is_no_dated_title() -> None:
    """A title's full date stands for the page's (above), but a readout saved without its
    title has its first sentence there: gov.uk's Sunak–Albanese body opens "The Prime Minister
    met … in San Diego yesterday (12 March 2023), …", and that sentence's date was taken for the
    page's, so "yesterday" counted back from it to 2023-03-11 (rev21). A sentence ending with a
    full stop is no title: the date is the one the sentence gives, as before u66."""
    from readoutdiff.ingest import from_text

    path = OUTSIDE.parent / "noise" / "sunak-albanese__2023-03-12__gov-uk.txt"
    title, body = path.read_text(encoding="utf-8").split("\n", 1)
    assert title == "PM meeting with Australian Prime Minister Anthony Albanese"
    assert from_text(body.lstrip("\n"), path="albanese.txt").date == "2023-03-12"
    assert from_text(f"{title}\n{body}", path="albanese.txt").date == "2023-03-12"


def test_a_day_first_date_after_a_word_and_a_dot_dates_the_readout(tmp_path: Path) -> None:
    """The same two Kremlin readouts saved with dots between every part of the name,
    "Путин.Токаев.17.04.2025.txt": no dot might stand before the day (to refuse a version,
    "v1.17.04.2025"), so ``series`` refused both as undated (rev21). A dot after a word is a
    separator; after a number it still makes a version."""
    done = _tokayev_series(tmp_path / "токаев", "Путин.Токаев.{day}.{month}.{year}.txt")
    assert done.returncode == 0, done.stderr
    rows = [line.split()[:2] for line in done.stdout.splitlines() if line[:4].strip().isdigit()]
    assert rows == [["1", "2025-03-06"], ["2", "2025-04-17"]]


@pytest.mark.parametrize(
    "name", ["Путин.Токаев.{year}.{month1}.{day1}.txt", "Путин.Токаев.{year}-{month1}-{day1}.txt"]
)
def test_a_year_first_date_without_zeros_after_a_word_and_a_dot_dates_the_readout(
    tmp_path: Path, name: str
) -> None:
    """As above, the date year first without its zeros (u67's "2025-9-4"): rev21 read a dot
    after a word as a separator before a day-first date only, so "Путин.Токаев.2025.3.6.txt"
    still had no date, and ``series`` said its name gave "a year (2025) but no day" (rev22)."""
    done = _tokayev_series(tmp_path / "токаев", name)
    assert done.returncode == 0, done.stderr
    rows = [line.split()[:2] for line in done.stdout.splitlines() if line[:4].strip().isdigit()]
    assert rows == [["1", "2025-03-06"], ["2", "2025-04-17"]]


def _tokayev_series(folder: Path, name: str) -> subprocess.CompletedProcess[str]:
    """``readoutdiff series`` on the two Kremlin Putin–Tokayev readouts of eval/formulas
    (their texts give no date) copied into ``folder`` under ``name``, a format of ``year``,
    ``month``, ``day`` (padded) and ``month1``, ``day1`` (without zeros)."""
    folder.mkdir()
    for iso in ("2025-03-06", "2025-04-17"):
        year, month, day = iso.split("-")
        source = OUTSIDE.parent / "formulas" / f"putin-tokayev__{iso}__kremlin.txt"
        named = name.format(year=year, month=month, day=day, month1=int(month), day1=int(day))
        (folder / named).write_bytes(source.read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", folder.name]
    return subprocess.run(run, capture_output=True, text=True, cwd=folder.parent, check=False)
