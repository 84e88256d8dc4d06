"""ingest: bytes -> Readout (decoding, line ends, folding, boilerplate, title, date, errors)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readoutdiff import ReadoutError, compare, from_bytes, from_text, load
from readoutdiff.errors import InputError
from readoutdiff.model import Status

ROOT = Path(__file__).resolve().parent.parent

BODY = (
    "President Xi Jinping Holds Talks with Russian President Vladimir Putin\n"
    "On the afternoon of June 28, 2021, President Xi Jinping held a video call with Putin.\n"
    "The two heads of state reviewed the Treaty of Good-Neighborliness. They agreed to extend it.\n"
)


def line_of(text: str, offset: int) -> int:
    """The 1-based line of ``offset``, counting CRLF, CR and LF as one break each."""
    return len(re.findall(r"\r\n|\r|\n", text[:offset])) + 1


def assert_spans_exact(readout) -> None:
    for sentence in readout.sentences:
        assert readout.text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.span.line == line_of(readout.text, sentence.span.start)
    for item in readout.ignored:
        assert readout.text[item.span.start : item.span.end] == item.text
        assert item.span.line == line_of(readout.text, item.span.start)


def sentence_texts(readout) -> list[str]:
    return [sentence.text for sentence in readout.sentences]


EXPECTED_SENTENCES = [
    "President Xi Jinping Holds Talks with Russian President Vladimir Putin",
    "On the afternoon of June 28, 2021, President Xi Jinping held a video call with Putin.",
    "The two heads of state reviewed the Treaty of Good-Neighborliness.",
    "They agreed to extend it.",
]


# --- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(BODY.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + BODY.encode("utf-8"), id="utf-8-bom"),
        pytest.param(b"\xff\xfe" + BODY.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + BODY.encode("utf-16-be"), id="utf-16-be-bom"),
    ],
)
def test_decodes_every_supported_encoding_to_the_same_text(data: bytes) -> None:
    readout = from_bytes(data, path="x.txt")
    assert readout.text == BODY  # the BOM is not part of the text spans point into
    assert sentence_texts(readout) == EXPECTED_SENTENCES
    assert_spans_exact(readout)


@pytest.mark.parametrize(
    "name",
    [
        "xi-trump__2018-05-08__mfa-zh.txt",
        "lukashenko-putin__2025-12-31__belta-ru.txt",
        "xi-trump__2018-05-08__wh.txt",
    ],
)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_in_any_script(name: str, codec: str) -> None:
    # Chinese in UTF-16 has zero bytes on both sides of its pairs (一 is U+4E00), so a test of
    # which side the zeros are on refused it as binary; its line ends and spaces tell the order.
    text = (ROOT / "eval" / "bilingual" / name).read_text(encoding="utf-8")
    assert from_bytes(text.encode(codec), path=name).text == text


def test_stray_nul_in_utf8_text_is_refused_not_read_as_utf16() -> None:
    data = (ROOT / "samples" / "2021-06-28-xi-putin.txt").read_bytes()
    second_line = data.index(b"\n") + 1
    for at in (second_line, second_line + 1):  # at an even and at an odd offset
        with pytest.raises(InputError, match=r"x\.txt:2: is not plain text: it has a NUL byte"):
            from_bytes(data[:at] + b"\x00" + data[at:], path="x.txt")


def test_sha256_is_of_the_bytes_as_read() -> None:
    import hashlib

    data = b"\xef\xbb\xbf" + BODY.encode("utf-8")
    assert from_bytes(data).sha256 == hashlib.sha256(data).hexdigest()


def test_non_ascii_utf8_round_trips() -> None:
    text = "Стороны договорились. Путин отметил важность сотрудничества.\n中方愿同俄方加强合作。"
    readout = from_bytes(text.encode("utf-8"))
    assert readout.text == text
    assert sentence_texts(readout) == [
        "Стороны договорились.",
        "Путин отметил важность сотрудничества.",
        "中方愿同俄方加强合作。",
    ]
    assert_spans_exact(readout)


# --- line ends -----------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_numbers_and_spans_with_each_line_end(newline: str) -> None:
    text = newline.join(
        [
            "Wang Yi Meets with Lavrov",
            "",
            "The two ministers met in Guilin. They discussed Afghanistan.",
            "Lavrov thanked the Chinese side.",
        ]
    )
    readout = from_bytes(text.encode("utf-8"))
    got = [(s.text, s.span.line) for s in readout.sentences]
    assert got == [
        ("Wang Yi Meets with Lavrov", 1),
        ("The two ministers met in Guilin.", 3),
        ("They discussed Afghanistan.", 3),
        ("Lavrov thanked the Chinese side.", 4),
    ]
    assert_spans_exact(readout)


def test_mixed_line_ends_count_crlf_once() -> None:
    text = "One line.\r\nTwo line.\rThree line.\nFour line.\r\n\r\nSix line."
    readout = from_text(text)
    assert [s.span.line for s in readout.sentences] == [1, 2, 3, 4, 6]
    assert_spans_exact(readout)


def test_many_ignored_lines_with_mixed_line_ends_keep_exact_line_numbers() -> None:
    """Ignored lines are numbered by one running count (a count from the top for each line
    was quadratic on a file made of boilerplate); every kind of line end, blank and
    white-space lines included, still counts once."""
    junk = ["Print", "Share", "Back to top", "Home > News", "   ", "\t"]
    ends = ["\n", "\r\n", "\r", "\r\n\r\n", "\n\r"]
    pieces = [junk[n % len(junk)] + ends[n % len(ends)] for n in range(600)]
    text = "".join(pieces) + "Leaders met on June 28, 2021. They agreed.\r\nPrint\r\n"
    readout = from_text(text)
    assert len(readout.ignored) > 400
    assert_spans_exact(readout)


# --- folding -------------------------------------------------------------------------------


def test_unicode_spaces_fold_to_plain_spaces() -> None:
    readout = from_text("Core\u00a0interests\u2002matter\u3000greatly.")
    (sentence,) = readout.sentences
    assert sentence.text == "Core\u00a0interests\u2002matter\u3000greatly."  # original kept
    assert sentence.folded == "core interests matter greatly."


def test_curly_quotes_and_dashes_fold_to_ascii() -> None:
    readout = from_text("\u201cGood\u2011neighbourly\u201d ties \u2014 the \u2018core\u2019 of it.")
    (sentence,) = readout.sentences
    assert sentence.folded == "\"good-neighbourly\" ties - the 'core' of it."
    assert sentence.text.startswith("\u201cGood\u2011")


def test_folding_makes_typographic_variants_equal() -> None:
    plain = from_text('The "two sides" agreed - firmly.').sentences[0].folded
    fancy = from_text("The \u201ctwo\u00a0sides\u201d agreed \u2013 firmly.").sentences[0].folded
    assert plain == fancy


# --- boilerplate ---------------------------------------------------------------------------

BOILERPLATE_LINES = [
    "Home > China Report",
    "Suggest To A Friend:",
    "Print",
    "E-mail",
    "Share",
    "Copyright \u00a9 2021 Ministry of Foreign Affairs of the People's Republic of China",
]


def test_boilerplate_lines_are_ignored_with_a_reason() -> None:
    body = "Xi Jinping met Putin in Beijing.\nThe two sides signed fifteen agreements."
    text = "\n".join(BOILERPLATE_LINES[:2] + [body] + BOILERPLATE_LINES[2:])
    readout = from_text(text)
    assert [item.text for item in readout.ignored] == BOILERPLATE_LINES
    assert [item.reason for item in readout.ignored] == [
        "navigation", "share or print widget", "share or print widget",
        "share or print widget", "share or print widget", "copyright",
    ]  # fmt: skip
    assert sentence_texts(readout) == [
        "Xi Jinping met Putin in Beijing.",
        "The two sides signed fifteen agreements.",
    ]
    assert_spans_exact(readout)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices rose sharply after the meeting.",
        "Print media from both countries covered the visit.",
        "Close cooperation between the ministries will continue.",
        "Home to millions, the region benefits from the new railway.",
    ],
)
def test_sentences_that_start_like_boilerplate_are_kept(sentence: str) -> None:
    readout = from_text(f"Wang Yi met Blinken.\n{sentence}")
    assert sentence_texts(readout) == ["Wang Yi met Blinken.", sentence]
    assert readout.ignored == ()


def test_the_white_house_end_mark_is_ignored_not_compared() -> None:
    """A White House release ends "###" ("\\###" in the archive's Markdown): it was a passage,
    and a "\\###" against a "###" a changed one. Now it is listed as an end mark."""
    zelenskyy = ROOT / "tests" / "real_series" / "biden-zelenskyy"
    archive = ROOT / "tests" / "front_matter"
    for path, mark in [
        (zelenskyy / "biden-zelenskyy__2022-01-27__wh.txt", "###"),
        (archive / "biden-sunak__2022-10-25__wh-briefings.md", "\\###"),
    ]:
        readout = load(path)
        assert [(item.reason, item.text) for item in readout.ignored][-1] == ("end mark", mark)
        assert all("#" not in sentence.text for sentence in readout.sentences)
        assert_spans_exact(readout)
    published = from_text("The leaders met.\n\n###\n")
    escaped = from_text("The leaders met.\n\n\\###\n")
    comparison = compare(published, escaped)
    assert [item.status for item in comparison.alignments] == [Status.UNCHANGED]


def test_front_matter_is_ignored_and_supplies_title_and_date() -> None:
    text = "---\ntitle: X\ndate: 2021-12-15\n---\nOn June 28, 2021, the leaders met.\n"
    readout = from_text(text)
    assert readout.title == "X"
    assert readout.date == "2021-12-15"
    (front,) = readout.ignored
    assert front.reason == "front matter"
    assert front.text == "---\ntitle: X\ndate: 2021-12-15\n---"
    assert sentence_texts(readout) == ["On June 28, 2021, the leaders met."]
    assert readout.sentences[0].span.line == 5
    assert_spans_exact(readout)


def test_only_boilerplate_is_an_input_error() -> None:
    with pytest.raises(InputError, match="boilerplate"):
        from_text("Home > China Report\nPrint\nShare\n")


# --- title and date ------------------------------------------------------------------------


def test_title_is_the_first_line() -> None:
    readout = from_text(BODY)
    assert readout.title == "President Xi Jinping Holds Talks with Russian President Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On the afternoon of June 28, 2021, Xi met Putin via video link.", "2021-06-28"),
        ("The leaders met in Moscow on 15 December 2021 and signed a statement.", "2021-12-15"),
        ("Talks were held on Dec. 3rd, 2019 in London.", "2019-12-03"),
        ("Published 2022-02-04. The leaders met in Beijing.", "2022-02-04"),
        ("The two sides agreed to meet again soon.", None),
    ],
)
def test_date_from_text(text: str, date: str | None) -> None:
    assert from_text(text, path="readout.txt").date == date


def test_date_is_the_first_full_date_not_the_first_month_day() -> None:
    text = (
        "Since March 3 the two sides have held regular consultations. "
        "The summit took place on June 28, 2021 in Beijing."
    )
    assert from_text(text, path="readout.txt").date == "2021-06-28"


def test_front_matter_date_wins_over_the_text() -> None:
    text = "---\ndate: 2021-12-15\n---\nOn the afternoon of June 28, 2021, Xi met Putin."
    assert from_text(text).date == "2021-12-15"


def test_date_from_file_name_when_text_has_only_day_and_month() -> None:
    text = "On 15 December, Xi Jinping held talks with Putin via video link."
    assert from_text(text, path="readouts/2021-12-15-xi-putin.txt").date == "2021-12-15"
    assert from_text(text, path="readouts/xi-putin.txt").date is None


def test_year_in_file_name_completes_day_and_month_from_text() -> None:
    text = "On 15 December, Xi Jinping held talks with Putin via video link."
    assert from_text(text, path="readouts/xi-putin-2021.txt").date == "2021-12-15"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers reached 3 decisions and met 4 junior officials.",
        "In December 2021, the two sides signed a five-year plan.",
    ],
)
def test_no_day_and_month_means_no_date(text: str) -> None:
    assert from_text(text, path="talks-2021.txt").date is None


def test_today_in_the_meeting_clause_wins_over_a_later_event_date() -> None:
    """A real State Department readout (eval/formulas): the call was "today" (the file's date),
    the "election on April 24" it congratulated is another day."""
    real = load(ROOT / "eval" / "formulas" / "blinken-le-drian__2022-04-27__state.txt")
    assert real.date == "2022-04-27"
    text = "On April 24, the Secretary spoke with the Minister about the vote held today."
    assert from_text(text, path="x__2022-04-27__state.txt").date == "2022-04-24"


def test_title_is_a_two_sentence_headline_and_never_a_dateline() -> None:
    """Real BelTA pages (eval/bilingual): a headline line holding two sentences is the title
    whole; a page opening with its dateline ("31 декабря, Минск /Корр. БЕЛТА/.") has no title."""
    bilingual = ROOT / "eval" / "bilingual"
    headline = load(bilingual / "lukashenko-putin__2022-07-11__belta-ru.txt")
    assert headline.title == (
        "От калининградского транзита до вопросов обороны. "
        "Александр Лукашенко и Владимир Путин провели телефонный разговор"
    )
    assert load(bilingual / "lukashenko-putin__2025-12-31__belta-ru.txt").title is None
    lead = load(bilingual / "xi-trump__2017-08-12__singtao-zh-hant.txt")  # no headline: a lead
    assert lead.title == lead.sentences[0].text


def test_date_from_load_uses_the_real_file_name(tmp_path) -> None:
    path = tmp_path / "2021-06-28.txt"
    path.write_text("On 28 June, the two leaders met by video link.\n", encoding="utf-8")
    readout = load(path)
    assert readout.date == "2021-06-28"
    assert readout.path == str(path)


# --- errors --------------------------------------------------------------------------------


def test_input_error_is_a_readout_error() -> None:
    assert issubclass(InputError, ReadoutError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\t\r\n  ", "empty", id="whitespace-only"),
        pytest.param(b"Leaders met.\x00\x00More.", "NUL", id="nul-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG", id="png"),
        pytest.param(b"%PDF-1.7\n", "PDF", id="pdf"),
        # RTF is text: it was compared control words and all ("\\rtf1\\ansi\\deff0 ...").
        pytest.param(
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The two leaders met.}", "RTF", id="rtf"
        ),
        pytest.param(b"\xff\xfe" + b"\x00\xd8", "UTF-16", id="bad-utf-16"),
    ],
)
def test_refuses_what_is_not_a_text_readout(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        from_bytes(data, path="in.txt")
    assert caught.value.path == "in.txt"
    assert str(caught.value).startswith("in.txt")


def test_an_html_page_is_read_as_its_visible_text_not_markup() -> None:
    page = b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body><p>Leaders met.</p><p>They agreed.</p></body></html>"
    readout = from_bytes(page, path="in.txt")
    assert sentence_texts(readout) == ["Leaders met.", "They agreed."]
    assert_spans_exact(readout)


def test_invalid_utf8_names_the_byte_line_and_column() -> None:
    second = "Стороны\xa0договорились. "  # the column counts characters, not bytes
    data = f"Line one.\n{second}".encode() + b"\xff\xfe tail"
    with pytest.raises(InputError, match=rf"\(byte 0xff at column {len(second) + 1}\)") as caught:
        from_bytes(data, path="bad.txt")
    assert caught.value.line == 2
    assert str(caught.value).startswith("bad.txt:2: ")


def test_load_refuses_a_file_over_max_bytes(tmp_path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The two sides agreed. " * 50, encoding="utf-8")
    with pytest.raises(InputError, match="limit") as caught:
        load(path, max_bytes=100)
    assert caught.value.path == str(path)
    assert load(path, max_bytes=path.stat().st_size).sentences  # exactly at the limit is fine


def test_load_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")


def test_load_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="directory"):
        load(tmp_path)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_readout_saved_in_windows_1252_is_refused_at_its_first_foreign_character(
    tmp_path: Path, bom: bytes
) -> None:
    """A real readout saved as Windows-1252 (its curly apostrophes become single bytes) is
    refused at the line and column of its first non-ASCII character, with the byte, so the user
    can find it; the offset counts from after a byte-order mark."""
    text = (ROOT / "eval" / "formulas" / "biden-duda__2022-03-26__wh.txt").read_text("utf-8")
    first = next(i for i, char in enumerate(text) if ord(char) > 127)
    line = text.count("\n", 0, first) + 1
    column = first - (text.rfind("\n", 0, first) + 1) + 1
    byte = text[first].encode("cp1252")[0]
    path = tmp_path / "cp1252.txt"
    path.write_bytes(bom + text.encode("cp1252"))
    with pytest.raises(InputError) as raised:
        load(path)
    assert str(raised.value) == (
        f"{path}:{line}: is not valid UTF-8 (byte 0x{byte:02x} at column {column}) but reads"
        " as Windows-1252 or Latin-1 (Western European); re-save it as UTF-8"
    )


@pytest.mark.parametrize(
    ("name", "encoding", "said"),
    [
        ("xi-albanese__2024-11-18__cctv.txt", "gbk", "GBK or GB18030 (Chinese; or Big5)"),
        ("xi-albanese__2024-11-18__cctv.txt", "gb18030", "GBK or GB18030 (Chinese; or Big5)"),
        ("xi-albanese__2024-11-18__cctv.txt", "big5", "Big5 (Chinese)"),
        ("putin-mirziyoyev__2025-02-21__kremlin.txt", "cp1251", "Windows-1251 (Russian)"),
        ("putin-mirziyoyev__2025-02-21__kremlin.txt", "koi8_r", "KOI8-R (Russian)"),
    ],
)
def test_a_readout_in_a_legacy_encoding_is_refused_naming_the_encoding_it_reads_as(
    tmp_path: Path, name: str, encoding: str, said: str
) -> None:
    """Chinese and Russian readouts are often saved in GBK, Big5, Windows-1251 or KOI8-R: the
    one error line names the encoding the bytes read as, so the user knows what to convert."""
    text = (ROOT / "eval" / "formulas" / name).read_text("utf-8")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding, "replace"))  # Big5 lacks a few simplified characters
    with pytest.raises(InputError) as raised:
        load(path)
    assert str(raised.value).endswith(f") but reads as {said}; re-save it as UTF-8")


def test_a_markdown_heading_mark_is_not_part_of_the_title(tmp_path: Path) -> None:
    # Readouts kept as Markdown (.md is a readout suffix; front matter comes from such sites)
    # were titled "# Readout of President Biden's Call ...", the heading mark in every view.
    real = (
        ROOT / "tests" / "real_series" / "biden-zelenskyy" / "biden-zelenskyy__2021-12-09__wh.txt"
    )
    text = real.read_text(encoding="utf-8")
    plain = load(real)
    for mark in ("# ", "## ", "### "):
        page = tmp_path / "readout.md"
        page.write_text(mark + text, encoding="utf-8")
        readout = load(page)
        assert readout.title == plain.title and not readout.title.startswith("#")
        assert readout.text == mark + text  # the file itself is untouched: spans point into it


def test_front_matter_a_scraper_wrote_is_read_as_yaml() -> None:
    """Readouts exported with YAML front matter (``tests/front_matter``, as an archive of White
    House pages keeps them) have titles with YAML's escapes, ``\\_`` for a no-break space and
    ``\\u2019`` for the apostrophe, and fold a long title over two lines. Every output showed
    them raw ("Readout of President\\_Biden\\u2019s Call ...", the folded one cut at its line
    end); now the title reads as the page's headline does."""
    folder = Path(__file__).parent / "front_matter"
    titles = {
        path.name: (load(path).title, load(path).date) for path in sorted(folder.glob("*__*.md"))
    }
    assert all("\\" not in title for title, _ in titles.values())
    assert (
        titles.items()
        >= {
            "biden-scholz__2021-12-10__wh-briefings.md": (
                "Readout of President Biden’s Call with Chancellor Olaf Scholz of Germany",
                "2021-12-10",
            ),
            "biden-scholz__2022-02-16__wh-briefings.md": (
                "Readout of President Biden’s Call with Chancellor Olaf Scholz of Germany",
                "2022-02-16",
            ),
            "biden-trudeau__2021-01-22__wh-briefings.md": (
                "Readout of President Joe Biden Call with Prime Minister Justin Trudeau of Canada",
                "2021-01-22",
            ),
        }.items()
    )
    published = Path(__file__).parent.parent / "eval" / "formulas"
    assert titles["biden-trudeau__2021-01-22__wh-briefings.md"][0] == (
        load(published / "biden-trudeau__2021-01-22__wh.txt").title
    )


@pytest.mark.parametrize("terminal", [True, False])
def test_standard_input_at_a_terminal_says_what_it_waits_for(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], terminal: bool
) -> None:
    """`readoutdiff - B` typed by hand sat silent, as if hung; a pipe still gets no word. The
    command line says it (ux27: so that it keeps to the terminal's width); the reading layer
    reads the bytes and says nothing."""
    import io

    from readoutdiff.cli.shared import read_readout
    from readoutdiff.ingest.reading import read_bytes

    class Stdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return terminal

    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO(b"The two leaders met.\n")))
    assert read_bytes("-", 1024) == b"The two leaders met.\n"
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO(b"The two leaders met.\n")))
    assert read_readout("-", 1024).text == "The two leaders met.\n"
    said = capsys.readouterr().err
    if terminal:
        assert said.startswith("readoutdiff: - reads the terminal: paste the readout, then press")
    else:
        assert said == ""


def test_line_counter_without_returns_counts_newlines_only() -> None:
    """A text with no ``\\r`` is counted by its ``\\n`` alone, in order or out of it."""
    from readoutdiff.ingest.text import LineCounter

    text = "a\n\nb’\nc d\n\n\ne"
    counter = LineCounter(text)
    for start in (0, 3, 6, 9, 13, 4, 13):
        assert counter.span(start, start).line == text.count("\n", 0, start) + 1
