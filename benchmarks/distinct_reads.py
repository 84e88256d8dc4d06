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

With ``NAME``s (``module:function`` or ``module:Class.method``, as for ``stage_parts.py``) the
same comparison (or that of ``--pair A B``, two files) counts instead each named function's
calls against its distinct inputs (branch sp78): an argument counts by value when it is a plain
value (text, number, a tuple or list of them), a sentence's words
(:class:`~readoutdiff.formulas.words.phrases.Words`) by its stems (the same text said twice
is one input; ``--by-sentence``: by its stems and its sentence), any other object by identity
(an aligned pair, a view). ``repeated`` is calls less distinct inputs: the calls a memo or a
shared per-passage index could answer (``stage_parts.py`` gives each call's cost).

    .venv/bin/python benchmarks/distinct_reads.py [--size 500k]
    .venv/bin/python benchmarks/distinct_reads.py [--size 500k] [--pair A B] [--by-sentence] NAME ...
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
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


def input_key(value: object, by_sentence: bool = False) -> Hashable:
    """What tells one input from another: see the module's text.

    >>> input_key("deepen"), input_key(("a", 1)), input_key(["a", "b"])
    ('deepen', ('a', 1), ('a', 'b'))
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> w = readout_words(from_text("We met. We met."))
    >>> input_key(w[0]) == input_key(w[1]), input_key(w[0], True) == input_key(w[1], True)
    (True, False)
    """
    stems = getattr(value, "stems", None)
    if isinstance(stems, tuple) and hasattr(value, "sentence") and hasattr(value, "caps"):
        return ("words", stems, value.sentence) if by_sentence else ("words", stems)  # type: ignore[attr-defined]
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (tuple, frozenset, list)):
        plain = tuple(value) if isinstance(value, list) else value  # a list of stems: its words
        try:
            hash(plain)
        except TypeError:
            return ("id", id(value))
        return plain
    return ("id", id(value))


class Counted:
    """The calls of one function and the distinct inputs among them."""

    def __init__(self) -> None:
        self.calls = 0
        self.inputs: set[Hashable] = set()
        self.held: list[object] = []
        """The arguments told by identity, kept alive while counting: a freed object's id is
        given to the next one made, which would count as the same input."""

    @property
    def repeated(self) -> int:
        return self.calls - len(self.inputs)


def count_inputs(names: Sequence[str], by_sentence: bool = False) -> dict[str, Counted]:
    """Wrap each named function (and every module's name for it) so that its calls and
    distinct inputs are counted; the counts, by label."""
    import stage_parts

    found: dict[str, Counted] = {}
    for name in names:
        owner, attribute, original = stage_parts._resolve(name)
        counted = found[stage_parts.label(name)] = Counted()
        wrapped = _counting(original, counted, by_sentence)
        setattr(owner, attribute, wrapped)
        if isinstance(owner, type):
            continue
        for module in list(sys.modules.values()):  # those that imported it by name
            for key in [key for key, value in vars(module).items() if value is original]:
                setattr(module, key, wrapped)
    return found


def _counting(
    function: Callable[..., Any], counted: Counted, by_sentence: bool
) -> Callable[..., Any]:
    @functools.wraps(function)
    def counting(*args: Any, **kwargs: Any) -> Any:
        counted.calls += 1
        key = (
            tuple(input_key(a, by_sentence) for a in args),
            tuple(sorted((k, input_key(v, by_sentence)) for k, v in kwargs.items())),
        )
        if key not in counted.inputs:
            counted.inputs.add(key)
            counted.held.append((args, kwargs))
        return function(*args, **kwargs)

    return counting


def measure_inputs(
    folder: str, names: Sequence[str], by_sentence: bool = False
) -> dict[str, Counted]:
    """Count the named functions in one comparison of ``folder``'s ``a.txt`` and ``b.txt``,
    after the samples' warm-up (uncounted)."""
    import stage_share

    from readoutdiff.compare import compare

    pair = stage_share._warmed_pair(folder, "samples")
    found = count_inputs(names, by_sentence)
    compare(*pair)
    return found


def report_inputs(found: dict[str, Counted]) -> str:
    rows = [f"{'calls':>7} {'distinct':>8} {'repeated':>8}  function"]
    for name, counted in sorted(found.items(), key=lambda item: -item[1].repeated):
        rows.append(f"{counted.calls:7d} {len(counted.inputs):8d} {counted.repeated:8d}  {name}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="500k", help="bytes per side, e.g. 50k")
    parser.add_argument(
        "--pair", nargs=2, default=(), metavar=("A", "B"), help="two files (with NAMEs)"
    )
    parser.add_argument(
        "--by-sentence",
        action="store_true",
        help="tell a sentence's words by its place too, not by its text alone (with NAMEs)",
    )
    parser.add_argument(
        "names", nargs="*", help="module:function to count against its distinct inputs"
    )
    args = parser.parse_args()
    import real_corpus
    import stage_share

    if args.names:
        with tempfile.TemporaryDirectory() as folder:
            if args.pair:
                for name, path in zip(("a.txt", "b.txt"), args.pair, strict=True):
                    (Path(folder) / name).write_bytes(Path(path).read_bytes())
            else:
                stage_share.write_corpus(real_corpus.parse_size(args.size), Path(folder))
            print(report_inputs(measure_inputs(folder, args.names, args.by_sentence)))
        return

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
