"""Compare two large readouts on two cores: the pairing in a forked child, the formulas here.

Until the alignment, :func:`readoutdiff.compare.compare` does two independent things: the
aligner pairs the sentences of A and B, and the formula stage reads each readout on its own
(words, lexicon formulas, phrases that look fixed). On large readouts each takes about as long
as the other (some 65 ms at 500 KB a side), so :func:`compare_on_two_cores` runs the aligner in
a forked child while this process fills a :class:`ReadoutMemo` with the per-readout findings,
then takes the child's pairs and compares as :func:`compare` would: the same
:class:`Comparison`, byte for byte in every format (``tests/test_twofold.py``).

A fork costs a few milliseconds and more CPU in all (pages copied on write, the pairs sent
back), so small inputs stay in one process (:data:`FORK_FROM`), and so does any run where
``os.fork`` is missing, a run by meaning (whose model the child would load for itself), a pair
across languages, or a run without formulas. When the child fails in any way, this process
pairs the sentences itself: an error is then raised here, as in one process.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from readoutdiff import align
from readoutdiff.align import Pair
from readoutdiff.align.groups import new_pair
from readoutdiff.compare import compare
from readoutdiff.model import Comparison, Options, Readout

FORK_FROM = 200_000
"""Characters of A and B together from which the pairing goes to a child (benchmarks/README.md,
q25: at 50 KB a side the fork costs what it saves; at 500 KB it saves ~15 % of the wall time)."""

Pairs = list[tuple[tuple[int, ...], tuple[int, ...], float, bool]]


def compare_on_two_cores(
    a: Readout, b: Readout, *, options: Options = Options(), fork: bool = True
) -> Comparison:
    """Return ``compare(a, b, options=options)``, made on two cores when it is worth it
    (never with ``fork`` false).

    >>> from readoutdiff.ingest import from_text
    >>> a, b = from_text("We met. Trade grew."), from_text("Trade grew. We met again.")
    >>> compare_on_two_cores(a, b) == compare(a, b)
    True
    """
    if not (fork and worth_a_fork(a, b, options)):
        return compare(a, b, options=options)
    from readoutdiff.formulas import prepare
    from readoutdiff.formulas.mining.memo import ReadoutMemo

    collect = pairs_in_child(a, b, options)
    memo = ReadoutMemo()
    prepare(a, b, options=options, memo=memo)
    return compare(a, b, options=options, memo=memo, pairs=collect())


def worth_a_fork(a: Readout, b: Readout, options: Options) -> bool:
    """Whether :func:`compare_on_two_cores` pairs the sentences in a child."""
    return (
        hasattr(os, "fork")
        and options.formulas
        and not options.meaning
        and a.language == b.language
        and len(a.text) + len(b.text) >= FORK_FROM
    )


def pairs_in_child(a: Readout, b: Readout, options: Options) -> Callable[[], list[Pair]]:
    """Start pairing ``a`` and ``b`` in a forked child; return what collects its pairs.

    The collector waits for the child; if it failed (or could not start), the pairs are made
    here, so they are always the aligner's."""
    import pickle  # here: a small comparison never loads it

    try:
        reading, writing = os.pipe()
        child = os.fork()
    except OSError:
        return lambda: align.align(a.sentences, b.sentences, options)
    if child == 0:  # pragma: no cover (the child ends by os._exit: coverage never sees it)
        os.close(reading)
        _pair_and_exit(a, b, options, writing)
    os.close(writing)

    def collect() -> list[Pair]:
        with os.fdopen(reading, "rb") as pipe:
            sent = pipe.read()
        _, status = os.waitpid(child, 0)
        if status != 0 or not sent:
            return align.align(a.sentences, b.sentences, options)
        pairs: Pairs = pickle.loads(sent)
        return [new_pair(*pair) for pair in pairs]

    return collect


def _pair_and_exit(a: Readout, b: Readout, options: Options, writing: int) -> None:
    """The child: pair, send the pairs as plain tuples, and end without the parent's exit work
    (no buffered output flushed twice, no cache written)."""
    code = 1
    try:
        import pickle  # loaded by the parent before the fork

        pairs = align.align(a.sentences, b.sentences, options)
        sent = pickle.dumps([(p.a, p.b, p.score, p.moved) for p in pairs], pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(sent)
        code = 0
    except BaseException:  # noqa: BLE001 (any failure: the parent pairs them itself)
        code = 1
    finally:
        os._exit(code)
