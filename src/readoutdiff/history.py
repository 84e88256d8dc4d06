"""A pair's history: the phrases recurring in earlier readouts of its series, learnt as
formulas for the pair (``readoutdiff A B --history DIR``), each yielding to what the pair
alone reports.

The phrases are :func:`readoutdiff.formulas.mining.recurrence.recurring`'s; telling which of
them would stand where the pair makes a report of its own needs the pair compared, so this
module stands after :mod:`readoutdiff.compare` (the formula stage never imports the comparison
that runs it: README, Development).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from readoutdiff.compare import compare, retracked
from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.formulas.lexicon.lexicon import merge
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.mining import recurrence
from readoutdiff.formulas.words.phrases import grouped_words
from readoutdiff.formulas.words.roles import stop_words
from readoutdiff.model import Comparison, Entry, FormulaStatus, Lexicon, Options, Readout, Span
from readoutdiff.records.replacing import replace


def _learning(
    options: Options, readouts: Sequence[Readout], earlier: int,
    alone: Comparison | None = None,
) -> tuple[Options, Comparison | None, Comparison | None]:  # fmt: skip
    """:func:`~readoutdiff.formulas.mining.recurrence.with_recurring`'s options, each phrase
    yielding to the pair's own reports; the pair's comparison under them when
    :func:`_pair_first` made it on the way (else ``None``); the pair compared under
    ``options`` (``alone``, or the one made on the way, else ``None``). ``alone``: the pair of
    a history (the last two ``readouts``) already compared under ``options``, if the caller has
    it."""
    if not options.mine_formulas:  # --no-mining: no phrase mined, the history's neither
        return options, alone, alone
    base, found = recurrence.learnt(options, readouts, earlier)
    if not found:
        return options, alone, alone
    learnt = replace(options, lexicon=merge(base, Lexicon(entries=found)))
    if len(readouts) - earlier != 2:
        return learnt, None, alone
    if alone is None:
        alone = compare(readouts[earlier], readouts[earlier + 1], options=options)
    left, trial = _pair_first(found, alone, learnt)
    if len(left) == len(found):
        return learnt, trial, alone  # nothing unlearnt: the trial is the pair's comparison
    if not left:
        return options, alone, alone
    return replace(options, lexicon=merge(base, Lexicon(entries=left))), None, alone


def _pair_first(
    found: tuple[Entry, ...], alone: Comparison, learnt: Options
) -> tuple[tuple[Entry, ...], Comparison]:
    """The phrases ``found`` in a pair's history less those that would stand where the pair
    makes a report on its own (``benchmarks/README.md``, hist3): the history adds reports where
    the pair alone has none, and may name one of the pair's after a standing phrase, but never
    takes its place. The pair is compared alone and with every phrase learnt. A phrase said
    across the wording of a report of the pair alone, on either side, is unlearnt unless its
    own report tells that one again (the status and both wordings, where it stood: the pair's
    change of "Russia's brutal and unprovoked war" read on the phrase's row): "new economic and
    security relationship", said on both sides (carney-trump), would read *persisted* where the
    pair reads "openness to building a new economic and security relationship with the United
    States" → "… raised in negotiations on a new economic and security relationship between
    Canada" changed; "thanked Turkey for its strong" cuts "strong support in defense of Ukraine …" → "commitment to Ukraine's …". So is
    a phrase said in a sentence of the pair's change that shares a content word with it:
    "invoke U.S. mutual defense commitments", in B's sentence of "ironclad alliance commitment"
    → "defense commitment", takes the words the change is read from."""
    a, b, reports = alone.a, alone.b, alone.formulas
    trial = retracked(alone, learnt)  # every phrase learnt
    named: list[set[str]] = [set() for _ in reports]  # the learnt phrases that tell each again
    for again in trial.formulas:
        for number, formula in enumerate(reports):
            if (
                again.status is formula.status
                and _within(again.a_spans, formula.a_spans)
                and _within(again.b_spans, formula.b_spans)
            ):
                named[number].add(again.anchor or bare_id(again.id).split("/")[0])
    search = matcher.build(found)
    over: set[str] = set()
    for side, readout in enumerate((a, b)):
        words, groups = grouped_words(readout)
        stops = stop_words(readout.language)
        spans = [
            (number, span)
            for number, formula in enumerate(reports)
            for span in (formula.b_spans if side else formula.a_spans)
        ]
        changing: dict[int, dict[int, set[str]]] = defaultdict(dict)  # sentence -> change -> stems
        for sentence in words:
            for number, span in spans:
                if reports[number].status is FormulaStatus.CHANGED:
                    there = {sentence.stems[i] for i in sentence.starting_in(span)}
                    changing[sentence.sentence].setdefault(number, set()).update(there - stops)
        for occurrence in matcher.find(search, readout, words, groups=groups):
            place = occurrence.span
            sentence = next(w for w in words if w.sentence == occurrence.sentence)
            said = set(sentence.stems[occurrence.first : occurrence.last])
            near = changing.get(occurrence.sentence, {})
            if any(
                occurrence.id not in named[number] and said & stems
                for number, stems in near.items()
            ) or any(
                occurrence.id not in named[number]
                and place.start < span.end
                and span.start < place.end
                for number, span in spans
            ):
                over.add(occurrence.id)
    return tuple(entry for entry in found if entry.id not in over), trial


def _within(inner: tuple[Span, ...], outer: tuple[Span, ...]) -> bool:
    """Whether every span of ``inner`` lies in one of ``outer`` (a side neither has: True)."""
    if not inner or not outer:
        return not inner and not outer
    return all(any(o.start <= i.start and i.end <= o.end for o in outer) for i in inner)


def with_history(
    options: Options, earlier: Sequence[Readout], compared: Sequence[Readout]
) -> Options:
    """Return ``options`` whose lexicon also holds the phrases recurring in a pair's history
    ``earlier`` and the readouts ``compared``, as ``readoutdiff A B --history DIR`` learns them:
    a readout read twice (in the history and compared, or twice compared) counts once. With
    mining off (``mine_formulas`` false, ``--no-mining``) nothing is learnt: the history's
    phrases are mined ones, as the background's are (hist5)."""
    return _learning(options, *_read_once(earlier, compared))[0]


def history_compared(
    options: Options, earlier: Sequence[Readout], compared: Sequence[Readout],
    alone: Comparison | None = None,
) -> Comparison:  # fmt: skip
    """``compare(a, b, options=with_history(options, earlier, [a, b]))`` for ``compared`` =
    ``[a, b]``, the same comparison made with less work: the pair is aligned and diffed once,
    and a comparison :func:`_pair_first` made on the way is the answer when the phrases left
    are all or none of those learnt (``benchmarks/README.md``, hist4). ``alone``: ``compare(a,
    b, options=options)``, if the caller has it."""
    a, b = compared
    learnt, made, alone = _learning(options, *_read_once(earlier, compared), alone=alone)
    if made is not None:
        return made
    if alone is None:
        return compare(a, b, options=learnt)
    return retracked(alone, learnt)


def _read_once(
    earlier: Sequence[Readout], compared: Sequence[Readout]
) -> tuple[list[Readout], int]:
    """The readouts a history and a pair teach from, a readout read twice once, and how many
    of them are the history's."""
    from readoutdiff.ingest.text import text_digest  # a BOM or CRLF copy is one (u71)

    pair = {text_digest(readout): readout for readout in compared}
    history = {digest: r for r in earlier if (digest := text_digest(r)) not in pair}
    return [*history.values(), *pair.values()], len(history)
