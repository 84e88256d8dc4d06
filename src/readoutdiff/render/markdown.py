"""Markdown for a GitHub comment or pull request: a summary table, key changes, formulas, passages."""

from __future__ import annotations

import html
from collections.abc import Mapping

from readoutdiff.formulas.keys.key_changes import NO_CHANGE, key_changes
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names, one_line
from readoutdiff.languages import language
from readoutdiff.languages.traditional import as_read
from readoutdiff.model import Alignment, Comparison, Formula, Op, Readout, Status
from readoutdiff.model.figures import said_similarity
from readoutdiff.render import labels
from readoutdiff.render.escape import shown_path

_TAGS = {Op.DELETE: ("<del>", "</del>"), Op.INSERT: ("<ins>", "</ins>")}


def render_markdown(comparison: Comparison) -> str:
    """Return the comparison as GitHub-flavoured Markdown (readout text HTML-escaped).

    >>> from readoutdiff import compare, from_text
    >>> print(render_markdown(compare(from_text("We met."), from_text("We met today."))).splitlines()[-1])
    - **changed** (A 1 → B 1, score 0.68): We met<ins> today</ins>.
    """
    out = [
        "## readoutdiff",
        "",
        "| | file | date | title |",
        "| --- | --- | --- | --- |",
        _readout_row("A", comparison.a),
        _readout_row("B", comparison.b),
        "",
        f"Similarity **{said_similarity(comparison.similarity)}** · {labels.counts(comparison)}",
    ]
    names = anchor_names(comparison)  # for the key changes and the formula list
    keys = key_changes(comparison, names)
    out.extend(["", "### Key changes", ""])
    out.extend(f"{rank}. {_escape(key.summary)}" for rank, key in enumerate(keys, 1))
    if not keys:  # the same passages: say so, where a reader looks for what changed
        out.append(_escape(NO_CHANGE))
    out.extend(_formulas(comparison, names))
    out.extend(["", "### Passages", ""])
    across = labels.across_languages(comparison)
    out.extend(_passage(alignment, comparison, across) for alignment in comparison.alignments)
    out.extend(_ignored(comparison))
    out.extend(f"\n> note: {_escape(note)}" for note in comparison.notes)
    return "\n".join(out) + "\n"


def _escape(text: str) -> str:
    """Escape HTML and the Markdown characters that could restyle readout text."""
    escaped = html.escape(one_line(text), quote=False)  # a wrapped line end: a space, or none
    for char in "\\`*_[]|#~":
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\n", " ").replace("\r", " ")


def _ignored(comparison: Comparison) -> list[str]:
    """Site junk kept out of the comparison: side, line, kind and text of each line."""
    items = [("A", item) for item in comparison.a.ignored]
    items += [("B", item) for item in comparison.b.ignored]
    if not items:
        return []
    out = ["", "### Ignored (not compared)", ""]
    out.extend(
        f"- {side} {item.span.line} {_escape(item.reason)}: {_escape(item.text)}"
        for side, item in items
    )
    return out


def _readout_row(label: str, readout: Readout) -> str:
    """A readout's row of the header table; a date taken from the file name says so in its
    column, as the terminal's header does, not again after the title ("| 2021-03-04 | PM call
    … (English) (date 2021-03-04 taken from the file name) |")."""
    date, said = labels.dated(readout.date, readout.notes)
    notes = (language(readout.language).name, *said)
    title = _escape(readout.title or "") + "".join(f" ({_escape(note)})" for note in notes)
    return f"| {label} | {_escape(shown_path(readout.path))} | {date or ''} | {title} |"


def _passage(alignment: Alignment, comparison: Comparison, across: bool) -> str:
    score = f", {labels.score(alignment, comparison)}" if alignment.status is Status.CHANGED else ""
    head = f"- **{labels.kind(alignment, comparison)}** ({labels.place(alignment, comparison)}{score}): "
    if alignment.status in (Status.DROPPED, Status.ADDED, Status.UNCHANGED):
        return head + _escape(alignment.b_text or alignment.a_text)
    if across:  # two languages: no word diff, both sides as they are
        return f"{head}A: {_escape(alignment.a_text)}<br>B: {_escape(alignment.b_text)}"
    pieces = []
    for op in as_read(comparison, alignment):
        start, end = _TAGS.get(op.op, ("", ""))
        pieces.append(f"{start}{_escape(op.text)}{end}")
    return head + "".join(pieces)


def _formulas(comparison: Comparison, names: Mapping[str, str]) -> list[str]:
    groups = labels.formulas_by_status(comparison)
    if not groups:
        return []
    fates = anchor_fates(comparison)
    out = [
        "",
        "### Formulas",
        "",
        "| status | wording | where | source |",
        "| --- | --- | --- | --- |",
    ]
    for status, formulas in groups:
        for formula in formulas:
            variant = " (variant)" if formula.variant else ""
            wording = _escape(labels.formula_wording(formula, names, fates))
            context = _context(formula, comparison)  # a short core's line (ext1), marked (u57)
            out.append(
                f"| {labels.formula_word(status, comparison)}{variant} | {wording}{f' ({context})' if context else ''} "
                f"| {labels.formula_lines(formula, comparison)} | {labels.made_by(formula)} |"
            )
    said = labels.sources_said(comparison)  # what the source column's words mean (ux13)
    meanings = "; ".join(f"{word}: {_escape(labels.SOURCE_MEANING[word])}" for word in said)
    return [*out, "", f"Source — {meanings}."]


def _context(formula: Formula, comparison: Comparison) -> str:
    """The text view's ``in A “…” · in B “…”``, escaped, the formula's words in each line in
    bold (branch u57); ``""`` when neither wording is a short core."""
    said = []
    for side, line in zip("AB", labels.marked_lines(formula, comparison), strict=True):
        if line is not None:
            before, core, after = map(_escape, line)
            said.append(f"in {side} “{before}{f'**{core}**' if core else ''}{after}”")
    return " · ".join(said)
