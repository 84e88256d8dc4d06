"""A short formula is told with the clause it stands in (branch ext1, issue 10 points 2-3).

On real input: carney-meloni 2025-05-17 → 2025-06-16 (a dev pair) reports the stock core
"lasting peace" kept; the analyst lists the two lines it stands in as one changed event.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import formula_eval
import pytest
import score_formulas

from readoutdiff import compare, from_text, load
from readoutdiff.formulas.entries import lines as lines_module
from readoutdiff.formulas.entries.lines import line_of, lines
from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.languages import language
from readoutdiff.languages.segment import stop_ends_sentence
from readoutdiff.model import Readout, Span
from readoutdiff.render import labels
from readoutdiff.render.html import render_html
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "eval" / "formulas" / "pairs" / "carney-meloni__2025-05-17.toml"


@pytest.fixture(scope="module")
def comparison():
    pair = formula_eval.load_pair(PAIR)
    return compare(load(pair.a_path), load(pair.b_path))


def _formula(comparison, text):
    return next(f for f in comparison.formulas if f.a_text == text or f.b_text == text)


def test_a_short_core_is_told_with_its_clause_on_each_side(comparison) -> None:
    peace = _formula(comparison, "lasting peace")
    assert lines(peace, comparison.a, comparison.b) == (
        "including in support of Ukraine’s sovereignty and lasting peace",
        "The two leaders agreed on the imperative of achieving a just and lasting peace in Ukraine",
    )
    a_line, b_line = lines(peace, comparison.a, comparison.b)
    shown = f"in A “{a_line}” · in B “{b_line}”"
    assert shown.startswith("in A “including in support of Ukraine’s sovereignty")
    assert "“lasting peace”" in render_text(comparison, color=False)
    assert shown in " ".join(render_text(comparison, color=False).split())


def test_a_longer_formula_gets_no_line(comparison) -> None:
    longer = _formula(comparison, "congratulated Prime Minister Carney on his election")
    assert lines(longer, comparison.a, comparison.b) == (None, None)


def test_a_list_item_is_told_with_its_list(comparison) -> None:
    """nz10: "transnational repression" is one member of a comma list; its clause between the
    commas is itself, so it had no line (ext1), and the hand list's line, the whole list, was
    not found (noise). It is told with the list now, as the analyst quotes it."""
    item = _formula(comparison, "transnational repression")
    assert lines(item, comparison.a, comparison.b) == (
        None,
        "… the leaders agreed to accelerate ongoing work to combat organized crime,"
        " transnational repression, and foreign interference",
    )


def test_a_chinese_core_gets_no_line() -> None:
    pair = formula_eval.load_pair(
        ROOT / "eval" / "formulas" / "pairs" / "xi-albanese__2024-11-18.toml"
    )
    cmp = compare(load(pair.a_path), load(pair.b_path))
    spans = [s for f in cmp.formulas for s in f.a_spans]
    assert spans and all(line_of(cmp.a, s) is None for s in spans)


def test_the_headline_matching_reads_the_line_and_the_core_only_matching_does_not() -> None:
    pair = formula_eval.load_pair(PAIR)
    reports = [r for r in score_formulas.run_tool(pair) if r.a == "lasting peace"]
    assert reports and reports[0].a_line and reports[0].b_line
    with formula_eval.switched(LINES=False):  # the core only: the matching before
        assert formula_eval.judge(pair, reports).judged[0].noise
    with formula_eval.switched(LINES=True):  # the headline since the thirty-fifth session
        judged = formula_eval.judge(pair, reports).judged[0]
        assert not judged.noise and judged.right
        assert (
            judged.counterpart.b
            == "the imperative of achieving a just and lasting peace in Ukraine"
        )


def test_quote_extent_puts_the_line_in_the_wording_only_where_there_is_one() -> None:
    import quote_extent

    core = formula_eval.Event(
        "persisted", "lasting peace", "lasting peace", a_line="in support of lasting peace"
    )
    assert quote_extent.as_wording(core) == formula_eval.Event(
        "persisted", "in support of lasting peace", "lasting peace"
    )
    totals = formula_eval.Totals()
    assert quote_extent.cell(totals) == "- / - / 0 of 0"


def test_the_html_panel_shows_each_line_under_its_wording_same_bytes_twice(comparison) -> None:
    # u56: the HTML formula panel says the text view's lines, each after its side's wording, with
    # its "…" cuts; two renderings of two comparisons of the same files are the same bytes.
    page = render_html(comparison)
    pair = formula_eval.load_pair(PAIR)
    assert render_html(compare(load(pair.a_path), load(pair.b_path))) == page
    shown = re.findall(r'<span class="ln">in <q>(.*?)</q></span>', page)
    said = [line for f in comparison.formulas for line in lines(f, comparison.a, comparison.b)]
    unmarked = [html.unescape(re.sub("</?mark>", "", line)) for line in shown]
    assert sorted(unmarked) == sorted(inner(line) for line in said if line)
    peace = '<q>lasting peace</q><span class="ln">in <q>including in support of Ukraine’s'
    assert peace in page


def test_each_view_marks_the_formula_inside_its_line(comparison) -> None:
    # u57: the formula's own words in its line: bold in a coloured terminal (plain without
    # colour, as before), **bold** in Markdown, <mark> without data-f in the HTML panel; on
    # both sides of "lasting peace" (carney-meloni, dev), found in each line at its place.
    peace = _formula(comparison, "lasting peace")
    assert labels.marked_lines(peace, comparison) == (
        ("including in support of Ukraine’s sovereignty and ", "lasting peace", ""),
        ("The two leaders agreed on the imperative of achieving a just and ",
         "lasting peace", " in Ukraine"),
    )  # fmt: skip
    plain = render_text(comparison, color=False)
    assert "in A “including in support of Ukraine’s sovereignty and lasting peace” ·" in plain
    coloured = render_text(comparison, color=True)
    assert "sovereignty and \x1b[1mlasting peace\x1b[0m” ·" in coloured
    assert "a just and \x1b[1mlasting peace\x1b[0m in Ukraine”" in coloured
    narrow = render_text(comparison, color=True, width=60)  # the core is never torn
    assert all("\x1b[1mlasting\x1b[0m" not in line for line in narrow.splitlines())
    markdown = render_markdown(comparison)
    assert (
        "in B “The two leaders agreed on the imperative of achieving a just and **lasting peace** in Ukraine”"
        in markdown
    )
    page = render_html(comparison)
    assert "just and <mark>lasting peace</mark> in Ukraine</q></span>" in page


def test_a_core_that_fits_on_a_line_is_never_torn_however_narrow(comparison) -> None:
    # rev10: the line-breaker glued a mark only when it fitted with four columns for [-…-], which
    # a core has not: at 21-24 columns (13-16 after the indent) "lasting peace" (13) was torn
    # into "and lasting" / "peace” · in B" though it fits. At 20 (12 after the indent) it cannot.
    for width in range(21, 41):
        for line in render_text(comparison, color=True, width=width).splitlines():
            assert not line.endswith("\x1b[1mlasting\x1b[0m"), (width, line)
            assert not line.lstrip().startswith("\x1b[1mpeace"), (width, line)
    narrow = render_text(comparison, color=True, width=22).splitlines()
    assert "        \x1b[1mlasting peace\x1b[0m” ·" in narrow


def test_a_core_said_twice_in_its_line_is_marked_where_the_formula_stands() -> None:
    # The line may say the core's words before the formula too: the place marked is the one
    # whose following words are the readout's after the formula.
    text = "They spoke of peace and of a lasting peace, then left."
    readout = from_text(text)
    at = text.rindex("peace")
    span = Span(start=at, end=at + 5, line=1)
    line = "They spoke of peace and of a lasting peace"
    assert labels.marked(line, readout, span) == (
        "They spoke of peace and of a lasting ",
        "peace",
        "",
    )
    assert labels.marked("and peaceful talks", readout, span) == ("and peaceful talks", "", "")
    # rev12: the formula at the first place, the line ending on its words again: the last
    # place's tail ("") followed any formula, so the second "peace" was marked
    first = text.index("peace")
    assert labels.marked(line, readout, Span(start=first, end=first + 5, line=1)) == (
        "They spoke of ",
        "peace",
        " and of a lasting peace",
    )


def _listed_edges(text: str, at: int, tongue) -> tuple[int, int]:
    """The clause's start and its word count before ``at`` as ext1 first read them: every edge
    of the reach listed, the last one not inside a number taken; every word listed."""
    low = max(0, at - lines_module._REACH)
    edges = [m.start() for m in lines_module._EDGE.finditer(text, low, at)]
    start = next(
        (e + 1 for e in reversed(edges) if not lines_module._no_edge(text, e, tongue)), low
    )
    return start, len(re.findall(r"\s(?=\S)", text[start : at + 1]))


def test_the_last_edge_read_back_is_the_last_of_the_listed_ones() -> None:
    """sp80: :func:`lines._edge_before` reads the clause's edge back from the formula and
    counts the words in C; before every word of carney-meloni's two readouts (commas of
    lists, numbers, "U.S.") it finds the start and the cut ext1's listing found."""
    pair = formula_eval.load_pair(PAIR)
    for path in (pair.a_path, pair.b_path):
        readout = load(path)
        text, tongue = readout.text, language(readout.language)
        for word in re.finditer(r"\S+", text):
            start, words = _listed_edges(text, word.start(), tongue)
            cut = words > lines_module.MAX_WORDS or (start == max(0, word.start() - 1000) > 0)
            assert lines_module._edge_before(text, word.start(), tongue)[1] == cut
            if words <= lines_module.MAX_WORDS:
                got = lines_module._edge_before(text, word.start(), tongue)[0]
                while start < word.start() and not (
                    text[start].isalnum() or text[start] in "\"'“‘"
                ):
                    start += 1
                assert got == start


