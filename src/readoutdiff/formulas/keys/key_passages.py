"""Whole passages in the key changes: the passage a formula went (or came) with, and a
passage's entry naming the formulas in it, so that no key change repeats another.

>>> from readoutdiff import compare, from_text
>>> comparison = compare(from_text("We met. We oppose hegemonism and power politics."),
...                      from_text("We met."))
>>> dropped = [a for a in comparison.alignments if a.a and not a.b]
>>> [f.a_text for f in comparison.formulas if holders(dropped)(f) is dropped[0]]
['oppose hegemonism and power politics']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from readoutdiff.formulas.keys.key_record import (
    QUOTE_COLUMNS,
    KeyChange,
    around,
    columns,
    in_columns,
    point_text,
    quote,
    where,
)
from readoutdiff.model import Alignment, Comparison, Formula, FormulaStatus, Span, Status
from readoutdiff.model.places import place
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_APPEARED, _DROPPED, _PASSAGE_ADDED, _PASSAGE_DROPPED = (
    FormulaStatus.APPEARED,
    FormulaStatus.DROPPED,
    Status.ADDED,
    Status.DROPPED,
)

_NAMED = 3
"""Formulas named in one passage's entry; more are counted."""
_MOVED = 100
"""Columns of a passage quoted in a changed formula's line (its own line has 160)."""
_MOSTLY = 3 / 5
"""Share of a passage its formulas' wordings hold to be *most of* it, so that a line does not say
the same words twice: of its letters, for a changed formula's line not to quote the passage it
went with (or came in) again ("Собеседники поздравили друг друга с наступающим Новым годом."
adds one word to its greeting, :func:`with_moves`); of its characters, for a passage's line
not to name the formulas its quote tells (:func:`_most_of`)."""
_SHORT = 40
"""Columns of a formula named in the line of a passage it is most of: the quote shows it
whole, its name says where it starts and which one it is (:func:`_short`)."""
_SHORT_WORDS = 6
"""Words a short name keeps at least, however long they are: 40 columns hold six or seven
English words but three or four Russian ones ("Подтверждена обоюдная…", which no analyst can
find, let alone copy); a wording of at most two words more is named whole."""
_MOSTLY_NAMED = 4 / 5
"""Share of a long formula's name (cut past a quote's width) that the quote of its passage,
cut inside the wording, shows, for the name to say nothing more: it is named short."""


def holders(passages: list[Alignment]) -> Callable[[Formula], Alignment | None]:
    """Find the dropped passage a dropped formula lies in, or the added one an appeared lies in."""
    dropped, added = _sides(passages)

    def holder(formula: Formula) -> Alignment | None:
        if formula.status is _DROPPED and formula.a_spans:
            return dropped.holding(formula.a_spans[0])
        if formula.status is _APPEARED and formula.b_spans:
            return added.holding(formula.b_spans[0])
        return None

    return holder


def moved_from(passages: list[Alignment]) -> Callable[[Formula], tuple[Alignment | None, ...]]:
    """Find the dropped passage a changed formula's A wording lies in and the added one its B
    wording lies in (a formula reworded out of a passage that went, or into a new one)."""
    dropped, added = _sides(passages)

    def sides(formula: Formula) -> tuple[Alignment | None, ...]:
        if (
            formula.status is not FormulaStatus.CHANGED
            or not formula.a_spans
            or not formula.b_spans
        ):
            return (None, None)
        return (dropped.holding(formula.a_spans[0]), added.holding(formula.b_spans[0]))

    return sides


def _sides(passages: list[Alignment]) -> tuple[_Sentences, _Sentences]:
    return (
        _Sentences([(s.span, p) for p in passages if p.status is _PASSAGE_DROPPED for s in p.a]),
        _Sentences([(s.span, p) for p in passages if p.status is _PASSAGE_ADDED for s in p.b]),
    )


