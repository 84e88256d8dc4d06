"""Words and orderings that every human-readable renderer shares."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from readoutdiff.formulas.entries.lines import lines
from readoutdiff.formulas.keys.change_names import listed
from readoutdiff.formulas.keys.key_minor import two_versions
from readoutdiff.formulas.keys.key_record import nested
from readoutdiff.formulas.keys.naming import one_line
from readoutdiff.ingest.dates import file_name_note
from readoutdiff.languages import language
from readoutdiff.languages.traditional import as_read
from readoutdiff.model import (
    Alignment,
    Comparison,
    Formula,
    FormulaStatus,
    Op,
    Readout,
    Span,
    Status,
)
from readoutdiff.model.places import sentences_place, shorts

PHRASE_KINDS = {
    "mined": "mined phrase",
    "recurring": "phrase recurring in the series",
    "background": "phrase of many readouts",
}
"""What each kind of id made of word stems is, in words (``background:高-度-…`` is an API
value, kept in JSON's and CSV's id fields; the views say "phrase of many readouts")."""


def made_by(formula: Formula) -> str:
    """Where a formula of a comparison comes from, as every view names it (terminal tag,
    Markdown ``source`` column, HTML panel): a lexicon's source (``builtin``, ``user``);
    ``mined`` for a phrase mining made (a topic of :data:`PHRASE_KINDS`: mined from A and B,
    recurring in a history or a series, of the built-in background); ``rule`` for a line a rule
    of the formula stage read (a greeting, a point, a line kept around a formula, a list
    reworded), source ``mined`` too but no such topic (ux7's terminal ``[rule]``; branch ux8
    made the Markdown and HTML say it too). The JSON keeps ``source`` and ``topic`` as they are.

    >>> from readoutdiff.model import FormulaSource as S
    >>> def made(topic: str, source: S = S.MINED) -> str:
    ...     return made_by(Formula(status=FormulaStatus.DROPPED, a_text="x", b_text=None, source=source, topic=topic))
    >>> made(""), made("mined"), made("background"), made("recurring"), made("", S.BUILTIN)
    ('rule', 'mined', 'mined', 'mined', 'builtin')
    """
    if formula.source.value != "mined":
        return formula.source.value
    return "mined" if formula.topic in PHRASE_KINDS else "rule"


SOURCE_MEANING = {
    "builtin": "from the built-in lexicon",
    "user": "from your --lexicon file",
    "mined": "a phrase found fixed in the readouts themselves, in no lexicon",
    "rule": "a line a rule picked out (a greeting, a point, a line kept around a formula)",
}
"""What each :func:`made_by` word means, said once under the terminal's formula list and the
Markdown's formula table (ux13: ``[rule]`` and ``builtin`` were read nowhere in the report)."""


def sources_said(comparison: Comparison) -> list[str]:
    """The :func:`made_by` words of ``comparison``'s formulas, each once, in
    :data:`SOURCE_MEANING`'s order.

    >>> from readoutdiff.model import FormulaSource as S
    >>> from types import SimpleNamespace
    >>> def f(topic: str, source: S = S.MINED) -> Formula:
    ...     return Formula(status=FormulaStatus.DROPPED, a_text="x", b_text=None, source=source, topic=topic)
    >>> sources_said(SimpleNamespace(formulas=(f(""), f("", S.BUILTIN), f("mined"), f(""))))
    ['builtin', 'mined', 'rule']
    """
    said = {made_by(formula) for formula in comparison.formulas}
    return [word for word in SOURCE_MEANING if word in said]


FORMULA_ORDER = (
    FormulaStatus.DROPPED,
    FormulaStatus.CHANGED,
    FormulaStatus.APPEARED,
    FormulaStatus.PERSISTED,
)
"""Dropped and changed formulas first: they are the news. The order of every formula list
(terminal, Markdown, the HTML panel and its filters)."""


def across_languages(comparison: Comparison) -> bool:
    """True when A and B are in different languages (``Readout.language``, as ``compare`` decides).

    Words of two languages are never compared, so a word diff would strike out every word of A
    and underline every word of B: the views show such pairs side by side, without word marks.
    """
    return comparison.a.language != comparison.b.language


