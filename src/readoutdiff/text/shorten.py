"""Text cut to a width at a word's end, as every view quotes a long wording or passage.

Moved out of ``render/labels.py`` so that the key changes (``formulas/keys/``), which quote
wordings, import no view.
"""

from __future__ import annotations


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` characters, ending in "…" after a whole word (not mid-name).

    >>> shorten("President Xi met Russian President Vladimir Putin", 40)
    'President Xi met Russian President…'
    >>> shorten("Major Countries, and Acting as the Bulwark", 17), shorten("short", 40)
    ('Major Countries…', 'short')
    >>> shorten("Putin congratulated him on the 100th anniversary of the founding of the CPC", 70)
    'Putin congratulated him on the 100th anniversary of the founding…'
    >>> shorten("习近平同俄罗斯总统普京举行视频会晤", 8)
    '习近平同俄罗斯…'

    A hyphen, apostrophe or point inside a word does not end it ("Co-Chairs", "COVID-19"):

    >>> shorten("as an OSCE Minsk Group Co-Chair", 30), shorten("on ending the COVID-19 pandemic", 21)
    ('as an OSCE Minsk Group…', 'on ending…')

    Nor does it end on a quotation mark or bracket that opens what was cut off:

    >>> shorten("welcomed Israel’s support for the American ‘bridging proposal’", 45)
    'welcomed Israel’s support for the American…'
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if (cut[-1].isalnum() or cut[-1] in _JOINING) and _inside_word(text, width - 1):  # mid-word
        space = cut.rfind(" ")
        if space > width // 2:  # a word longer than half the width is cut where it stands
            cut = cut[:space]
    words = cut.rstrip(" ,;:").split(" ")
    while len(words) > 1 and not words[-1].strip(_OPENING):
        words.pop()  # "the American ‘…" opens a quotation the cut leaves empty
    opened = _unclosed(words)
    if opened and len(" ".join(words[:opened])) > width // 2:
        words = words[:opened]  # "выставки «ИННОПРОМ.…" leaves a quoted name half read
    while len(words) > 1 and words[-1].lower() in _DANGLING and len(cut) > width // 2:
        words.pop()  # "the founding of the…" reads as a cut; "the founding…" does not
        cut = " ".join(words)
    return " ".join(words).rstrip(" ,;:") + "…"


def _unclosed(words: list[str]) -> int:
    """Where the last quotation or bracket the words open and do not close starts, else 0.

    >>> _unclosed("выставки «ИННОПРОМ. Центральная".split()), _unclosed("the «Знание» forum".split())
    (1, 0)
    """
    for at in range(len(words) - 1, 0, -1):
        closing = _CLOSING.get(words[at][:1])
        if closing:
            return 0 if closing in " ".join(words[at:])[1:] else at
    return 0


def _inside_word(text: str, at: int) -> bool:
    """``text[at]`` goes on with the word before it: a letter or digit, or a joining mark
    followed by one."""
    if text[at].isalnum():
        return True
    return text[at] in _JOINING and at + 1 < len(text) and text[at + 1].isalnum()


_JOINING = frozenset("-‐‑'’./")
"""Marks inside a word: "Co-Chairs", "Russia’s", "U.S.", "24/7"."""

_OPENING = "‘“«([{\"'"
"""Marks that open a quotation or aside: a shortened text does not end on them."""
_CLOSING = {"‘": "’", "“": "”", "«": "»", "(": ")", "[": "]", "{": "}"}
"""The mark that closes each opening mark that has its own (:func:`_unclosed`)."""

_DANGLING = frozenset(
    "a an the of and or to in on at by for with from as its his her their our".split()
)
"""Words a shortened text does not end on: they announce a word that was cut off."""
