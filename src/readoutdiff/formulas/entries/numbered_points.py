"""In Chinese readouts, the numbered points of a programme are paired by their number.

Xi sets out his proposals to a counterpart as numbered points, each opening a sentence:
"第一，中南要做高度互信的战略伙伴。", "一要夯实政治互信。", "二是互利共赢的合作方向，……". The next
readout of the same counterpart numbers its points again, each reworded: "第一，中南要做高度互信的
战略伙伴" becomes "一是共同进步的政治方向", "第二，中南要做共同进步的发展伙伴" becomes "二是互利共赢的
合作方向". An analyst sets the first point beside the first, the second beside the second, and
lists each as one line that changed. The formula stage said nothing of most of them (a point
is rarely a formula it knows) or linked a point to some other clause sharing a word (互信, 伙伴).

A clause is a point (:func:`point_number`) when a sentence opens with it and it opens with an
ordinal: "一是", "二要" …, or "第三，" before it. A readout's points are read only when each
number is said once (two programmes in one readout, Xi's and his counterpart's, are not told
apart by number). A run may name the parties once and number its first point after them, or
number it 首先: "双方一要坚定相互支持，……。二要深化交流互鉴", "中澳双方首先要持续增进战略互信。……二是……";
when the second point opens its sentence and no first does, the nearest clause before it in its
paragraph that holds the first number is the first point (:func:`_first_after_parties`).
The point numbered k in A and the one numbered k in B are one *changed* entry when they say
different words after their numbers; the entries on those clauses give way to it as they give
way to a list of fields (:func:`readoutdiff.formulas.entries.field_lists.left_beside`). The entry's wordings start after the numbers ("夯实政治互信", not "一要夯实政治互信"):
a number is the readout's layout, never a formula's first words
(:func:`readoutdiff.languages.points.opening`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平指出，双方要做好三件事。一要夯实政治互信。二要增强关系韧性。")
>>> b = from_text("习近平提出两点意见。一是要做相互支持的可靠伙伴。二是要做开放互利的创新伙伴。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', '夯实政治互信', '要做相互支持的可靠伙伴'), ('changed', '增强关系韧性', '要做开放互利的创新伙伴')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import Clause, clauses, lined
from readoutdiff.formulas.entries.field_lists import left_beside
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages import points as points_of_readouts
from readoutdiff.languages.zh import simplified
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.text.wide import lazy

NUMERALS = points_of_readouts.NUMERALS
"""The ordinals a point is numbered with (a programme has fewer than ten points)."""
POINT_IDS = tuple(phrase_id("mined", ("第", numeral)) + REWORDED for numeral in NUMERALS)
"""The id of the entry of each point, by number: "mined:第-一/reworded" for the first."""
_OPENING = lazy("[一二三四五六七八九十][是要]")
"""A point that says its number itself: "一是", "二要"."""
_BEFORE = lazy("第[一二三四五六七八九十][，、,]\\s*$")
"""The number said before a point's clause: "第三，"."""
_ANY_NUMBER = lazy("[一二三四五六七八九十][是要]|第[一二三四五六七八九十][，、,]")
"""A point's number anywhere in a readout."""
_SENTENCE_END = "。；;！？!?：:\n"
"""What stands before a sentence's first clause (a colon opens a list of points too)."""
_FIRST_SAID = {
    "一是": lazy("(?<![一二三四五六七八九十第])一是|首先是|首先要"),
    "一要": lazy("(?<![一二三四五六七八九十第])一要|首先要|首先是"),
    "第": lazy("第一[，、,]\\s*"),
}
"""A first point's number said after the parties, by the mark of the second ("二要" → "一要"
or "首先要"; "第二，" → "第一，")."""


def point_number(text: str, clause: Clause) -> tuple[int, int] | None:
    """The number of the point ``clause`` of ``text`` opens and where its number starts, or
    None when it is no point (see the module).

    >>> from readoutdiff.ingest import from_text
    >>> text = "意见如下：一要夯实政治互信。第二，中南要做发展伙伴。这是第二次访问，统一是目标。"
    >>> [point_number(text, c) for c in clauses(from_text(text))]
    [None, (1, 5), (2, 14), None, None]
    """
    span, words = clause
    if _OPENING().match(words):
        return _opening_sentence(text, span.start, NUMERALS.index(words[0]) + 1)
    before = _BEFORE().search(text, max(0, span.start - 4), span.start)
    if before is None:
        return None
    return _opening_sentence(text, before.start(), NUMERALS.index(before.group()[1]) + 1)


def _opening_sentence(text: str, start: int, number: int) -> tuple[int, int] | None:
    """``(number, start)`` when ``start`` opens a sentence of ``text``, else None."""
    head = text[:start].rstrip(" \t\u3000")
    return (number, start) if not head or head[-1] in _SENTENCE_END else None


