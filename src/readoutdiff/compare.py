"""Glue the pipeline together: two readouts in, one :class:`Comparison` out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readoutdiff import align, inline
from readoutdiff.align import Pair
from readoutdiff.cache_dir import collecting_later
from readoutdiff.languages import language
from readoutdiff.languages.folding import fold_style
from readoutdiff.languages.traditional import (
    is_folded,
    quoted_in_own_scripts,
    through_simplified,
    through_simplified_alignments,
)
from readoutdiff.languages.zh import simplified
from readoutdiff.model import (
    Alignment,
    Comparison,
    DiffOp,
    Formula,
    Op,
    Options,
    Readout,
    Sentence,
    Status,
)
from readoutdiff.model.makers import alignment as make_alignment
from readoutdiff.model.makers import diff_op
from readoutdiff.text import joining

if TYPE_CHECKING:
    from readoutdiff.formulas.mining.memo import ReadoutMemo


# The members read once: on Python 3.11 each ``Status.X`` or ``Op.X`` goes through
# ``EnumType.__getattr__`` (no specialised read: ~0.9 K instructions, callgrind), a global is
# one dictionary read; the loop below reads one for each of some 3,400 passages.
_UNCHANGED, _CHANGED = Status.UNCHANGED, Status.CHANGED
_ADDED, _DROPPED, _INSERT, _DELETE = Status.ADDED, Status.DROPPED, Op.INSERT, Op.DELETE


def compare(
    a: Readout, b: Readout, *, options: Options = Options(), memo: ReadoutMemo | None = None
) -> Comparison:
    """Align ``a`` with ``b``, diff each pair word by word and track formulas.

    ``memo`` keeps what the formula stage finds in each readout on its own for the next
    comparison holding that readout (one memo per series, see :class:`ReadoutMemo`).

    >>> from readoutdiff.ingest import from_text
    >>> result = compare(from_text("We met. Trade grew."), from_text("Trade grew. We met again."))
    >>> [(x.status.value, x.moved, x.a_text, x.b_text) for x in result.alignments]
    [('unchanged', False, 'Trade grew.', 'Trade grew.'), ('changed', True, 'We met.', 'We met again.')]
    """
    # Thousands of small tuples, pairs and alignments, nearly none in a cycle: collections
    # during the comparison only walked them and the whole heap (benchmarks/README.md).
    with collecting_later():
        return _compare(a, b, options, memo, (options.governing_words,))[0]


def compare_readings(
    a: Readout, b: Readout, *, options: Options = Options(), memo: ReadoutMemo | None = None
) -> tuple[Comparison, Comparison]:
    """:func:`compare` of ``a`` and ``b`` with ``Options.governing_words`` off, then on, from
    one alignment and one formula stage's shared prefix
    (:func:`readoutdiff.formulas.tracking.track_readings`): a series' rows read the first,
    its pair reports the second (ser5). Each equals :func:`compare` under that option.

    >>> from dataclasses import replace
    >>> from readoutdiff.ingest import from_text
    >>> a, b = from_text("We back a multipolar world."), from_text("We back a fair world.")
    >>> off, on = compare_readings(a, b)
    >>> off == compare(a, b, options=replace(Options(), governing_words=False))
    True
    >>> on == compare(a, b)
    True
    """
    with collecting_later():
        off, on = _compare(a, b, options, memo, (False, True))
    return off, on


def _compare(
    a: Readout, b: Readout, options: Options, memo: ReadoutMemo | None,
    readings: tuple[bool, ...],
) -> tuple[Comparison, ...]:  # fmt: skip
    cross = a.language != b.language
    pairs = align.align(a.sentences, b.sentences, options, cross_language=cross)
    notes: list[str] = list(language_notes(a, b))
    aligned, matched, total = _aligned(pairs, a, b, options, notes)
    dropped = _dropped(a, pairs)
    alignments = _in_reading_order(aligned, dropped)
    added = _added(b, pairs)
    alignments += tuple(added)
    alignments = _sorted_by_b(alignments)
    read = _formulas(a, b, alignments, options, memo, readings)
    if options.formulas and cross:
        notes.append(ACROSS_LANGUAGES_NOTE)
    total += sum([len(sentence.text) for sentence in dropped])
    total += sum([len(alignment.b[0].text) for alignment in added])
    similarity = round(matched / total, 4) if total else 1.0  # see _aligned
    if not cross and a.date and a.date == b.date and similarity < SAME_DAY_LITTLE_SHARED:
        from readoutdiff.model.figures import said_similarity  # the views' module: only here

        notes.append(SAME_DAY_NOTE.format(date=a.date, similarity=said_similarity(similarity)))
    said = tuple(notes)
    return tuple(
        Comparison(
            a=a, b=b, alignments=alignments, formulas=formulas, similarity=similarity, notes=said
        )
        for formulas in read
    )


SAME_DAY_LITTLE_SHARED = 0.5
"""Below this similarity two readouts of one day in one language are no copy of one text (a
re-publication or an edited version pairs nearly every passage): most often each side's own
readout of one call, read as "what each says the other does not" rather than as a revision."""
SAME_DAY_NOTE = (
    "A and B are dated the same day ({date}) and share little (similarity {similarity}):"
    " if they are the two sides' readouts of one call, “dropped” is what only A says and"
    " “added” what only B says"
)
"""The note of :data:`SAME_DAY_LITTLE_SHARED`: its similarity is said as every view's header
says it (:func:`~readoutdiff.model.figures.said_similarity`, cut to two decimals), so the two
figures on one page agree (rev25: a pair at 0.1186 read "similarity 0.11" above and "0.12" in
the note, and one at 0.4996 would have "shared little" at "0.50")."""


def _formulas(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], options: Options,
    memo: ReadoutMemo | None, readings: tuple[bool, ...],
) -> tuple[tuple[Formula, ...], ...]:  # fmt: skip
    """The formulas of each reading (``Options.governing_words`` off or on, in ``readings``'
    order), the stage's shared prefix made once (ser5)."""
    if not options.formulas:
        return ((),) * len(readings)
    if is_folded(a) or is_folded(b):  # a Traditional Chinese readout: read in Simplified
        if memo is not None:  # a series: each readout folded once (what is known of it kept)
            folded = memo.folded(a), memo.folded(b)
        else:
            folded = through_simplified(a), through_simplified(b)
        alignments = through_simplified_alignments(
            alignments, *folded, options.diff_max_chars, inline.diff_ops
        )
        found = _formulas(*folded, alignments, options, memo, readings)
        return tuple(quoted_in_own_scripts(formulas, folded, (a, b)) for formulas in found)
    from readoutdiff import formulas as formula_stage
    from readoutdiff.formulas.lexicon.whose import owned_topics

    if readings == (options.governing_words,):  # the stage's entry, which benchmarks wrap
        read: tuple[tuple[Formula, ...], ...] = (
            formula_stage.track(a, b, alignments, options=options, memo=memo),
        )
    else:
        from readoutdiff.formulas.tracking import track_readings

        read = track_readings(a, b, alignments, options=options, memo=memo, readings=readings)
    # "build back better" in the UK
    return tuple(owned_topics(formulas, (a.text, b.text)) for formulas in read)


