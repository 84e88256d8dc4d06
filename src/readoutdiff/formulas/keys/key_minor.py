"""The one key change of a pair where no formula and no whole passage changed: what did.

Only capitalisation, only the order, only spacing, quotes or dashes, only the script of
Chinese characters (Traditional for Simplified), only wording outside
the formulas, or only the language (two versions of one text): a reader who looks for the
key changes learns why there are none.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from readoutdiff.formulas.keys.key_record import KeyChange, quote, where
from readoutdiff.ingest.text import CUT_OFF
from readoutdiff.languages import language
from readoutdiff.languages.folding import fold_style, visible
from readoutdiff.model import Alignment, Comparison, FormulaStatus, Op, Readout, Status
from readoutdiff.model.places import place
from readoutdiff.records.replacing import replace


def minor_only(comparison: Comparison) -> KeyChange | None:
    """Say in one entry what changed when no formula and no whole passage did; None when the
    passages are the same, character for character.

    >>> from readoutdiff import compare, from_text
    >>> a = from_text("We defend core interests. Trade grew.")
    >>> minor_only(compare(a, from_text("We defend Core Interests. Trade grew."))).summary
    'Only capitalisation changed: “core interests” → “Core Interests” (A line 1, sentence 1 → B line 1, sentence 1).'
    >>> minor_only(compare(a, from_text("Trade grew.  We defend core  interests."))).summary
    'Only the order and spacing, quotes or dashes changed: 1 passage moved (A line 1, sentence 2 → B line 1, sentence 1); 1 passage spaced or punctuated otherwise (A line 1, sentence 1 → B line 1, sentence 2), in the same words.'
    >>> minor_only(compare(a, a)) is None
    True

    Across languages every passage differs in words: what is left to tell is that each has
    its counterpart (:func:`language_only`).

    >>> minor_only(compare(a, from_text("我们维护核心利益。贸易增长了。"))).summary
    'Only the language differs: A is in English, B in Chinese; every passage has its counterpart (2 pairs, none only in A or only in B), and the formula both name is kept.'
    """
    if comparison.a.language != comparison.b.language:
        return language_only(comparison)
    changed = [x for x in comparison.alignments if x.status is Status.CHANGED]
    # Split by identity: "x in case" compared alignments field by field, n² of them.
    in_case = [_words(x.a_text) == _words(x.b_text) for x in changed]
    case = [x for x, cased in zip(changed, in_case, strict=True) if cased]
    reworded = [x for x, cased in zip(changed, in_case, strict=True) if not cased]
    moved = [x for x in comparison.alignments if x.moved]
    differ = [
        x for x in comparison.alignments if x.status is Status.UNCHANGED and x.a_text != x.b_text
    ]
    # A passage whose sides differ only by a character nobody sees (U+200E LEFT-TO-RIGHT MARK,
    # a zero-width space) is not said to be spaced or punctuated otherwise: nothing shows.
    unseen = [visible(x.a_text) == visible(x.b_text) for x in differ]
    hidden = [x for x, same in zip(differ, unseen, strict=True) if same]
    shown = [x for x, same in zip(differ, unseen, strict=True) if not same]
    # An unchanged passage whose words still differ once the style is folded differs in the
    # script of its Chinese characters alone (compare._same_style): "spacing, quotes or
    # dashes" would be false of 習近平 → 习近平 (zh48).
    in_script = [_words(x.a_text) != _words(x.b_text) for x in shown]
    scripted = [x for x, other in zip(shown, in_script, strict=True) if other]
    restyled = [x for x, other in zip(shown, in_script, strict=True) if not other]
    told = [
        (what, places, describe(places))
        for what, places, describe in (
            (
                "wording outside the formulas",
                reworded,
                partial(_count, what="reworded", c=comparison),
            ),
            ("capitalisation", case, partial(_case_detail, c=comparison)),
            ("the order", moved, partial(_count, what="moved", c=comparison)),
            ("spacing, quotes or dashes", restyled, partial(_restyled_detail, c=comparison)),
            ("the script", scripted, partial(_count, what=_SCRIPTED, c=comparison)),
            ("invisible characters", hidden, partial(_hidden_detail, c=comparison)),
        )
        if places
    ]
    if not told:
        return None
    whats = [what for what, _, _ in told]
    what = whats[0] if len(whats) == 1 else f"{', '.join(whats[:-1])} and {whats[-1]}"
    first = told[0][1][0]
    a_words, b_words = _changed_words(first) if case and first is case[0] else (None, None)
    return KeyChange(
        kind="minor-only",
        summary=f"Only {what} changed: {'; '.join(detail for _, _, detail in told)}.",
        a_text=a_words, b_text=b_words,
        a_place=place(comparison.a, first.a[0].span), b_place=place(comparison.b, first.b[0].span),
        formula=None,
    )  # fmt: skip


def language_only(comparison: Comparison, after: int = 0) -> KeyChange:
    """Say that two readouts in two languages (most often two versions of one call) pair
    passage for passage, with the formulas both keep: what an analyst checks first of a
    translation is that neither version holds a passage the other lacks.

    ``after``: how many key changes are told above this one (a passage only one version
    holds, a formula one dropped); then it does not say that only the language differs, but
    how many passages pair and how many are only in A or only in B (all of them, told above
    or not: the list keeps seven).

    >>> from readoutdiff import compare, from_text
    >>> a = from_text("We defend core interests. Trade grew.")
    >>> language_only(compare(a, from_text("我们维护核心利益。")), after=1).summary
    'A is in English, B in Chinese; 1 passage paired across the languages, 1 only in A, none only in B, and the formula both name is kept.'
    """
    names = language(comparison.a.language).name, language(comparison.b.language).name
    pairs = sum(x.status in (Status.CHANGED, Status.UNCHANGED) for x in comparison.alignments)
    only_a = _only(sum(x.status is Status.DROPPED for x in comparison.alignments), "A")
    only_b = _only(sum(x.status is Status.ADDED for x in comparison.alignments), "B")
    only_a += _past_cut(comparison, "A")
    only_b += _past_cut(comparison, "B")
    told = [f"every passage has its counterpart ({pairs} pair{'' if pairs == 1 else 's'}, none"
            " only in A or only in B)"]  # fmt: skip
    lead = "Only the language differs: "
    if after:  # below other key changes: count what pairs, not "only the language"
        lead = ""
        told = [f"{pairs} passage{'' if pairs == 1 else 's'} paired across the languages, "
                f"{only_a}, {only_b}"]  # fmt: skip
    moved = [x for x in comparison.alignments if x.moved]
    if moved:
        told.append(_count(moved, what="in another order", c=comparison))
    if after:  # a formula one version alone says is no passage only in A: count it apart
        told[-1] += _lone_formulas(comparison)
    kept = sum(f.status is FormulaStatus.PERSISTED for f in comparison.formulas)
    formulas = "" if not kept else ", and the formula both name is kept"
    if kept > 1:
        formulas = f", and the {kept} formulas both name are kept"
    return KeyChange(
        kind="minor-only",
        summary=f"{lead}A is in {names[0]}, B in {names[1]}; "
        f"{'; '.join(told)}{formulas}.",
        a_text=None, b_text=None, a_place=None, b_place=None, formula=None,
    )  # fmt: skip


def one_version(key: KeyChange, comparison: Comparison) -> KeyChange:
    """``key`` told as said in one version only, when A and B are two languages' versions of
    one call (dated at most a day apart, or undated): a formula the Chinese text says and its
    English version does not was not *dropped* (ux6: xi-trump 2017-10-25, "Dropped formula
    “互利合作”" above "none only in A"), nor was a passage. "Dropped formula “X” (A line 9)"
    reads "Only in A, the Chinese version: formula “X” (A line 9)", "Dropped passage (A line
    3)" "Only in A, the Chinese version: passage (A line 3)"; "New formula" and "Added
    passage" likewise for B, their new passage a passage only B has. Any other key (or two
    dates further apart: a change over time) is returned as it is; the JSON ``kind`` stays.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("We defend core interests. Trade grew."), from_text("贸易增长了。"))
    >>> key = KeyChange(kind="formula-dropped", summary="Dropped formula “core interests” (A line 1).",
    ...     a_text=None, b_text=None, a_place=None, b_place=None, formula=None)
    >>> one_version(key, c).summary
    'Only in A, the English version: formula “core interests” (A line 1).'
    """
    verb, side = _ONE_SIDED.get(key.kind, ("", ""))
    if not (verb and key.summary.startswith(verb) and two_versions(comparison)):
        return key
    readout = comparison.a if side == "A" else comparison.b
    rest = key.summary[len(verb) :]
    for new, only in _NEW_PASSAGE:
        rest = rest.replace(new, only, 1)
    what = "passage" if key.kind.startswith("passage") else "formula"
    name = language(readout.language).name
    return replace(key, summary=f"Only in {side}, the {name} version: {what}{rest}")


_ONE_SIDED = {
    "formula-dropped": ("Dropped formula", "A"),
    "formula-appeared": ("New formula", "B"),
    "passage-dropped": ("Dropped passage", "A"),
    "passage-added": ("Added passage", "B"),
}
"""Each key kind :func:`one_version` words otherwise: the words it opens with, its side."""

_NEW_PASSAGE = (
    (", a whole new passage", ", a whole passage"),
    (", in a new passage: ", ", in a passage only B has: "),
    (", with the new formula", ", with the formula"),
    (", most of it the new formula", ", most of it the formula"),
)
"""What a key of B's side says "new" of, and what it says across two versions of one call."""


