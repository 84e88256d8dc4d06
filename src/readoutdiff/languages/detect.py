"""Tell a readout's language from the scripts its letters are written in.

A rule, not a model: each Chinese character counts as three letters
(it carries a word, so it is few beside Latin names); the script holding at
least half of the letters names the language: Chinese characters → Chinese,
Cyrillic → Russian, Latin → English (unless 20 words or more hold few English function
words); anything else is "und"
(undetermined), compared by white-space word or character. Kana (hiragana, katakana) make up
a fifth or more of a text's Chinese characters and kana only in Japanese: such a text is
Japanese, which the tool has no rules for, so it is "und" too, named (``named``) for the note
that says so, and its Chinese characters count with its kana. A second script
holding at least a fifth of the letters makes the text *mixed*. On the
bilingual evaluation set (``eval/bilingual``) the rule is right for every
file; ``benchmarks/bench_languages.py`` prints its speed.

>>> detect("中方高度重视发展两国关系。").code, detect("Стороны обсудили вопросы.").code
('zh', 'ru')
>>> detect("The two sides discussed trade and the situation in the region.").code
'en'
>>> detect("สวัสดีครับ ทั้งสองฝ่ายหารือกัน").code
'und'
>>> detect("岸田総理大臣は本日、電話会談を行いました。")
Detected(code='und', mixed=(), named='Japanese')
"""

from __future__ import annotations

import re

from readoutdiff.records.record import record_positional
from readoutdiff.text.wide import CYRILLIC_CHAR, HAN_CHAR, has_wide

_SCRIPTS = {
    "cyrillic": CYRILLIC_CHAR,
    "latin": re.compile("[A-Za-z\u00c0-\u024f]"),
}
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
"""Hiragana, katakana (and its phonetic extensions, half-width forms): written in Japanese only."""
_KANA_SHARE = 0.2
"""Kana among a text's Chinese characters and kana from which it is Japanese (MOFA Japan's
releases hold about 40 %; a Chinese readout none but in a quoted Japanese name or title)."""
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_BYTES = bytes(range(128))
"""The ASCII bytes, deleted from UTF-8 text to leave its characters past ASCII."""
_NOT_ASCII_LETTER = bytes(
    code for code in range(256) if not (0x41 <= code <= 0x5A or 0x61 <= code <= 0x7A)
)
"""Every byte but the ASCII letters: deleted from UTF-8 text, they leave its ASCII letters."""
_WORD_BYTES = bytes(
    code + 0x20 if 0x41 <= code <= 0x5A else code if 0x61 <= code <= 0x7A else 0x20
    for code in range(256)
)
"""The ASCII letters lowered and every other byte made a space: the UTF-8 text's words of ASCII
letters (each run of ``[A-Za-z]``), lowered, are then what ``split()`` cuts, in C (no byte of
a character past ASCII is a letter)."""
LOWERED_TO_ASCII = ("\u0130", "\u212a")
"""The characters past ASCII whose lower case holds an ASCII letter ("İ" → "i̇", the Kelvin sign
→ "k"; tests/test_detect_words.py asks every character of this Python's Unicode): a sample
holding one is lowered as a whole first."""
_ENGLISH = frozenset(b"the of and to in a is that for on with as by was were are be will".split())
_SECOND_SCRIPT = 0.2
_SAMPLE = 20_000
"""Characters read from the start of the text: plenty to tell a script, bounded time."""


@record_positional
class Detected:
    """The language found and the scripts mixed into the text."""

    code: str
    mixed: tuple[str, ...] = ()
    """Language codes of other scripts holding at least a fifth of the letters."""
    named: str = ""
    """The name of a language told by its script that the tool has no rules for ("Japanese";
    its code is "und"), else empty."""


def detect(text: str) -> Detected:
    """Return the language of ``text`` by script (see the module text)."""
    sample = text[:_SAMPLE]
    # ASCII letters are counted in C on the bytes (A-Z and a-z are what the patterns match of
    # ASCII); the patterns read only the characters past ASCII, which are few in most readouts.
    encoded = sample.encode("utf-8")
    ascii_letters = len(encoded.translate(None, _NOT_ASCII_LETTER))
    # The characters past ASCII, in order: the ASCII bytes deleted from the UTF-8 (no byte of
    # a character past ASCII is one), in C, where a pattern's substitution read each run.
    wide = encoded.translate(None, _ASCII_BYTES).decode("utf-8")
    letters = ascii_letters + len(_LETTER.findall(wide))
    if not letters:
        return Detected("und")
    wide_text = has_wide(wide)
    kana = len(_KANA.findall(wide)) if wide_text else 0
    counts = {
        "han": len(HAN_CHAR().findall(wide)) if wide_text else 0,
        "cyrillic": len(_SCRIPTS["cyrillic"].findall(wide)),
        "latin": ascii_letters + len(_SCRIPTS["latin"].findall(wide)),
    }
    # A Chinese character carries a word: weigh it like the letters of a short word.
    weighted = {**counts, "han": counts["han"] * 3}
    if kana and kana >= _KANA_SHARE * (counts["han"] + kana):
        # Japanese: its Chinese characters (kanji) and its kana are one script of one language.
        counts["kana"] = kana
        weighted["kana"] = weighted.pop("han") + kana
    total = sum(weighted.values()) + letters - sum(counts.values())
    share = {script: count / total for script, count in weighted.items()}
    first = max(sorted(share), key=share.__getitem__)
    if share[first] < 0.5:
        return Detected("und")
    code = _code(first, sample, encoded)
    named = NAMED.get(code, "")
    mixed = tuple(
        _code(script, sample, encoded)
        for script in sorted(share, key=lambda script: (-share[script], script))
        if script != first
        and share[script] >= _SECOND_SCRIPT
        and _code(script, sample, encoded) != code
    )
    return Detected("und", mixed, named) if named else Detected(code, mixed)


NAMED = {"ja": "Japanese"}
"""Languages told by script that the tool has no rules for, by code."""


def _code(script: str, sample: str, encoded: bytes) -> str:
    """The language of ``sample`` (``encoded``: its UTF-8) told by its ``script``."""
    if script == "han":
        return "zh"
    if script == "kana":
        return "ja"
    if script == "cyrillic":
        return "ru"
    # The runs of [A-Za-z] of the lowered sample, as bytes cut in C from the UTF-8 already made:
    # the sample lowered, a pattern's findall making a string of each word and a Python step
    # counting each cost 7 M instructions a text of 20,000 characters.
    if any(map(sample.__contains__, LOWERED_TO_ASCII)):
        encoded = sample.lower().encode("utf-8")
    words = encoded.translate(_WORD_BYTES).split()
    english = sum(map(_ENGLISH.__contains__, words))
    # Too short to tell by function words: Latin script is read as English.
    return "en" if len(words) < 20 or english >= 0.05 * len(words) else "und"
