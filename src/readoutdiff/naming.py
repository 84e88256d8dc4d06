"""How a formula is named to a reader: by its words, never by its id.

A changed phrase around a formula both sides keep (``Formula.anchor``) names that formula by
its own entry's wording, else as a readout says it, else by the frame both wordings keep
("hold … accountable"). The views (``render/``) and the findings of ``readoutdiff check``
(``check/``) name it the same way, so this module sits beside both and imports neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from readoutdiff.model import Comparison


def anchor_names(comparison: Comparison) -> dict[str, str]:
    """The words of each formula a changed phrase is around: its own entry's wording, or as
    a readout says it (:func:`said_as_each`, B first) when it has no entry of its own."""
    names = {f.id: f.a_text or f.b_text or f.id for f in comparison.formulas if f.anchor is None}
    wanted = [f.anchor for f in comparison.formulas if f.anchor and f.anchor not in names]
    names.update(said_as_each(dict.fromkeys(wanted), (comparison.b.text, comparison.a.text)))
    return names


def said_as(formula_id: str, texts: tuple[str, ...]) -> str | None:
    """The words a formula known only by its id is said in, as the first of ``texts`` says
    them: a built-in formula's wording or variant, or a mined phrase's stems in order (a
    mined id is stems, "mined:security-assistanc"); None when no text says it.

    >>> said_as("article-5-sacred", ("unwavering commitment to Article 5 and to",))
    'commitment to Article 5'
    >>> said_as("mined:security-assistanc", ("our Security Assistance grew",))
    'Security Assistance'
    >>> said_as("no-such-formula", ("anything",)) is None
    True
    """
    return said_as_each((formula_id,), texts).get(formula_id)


def said_as_each(formula_ids: Iterable[str], texts: tuple[str, ...]) -> dict[str, str]:
    """:func:`said_as` of each id that some text says, the texts read once rather than once
    per id: each pattern is tried only where its first literal word occurs in the text, found
    by a plain search of the text with case variants folded (:func:`caseless`), so a 16 MB readout
    is no longer scanned by a case-insensitive regex per formula (quadratic in its size).

    >>> said_as_each(["mined:security-assistanc", "mined:no-such"], ("our SECURITY assistance",))
    {'mined:security-assistanc': 'SECURITY assistance'}
    """
    patterns = {formula_id: _patterns(formula_id) for formula_id in formula_ids}
    found: dict[str, str] = {}
    for text in texts:
        folded = caseless(text)
        for formula_id, wanted in patterns.items():
            if formula_id in found:
                continue
            for pattern, prefix in wanted:
                match = _first(pattern, prefix, text, folded)
                if match:
                    found[formula_id] = " ".join(match.group().split())
                    break
    return found


def _patterns(formula_id: str) -> list[tuple[re.Pattern[str], str]]:
    """Each pattern a formula is said in, with the literal words it opens with."""
    kind, _, stems = formula_id.rpartition(":")
    if kind:
        parts = [part if len(part) <= 3 else part[:-1] for part in stems.split("-")]
        escaped = r"\w*(?:\W+\w+){0,2}?\W+".join(map(re.escape, parts))
        wanted = [(r"\b" + escaped + r"\w*", parts[0])]
    else:
        from readoutdiff.formulas.lexicon import builtin  # only for an id no entry names

        entry = next((e for e in builtin().entries if e.id == formula_id), None)
        wordings = (entry.text, *entry.variants) if entry else ()
        wanted = [
            (r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b", w.split(" ")[0]) for w in wordings
        ]
    return [(re.compile(pattern, re.IGNORECASE), caseless(prefix)) for pattern, prefix in wanted]


def _first(pattern: re.Pattern[str], prefix: str, text: str, folded: str) -> re.Match[str] | None:
    """``pattern.search(text)``, tried only where the folded ``prefix`` starts in ``folded``:
    a match opens with those literal characters, each equal to its own under :func:`caseless`."""
    if not prefix:
        return pattern.search(text)
    start = folded.find(prefix)
    while start >= 0:
        match = pattern.match(text, start)
        if match:
            return match
        start = folded.find(prefix, start + 1)
    return None


def caseless(text: str) -> str:
    """``text`` with every character replaced by one character that stands for all those a
    case-insensitive regex takes for it ("s", "S" and "ſ" -> "S"; "ς", "σ", "Σ" -> "Σ"), the
    same length, so a position in it is a position in ``text``.

    >>> caseless("Straße İstanbul ſ σς")  # "ß" has no one-character capital: its fold's first
    'STRAsE ISTANBUL S ΣΣ'
    """
    if text.isascii():
        return text.upper()
    table = {ord(c): _folded(c) for c in set(text)}
    return text.translate(table)


@functools.cache
def _folded(character: str) -> str:
    lower = character.lower()[0]  # "İ".lower() is "i" and a combining dot
    upper = lower.upper()
    return upper if len(upper) == 1 else lower.casefold()[0]  # "ΐ" and "ΐ", "ﬅ" and "ﬆ"


def frame(a: str, b: str) -> str | None:
    """The words both wordings open and close with, the slot between elided: "hold … accountable"
    for "hold the Russian Federation and Belarus accountable" / "hold President Putin and his
    regime accountable"; None unless both ends are kept."""
    x, y = a.split(), b.split()
    if len(x) < 3 or len(y) < 3 or x[0].lower() != y[0].lower() or x[-1].lower() != y[-1].lower():
        return None
    return f"{x[0]} … {x[-1]}"
