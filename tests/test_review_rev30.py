"""rev30 (forty-third session): a reviewer's read of the session's merged work (e62-e65, var1, lm1,
pair2, doc1, ux15, rev29).

What the read found in rev29's reader and this file keeps fixed:

1. A plain-text readout named ``.html`` that holds a stray ``<`` or ``&`` ("R&D;", "Q&A;",
   "<<Belt and Road>>", "a <b and c") was still read as a page: rev29's markup test took any
   ``<`` before a letter and any ``&word;`` for a tag or an entity, and the page's reading lost
   the text's line ends (every sentence on line 1, the title and date with them). A tag is now
   one of HTML's elements closed on its line, an entity one of HTML's names or a number.
2. readoutdiff's own HTML report saved under a text name (``-f html -o report.txt``, or
   ``--html report.md``) in a folder was taken as a readout, and ``series DIR`` and ``check DIR``
   stopped on it ("is a page readoutdiff wrote"); under ``.html`` it was skipped as ours. It is
   skipped under every readout suffix now.
3. A web address without its scheme (``www.fmprc.gov.cn/eng/…``) was called a mistyped path; and
   a web address given alone was told "…, and give that file, and give B too".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.ingest.reader import HTML_NOTE, is_html, load
from readoutdiff.ingest.readout_paths import SkipKind, listed

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIRST = SAMPLES / "2021-06-28-xi-putin.txt"
SECOND = SAMPLES / "2021-12-15-xi-putin.txt"

STRAY = (
    "The two sides will step up cooperation in R&D; trade rose.",
    "A Q&A; session followed the talks.",
    "The sides signed a plan on <<Belt and Road>> cooperation.",
    "Growth held at <b and c in the first half.",
    "Both welcomed AT&T; and others.",
)


@pytest.mark.parametrize("stray", STRAY)
def test_a_plain_text_named_html_with_a_stray_sign_reads_as_the_same_text(
    tmp_path: Path, stray: str
) -> None:
    text = SECOND.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + stray + "\n"
    plain, named = tmp_path / "readout.txt", tmp_path / "readout.html"
    plain.write_text(text, encoding="utf-8")
    named.write_text(text, encoding="utf-8")
    assert not is_html(text, str(named))
    as_text, as_named = load(plain), load(named)
    assert HTML_NOTE not in as_named.notes
    assert (as_named.text, as_named.title, as_named.date) == (
        as_text.text,
        as_text.title,
        as_text.date,
    )
    assert as_named.text.count("\n") > 5  # its line ends kept


@pytest.mark.parametrize(
    "page",
    [
        "<p>Leaders met on 3 May 2024.</p>",
        "<P CLASS='lead'>Leaders met on 3 May 2024.",
        "Leaders met on 3 May 2024.<br/>They agreed.",
        "Leaders met on 3 May 2024.<BR>They agreed.",
        "<div\n  class='x'>Leaders met</div>",  # a tag spread over lines, closed by its end tag
        "Leaders met&nbsp;on 3 May 2024.",
        "Leaders met&#160;on 3 May 2024.",
        "Leaders met&#xA0;on 3 May 2024.",
        "Trade &amp; investment grew.",
        "<!-- saved -->Leaders met on 3 May 2024.",
        '<h2>Readout</h2><img src="x.png">',
    ],
)
def test_a_page_named_html_with_any_markup_is_still_a_page(page: str) -> None:
    assert is_html(page, "page.html")
    assert not is_html(page, "page.txt")  # a text name reads a page only from its start


def test_our_html_report_under_a_text_name_is_skipped_in_a_folder(tmp_path: Path) -> None:
    from test_cli import run

    for source in (FIRST, SECOND):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    for name in ("report.txt", "report.md", "report.htm"):
        written = run(FIRST, SECOND, "-f", "html", "-o", tmp_path / name)
        assert written.returncode == 0, written.stderr
    timeline = run("series", FIRST, SECOND, "--html", tmp_path / "timeline.text")
    assert timeline.returncode == 0, timeline.stderr
    files, skipped = listed(tmp_path)
    assert [Path(name).name for name in files] == [FIRST.name, SECOND.name]
    assert {Path(item.path).name: item.kind for item in skipped} == {
        "report.txt": SkipKind.OURS,
        "report.md": SkipKind.OURS,
        "report.htm": SkipKind.OURS,
        "timeline.text": SkipKind.OURS,
    }
    for command in ("series", "check"):
        done = run(command, tmp_path)
        assert done.returncode in (0, 1), (command, done.stderr)
        assert "is a page readoutdiff wrote" not in done.stderr, command
        assert "report.txt: skipped, written by readoutdiff" in done.stderr, command


def test_a_web_address_without_its_scheme_says_that_nothing_is_fetched() -> None:
    """3. ``www.fmprc.gov.cn/eng/…``, an address as a browser's address bar copies it, was "no
    such file; check the path" where ``https://www.…`` says that readoutdiff fetches nothing; a
    file named ``www.notes.txt`` that is not there is still a path mistyped."""
    from test_cli import assert_fails, run

    address = "www.fmprc.gov.cn/eng/wjdt_665385/zyjh_665391/t1.html"
    for args in ((address, SECOND), (FIRST, address), ("formulas", address), (address,)):
        line = assert_fails(run(*args), address)
        assert "is a web address, and readoutdiff reads files" in line, line
    alone = assert_fails(run(address), address)  # B missing too: said once, not "and give" twice
    assert alone.endswith(
        "or its text, and give that file; give B too; see readoutdiff diff --help"
    )
    for name in ("www.notes.txt", "www/notes.txt"):
        assert "no such file; check the path" in assert_fails(run(name, SECOND), name)


def test_check_tells_a_web_address_as_the_other_commands_do() -> None:
    """rev30 left it to ux16's area: ``check https://…`` said "no such folder" where every other
    command says that readoutdiff reads files and fetches nothing; a missing folder is still
    called one."""
    from test_cli import assert_fails, run

    for address in ("https://www.fmprc.gov.cn/eng/wjdt_665385/", "www.mid.ru/ru/foreign_policy/"):
        line = assert_fails(run("check", address), address)
        assert "is a web address, and readoutdiff reads files" in line, line
        assert "no such folder" not in line, line
    assert "no such folder" in assert_fails(run("check", "nowhere-folder"), "nowhere-folder")
