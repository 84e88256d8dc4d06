"""One key change as the views print it, and how its quotes are written.

>>> quote("We  oppose\u2002hegemonism.")
'We oppose hegemonism.'

A Chinese character takes two columns, so a Chinese quote is cut at about half as many
characters, after a clause's comma where there is one:

>>> len(quote("两国元首同意" * 30)), len(quote("We met. " * 30))
(80, 160)
>>> quote("双方同意" + "，加强合作" * 40)[-6:]
'，加强合作…'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from unicodedata import east_asian_width

from readoutdiff.languages import points, zh
from readoutdiff.model import Comparison, Formula
from readoutdiff.model.places import Place, place, told
from readoutdiff.records.record import record
from readoutdiff.text.shorten import shorten
from readoutdiff.text.wide import HAN_CHAR, has_wide

QUOTE_COLUMNS = 160
"""Columns of a quote in a key change: past them it is cut (:func:`quote`)."""
_CLAUSE_ENDS = "，、；,;"


@record
class KeyChange:
    """One key change, ready to be copied into a briefing."""

    kind: str
    """``formula-dropped``, ``formula-changed``, ``qualifier-removed``, ``passage-dropped``,
    ``passage-added``, ``formula-appeared`` or ``minor-only`` (none of the others; what changed
    instead, see :func:`readoutdiff.formulas.keys.key_minor.minor_only`)."""
    summary: str
    a_text: str | None
    b_text: str | None
    a_place: Place | None
    """Where A's wording (or passage) stands; its line, column and sentence on the line."""
    b_place: Place | None
    formula: str | None
    """Id of the formula the change is about, if any."""
    formulas: tuple[str, ...] = ()
    """Ids of every formula the entry tells, ``formula`` first: the drops of one passage are
    one entry, and a passage's entry names the formulas that went or came with it."""
    change: str | None = None
    """For a changed formula, which kind of change it is, a
    :class:`~readoutdiff.formulas.keys.change_names.Change` (``reworded``, ``replaced``, ``around``,
    ``inside``, ``qualifier-removed``, ``qualifier-added``, ``greeting``, ``wish``): what the
    summary's first words say. None for every other entry."""

    @property
    def a_line(self) -> int | None:
        """The line of :attr:`a_place`."""
        return self.a_place.line if self.a_place else None

    @property
    def b_line(self) -> int | None:
        """The line of :attr:`b_place`."""
        return self.b_place.line if self.b_place else None


def formula_places(formula: Formula, comparison: Comparison) -> tuple[Place | None, Place | None]:
    """Where a formula's first wording stands on each side (None where it is absent)."""
    a = place(comparison.a, formula.a_spans[0]) if formula.a_spans else None
    b = place(comparison.b, formula.b_spans[0]) if formula.b_spans else None
    return a, b


def where(side: str, at: Place | None) -> str:
    """Say in words where a wording stands: ``"A line 3, sentence 4"`` or ``"B line 7"``
    (:data:`WHERE` finds them again in a summary)."""
    return f"{side} {told(at)}" if at else side


WHERE = re.compile(r"(?:(?<=\()|(?<=→ )|(?<=first ))([AB]) line (\d+)(?:, sentence (\d+)|)")
"""What :func:`where` writes, where a summary puts it (after ``(``, ``→`` or ``first``): side,
line and sentence, for a view that links each place to the passage it names.

>>> [m.groups() for m in WHERE.finditer("Dropped “x” (A line 3, sentence 4) → “y” (B line 7).")]
[('A', '3', '4'), ('B', '7', None)]
"""


def quote(text: str, width: int = QUOTE_COLUMNS) -> str:
    """``text`` in one line of plain spaces (a readout's en spaces or line breaks inside a
    wording would be copied into the briefing), cut after a whole word past ``width`` columns."""
    return in_columns(" ".join(text.split()), width, names=True)


_STARTS = "，；,;。!?！？:：–—"
"""Marks after which a quote may start again (:func:`around`): a clause's or sentence's end,
not an enumeration comma "、" (a list cut in two) nor a dot (that of "U.S.")."""


