"""Branch fix8: the reviewers' leftovers of the thirty-ninth session (rev23, rev24), through the
real CLI on real readouts (eval/formulas' State Department Sherman–Sannino calls) and real
Russian text (eval's Russian readouts, kremlin.ru)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.formulas.entries.lone_heads import _DATE, _dated
from readoutdiff.formulas.entries.point_heads_ru import Word, stem
from readoutdiff.ingest.dates import file_date, name_date_refused

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
SANNINO = sorted((EVAL / "formulas").glob("sherman-sannino__2022-0*.txt"))


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(
        run, capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    folder.mkdir()
    for path in SANNINO[:3]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.mark.parametrize("again", ["calls", "calls/", "./calls"])
def test_a_folder_named_twice_is_said_to_be(tmp_path: Path, again: str) -> None:
    """``series DIR DIR`` warned "3 readouts named more than once (calls/…, …)": the user
    named one folder twice, and the line now says that (rev24)."""
    _folder(tmp_path)
    done = _run("series", "calls", again, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Series of 3 readouts")
    assert done.stderr == (
        "readoutdiff: warning: calls: named twice; the series reads each readout once\n"
    )


def test_a_folder_and_a_file_of_it_still_name_the_file(tmp_path: Path) -> None:
    _folder(tmp_path)
    one = f"calls/{SANNINO[0].name}"
    done = _run("series", "calls", one, "calls", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        "readoutdiff: warning: calls: named twice; the series reads each readout once",
    ]
    done = _run("series", "calls", one, cwd=tmp_path)
    assert done.stderr == (
        f"readoutdiff: warning: {one}: named twice; the series reads each readout once\n"
    )


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("x 2025-9-4.2.txt", "2025-9-4.2 reads as a version number"),
        ("x 2025-09-04.2.txt", "2025-09-04.2 reads as a version number"),
        ("a 2025.09.04.1.txt", "2025.09.04.1 reads as a version number"),
        ("x 4.9.2025.1.txt", "4.9.2025.1 reads as a version number"),
        ("v3.1.2021.txt", "v3.1.2021 reads as a version number"),
        ("notes_v20210103.txt", "v20210103 reads as a version number"),
        ("v1.2025-04-18.txt", "1.2025-04-18 reads as a version number"),
        ("x 1.2.2025.9.4.txt", "1.2.2025.9.4 reads as a version number"),
    ],
)
def test_a_date_in_figures_beside_a_version_is_no_date_in_every_form(name: str, said: str) -> None:
    """One rule for every date written in figures (rev23, rev24: "x 2025-9-4.2.txt" had no
    date while "x 2025-09-04.2.txt" had; "v3.1.2021.txt" was 3 January 2021 while
    "v1.2025.9.4" was a version; "v1.2025-04-18.txt" was a date): a number and a dot or a "v"
    right before it, or a dot and a number right after it, make it part of a version number,
    and the refusal says which."""
    assert file_date(name) is None
    refused = name_date_refused(name)
    assert refused is not None and refused.startswith(f"its name's {said}, not a date: ")
    assert refused.endswith("would make it a date")


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("x 2025-09-04 2.txt", "2025-09-04"),  # a second readout of the day, as README says
        ("x 2025-9-4_2.txt", "2025-09-04"),
        ("v3 3.1.2021.txt", "2021-01-03"),  # a space after the version
        ("Kiev 3.1.2021.txt", "2021-01-03"),  # a word's v, no version
        ("Tokayev.3.1.2021.txt", "2021-01-03"),  # a word and a dot: a separator
        ("V2 2025-09-04.txt", "2025-09-04"),
        ("sherman-sannino__2022-02-10__state.txt", "2022-02-10"),
        ("putin-cameron 25.05.2015 kommersant.txt", "2015-05-25"),
    ],
)
def test_a_date_apart_from_a_version_is_read(name: str, date: str) -> None:
    assert file_date(name) == date
    assert name_date_refused(name) is None


def test_check_of_a_copy_and_its_original_warns_as_series_does(tmp_path: Path) -> None:
    """``check copy.txt original.txt`` (one meeting under two names) passed with similarity
    1.00 and no warning, where ``check DIR`` and ``series`` name the copy (rev23). It passes
    still (the two say the same), and names the copy."""
    original = SANNINO[0].name
    shutil.copy(SANNINO[0], tmp_path / original)
    shutil.copy(SANNINO[0], tmp_path / "copy.txt")
    warned = (
        f"readoutdiff: warning: copy.txt: a copy of {original} (the same text and date); give"
        " the newer readout as NEW to see changes\n"
    )
    for pair in (("copy.txt", original), (original, "copy.txt")):
        done = _run("check", *pair, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stderr == warned
    diff = _run(original, "copy.txt", cwd=tmp_path)
    assert diff.returncode == 0
    assert diff.stderr == warned.replace("newer readout as NEW", "later readout as B")
    shutil.copy(SANNINO[1], tmp_path / SANNINO[1].name)
    two = _run("check", original, SANNINO[1].name, cwd=tmp_path)
    assert "a copy of" not in two.stderr


def _words(text: str) -> tuple[Word, ...]:
    return tuple(
        Word(m.start(), m.end(), m.group(), stem(m.group()))
        for m in re.finditer(r"[А-Яа-яЁё]+", text)
    )


def test_a_rank_is_no_month() -> None:
    """ru10's date words (``ма[йяе][а-яё]*``) took "майор" for May. kremlin.ru, news/76322 and
    a meeting with the mothers of fallen soldiers (gabrielkmbo/kremlin-scraper's articles):
    "… майор Министерства обороны …", "… учитель школы, которая носит его имя, гвардии майора
    Ананичева …"; the scraper's text also holds "майнинг", "маяк" and "майские". Each is a
    word of its own, and a point of two content words, one a rank, says more than a date."""
    for word in ("майор", "майора", "майнинг", "маяк", "майские", "майских", "мартовский", "мам"):
        assert not _DATE.fullmatch(word), word
    assert not _dated(_words("гвардии майора Ананичева"))
    assert _dated(_words("которые пройдут в сентябре 2023 года в Душанбе"))


def test_every_month_word_of_the_russian_readouts_is_still_a_date_word() -> None:
    """The whole words kept: every word of eval's Russian readouts the old pattern read as a
    date word (their months, "года", "лет") is read so still, so no report moves."""
    old = re.compile(
        r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
        r"|год(?:а|у|ом|е)?|лет"
    )
    seen = set()
    for path in EVAL.rglob("*.txt"):
        for word in re.findall(r"[а-яё]+", path.read_text(encoding="utf-8", errors="ignore")):
            if old.fullmatch(word):
                seen.add(word)
    assert {"мая", "марта", "сентябре", "года"} <= seen, seen
    assert all(_DATE.fullmatch(word) for word in seen), sorted(seen)
    for month in ("январь", "январём", "феврале", "маю", "маем", "мартом", "августу", "июнем"):
        assert _DATE.fullmatch(month), month
