"""In Chinese readouts, a dropped and an appeared line that open with the same verb and end in
the same head, a head the two readouts say throughout, are one line that changed.

A Chinese readout ends many lines in one head (合作, 交流, 协作) and says a line's scope before
it: "加强贸易投资合作" becomes "加强各领域合作". The head is said too often to tie two clauses by
itself (:mod:`readoutdiff.formulas.entries.kept_tails` asks a rare tail), and the two wordings
share too few characters for :func:`readoutdiff.formulas.entries.better_partner.halves_paired`.
What ties them is the frame both keep around the reworded scope: the opening verb (加强, 深化,
拓展) and the head, when no other one-sided line of either readout keeps that frame.

A *dropped* and an *appeared* entry (not the user's) become one *changed* entry when

- each is one clause, its first jieba word a verb of :data:`WORD` characters or more and its
  last a noun or a verb's noun of as many, the same two words in both (the *frame*);
- the head is said throughout: more than :data:`~readoutdiff.formulas.entries.kept_tails.RARE`
  times in each readout (a rarer head is zh22's kept tail);
- each wording is at most :data:`SHORT` Chinese characters (a verb, a scope, a head: a longer
  line says more than its frame), and they differ between the frame, neither's words all said in
  the other's in order (words only added keep the line);
- no other dropped or appeared entry of either readout keeps the same frame (a frame two lines
  of one readout keep ties nothing);
- neither tells an anniversary, one event, the meeting's news, a visit, a call or a dateline
  (:func:`readoutdiff.formulas.entries.kept_tails.eligible_line`).

Nothing hangs on reading order: swapping A and B swaps the result.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("加强贸易投资合作。推进务实合作。深化人文合作。")
>>> b = from_text("加强各领域合作。推进务实合作。深化人文合作。")
>>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="加强贸易投资合作", b_text=None, id="mined:x")
>>> appeared = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="加强各领域合作", id="mined:y")
>>> [(g.status.value, g.a_text, g.b_text) for g in heads_paired([dropped, appeared], a, b)]
[('changed', '加强贸易投资合作', '加强各领域合作')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.joined import joined
from readoutdiff.formulas.entries.kept_tails import RARE, eligible_line, han_words, within
from readoutdiff.formulas.words.spans import said_more
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout
from readoutdiff.text.wide import HAN_CHAR

WORD = 2
"""Characters of the opening verb and of the head: one character (的, 和) frames nothing."""
SHORT = 12
"""Chinese characters of a wording at most: a verb, a scope and a head."""
_SIDES = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)
_CLAUSE_END = "，；。,;"


def heads_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped and appeared entry that keep one frame (an opening
    verb, a head said throughout) no other one-sided entry keeps made one *changed* entry (see
    the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    texts = (a.text, b.text)
    framed: list[dict[tuple[str, str], list[int]]] = [{}, {}]
    for n, f in enumerate(formulas):
        if f.status not in _SIDES or f.source is FormulaSource.USER:
            continue
        side = 0 if f.status is FormulaStatus.DROPPED else 1
        key = _frame(f.a_text or f.b_text or "", texts)
        if key is not None:
            framed[side].setdefault(key, []).append(n)
    out: list[Formula | None] = list(formulas)
    for key, ns in framed[0].items():
        ms = framed[1].get(key, [])
        if len(ns) != 1 or len(ms) != 1:
            continue  # a frame two lines of one readout keep ties nothing
        f, g = formulas[ns[0]], formulas[ms[0]]
        one, other = han_words(f.a_text or ""), han_words(g.b_text or "")
        if within(one, other) or within(other, one):
            continue
        out[ns[0]] = joined(f, g)
        out[ms[0]] = None
    return tuple(f for f in out if f is not None)


def _frame(wording: str, texts: tuple[str, str]) -> tuple[str, str] | None:
    """The opening verb and the head of ``wording`` when it is one short clause framed by them
    and the head is said throughout both readouts (see the module); None otherwise."""
    if any(mark in wording for mark in _CLAUSE_END) or len(HAN_CHAR().findall(wording)) > SHORT:
        return None
    words = han_words(wording)
    if len(words) < 3:
        return None
    (verb, verb_tag), (head, head_tag) = words[0], words[-1]
    if verb_tag != "v" or len(verb) < WORD or len(head) < WORD:
        return None
    if not (head_tag.startswith("n") or head_tag == "vn"):
        return None
    if not all(said_more(text, head, RARE) for text in texts) or not eligible_line(wording):
        return None
    return verb, head
