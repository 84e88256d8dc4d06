"""Readouts saved as HTML pages: the visible main text is read, the rest dropped."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff import ReadoutError, compare, from_bytes, load
from readoutdiff.ingest import HTML_NOTE as NOTE
from readoutdiff.ingest import is_html
from readoutdiff.ingest.htmltext import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    ROOT / "samples" / "2021-06-28-xi-putin.txt",
    ROOT / "samples" / "2021-12-15-xi-putin.txt",
]

MINISTRY_PAGE = """<!DOCTYPE html>
<!-- saved from url=(0052)https://www.mfa.example/eng/zxxx/202106/t2021.html -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Xi Jinping Holds a Video Meeting with Putin_Ministry of Foreign Affairs</title>
  <meta property="og:title" content="Xi Jinping Holds a Video Meeting with Putin">
  <meta name="PubDate" content="2021-06-28 21:00">
  <link rel="canonical" href="https://www.mfa.example/eng/zxxx/202106/t2021.html">
  <style>body { font: 12px sans-serif } .share { color: red }</style>
  <script>var tracker = "Home > secret"; document.write("injected text");</script>
</head>
<body>
  <header class="site-header"><img src="logo.png" alt="Ministry logo">
    <ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
  </header>
  <nav class="breadcrumb">Home &gt; News &gt; Activities</nav>
  <div id="content">
    <h1>Xi Jinping Holds a Video Meeting with Russian President Vladimir Putin</h1>
    <div class="share-bar">Share: <a href="#">Twitter</a> <a href="#">Weibo</a> <a href="#">E-mail</a></div>
    <p>On the afternoon of June 28, 2021, President Xi Jinping held a meeting
       with Russian President Vladimir Putin via video link.</p>
    <p>The two sides support each other on issues concerning each other&#8217;s core interests.<br>
       They agreed to build a community with a shared future for mankind.</p>
    <p>A reader wrote &lt;script&gt;alert("xss")&lt;/script&gt; and <b onclick="steal()">bold</b> text.</p>
    <noscript>Please enable JavaScript.</noscript>
    <form action="/search"><input name="q" value="search this site"><button>Go</button></form>
  </div>
  <aside class="related">Related news: Wang Yi meets Lavrov</aside>
  <footer>Copyright &copy; Ministry of Foreign Affairs. All rights reserved.</footer>
  <script src="stats.js"></script>
