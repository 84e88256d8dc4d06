"""Formula fates across languages: A in English, B in Chinese or Russian.

Words of two languages are never compared, so a formula one side holds is dropped (or
appeared) only when the lexicon gives it a wording in the other side's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from readoutdiff.model import Entry, Formula, FormulaStatus, Lexicon
from readoutdiff.text.wide import CYRILLIC_CHAR, HAN_CHAR


def across_languages(
    fates: Iterable[Formula], lexicon: Lexicon, a_language: str, b_language: str
) -> tuple[Formula, ...]:
    """Keep the fates a reader can trust when A and B are in different languages.

    A formula only one side holds is dropped (or appeared) only if the lexicon has a wording
    of it in the other side's language: without one the tool could not have found it there.

    >>> from readoutdiff.model import Entry
    >>> lexicon = Lexicon(entries=(Entry(id="ci", text="core interests", zh=("核心利益",)),
    ...                            Entry(id="pc", text="power politics")))
    >>> fates = (Formula(status=FormulaStatus.DROPPED, a_text="core interests", b_text=None, id="ci"),
    ...          Formula(status=FormulaStatus.DROPPED, a_text="power politics", b_text=None, id="pc"))
    >>> [f.id for f in across_languages(fates, lexicon, "en", "zh")]
    ['ci']
    """
    entries = {entry.id: entry for entry in lexicon.entries}

    def comparable(formula: Formula) -> bool:
        if formula.status is FormulaStatus.DROPPED:
            return _has_wording(entries.get(formula.id), b_language)
        if formula.status is FormulaStatus.APPEARED:
            return _has_wording(entries.get(formula.id), a_language)
        return True

    return tuple(formula for formula in fates if comparable(formula))


def _has_wording(entry: Entry | None, code: str) -> bool:
    """Tell whether ``entry`` has a wording a readout in language ``code`` can hold."""
    if entry is None:
        return False
    if code == "zh":
        return bool(entry.zh) or any(HAN_CHAR().search(w) for w in entry.variants)
    if code == "ru":
        return bool(entry.ru) or any(CYRILLIC_CHAR.search(w) for w in entry.variants)
    return code == "en"  # the canonical wording is English; other languages have none