def retracked(comparison: Comparison, options: Options) -> Comparison:
    """``compare(comparison.a, comparison.b, options=options)``, where ``comparison`` was made
    by :func:`compare` under options that differ from ``options`` in the lexicon alone: the
    passages are aligned and diffed by options the lexicon is no part of, so only the formula
    stage runs again (``--history`` tracks one pair under two or three lexicons:
    ``benchmarks/README.md``, hist4)."""
    from readoutdiff.records.replacing import replace

    with collecting_later():
        a, b = comparison.a, comparison.b
        return replace(
            comparison,
            formulas=_formulas(
                a, b, comparison.alignments, options, None, (options.governing_words,)
            )[0],
        )


ACROSS_LANGUAGES_NOTE = (
    "formulas across languages: one event per lexicon id; mined phrases, and lexicon formulas "
    "with no wording in the other language, are not compared"
)


def language_notes(a: Readout, b: Readout) -> tuple[str, ...]:
    """A note when the two readouts are in different languages."""
    if a.language == b.language:
        return ()
    names = language(a.language).name, language(b.language).name
    return (f"A is in {names[0]}, B in {names[1]}: passages paired by meaning",)


def _aligned(
    pairs: list[Pair], a: Readout, b: Readout, options: Options, notes: list[str]
) -> tuple[list[Alignment], float, int]:
    """Each pair as an alignment, diffed word by word, and the similarity's sums over them:
    the score-weighted characters of the pairs, in their order, and all their characters.

    The similarity is the share of both texts in aligned passages, weighted by each pair's
    score: the dropped and added sentences add their characters to the total alone (a score
    of 0). The total is a whole number (a sum of ints is the same in any order) and the pairs
    come in B's order, the order the alignments sorted by B hold them in, so the weighted sum
    adds the same terms in the same order as a loop over the sorted alignments did (the
    dropped and added ones adding 0.0).
    """
    diffs: dict[tuple[str, str], tuple[DiffOp, ...]] = {}  # a recurring edit is diffed once
    scripts = is_folded(a) or is_folded(b)
    diffed = diffs.get
    a_sentences, b_sentences = a.sentences, b.sentences
    limit = options.diff_max_chars
    aligned: list[Alignment] = []
    matched, total = 0.0, 0
    a_side: tuple[Sentence, ...]
    b_side: tuple[Sentence, ...]
    for pair in pairs:
        a_indices, b_indices = pair.a, pair.b
        if len(a_indices) == 1 and len(b_indices) == 1:  # most pairs: one sentence a side
            a_first, b_first = a_sentences[a_indices[0]], b_sentences[b_indices[0]]
            a_side, b_side = (a_first,), (b_first,)
            a_text, b_text = a_first.text, b_first.text
        else:
            a_side, b_side = _side(a, a_indices), _side(b, b_indices)
            a_text, b_text = _joined(a_side), _joined(b_side)
        # Folding ignores case for matching, but "core interests" -> "Core Interests" is a
        # change; spacing, quote and dash style ("--" for "—") are not. Most passages are
        # unchanged: equal texts fold alike, so they skip the folding.
        # A line end inside wrapped Chinese text is no space either (joining.unbroken).
        same = a_text == b_text or _same_style(a_text, b_text, scripts)
        a_size, b_size = len(a_text), len(b_text)
        if a_size > limit or b_size > limit:
            ops: tuple[DiffOp, ...] = (
                DiffOp(op=Op.DELETE, text=a_text),
                DiffOp(op=Op.INSERT, text=b_text),
            )
            notes.append(
                f"passage at A line {a_side[0].span.line} is longer than {limit} "
                "characters: shown whole, not diffed word by word"
            )
        else:  # a recurring pair of texts (most: a sentence said again) is diffed once
            found = diffed((a_text, b_text))
            if found is None:
                found = inline.diff_ops(a_text, b_text, scripts=scripts)
                diffs[a_text, b_text] = found
            ops = found
        score = 1.0 if same else round(pair.score, 4)
        aligned.append(
            make_alignment(  # without the dataclass __init__ (see makers.py)
                _UNCHANGED if same else _CHANGED, a_side, b_side, score, pair.moved, ops
            )
        )
        size = a_size + b_size
        total += size
        matched += size * score
    return aligned, matched, total


