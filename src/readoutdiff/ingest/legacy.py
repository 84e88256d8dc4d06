"""Name the legacy encoding a file that is not UTF-8 was most likely saved in.

Only the error path reads this: a readout in GBK or Windows-1251 is refused
(plain text must be UTF-8 or UTF-16), and the one line that says so names the
encoding the bytes read as, so a user knows what to convert from.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LOWER = re.compile(r"[\u0430-\u044f\u0451]")
_CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_IN_CHINESE = re.compile(
    r"[\u0391-\u03c9\u0401-\u0451\u2010-\u2026\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
)
"""What GBK and Big5 hold beyond ASCII: Chinese, and Greek and Cyrillic letters (a lexicon's
Russian wordings), typographic dashes and quotes."""
_SINGLE = re.compile(r"(?<![^\x00-\x7f])[^\x00-\x7f](?![^\x00-\x7f])")
_RUN = re.compile(r"[^\x00-\x7f]{2,}")
_LATIN = re.compile(r"[\u00a0-\u024f\u2010-\u2026]")
_SHARE = 0.9
"""Share of the non-ASCII characters that must be of the script a guess names."""


_CANDIDATES = (
    ("Windows-1251 (Russian)", "cp1251", _CYRILLIC),
    ("KOI8-R (Russian)", "koi8_r", _CYRILLIC),
    ("GBK or GB18030 (Chinese; or Big5)", "gb18030", _IN_CHINESE),
    ("Big5 (Chinese)", "big5", _IN_CHINESE),
    ("Windows-1252 or Latin-1 (Western European)", "cp1252", _LATIN),
)
"""Tried in this order: Russian first, as GBK bytes are no Cyrillic prose in either."""


def guess(data: bytes) -> str:
    r"""Return the legacy encoding ``data`` reads as, for an error line, or ``""``.

    >>> guess("Лидеры выразили удовлетворение".encode("cp1251"))
    'Windows-1251 (Russian)'
    >>> guess("Лидеры выразили удовлетворение".encode("koi8_r"))
    'KOI8-R (Russian)'
    >>> guess("中澳之间没有根本利益冲突".encode("gbk"))
    'GBK or GB18030 (Chinese; or Big5)'
    >>> guess("The leaders\x92 \x93shared\x94 values".encode("latin-1"))
    'Windows-1252 or Latin-1 (Western European)'
    >>> guess("Le café où la réunion s'est tenue".encode("latin-1"))
    'Windows-1252 or Latin-1 (Western European)'
    >>> guess("央視網消息".encode("big5"))
    'Big5 (Chinese)'
    >>> guess(bytes(range(128, 256)))
    ''
    """
    for name, encoding, script in _CANDIDATES:
        text = _decoded(data, encoding)
        if text is not None and _mostly(text, script) and _prose(text, encoding):
            return name
    return ""


def _decoded(data: bytes, encoding: str) -> str | None:
    """Decode ``data`` strictly in ``encoding``, or ``None`` where it cannot be."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _mostly(text: str, script: re.Pattern[str]) -> bool:
    """Tell whether the non-ASCII characters of ``text`` are mostly of ``script``."""
    wide = [char for char in text if ord(char) > 127]
    return bool(wide) and sum(1 for char in wide if script.match(char)) >= _SHARE * len(wide)


def _prose(text: str, encoding: str) -> bool:
    """Tell whether ``text`` read from ``encoding`` reads as prose of its script.

    Latin prose has a letter or quote beyond ASCII here and there, one at a time. A Russian or Chinese text has its
    script's letters in runs, not one at a time inside Latin words ("café" in Latin-1 reads
    as "cafй" in Windows-1251); Cyrillic is mostly lower case (KOI8-R's lower-case letters
    are Windows-1251's capitals: the case tells them apart).
    """
    if encoding == "cp1252":  # one such letter or mark at a time, not pairs of GBK bytes
        return len(_SINGLE.findall(text)) > len(_RUN.findall(text))
    script = _CYRILLIC if encoding in {"cp1251", "koi8_r"} else _CHINESE
    runs = re.findall(f"(?:{script.pattern}){{2,}}", text)
    inside_latin = re.findall(f"[A-Za-z]{script.pattern}|{script.pattern}[A-Za-z]", text)
    if len(runs) <= len(inside_latin):
        return False
    letters = len(script.findall(text))
    return script is _CHINESE or len(_CYRILLIC_LOWER.findall(text)) > letters / 2
