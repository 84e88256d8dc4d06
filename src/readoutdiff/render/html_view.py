"""Build the view of a comparison that the HTML template loops over.

Every decision (which rows fold, which CSS class, which label, where a moved
passage came from, which words a formula covers) is taken here, so that the
template only has ``if`` and ``for``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.keys.key_changes import NO_CHANGE, key_changes
from readoutdiff.formulas.keys.key_record import WHERE, inner
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names
from readoutdiff.languages import html_lang, language
from readoutdiff.model import Comparison, Formula, FormulaStatus, Readout, Status
from readoutdiff.model.figures import said_similarity
from readoutdiff.model.places import numbers_on_lines
from readoutdiff.records.record import record
from readoutdiff.render import labels
from readoutdiff.render.escape import shown_path
from readoutdiff.render.html_rows import Group, Row, build_rows, fold
from readoutdiff.render.html_text import Part, plain, visible

FORMULA_SUMMARY_ORDER = tuple(FormulaStatus)
"""Order of the formula counts in the header, as in the JSON summary."""


@record
class Side:
    """What the header says about one readout."""

    label: str
    css: str
    title: tuple[Part, ...]
    date: str
    path: tuple[Part, ...]
    sha_short: str
    sha: str
    sentences: int
    language: str
    lang: str
    """The ``lang`` attribute of its text (title, passages, wordings); empty for English."""


@record
class Count:
    """One number of the summary, with the word for it and its CSS class."""

    label: str
    """The status counted: the filter's value and the ``data-status`` it shows or hides."""
    value: int
    css: str
    word: str = ""
    """The word shown for it when not ``label``: "only in A, Chinese" for ``dropped`` in two
    languages' versions of one call (:func:`labels.formula_word`, ux9)."""


@record
class FormulaItem:
    """One entry of the formula panel."""

    id: str
    status: str
    """The status value: the filters' key (``data-status``) and the CSS class."""
    note: str
    """Extra status words, e.g. ``"variant wording"``."""
    a: tuple[Part, ...]
    b: tuple[Part, ...]
    href: str
    """Link to the first row holding the formula (``""`` when it is nowhere in the text)."""
    where: str
    """How often it occurs on each side, in words."""
    a_line: tuple[Part, ...] = ()
    """The line a short formula stands in on side A, shown under its wording, quieter (ext1's
    ``a_clause``; branch u56); ``()`` when the wording is not a short core or is its line."""
    b_line: tuple[Part, ...] = ()
    """The same on side B."""
    word: str = ""
    """The badge's word when not ``status``: "only in B, English" for ``appeared`` in two
    languages' versions of one call (:func:`labels.formula_word`, ux9)."""
    made: str = ""
    """``mined`` for a phrase mining made, ``rule`` for a line a rule read, ``""`` for a
    lexicon's formula: the terminal's ``[mined]``/``[rule]`` (:func:`labels.made_by`)."""


@record
class IgnoredItem:
    """One line of boilerplate kept out of the comparison."""

    side: str
    line: int
    reason: str
    text: tuple[Part, ...]


@record
class KeyPiece:
    """A piece of a key change: text, or a place (``A line 3, sentence 4``) linking to its row."""

    parts: tuple[Part, ...]
    href: str = ""
    """``#r12``, the row of the passage the place names; ``""`` for text."""


@record
class Report:
    """Everything the template shows."""

    page_title: str
    a: Side
    b: Side
    similarity: str
    passages: tuple[Count, ...]
    formula_counts: tuple[Count, ...]
    formula_filters: tuple[Count, ...]
    """The formula counts in panel order, for the status filters."""
    changes: int
    groups: tuple[Group, ...]
    formulas: tuple[FormulaItem, ...]
    ignored: tuple[IgnoredItem, ...]
    notes: tuple[str, ...]
    stamp: str
    key_changes: tuple[tuple[KeyPiece, ...], ...] = ()
    """The key changes, most significant first (see :mod:`readoutdiff.formulas.keys.key_changes`),
    each place in them a link to the row that shows it."""
    no_change: str = ""
    """:data:`~readoutdiff.formulas.keys.key_changes.NO_CHANGE` when there are no key changes (the
    passages are the same), else ``""``."""
    numbered: bool = False
    """True when a line number carries a sentence's number (``3.4``): the legend says so."""
    across: str = ""
    """``"English and Chinese"`` when A and B are in two languages (no word marks), else ``""``."""
    dropped: str = "dropped passages"
    """What the table's caption calls the passages only A has: "passages only in A" for two
    languages' versions of one call (:func:`labels.one_call`, ux9)."""