def with_moves(key: KeyChange, moved: list[Alignment]) -> KeyChange:
    """A changed formula's line with the whole passages its wordings went with (A's first) or
    came in, quoted shorter than a passage's own line, from the clause that holds the wording
    when the passage's head stops before it; not quoted when the wording is most of the
    passage (:data:`_MOSTLY`): the line said those words already.

    >>> from readoutdiff import compare, from_text
    >>> from readoutdiff.formulas.keys.key_changes import key_changes
    >>> a = from_text("Собеседники обсудили сотрудничество. Собеседники поздравили друг друга с наступающим Новым годом.")
    >>> b = from_text("Собеседники обсудили сотрудничество. Президент поздравил коллегу с днем рождения, сообщили в пресс-службе.")
    >>> [k.summary for k in key_changes(compare(a, b))][0]
    'Greeting on another occasion: “поздравили друг друга с наступающим Новым годом” (A line 1, sentence 2) → “поздравил коллегу с днем рождения” (B line 1, sentence 2); said in a passage B drops that says little more; now said in a new passage: “Президент поздравил коллегу с днем рождения, сообщили в пресс-службе.”'
    """
    if not moved:
        return key
    told = key.summary.removesuffix(".")
    # the passage is quoted where the wording stands, unless the wording is long: the line
    # quotes it whole already, and the passage's head tells more
    a, b = ([w] if w and columns(w) <= QUOTE_COLUMNS // 2 else [] for w in (key.a_text, key.b_text))
    for passage in sorted(moved, key=lambda p: p.status is not Status.DROPPED):
        dropped = passage.status is Status.DROPPED
        text = point_text(passage.a_text if dropped else passage.b_text)
        wording = (key.a_text if dropped else key.b_text) or ""
        quoted = _passage_quote(text, wording, a if dropped else b)
        if quoted is None or len(_letters(wording)) >= _MOSTLY * len(_letters(text)):
            told += "; said in a passage B drops" if dropped else "; now said in a new passage"
            told += " that says little more"
        elif dropped:
            told += f"; said in a passage B drops: “{quoted}”"
        else:
            told += f"; now said in a new passage: “{quoted}”"
    return replace(key, summary=told if told.endswith("”") else f"{told}.")


def _passage_quote(text: str, wording: str, shown: list[str]) -> str | None:
    """The quote of a passage a long wording went with or came in: its head (:func:`around`), or,
    when that head holds the long wording whole (the line has quoted it already), what the passage
    says after it, from "…"; None when nothing follows it.

    >>> said = "Садыр Жапаров тепло поздравил Шавката Мирзиёева с успешным проведением референдума, пожелав успехов."
    >>> _passage_quote(said, "тепло поздравил Шавката Мирзиёева с успешным проведением референдума", [])
    '…пожелав успехов.'
    """
    head = around(text, shown, _MOVED)
    said = " ".join(wording.split()).casefold()
    if shown or not said or said not in head.removesuffix("…").casefold():
        return head
    flat = " ".join(text.split())
    rest = flat[flat.casefold().find(said) + len(said) :].lstrip(" ,;:")
    if not any(c.isalnum() for c in rest):
        return None
    return "…" + in_columns(rest, _MOVED, names=True)


def with_swaps(key: KeyChange, swaps: list[KeyChange]) -> KeyChange:
    """A passage's line that also tells the one-word swaps of formulas inside it."""
    head, _, text = key.summary.partition(": “")
    told = "".join(
        f", with “{s.a_text}” ({where('A', s.a_place)}) now “{s.b_text}” ({where('B', s.b_place)})"
        for s in swaps
    )
    ids = tuple(s.formula for s in swaps if s.formula)
    return replace(key, summary=f"{head}{told}: “{text}", formulas=(*key.formulas, *ids))


class _Sentences:
    """The sentences of one side's passages, by start, to find the one holding a span."""

    def __init__(self, found: list[tuple[Span, Alignment]]) -> None:
        self.found = sorted(found, key=lambda pair: pair[0].start)
        self.starts = [span.start for span, _ in self.found]

    def holding(self, span: Span) -> Alignment | None:
        at = bisect_right(self.starts, span.start) - 1
        if at < 0 or self.found[at][0].end < span.end:
            return None
        return self.found[at][1]


def with_passage(
    formulas: list[Formula], passage: Alignment, comparison: Comparison, partly: bool = False
) -> KeyChange:
    """Formulas dropped with the whole passage that went with them, or new ones in a new
    passage.

    ``partly``: the dropped passage also holds the A wording of a changed formula the block
    tells in a line of its own, so the passage did not go whole; the drops are named in full,
    with no quote of the passage, which that line quotes in part (putin-tokayev 2025-03-06:
    "Dropped formula “реализацию совместных проектов…”, with its whole passage: “Обсуждены
    некоторые актуальные вопросы…”" above "Formula reworded: “Обсуждены некоторые актуальные
    вопросы…” → “Обсуждены актуальные вопросы взаимодействия”" told one passage twice, the
    first line wrong about it; ux27's merge of the two lines lost the change's kind, its B
    wording and its judged line, ux28)."""
    first = formulas[0]
    plural = len(formulas) > 1
    dropped = passage.status is Status.DROPPED
    if dropped and partly:
        at = place(comparison.a, first.a_spans[0])
        return KeyChange(
            kind="formula-dropped",
            summary=f"Dropped formula{'s' if plural else ''} {_listed(formulas)} ({where('A', at)}),"
            f" from a passage B says again in part, reworded.",
            a_text=quote(first.a_text or ""), b_text=None, a_place=at, b_place=None,
            formula=first.anchor or first.id, formulas=tuple(f.anchor or f.id for f in formulas),
        )  # fmt: skip
    text = point_text(passage.a_text if dropped else passage.b_text)  # from the point's text
    shown = _shown(formulas, text)  # the quote, read once: the names leave out what it shows
    whole = not plural and _letters(first.a_text or first.b_text or "") == _letters(text)
    if _most_of(formulas, text) and not whole:  # the quote tells them: named short
        what = f"formula{'s' if plural else ''} {_listed(formulas, _SHORT, shown)}"
    else:
        what = f"formula{'s' if plural else ''} {_named(formulas, shown)}"
    if dropped:
        wording, at = quote(first.a_text or ""), place(comparison.a, first.a_spans[0])
        head = f"Dropped {what} ({where('A', at)}), "
        head += f"with {'their' if plural else 'its'} whole passage"
        if whole:
            head = f"Dropped formula, a whole passage ({where('A', at)})"
    else:
        wording, at = quote(first.b_text or ""), place(comparison.b, first.b_spans[0])
        head = f"New {what} ({where('B', at)}), in a new passage"
        if whole:
            head = f"New formula, a whole new passage ({where('B', at)})"
    return KeyChange(
        kind="formula-dropped" if dropped else "formula-appeared",
        summary=f"{head}: “{shown}”",
        a_text=wording if dropped else None, b_text=None if dropped else wording,
        a_place=at if dropped else None, b_place=None if dropped else at,
        formula=first.anchor or first.id, formulas=tuple(f.anchor or f.id for f in formulas),
    )  # fmt: skip


def passage_change(
    passage: Alignment,
    formulas: list[Formula],
    holder: Callable[[Formula], Alignment | None],
    comparison: Comparison,
) -> KeyChange:
    """A passage dropped or added, with those of ``formulas`` that went or came with it (its
    quote may show them, but not that they are formulas)."""
    held = [f for f in formulas if holder(f) is passage]
    dropped = passage.status is Status.DROPPED
    side = passage.a if dropped else passage.b
    said = point_text(passage.a_text if dropped else passage.b_text)  # from the point's text
    text = quote(said)  # JSON a/b: from its start
    shown = _shown(held, said)
    at = place(comparison.a if dropped else comparison.b, side[0].span)
    with_ = ""
    if held:
        what = f"{'formula' if dropped else 'new formula'}{'s' if len(held) > 1 else ''}"
        if _most_of(held, said):
            with_ = f", most of it the {what} {_listed(held, _SHORT, shown)}"  # named short
        else:
            with_ = f", with the {what} {_named(held, shown)}"
    return KeyChange(
        kind="passage-dropped" if dropped else "passage-added",
        summary=f"{'Dropped' if dropped else 'Added'} passage ({where('A' if dropped else 'B', at)})"
        f"{with_}: “{shown}”",
        a_text=text if dropped else None, b_text=None if dropped else text,
        a_place=at if dropped else None, b_place=None if dropped else at,
        formula=(held[0].anchor or held[0].id) if held else None,
        formulas=tuple(f.anchor or f.id for f in held),
    )  # fmt: skip


def _most_of(formulas: list[Formula], text: str) -> bool:
    """Whether the quote of the passage ``text`` tells ``formulas`` (naming them too would
    say the same words twice in one line): their wordings are all of its letters, or most of
    it (three fifths of its characters, each starting in what its quote shows) and the line
    would quote more than one quote's width — the passage is cut, or the names and the
    passage together run past :data:`~readoutdiff.formulas.keys.key_record.QUOTE_COLUMNS`. A
    short passage with one formula keeps it named: the name says which words are the formula.

    >>> from types import SimpleNamespace as Told
    >>> said = "He stressed that timely, decisive and coordinated actions restored calm. " * 3
    >>> _most_of([Told(a_text=said[3:-30])], said)
    True
    >>> _most_of([Told(a_text="restored calm")], said)
    False
    >>> _most_of([Told(a_text="stressed that timely")], "He stressed that timely.")
    False
    >>> _most_of([Told(a_text="明年将迎来中刚建交60周年")], "明年将迎来中刚建交60周年。")
    True
    """
    flat = " ".join(text.split())
    wordings = [" ".join((f.a_text or f.b_text or "").split()) for f in formulas]
    starts = [flat.casefold().find(w.casefold()) if w else -1 for w in wordings]
    in_order = "".join(w for _, w in sorted(zip(starts, wordings, strict=True)))
    if min(starts) >= 0 and _letters(in_order) == _letters(flat):
        return True
    shown = len(quote(flat)) - 1
    if not all(0 <= at < shown for at in starts):
        return False
    long = shown + 1 < len(flat) or columns(" ".join([*wordings, flat])) > QUOTE_COLUMNS
    return long and sum(map(len, wordings)) >= _MOSTLY * len(flat)


def _named(formulas: list[Formula], quoted: str) -> str:
    """The formulas named in a line that quotes their passage as ``quoted`` (:func:`_shown`,
    which the line prints too): a long wording (past half a quote's width) that the quote
    shows whole — or, the quote cut inside it, its first half a quote's width — is counted, not named, so that no line says it twice (a Russian point of two formulas, the
    second after the quote's cut); when every one is, all are named short (a dropped clause of
    condolences, the passage's quote cut to that clause: the long name and the quote were the
    same words twice; a greeting of 160 characters and the head of its passage, both cut at
    "UK-Italy…"), and when none is, all are named whole.

    >>> from types import SimpleNamespace as Told
    >>> said = "He said that " + "the timely, decisive and coordinated actions " * 2 + "and more."
    >>> told = [Told(a_text=said[13:-10]), Told(a_text="and more")]
    >>> _named(told, _shown(told, said))
    '“and more” and 1 more the passage shows'
    >>> _named(told[:1], _shown(told[:1], said))
    '“the timely, decisive and coordinated actions…”'
    >>> said = "The Prime Minister congratulated him on " + "a long list of things and " * 9 + "more."
    >>> _named([Told(a_text=said[19:-6])], _shown([Told(a_text=said[19:-6])], said))
    '“congratulated him on a long list…”'
    """
    shown = quoted.removesuffix("…").casefold()

    def told(formula: Formula) -> bool:
        wording = " ".join((formula.a_text or formula.b_text or "").split())
        if columns(wording) <= QUOTE_COLUMNS // 2:
            return False
        if wording.casefold() in shown:
            return True
        # a wording past a quote's width, the quote cut inside it: its name, cut too, would
        # say the quote's words again, when the quote shows most of what the name would
        named = quote(wording).removesuffix("…")
        return (
            quoted.endswith("…")
            and len(named) < len(wording)
            and _showing(wording, shown) >= _MOSTLY_NAMED * len(named)
        )

    rest = [f for f in formulas if not told(f)]
    if not rest:
        return _listed(formulas, _SHORT)
    if len(rest) == len(formulas):
        return _listed(formulas)
    return f"{_listed(rest)} and {len(formulas) - len(rest)} more the passage shows"


def _showing(wording: str, shown: str) -> int:
    """How many characters of ``wording``'s head the quote ``shown`` (case folded, its "…"
    off) ends with, the quote cut inside the wording; 0 when it does not."""
    folded = wording.casefold()
    at = shown.find(folded[: min(len(folded), 20)])
    if at < 0 or not folded.startswith(shown[at:]):
        return 0
    return len(shown) - at


def _shown(formulas: list[Formula], text: str) -> str:
    """The quote of the passage ``text`` in a line that names ``formulas``: its head, or the
    clause that holds the first of them when the head would stop before it
    (:func:`~readoutdiff.formulas.keys.key_record.around`)."""
    return around(text, [f.a_text or f.b_text or "" for f in formulas])


def _letters(text: str) -> str:
    """The letters and digits of ``text``, case folded: what a reader reads of a wording."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _short(wording: str, width: int) -> str:
    """``wording`` named in ``width`` columns (:func:`quote`), cut word-aware: a name cut past
    :data:`_SHORT` columns keeps at least :data:`_SHORT_WORDS` words, in every language that
    spaces its words (a Chinese name is cut by its columns, twenty characters), and a wording
    of at most two words more than those is named whole; never past half a quote's width.

    >>> _short("Подтверждена обоюдная заинтересованность в дальнейшем укреплении связей", 40)
    'Подтверждена обоюдная заинтересованность в дальнейшем укреплении связей'
    >>> _short("expressed satisfaction with the positive dynamics of bilateral cooperation", 40)
    'expressed satisfaction with the positive dynamics…'
    """
    short = quote(wording, width)
    words = wording.split()
    if width >= QUOTE_COLUMNS or not short.endswith("…") or len(short.split()) >= _SHORT_WORDS:
        return short
    half = QUOTE_COLUMNS // 2  # past it, a name said again in the passage's quote is long
    if len(words) <= _SHORT_WORDS + 2 and columns(wording) <= half:
        return quote(wording)
    return quote(wording, min(columns(" ".join(words[:_SHORT_WORDS])) + 1, half))


def _listed(formulas: list[Formula], width: int = QUOTE_COLUMNS, passage: str = "") -> str:
    """“a”, “b” and “c”; past three, “a”, “b”, “c” and 2 more (each cut past ``width``). With
    the passage's quote ``passage``, a formula named short is one whose short name it shows: a
    formula the quote cuts before most of it (a Russian point of two clauses, the quote cut one
    word into the second) keeps a quote's width, else no line would show its words."""
    told = passage.removesuffix("…").casefold()

    def name(formula: Formula) -> str:
        wording = formula.a_text or formula.b_text or ""
        short = _short(wording, width)
        if passage and point_text(short.removesuffix("…")).casefold() not in told:
            return quote(wording)
        return short

    quoted = [f"“{name(f)}”" for f in formulas[:_NAMED]]
    more = len(formulas) - len(quoted)
    if more:
        return f"{', '.join(quoted)} and {more} more"
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