def around(text: str, wordings: list[str], width: int = QUOTE_COLUMNS) -> str:
    """The quote of a passage ``text`` that shows the first of ``wordings`` (the formulas a key
    change names in it): the passage's head, as :func:`quote` cuts it, when that shows the
    wording whole; else from the start of the clause that holds the wording (after a comma or
    semicolon, the earliest that leaves the wording whole and, if that clause is short, or if
    no clause starts before the wording and nothing follows it, from as many words before it
    as fit; a sentence's dot is left out: "U.S." has one), after "…". A passage line that
    names a formula and quotes only words before it would make the analyst look the formula up.

    >>> said = "The leaders discussed key challenges facing the region, " * 3 + "including climate."
    >>> around(said, ["climate"], 60)
    '…key challenges facing the region, including climate.'
    >>> around(said, ["key challenges"], 60)
    'The leaders discussed key challenges facing the region…'
    """
    flat = " ".join(text.split())
    head = in_columns(flat, width, names=True)
    folded = flat.casefold()
    found = []
    for wording in wordings:
        said = " ".join(wording.removesuffix("…").split()).casefold()
        at = folded.find(said) if said else -1
        if at >= 0:
            found.append((at, at + len(said)))
    if head == flat or not found:
        return head
    at, end = min(found)
    if end <= len(head.removesuffix("…")):
        return head
    start, clauses, word, taken = at, [at], at, columns(flat[at:end])
    while start > 0 and taken < width - 1:  # back from the wording, while it fits
        if flat[start - 1] in _STARTS:
            clauses.append(start)
        if flat[start - 1] == " " and not has_wide(flat[start - 2 : start + 1]):
            word = start
        start -= 1
        taken += columns(flat[start])
    if columns(flat[clauses[-1] : end]) < width // 2:  # short: as many words before it as fit
        clauses.append(word)
    elif clauses[-1] == at and not any(c.isalnum() for c in flat[end:]):
        # no clause starts before the wording and nothing follows it: a quote from the wording
        # would say it again and nothing more ("said in a passage B drops: “…continuing efforts
        # to secure the release of hostages.”", biden-sisi 2023-10-29; u63)
        clauses.append(word)
    for start in sorted(set(clauses)):  # the earliest that still shows the wording whole
        start += len(flat[start:end]) - len(flat[start:end].lstrip())
        shown = in_columns(flat[start : start + 2 * width], width - 1, names=True)
        if start and len(shown.removesuffix("…")) >= end - start:
            return "…" + shown
    return head


def nested(summary: str, wordings: Sequence[str] = ()) -> str:
    """``summary`` with each quote inside a quote in the other style: a readout's “一带一路”
    inside the key change's “…” is ‘一带一路’, as Chinese and English print a quote in a quote,
    so that no reader takes its closing mark for the end of the wording. A quote the key change
    cut ("…”") closes every quote open in it. A wording of ``wordings`` (the key change's own)
    that opens a quote the readout closes after it ends (“bring a “first of a kind” of a mined
    phrase: sullivan-oprisor 2021-11-30) has it closed in its quote, else every quote after it
    read one level too deep and its passage's opening mark showed as ‘.

    >>> nested("Dropped formula “高质量共建“一带一路”” (A line 4): “加强“2+2”对话，深化“一带…”.")
    'Dropped formula “高质量共建‘一带一路’” (A line 4): “加强‘2+2’对话，深化‘一带…”.'
    >>> nested("Dropped passage: “a “123” agreement” and “b”.")
    'Dropped passage: “a ‘123’ agreement” and “b”.'
    >>> nested("Dropped “bring a “first” (A line 3): “to bring a “first” reactor…”.", ["bring a “first"])
    'Dropped “bring a ‘first’” (A line 3): “to bring a ‘first’ reactor…”.'
    """
    for wording in dict.fromkeys(wordings):
        opened = wording.count("“") - wording.count("”")
        if opened and not wording.endswith("…"):
            whole = wording + "”" * opened if opened > 0 else "“" * -opened + wording
            summary = summary.replace(f"“{wording}”", f"“{whole}”")
    out, depth = [], 0
    for at, char in enumerate(summary):
        if char == "“":
            depth += 1
            out.append(char if depth == 1 else "‘")
        elif char == "”" and depth:
            cut = summary[at - 1 : at] == "…"
            out.append(char if depth == 1 or cut else "’")
            depth = 0 if cut else depth - 1
        else:
            out.append(char)
    return "".join(out)


