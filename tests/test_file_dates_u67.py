"""Branch u67: dates a user writes in file names (words, no zeros, the year last), and the
dates Chinese and Russian readouts give in their own text, through the real CLI on real
readouts of eval/ renamed in a temporary folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _source(name: str) -> Path:
    """The eval readout called ``name`` (eval/formulas or eval/outside)."""
    return next(path for folder in ("formulas", "outside") for path in [EVAL / folder / name]
                if path.exists())  # fmt: skip


def _series(folder: Path, renamed: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``readoutdiff series`` on copies of eval readouts (source name -> new name) in
    ``folder``, piped (no wrapping)."""
    folder.mkdir()
    for source, name in renamed.items():
        (folder / name).write_bytes(_source(source).read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", folder.name]
    return subprocess.run(run, capture_output=True, text=True, cwd=folder.parent, check=False)


def _rows(output: str) -> list[list[str]]:
    """The meetings' rows of a series' text view: number, date, file name's start."""
    return [line.split()[:3] for line in output.splitlines() if line[:4].strip().isdigit()]


# Biden–Abdullah (White House): "spoke today …", no date in the text, so the file name's
# date is the only one; the names put the meetings in an order their names do not sort in.
_ENGLISH = {
    "biden-abdullah__2024-04-14__wh.txt": "Biden Abdullah 14 April 2024.txt",
    "biden-abdullah__2024-05-06__wh.txt": "Biden Abdullah May 6, 2024.txt",
    "biden-abdullah__2024-07-26__wh.txt": "Biden Abdullah 26-Jul-2024.txt",
    "biden-abdullah__2024-08-05__wh.txt": "Biden Abdullah 2024-8-5.txt",
}


def test_file_name_dates_in_words_or_without_zeros_date_the_readouts(tmp_path: Path) -> None:
    """Each form was refused by ``series`` ("has no date (and 3 more)"): a file name's date
    was read only as digits with their zeros."""
    done = _series(tmp_path / "abdullah", _ENGLISH)
    assert done.returncode == 0, done.stderr
    assert "Every date is taken from the file name" in done.stdout.splitlines()
    assert [row[1] for row in _rows(done.stdout)] == [
        "2024-04-14", "2024-05-06", "2024-07-26", "2024-08-05",
    ]  # fmt: skip


def test_russian_and_chinese_file_name_dates_and_dots_without_zeros(tmp_path: Path) -> None:
    """Kremlin readouts give no date in their text ("Состоялся телефонный разговор …"):
    "Путин Токаев 17 апреля 2025.txt" and "6.3.2025" date them now; a Chinese user's
    "2025年4月17日" too (the pair view, its header's second line)."""
    done = _series(
        tmp_path / "токаев",
        {
            "putin-tokayev__2025-04-17__kremlin.txt": "Путин Токаев 17 апреля 2025.txt",
            "putin-tokayev__2025-03-06__kremlin.txt": "Путин Токаев 6.3.2025.txt",
        },
    )
    assert done.returncode == 0, done.stderr
    assert [row[1] for row in _rows(done.stdout)] == ["2025-03-06", "2025-04-17"]
    folder = tmp_path / "токаев"
    (folder / "普京托卡耶夫2025年4月17日.txt").write_bytes(
        (folder / "Путин Токаев 17 апреля 2025.txt").read_bytes()
    )
    pair = [sys.executable, "-m", "readoutdiff", "Путин Токаев 6.3.2025.txt"]
    pair.append("普京托卡耶夫2025年4月17日.txt")
    shown = subprocess.run(pair, capture_output=True, text=True, cwd=folder, check=True).stdout
    assert "(2025-04-17 from the file name, " in shown.splitlines()[1]


def test_a_year_last_date_is_read_only_where_one_reading_is_a_date(tmp_path: Path) -> None:
    """ "16-10-2023" can only be day first, "10_16_2023" only month first; "04-09-2025" is
    4 September in Europe and April 9 in the US: it is refused (no guess), and ``series``
    says which file has no date."""
    renamed = {
        "biden-abdullah__2024-04-14__wh.txt": "call 14-04-2024.txt",
        "biden-abdullah__2024-05-06__wh.txt": "call 05_06_2024.txt",
    }
    done = _series(tmp_path / "ambiguous", renamed)
    assert done.returncode == 2
    assert "call 05_06_2024.txt" in done.stderr and "has no date" in done.stderr
    renamed["biden-abdullah__2024-05-06__wh.txt"] = "call 05_31_2024.txt"
    done = _series(tmp_path / "plain", renamed)
    assert done.returncode == 0, done.stderr
    assert [row[1] for row in _rows(done.stdout)] == ["2024-04-14", "2024-05-31"]


_CHINESE = {  # CCTV: "9月4日上午，…习近平…会见": the day in the text, the year in the name
    "xi-thongloun__2024-10-22__cctv.txt": "习近平会见通伦 2024.txt",
    "xi-thongloun__2022-11-30__cctv.txt": "习近平会见通伦 2022.txt",
    "xi-thongloun__2026-06-05__cctv.txt": "习近平会见通伦 2026.txt",
    "xi-thongloun__2023-10-20__cctv.txt": "习近平会见通伦 2023.txt",
    "xi-thongloun__2025-09-04__cctv.txt": "习近平会见通伦 2025.txt",
    "xi-bolkiah__2022-11-18__cctv.txt": "习近平会见博尔基亚 2022.txt",
}
_RUSSIAN = {  # the day and month in the text ("… 24 декабря"), the year in the name
    "mirziyoyev-aliyev__2023-12-24__kursiv.txt": "Мирзиёев Алиев 2023.txt",
    "mirziyoyev-erdogan__2018-06-24__president-uz.txt": "Мирзиёев Эрдоган 2018.txt",
    "mirziyoyev-lukashenko__2020-08-10__dunyo.txt": "Мирзиёев Лукашенко 2020.txt",
    "mirziyoyev-nazarbayev__2021-09-20__kant-kg.txt": "Мирзиёев Назарбаев 2021.txt",
    "rahmon-lukashenko__2020-05-08__mfa-tj.txt": "Рахмон Лукашенко 2020.txt",
    "tokayev-erdogan__2024-02-26__sputnik-kz.txt": "Токаев Эрдоган 2024.txt",
}


@pytest.mark.parametrize("renamed", [_CHINESE, _RUSSIAN], ids=["zh", "ru"])
def test_chinese_and_russian_texts_own_dates_order_the_series(
    tmp_path: Path, renamed: dict[str, str]
) -> None:
    """Six Chinese and six Russian readouts whose file names give only a year: ``series``
    dates each by its text, the date its eval name gives (u67's check: of 151 Chinese and
    60 Russian eval readouts, every date read from the text is the meeting's)."""
    done = _series(tmp_path / "readouts", renamed)
    assert done.returncode == 0, done.stderr
    want = sorted(source.split("__")[1] for source in renamed)
    assert [row[1] for row in _rows(done.stdout)] == want
    assert "taken from the file name" not in done.stdout