@pytest.mark.parametrize(
    ("name", "core", "line"),
    [
        # "Biden, Jr. met": ext1's own list ended the clause at "Jr." (and so it began after
        # it, on "met"); the segmenter reads one sentence, and the comma before "Jr." is the
        # name's.
        (
            "biden-guterres__2023-09-19__wh.txt",
            "met today",
            "President Joseph R. Biden, Jr. met today with United Nations Secretary-General"
            " António Guterres during the UN General Assembly in …",
        ),
        # "Marcos Jr. of the Philippines": the line ran back only to "Jr." before, and ended on
        # "Marcos Jr" after it.
        (
            "harris-marcos__2023-11-16__wh.txt",
            "margins of",
            "… Harris met with President Ferdinand Marcos Jr. of the Philippines on the margins"
            " of the Asia Pacific Economic Cooperation Leaders’ Meeting in San Francisco",
        ),
        (
            "harris-marcos__2023-09-06__wh.txt",
            "Marcos Jr",
            "… the Vice President Kamala Harris of the United States and President Ferdinand"
            " Marcos Jr. of the Philippines",
        ),
    ],
)
def test_a_line_ends_where_the_segmenter_ends_a_sentence(name: str, core: str, line: str) -> None:
    """lin1: a full stop ends a line where :func:`segment.stop_ends_sentence` ends a sentence
    (the readout's titles and abbreviations), not by a list of lines.py's own (dev readouts)."""
    readout = load(ROOT / "eval" / "formulas" / name)
    at = readout.text.index(core)
    assert line_of(readout, Span(start=at, end=at + len(core), line=1)) == line