def place(alignment: Alignment, comparison: Comparison) -> str:
    """Say where a passage stands: ``"A 5 → B 9"``, ``"A 5"`` or ``"B 9"``; on a line of several
    sentences with the sentence's number on it, ``"A 3.4 → B 3.2"`` (:mod:`readoutdiff.model.places`).

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Title\\nWe met. Trade grew."), from_text("Title\\nTrade grew."))
    >>> [place(a, c) for a in c.alignments]
    ['A 1 → B 1', 'A 2.1', 'A 2.2 → B 2']
    """
    sides = [
        f"A {sentences_place(comparison.a, alignment.a)}" if alignment.a else "",
        f"B {sentences_place(comparison.b, alignment.b)}" if alignment.b else "",
    ]
    return " → ".join(side for side in sides if side)


PAIRED = "paired"
"""The word for a passage of one language paired with one of another (``Status.CHANGED`` in
the data): its words are not compared, so "changed" would tell a reader the text changed when it
was translated (ux5: a Chinese readout and its English version read "10 changed", every row)."""


def status_word(alignment: Alignment, comparison: Comparison | None = None) -> str:
    """A passage's status as the views say it: its value, or :data:`PAIRED` for a changed
    passage of two languages (given ``comparison``), and "only in A, Chinese" / "only in B,
    English" for a dropped / added one of two versions of one call (:func:`one_call`; two
    languages dated further apart keep "dropped" / "added"); the JSON keeps the value.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Both sides met today."), from_text("Both sides met."))
    >>> [status_word(x, c) for x in c.alignments]
    ['changed']
    """
    if comparison is not None and across_languages(comparison):
        if alignment.status is Status.CHANGED:
            return PAIRED
        if alignment.status in _LONE and one_call(comparison):
            return only_in(_LONE[alignment.status], comparison)
    return alignment.status.value


def formula_word(
    status: FormulaStatus, comparison: Comparison | None = None, names: tuple[str, str] = ("A", "B")
) -> str:
    """A formula's status as the lists say it (terminal groups, Markdown's status column, the
    HTML badges, counts and filters, check's summary tables): its value, or, for two languages'
    versions of one call (:func:`one_call`), "only in A, Chinese" for ``dropped`` and "only in
    B, English" for ``appeared``, as the key changes say "Only in A, the Chinese version"; the
    JSON keeps the value. ``names``: the sides' names, as :func:`only_in` takes them.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("We defend core interests."), from_text("我们维护核心利益。"))
    >>> formula_word(FormulaStatus.DROPPED, c), formula_word(FormulaStatus.PERSISTED, c)
    ('only in A, English', 'persisted')
    >>> formula_word(FormulaStatus.APPEARED), formula_word(FormulaStatus.APPEARED, c)
    ('appeared', 'only in B, Chinese')
    """
    side = _LONE_FORMULAS.get(status)
    if side and comparison is not None and one_call(comparison):
        return only_in(side, comparison, names)
    return status.value


_Key = TypeVar("_Key", bound=str)


def a_first(order: Sequence[_Key], comparison: Comparison | None) -> tuple[_Key, ...]:
    """``order``, a list of formula statuses, with ``dropped`` before ``appeared`` for two
    languages' versions of one call: the counts say "only in A, Chinese" before "only in B,
    English", as the passage counts do (ux10); every other pair keeps ``order`` (the JSON
    summary's order).

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("We defend core interests."), from_text("我们维护核心利益。"))
    >>> a_first(tuple(FormulaStatus), c)[2:], a_first(["appeared", "dropped"], None)
    ((<FormulaStatus.DROPPED: 'dropped'>, <FormulaStatus.APPEARED: 'appeared'>), ('appeared', 'dropped'))
    """
    items = list(order)
    lone = [i for i, s in enumerate(items) if s in (FormulaStatus.DROPPED, FormulaStatus.APPEARED)]
    if comparison is not None and len(lone) == 2 and one_call(comparison):
        first, second = lone
        if items[first] == FormulaStatus.APPEARED:
            items[first], items[second] = items[second], items[first]
    return tuple(items)


def one_call(comparison: Comparison) -> bool:
    """Whether A and B are two languages' versions of one call: two languages, dated at most a
    day apart (or undated), the test the key changes and ``check`` make (ux7, ux8). What one
    of them says alone was not dropped or added: it is only in that version."""
    return two_versions(comparison)


def only_in(side: str, comparison: Comparison, names: tuple[str, str] = ("A", "B")) -> str:
    """``"only in A, Chinese"``: the word for what one version of a call alone says, ``side``
    ``"A"`` or ``"B"``, named by ``names`` (check's summary says ``("old", "new")``, as its
    findings say "only in old")."""
    readout = comparison.a if side == "A" else comparison.b
    name = names[0] if side == "A" else names[1]
    return f"only in {name}, {language(readout.language).name}"


