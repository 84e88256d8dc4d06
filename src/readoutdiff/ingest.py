"""Read a readout: bytes -> :class:`~readoutdiff.model.Readout`.

Decodes UTF-8 and UTF-16 (each with or without BOM), refuses what is not
text, keeps site boilerplate as ignored spans, and finds title and date.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from pathlib import PurePath

from readoutdiff import segment
from readoutdiff.dates import iso_date, text_date
from readoutdiff.errors import InputError
from readoutdiff.model import Ignored, Readout, Span
from readoutdiff.reading import read_bytes, utf16_without_mark

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
}
_BOILERPLATE = re.compile(
    r"""^\s*(?:
        home\s*(?:>|›|»|/)            # breadcrumbs: Home > China Report
      | suggest\s+to\s+a\s+friend\b
      | (?:print|e-?mail|share|close|bookmark|tweet|download)
        (?:\s*(?:this|the)?\s*(?:page|article|story|window))?\s*(?:[:|]|$)
      | (?:copyright|all\s+rights\s+reserved)\b | ©
      | font\s*size\b | back\s+to\s+top\b | related\s+(?:news|articles|links)\s*:?\s*$
      | \[\s*(?:print|close|e-?mail|share)\s*\]
    )""",
    re.I | re.X,
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.I | re.S,
)
_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_LINE = re.compile(r"[^\r\n]+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def load(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Readout:
    """Read the readout at ``path`` (``"-"`` is standard input), at most ``max_bytes`` of it."""
    name = os.fspath(path)
    return from_bytes(read_bytes(name, max_bytes), path=name)


def is_html(text: str, path: str = "") -> bool:
    """Tell whether ``text`` (a file named ``path``) is an HTML page rather than plain text.

    >>> is_html("<!-- saved from url=(0040)https://x -->\\n<html><p>x</p></html>")
    True
    >>> is_html("Leaders met. 3 < 4 > 2."), is_html("<p>x</p>", "page.htm")
    (False, True)
    """
    return bool(_HTML_START.match(text[:4096])) or PurePath(path).suffix.lower() in _SUFFIXES


def from_bytes(data: bytes, *, path: str = "<bytes>") -> Readout:
    """Decode ``data`` and read it as a readout; raise :class:`InputError` if it is not text.

    An HTML page is read as its visible main text (see :mod:`readoutdiff.htmltext`).
    """
    text, digest = decode(data, path=path), hashlib.sha256(data).hexdigest()
    if is_html(text, path):
        return _from_html(text, path=path, sha256=digest)
    return from_text(text, path=path, sha256=digest)


def decode(data: bytes, *, path: str = "<bytes>") -> str:
    """Decode UTF-8 (BOM optional) or UTF-16 (BOM optional), or an HTML page's declared charset; refuse binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("has a UTF-16 mark but is not valid UTF-16", path=path) from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"is {kind}, not text; convert it to plain text first", path=path)
    if b"\x00" in data:
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
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"is not valid UTF-8 (byte {error.start}); re-save it as UTF-8", path=path, line=line
        ) from None


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
    from readoutdiff import htmltext  # the HTML parser loads only for HTML pages

    page = htmltext.extract(markup)
    if not page.text.strip():
        raise InputError(
            "is an HTML page with no visible text; save the readout as text", path=path
        )
    readout = from_text(page.text, path=path, sha256=sha256)
    return replace(
        readout,
        title=page.title or readout.title,
        date=readout.date or iso_date(page.date or ""),
        source=readout.source or page.url,
        notes=(*readout.notes, HTML_NOTE),
    )


def from_text(text: str, *, path: str = "<text>", sha256: str | None = None) -> Readout:
    """Read already decoded ``text`` as a readout.

    >>> readout = from_text("Home > News\\nLeaders met on June 28, 2021. They agreed.")
    >>> readout.date, [s.text for s in readout.sentences], readout.ignored[0].reason
    ('2021-06-28', ['Leaders met on June 28, 2021.', 'They agreed.'], 'boilerplate')
    """
    if not text.strip():
        raise InputError("is empty (nothing but white space); give a readout with text", path=path)
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta, body_start, ignored = _front_matter(text)
    lines = tuple(_lines(text, body_start))
    boilerplate = tuple(
        _ignored(text, start, end, "boilerplate")
        for start, end in lines
        if _BOILERPLATE.match(text[start:end]) and end - start < 120
    )
    ignored += boilerplate
    skipped = {item.span.start for item in boilerplate}
    content = tuple(
        (start, end) for start, end in lines if _strip_start(text, start, end) not in skipped
    )
    sentences = segment.sentences(text, content)
    if not sentences:
        raise InputError("has no readout text, only site boilerplate", path=path)
    title = meta.get("title") or _title(sentences[0].text)
    date = iso_date(meta.get("date", "")) or text_date(text[body_start:], path)
    source = meta.get("source") or meta.get("source_url") or meta.get("url") or None
    return Readout(
        path=path, text=text, sha256=digest, title=title, date=date,
        sentences=sentences, ignored=ignored,
        counterpart=meta.get("counterpart") or None, source=source,
    )  # fmt: skip


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every line from ``start``; ``\\r\\n``, ``\\r`` and ``\\n`` end lines."""
    return [match.span() for match in _LINE.finditer(text, start)]


def _strip_start(text: str, start: int, end: int) -> int:
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _ignored(text: str, start: int, end: int, reason: str) -> Ignored:
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Ignored(span=span_at(text, start, end), text=text[start:end], reason=reason)


def span_at(text: str, start: int, end: int) -> Span:
    """Make a :class:`Span` with the 1-based line of ``start`` (``\\r\\n``, ``\\r``, ``\\n`` count once)."""
    head = text[:start]
    line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
    return Span(start=start, end=end, line=line)


def _front_matter(text: str) -> tuple[dict[str, str], int, tuple[Ignored, ...]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0, ()
    meta: dict[str, str] = {}
    for raw in match.group(1).splitlines():
        key, sep, value = raw.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, match.end(), (_ignored(text, 0, match.end(), "front matter"),)


def _title(first_sentence: str) -> str | None:
    return first_sentence if len(first_sentence) <= 300 else None
