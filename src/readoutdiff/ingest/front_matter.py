"""The keys and values of a readout's ``---`` front matter, read as YAML writes simple ones.

Front matter comes from tools as often as from people: a scraper or a static-site exporter
writes ``title: "Readout of President\\_Biden\\u2019s Call"``, with YAML's escapes in a
double-quoted value, and folds a long one over lines that end in ``\\``. Read naively, the
title shown in every output kept the backslashes. Only flat ``key: value`` pairs are read (what
readoutdiff uses: title, date, counterpart, source); nested keys and lists are passed over.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)(.*)")
"""A top-level ``key: value`` line (a key starts the line: indented lines continue a value)."""
_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
"""YAML's one-character escapes in a double-quoted value."""
_WIDTHS = {"x": 2, "u": 4, "U": 8}
"""YAML's hexadecimal escapes: how many digits follow each."""


def fields(block: str) -> dict[str, str]:
    """Return the ``key: value`` pairs of a front matter block (between its ``---`` lines),
    keys in lower case, values unquoted and unescaped, their white space runs one space.

    >>> fields('title: "Call with\\\\_Chancellor Scholz of\\\\_Germany\\\\u2019s"\\ndate: 2021-12-10')
    {'title': 'Call with Chancellor Scholz of Germany’s', 'date': '2021-12-10'}
    >>> fields('title: "Press Briefing by the Press Secretary and NSC Coordinator for\\\\\\n  \\\\ Strategic Communications"')
    {'title': 'Press Briefing by the Press Secretary and NSC Coordinator for Strategic Communications'}
    >>> fields("title: 'Xi''s call'\\ncounterpart: Vladimir Putin")
    {'title': "Xi's call", 'counterpart': 'Vladimir Putin'}
    """
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in block.splitlines():
        key = _KEY.match(line)
        if key and not _open(current):
            current = found[key.group(1).lower()] = [key.group(2)]
        elif current is not None and (line[:1] in (" ", "\t") or _open(current) or not line):
            current.append(line)  # a value folded over lines
    return {key: " ".join(_scalar("\n".join(lines)).split()) for key, lines in found.items()}


def _open(lines: list[str] | None) -> bool:
    """Whether ``lines`` hold a quoted value not closed yet."""
    if not lines:
        return False
    value = "\n".join(lines).strip()
    if value[:1] == '"':
        return re.fullmatch(r'"(?:[^"\\]|\\.)*"', value, re.S) is None
    if value[:1] == "'":
        return re.fullmatch(r"'(?:[^']|'')*'", value, re.S) is None
    return False


def _scalar(value: str) -> str:
    """Unquote one value: double-quoted with its escapes, single-quoted, or plain."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _double_quoted(value[1:-1])
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _double_quoted(raw: str) -> str:
    """Decode the inside of a double-quoted YAML value: its escapes, and its line breaks
    folded (a break escaped by ``\\`` joins the lines; white space around a break is one).

    >>> _double_quoted("Russia\\\\u2019s war\\\\x21 \\\\\\"now\\\\\\"")
    'Russia’s war! "now"'
    """
    out: list[str] = []
    at = 0
    while at < len(raw):
        char = raw[at]
        if char != "\\" or at + 1 == len(raw):
            out.append(char)
            at += 1
            continue
        code = raw[at + 1]
        if code == "\n":  # an escaped line break: the next line's indent goes too
            at += 2
            while at < len(raw) and raw[at] in " \t":
                at += 1
        elif code in _WIDTHS:
            digits = raw[at + 2 : at + 2 + _WIDTHS[code]]
            point = int(digits, 16) if re.fullmatch(r"[0-9A-Fa-f]+", digits) else -1
            valid = len(digits) == _WIDTHS[code] and 0 <= point <= 0x10FFFF
            out.append(chr(point) if valid else raw[at : at + 2 + len(digits)])
            at += 2 + len(digits)
        else:
            out.append(_ESCAPES.get(code, "\\" + code))  # an unknown escape stays as written
            at += 2
    return "".join(out)
