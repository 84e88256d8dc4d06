"""rev29 (forty-third session): a new user's walk of readoutdiff on a fresh clone.

What the walk found and this file keeps fixed:

1. A readout copied as plain text into a file named ``.html`` was read as an HTML page: its line
   ends were lost (every sentence on line 1), and with them its title and date; the same text
   under a ``.txt`` name compared as unchanged. A ``.html`` file with no tag, comment or entity
   is plain text.
2. A view readoutdiff wrote, saved under an ``.html`` name (``readoutdiff A B > report.html``,
   or ``-f text -o report.html``, which the tool writes with a warning), was compared as a
   readout, and ``--history`` learnt "recurring phrases" from it, silently; the same view named
   ``.txt`` or ``.md`` is refused (and skipped in a folder) as ours.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.errors import InputError
from readoutdiff.ingest.reader import load
from readoutdiff.ingest.readout_paths import SkipKind, listed
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIRST = SAMPLES / "2021-06-28-xi-putin.txt"
SECOND = SAMPLES / "2021-12-15-xi-putin.txt"


def test_a_plain_text_readout_named_html_reads_as_the_same_text(tmp_path: Path) -> None:
    copy = tmp_path / "2021-12-15-xi-putin.html"
    copy.write_bytes(SECOND.read_bytes())
    as_text, as_named = load(SECOND), load(copy)
    assert as_named.text == as_text.text
    assert (as_named.title, as_named.date) == (as_text.title, as_text.date)
    assert as_named.notes == as_text.notes  # not "text extracted from an HTML page"
    comparison = compare(as_text, as_named)
    assert {a.status.value for a in comparison.alignments} == {"unchanged"}


def test_a_page_named_html_is_still_read_as_a_page(tmp_path: Path) -> None:
    """A fragment with no doctype still holds tags; an entity alone marks a page too."""
    page = tmp_path / "page.html"
    page.write_text("<p>Leaders met on 3 May 2024.</p><p>They agreed.</p>", encoding="utf-8")
    assert "text extracted from an HTML page" in " ".join(load(page).notes)
    entity = tmp_path / "entity.htm"
    entity.write_text("Leaders met&nbsp;on 3 May 2024.", encoding="utf-8")
    assert load(entity).text.strip() == "Leaders met\u00a0on 3 May 2024."


def _views(tmp_path: Path) -> dict[str, str]:
    comparison = compare(load(FIRST), load(SECOND))
    return {
        "text": render_text(comparison),
        "markdown": render_markdown(comparison),  # holds <del>/<ins> tags
    }


def test_a_view_saved_as_html_is_refused_as_a_readout(tmp_path: Path) -> None:
    for kind, view in _views(tmp_path).items():
        path = tmp_path / f"report-{kind}.html"
        path.write_text(view, encoding="utf-8")
        try:
            load(path)
        except InputError as error:
            assert "a view readoutdiff wrote" in str(error), kind
        else:
            raise AssertionError(f"the {kind} view named .html was read as a readout")


def test_a_view_saved_as_html_is_skipped_in_a_folder_as_ours(tmp_path: Path) -> None:
    for name in (FIRST.name, SECOND.name):
        (tmp_path / name).write_bytes((SAMPLES / name).read_bytes())
    for kind, view in _views(tmp_path).items():
        (tmp_path / f"report-{kind}.html").write_text(view, encoding="utf-8")
    files, skipped = listed(tmp_path)
    assert [Path(name).name for name in files] == [FIRST.name, SECOND.name]
    assert {Path(item.path).name: item.kind for item in skipped} == {
        "report-text.html": SkipKind.OURS,
        "report-markdown.html": SkipKind.OURS,
    }


def test_a_web_address_given_for_a_readout_says_that_nothing_is_fetched() -> None:
    """``readoutdiff https://…/readout.html B`` said "no such file; check the path", as if the
    address were mistyped; every command reads its readouts through one reader."""
    from test_cli import assert_fails, run

    address = "https://www.fmprc.gov.cn/eng/wjdt_665385/zyjh_665391/t1.html"
    for args in (
        (address, SECOND),
        (FIRST, address),
        ("formulas", address),
        ("series", address, SECOND),
        (address,),  # B missing too
    ):
        line = assert_fails(run(*args), address)
        assert "is a web address, and readoutdiff reads files" in line, line
    assert "no such file; check the path" in assert_fails(run("nope.txt", SECOND), "nope.txt")


def test_format_pdf_says_how_to_get_a_pdf() -> None:
    """``-o report.pdf`` warns that readoutdiff writes no PDF and says to print the HTML report;
    ``-f pdf`` listed only the four formats."""
    from test_cli import assert_fails, run

    for typed in ("pdf", "PDF"):
        line = assert_fails(run(FIRST, SECOND, "-f", typed), "--format")
        assert "readoutdiff writes no PDF: print the HTML report, -f html, to PDF" in line, line
    assert "PDF" not in assert_fails(run(FIRST, SECOND, "-f", "pfd"), "--format")