def two_versions(comparison: Comparison) -> bool:
    """Whether A and B read as two languages' versions of one call (:func:`versions_of`; a
    readout without a date may be one)."""
    return versions_of(comparison.a, comparison.b)


def versions_of(a: Readout, b: Readout, *, undated: bool = True) -> bool:
    """Whether ``a`` and ``b`` read as two languages' versions of one call: in two languages,
    and not dated more than a day apart (a translation may be published the day after).
    ``undated`` is the answer when a date is missing or unreadable (a pair says yes: nothing
    tells two calls apart; a series says no: nothing tells which call it is)."""
    if a.language == b.language:
        return False
    gap = day_gap(a, b)
    return undated if gap is None else gap <= 1


def day_gap(a: Readout, b: Readout) -> int | None:
    """The days between ``a``'s and ``b``'s dates, ``None`` when either has none (or one that
    is no ISO date)."""
    if not (a.date and b.date):
        return None
    from datetime import date  # only for two dated readouts: ~4 M instructions to import

    try:
        return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
    except ValueError:
        return None


def _past_cut(comparison: Comparison, side: str) -> str:
    """`` (3 of them past the end of B, which seems cut off)`` after the count of passages only
    in ``side`` that stand after the last passage the two versions pair, when the other
    version's text seems cut off: a copy that stops mid-sentence, not a version that left
    them out (a translation kept whole to its end holds them). Else empty.
    """
    other, readout = ("B", comparison.b) if side == "A" else ("A", comparison.a)
    if not any(note.startswith(CUT_OFF) for note in readout.notes):
        return ""
    lone = Status.DROPPED if side == "A" else Status.ADDED
    ends = [
        max(s.index for s in (x.a if side == "A" else x.b))
        for x in comparison.alignments
        if x.status in (Status.CHANGED, Status.UNCHANGED)
    ]
    last = max(ends, default=-1)
    only = [x for x in comparison.alignments if x.status is lone]
    past = sum(min(s.index for s in (x.a if side == "A" else x.b)) > last for x in only)
    if not past:
        return ""
    which = "all of them" if past == len(only) else f"{past} of them"
    return f" ({which} past the end of {other}, which seems cut off)"


