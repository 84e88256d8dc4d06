"""Read a readout: bytes -> :class:`~readoutdiff.model.Readout`.

Decodes UTF-8 and UTF-16 (each with or without BOM), refuses what is not
text, and hands the text to :mod:`readoutdiff.ingest.text` (site junk, title, date).
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath

from readoutdiff import cache_dir
from readoutdiff.errors import InputError
from readoutdiff.ingest import glosses
from readoutdiff.ingest.reading import read_bytes, stray_nul, utf16_without_mark
from readoutdiff.ingest.text import from_text
from readoutdiff.model import Readout
from readoutdiff.records.replacing import replace

HTML_NOTE = "text extracted from an HTML page"
"""The note a readout read from HTML carries in ``Readout.notes``."""
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Largest file :func:`load` reads unless told otherwise (``--max-size`` in the CLI)."""

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (a .docx or .xlsx file?)",
    b"\x1f\x8b": "a gzip archive",
    b"%PDF": "a PDF document",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document (saved from Word or WordPad?)",  # text, but its markup would be compared
}
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.I | re.S,
)
_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TAGS = (
    "a|abbr|address|article|aside|b|base|big|blockquote|body|br|button|caption|center|cite|code"
    "|col|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]"
    "|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol"
    "|p|picture|pre|q|s|script|section|small|source|span|strike|strong|style|sub|summary|sup"
    "|svg|table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul"
)
_MARKUP = re.compile(
    rf"<(?:/?(?:{_TAGS})(?:\s[^<>\n]*)?/?>|!--)|&#(?:\d+|x[0-9a-f]+);|&([a-z][a-z0-9]*);", re.I
)
"""A tag of HTML closed on its line, a comment, or an entity (a named one checked against HTML's
names): what a page named ``.html`` holds and a plain text does not. A stray ``<`` or ``&`` of a
plain text is none: "R&D;", "<<Belt and Road>>", "a <b and c" (branch rev30: each was read as a
page, its line ends lost)."""
_OUR_PAGE = '<meta name="generator" content="readoutdiff'
"""Heads the reports and timelines readoutdiff writes (:func:`written_by_us`)."""
_OUR_VIEWS = (
    r"## readoutdiff(?: check (?:passed|failed):.*)?\n"  # Markdown report, check --summary
    r"|readoutdiff check: "  # check's terminal view
    r"|::(?:error|warning|notice) [^\n]*title=readoutdiff(?:%3A | check::)"  # check --format github
    r"|A [^\n]*\nB [^\n]*\nsimilarity \d\.\d\d · \d+ unchanged"  # the terminal view
    r"|Series of \d+ readouts, in (?:date|given) order\n"  # series' terminal view
    r"|[^\n]+: \d+ formulas?(?:\n|\Z)"  # readoutdiff formulas FILE
    r'|\{\s*"schema": "readoutdiff[-/]'  # every JSON document
    r"|formula_id,formula_text,source,"  # series --csv
    r'|<\?xml[^>]*>\s*<testsuites name="readoutdiff'  # check's JUnit XML
)
"""How the views readoutdiff writes as text begin: one given back as a readout is no readout."""


