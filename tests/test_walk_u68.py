"""Branch u68's walk: readouts saved from nine real sites as a user keeps them (pasted text with
the site's furniture, an HTML page, Windows line ends, a byte-order mark, GB18030), read through
the CLI. The files and their pages are in tests/data/u68/SOURCES.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.ingest import load

DATA = Path(__file__).resolve().parent / "data" / "u68"


def _run(*args: str, cwd: Path = DATA) -> subprocess.CompletedProcess[str]:
    run = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(run, capture_output=True, text=True, cwd=cwd, check=False)


def _pair(a: str, b: str) -> dict:
    done = _run(a, b, "-f", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _compared(report: dict) -> set[str]:
    """Every line text the pair compares (the alignments' passages, either side)."""
    found: set[str] = set()
    for item in report["alignments"]:
        for side in ("a", "b"):
            found.update(part["text"].strip() for part in item.get(side) or ())
    return found


# The site's furniture on each page, which every version before this branch compared as a
# passage of the readout (a title, a dropped or an added line), with the kind it is now ignored as.
FURNITURE = {
    "obama-cameron whitehouse.gov.html": {
        "Office of the Press Secretary": "site banner",
        "For Immediate Release": "site banner",
    },
    "obama-cameron 2015 blogspot.txt": {
        "No comments:": "comments",
        "Post a Comment": "comments",
    },
    "cameron-putin GOV.UK.txt": {
        "Press release": "site banner",
        "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition"
        " government": "site banner",
        "Updates to this page": "site banner",
    },
    "PM call with President Putin 25 May 2015 wired-gov.txt": {
        "10 Downing Street": "site banner",
        "Printable version": "share or print widget",
        "Channel website: https://www.gov.uk/government/organisations/prime-ministers-office-10"
        "-downing-street": "editor or source line",
        "Latest News from": "related news",
        "SME Locator Categories": "related news",
    },
    "putin-cameron special.kremlin.ru.txt": {
        "Настройки отображения": "site banner",
        "Размер шрифта:": "site banner",
        "Цвета сайта:": "site banner",
        "Изображения": "site banner",
        "Настройки": "site banner",
        "Президент России — официальный сайт": "site banner",
        "Документ   /": "navigation",
    },
    "wang-yi-cameron hkcna.txt": {
        "首頁 -> 內地": "navigation",
        "【字號:": "share or print widget",
        "中國外交部網站截圖": "photo caption or search widget",
        "更 多": "related news",
        "諸神混戰!全球車企高管齊聚2024北京車展": "related news",
    },
    "wang-yi-cooper hk01 2025-11-06.txt": {
        "中國外長王毅2025年7月11日在吉隆坡出席東盟外長系列會議（Reuters）": (
            "photo caption or search widget"
        ),
    },
    "wang-yi-raab lr.china-embassy.txt": {
        "Contact Us Links 中文": "site banner",
        "<Suggest To A Friend>": "share or print widget",
    },
    "wang-yi-truss people.cn.txt": {
        "Xinhua) 10:48, February 26, 2022": "time stamp or counter",
        "(Web editor: Wu Chaolan, Bianji)": "editor or source line",
    },
}


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_a_sites_furniture_is_ignored_not_compared(name: str) -> None:
    readout = load(DATA / name)
    ignored: dict[str, str] = {}
    for item in readout.ignored:  # a line said twice ("10 Downing Street"): its first place
        ignored.setdefault(item.text.strip(), item.reason)
    for line, reason in FURNITURE[name].items():
        assert ignored.get(line) == reason, line
    assert not any(
        line in sentence.text for sentence in readout.sentences for line in FURNITURE[name]
    )


# Each page's title and meeting date as the header says them, and no note that the text is
# cut off: a comment block, a footer heading or an end mark "(完)" ended each "mid-sentence".
HEADS = {
    "obama-cameron whitehouse.gov.html": (
        "Readout of the President’s Call with Prime Minister Cameron of the United Kingdom",
        None,
    ),
    "obama-cameron 2015 blogspot.txt": (
        "Oval Office Chat: Prime Minister Cameron of the United Kingdom",
        "2015-09-24",
    ),
    "cameron-putin GOV.UK.txt": (
        "Prime Minister David Cameron's call with President Putin",
        "2014-02-03",
    ),
    "PM call with President Putin 25 May 2015 wired-gov.txt": (
        "PM call with President Putin, 25 May 2015",
        "2015-05-25",
    ),
    "putin-cameron special.kremlin.ru.txt": (
        "Телефонный разговор с Премьер-министром Великобритании Дэвидом Кэмероном",
        "2013-08-26",
    ),
    "wang-yi-cameron hkcna.txt": ("王毅:中英對維護國際和平穩定負有重要職責", "2023-12-05"),
    "wang-yi-raab lr.china-embassy.txt": (
        "Wang Yi Speaks with British First Secretary of State and Foreign Secretary Dominic Raab"
        " on the Phone",
        "2021-05-27",
    ),
    "wang-yi-truss people.cn.txt": (
        "Chinese FM holds talks with British foreign secretary over phone",
        "2022-02-25",
    ),
}


@pytest.mark.parametrize("name", sorted(HEADS))
def test_each_page_is_titled_and_dated_by_its_readout_with_no_cut_off_note(name: str) -> None:
    readout = load(DATA / name)
    assert (readout.title, readout.date) == HEADS[name]
    assert not any("cut off" in note for note in readout.notes), readout.notes


def test_a_pair_of_gov_uk_pages_compares_the_readouts_titles_not_the_page_labels() -> None:
    """gov.uk's "Press release" and wired-gov's "10 Downing Street" were the two titles, and the
    real title "PM call with President Putin, 25 May 2015" an added passage."""
    report = _pair(
        "cameron-putin GOV.UK.txt", "PM call with President Putin 25 May 2015 wired-gov.txt"
    )
    assert (report["a"]["title"], report["b"]["title"]) == (
        "Prime Minister David Cameron's call with President Putin",
        "PM call with President Putin, 25 May 2015",
    )
    compared = _compared(report)
    assert compared
    for furniture in (
        "Press release",
        "10 Downing Street",
        "Printable version",
        "Latest News from",
    ):
        assert furniture not in compared


def test_the_blog_copy_saved_with_windows_line_ends_has_no_comment_block_passages() -> None:
    report = _pair("obama-cameron whitehouse.gov.html", "obama-cameron 2015 blogspot.txt")
    compared = _compared(report)
    assert (
        "President Obama spoke today with Prime Minister Cameron of the United Kingdom." in compared
    )
    for furniture in ("No comments:", "Post a Comment", "Office of the Press Secretary"):
        assert furniture not in compared


def test_a_series_of_no_rows_says_why_instead_of_a_legend(tmp_path: Path) -> None:
    """The Kremlin's and Kommersant's readouts of two Putin–Cameron calls: the pair mines eight
    phrases, each said at one meeting, so the series has no row; it read "Formulas: 0" and a
    legend of no rows (the HTML page "No formulas found in these readouts" above the pair's
    report listing the eight)."""
    folder = tmp_path / "putin-cameron"
    folder.mkdir()
    for name in ("putin-cameron special.kremlin.ru.txt", "putin-cameron 25.05.2015 kommersant.txt"):
        (folder / name).write_bytes((DATA / name).read_bytes())
    done = _run("series", "putin-cameron", "--html", "page.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    at = lines.index("Formulas: 0")
    assert lines[at + 1].startswith("  no formula of the lexicon at any meeting, and no phrase")
    assert "readoutdiff A B on that pair lists it" in lines[at + 1]
    assert not any(line.startswith("Legend:") for line in lines)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "No formulas found in these readouts" not in page
    assert '<p class="none">No formula of the lexicon at any meeting' in page


def test_a_gb18030_copy_is_refused_in_one_line_naming_its_encoding() -> None:
    done = _run("wang-yi-cameron hkcna gb18030.txt", "wang-yi-cooper hk01 2025-11-06.txt")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "GB18030" in done.stderr and "re-save it as UTF-8" in done.stderr