def points(readout: Readout) -> dict[int, Clause]:
    """The numbered points of ``readout`` by number: the span from the number on (the entries
    on it give way to the point's), the words after it (the number is the readout's layout, as
    a list's "1." is: no wording starts at it, :func:`readoutdiff.languages.points.opening`);
    none when a number is said twice."""
    if not _ANY_NUMBER().search(readout.text):  # most readouts number nothing: no clause cut
        return {}
    found: list[tuple[int, Clause]] = []
    for clause in clauses(readout):
        said = point_number(readout.text, clause)
        if said is not None:
            number, start = said
            words = _unbroken_words(readout.text, start, clause)
            span = Span(start=start, end=clause[0].end, line=0)
            found.append((number, (span, words[points_of_readouts.opening(words) :])))
    numbers = [number for number, _ in found]
    if len(set(numbers)) < len(numbers):
        return {}
    by_number = dict(found)
    if 2 in by_number and 1 not in by_number:  # the parties, then the first number: "双方一要…"
        first = _first_after_parties(readout, by_number[2][0].start)
        if first is not None:
            by_number[1] = first
    return dict(sorted(by_number.items()))


def _first_after_parties(readout: Readout, second: int) -> Clause | None:
    """The first point of a run whose second point opens its sentence at ``second``, when its
    number stands after words that name the parties or the speaker, said once for every point:
    "双方一要坚定相互支持，巩固铁杆友谊。……二要深化交流互鉴" (Xi–Hun Sen, December 2024),
    "中巴双方一要坚持战略互信", "中澳双方首先要持续增进战略互信。……二是……", "习近平指出，第一，……
    第二，……". The nearest clause of the same paragraph before the second point that holds the
    first number (一 with the second's mark, 首先 with 是/要, or 第一 when the second is 第二);
    its span from the number on, its words past it (None when there is none).

    >>> from readoutdiff.ingest import from_text
    >>> text = "习近平表示，双方一要坚定相互支持，巩固友谊。二要深化交流互鉴。"
    >>> _first_after_parties(from_text(text), text.index("二要"))[1]
    '坚定相互支持'
    >>> text = "习近平表示，双方一要坚定相互支持。二是深化交流互鉴。统一是大势。"
    >>> _first_after_parties(from_text(text), text.index("二是")) is None
    True
    """
    text = readout.text
    mark = text[second : second + 2]
    first = _FIRST_SAID["一" + mark[1:]] if mark[0] == "二" else _FIRST_SAID["第"]
    paragraph = text.rfind("\n", 0, second) + 1
    nearest: Clause | None = None
    for span, _words in clauses(readout):
        if span.start < paragraph:
            continue
        if span.end > second:
            break
        number = first().search(text, max(paragraph, span.start - 3), span.end)
        if number is not None and number.end() < span.end:
            nearest = (
                Span(start=number.start(), end=span.end, line=0),
                text[number.end() : span.end],
            )
    return nearest


def _unbroken_words(text: str, start: int, clause: Clause) -> str:
    """A point's words from its number on: "第一，" and the clause, or the clause alone (the
    number cut off by :func:`points`)."""
    span, words = clause
    return text[start : span.start].strip() + words if start < span.start else words


def _content(words: str) -> str:
    """A point's words (past its number), to tell two points said alike."""
    return simplified(words)


def points_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with the points of A and B said under one number one *changed*
    entry each, and the entries on those clauses given way to them (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    numbered = points(a), points(b)
    pairs = [
        (number, numbered[0][number], numbered[1][number])
        for number in sorted(numbered[0].keys() & numbered[1].keys())
        if _content(numbered[0][number][1]) != _content(numbered[1][number][1])
    ]
    if not pairs:
        return tuple(formulas)
    claimed = ([one[0] for _, one, _ in pairs], [other[0] for _, _, other in pairs])
    out = [kept for f in formulas if (kept := left_beside(f, claimed)) is not None]
    return (*out, *(_changed(number, one, other, (a, b)) for number, one, other in pairs))


def _changed(number: int, one: Clause, other: Clause, readouts: tuple[Readout, Readout]) -> Formula:
    """The two points numbered ``number`` as one changed entry, each from past its number."""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=one[1], b_text=other[1],
        a_spans=(_worded(readouts[0].text, one[0]),), b_spans=(_worded(readouts[1].text, other[0]),),
        id=POINT_IDS[number - 1], source=FormulaSource.MINED,
    )  # fmt: skip


def _worded(text: str, span: Span) -> Span:
    """``span`` of a point from past its number, with its line."""
    said = text[span.start : span.end]
    past = span.start + (points_of_readouts.opening(said) or 3 * said.startswith("首先"))
    return lined(text, Span(start=past, end=span.end, line=0))
