"""The key changes of a pair holding a Traditional Chinese readout, told in each side's script.

The key changes weigh the words of both sides' wordings (a qualifier taken off, one word
swapped, a passage's words said again nearby): read raw, a Simplified readout against a
Traditional one differs in nearly every character, and "一个中国政策" → "一個中國政策" read
as a rewording ranked above a dropped formula (zh48). So they are found in the comparison
read through Simplified characters, as the formula stage reads it
(:mod:`readoutdiff.languages.traditional`), and each quote is then written back in the
characters of the side it quotes.

>>> from readoutdiff import compare, from_text
>>> from readoutdiff.formulas.keys.key_changes import key_changes
>>> a = from_text("中方坚定支持彼此核心利益。")
>>> b = from_text("中方堅定支持彼此核心利益。雙方同意加強戰略溝通。")
>>> [k.summary for k in key_changes(compare(a, b))]
['Added passage (B line 1, sentence 2), most of it the new formula “雙方同意加強戰略溝通”: “雙方同意加強戰略溝通。”']
>>> [k.summary for k in key_changes(compare(a, from_text("中方堅定支持彼此核心利益。")))]
['Only the script changed: 1 passage written in other Chinese characters (Traditional and Simplified), in the same words (A line 1 → B line 1).']
"""

from __future__ import annotations

import re

from readoutdiff.formulas.keys.key_record import KeyChange
from readoutdiff.languages.traditional import (
    in_own_script,
    is_folded,
    through_simplified,
    through_simplified_alignments,
)
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Comparison, Formula, Options, Readout
from readoutdiff.records.replacing import replace


def any_folded(comparison: Comparison) -> bool:
    """Tell whether a side of ``comparison`` is read through Simplified characters."""
    return is_folded(comparison.a) or is_folded(comparison.b)


def through_simplified_pair(comparison: Comparison) -> Comparison:
    """``comparison`` with both readouts, their passages (diffed again) and the formulas'
    wordings in Simplified characters: what the formula stage read."""
    a, b = through_simplified(comparison.a), through_simplified(comparison.b)
    limit = Options().diff_max_chars  # the views' passages were diffed under the default
    from readoutdiff.inline import diff_ops

    alignments = through_simplified_alignments(comparison.alignments, a, b, limit, diff_ops)
    formulas = tuple(_folded_formula(formula, a, b, comparison) for formula in comparison.formulas)
    return replace(comparison, a=a, b=b, alignments=alignments, formulas=formulas)


def _folded_formula(formula: Formula, a: Readout, b: Readout, own: Comparison) -> Formula:
    a_text, b_text = formula.a_text, formula.b_text
    if a_text is not None and a is not own.a:
        a_text = simplified(a_text)
    if b_text is not None and b is not own.b:
        b_text = simplified(b_text)
    return replace(formula, a_text=a_text, b_text=b_text)


_QUOTE = re.compile("“([^”]*)”")
_AFTER = re.compile(r" \((A|B) line")
_BEFORE = re.compile(r"\((A|B) line")


def in_own_scripts(keys: list[KeyChange], folded: Comparison, own: Comparison) -> list[KeyChange]:
    """``keys``, found in ``folded`` (:func:`through_simplified_pair` of ``own``), with every
    quote in the characters of the side it quotes."""
    return [_in_own_script(key, folded, own) for key in keys]


def _in_own_script(key: KeyChange, folded: Comparison, own: Comparison) -> KeyChange:
    sides = {"A": (folded.a, own.a), "B": (folded.b, own.b)}
    pieces, last, summary = [], 0, key.summary
    for match in _QUOTE.finditer(summary):
        side = _side(summary, match, folded)
        quote = match.group(1)
        if side is not None:
            quote = in_own_script(quote, *sides[side], ())
        pieces += [summary[last : match.start(1)], quote]
        last = match.end(1)
    pieces.append(summary[last:])
    a_text = key.a_text
    if a_text is not None:
        a_text = in_own_script(a_text, folded.a, own.a, ())
    b_text = key.b_text
    if b_text is not None:
        b_text = in_own_script(b_text, folded.b, own.b, ())
    return replace(key, summary="".join(pieces), a_text=a_text, b_text=b_text)


def _side(summary: str, match: re.Match[str], folded: Comparison) -> str | None:
    """Which side a quote of ``summary`` quotes: the side whose place follows it, else the one
    side whose text holds it, else the side whose place comes last before it; None for a
    formula's name said on neither side."""
    after = _AFTER.match(summary, match.end())
    if after:
        return after.group(1)
    quote = match.group(1).rstrip("…")
    held = [side for side, text in (("A", folded.a.text), ("B", folded.b.text)) if quote in text]
    if len(held) == 1:
        return held[0]
    before = _BEFORE.findall(summary, 0, match.start())
    if before:
        return str(before[-1])
    return held[0] if held else None