def lone_words(comparison: Comparison, names: tuple[str, str] = ("A", "B")) -> tuple[str, str]:
    """What the counts call passages only in A and only in B: ``("dropped", "added")``, or
    ``("only in A, Chinese", "only in B, English")`` for two versions of one call."""
    if one_call(comparison):
        return only_in("A", comparison, names), only_in("B", comparison, names)
    return Status.DROPPED.value, Status.ADDED.value


_LONE = {Status.DROPPED: "A", Status.ADDED: "B"}
_LONE_FORMULAS = {FormulaStatus.DROPPED: "A", FormulaStatus.APPEARED: "B"}


def kind(alignment: Alignment, comparison: Comparison | None = None) -> str:
    """Name a passage's fate in words, with splits, merges and moves (its own place is said by
    :func:`place`, which every view prints beside it; a move also says, given ``comparison``,
    the passage it followed in A: :func:`moved_from`; two languages' passages are "paired",
    :func:`status_word`)."""
    words = [status_word(alignment, comparison)]
    if alignment.moved:
        after = moved_from(alignment, comparison) if comparison else ""
        words.append(f"moved ({after})" if after else "moved")
    if grouped := regrouped(alignment):
        words.append(grouped)
    return ", ".join(words)


def regrouped(alignment: Alignment) -> str:
    """How a passage of several sentences on a side was cut anew: ``"split 1→3"``, ``"merged
    2→1"``, ``"regrouped 2→2"``; ``""`` for one sentence a side or a passage of one side.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("We met and agreed to talk again soon about trade."),
    ...             from_text("We met. We agreed to talk again soon about trade."))
    >>> [regrouped(x) for x in c.alignments]
    ['split 1→2']
    """
    many_a, many_b = len(alignment.a), len(alignment.b)
    if not (alignment.a and alignment.b and max(many_a, many_b) > 1):
        return ""
    # Two sentences of A said in two of B, cut elsewhere, are no merge ("merged 2→2").
    split = "merged" if many_a > many_b else "split" if many_a < many_b else "regrouped"
    return f"{split} {many_a}→{many_b}"


def score(alignment: Alignment, comparison: Comparison) -> str:
    """How alike a changed passage's sides are, as its head says it: ``"score 0.68"``, or
    ``"punctuation only"`` when no run the word diff shows changed (:func:`as_read`: a word in
    the other script alone, when a side is Traditional Chinese, is none) holds a letter or digit
    (an added quote mark: the score rounds to 1.00, yet the texts differ and the word diff shows
    the mark). A word change never reads "score 1.00": a score that would round up to it shows
    0.99.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Both sides met today."), from_text('"Both sides met today.'))
    >>> [(x.status.value, score(x, c)) for x in c.alignments]
    [('changed', 'punctuation only')]
    >>> c = compare(from_text("双方同意加强战略沟通,深化务实合作。"),
    ...             from_text("雙方同意加強戰略溝通、深化務實合作。"))
    >>> [(x.status.value, score(x, c)) for x in c.alignments]
    [('changed', 'punctuation only')]
    """
    edited = any(op.op is not Op.EQUAL for op in alignment.ops)
    edits = [op.text for op in as_read(comparison, alignment) if op.op is not Op.EQUAL]
    if edited and not any(ch.isalnum() for text in edits for ch in text):
        return "punctuation only"
    return f"score {alignment.score if alignment.score < 0.995 else 0.99:.2f}"


def moved_from(alignment: Alignment, comparison: Comparison) -> str:
    """What a moved passage moved from: the passage it followed in A (``"in A after A 4.4"``;
    the first passage, the one it preceded), as its own place, "A 4.5 → B 4.5", may not
    change by number when it moved relative to its neighbours; ``""`` when not moved.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Both sides met today.\\nThey discussed trade and energy at length."),
    ...             from_text("They discussed trade and energy at length.\\nBoth sides met today."))
    >>> [moved_from(x, c) for x in c.alignments]
    ['', 'in A before A 2']
    """
    sentences = comparison.a.sentences
    if not alignment.moved or not alignment.a:
        return ""
    first, last = alignment.a[0].index, alignment.a[-1].index
    for at, how in ((first - 1, "after"), (last + 1, "before")):
        if 0 <= at < len(sentences) and sentences[at].index == at:
            return f"in A {how} A {sentences_place(comparison.a, (sentences[at],))}"
    return ""


