"""Occurrences of a wording that are cut from something longer, not the formula: a wording
ending in a possessive with a word after it, a name the text defines by its initials;
a Chinese phrase starting inside the noun "each" or "etc." governs (:func:`governed_cut`).
:func:`kept` tells one; :func:`local` whether that answer reads only the sentence, so that
:func:`readoutdiff.formulas.matching.matcher.find` tells it once for every copy of the sentence.

>>> text = "They back steadfast support for Ukraine's sovereignty. And Ukraine's."
>>> kept(text, 10, 41), kept(text, 60, 69)
(False, True)
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words import name_shapes


def kept(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is no wording cut before a possessive nor a name the text defines.
    Only a wording ending in "s" can end in a possessive: the rest skip the call."""
    return (text[end - 1 : end] != "s" or not _possessor(text, end)) and not (
        text[end : end + 1] in _NAME_ENDS and _defined(text, start, end)
    )


_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.&-)")
"""What ``name_shapes._ACRONYM`` may read on from the end of a wording (its letters, then ")")."""


def local(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """:func:`kept` of ``text[start:end]`` reads the text of its sentence only, and at most the
    character after it (the same for every copy ``occurrences.Made`` keeps together), so its
    answer holds for every copy of the sentence: the wording ends inside the sentence (a
    possessive's space and next letter are then inside too: a sentence ends on no space); an
    initials' bracket read on from its end stops by the sentence's end; the bracket before it
    and the words before that (``name_shapes.defined``) are inside."""
    if end >= sentence_end or end - 2 < sentence_start:
        return False
    if text[end] not in _NAME_ENDS:
        return True  # name_shapes.defined is not asked
    if text[sentence_end : sentence_end + 1] in _NAME_CHARS:
        return False
    return start > sentence_start and (
        text[start - 1] != "(" or text[end] != ")" or start - 160 >= sentence_start
    )


_NAME_ENDS = frozenset((" ", ")"))
"""What follows a wording that may be a defined name: " (JCPOA)", or the ")" of the acronym."""


def _defined(text: str, start: int, end: int) -> bool:
    """A name the readout defines by its initials: "Joint Comprehensive Plan of Action
    (JCPOA)" names an agreement, not a formula (:func:`readoutdiff.formulas.words.name_shapes.defined`)."""
    return name_shapes.defined(text, start, end)


_BOUND_BEFORE = frozenset("各等")
"""Chinese "each" and "etc.": they govern the noun after them, so a phrase starting right
after one starts inside a noun phrase ("各领域合作取得更多成果", "住房等领域合作文件"). An
enumeration comma is no such cut: a list's last member with its head noun is a formula
("相互尊重、平等相待、互利共赢原则"), and the comma also parts verb phrases
("进一步全面深化改革、推进中国式现代化")."""


def governed_cut(text: str, start: int, sentence_start: int) -> bool:
    """Tell whether the Chinese phrase starting at ``start`` in a sentence starting at
    ``sentence_start`` starts inside a noun phrase that "each" or "etc."
    (:data:`_BOUND_BEFORE`) opens right before it. Only the sentence is read.

    >>> text = "推动各领域合作取得更多成果，加强清洁能源、绿色发展等领域合作。"
    >>> governed_cut(text, 3, 0), governed_cut(text, 26, 0)
    (True, True)
    >>> governed_cut(text, 2, 0), governed_cut(text, 21, 0), governed_cut(text, 3, 3)
    (False, False, False)
    """
    return start > sentence_start and text[start - 1] in _BOUND_BEFORE


_POSSESSOR = re.compile(r"['\u2019]s\s+[^\W\d_]")


def _possessor(text: str, end: int) -> bool:
    """A wording that ends in a possessive with a word after it is cut from a longer phrase:
    "steadfast support for Ukraine's" in "steadfast support for Ukraine's sovereignty" says
    nothing of support for Ukraine."""
    return text[end - 2 : end] in _POSSESSIVE_ENDS and bool(_POSSESSOR.match(text, end - 2))


_POSSESSIVE_ENDS = frozenset(("'s", "\u2019s"))
