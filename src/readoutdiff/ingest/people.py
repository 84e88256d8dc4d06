"""Who a readout names, by its text: the names after an office (``President Xi Jinping``,
``Президентом Франции Эммануэлем Макроном``, ``总统普京``), for a warning that two readouts
given as a pair name no one in common and so seem to be of two meetings (ux20: an
Obama–Cameron page against the Xi–Putin sample compared at similarity 0.00 with no word,
when neither file name says its series).

Cheap and one-sided: a name is looked for, not understood. A word taken wrongly for a name
(a headline's ``Meets``, a country after the office) only makes a shared name likelier, so
the warning rarer; what the warning needs is that each readout names someone after an office
and that none of those names is found anywhere in the other text.

What differs by language (the offices, the words that are no name, Russian's declined names,
Chinese read as Simplified, English's Title Case headlines and accents) is read by the
language's own module, :mod:`readoutdiff.languages.en`, ``ru`` and ``zh`` (:class:`NameRules`);
this module asks the one of a readout's language, and joins what it finds.
"""

from __future__ import annotations

import re
from typing import Protocol


class NameRules(Protocol):
    """What a language's module (:mod:`readoutdiff.languages.en`, ``ru``, ``zh``) tells of the
    names a readout gives, its patterns and word lists beside them (ux24: this module held
    each language's branch and English's Title Case reading)."""

    def names(self, text: str) -> frozenset[str]: ...

    def names_one(self, keys: frozenset[str], text: str) -> bool: ...

    def name_written(self, key: str, opening: str) -> tuple[int, str]: ...


def _rules(language: str) -> NameRules | None:
    """The module that reads ``language``'s names; None for a language no module reads names
    of. The Chinese and Russian modules are imported only for a readout of their language."""
    if language == "en":
        from readoutdiff.languages import en

        return en
    if language == "ru":
        from readoutdiff.languages import ru

        return ru
    if language == "zh":
        from readoutdiff.languages import zh

        return zh
    return None


def named(text: str, language: str) -> frozenset[str]:
    """The names ``text`` gives after an office, as keys :func:`names_one` looks for: in
    English a name's words, in Russian their first five letters (a name is declined:
    ``Макрон``, ``Макроном``), in Chinese a name's first two characters.

    >>> sorted(named("President Xi Jinping held talks with Russian President Vladimir Putin.", "en"))
    ['Jinping', 'Putin', 'Vladimir', 'Xi']
    >>> sorted(named("国家主席习近平同俄罗斯总统普京举行会谈。", "zh"))
    ['习近', '普京']
    >>> sorted(named("Президент России Владимир Путин провел переговоры с Президентом Республики"
    ...              " Беларусь Александром Лукашенко.", "ru"))
    ['Алекс', 'Влади', 'Лукаш', 'Путин']
    """
    rules = _rules(language)
    return frozenset() if rules is None else rules.names(text)


def names_one(keys: frozenset[str], text: str, language: str) -> bool:
    """Whether ``text`` holds any of ``keys`` (:func:`named`): a word of a name (English, a
    whole word; Russian, a word it begins) or a name's two characters (Chinese)."""
    rules = _rules(language)
    return rules is not None and rules.names_one(keys, text)


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
    """Up to four names behind ``keys`` in the order ``text`` first names them, as it
    writes them, whole, for a warning: ``Xi Jinping, Vladimir Putin``, ``Erdoğan`` (not
    ``Erdogan``), ``Лукашенко``, ``赵乐际`` (not ``赵乐``); an office named without a name ("The
    President") aside.

    >>> text = "Президент России Владимир Путин провел переговоры с Президентом Республики Беларусь Александром Лукашенко."
    >>> shown(named(text, "ru"), text, "ru")
    'Владимир Путин, Александром Лукашенко'
    >>> text = "President Erdoğan spoke to Prime Minister Starmer."
    >>> shown(named(text, "en"), text, "en")
    'Erdoğan, Starmer'
    >>> text = "國家主席習近平同西班牙首相桑切斯舉行會談。"
    >>> shown(named(text, "zh"), text, "zh")
    '習近平, 桑切斯'
    """
    opening = text[:NAMED_IN]
    rules = _rules(language)
    found: dict[str, tuple[int, str]] = {}
    for key in keys:
        if key.startswith("The ") or rules is None:
            continue
        at, whole = rules.name_written(key, opening)
        found[key] = (at % (len(opening) + 1), whole)
    names: list[tuple[int, str]] = []  # the words of one name, side by side, made one
    for at, whole in sorted(found.values()):
        gap = opening[names[-1][0] : at] if names and at < len(opening) else "."
        if re.fullmatch(r"[ \t]*(?:[A-Z]\.[ \t]*)*", gap):  # "Donald J. Trump" one name
            names[-1] = (
                at + len(whole),
                f"{opening[names[-1][0] - len(names[-1][1]) : at]}{whole}",
            )
            continue
        names.append((at + len(whole), whole))
    return ", ".join(list(dict.fromkeys(whole for _, whole in names))[:4])