def build_report(comparison: Comparison, *, stamp: str | None = None) -> Report:
    """Return the view of ``comparison`` for the HTML template.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Trade grew. We met.", path="a"), from_text("Trade grew.", path="b"))
    >>> report = build_report(c)
    >>> [(row.status, row.a.lines, row.b.lines) for g in report.groups for row in g.rows]
    [('unchanged', '1.1', '1'), ('dropped', '1.2', '')]
    """
    in_order = [formula for _, group in labels.formulas_by_status(comparison) for formula in group]
    formulas = [(f"f{number}", formula) for number, formula in enumerate(in_order, 1)]
    rows = build_rows(comparison, formulas)
    # asked once: the key changes and the formula list name formulas
    names, fates = anchor_names(comparison), anchor_fates(comparison)
    keys = _linked_keys(comparison, names)
    return Report(
        page_title=plain(f"readoutdiff: {_name(comparison.a)} → {_name(comparison.b)}"),
        a=_side("A", comparison.a),
        b=_side("B", comparison.b),
        similarity=said_similarity(comparison.similarity),
        passages=_passage_counts(comparison),
        formula_counts=_formula_counts(
            comparison, labels.a_first(FORMULA_SUMMARY_ORDER, comparison)
        ),
        formula_filters=_formula_counts(comparison, labels.FORMULA_ORDER),
        changes=sum(row.change for row in rows),
        groups=fold(rows),
        formulas=tuple(
            _formula(fid, formula, rows, (names, fates), comparison) for fid, formula in formulas
        ),
        ignored=_ignored("A", comparison.a) + _ignored("B", comparison.b),
        notes=comparison.notes + _notes("A", comparison.a) + _notes("B", comparison.b),
        stamp=stamp or "",
        key_changes=keys,
        no_change="" if keys else NO_CHANGE,
        numbered=any("." in row.a.lines or "." in row.b.lines for row in rows),
        across=_languages(comparison) if labels.across_languages(comparison) else "",
        dropped="passages only in A" if labels.one_call(comparison) else "dropped passages",
    )


def _linked_keys(
    comparison: Comparison, names: Mapping[str, str]
) -> tuple[tuple[KeyPiece, ...], ...]:
    """The key changes, each place they name (:data:`WHERE`) a link to the row holding it."""
    rows = _rows_by_place(comparison)
    linked = []
    for key in key_changes(comparison, names):
        pieces, at = [], 0
        for found in WHERE.finditer(key.summary):
            side, line, sentence = found.groups()
            row = rows.get((side, int(line), int(sentence) if sentence else None))
            if row is None:
                continue
            pieces.append(KeyPiece(parts=visible(key.summary[at : found.start()])))
            pieces.append(KeyPiece(parts=visible(found.group()), href=f"#{row}"))
            at = found.end()
        pieces.append(KeyPiece(parts=visible(key.summary[at:])))
        linked.append(tuple(pieces))
    return tuple(linked)


def _rows_by_place(comparison: Comparison) -> dict[tuple[str, int, int | None], str]:
    """Each sentence's place (side, line, number on a line of several) -> its row's id."""
    numbers = {"A": numbers_on_lines(comparison.a), "B": numbers_on_lines(comparison.b)}
    rows: dict[tuple[str, int, int | None], str] = {}
    for number, alignment in enumerate(comparison.alignments, 1):
        for side, sentences in (("A", alignment.a), ("B", alignment.b)):
            for s in sentences:
                rows.setdefault((side, s.span.line, numbers[side][s.index]), f"r{number}")
    return rows


def _languages(comparison: Comparison) -> str:
    return f"{language(comparison.a.language).name} and {language(comparison.b.language).name}"


def _notes(side: str, readout: Readout) -> tuple[str, ...]:
    # one list holds the notes of both readouts, so each says whose it is
    return tuple(f"{side}: {note}" for note in readout.notes)


def _name(readout: Readout) -> str:
    return shown_path(readout.path).replace("\\", "/").rsplit("/", 1)[-1] or "readout"


def _side(label: str, readout: Readout) -> Side:
    return Side(
        label=label,
        css=f"side-{label.lower()}",
        title=visible(readout.title or _name(readout)),
        date=readout.date or "undated",
        path=visible(shown_path(readout.path)),
        sha_short=readout.sha256[:12],
        sha=readout.sha256,
        sentences=len(readout.sentences),
        language=language(readout.language).name,
        lang=html_lang(readout.language, readout.notes),
    )