def _lone_formulas(comparison: Comparison) -> str:
    """``; 1 formula only in A``, ``; 2 formulas only in A, 1 only in B``: the formulas one
    version alone says (dropped or appeared), after the passages' counts; empty when none.

    A formula said in one version only is told above as dropped (or appeared) while every
    passage pairs: "none only in A" alone read as if nothing were (ux6: xi-trump 2017-10-25,
    "Dropped formula “互利合作”" above "none only in A").

    >>> from readoutdiff import compare, from_text
    >>> a = from_text("We defend core interests. Trade grew.")
    >>> _lone_formulas(compare(a, from_text("贸易增长了。我们会谈了。")))
    '; 1 formula only in A'
    """
    only_a = sum(f.status is FormulaStatus.DROPPED for f in comparison.formulas)
    only_b = sum(f.status is FormulaStatus.APPEARED for f in comparison.formulas)
    if not (only_a or only_b):
        return ""
    first, other = ("A", only_a), ("B", only_b)
    if not only_a:
        first, other = other, first
    said = f"; {first[1]} formula{'' if first[1] == 1 else 's'} only in {first[0]}"
    return said + (f", {other[1]} only in {other[0]}" if other[1] else "")


def _only(count: int, side: str) -> str:
    """``1 only in A``, ``none only in B``."""
    return f"{count or 'none'} only in {side}"