def test_every_point_that_ends_a_line_ends_a_sentence() -> None:
    """Every full stop of carney-meloni's and biden-guterres's readouts that ends a clause is
    one the segmenter ends a sentence on, and the other way round: one reading."""
    pair = formula_eval.load_pair(PAIR)
    guterres = ROOT / "eval" / "formulas" / "biden-guterres__2023-09-19__wh.txt"
    for path in (pair.a_path, pair.b_path, guterres):
        readout = load(path)
        tongue = language(readout.language)
        ends = {s.span.end - 1 for s in readout.sentences if readout.text[s.span.end - 1] == "."}
        for i, ch in enumerate(readout.text):
            if ch == ".":
                assert lines_module._no_edge(readout.text, i, tongue) == (
                    not stop_ends_sentence(readout.text, i, tongue)
                )
                if i in ends:
                    assert not lines_module._no_edge(readout.text, i, tongue)


def test_a_line_cut_by_the_reach_ends_at_a_word_edge() -> None:
    """rev8: a line read 1,000 characters without a clause edge was cut at the 1,000th
    character, mid-word. On a real Chinese readout (xi-hun-manet 2025-04-17, dev; its lines read
    as one, as a page without line breaks gives them) the date's "4" reaches past 1,000
    characters of text with no Latin clause mark: the line ends at the last mark of the
    Chinese text inside the reach ("…一个中国政策，"), not inside the next phrase."""
    readout = load(ROOT / "eval" / "formulas" / "xi-hun-manet__2025-04-17__cctv.txt")
    text = readout.text.replace("\n", "")
    joined = Readout(
        path="x", text=text, sha256="", title=None, date=None, sentences=(), language="zh"
    )
    at = text.index("4月17日")
    line = line_of(joined, Span(start=at, end=at + 1, line=1))
    assert line is not None and line.endswith("一个中国政策 …")
    end = text.index(line[-len("一个中国政策 …") : -2], at) + len("一个中国政策")
    assert end < at + lines_module._REACH and not text[end].isalnum()
    # every Latin or digit run of every Chinese readout, so joined: no line cut inside a word
    tongue = language("zh")
    for path in sorted((ROOT / "eval" / "formulas").glob("xi-*__cctv.txt")):
        text = load(path).text.replace("\n", "")
        for word in re.finditer(r"[A-Za-z0-9]+", text):
            start, _ = lines_module._edge_before(text, word.start(), tongue)
            end, _ = lines_module._edge_after(text, word.end(), tongue)
            assert start in (0, word.start()) or not lines_module._inside_word(text, start)
            assert end in (len(text), word.end()) or not lines_module._inside_word(text, end)


