"""How a formula is named to a reader: by its words, never by its id.

A changed phrase around a formula both sides keep (``Formula.anchor``) names that formula by
its own entry's wording, else as a readout says it, else by the frame both wordings keep
("hold … accountable"). The views (``render/``) and the findings of ``readoutdiff check``
(``check/``) name it the same way, so this module sits beside both and imports neither.
"""

from __future__ import annotations

import re

from readoutdiff.model import Comparison


def anchor_names(comparison: Comparison) -> dict[str, str]:
    """The words of each formula a changed phrase is around: its own entry's wording, or as
    a readout says it (:func:`said_as`, B first) when it has no entry of its own."""
    names = {f.id: f.a_text or f.b_text or f.id for f in comparison.formulas if f.anchor is None}
    texts = (comparison.b.text, comparison.a.text)
    for formula in comparison.formulas:
        if formula.anchor and formula.anchor not in names:
            said = said_as(formula.anchor, texts)
            if said:
                names[formula.anchor] = said
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
    kind, _, stems = formula_id.rpartition(":")
    if kind:
        parts = [re.escape(part if len(part) <= 3 else part[:-1]) for part in stems.split("-")]
        wanted = [r"\b" + r"\w*(?:\W+\w+){0,2}?\W+".join(parts) + r"\w*"]
    else:
        from readoutdiff.formulas.lexicon import builtin  # only for an id no entry names

        entry = next((e for e in builtin().entries if e.id == formula_id), None)
        wordings = (entry.text, *entry.variants) if entry else ()
        wanted = [r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b" for w in wordings]
    for text in texts:
        for pattern in wanted:
            found = re.search(pattern, text, re.IGNORECASE)
            if found:
                return " ".join(found.group().split())
    return None


def frame(a: str, b: str) -> str | None:
    """The words both wordings open and close with, the slot between elided: "hold … accountable"
    for "hold the Russian Federation and Belarus accountable" / "hold President Putin and his
    regime accountable"; None unless both ends are kept."""
    x, y = a.split(), b.split()
    if len(x) < 3 or len(y) < 3 or x[0].lower() != y[0].lower() or x[-1].lower() != y[-1].lower():
        return None
    return f"{x[0]} … {x[-1]}"