def _same_style(a_text: str, b_text: str, scripts: bool) -> bool:
    """Tell whether two passages differ in style alone: spacing, quote and dash style, a line
    end inside wrapped Chinese text, and, when ``scripts`` (a side is Traditional Chinese),
    the script of a Chinese character (堅定 and 坚定: zh48).

    >>> _same_style("中方堅定支持", "中方坚定支持", True), _same_style("中方堅定支持", "中方坚定支持", False)
    (True, False)
    """
    a_style, b_style = fold_style(joining.unbroken(a_text)), fold_style(joining.unbroken(b_text))
    if scripts:
        a_style, b_style = simplified(a_style), simplified(b_style)
    return a_style.split() == b_style.split()


def _side(readout: Readout, indices: tuple[int, ...]) -> tuple[Sentence, ...]:
    """The sentences at ``indices``; most sides are one sentence (no generator for it)."""
    if len(indices) == 1:
        return (readout.sentences[indices[0]],)
    return tuple(readout.sentences[i] for i in indices)


def _joined(side: tuple[Sentence, ...]) -> str:
    """The sentences joined as ``Alignment.a_text`` joins them; most sides are one sentence."""
    return side[0].text if len(side) == 1 else joining.joined([s.text for s in side])


def _dropped(a: Readout, pairs: list[Pair]) -> list[Sentence]:
    used = {index for pair in pairs for index in pair.a}
    return [sentence for sentence in a.sentences if sentence.index not in used]