def test_a_comma_is_no_edge_only_in_a_figure_or_before_a_name_s_closing_abbreviation() -> None:
    """rev9: the full-stop test above holds by construction (``_no_edge`` asks the segmenter);
    the comma half of lin1's rule is read here on real readouts (biden-guterres 2023-09-19 and
    xi-macron 2021-10-26, dev, and carney-meloni's pair): every comma read as no edge is one
    between two digits or before an abbreviation that closes a name (the language's
    ``closers``; fix1: whether or not its point ends the sentence too), "Biden, Jr." is one,
    and every other
    comma ends a clause; rev11: the dateline's "BEIJING, Oct. 26" is one of those (a month
    opens a phrase)."""
    pair = formula_eval.load_pair(PAIR)
    guterres = ROOT / "eval" / "formulas" / "biden-guterres__2023-09-19__wh.txt"
    macron = ROOT / "eval" / "formulas" / "xi-macron__2021-10-26__xinhua.txt"
    kept, ended = [], []
    for path in (pair.a_path, pair.b_path, guterres, macron):
        readout = load(path)
        text, tongue = readout.text, language(readout.language)
        for i, ch in enumerate(text):
            if ch != ",":
                continue
            closing = re.match(r" ?([A-Za-z]+)\.", text[i + 1 :])
            expected = (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()) or (
                closing is not None and closing[1].casefold() in tongue.closers
            )
            assert lines_module._no_edge(text, i, tongue) == expected, text[i - 20 : i + 20]
            (kept if expected else ended).append(text[i - 5 : i + 5])
    assert "Biden, Jr." in " ".join(kept), kept
    assert "IJING, Oct" in ended, ended
    assert language("en").closers <= language("en").abbreviations


def test_a_dateline_s_place_ends_before_its_month() -> None:
    """rev11: lin1 read the comma of "BEIJING, Oct. 26 (Xinhua)" as a name's ("Biden, Jr."),
    "Oct." being one of English's abbreviations; a month opens the date, so the place's clause
    ends at the comma (xi-macron 2021-10-26, dev: its dateline opens the readout)."""
    readout = load(ROOT / "eval" / "formulas" / "xi-macron__2021-10-26__xinhua.txt")
    text, tongue = readout.text, language("en")
    comma = text.index("BEIJING, Oct. 26") + len("BEIJING")
    assert not lines_module._no_edge(text, comma, tongue)
    assert lines_module._edge_before(text, text.index("Oct. 26") + 2, tongue)[0] == comma + 2
    assert lines_module._edge_after(text, text.index("BEIJING"), tongue)[0] == comma


