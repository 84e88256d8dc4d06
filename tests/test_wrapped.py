"""Readouts wrapped at a fixed width (tests/front_matter: White House readouts as a public
archive keeps them, Markdown wrapped at 72 columns) are read as paragraphs, not lines."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest import load
from readoutdiff.model import Comparison, Status

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT / "tests" / "front_matter"
PUBLISHED = ROOT / "eval" / "formulas" / "biden-trudeau__2021-01-22__wh.txt"
WRAPPED = ARCHIVE / "biden-trudeau__2021-01-22__wh-briefings.md"
SUNAK = ("2022-10-25", "2022-11-16")


def test_a_wrapped_readout_has_the_sentences_of_the_page() -> None:
    """Every line end was a sentence's end, so the archive's copy of the 22 January 2021
    Biden-Trudeau readout had 16 "sentences" such as "first call to a foreign leader as
    President of the United States,"; it now has the four sentences of the page as the White
    House published it (one paragraph a line), each placed on the line of the file where it
    starts."""
    wrapped, published = load(WRAPPED), load(PUBLISHED)
    sentences = [" ".join(s.text.split()) for s in wrapped.sentences]
    assert sentences == [s.text for s in published.sentences[1:]]
    for sentence in wrapped.sentences:
        assert wrapped.text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.span.line == wrapped.text.count("\n", 0, sentence.span.start) + 1
    comparison = compare(published, wrapped)
    assert [a.status for a in comparison.alignments if a.a and a.b] == [Status.UNCHANGED] * 4


def test_text_published_one_paragraph_a_line_is_read_as_before() -> None:
    """Lines as sites publish them (a paragraph a line, wider than any wrap) are never joined:
    every readout of the evaluation sets and the samples keeps one sentence range a line."""
    for path in [*sorted((ROOT / "eval").glob("*/*.txt")), *sorted((ROOT / "samples").glob("*"))]:
        readout = load(path)
        assert all("\n" not in s.text and "\r" not in s.text for s in readout.sentences), path


def test_the_terminal_view_shows_a_wrapped_passage_on_one_line() -> None:
    """Two wrapped readouts of one series compared: each passage of the view is one line, and
    the key changes quote whole sentences, not the wrapped line that held a formula."""
    a, b = (
        ARCHIVE / f"biden-scholz__{day}__wh-briefings.md" for day in ("2021-12-10", "2022-02-16")
    )
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", a, b, "--color", "never"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    view = done.stdout
    assert "· 0 unchanged · 1 changed · 0 moved · 2 dropped · 2 added" in view.splitlines()[2]
    assert (
        "Dropped formula “end the COVID-19 pandemic” (A line 16), with its whole passage: “The"
        " leaders discussed our work together on the full range of global challenges"
    ) in view
    passages = view.split("\n\n")[2].splitlines()
    assert passages[:2] == [
        "~ A 10 → B 10  changed, score 0.75",
        "    President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of\xa0Germany"
        "[- to congratulate him on his appointment and the formation of a ruling coalition-].",
    ]


def _events(comparison: Comparison) -> list[tuple[str, str, str, str]]:
    return sorted(
        (
            f.status.value,
            f.id,
            " ".join((f.a_text or "").split()),
            " ".join((f.b_text or "").split()),
        )
        for f in comparison.formulas
    )


def test_a_wrapped_pair_reports_the_formula_events_of_the_published_pair() -> None:
    """The archive's wrapped copies of the Biden-Sunak call (25 October 2022) and meeting
    (16 November 2022) give the formula events the pages as published give (the evaluation
    set's dev pair), wordings said over a line end included."""
    wrapped = compare(*(load(ARCHIVE / f"biden-sunak__{d}__wh-briefings.md") for d in SUNAK))
    published = compare(*(load(PUBLISHED.parent / f"biden-sunak__{d}__wh.txt") for d in SUNAK))
    assert _events(wrapped) == _events(published) != []
    assert any("\n" in (f.a_text or "") + (f.b_text or "") for f in wrapped.formulas)


def test_formulas_said_over_a_line_end_are_quoted_on_one_line() -> None:
    """A formula a wrapped paragraph holds across a line end ("rules-based\\ninternational
    order") is found there; the formula lists (``diff``, ``formulas``), ``check``'s findings
    and the series rows quoted it with the line end in it (a line of the output began with the
    formula's second half) or spelled out ("hold Russia\\naccountable")."""
    pair = [str(ARCHIVE / f"biden-sunak__{day}__wh-briefings.md") for day in SUNAK]
    wordings = [w for f in compare(*map(load, pair)).formulas for w in (f.a_text, f.b_text) if w]
    broken = [w for w in wordings if "\n" in w]
    assert broken
    for command, args in (
        ("diff", pair), ("check", pair), ("series", pair), ("formulas", pair[:1]),
    ):  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", command, *args],
            capture_output=True, text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        for wording in broken:
            second = wording.split("\n", 1)[1].strip()
            assert not any(line.startswith(second) for line in done.stdout.splitlines()), command
            assert "\\n" not in done.stdout, command  # nor the line end spelled out
        if command == "diff":
            assert all(f"“{' '.join(w.split())}”" in done.stdout for w in broken)


def test_the_series_table_keeps_a_wording_said_over_a_line_end_in_one_cell_line(
    tmp_path: Path,
) -> None:
    """``series --csv`` wrote "hold Russia" and "accountable" on two lines of one quoted cell:
    a spreadsheet showed a two-line cell, and a script reading the rows line by line broke."""
    pair = [ARCHIVE / f"biden-sunak__{day}__wh-briefings.md" for day in SUNAK]
    table = tmp_path / "sunak.csv"
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", *pair, "--csv", table],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))  # BOM (z31)
    kept = {row["formula_id"]: row["formula_text"] for row in rows}
    assert kept["hold-russia-accountable"] == "hold Russia accountable"
    assert all("\n" not in cell for row in rows for cell in row.values())
    assert table.read_text(encoding="utf-8").count("\n") == len(rows) + 1


def test_a_list_item_and_its_indented_continuation_lines_are_one_passage() -> None:
    """The archive's copy of the 24 May 2022 Biden-Modi readout lists its deliverables as
    Markdown items ("-   The two countries concluded …" then lines indented by four spaces):
    each line was a passage, so each item of the published page was "split 1→4". An item is
    now one passage, its bullet kept out as a list marker, and "The U.S." at a line's end no longer ends a sentence before
    "National Science Foundation" (the segmenter reads the abbreviation the same way)."""
    wrapped = load(ARCHIVE / "biden-modi__2022-05-24__wh-briefings.md")
    bullets = [item for item in wrapped.ignored if item.reason == "list marker"]
    assert [item.text for item in bullets] == ["-"] * 8  # the marker is kept out, not lost
    concluded = next(s.text for s in wrapped.sentences if "Investment Incentive" in s.text)
    assert concluded.startswith("The two countries concluded an Investment Incentive Agreement")
    assert concluded.endswith("renewable energy, agriculture, health, and SME financing.")
    assert concluded.count("\n") == 3
    assert "The U.S." not in [s.text for s in wrapped.sentences]
    published = load(ROOT / "eval" / "formulas" / "biden-modi__2022-05-24__wh.txt")
    comparison = compare(published, wrapped)
    both = [a for a in comparison.alignments if a.a and a.b]
    assert {a.status for a in both} == {Status.UNCHANGED}  # the page's items, word for word
    assert not [a for a in comparison.alignments if not a.a]  # nothing only the copy has


def test_a_line_end_inside_wrapped_chinese_text_stands_for_no_space(tmp_path: Path) -> None:
    """The MFA's Chinese readout of Wang Yi's call with Annalena Baerbock (24 May 2022), cut
    into lines of 36 characters as a plain-text export wraps it: the breaks fall inside words
    ("健\\n康稳定发展"). They were shown as spaces ("健 康稳定发展") and made ten passages
    "changed"; now every passage is unchanged, and formulas read as the page says them."""
    page = ROOT / "eval" / "formulas" / "wangyi-baerbock__2022-05-24__mfa-zh.txt"
    lines = []
    for line in page.read_text("utf-8").split("\n"):
        lines += [line[i : i + 36] for i in range(0, len(line), 36)] or [line]
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n".join(lines), "utf-8")
    comparison = compare(load(page), load(wrapped))
    assert {a.status for a in comparison.alignments} == {Status.UNCHANGED}
    assert {f.status.value for f in comparison.formulas} == {"persisted"}
    listed = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "formulas", str(wrapped)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "“健康稳定发展”" in listed and "“便利人员往来”" in listed
    assert "健 康" not in listed


def test_a_changed_passage_of_wrapped_chinese_shows_its_breaks_as_nothing(tmp_path: Path) -> None:
    """The same MFA readout wrapped at 36 characters, one word of a wrapped sentence changed
    ("重要" → "关键"): the word diff marked "[-走过-]{+走过+}" and "{+ +}" where the lines broke,
    the Markdown and the page (Chromium draws a line end as a space) "走 过"; every view
    now marks only the changed word."""
    from readoutdiff.render.html import render_html
    from readoutdiff.render.markdown import render_markdown
    from readoutdiff.render.text import render_text

    page = ROOT / "eval" / "formulas" / "wangyi-baerbock__2022-05-24__mfa-zh.txt"
    text = page.read_text("utf-8").replace("当今世界的重要稳定因素", "当今世界的关键稳定因素")
    lines = []
    for line in text.split("\n"):
        lines += [line[i : i + 36] for i in range(0, len(line), 36)] or [line]
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("\n".join(lines), "utf-8")
    comparison = compare(load(page), load(wrapped))
    changed = [a for a in comparison.alignments if a.status is Status.CHANGED]
    assert len(changed) == 1 and "走\n过" in changed[0].b_text  # the file's text, break and all
    said = (
        "50年来,我们走过了一条不平凡道路,两国秉持求同存异、互利共赢理念,各领域合作不断深化,双方建立"
    )
    shown = render_text(comparison, color=False)
    assert said in shown and "[-重要-]{+关键+}" in shown and "{+ +}" not in shown
    assert said in render_markdown(comparison)
    drawn = re.sub("<[^>]+>", "", render_html(comparison))  # the page's text, marks aside
    assert said in drawn and "走\n过" not in drawn
