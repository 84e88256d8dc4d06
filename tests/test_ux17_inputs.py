"""Two inputs a user meets that rev30 left (ux17):

2. A bare host given for a readout (``www.kremlin.ru``, ``kremlin.ru/events/…`` without a
   scheme) was "no such file; check the path": it is told as the web address it is, by every
   command (``ingest.reading.web_address``), and ``--history`` says so too. A file that is
   there, named like a host, is read; a missing ``notes.md`` or ``readout.tx`` stays a path.
3. A plain text named ``.html`` that names a tag in prose ("the <html> tag") was read as a page
   (its line ends, title and date lost): a tag counts as a page's markup only as a page writes
   it (attributes, glued to a word, alone on its line). The real saved pages of tests/data are
   still pages.
Real readouts (samples/, tests/data), through the real command line where a user meets it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_cli import run
from test_review_rev30 import (
    test_a_plain_text_named_html_with_a_stray_sign_reads_as_the_same_text as same_text,
)

from readoutdiff.ingest.reader import is_html, load

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "2021-12-15-xi-putin.txt"
PAGES = sorted((ROOT / "tests" / "data").glob("u6[89]/*.html"))
FETCH_NOTHING = "is a web address, and readoutdiff reads files"


@pytest.mark.parametrize(
    "address",
    [
        "www.kremlin.ru",
        "kremlin.ru/events/president/news/73585",
        "en.kremlin.ru",
        "www.mfa.gov.cn/",
    ],
)
def test_a_host_without_a_scheme_is_told_as_a_web_address_by_every_command(
    tmp_path: Path, address: str
) -> None:
    readout = tmp_path / SAMPLE.name
    readout.write_bytes(SAMPLE.read_bytes())
    for args in (
        (address, readout.name),
        (readout.name, address),
        ("series", address, readout.name),
        ("check", address),
        ("formulas", address),
        (readout.name, readout.name, "--history", address),
    ):
        done = run(*args, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (2, ""), args
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and FETCH_NOTHING in lines[0], (args, done.stderr)
        assert lines[0].startswith(f"readoutdiff: error: {address.rstrip('/')}"), lines[0]


def test_history_names_an_address_with_its_scheme_as_typed(tmp_path: Path) -> None:
    readout = tmp_path / SAMPLE.name
    readout.write_bytes(SAMPLE.read_bytes())
    done = run(readout.name, readout.name, "--history", "https://www.kremlin.ru/", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"readoutdiff: error: https://www.kremlin.ru: {FETCH_NOTHING}: save the page (File > Save"
        " as) or its text, and give that file; --history takes a folder of earlier readouts\n"
    )


def test_a_file_named_like_a_host_is_read_and_a_mistyped_name_stays_a_path(
    tmp_path: Path,
) -> None:
    (tmp_path / "kremlin.ru").write_bytes(SAMPLE.read_bytes())
    (tmp_path / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    read = run("kremlin.ru", SAMPLE.name, cwd=tmp_path)
    assert read.returncode == 0, read.stderr
    assert read.stdout.startswith("A kremlin.ru  (")
    for name in ("notes.md", "readout.tx", "www.notes.txt", "eval.old/x.txt"):
        done = run(name, SAMPLE.name, cwd=tmp_path)
        assert done.returncode == 2
        assert done.stderr == f"readoutdiff: error: {name}: no such file; check the path\n"


@pytest.mark.parametrize(
    "prose",
    [
        "The embassy's site was rebuilt; its pages open with the <html> tag.",
        "Its <head> and <body> were rewritten (the <title> too).",
        'The list used "<li>" items and a <br> between lines.',
    ],
)
def test_a_plain_text_named_html_that_names_a_tag_reads_as_text(tmp_path: Path, prose: str) -> None:
    # rev30's test of a stray sign, with a tag named in prose: read as the same text as .txt
    same_text(tmp_path, prose)
    assert prose in load(tmp_path / "readout.html").text


def test_chinese_prose_naming_tags_glued_to_its_words_reads_as_text(tmp_path: Path) -> None:
    # Chinese is written without spaces: a tag it names stands glued to its words
    source = ROOT / "eval" / "formulas" / "xi-lula__2025-05-13__cctv.txt"
    text = source.read_text(encoding="utf-8") + "\n网页以<html>标签开头，<head>和<body>随后。\n"
    for name in ("readout.txt", "readout.html"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not is_html(text, "readout.html")
    plain, named = (load(tmp_path / name) for name in ("readout.txt", "readout.html"))
    assert (named.text, named.title, named.date) == (plain.text, plain.title, plain.date)
    assert named.title == "习近平同巴西总统会谈" and "<html>标签" in named.text


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.name)
def test_a_real_saved_page_is_still_a_page(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert is_html(text, str(page))
    readout = load(page)
    assert "<" not in readout.text and readout.title
    # and so is its body alone, saved as a fragment (no doctype, no head): its tags are markup
    body = text.split("<body>", 1)[1].split("</body>", 1)[0]
    assert is_html(body, "fragment.html")
    assert not is_html(body, "fragment.txt")
    # its paragraphs alone, no attribute anywhere: the end tags close what they follow
    paragraphs = "\n".join(re.findall(r"<p>.*?</p>", body, re.S))
    assert paragraphs.count("<p>") >= 2 and not re.search(r"<\w+\s", paragraphs)
    assert is_html(paragraphs, "fragment.html")
