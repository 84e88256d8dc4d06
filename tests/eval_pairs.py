"""Fates of real pairs of the evaluation set (``eval/formulas/``), for tests of formula rules.

``fates(pair)`` runs ``compare()`` with default options; ``fates(pair, oracle=True)`` adds
every hand-listed wording as a user lexicon entry, as ``score_formulas.py --oracle`` does: a
changed event's two wordings are two entries, unlinked, so the engine must find by itself
which one became which. Tests use dev pairs only (``heldout = false``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.lexicon.lexicon import builtin, merge
from readoutdiff.ingest import load
from readoutdiff.model import (
    Comparison,
    Entry,
    Formula,
    FormulaSource,
    FormulaStatus,
    Lexicon,
    Options,
    Span,
)

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"

Fate = tuple[str, str | None, str | None]


def hand_listed(pair: str) -> tuple[Path, Path, Options]:
    """The pair's readouts, and options whose lexicon adds every hand-listed wording."""
    data = tomllib.loads((EVAL / "pairs" / f"{pair}.toml").read_text("utf-8"))
    entries = []
    for number, event in enumerate(data["events"]):
        wordings = [event[side] for side in ("a", "b") if event.get(side)]
        if event["status"] == "changed":
            entries += [Entry(id=f"hand-{number}-{side}", text=w, source=FormulaSource.USER)
                        for side, w in zip("ab", wordings, strict=True)]  # fmt: skip
        else:
            variants = tuple(w for w in wordings[1:] if w != wordings[0])
            entries.append(Entry(
                id=f"hand-{number}", text=wordings[0], variants=variants, source=FormulaSource.USER
            ))  # fmt: skip
    lexicon = merge(builtin(), Lexicon(entries=tuple(entries)))
    return EVAL / data["a"], EVAL / data["b"], Options(lexicon=lexicon)


def fates(pair: str, swap: bool = False, oracle: bool = False) -> list[Fate]:
    """(status, A's wording, B's wording) of each formula ``compare()`` reports for ``pair``."""
    a, b, options = hand_listed(pair)
    if not oracle:
        options = Options()
    a, b = (b, a) if swap else (a, b)
    found = compare(load(a), load(b), options=options).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


def cctv(
    series: str, a_day: str, b_day: str, *, swap: bool = False, folder: Path = EVAL
) -> Comparison:
    """``compare()`` of two CCTV readouts of the evaluation set, ``<series>__<day>__cctv.txt``
    (B against A with ``swap``; ``folder``: another set's, eval/outside)."""
    a, b = (load(folder / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
    return compare(b, a) if swap else compare(a, b)


def one_changed_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str, *, folder: Path = EVAL
) -> None:
    """Assert that ``compare()`` of the two CCTV readouts (of ``folder``) reports one *changed*
    entry whose A wording holds ``a_words`` and whose B wording holds ``b_words``, its spans
    saying its wordings, and the same with A and B swapped."""
    for swap in (False, True):
        comparison = cctv(series, a_day, b_day, swap=swap, folder=folder)
        mine, theirs = (b_words, a_words) if swap else (a_words, b_words)
        found = [
            f
            for f in comparison.formulas
            if f.status is FormulaStatus.CHANGED
            and mine in (f.a_text or "")
            and theirs in (f.b_text or "")
        ]
        assert len(found) == 1, (swap, [(f.a_text, f.b_text) for f in comparison.formulas])
        entry = found[0]
        assert [comparison.a.text[s.start : s.end] for s in entry.a_spans] == [entry.a_text]
        assert [comparison.b.text[s.start : s.end] for s in entry.b_spans] == [entry.b_text]


def dropped(words: str) -> Formula:
    """A mined formula A says alone, the whole of a one-line readout ``words``."""
    return Formula(
        status=FormulaStatus.DROPPED, a_text=words, b_text=None,
        a_spans=(Span(start=0, end=len(words), line=1),), id="mined:x",
    )  # fmt: skip


def holding(
    comparison: Comparison, words: str
) -> list[tuple[FormulaStatus, str | None, str | None]]:
    """(status, A wording, B wording) of each formula of ``comparison`` whose wordings hold
    ``words``."""
    return [
        (f.status, f.a_text, f.b_text)
        for f in comparison.formulas
        if words in (f.a_text or "") + (f.b_text or "")
    ]