def counts(comparison: Comparison) -> str:
    """One line of passage counts, e.g. ``"3 unchanged · 7 changed · 2 moved · 27 dropped · 9
    added"``, in the HTML header's order: a moved passage is also unchanged or changed.

    "0 changed (948 moved)" read as 948 of no changed passage: the moves were of unchanged ones.
    """
    tally = dict.fromkeys(Status, 0)
    for alignment in comparison.alignments:
        tally[alignment.status] += 1
    moved = sum(alignment.moved for alignment in comparison.alignments)
    changed = PAIRED if across_languages(comparison) else Status.CHANGED.value
    lone = lone_words(comparison)
    return (
        f"{tally[Status.UNCHANGED]} unchanged · {tally[Status.CHANGED]} {changed} · {moved} moved · "
        f"{tally[Status.DROPPED]} {lone[0]} · {tally[Status.ADDED]} {lone[1]}"
    )


def formulas_by_status(comparison: Comparison) -> list[tuple[FormulaStatus, list[Formula]]]:
    """Group formulas by status in :data:`FORMULA_ORDER`, leaving out empty groups, each group
    in reading order (:func:`reading_order`)."""
    groups = [
        (status, reading_order(f for f in comparison.formulas if f.status is status))
        for status in FORMULA_ORDER
    ]
    return [(status, items) for status, items in groups if items]


def reading_order(formulas: Iterable[Formula]) -> list[Formula]:
    """``formulas`` in the order a reader meets them: by where each first stands in A, then in B
    (a formula only in B by its place in B: a group holds one status), the formula stage's
    order kept for a tie. The stage
    adds some changes after its sorted list (two one-sided formulas that say the same thing),
    which left a list reading "A 5.3, A 5.7, A 5.9, A 5.4" (ux13).

    >>> from readoutdiff.model import Span
    >>> def f(a: int | None, b: int | None) -> Formula:
    ...     return Formula(status=FormulaStatus.CHANGED, a_text="x", b_text="y",
    ...                    a_spans=(Span(start=a, end=a + 1, line=1),) if a is not None else (),
    ...                    b_spans=(Span(start=b, end=b + 1, line=1),) if b is not None else ())
    >>> [(x.a_spans[0].start, x.b_spans[0].start) for x in reading_order([f(9, 2), f(4, 7), f(4, 1)])]
    [(4, 1), (4, 7), (9, 2)]
    >>> [x.b_spans[0].start for x in reading_order([f(None, 8), f(None, 3)])]
    [3, 8]
    """

    def place(formula: Formula) -> tuple[int, int]:
        a = formula.a_spans[0].start if formula.a_spans else -1
        b = formula.b_spans[0].start if formula.b_spans else -1
        return a, b

    return sorted(formulas, key=place)


def formula_lines(formula: Formula, comparison: Comparison) -> str:
    """Say where a formula stands, e.g. ``"A 5, 7 → B 9"``, or ``"A 3.2, 3.5 → B 3.4"`` (line 3,
    sentences 2 and 5) on a line of several sentences."""
    a_lines = shorts(comparison.a, formula.a_spans)
    b_lines = shorts(comparison.b, formula.b_spans)
    sides = [f"A {a_lines}" if a_lines else "", f"B {b_lines}" if b_lines else ""]
    return " → ".join(side for side in sides if side)