def load(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Readout:
    """Read the readout at ``path`` (``"-"`` is standard input), at most ``max_bytes`` of it."""
    name = os.fspath(path)
    return from_bytes(read_bytes(name, max_bytes), path=name)


def is_html(text: str, path: str = "") -> bool:
    """Tell whether ``text`` (a file named ``path``) is an HTML page rather than plain text.

    A file named ``.html`` that holds no markup at all (a readout copied as text into a file
    so named) is plain text: read as a page, its line ends would be lost (branch rev29).

    >>> is_html("<!-- saved from url=(0040)https://x -->\\n<html><p>x</p></html>")
    True
    >>> is_html("Leaders met. 3 < 4 > 2."), is_html("<p>x</p>", "page.htm")
    (False, True)
    >>> is_html("Leaders met.\\n\\nThey agreed.", "page.html")
    False
    """
    if _HTML_START.match(text[:4096]):
        return True
    return PurePath(path).suffix.lower() in _SUFFIXES and _marked_up(text)


def _marked_up(text: str) -> bool:
    """Whether ``text`` holds a tag, a comment or an entity (:data:`_MARKUP`), a tag counting
    only as a page writes it (:func:`_written_as_markup`), not named in prose.

    >>> _marked_up("Trade &amp; investment"), _marked_up("R&D; trade"), _marked_up("<<Belt and Road>>")
    (True, False, False)
    >>> _marked_up("The page opens with the <html> tag, then <head> and <body>."), _marked_up("x<br>y")
    (False, True)
    """
    # read only for a file named .html that does not start as a page
    from html.entities import html5

    for found in _MARKUP.finditer(text):
        if found.group(1) is not None:
            if f"{found.group(1)};" in html5:
                return True
        elif _written_as_markup(text, found.start(), found.end()):
            return True
    return False


_EDGES = frozenset(" \t\r\n\f\v.,;:!?()[]{}\"'`«»“”‘’—–-")
"""What stands around a word of prose: a tag with one of these on each side is named, not used."""


def _written_as_markup(text: str, start: int, end: int) -> bool:
    """Whether the tag or comment at ``text[start:end]`` is a page's markup, not a tag named in
    prose ("the <html> tag", "<head> and <body>", 网页以<html>标签开头): a comment, a tag with
    attributes, one glued to a word of a script written with spaces (``<p>Leaders``,
    ``2024.<br>They``), an end tag glued to what it closes (``met</p>``, ``电。</p>``: Chinese and
    Japanese, written without spaces, name a tag glued to their words) or a tag alone on its
    line. A readout about HTML saved as ``notes.html`` was read as a page for naming one tag
    (rev30 left it; ux17).

    >>> [_written_as_markup(t, t.index("<"), t.index(">") + 1) for t in ("the <html> tag",
    ...     "Met.<br/>They", "the <p class=x>", "Text\\n<div>\\nMore", "以<html>标签", "电。</p>")]
    [False, True, True, True, False, True]
    """
    tag = text[start:end]
    if tag.startswith("<!") or any(space in tag for space in " \t\r\n\f"):
        return True
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if tag.startswith("</") and not before.isspace():
        return True
    if not _edge(before) or not _edge(after):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        not text[line_start:start].strip()
        and not text[end : len(text) if line_end < 0 else line_end].strip()
    )


def _edge(character: str) -> bool:
    """Whether ``character`` may stand beside a word of prose (:data:`_EDGES`), or is of a
    script written without spaces between words (CJK, kana, Hangul and their punctuation)."""
    return character in _EDGES or (
        "\u2e80" <= character <= "\u9fff"
        or "\uac00" <= character <= "\ud7af"
        or "\uf900" <= character <= "\ufaff"
        or "\uff00" <= character <= "\uffef"
    )


def from_bytes(data: bytes, *, path: str = "<bytes>") -> Readout:
    """Decode ``data`` and read it as a readout; raise :class:`InputError` if it is not text.

    An HTML page is read as its visible main text (see :mod:`readoutdiff.ingest.htmltext`).
    """
    text, digest = decode(data, path=path), cache_dir.sha256(data).hexdigest()
    if is_our_view(text[:4096]):  # before the page test: a view saved as report.html is no page
        raise InputError(
            "is a view readoutdiff wrote (a report, timeline, table or JSON), not a readout;"
            " give the readouts themselves",
            path=path,
        )
    if is_html(text, path):
        return _from_html(text, path=path, sha256=digest)
    text, glossed = glosses.without_glosses(text)
    readout = from_text(text, path=path, sha256=digest)
    return replace(readout, notes=(*readout.notes, glossed)) if glossed else readout


def is_our_view(head: str) -> bool:
    r"""Tell whether a text starts as a view readoutdiff writes (terminal, Markdown, JSON ...).

    >>> is_our_view("## readoutdiff\n\n| | file | date | title |\n")
    True
    >>> is_our_view("A a.txt  (2021-06-28, English)\nB b.txt  (English)\nsimilarity 0.11 · 0 unchanged")
    True
    >>> is_our_view('{\n  "schema": "readoutdiff/1",\n')
    True
    >>> is_our_view("::warning file=new.txt,line=7,title=readoutdiff%3A no changed formulas::…")
    True
    >>> is_our_view("::notice title=readoutdiff check::nothing to compare yet: …")
    True
    >>> is_our_view("A Readout of the Call\nB. The leaders met.\nsimilarity of views\n")
    False
    """
    plain = re.sub(r"\x1b\[[0-9;]*m", "", head.removeprefix("\ufeff"))  # a coloured view
    return re.match(_OUR_VIEWS, plain) is not None