@pytest.mark.parametrize(
    ("text", "core", "line"),
    [
        (
            "The leaders reaffirmed lasting peace with President Joseph R. Biden, Jr.",
            "lasting peace",
            "The leaders reaffirmed lasting peace with President Joseph R. Biden, Jr.",
        ),
        (
            "They stressed close coordination within the framework of Japan and the U.S. They met.",
            "close coordination",
            "They stressed close coordination within the framework of Japan and the U.S.",
        ),
        (
            "They stressed values such as democracy and open trade, etc.",
            "open trade",
            "They stressed values such as democracy and open trade, etc.",
        ),
        (
            "They stressed shared values in the region. They met.",
            "shared values",
            "They stressed shared values in the region",
        ),
    ],
)  # fmt: skip
def test_a_line_ending_on_an_abbreviation_at_its_sentence_s_end_keeps_it_whole(
    text: str, core: str, line: str
) -> None:
    """fix1 (rev12's finding): a comma before a name's closer is the name's where the closer's
    point ends the sentence too, and a line ending on an abbreviation there keeps its point
    ("… Biden, Jr." stopped at "Biden", "… the U.S." read "… the U.S"); a sentence's own full
    stop is still trimmed. No line of the eval set's pairs ends so (every report's line reads
    the same); the judged noise readouts say "… the framework of Japan, Australia and the U.S."
    at a sentence's end, so texts of our own in their wording."""
    readout = from_text(text)
    at = readout.text.index(core)
    assert line_of(readout, Span(start=at, end=at + len(core), line=1)) == line


@pytest.mark.parametrize(
    ("path", "core", "ends"),
    [
        # A dev pair's A side: the phrase is quoted at its sentence's end, '… a “Free and Open
        # Indo-Pacific.”'.
        (ROOT / "eval" / "formulas" / "hayashi-blinken__2022-02-26__mofa-jp.txt",
         "Indo-Pacific", "toward realizing a “Free and Open Indo-Pacific.”"),
        # A judged noise readout, straight quotes.
        (ROOT / "eval" / "noise" / "hayashi-payne__2022-02-12__mofa-jp.txt",
         "Open Indo-Pacific", 'toward the realization of a "Free and Open Indo-Pacific."'),
        # A series readout: two quotes in the line, the second closed after the point.
        (ROOT / "eval" / "series" / "sherman-quint" / "sherman-quint__2022-02-23__state.txt",
         "independent", "People’s Republics” as “independent.”"),
    ],
)  # fmt: skip
def test_a_line_keeps_the_closing_quote_after_its_sentence_s_point(
    path: Path, core: str, ends: str
) -> None:
    """fix3 (rev15's finding): a line that opens a quote and ends where the quoted sentence does
    keeps the point and the closing quote after it ("… a “Free and Open Indo-Pacific" dropped
    them), so the line shown quotes what the readout says, quote marks paired."""
    readout = load(path)
    at = readout.text.index(core)
    line = line_of(readout, Span(start=at, end=at + len(core), line=1))
    assert line is not None and line.endswith(ends)


@pytest.mark.parametrize(
    ("text", "core", "line"),
    [
        # The opening quote is before the line's start: no closing quote is added to it.
        ("He said “we met; we stressed shared values.” They met.", "shared values",
         "we stressed shared values"),
        # No quote open in the line: its sentence's point is trimmed as ever.
        ("They stressed shared values in the region. They met.", "shared values",
         "They stressed shared values in the region"),
        # A comma inside the quote closes the quoted clause with it.
        ("“We stressed shared values,” he said.", "shared values",
         "“We stressed shared values,”"),
        ("They backed the “shared values” of the region.", "shared values",
         "They backed the “shared values” of the region"),
        ("He said: “We stressed shared values in the U.S.” They met.", "shared values",
         "“We stressed shared values in the U.S.”"),
        # Russian puts its point after the closing quote: the quote was trimmed with it.
        ("Стороны подтвердили приверженность «стратегическому партнерству». Затем обсудили"
         " торговлю.", "стратегическому партнерству",
         "Стороны подтвердили приверженность «стратегическому партнерству»"),
    ],
)  # fmt: skip
def test_a_closing_quote_is_kept_only_for_a_quote_the_line_opens(
    text: str, core: str, line: str
) -> None:
    readout = from_text(text)
    at = readout.text.index(core)
    assert line_of(readout, Span(start=at, end=at + len(core), line=1)) == line