def formula_wording(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> str:  # fmt: skip
    """Quote a formula's wording on each side, e.g. ``'"true" → "genuine"'``; a changed phrase
    names the formula it belongs to by its words (``names``, from :func:`anchor_names`):
    ``'around "core interests": "a" → "b"'``, never by its id. Spaces inside a wording are
    quoted as the key changes quote them, one space for a run ("соответствует   коренным" as
    a page pasted with three spaces has it: "соответствует коренным").

    >>> formula_wording(Formula(status=FormulaStatus.DROPPED, a_text="a  b\\nc", b_text=None))
    '“a b c”'
    """
    around = around_what(formula, names, fates)
    a_text, b_text = _quoted(formula.a_text), _quoted(formula.b_text)
    if a_text and b_text and formula.a_text != formula.b_text:
        return nested(f"{around}“{a_text}” → “{b_text}”")  # “‘一带一路’倡议”, as the key changes
    return nested(f"{around}“{a_text or b_text}”")


def marked_lines(formula: Formula, comparison: Comparison) -> tuple[Marked | None, Marked | None]:
    """Each side's line of a short formula, as an analyst would quote it
    (:func:`readoutdiff.formulas.entries.lines.lines`), cut around the formula itself, for a
    view to mark it inside its line (branch u57): ``(before, core, after)``, with ``core``
    ``""`` (the line whole in ``before``) where the formula's words are not found in it; None
    on a side with no line."""
    a_line, b_line = lines(formula, comparison.a, comparison.b)
    return (
        marked(a_line, comparison.a, formula.a_spans[0]) if a_line else None,
        marked(b_line, comparison.b, formula.b_spans[0]) if b_line else None,
    )


Marked = tuple[str, str, str]
"""A line cut around the formula it holds: before, the formula's words, after."""


def marked(line: str, readout: Readout, span: Span) -> Marked:
    """``line``, the clause of ``readout`` the formula at ``span`` stands in, cut around the
    formula's words: the place whose words after it are the readout's words after the formula
    (a line may say a core twice), else the first place; ``(line, "", "")`` when the words are
    nowhere in the line as whole words (a line that dropped a leading "and" of the formula).

    >>> from readoutdiff.model import Readout, Span
    >>> text = "peace talks for a lasting peace; more."
    >>> r = Readout(path="a", text=text, sha256="", title=None, date=None, sentences=())
    >>> at = text.index("peace;")
    >>> marked("peace talks for a lasting peace", r, Span(start=at, end=at + 5, line=1))
    ('peace talks for a lasting ', 'peace', '')
    """
    core = " ".join(readout.text[span.start : span.end].split())
    found = _whole_places(core, line)
    if not found:
        return (line, "", "")
    place = found[0]
    if len(found) > 1:  # the one the readout's words after the formula follow
        following = _SPACES.sub(" ", readout.text[span.end : span.end + _AFTER_REACH])
        # the first that does: a later place's tail is a piece of the formula's own, and the
        # last place's, "" at the line's end, follows any formula (rev12)
        tails = (at for at in found if following.startswith(_tail(line, at + len(core))))
        place = next(tails, place)
    return (line[:place], core, line[place + len(core) :])


def _whole_places(core: str, line: str) -> list[int]:
    """Where ``core`` stands in ``line`` as whole words: no letter or digit right before or
    after it."""
    places, at = [], line.find(core) if core else -1
    while at >= 0:
        end = at + len(core)
        if not (at and line[at - 1].isalnum()) and not (end < len(line) and line[end].isalnum()):
            places.append(at)
        at = line.find(core, at + 1)
    return places


def _tail(line: str, end: int) -> str:
    return line[end:].removesuffix(" …")


_SPACES = re.compile(r"\s+")
_AFTER_REACH = 1100
"""Characters of the readout after a formula read to find its place in its line (the line
reaches at most 1,000 past it, :mod:`readoutdiff.formulas.entries.lines`)."""


def _quoted(text: str | None) -> str:
    return " ".join(one_line(text or "").split())


def around_what(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> str:  # fmt: skip
    """What kind of change a changed entry is, said before its wordings as the key changes say
    it (:mod:`readoutdiff.formulas.keys.change_names`): ``"formula reworded: "``, ``'wording around
    kept formula “core interests” changed: '`` (``names``, from
    :func:`~readoutdiff.formulas.keys.naming.anchor_names`; ``fates``, from
    :func:`~readoutdiff.formulas.keys.naming.anchor_fates`: ``'wording around dropped formula …'``), ``'wording inside “hold … accountable” changed:
    '`` …; ``""`` for an entry that is not *changed*."""
    if formula.status is not FormulaStatus.CHANGED:
        return ""
    return listed(formula, names, fates)


def dated(date: str | None, notes: Sequence[str]) -> tuple[str | None, list[str]]:
    """A readout's date as a line shows it, and its notes left to say: the note that the date
    was taken from the file name is said with the date ("2025-02-20 from the file name"), not
    after it again ("2025-02-20, …, date 2025-02-20 taken from the file name" at every readout
    of the evaluation set and of any folder named by date).

    >>> dated("2025-02-20", ["date 2025-02-20 taken from the file name", "cut short"])
    ('2025-02-20 from the file name', ['cut short'])
    >>> dated("2025-02-20", ["date 2025-02-20 counted back from the file name's 2025-02-21"])
    ('2025-02-20', ["date 2025-02-20 counted back from the file name's 2025-02-21"])
    """
    said = None if date is None else file_name_note(date)
    if said is None or said not in notes:
        return date, list(notes)
    return f"{date} from the file name", [note for note in notes if note != said]
