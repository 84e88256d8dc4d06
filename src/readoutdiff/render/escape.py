"""Make file names and readout text safe to print on a terminal, in a CI log or on stderr.

A readout or a file name is data from outside: an ESC could restyle or clear the
terminal, a line break could start a forged line (a GitHub workflow command such
as ``::error::``), and a bidi control (U+202E) could make text read backwards.
Such characters are spelled out (``\\x1b``, ``\\n``, ``\\u202e``) instead of sent.
"""

from __future__ import annotations

from readoutdiff.errors import STDIN

_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
"""Arabic letter mark, LRM/RLM, embeddings and overrides (LRE…RLO), isolates (LRI…PDI)."""
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029)
_CONTROLS = (*range(0x00, 0x20), *range(0x7F, 0xA0))


def _spelled(code: int) -> str:
    named = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
    if code in named:
        return named[code]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_IN_TEXT = {code: _spelled(code) for code in (*_CONTROLS, *_BIDI) if chr(code) not in "\t\n"}
_NAME_BYTES = range(0xDC80, 0xDD00)
"""A file name's bytes 0x80-0xFF that are not UTF-8, as Python decodes them (lone surrogates)."""
_IN_LINE = {
    **_IN_TEXT,
    **{code: _spelled(code) for code in (*_CONTROLS, *_LINE_BREAKS, *_BIDI)},
    **{code: f"\\x{code - 0xDC00:02x}" for code in _NAME_BYTES},
}


def shown_text(text: str) -> str:
    """Readout text for a terminal: controls and bidi marks spelled out, tabs and newlines kept.

    >>> shown_text("red \\x1b[31m\\u202egnp.exe\\nnext")
    'red \\\\x1b[31m\\\\u202egnp.exe\\nnext'
    """
    return text.translate(_IN_TEXT)


def shown_path(path: str) -> str:
    """A readout's path as a view shows it: ``-`` is named ``standard input``.

    >>> shown_path("-"), shown_path("a.txt")
    ('standard input', 'a.txt')
    """
    return STDIN if path == "-" else path


def shown_line(text: str) -> str:
    """A file name or message for one line of output: line breaks spelled out too, and a file
    name's bytes that are not UTF-8 as the bytes they are.

    >>> print(shown_line("a.txt\\n::error::forged\\x1b[2J"))
    a.txt\\n::error::forged\\x1b[2J
    >>> print(shown_line(b"caf\\xe9.txt".decode("utf-8", "surrogateescape")))
    caf\\xe9.txt
    """
    return text.translate(_IN_LINE)
