"""A dated thing whose only change is its time words is kept (convention (k), issue 10 point 3).

A visit, a summit, a meeting, an anniversary said in both readouts is one thing; the words that
only place it in time change because the calendar moved, not because the line did: "President
Macron's upcoming travel to the People's Republic" / "… recent travel to the People's Republic",
"the G7 Summit in June" / "… next month", 明年 / 今年, "предстоящий визит" / "недавний визит".
:func:`retimed` tells such a change *persisted* (``variant``): its two wordings are the same
words once each language's closed list of time words is taken out
(:data:`readoutdiff.languages.en.TIME_WORDS`, :data:`readoutdiff.languages.zh.TIME_WORDS`,
:data:`readoutdiff.languages.ru.TIME_STEMS`). Where anything else differs (a new predicate, an
item added, the act around the thing) the change stays told.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> said = "After long talks they discussed President Macron's {} travel to the People's Republic."
>>> a, b = from_text(said.format("upcoming")), from_text(said.format("recent"))
>>> [(f.status.value, f.a_text, f.b_text, f.variant) for f in compare(a, b).formulas]
[('persisted', "upcoming travel to the People's Republic", "recent travel to the People's Republic", True)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readoutdiff.formulas.linking.kept_wordings import WORDING
from readoutdiff.languages import en, ru, zh
from readoutdiff.model import CONTEXT, REWORDED, Formula, FormulaStatus
from readoutdiff.records.replacing import replace
from readoutdiff.text.wide import lazy

_CHANGED, _PERSISTED = FormulaStatus.CHANGED, FormulaStatus.PERSISTED
_DROPPED, _APPEARED = FormulaStatus.DROPPED, FormulaStatus.APPEARED
# Compiled on first use: most comparisons never retime anything, and the stage is timed from
# a fresh interpreter.
_WORD = lazy(r"[^\W_]+(?:['’][^\W_]+)*")
_ZH_TIME = lazy("|".join(zh.TIME_WORDS))
_ZH_KEPT = lazy(r"[\W_]+")
_ANY_TIME = {
    "en": tuple(sorted(en.TIME_WORDS | en.TIME_UNITS)),
    "ru": (*ru.TIME_STEMS, *sorted(ru.TIME_WORDS)),
    "zh": zh.TIME_WORDS,
}
"""Per language, what a wording holding a time word holds somewhere in its lower-case text: a
change with none of these on either side is no retiming, read without splitting its words (a
word that only holds one, "bilateral", is read and kept)."""
LEAST_ZH = 4
"""Characters a Chinese wording keeps without its time words, at least: less is too little to
say which thing it is."""


def _timeless_en(text: str) -> tuple[str, ...]:
    """The words of an English wording less its time words, the calendar spans after one and
    the leads before one ("in June", "next month", "this year")."""
    words = [w.lower() for w in _WORD().findall(text)]
    gone = [False] * len(words)
    for i, word in enumerate(words):
        after_time = i > 0 and (gone[i - 1] or words[i - 1] in en.TIME_LEADS)
        gone[i] = word in en.TIME_WORDS or (word in en.TIME_UNITS and after_time)
    for i in range(len(words) - 2, -1, -1):
        if words[i] in en.TIME_LEADS and gone[i + 1]:
            gone[i] = True
    return tuple(w for w, out in zip(words, gone, strict=True) if not out)


def _timeless_ru(text: str) -> tuple[str, ...]:
    words = [w.lower().replace("ё", "е") for w in _WORD().findall(text)]
    return tuple(w for w in words if w not in ru.TIME_WORDS and not w.startswith(ru.TIME_STEMS))


def _timeless_zh(text: str) -> tuple[str, ...]:
    kept = _ZH_TIME().sub("", _ZH_KEPT().sub("", text))
    return (kept,) if len(kept) >= LEAST_ZH else ()


_TIMELESS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "en": _timeless_en,
    "ru": _timeless_ru,
    "zh": _timeless_zh,
}


def only_retimed(a_text: str, b_text: str, language: str) -> bool:
    """Whether two wordings in ``language`` say other words and are the same words once the
    time words are out, with a word of three letters or more (in Chinese :data:`LEAST_ZH`
    characters) left.

    >>> only_retimed("the G7 Summit in June", "the G7 Summit next month", "en")
    True
    >>> only_retimed("upcoming travel to China", "recent travel to Japan", "en")
    False
    >>> only_retimed("明年将迎来两国建交75周年", "今年是两国建交75周年", "zh")
    True
    >>> only_retimed("以明年建交75周年为契机", "今年是中匈建交75周年", "zh")
    False
    >>> only_retimed("предстоящий визит в Китай", "недавний визит в Китай", "ru")
    True
    """
    timeless, any_time = _TIMELESS.get(language), _ANY_TIME.get(language)
    if timeless is None or any_time is None:
        return False
    said = f"{a_text}\n{b_text}".lower()
    if not any(word in said for word in any_time):
        return False  # no time word: whatever differs is no time
    if _said(a_text, language) == _said(b_text, language):
        return False  # the same words: another spelling or punctuation is no time word
    kept = timeless(a_text)
    return kept == timeless(b_text) and any(len(w) >= 3 for w in kept)


def _said(text: str, language: str) -> tuple[str, ...]:
    """The words of ``text`` (in lower case; in Chinese its characters but for punctuation)."""
    if language == "zh":
        return (_ZH_KEPT().sub("", text),)
    return tuple(w.lower().replace("ё", "е") for w in _WORD().findall(text))


def retimed(formulas: Sequence[Formula], language: str) -> Sequence[Formula]:
    """``formulas`` (one readout language) with each change whose two wordings are the same
    words but for time words *persisted* (``variant``), under the formula's own id (less
    ``/reworded`` and a ``/wording`` tail); a change of the words governing a kept formula
    (``<id>/context``) that only retimes it is left out: the formula's own entry tells it kept.
    A change whose kept id another entry already holds stays told. A clause said alone on each
    side around one formula (``<id>/clause-a`` dropped, ``<id>/clause-b`` appeared: the Chinese
    anniversary, 明年将迎来两国建交75周年 / 今年是两国建交75周年) that only retimes it is that
    formula *persisted*, where no entry of its id stands. ``formulas`` itself when nothing is
    retimed."""
    if language not in _TIMELESS:
        return formulas
    taken = {f.id for f in formulas}
    out: list[Formula] = []
    fired = False
    for f in formulas:
        if (
            f.status is not _CHANGED or not f.a_text or not f.b_text
            or not only_retimed(f.a_text, f.b_text, language)
        ):  # fmt: skip
            out.append(f)
            continue
        fired = True
        if CONTEXT in f.id:
            continue
        name = f.id.replace(REWORDED, "", 1).removesuffix(WORDING)
        if name != f.id and name in taken:
            out.append(f)
            continue
        taken.add(name)
        out.append(replace(f, status=_PERSISTED, variant=True, id=name, anchor=None))
    halves = _halves_retimed(out, language, taken)
    if halves:
        merged = {id(f) for pair in halves for f in pair}
        out = [f for f in out if id(f) not in merged]
        out += [
            replace(
                dropped, status=_PERSISTED, variant=True, id=dropped.anchor or dropped.id,
                anchor=None, b_text=appeared.b_text, b_spans=appeared.b_spans,
            )
            for dropped, appeared in halves
        ]  # fmt: skip
        fired = True
    return out if fired else formulas


def _halves_retimed(
    formulas: Sequence[Formula], language: str, taken: set[str]
) -> list[tuple[Formula, Formula]]:
    """The (dropped, appeared) pairs of one-sided entries around the same formula (one
    ``anchor``, an id no other entry holds) whose wordings are the same but for time words;
    each entry in one pair at most."""
    appeared = [f for f in formulas if f.status is _APPEARED and f.anchor and f.b_text]
    if not appeared:
        return []
    pairs, used = [], set()
    for f in formulas:
        if f.status is not _DROPPED or not f.anchor or not f.a_text or f.anchor in taken:
            continue
        other = next(
            (
                g for g in appeared
                if id(g) not in used and g.anchor == f.anchor
                and only_retimed(f.a_text, g.b_text or "", language)
            ),
            None,
        )  # fmt: skip
        if other is not None:
            used.add(id(other))
            taken.add(f.anchor)
            pairs.append((f, other))
    return pairs