</body>
</html>
"""


def test_a_saved_ministry_page_gives_its_main_text(tmp_path: Path) -> None:
    page = tmp_path / "2021-06-28-xi-putin.html"
    page.write_text(MINISTRY_PAGE, encoding="utf-8")
    readout = load(page)
    assert readout.text == (
        "Xi Jinping Holds a Video Meeting with Russian President Vladimir Putin\n\n"
        "On the afternoon of June 28, 2021, President Xi Jinping held a meeting with Russian "
        "President Vladimir Putin via video link.\n\n"
        "The two sides support each other on issues concerning each other\u2019s core "
        "interests.\nThey agreed to build a community with a shared future for mankind.\n\n"
        'A reader wrote <script>alert("xss")</script> and bold text.\n'
    )
    assert readout.notes == (NOTE,)
    assert readout.title == "Xi Jinping Holds a Video Meeting with Russian President Vladimir Putin"
    assert readout.date == "2021-06-28"
    assert readout.source == "https://www.mfa.example/eng/zxxx/202106/t2021.html"
    for hidden in ("tracker", "injected", "font:", "Twitter", "Activities", "Related", "Copyright",
                   "search this site", "JavaScript", "steal"):  # fmt: skip
        assert hidden not in readout.text, hidden
    for sentence in readout.sentences:  # spans point into the extracted text, line numbers too
        assert readout.text[sentence.span.start : sentence.span.end] == sentence.text
        assert readout.text.splitlines()[sentence.span.line - 1].find(sentence.text[:20]) >= 0


def test_escaped_markup_is_only_text_and_the_html_report_escapes_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(MINISTRY_PAGE, encoding="utf-8")
    report = tmp_path / "report.html"
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(page), str(SAMPLES[1]), "--html", str(report)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    written = report.read_text(encoding="utf-8")
    assert '<script>alert("xss")' not in written
    assert "&lt;script&gt;alert(" in written
    assert NOTE in written


@pytest.mark.parametrize("sample", SAMPLES, ids=["june", "december"])
def test_a_sample_pasted_into_a_page_reads_like_the_text_file(sample: Path) -> None:
    page = _as_page(sample.read_text(encoding="utf-8"))
    from_page = from_bytes(page.encode("utf-8"), path=sample.with_suffix(".html").name)
    from_file = load(sample)
    assert [s.text for s in from_page.sentences] == [s.text for s in from_file.sentences]
    assert (from_page.title, from_page.date) == (from_file.title, from_file.date)


def test_samples_as_pages_give_the_same_formulas_and_pairs() -> None:
    pages = [
        from_bytes(
            _as_page(s.read_text(encoding="utf-8")).encode(), path=s.with_suffix(".html").name
        )
        for s in SAMPLES
    ]
    from_pages, from_files = compare(*pages), compare(load(SAMPLES[0]), load(SAMPLES[1]))
    assert _pairs(from_pages) == _pairs(from_files)
    assert _formulas(from_pages) == _formulas(from_files)
    assert len(from_files.formulas) > 20


def test_front_matter_keeps_title_date_counterpart_and_source() -> None:
    readout = from_bytes(
        b"---\ntitle: Xi meets Putin\ndate: 2021-06-28\ncounterpart: Vladimir Putin\n"
        b"source: https://www.mfa.example/eng/t1.html\n---\nLeaders met. They agreed.\n",
        path="readout.md",
    )
    assert (readout.title, readout.date) == ("Xi meets Putin", "2021-06-28")
    assert readout.counterpart == "Vladimir Putin"
    assert readout.source == "https://www.mfa.example/eng/t1.html"
    assert [s.text for s in readout.sentences] == ["Leaders met.", "They agreed."]


def test_a_page_in_its_declared_charset_is_read() -> None:
    markup = '<html><head><meta charset="windows-1251"></head><body><p>Путин и Си Цзиньпин встретились.</p></body></html>'
    readout = from_bytes(markup.encode("windows-1251"), path="page.html")
    assert readout.text == "Путин и Си Цзиньпин встретились.\n"


def test_title_falls_back_to_the_title_element_and_main_wins_over_the_body() -> None:
    page = extract(
        "<html><head><title>Joint Statement</title></head><body><div class='top'>Menu"
        "</div><main><p>First.</p><div><p>Second.</p></div></main></body></html>"
    )
    assert (page.text, page.title) == ("First.\n\nSecond.\n", "Joint Statement")


def test_the_largest_article_is_the_main_text_and_tables_keep_their_rows() -> None:
    page = extract(
        "<body><article>Teaser.</article><article><h2>Outcomes</h2><table><tr><td>Trade</td>"
        "<td>up</td></tr><tr><td>Energy</td><td>steady</td></tr></table></article></body>"
    )
    assert page.text == "Outcomes\n\nTrade up\n\nEnergy steady\n"


def test_html_detection() -> None:
    assert is_html('<?xml version="1.0"?>\n<!DOCTYPE html><html><body/></html>')
    assert is_html("  <HTML><BODY>x</BODY></HTML>")
    assert not is_html("Home > China Report\nLeaders met.")
    assert not is_html("<p>x</p>", "notes.txt")


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        ("<html><body><script>only()</script><nav>Home</nav></body></html>", "no visible text"),
        ("<html><body><p>Home &gt; News</p><p>Print</p></body></html>", "only site boilerplate"),
    ],
)
def test_a_page_without_readout_text_is_refused(markup: str, problem: str) -> None:
    with pytest.raises(ReadoutError, match=problem):
        from_bytes(markup.encode(), path="page.html")


def test_pdf_is_still_refused_with_a_hint_to_convert_it(tmp_path: Path) -> None:
    pdf = tmp_path / "readout.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(pdf), str(SAMPLES[0])],
        capture_output=True, text=True,
    )  # fmt: skip
    assert process.returncode == 2
    assert process.stderr.count("\n") == 1
    assert "PDF" in process.stderr and "convert it" in process.stderr


def _as_page(text: str) -> str:
    paragraphs = "\n".join(
        f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    title = html.escape(next(line for line in text.splitlines() if "Xi" in line))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title><script>x()</script></head><body>"
        f"<nav><a href='/'>Home</a> &gt; <a>News</a></nav><div class='article'>{paragraphs}</div>"
        "<div class='share'>Share this page</div><footer>Copyright</footer></body></html>"
    )


def _pairs(comparison: object) -> list[tuple[str, str, str]]:
    from readoutdiff.model import Comparison

    assert isinstance(comparison, Comparison)
    return [(a.status.value, a.a_text, a.b_text) for a in comparison.alignments]


def _formulas(comparison: object) -> list[tuple[str, str | None, str | None, str]]:
    from readoutdiff.model import Comparison

    assert isinstance(comparison, Comparison)
    return [(f.status.value, f.a_text, f.b_text, f.id) for f in comparison.formulas]
