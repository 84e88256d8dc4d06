"""A *changed* entry whose one wording is the other's with governing words before it is the
formula kept: "addressing the threat of climate change" -> "climate change", "commitment to
good governance" <- "good governance" (issue 10, point 3).

The longer wording's extra words end in a preposition or a determiner ("… of", "commitment
to", "combating the"), or in a verb's -ing form after a preposition ("collaborate on
promoting"), so they govern the formula rather than qualify it: a qualifier stands
right before its noun ("inclusive economic growth", "Comprehensive Strategic Partnership"),
and a list gaining a member ends in "and" ("sustainable and inclusive economic growth"); those
stay *changed*. The shorter side must have no governing word of its own right before the
formula: "combating the COVID-19 pandemic" -> "efforts to defeat the COVID-19 pandemic" is a
changed verb, and stays changed. The entry becomes the formula both sides keep, *persisted*
in the shorter wording on both sides.

So is one whose longer wording is the shorter one with a complement after it, opened by a
preposition ("imposing costs on Russia" / "… for its aggression"), when the shorter side has
no complement of its own there and the entry links a formula across passages the aligner did
not pair (inside one aligned pair the word diff shows what was added): *persisted* in both
wordings (``variant``). "a humanitarian
pause" + "in Gaza" / "a prolonged humanitarian pause in the fighting" stays changed.
"""

from __future__ import annotations

from bisect import bisect_left

from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words, key
from readoutdiff.formulas.words.roles import INTRODUCING, PREPOSITIONS
from readoutdiff.formulas.words.spans import sentence_holding, word_span
from readoutdiff.model import REWORDED, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED = FormulaStatus.CHANGED

_GOVERNING_ENDS = PREPOSITIONS | frozenset("the a an our their its his her this these".split())
"""Words a governing phrase ends in before the formula it governs."""


def governs(before: tuple[str, ...]) -> bool:
    """The words before the formula end a governing phrase: a preposition or a determiner, or
    a verb's "-ing" form right after a preposition ("collaborate on promoting" economic
    development; alone, "enduring" or "growing" may qualify the noun, and stays a change)."""
    last = before[-1]
    if last in _GOVERNING_ENDS:
        return True
    return last.endswith("ing") and len(before) >= 2 and before[-2] in PREPOSITIONS


def kept_core(formula: Formula, views: tuple[View, View]) -> Formula:
    """``formula`` as the formula both sides keep when its change is only governing words
    before it or a complement after it on one side (see the module); as it is otherwise."""
    if (
        formula.status is not _CHANGED
        or not formula.a_text or not formula.b_text
        or len(formula.a_spans) != 1 or len(formula.b_spans) != 1
    ):  # fmt: skip
        return formula
    ka, kb = key(formula.a_text), key(formula.b_text)
    if len(ka) == len(kb):
        return formula
    long_on_a = len(ka) > len(kb)
    short, long = (kb, ka) if long_on_a else (ka, kb)
    if long[: len(short)] == short and long[len(short)] in PREPOSITIONS:
        # Only for a formula linked across passages: inside one aligned pair the added words
        # are what the word diff shows ("… to a higher level" + "in trade").
        reworded = formula.id.endswith(REWORDED)
        return _complemented(formula, views, long_on_a) if reworded else formula
    cut = len(long) - len(short)
    if long[cut:] != short or not governs(long[:cut]):
        return formula
    short_view, short_span = (
        (views[1], formula.b_spans[0]) if long_on_a else (views[0], formula.a_spans[0])
    )
    if _governed(short_view, short_span):
        return formula
    return _kept(formula, views, long_on_a, (cut, len(long)), len(long))


def _kept(
    formula: Formula, views: tuple[View, View], long_on_a: bool, words: tuple[int, int], size: int
) -> Formula:
    """``formula`` as the formula both sides keep: the words ``words`` of the longer wording
    (``size`` words), the shorter wording whole."""
    long_view, short_view = (views[0], views[1]) if long_on_a else (views[1], views[0])
    long_span, short_span = (
        (formula.a_spans[0], formula.b_spans[0])
        if long_on_a
        else (formula.b_spans[0], formula.a_spans[0])
    )
    core = _core(long_view, long_span, words[0], size, words[1])
    if core is None:
        return formula
    text = long_view.readout.text[core.start : core.end]
    short_text = short_view.readout.text[short_span.start : short_span.end]
    a_text, a_span = (text, core) if long_on_a else (short_text, short_span)
    b_text, b_span = (short_text, short_span) if long_on_a else (text, core)
    return replace(
        formula, status=FormulaStatus.PERSISTED, a_text=a_text, b_text=b_text,
        a_spans=(a_span,), b_spans=(b_span,), id=formula.id.removesuffix(REWORDED),
        variant=a_text != b_text, evidence_score=None, anchor=None,
    )  # fmt: skip


def _complemented(formula: Formula, views: tuple[View, View], long_on_a: bool) -> Formula:
    """The longer wording is the shorter one with a complement after it ("imposing costs on
    Russia" / "… for its aggression"): the formula kept in two wordings, unless the shorter
    side goes on with a complement of its own ("a humanitarian pause" + "in Gaza" / "… in the
    fighting": that complement changed)."""
    short_view = views[1] if long_on_a else views[0]
    short_span = (formula.b_spans if long_on_a else formula.a_spans)[0]
    found = _sentence_at(short_view, short_span.start)
    if found is None:
        return formula
    words, k = found
    after = next((i for i in range(k, len(words.stems)) if words.end(i) == short_span.end), None)
    if after is None:
        return formula
    nxt = after + 1
    if nxt < len(words.stems) and not words.breaks[nxt] and words.stems[nxt] not in _ENDS_CLAUSE:
        return formula
    return replace(
        formula, status=FormulaStatus.PERSISTED, id=formula.id.removesuffix(REWORDED),
        variant=True, evidence_score=None, anchor=None,
    )  # fmt: skip


_ENDS_CLAUSE = frozenset("and or but as while which who that".split())
"""Words after a wording that end its phrase rather than complement it."""


def _sentence_at(view: View, start: int) -> tuple[Words, int] | None:
    """The words of the sentence holding offset ``start`` and the word that starts there."""
    words = sentence_holding(view.words, start)
    if words is None:
        return None
    k = bisect_left(words.offsets, start - words.base)
    return (words, k) if k < len(words.offsets) and words.start(k) == start else None


def _governed(view: View, span: Span) -> bool:
    """A content word governs the wording at ``span``: the word right before it, in its
    clause, is no stop word nor a word that only introduces ("defeat the …" after "efforts
    to": "defeat")."""
    found = _sentence_at(view, span.start)
    if found is None:
        return True  # not read: keep the entry as it is
    words, k = found
    while k > 0 and not words.breaks[k] and words.stems[k - 1] in words.stop_words:
        k -= 1  # over "the", "to" … back to the word that governs them
    if k == 0 or words.breaks[k]:
        return False
    before = words.stems[k - 1]
    return before not in INTRODUCING and not words.caps[k - 1]


def _core(view: View, span: Span, first: int, end: int, stop: int | None = None) -> Span | None:
    """Where the words ``[first, stop)`` of the wording at ``span`` stand (``end``: its
    number of words; ``stop`` defaults to it)."""
    found = _sentence_at(view, span.start)
    if found is None:
        return None
    words, k = found
    if k + end > len(words.stems) or words.end(k + end - 1) != span.end:
        return None
    return word_span(view.readout, words, k + first, k + (end if stop is None else stop))
