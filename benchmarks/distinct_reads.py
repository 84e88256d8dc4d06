"""How much of what the formula stage reads is read again: sentences and sentence pairs, all and
distinct by text, at each part that could work once per distinct text.

Real readouts of one series repeat sentences, and the benchmark corpus (``real_corpus.py``)
repeats readouts, so a part that works once per sentence *place* does most of its work again.
Here one first comparison of the corpus pair (after the samples' warm-up, as
``stage_share.py`` measures) runs with counters wrapped around the parts, and each line says
how many times a part was reached and for how many distinct texts:

- ``matcher.find``: sentences given (4 calls: lexicon and mined, each readout; each readout's
  are grouped by text once, ``grouped_words``, and a call walks the groups), distinct stems
  tuples per call, the ``_hits`` it computed (exact and fuzzy matching: the part's cost), the
  sentences it read occurrences off (``read_off``, the copies of a group with hits) and the
  occurrences read off the text afresh (``_occurrence``; the other copies are made from the
  first reading);
- ``most_kept_entries``: the changed aligned pairs of sentences it reads (``may_share``), all
  and distinct by the two sentences' words;
- ``standing``: the pairs of sentences near each other and not aligned together it reads
  (``_candidates``), all and distinct.

A part whose calls equal its distinct texts works once per distinct text already, or reads
no text twice.

    .venv/bin/python benchmarks/distinct_reads.py [--size 500k]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@contextmanager
def _wrapped(module: Any, name: str, before: Callable[..., None]) -> Iterator[None]:
    """``module.name`` calls ``before`` with its arguments first, inside the block."""
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        before(*args, **kwargs)
        return original(*args, **kwargs)

    setattr(module, name, counted)
    try:
        yield
    finally:
        setattr(module, name, original)


def counts(a: Any, b: Any) -> Counter[str]:
    """The counts of one ``compare(a, b)`` (see the module's docstring)."""
    from contextlib import ExitStack

    from readoutdiff.compare import compare
    from readoutdiff.formulas.linking import most_kept_entries, standing
    from readoutdiff.formulas.matching import matcher, occurrences

    found: Counter[str] = Counter()
    pairs: dict[str, set[object]] = {"most_kept": set(), "standing": set()}

    def find(_m: Any, _r: Any, words: Any, *_a: Any, **_k: Any) -> None:
        found["find: calls"] += 1
        found["find: sentences looped"] += len(words)
        found["find: distinct stems (per call, summed)"] += len({w.stems for w in words})

    def hits(*_a: Any) -> None:
        found["find: _hits computed"] += 1

    def read_off(_entries: Any, _readout: Any, copies: Any, *_a: Any) -> None:
        found["find: read_off (sentences with hits)"] += len(copies)

    def occurrence(*_a: Any) -> None:
        found["find: _occurrence (read afresh)"] += 1

    def may_share(wa: Any, wb: Any, _memo: Any) -> None:
        found["most_kept_entries: pairs"] += 1
        pairs["most_kept"].add((wa.stems, wb.stems, wa.caps, wb.caps))

    def candidates(va: Any, vb: Any, near: Any, _partners: Any) -> None:
        found["standing: near pairs"] += len(near)
        pairs["standing"].update((va.words[x].stems, vb.words[y].stems) for x, y in near)

    with ExitStack() as stack:
        for module, name, before in (
            (matcher, "find", find),
            (matcher, "_hits", hits),
            (matcher, "read_off", read_off),
            (occurrences, "_occurrence", occurrence),
            (most_kept_entries, "may_share", may_share),
            (standing, "_candidates", candidates),
        ):
            stack.enter_context(_wrapped(module, name, before))
        compare(a, b)
    found["most_kept_entries: distinct pairs"] = len(pairs["most_kept"])
    found["standing: distinct near pairs"] = len(pairs["standing"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="500k", help="bytes per side, e.g. 50k")
    args = parser.parse_args()
    import real_corpus
    import stage_share

    a, b = stage_share._pair(real_corpus.parse_size(args.size))
    stage_share.warm_up()
    texts = [s.text for s in a.sentences], [s.text for s in b.sentences]
    print(f"corpus pair {args.size} a side")
    print(f"sentences A: {len(texts[0])}, distinct {len(set(texts[0]))}")
    print(f"sentences B: {len(texts[1])}, distinct {len(set(texts[1]))}")
    print(
        f"sentences both: {len(texts[0]) + len(texts[1])}, distinct {len({*texts[0], *texts[1]})}"
    )
    for name, count in counts(a, b).items():
        print(f"{name}: {count}")


if __name__ == "__main__":
    main()
