"""Languages: one module per language, and the script rules that cut any text into words.

Each language module (:mod:`~readoutdiff.languages.en`, ``zh``, ``ru``, and
``other`` for the rest) holds its sentence abbreviations and word stems behind
one :class:`~readoutdiff.languages.base.Language` record; adding a language is
adding a module and one line to ``_MODULES``. Words are cut by script, not by
the readout's language, so a Chinese name inside an English readout is still
cut by jieba and a mixed readout loses nothing.

>>> tokens("中方高度重视 core interests!")
['中方', '高度重视', ' ', 'core', ' ', 'interests', '!']
>>> words(match_fold("堅定支持 Core Interests"))
['坚定', '支持', 'core', 'interests']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from readoutdiff.languages import en, other, ru, zh
from readoutdiff.languages.base import Language
from readoutdiff.languages.detect import NAMED, Detected, detect
from readoutdiff.languages.folding import fold
from readoutdiff.model import Sentence
from readoutdiff.text.wide import has_wide, lazy

__all__ = ["Detected", "Language", "detect", "language", "match_fold", "tokens", "words"]

_MODULES = (en, zh, ru)
LANGUAGES: dict[str, Language] = {module.LANGUAGE.code: module.LANGUAGE for module in _MODULES}
UNKNOWN = other.LANGUAGE

_HAN_RUN = f"[{zh.HAN}]+"
_SINGLE = f"[{other.NO_SPACE}]"
_PLAIN_WORD = rf"(?:(?![{zh.HAN}{other.NO_SPACE}])\w)+"
_TOKEN = lazy(rf"({_HAN_RUN})|{_SINGLE}|{_PLAIN_WORD}|\s+|[^\w\s]", re.S)
_WORD = lazy(rf"({_HAN_RUN})|{_SINGLE}|{_PLAIN_WORD}")
_CUT_APART = lazy(f"[{zh.HAN}{other.NO_SPACE}]")
_PLAIN = re.compile(r"\w\w*")  # \w+: opened by one \w, a set to skip ahead by (wordshape)
"""The words of text with no character of ``_CUT_APART``: what ``_WORD`` finds there, faster."""
_ASCII_GAPS = "".join(c if c.isalnum() or c == "_" else " " for c in map(chr, range(128)))
"""Each ASCII character ``\\w`` does not match, as a space: in ASCII text the runs ``_PLAIN``
finds are what ``str.split`` leaves once every such character is one (``\\w`` is
``[A-Za-z0-9_]`` there). One ``translate`` and one ``split`` in C: about half the instructions
of the pattern's ``findall``, which restarts its search after each word. A table of all 128
characters, each word character its own: ``str.translate`` finds every ASCII character in it,
where a table of the gaps alone raised and caught a ``KeyError`` for each distinct letter of
each text (2.5 times the time of the translation)."""
_ASCII_GAPS_BYTES = _ASCII_GAPS.encode("ascii") + bytes(range(128, 256))
""":data:`_ASCII_GAPS` as a table of ``bytes.translate``: one byte looked up a character in C,
where ``str.translate`` looked each character up in its table as an object (a sentence's
words: ~8 M instructions of a 500 KB pair's aligner, ~2 M so; the same words)."""
_PLAIN_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
"""What ``_TOKEN`` finds in text without a wide character (see :mod:`readoutdiff.text.wide`)."""
_ASCII_TOKEN = re.compile(
    r"[A-Za-z0-9_]+|[\t\n\x0b\x0c\r\x1c-\x1f ]+|[^A-Za-z0-9_\t\n\x0b\x0c\r\x1c-\x1f ]"
)
"""``_PLAIN_TOKEN`` for ASCII text, where ``\\w`` is ``[A-Za-z0-9_]`` and ``\\s`` these ten
characters (``str.isspace``'s ASCII ones): ``re`` tests a range of a set without a Unicode
category lookup a character (a fifth fewer instructions; a changed pair's word diff cuts both
texts so)."""


def language(code: str) -> Language:
    """Return the language of ``code``; an unknown code gives the character-by-character fallback."""
    return LANGUAGES.get(code, UNKNOWN)


@cache
def function_stems(code: str) -> frozenset[str]:
    """The function words of the language ``code`` by matching key (empty when it lists none).

    >>> sorted(function_stems("ru") & {"в", "такж", "котор", "сотрудничеств"}), function_stems("en")
    (['в', 'котор', 'такж'], frozenset())
    """
    found = language(code)
    return found.function_stems or frozenset(map(found.stem, found.function_words))


def match_fold(text: str) -> str:
    """Fold ``text`` for matching (see :func:`readoutdiff.languages.folding.fold`), Chinese to Simplified, ё to е.

    Like :func:`~readoutdiff.languages.folding.fold`, this never feeds an output.
    """
    folded = fold(text)
    if folded.isascii():
        return folded
    return zh.simplified(folded).replace("ё", "е")


def tokens(text: str) -> list[str]:
    """Cut ``text`` into words, white-space runs and punctuation marks; their join is ``text``."""
    if text.isascii():
        return _ASCII_TOKEN.findall(text)
    if not has_wide(text):
        return _PLAIN_TOKEN.findall(text)
    return _segmented(_TOKEN(), text)


def words(folded: str) -> list[str]:
    """Cut folded text into its words (no spaces or punctuation).

    >>> words("the u.s.-china talks' 2nd_round"), words("核心利益 и «дружба»")
    (['the', 'u', 's', 'china', 'talks', '2nd_round'], ['核心', '利益', 'и', 'дружба'])
    """
    if folded.isascii():  # most sentences of English readouts: _PLAIN's runs, cut in C
        return folded.encode("ascii").translate(_ASCII_GAPS_BYTES).decode("ascii").split()
    if not has_wide(folded) or not _CUT_APART().search(folded):
        return _PLAIN.findall(folded)  # no script cut by a segmenter or per character
    return _segmented(_WORD(), folded)


def _segmented(pattern: re.Pattern[str], text: str) -> list[str]:
    """The matches of ``pattern`` in ``text``, a run of Chinese (its group 1) cut into words."""
    found: list[str] = []
    for match in pattern.finditer(text):
        if match.group(1):
            found.extend(zh.cut(match.group(1)))
        else:
            found.append(match.group())
    return found


def notes(found: Detected, sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """Say what the reader should know about a readout's language."""
    said = []
    if found.named:
        said.append(no_rules(found.named))
    elif found.code == UNKNOWN.code:
        said.append(
            "language not recognised: compared word by word where spaces part words, else by character"
        )
    if found.mixed:
        said.append(
            "mixed text: also "
            + ", ".join(NAMED.get(code) or language(code).name for code in found.mixed)
        )
    if found.code == "zh" and zh.is_traditional("".join(s.text for s in sentences[:200])):
        said.append(TRADITIONAL)
    return tuple(said)


_COMPARED = {"Japanese": "kana compared by character, kanji cut as Chinese words"}
"""How the text of a language named by :func:`detect` but without rules is compared."""

TRADITIONAL = "Traditional Chinese: matched through Simplified characters"
"""The note a readout in Traditional Chinese carries (its HTML text is ``lang="zh-Hant"``)."""


def html_lang(code: str, notes: Sequence[str] = ()) -> str:
    """The ``lang`` of a readout's text in an English page: empty for English or unknown text,
    but for a language told by name (Japanese: its glyphs, not Chinese ones, in a browser).

    >>> html_lang("en"), html_lang("und"), html_lang("ru"), html_lang("zh"), html_lang("zh", [TRADITIONAL])
    ('', '', 'ru', 'zh-Hans', 'zh-Hant')
    >>> html_lang("und", [no_rules("Japanese")])
    'ja'
    """
    if code == "zh":
        return "zh-Hant" if TRADITIONAL in notes else "zh-Hans"
    if code == UNKNOWN.code:
        return next((named for named, name in NAMED.items() if no_rules(name) in notes), "")
    return "" if code == "en" else code


def no_rules(name: str) -> str:
    """The note of a text in ``name``, a language :func:`detect` names without rules for it."""
    return f"{name}, which readoutdiff has no rules for: {_COMPARED[name]}"


def stem(word: str) -> str:
    """Matching key of one folded word: Snowball for Cyrillic, the word for Chinese, else a prefix."""
    return ru.stem(word)
