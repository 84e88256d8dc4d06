"""Two changed phrases that share one side, told in one key change.

One wording of A can be the old side of two changes ("中德两国始终秉持相互尊重、求同存异、合作共赢精神"
→ "坚持相互尊重、开放合作" and → "坚持开放包容、合作共赢"), and one wording of B the new side of two
("深化各领域务实合作" and "扩大双方人员往来和人文交流" → "扩大务实合作和人文交流"). Two lines
would quote the shared side twice; one line names both changes and quotes it once:

>>> from readoutdiff.model.places import Place
>>> def key(name, a, b, a_line, b_line):
...     return KeyChange(kind="formula-changed", a_text=a, b_text=b, formula=name, formulas=(name,),
...         summary=f"Wording around kept formula “{name}” changed: “{a}” (A line {a_line}) → “{b}” "
...                 f"(B line {b_line}).", change="around",
...         a_place=Place(line=a_line, column=1, sentence=None),
...         b_place=Place(line=b_line, column=1, sentence=None))
>>> [(i, k.summary) for i, k in shared_told([key("x", "a1", "b", 5, 4), key("y", "a2", "b", 6, 4)])]
[(0, 'Wording around kept formulas “x” and “y” changed: “a1” (A line 5) and “a2” (A line 6) → “b” (B line 4).')]
"""

from __future__ import annotations

import re

from readoutdiff.formulas.keys.key_record import KeyChange, where
from readoutdiff.records.replacing import replace

_AROUND = re.compile(r"Wording around (\w+ )?formula (“.*”) changed")
"""The heading of a change around a formula (:func:`~readoutdiff.formulas.keys.change_names.named`)."""


def shared_told(keys: list[KeyChange]) -> list[tuple[int, KeyChange]]:
    """``keys`` with every changed formula's entry that shares its A wording (at the same place)
    or its B wording with an earlier one folded into that one, at the earlier one's rank: one
    line quotes the shared side once and both other sides, each at its place. Each entry kept
    comes with its index in ``keys``."""
    groups: list[tuple[int, list[KeyChange], list[str]]] = []  # index, its entries, side shared
    for i, key in enumerate(keys):
        for _, told, side in groups:
            shared = _side(told[0], key)
            if shared and side in ([], [shared]) and key.formula not in {k.formula for k in told}:
                told.append(key)
                side[:] = [shared]
                break
        else:
            groups.append((i, [key], []))
    return [(i, _joined(told, side[0]) if side else told[0]) for i, told, side in groups]


def _changed(key: KeyChange) -> bool:
    return key.change is not None and bool(key.a_text) and bool(key.b_text)


def _side(told: KeyChange, key: KeyChange) -> str | None:
    """Which side two changes share: ``"A"``, ``"B"`` or None (none, or both: one change)."""
    if not _changed(told) or not _changed(key):
        return None
    same_a = told.a_text == key.a_text and told.a_place == key.a_place
    same_b = told.b_text == key.b_text and told.b_place == key.b_place
    if same_a == same_b:
        return None
    return "A" if same_a else "B"


def _joined(told: list[KeyChange], side: str) -> KeyChange:
    """One entry for the changes ``told`` that share ``side``: their headings as one, the
    shared wording quoted once, each other wording at its place."""
    heads = [key.summary.split(": ", 1)[0] for key in told]
    around = [_AROUND.fullmatch(head) for head in heads]
    fates = {m[1] or "" for m in around if m}
    if all(around) and len(fates) == 1:
        names = [m[2] for m in around if m]
        head = (
            f"Wording around {fates.pop()}formulas {', '.join(names[:-1])} and {names[-1]} changed"
        )
    else:
        head = heads[0] + "".join(f" and {h[:1].lower()}{h[1:]}" for h in heads[1:])
    first = told[0]
    if side == "A":
        old = f"“{first.a_text}” ({where('A', first.a_place)})"
        new = _listed([f"“{k.b_text}” ({where('B', k.b_place)})" for k in told])
    else:
        old = _listed([f"“{k.a_text}” ({where('A', k.a_place)})" for k in told])
        new = f"“{first.b_text}” ({where('B', first.b_place)})"
    formulas = tuple(f for key in told for f in key.formulas)
    return replace(first, summary=f"{head}: {old} → {new}.", formulas=formulas)


def _listed(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}"
