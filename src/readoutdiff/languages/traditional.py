"""Traditional Chinese readouts read by the formula stage through Simplified characters.

The formula stage's Chinese rules (the lexicon's wordings, mining, the talks, wish and kept
rules, the key changes after them) compare characters: read raw, a Traditional readout and
its Simplified version differ in nearly every phrase, and a script alone made formulas
"changed" (保持密切沟通 → 保持密切溝通), 願 missed the wish rule (愿) and whole lines
"dropped" (rev38). So a readout the ingest step notes as Traditional
(:data:`readoutdiff.languages.TRADITIONAL`) enters the stage folded to Simplified, one character
for one (:func:`readoutdiff.languages.zh.simplified`: every offset still holds), and each
entry's wordings are then quoted back in the readout's own characters, read at the same
offsets. A Simplified readout enters as it is (byte for byte the same stage).

>>> from readoutdiff.ingest import from_text
>>> traditional = from_text("雙方同意加強戰略溝通。")
>>> through_simplified(traditional).text
'双方同意加强战略沟通。'
>>> simple = from_text("双方同意加强战略沟通。")
>>> through_simplified(simple) is simple
True
>>> in_own_script("加强战略沟通", through_simplified(traditional), traditional, ())
'加強戰略溝通'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from readoutdiff.languages import TRADITIONAL
from readoutdiff.model import Alignment, Comparison, DiffOp, Formula, Op, Readout, Span
from readoutdiff.model.makers import alignment as make_alignment
from readoutdiff.model.makers import diff_op
from readoutdiff.records.replacing import replace


def is_folded(readout: Readout) -> bool:
    """Tell whether the formula stage reads ``readout`` through Simplified characters."""
    return readout.language == "zh" and TRADITIONAL in readout.notes


def through_simplified(readout: Readout) -> Readout:
    """``readout`` with its text and sentences in Simplified characters (the same offsets) and
    no longer noted Traditional, or ``readout`` itself when it is no Traditional readout."""
    if not is_folded(readout):
        return readout
    from readoutdiff.languages.zh import simplified

    text = simplified(readout.text)
    sentences = tuple(
        replace(sentence, text=text[sentence.span.start : sentence.span.end])
        for sentence in readout.sentences
    )
    notes = tuple(note for note in readout.notes if note != TRADITIONAL)  # read once only
    return replace(readout, text=text, sentences=sentences, notes=notes)


def through_simplified_alignments(
    alignments: Sequence[Alignment],
    a: Readout,
    b: Readout,
    limit: int,
    diff_ops: Callable[[str, str], tuple[DiffOp, ...]],
) -> tuple[Alignment, ...]:
    """``alignments`` between ``a`` and ``b`` (:func:`through_simplified` of their readouts):
    each side's sentences in Simplified characters, diffed again word by word (a side longer
    than ``limit`` shown whole, as the comparison does, by ``diff_ops``). Their status stands: the comparison
    already told a passage that differs in its script alone unchanged."""
    from readoutdiff.text.joining import joined

    said = []
    for alignment in alignments:
        a_side = tuple(a.sentences[sentence.index] for sentence in alignment.a)
        b_side = tuple(b.sentences[sentence.index] for sentence in alignment.b)
        a_text, b_text = joined([s.text for s in a_side]), joined([s.text for s in b_side])
        ops = alignment.ops
        if a_side and b_side:
            if len(a_text) > limit or len(b_text) > limit:
                ops = (diff_op(Op.DELETE, a_text), diff_op(Op.INSERT, b_text))
            else:
                ops = diff_ops(a_text, b_text)
        else:
            ops = (diff_op(ops[0].op, a_text or b_text),)
        said.append(
            make_alignment(alignment.status, a_side, b_side, alignment.score, alignment.moved, ops)
        )
    return tuple(said)


def as_read(comparison: Comparison, alignment: Alignment) -> tuple[DiffOp, ...]:
    """The word diff of ``alignment`` as a reader sees the change: a change of spacing alone is
    no change, nor, when a side is Traditional Chinese, a word written in the other script
    alone; both shown in B's characters. The one-line views print it (terminal, Markdown), and
    whatever names or measures a passage's change reads it (its score label, the first words
    of a change of case), so that no label speaks of a change the diff does not show."""
    from readoutdiff.model.spacing import spacing_as_equal  # the views' module: only here (cli15)

    ops = spacing_as_equal(alignment.ops, Op.INSERT)
    if is_folded(comparison.a) or is_folded(comparison.b):
        ops = script_as_equal(ops, Op.INSERT)
    return tuple(ops)


def script_as_equal(ops: Sequence[DiffOp], keep: Op) -> tuple[DiffOp, ...]:
    """``ops`` (the word diff of a pair with a Traditional side: ``inline.diff_ops(…,
    scripts=True)``) with each run written in the other script alone as an equal run of
    ``keep``'s side (``Op.DELETE`` for A's characters, ``Op.INSERT`` for B's): a deleted run
    followed by an inserted one of the same length, the same once folded to Simplified. Equal
    runs that meet are joined.

    >>> ops = (
    ...     diff_op(Op.DELETE, "中国外交部长"), diff_op(Op.INSERT, "中國外交部長"),
    ...     diff_op(Op.DELETE, "说"), diff_op(Op.INSERT, "表示"),
    ... )
    >>> [(op.op.value, op.text) for op in script_as_equal(ops, Op.INSERT)]
    [('equal', '中國外交部長'), ('delete', '说'), ('insert', '表示')]
    >>> [(op.op.value, op.text) for op in script_as_equal(ops, Op.DELETE)][0]
    ('equal', '中国外交部长')
    """
    pairs = set(script_runs(ops))
    shown: list[DiffOp] = []
    for index, op in enumerate(ops):
        if index in pairs:
            if op.op is Op.INSERT:
                continue
            op = diff_op(Op.EQUAL, op.text if keep is Op.DELETE else ops[index + 1].text)
        if shown and op.op is Op.EQUAL and shown[-1].op is Op.EQUAL:
            shown[-1] = diff_op(Op.EQUAL, shown[-1].text + op.text)
        else:
            shown.append(op)
    return tuple(shown)


def script_runs(ops: Sequence[DiffOp]) -> tuple[int, ...]:
    """The indexes in ``ops`` of the runs written in the other script alone: each deleted run
    followed by an inserted one of the same length, the same once folded to Simplified (the
    pair's two indexes, in order).

    >>> script_runs((diff_op(Op.EQUAL, "双方"), diff_op(Op.DELETE, "同意"), diff_op(Op.INSERT, "同意")))
    ()
    >>> script_runs((diff_op(Op.DELETE, "说"), diff_op(Op.DELETE, "关系"), diff_op(Op.INSERT, "關係")))
    (1, 2)
    """
    from readoutdiff.languages.zh import simplified

    found: list[int] = []
    for index, (op, after) in enumerate(zip(ops, ops[1:], strict=False)):
        if (
            op.op is Op.DELETE
            and after.op is Op.INSERT
            and op.text != after.text
            and len(op.text) == len(after.text)
            and simplified(op.text) == simplified(after.text)
        ):
            found += (index, index + 1)
    return tuple(found)


def in_own_script(quote: str, folded: Readout, own: Readout, spans: Sequence[Span]) -> str:
    """``quote`` (read in ``folded``, :func:`through_simplified` of ``own``) in ``own``'s
    characters: the same offsets of ``own`` where ``folded`` holds it at or near ``spans``;
    else (a quote the stage put together or cut: "…", a quote mark made single) each run of
    Chinese characters of it where ``folded`` holds that run next, from the first span on;
    a run ``folded`` never holds, character by character, each as ``own`` most often writes it.

    >>> from readoutdiff.ingest import from_text
    >>> own = from_text("兩國關係。建立中國體系。")
    >>> in_own_script("…建立中国体系", through_simplified(own), own, ())
    '…建立中國體系'
    >>> own = from_text("這是投下的“信任票”。")
    >>> in_own_script("这是投下的‘信任票’", through_simplified(own), own, ())
    '這是投下的‘信任票’'
    """
    if folded is own:
        return quote
    text = folded.text
    for span in spans:
        found = text.find(quote, max(0, span.start - len(quote)), span.end + len(quote))
        if found >= 0:
            return own.text[found : found + len(quote)]
    from readoutdiff.languages.zh import HAN_RUN

    at, last, pieces = spans[0].start if spans else 0, 0, []
    written: dict[str, str] | None = None
    for match in HAN_RUN().finditer(quote):
        run = match.group()
        found = text.find(run, at)
        if found < 0:
            found = text.find(run)
        pieces.append(quote[last : match.start()])
        if found >= 0:
            pieces.append(own.text[found : found + len(run)])
            at = found + len(run)
        else:
            written = written or _written(text, own.text)
            pieces.append("".join([written.get(char, char) for char in run]))
        last = match.end()
    pieces.append(quote[last:])
    return "".join(pieces)


def _written(folded: str, own: str) -> dict[str, str]:
    """Each character the fold changed somewhere in ``own``: how ``own`` writes it most often
    (its own Simplified form counted too; on a tie the first in code-point order)."""
    ways: dict[str, Counter[str]] = {}
    for after, before in zip(folded, own, strict=True):
        if after != before:
            ways.setdefault(after, Counter())[before] += 1
    for after, counts in ways.items():
        counts[after] += folded.count(after) - sum(counts.values())
    return {
        after: min(counts, key=lambda char: (-counts[char], char)) for after, counts in ways.items()
    }


def quoted_in_own_scripts(
    formulas: Sequence[Formula], folded: tuple[Readout, Readout], own: tuple[Readout, Readout]
) -> tuple[Formula, ...]:
    """``formulas`` found in the ``folded`` readouts, with each side's wording quoted in its
    own readout's characters."""
    (a_folded, b_folded), (a, b) = folded, own
    said = []
    for formula in formulas:
        a_text, b_text = formula.a_text, formula.b_text
        if a_text is not None and a_folded is not a:
            a_text = in_own_script(a_text, a_folded, a, formula.a_spans)
        if b_text is not None and b_folded is not b:
            b_text = in_own_script(b_text, b_folded, b, formula.b_spans)
        if a_text == formula.a_text and b_text == formula.b_text:
            said.append(formula)
        else:
            said.append(replace(formula, a_text=a_text, b_text=b_text))
    return tuple(said)
