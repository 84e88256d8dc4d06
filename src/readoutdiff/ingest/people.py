"""Who a readout names, by its text: the names after an office (``President Xi Jinping``,
``Президентом Франции Эммануэлем Макроном``, ``总统普京``), for a warning that two readouts
given as a pair name no one in common and so seem to be of two meetings (ux20: an
Obama–Cameron page against the Xi–Putin sample compared at similarity 0.00 with no word,
when neither file name says its series).

Cheap and one-sided: a name is looked for, not understood. A word taken wrongly for a name
(a headline's ``Meets``, a country after the office) only makes a shared name likelier, so
the warning rarer; what the warning needs is that each readout names someone after an office
and that none of those names is found anywhere in the other text.
"""

from __future__ import annotations

import re

# Patterns as text, compiled by ``re`` at their first use: a run compiles its language's alone
# (five compiled at import were 2.4 ms of every ``readoutdiff A B`` of unnamed files).

_EN_OFFICE = (
    r"(?:Vice[- ])?President|Prime Minister|Premier|Chancellor|Secretary[- ]General"
    r"|Secretary of State|Secretary|(?:Foreign |Defen[cs]e )?Minister|King|Queen"
    r"|Crown Prince|Prince|Emir|Amir|Sultan|Sheikh|Chairman|Taoiseach|Pope"
    r"|(?:Security |Senior )?Advis[eo]r|Spokesperson|Ambassador"
)
_EN_UNNAMED = (
    r"\bThe (?:Prime Minister|President|Chancellor|Secretary-General|Foreign Secretary"
    r"|Secretary|Premier|Taoiseach|King)\b(?! of\b)"
)
"""An office a readout names its own side by (gov.uk's "The Prime Minister spoke to President
Erdogan"): two readouts saying one such may well share that participant."""
_EN_NAME = (
    rf"\b(?:{_EN_OFFICE})[ \t]+((?:(?:al|bin|ibn|bint|von|der|van|de|du|da|el)[- ]"
    r"|[A-Z][\w'’.-]+[ \t]?){1,4})"
)
_EN_WORD = r"[A-Z][\w-]*"
_NOT_NAMES = frozenset(
    "Meets Meeting Met Holds Hold Held Call Calls Phone Talks Readout Statement With And Of On"
    " The In To For At By Speaks Spoke Visit Visits II III IV Jr Sr No".split()
)
_RU_NAME = (
    r"(?:Президент|Премьер-министр|Председател|Канцлер|Корол|Принц|Эмир|Султан|Министр"
    r"|Госсекретар|Генеральн\w* секретар|Генсек|Вице-президент)\w*"
    r"((?:[ \t]+[А-ЯЁ][а-яё-]+){1,4})"
)
_RU_PERSON = r"\b([А-ЯЁ][а-яё]{2,})[ \t]+([А-ЯЁ][а-яё]{2,})"
"""A first name and a surname (``Владимир Путин``): Kremlin readouts name their own side
without an office."""
_ZH_NAME = (
    r"(?:主席|总统|总理|首相|国王|女王|王储|埃米尔|苏丹|国务卿|外长|部长|秘书长|议长|委员长|亲王)"
    r"([\u4e00-\u9fff]{2})"
)

_ZH_NOT_FIRST = frozenset("同与和对的是在会举提表指强说通高深连级共基卓致首就也还将并等及")
"""Characters that open the words after an office that are no name (总理提出, 总统同…)."""


def named(text: str, language: str) -> frozenset[str]:
    """The names ``text`` gives after an office, as keys :func:`names_one` looks for: in
    English a name's words, in Russian their first five letters (a name is declined:
    ``Макрон``, ``Макроном``), in Chinese a name's first two characters.

    >>> sorted(named("President Xi Jinping held talks with Russian President Vladimir Putin.", "en"))
    ['Jinping', 'Putin', 'Vladimir', 'Xi']
    >>> sorted(named("国家主席习近平同俄罗斯总统普京举行会谈。", "zh"))
    ['习近', '普京']
    """
    text = _folded(text, language)
    if language == "zh":
        return frozenset(
            name for name in re.findall(_ZH_NAME, text) if name[0] not in _ZH_NOT_FIRST
        )
    if language == "ru":
        words = [w for found in re.findall(_RU_NAME, text) for w in found.split()]
        words += [w for pair in re.findall(_RU_PERSON, text) for w in pair]
        return frozenset(word[:5] for word in words)
    if language != "en":
        return frozenset()
    said: set[str] = set(re.findall(_EN_UNNAMED, text))
    for found in re.findall(_EN_NAME, text):
        for word in re.findall(_EN_WORD, found):
            word = word.rstrip(".'’").removesuffix("'s").removesuffix("’s")
            if word not in _NOT_NAMES and len(word) > 1:
                said.add(_plain(word))
    return frozenset(said)


def _folded(text: str, language: str) -> str:
    """``text`` as names are looked for in it: Traditional Chinese as Simplified (習近平 is
    习近平), ``ё`` as ``е``."""
    if language == "zh":
        from readoutdiff.languages.zh import simplified

        return simplified(text)
    return text.replace("ё", "е").replace("Ё", "Е") if language == "ru" else text


def _plain(text: str) -> str:
    """``text`` without its accents (``Erdoğan`` is ``Erdogan`` in another readout)."""
    import unicodedata

    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def names_one(keys: frozenset[str], text: str, language: str) -> bool:
    """Whether ``text`` holds any of ``keys`` (:func:`named`): a word of a name (English, a
    whole word; Russian, a word it begins) or a name's two characters (Chinese)."""
    text = _folded(text, language)
    if language == "zh":
        return any(key in text for key in keys)
    if not keys:
        return False
    pattern = (
        r"\b(?:" + "|".join(map(re.escape, sorted(keys))) + (r")" if language == "ru" else r")\b")
    )
    return re.search(pattern, text if language == "ru" else _plain(text)) is not None


NAMED_IN = 3000
"""How much of a readout's opening its names are taken from: a readout names who met in its
title and first paragraphs, and a 500 KB text read whole cost 90 ms a run."""
LOOKED_IN = 30000
"""How much of the other readout a name is looked for in (a name its opening leaves out)."""


def no_one_shared(
    first: str, second: str, language: str
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The names of ``first`` and of ``second`` (one ``language``) when each names someone
    after an office in its opening (:data:`NAMED_IN`) and neither names any of the other's
    (:data:`LOOKED_IN`); else None."""
    ours, theirs = named(first[:NAMED_IN], language), named(second[:NAMED_IN], language)
    if not ours or not theirs:
        return None
    if names_one(ours, second[:LOOKED_IN], language) or names_one(
        theirs, first[:LOOKED_IN], language
    ):
        return None
    return ours, theirs


def shown(keys: frozenset[str], text: str, language: str) -> str:
    """Up to four of ``keys`` in the order ``text`` first names them, for a warning: ``Xi,
    Jinping, Vladimir, Putin`` (an office named without a name, "The President", aside)."""
    folded = _folded(text[:NAMED_IN], language)
    some = sorted((key for key in keys if not key.startswith("The ")), key=lambda key: (
        folded.find(key) % (len(folded) + 1), key))[:4]  # fmt: skip
    if language == "ru":  # a name as the text says it first, not its first five letters
        some = [(found.group() if (found := re.search(rf"\b{key}\w*", folded)) else key)
                for key in some]  # fmt: skip
    return ", ".join(some)
