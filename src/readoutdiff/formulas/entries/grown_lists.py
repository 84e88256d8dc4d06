"""A formula that is itself a list ("security and prosperity"), kept on both sides inside a
list that gained or lost an item or a qualifier, is that formula *changed* (issue 10 point 3:
"a qualifier that leaves a formula, a list of three things losing its third item").

The matcher finds the two-member formula in both readouts ("the prosperity and security of
both nations" / "democracy, economic prosperity, and security in North America") and would
call it persisted; what an analyst reports is the list around it, which took in "democracy"
and "economic". Each side's wording is grown to the list it stands in: further members joined
by commas before it ("democracy, …"), and one qualifier before the first member
("*economic* prosperity"). When the content words of one grown list are those of the other
and more, the entry becomes *changed* from list to list, under the formula's own id, and a
one-sided formula that reaches into either grown list is no entry of its own: it is the item
that joined or left.

A word is a member when it is lower-case and no stop word; a qualifier is not taken after "to",
"and" or "or" ("to *advance* democracy": a verb), nor when it ends in "-ing" ("*strengthening*
economic opportunity"). A list is grown only to the left: a wording whose last join follows a
comma ("prosperity, and security") takes in the members commas join before it; without that
comma, a comma before the wording makes it one item of a longer list of topics. Lists whose content words are the same (reordered members) stay persisted.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They aim to advance the economic security and prosperity of our region.")
>>> b = from_text("They work to advance democracy, economic prosperity, and security in the world.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if "/" not in f.id]
[('changed', 'economic security and prosperity', 'democracy, economic prosperity, and security')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.coordination import JOINS
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.formulas.words.spans import any_overlap, sentence_holding, word_span
from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PERSISTED = FormulaStatus.PERSISTED

MOST_NEW = 3
"""Content words a grown list may hold beyond the other's: one item of a word or two, or a
qualifier (more is another passage, not the same list)."""


def grown_lists(formulas: Sequence[Formula], views: tuple[View, View]) -> list[Formula]:
    """``formulas`` with each persisted list formula whose lists grew or shrank made changed
    (see the module), and the one-sided formulas reaching into those lists left out."""
    told = [_grown(formula, views) for formula in formulas]
    grown = [f for f, old in zip(told, formulas, strict=True) if f is not old]
    if not grown:
        return told
    held_a = [span for f in grown for span in f.a_spans]
    held_b = [span for f in grown for span in f.b_spans]
    return [f for f in told if not _inside(f, held_a, held_b)]


def _inside(formula: Formula, held_a: list[Span], held_b: list[Span]) -> bool:
    """A one-sided formula whose wording reaches into a grown list of its side: an item that
    joined or left it, told by the list's entry ("uphold true multilateralism" beside "true
    multilateralism, security, and prosperity")."""
    if formula.status is FormulaStatus.DROPPED:
        return any_overlap(formula.a_spans, held_a)
    if formula.status is FormulaStatus.APPEARED:
        return any_overlap(formula.b_spans, held_b)
    return False


def _grown(formula: Formula, views: tuple[View, View]) -> Formula:
    """``formula`` changed from list to list when its lists grew or shrank, else itself."""
    if (
        formula.status is not _PERSISTED
        or len(formula.a_spans) != 1 or len(formula.b_spans) != 1
        or not _joined(formula.a_text) or not _joined(formula.b_text)
    ):  # fmt: skip
        return formula
    list_a = _list_at(views[0], formula.a_spans[0])
    list_b = _list_at(views[1], formula.b_spans[0]) if list_a is not None else None
    if list_a is None or list_b is None:
        return formula
    (span_a, words_a), (span_b, words_b) = list_a, list_b
    small, large = sorted((words_a, words_b), key=len)
    if not small < large or len(large - small) > MOST_NEW:
        return formula
    text_a = views[0].readout.text[span_a.start : span_a.end]
    text_b = views[1].readout.text[span_b.start : span_b.end]
    return replace(
        formula, status=FormulaStatus.CHANGED, a_text=text_a, b_text=text_b,
        a_spans=(span_a,), b_spans=(span_b,), variant=False,
    )  # fmt: skip


def _joined(text: str | None) -> bool:
    """The wording has a join inside it, read in C: most persisted formulas have none, and are
    not looked up in their sentences."""
    return text is not None and (" and " in text or " or " in text)


def _list_at(view: View, span: Span) -> tuple[Span, frozenset[str]] | None:
    """The list the wording at ``span`` stands in, grown as the module says, and its content
    words; None when the wording joins no members."""
    words = sentence_holding(view.words, span.start)
    if words is None:
        return None
    first = bisect_left(words.offsets, span.start - words.base)
    last = first
    while last < len(words.stems) and words.end(last) <= span.end:
        last += 1
    if first >= last or words.start(first) != span.start or words.end(last - 1) != span.end:
        return None
    inner = range(first + 1, last - 1)
    if not any(words.stems[k] in JOINS for k in inner) or not all(
        words.stems[k] in JOINS or _member(words, k) for k in range(first, last)
    ):
        return None  # not a list alone: "root causes of irregular migration", a name
    first = _left(words, view.readout.text, first, last)
    content = frozenset(s for s in words.stems[first:last] if s not in STOP_WORDS)
    return word_span(view.readout, words, first, last), content


def _member(words: Words, k: int) -> bool:
    """Word ``k`` may be (part of) an item: lower-case and no stop word."""
    return 0 <= k < len(words.stems) and not words.caps[k] and words.stems[k] not in STOP_WORDS


def _qualifier(words: Words, k: int) -> bool:
    """Word ``k`` may qualify the member after it (no punctuation between them)."""
    return (
        _member(words, k)
        and not words.breaks[k + 1]
        and not words.stems[k].endswith("ing")
        and (k == 0 or words.stems[k - 1] not in _BEFORE_VERB)
    )


_BEFORE_VERB = frozenset(("to", *JOINS))
"""Words after which a word is rather a verb than a qualifier: "to *advance* democracy", "and
*secure* sustainable and affordable energy"."""


def _between(words: Words, text: str, k: int) -> str:
    """The characters between word ``k - 1`` and word ``k``, stripped."""
    return text[words.end(k - 1) : words.start(k)].strip()


def _left(words: Words, text: str, first: int, last: int) -> int:
    """Grow the list's start over a qualifier of its first member, and over members commas join
    to it when the wording's last join follows a comma ("prosperity, and security"): without
    one, a comma before the wording makes it an item of a longer list ("critical technologies,
    economic and energy security, global health, and climate change"). Only whole members are
    taken: one of three words or more ("supply chain resilience") ends the growth before it."""
    first = _with_qualifier(words, first)
    join = max(k for k in range(first, last) if words.stems[k] in JOINS)
    serial = _between(words, text, join) == ","
    while (
        serial and first >= 2 and _between(words, text, first) == "," and _member(words, first - 1)
    ):
        member = _with_qualifier(words, first - 1)
        if _qualifier(words, member - 1):
            break  # a longer member than a head and one qualifier: not cut into
        first = member
    return first


def _with_qualifier(words: Words, head: int) -> int:
    """Where the member ending in word ``head`` starts: one qualifier before it, if any."""
    return head - 1 if _qualifier(words, head - 1) else head