def written_by_us(head: str) -> bool:
    """Tell whether a file whose first 4,096 bytes or so are ``head`` is a report or timeline
    readoutdiff wrote, whatever its name says: a page (:data:`_OUR_PAGE`) or a view saved as
    text (:func:`is_our_view`). ``readout_paths`` leaves such a file out of a folder by it.

    >>> written_by_us('<html><head><meta name="generator" content="readoutdiff 1.0">')
    True
    >>> written_by_us("The leaders met in Beijing.")
    False
    """
    return _OUR_PAGE in head or is_our_view(head)


_MARKS = (
    ((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"),
    ((b"\xff\xfe", b"\xfe\xff"), "utf-16"),
)
"""Byte-order marks read as their encoding, in the order tested."""


def decode(data: bytes, *, path: str = "<bytes>") -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 (BOM optional), or an HTML page's declared charset; refuse binary.

    A UTF-32 byte-order mark is read as one (branch u71: its first two bytes are UTF-16's
    little-endian mark, so the text was read as UTF-16, a NUL between every two letters).

    >>> decode("Leaders met.".encode("utf-32"))
    'Leaders met.'
    """
    for marks, codec in _MARKS:  # UTF-32's first: its little-endian mark starts as UTF-16's
        if data.startswith(marks):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                name = codec.upper()
                raise InputError(
                    f"has a {name} mark but is not valid {name} (cut short, or another"
                    " encoding); re-save it as UTF-8",
                    path=path,
                ) from None
    for magic, kind in _MAGIC.items():
        if data.removeprefix(b"\xef\xbb\xbf").startswith(magic):
            raise InputError(f"is {kind}, not text; convert it to plain text first", path=path)
    if b"\x00" in data:
        stray_nul(data, path)
        utf16 = utf16_without_mark(data)
        if utf16 is not None:
            return utf16
        raise InputError("is binary (it has NUL bytes); give a plain-text readout", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        declared = _declared_charset(data, path)
        if declared:
            return declared
        body = error.object  # what was decoded: the bytes after a byte-order mark
        line = body[: error.start].count(b"\n") + 1
        before = body[body.rfind(b"\n", 0, error.start) + 1 : error.start]  # valid UTF-8
        where = f"byte 0x{body[error.start]:02x} at column {len(before.decode('utf-8')) + 1}"
        raise InputError(_not_utf8(where, data), path=path, line=line) from None


def _not_utf8(where: str, data: bytes) -> str:
    """Say that a file is not UTF-8, and the legacy encoding it reads as, if one."""
    from readoutdiff.ingest.legacy import guess  # the error path alone needs it

    encoding = guess(data)
    if not encoding:
        return f"is not valid UTF-8 ({where}); re-save it as UTF-8"
    return f"is not valid UTF-8 ({where}) but reads as {encoding}; re-save it as UTF-8"


def _declared_charset(data: bytes, path: str) -> str | None:
    """Decode an HTML page in the charset its ``<meta>`` declares (GBK, windows-1251, ...)."""
    from bs4.dammit import EncodingDetector

    if not is_html(data[:4096].decode("ascii", "replace"), path):
        return None
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    try:
        return data.decode(declared) if declared else None
    except (LookupError, UnicodeDecodeError):
        return None


def _from_html(markup: str, *, path: str, sha256: str) -> Readout:
    """Read the visible main text of an HTML page; spans point into that extracted text."""
    from readoutdiff.ingest import htmltext  # the HTML parser loads only for HTML pages

    if _OUR_PAGE in markup[:4096]:
        raise InputError(
            "is a page readoutdiff wrote (a report or timeline), not a readout;"
            " give the readouts themselves",
            path=path,
        )
    page = htmltext.extract(markup)
    if not page.text.strip():
        raise InputError(
            "is an HTML page with no visible text; save the readout as text", path=path
        )
    cut = htmltext.outside_main(markup, page.text) - {page.title}
    text, glossed = glosses.without_glosses(page.text)
    title = page.title
    if glossed:  # the page's title and the lines outside its main text lose theirs too
        cut, title = frozenset(glosses.strip(line) for line in cut), title and glosses.strip(title)
    readout = from_text(text, path=path, sha256=sha256, published=(page.date or "",), outside=cut)
    return replace(
        readout,
        title=title or readout.title,
        source=readout.source or page.url,
        notes=(*readout.notes, HTML_NOTE, *([glossed] if glossed else [])),
    )