def inner(wording: str) -> str:
    """``wording`` as it stands inside a quote a view puts around it (the HTML formula panel's
    ``<q>``): each of the readout's own “…” is ‘…’, as :func:`nested` writes them in a summary.

    >>> inner("“一带一路”倡议"), inner("core interests")
    ('‘一带一路’倡议', 'core interests')
    """
    if "“" not in wording and "”" not in wording:
        return wording
    return wording.translate(_INNER)


_INNER = str.maketrans("“”", "‘’")
"""The readout's double quotes, written single inside a quote (:func:`inner`)."""


def point_text(wording: str) -> str:
    """``wording`` from the text of the numbered point it opens: the point's number ("一是",
    "第一，", "一、", "（二）", "1. ", "(2) ") is the readout's layout, not the formula, so a
    quote of it starts after (:func:`readoutdiff.languages.points.opening`); a wording that is
    nothing but a number is kept.

    >>> point_text("一是要做相互支持的可靠伙伴"), point_text("一要夯实政治互信")
    ('要做相互支持的可靠伙伴', '夯实政治互信')
    >>> point_text("第一，中南要做高度互信的战略伙伴"), point_text("(2) Regarding North Korea")
    ('中南要做高度互信的战略伙伴', 'Regarding North Korea')
    >>> point_text("一道推动"), point_text("十分重视"), point_text("20 minutes"), point_text("一是")
    ('一道推动', '十分重视', '20 minutes', '一是')
    """
    return wording[points.opening(wording) :]


def in_columns(flat: str, width: int, names: bool = False) -> str:
    """``flat`` (one line) cut after a whole word past ``width`` columns, a Chinese character
    taking two, as a terminal shows it: the views fold a line with it. With ``names`` (a key
    change's quote) a cut does not end inside a name (:func:`~readoutdiff.text.shorten.shorten`).

    >>> in_columns("我们" * 60, 20), in_columns("We met Russian President Vladimir Putin", 30)
    ('我们我们我们我们…', 'We met Russian President…')
    """
    if not has_wide(flat) or not any(east_asian_width(char) in "WF" for char in flat):
        return shorten(flat, width, phrase=True, names=names)  # one column a character
    columns = 0
    for at, char in enumerate(flat):
        columns += 2 if east_asian_width(char) in "WF" else 1
        if columns > width:  # after the last clause's comma, as a word has no spaces
            clause = max(flat.rfind(mark, 0, at) for mark in _CLAUSE_ENDS)
            return flat[:clause] + "…" if clause > at // 2 else _after_a_word(flat, at)
    return flat


def columns(text: str) -> int:
    """The columns ``text`` takes in a terminal: two for a Chinese character, else one.

    >>> columns("核心利益"), columns("core interests")
    (8, 14)
    """
    if not has_wide(text):
        return len(text)
    return sum(2 if east_asian_width(char) in "WF" else 1 for char in text)


def _after_a_word(flat: str, at: int) -> str:
    """``flat`` cut to fewer than ``at`` characters after a segmenter's word (a clause with no
    comma past half the width: "以国际法为基础的国…" would cut 国际 in two), else as
    :func:`shorten` cuts it.

    >>> _after_a_word("坚定维护以联合国为核心的国际体系和以国际法为基础的国际秩序", 24)
    '坚定维护以联合国为核心的国际体系和以国际法为…'
    """
    if not HAN_CHAR().match(flat[at - 2 : at - 1]) or not HAN_CHAR().match(flat[at - 1 : at]):
        return shorten(flat, at)
    ends = accumulate(len(word) for word in zh.cut(flat))
    end = max((e for e in ends if e <= at - 1), default=0)
    return flat[:end] + "…" if end > at // 2 else shorten(flat, at)