def _added(b: Readout, pairs: list[Pair]) -> list[Alignment]:
    used = {index for pair in pairs for index in pair.b}
    return [
        make_alignment(_ADDED, (), (s,), 0.0, False, (diff_op(_INSERT, s.text),))
        for s in b.sentences
        if s.index not in used
    ]


def _in_reading_order(aligned: list[Alignment], dropped: list[Sentence]) -> tuple[Alignment, ...]:
    """Return the aligned pairs plus each dropped sentence, as alignments."""
    return tuple(aligned) + tuple(
        make_alignment(_DROPPED, (s,), (), 0.0, False, (diff_op(_DELETE, s.text),)) for s in dropped
    )


def _sorted_by_b(alignments: tuple[Alignment, ...]) -> tuple[Alignment, ...]:
    """Order by B position; a dropped sentence follows the pair holding the nearest earlier A sentence."""
    b_anchor_of_a: dict[int, int] = {}
    for alignment in alignments:
        if alignment.b and not alignment.moved:
            for sentence in alignment.a:
                b_anchor_of_a[sentence.index] = alignment.b[0].index
    dropped_keys = _dropped_keys(alignments, b_anchor_of_a)
    # Each key (first, second, third) as one int, first * 2 * width + second * width + third
    # with every third (an A index, 0 for a B place) below width and second 0 or 1: ints in
    # the tuples' order (a first of -1, no anchor, included), no tuple made or compared a key.
    width = max(dropped_keys, default=0) + 1
    keys = [
        alignment.b[0].index * 2 * width
        if alignment.b
        else _flat(dropped_keys[alignment.a[0].index], width)
        for alignment in alignments
    ]
    return tuple(map(alignments.__getitem__, sorted(range(len(keys)), key=keys.__getitem__)))


def _flat(key: tuple[int, int, int], width: int) -> int:
    """``key`` as one int of the order :func:`_sorted_by_b` sorts by."""
    first, second, third = key
    return (first * 2 + second) * width + third


def _dropped_keys(
    alignments: tuple[Alignment, ...], b_anchor_of_a: dict[int, int]
) -> dict[int, tuple[int, int, int]]:
    """Sort key of each dropped A sentence: after the B place of the nearest earlier anchored A sentence."""
    dropped = sorted(alignment.a[0].index for alignment in alignments if not alignment.b)
    keys: dict[int, tuple[int, int, int]] = {}
    anchor, last_index = -1, -1
    for index in dropped:
        for earlier in range(last_index + 1, index):  # each A index is visited once overall
            anchor = b_anchor_of_a.get(earlier, anchor)
        last_index = index - 1
        keys[index] = (anchor, 1, index)
    return keys