def _passage_counts(comparison: Comparison) -> tuple[Count, ...]:
    alignments = comparison.alignments
    by_status = Counter(alignment.status for alignment in alignments)
    moved = sum(alignment.moved for alignment in alignments)
    paired = labels.across_languages(comparison)  # two languages: "paired", not "changed"
    counts = [
        (labels.PAIRED if paired and status is Status.CHANGED else status.value, by_status[status])
        for status in Status
    ]
    counts.insert(2, ("moved", moved))
    # two versions of one call: "only in A, Chinese" shown (ux9); the label stays the value
    lone = dict(
        zip((Status.DROPPED.value, Status.ADDED.value), labels.lone_words(comparison), strict=True)
    )
    return tuple(
        Count(label=label, value=value, css=f"s-{label}", word=_shown(lone.get(label), label))
        for label, value in counts
    )


def _formula_counts(comparison: Comparison, order: Sequence[FormulaStatus]) -> tuple[Count, ...]:
    by_status = Counter(formula.status for formula in comparison.formulas)
    return tuple(
        Count(label=s.value, value=by_status[s], css=f"f-{s.value}", word=_word(s, comparison))
        for s in order
    )


def _word(status: FormulaStatus, comparison: Comparison) -> str:
    """:func:`labels.formula_word` when it is not the status value (the template shows the
    value then), else ``""``."""
    return _shown(labels.formula_word(status, comparison), status.value)


def _shown(word: str | None, label: str) -> str:
    """``word`` when the view says it otherwise than ``label``, else ``""`` (the template shows
    the label then)."""
    return "" if word is None or word == label else word


_MADE = ("mined", "rule")
"""What the panel tags a formula with (a lexicon's formula gets no tag, as in the terminal)."""


def _formula(
    formula_id: str, formula: Formula, rows: Sequence[Row],
    named: tuple[Mapping[str, str], Mapping[str, FormulaStatus]], comparison: Comparison,
) -> FormulaItem:  # fmt: skip
    """A formula of the list; a changed one notes which kind of change it is, in the words of
    the key changes (:mod:`readoutdiff.formulas.keys.change_names`; ``named``: :func:`anchor_names` and
    :func:`anchor_fates` of the comparison); a short core carries the line it stands in on each
    side (:func:`~readoutdiff.formulas.entries.lines.lines`, the text view's ``in A “…”``)."""
    first = next((row.id for row in rows if formula_id in row.formulas), "")
    change = labels.around_what(formula, *named).removesuffix(": ")
    a_line, b_line = labels.marked_lines(formula, comparison)
    return FormulaItem(
        id=formula_id,
        status=formula.status.value,
        word=_word(formula.status, comparison),
        note="variant wording" if formula.variant else change,
        a=visible(inner(formula.a_text)) if formula.a_text is not None else (),  # in <q>: ‘…’
        b=visible(inner(formula.b_text)) if formula.b_text is not None else (),
        href=f"#{first}" if first else "",
        where=_times(len(formula.a_spans), len(formula.b_spans)),
        a_line=_line(a_line) if a_line else (),  # in <q> too: its “…” as ‘…’
        b_line=_line(b_line) if b_line else (),
        made=made if (made := labels.made_by(formula)) in _MADE else "",
    )


def _line(line: labels.Marked) -> tuple[Part, ...]:
    """A short formula's line as the panel shows it (:func:`labels.marked_lines`): the
    readout's “…” as ‘…’, the formula's words a :attr:`Part.core` part (u57)."""
    before, core, after = (inner(piece) for piece in line)
    marked = tuple(Part(text=p.text, control=p.control, core=True) for p in visible(core))
    return (*visible(before), *marked, *visible(after))


def _times(in_a: int, in_b: int) -> str:
    """How often each side says a formula; a side that says it nowhere is already "absent".

    >>> _times(2, 1), _times(1, 0), _times(0, 3)
    ('(2 in A, 1 in B)', '(1 in A)', '(3 in B)')
    """
    said = [f"{count} in {side}" for count, side in ((in_a, "A"), (in_b, "B")) if count]
    return f"({', '.join(said)})" if said else ""


def _ignored(label: str, readout: Readout) -> tuple[IgnoredItem, ...]:
    return tuple(
        IgnoredItem(side=label, line=item.span.line, reason=item.reason, text=visible(item.text))
        for item in readout.ignored
    )