def _words(text: str) -> list[str]:
    """``text``'s words as a change of case, spacing, quotes or dashes leaves them."""
    return fold_style(text).lower().split()


def _where(alignment: Alignment, c: Comparison) -> str:
    a, b = place(c.a, alignment.a[0].span), place(c.b, alignment.b[0].span)
    return f"{where('A', a)} → {where('B', b)}"


def _count(places: list[Alignment], what: str, c: Comparison) -> str:
    """``1 passage moved (A line 3 → B line 1)``, or ``3 passages moved (first …)``."""
    if len(places) == 1:
        return f"1 passage {what} ({_where(places[0], c)})"
    return f"{len(places)} passages {what} (first {_where(places[0], c)})"


def _case_detail(places: list[Alignment], c: Comparison) -> str:
    a_words, b_words = _changed_words(places[0])
    quoted = f"“{a_words}” → “{b_words}” ({_where(places[0], c)})"
    return quoted if len(places) == 1 else f"{len(places)} passages, first {quoted}"


def _restyled_detail(places: list[Alignment], c: Comparison) -> str:
    return f"{_count(places, 'spaced or punctuated otherwise', c)}, in the same words"


_SCRIPTED = "written in other Chinese characters (Traditional and Simplified), in the same words"
"""How a passage that differs in its script alone is counted: the formula stage and the
passages read a Traditional readout through Simplified characters."""


def _hidden_detail(places: list[Alignment], c: Comparison) -> str:
    """``1 passage differs by a character no reader sees (U+200E) (A line 2 → B line 2)``: the
    code points named, as the text shows nothing to quote.

    When both sides hold the same invisible characters, it says whether their number differs
    or only where they stand (the same marks, moved: "as many times otherwise" would be false).

    >>> from readoutdiff import compare, from_text
    >>> a = from_text("Trade\u200e grew.")
    >>> key = minor_only(compare(a, from_text("\u200eTrade grew.")))
    >>> key.summary.split(": ")[1]
    '1 passage differs by characters no reader sees (U+200E, the same ones in other places) (A line 1 → B line 1).'
    >>> key = minor_only(compare(a, from_text("Trade\u200e grew\u200e.")))
    >>> key.summary.split(": ")[1]
    '1 passage differs by characters no reader sees (U+200E, the same ones, more or fewer of them) (A line 1 → B line 1).'
    """
    codes = sorted({f"U+{ord(ch):04X}" for x in places for ch in {*x.a_text} ^ {*x.b_text}})
    marks = ", ".join(codes)
    if not codes:
        counted = [Counter(_unseen(x.a_text)) != Counter(_unseen(x.b_text)) for x in places]
        unseen = sorted({f"U+{ord(ch):04X}" for x in places for ch in _unseen(x.a_text + x.b_text)})
        where = "more or fewer of them" if any(counted) else "in other places"
        if any(counted) and not all(counted):
            where = "more or fewer of them or in other places"
        marks = f"{', '.join(unseen)}, the same ones{',' if any(counted) else ''} {where}"
    what = "differs" if len(places) == 1 else "differ"
    return _count(places, f"{what} by characters no reader sees ({marks})", c)


def _unseen(text: str) -> str:
    """The characters of ``text`` a reader never sees (what :func:`visible` drops)."""
    return "".join(ch for ch in text if not visible(ch))


def _changed_words(alignment: Alignment) -> tuple[str | None, str | None]:
    """The first words deleted and inserted in ``alignment`` (a change of case: the same words)."""
    from readoutdiff.model.spacing import spacing_as_equal  # the views' module: only here

    ops = spacing_as_equal(alignment.ops, Op.INSERT)  # a line end for a space is no change
    deleted = next((op.text for op in ops if op.op is Op.DELETE), "")
    inserted = next((op.text for op in ops if op.op is Op.INSERT), "")
    return quote(deleted), quote(inserted)
