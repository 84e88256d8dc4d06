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

# The per-language patterns and word lists live in readoutdiff.languages.en, .ru and .zh (as text,
# compiled by ``re`` at their first use: a run compiles its language's alone); the Chinese and
# Russian modules are imported only for a readout of their language.


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
    text = _folded(text, language)
    if language == "zh":
        from readoutdiff.languages.zh import NAME_NOT_FIRST, NOT_NAMES, OFFICE_NAMES

        return frozenset(
            name
            for name in re.findall(OFFICE_NAMES, text)
            if name[0] not in NAME_NOT_FIRST and name not in NOT_NAMES
        )
    if language == "ru":
        return frozenset(word[:5] for word in _russian_names(text))
    if language != "en":
        return frozenset()
    from readoutdiff.languages.en import NAME_AFTER_OFFICE, NAME_WORD, NOT_NAMES, UNNAMED_OFFICES

    said: set[str] = set(re.findall(UNNAMED_OFFICES, text))
    headlines = _headlines(text)
    for found in re.finditer(NAME_AFTER_OFFICE, text):
        name = re.split(r"(?<=\w\w)\.(?:[ \t]|$)", found.group(1))[0]  # a sentence ends it
        for word in re.findall(NAME_WORD, name):
            word = word.rstrip(".'’").removesuffix("'s").removesuffix("’s")
            if word in NOT_NAMES or len(word) < 2:
                continue
            if _in(found.start(), headlines) and not _told_elsewhere(word, text, headlines):
                continue  # a headline's word after an office ("President Agree on Wide Range")
            said.add(_plain(word))
    return frozenset(said)


def _russian_names(text: str) -> list[str]:
    """The words of the names a Russian ``text`` (ё as е) gives: the capitalised words after an
    office, and the runs of two capitalised words or more (a first name and a surname), both
    without the words that are no name (offices, countries, bodies, sentence openers:
    :func:`readoutdiff.languages.ru.not_name`). A run's words left alone between such words are
    no name either, nor a run of adjectives and their noun ("Великой Отечественной")."""
    from readoutdiff.languages.ru import ADJECTIVE_ENDS, NAME_RUNS, OFFICE_NAMES, not_name

    lower = set(re.findall(r"\b[а-яе]+\b", text))  # a word also written small is no name
    words = [
        word
        for found in re.findall(OFFICE_NAMES, text)
        for word in found.split()
        if not not_name(word) and word.lower() not in lower
    ]
    for run in re.findall(NAME_RUNS, text):
        kept: list[str] = []
        for word in [*run.split(), ""]:
            if word and not not_name(word) and word.lower() not in lower:
                kept.append(word)
                continue
            if len(kept) >= 2 and not all(word.endswith(ADJECTIVE_ENDS) for word in kept):
                words += kept
            kept = []
    return words


def _headlines(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s lines written in Title Case are (start, end)."""
    from readoutdiff.languages.en import title_case

    spans, start = [], 0
    for line in text.split("\n"):
        if title_case(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _in(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _told_elsewhere(word: str, text: str, headlines: list[tuple[int, int]]) -> bool:
    """Whether ``text`` writes ``word`` outside its Title Case lines (a name a headline gives is
    given again by its body: "Xi Jinping"; a headline's verb is not)."""
    return any(
        not _in(found.start(), headlines) for found in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


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

    def plain(run: re.Match[str]) -> str:
        return "".join(
            c for c in unicodedata.normalize("NFKD", run.group()) if not unicodedata.combining(c)
        )

    # Only the runs past ASCII decompose (an ASCII character is its own NFKD and no mark), so
    # a long text with a few accented names is not walked character by character in Python.
    return re.sub(r"[^\x00-\x7f]+", plain, text)


def names_one(keys: frozenset[str], text: str, language: str) -> bool:
    """Whether ``text`` holds any of ``keys`` (:func:`named`): a word of a name (English, a
    whole word; Russian, a word it begins) or a name's two characters (Chinese)."""
    text = _folded(text, language)
    if language == "zh":
        return any(key in text for key in keys)
    if not keys:
        return False
    if language == "ru":
        return re.search(r"\b(?:" + "|".join(map(re.escape, sorted(keys))) + ")", text) is not None
    from readoutdiff.languages.en import UNNAMED_OFFICES

    text = _plain(text)
    offices = sorted(key for key in keys if key.startswith("The "))
    words = sorted(key for key in keys if not key.startswith("The "))
    if offices and any(found in offices for found in re.findall(UNNAMED_OFFICES, text)):
        return True  # an office named without a name, named so whole by both
    return (
        bool(words)
        and re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", text) is not None
    )


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
    folded = _folded(opening, language)
    found: dict[str, tuple[int, str]] = {}
    for key in keys:
        if key.startswith("The "):
            continue
        if language == "en":  # the word as written, accents and all
            whole = _written(key, opening)
            at = where.start() if (where := re.search(rf"\b{re.escape(whole)}\b", opening)) else -1
        elif language == "ru":  # a name as the text says it first, not its first five letters
            where = re.search(rf"\b{re.escape(key)}[\w-]*", folded)
            at = where.start() if where else -1
            whole = opening[at : where.end()] if where else key
        else:
            from readoutdiff.languages.zh import name_at

            at = folded.find(key)
            whole = name_at(folded, at) if at >= 0 else key  # then as written (習近平)
            if at >= 0 and len(opening) == len(folded):
                whole = opening[at : at + len(whole)]
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


def _written(key: str, text: str) -> str:
    """The word of ``text`` that ``key`` is without its accents (``Erdoğan`` for ``Erdogan``)."""
    return next((word for word in re.findall(r"\w+", text) if _plain(word) == key), key)
