"""Spacing changes shown as no change: the word diff's white-space pairs folded back.

The word diff (:mod:`readoutdiff.inline`) codes every white-space run alike, so two sides
that space one place differently (a line end where a text was wrapped, a non-breaking or a
double space) keep their words equal and differ there only by a deleted run of white space
followed by an inserted one: both texts still rebuild from the ops. A view shows that pair
as the unchanged text it is, spaced as the side it shows. So it does with a line end that
wrapped Chinese text put between two characters (:func:`readoutdiff.text.joining.unbroken`): alone,
or inside a token the other side writes whole ("走过" against "走\\n过").
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.model import DiffOp, Op
from readoutdiff.text.joining import between_wide, unbroken

_EQUAL, _DELETE, _INSERT = Op.EQUAL, Op.DELETE, Op.INSERT
"""The members read once: on Python 3.11 each ``Op.X`` goes through ``EnumType``'s attribute
hook (~0.9 K instructions), and the test below reads one for each run of each passage."""


def spacing_as_equal(ops: Sequence[DiffOp], keep: Op) -> tuple[DiffOp, ...]:
    """Return ``ops`` with each white-space-only change as an equal run of ``keep``'s side.

    ``keep`` is ``Op.DELETE`` for A's spacing, ``Op.INSERT`` for B's; equal runs that meet
    are joined, so the result has no two equal runs in a row.

    >>> ops = (
    ...     DiffOp(op=Op.EQUAL, text="Rishi"), DiffOp(op=Op.DELETE, text="\\n"),
    ...     DiffOp(op=Op.INSERT, text=" "), DiffOp(op=Op.EQUAL, text="Sunak"),
    ... )
    >>> [(op.op.value, op.text) for op in spacing_as_equal(ops, Op.DELETE)]
    [('equal', 'Rishi\\nSunak')]
    >>> [(op.op.value, op.text) for op in spacing_as_equal(ops, Op.INSERT)]
    [('equal', 'Rishi Sunak')]
    """
    if not any(op.op is not _EQUAL and (op.text.isspace() or "\n" in op.text) for op in ops):
        return tuple(ops)  # nearly every passage: no pair to fold
    shown: list[DiffOp] = []
    skip = False
    for index, op in enumerate(ops):
        if skip:
            skip = False
            continue
        if _spacing_pair(ops, index):
            kept = op.text if keep is _DELETE else ops[index + 1].text
            op, skip = DiffOp(op=_EQUAL, text=kept), True
        elif _wide_break(ops, index, shown):  # a side's line end inside Chinese text
            if op.op is not keep:
                continue
            op = DiffOp(op=_EQUAL, text=op.text)
        if shown and op.op is _EQUAL and shown[-1].op is _EQUAL:
            shown[-1] = DiffOp(op=_EQUAL, text=shown[-1].text + op.text)
        else:
            shown.append(op)
    return tuple(shown)


def _spacing_pair(ops: Sequence[DiffOp], index: int) -> bool:
    """True when ``ops[index]`` deletes white space and the next op inserts white space."""
    if index + 1 >= len(ops):
        return False
    deleted, inserted = ops[index], ops[index + 1]
    if deleted.op is not _DELETE or inserted.op is not _INSERT:
        return False
    if deleted.text.isspace() and inserted.text.isspace():
        return True
    # "走过" against "走\n过": the same words once a break inside Chinese text is taken out
    return unbroken(deleted.text).split() == unbroken(inserted.text).split()


def _wide_break(ops: Sequence[DiffOp], index: int, shown: Sequence[DiffOp]) -> bool:
    """True when ``ops[index]`` only puts in (or takes out) white space holding a line end,
    between two wide characters: a break of wrapped Chinese text, which stands for nothing."""
    op = ops[index]
    if op.op is _EQUAL or "\n" not in op.text or not op.text.isspace():
        return False
    before = shown[-1].text if shown else ""
    after = ops[index + 1].text if index + 1 < len(ops) else ""
    return between_wide(before, after)
