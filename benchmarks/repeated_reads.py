"""How often the formula stage's functions read the same input again in one comparison.

A shared per-passage index (issue 10 point 7) pays only where two rule groups, or one group
twice, compute the same reading of the same sentence or pair. Here each named function is
wrapped in one comparison (the one ``stage_share.py`` measures: the samples' pair first, then
the corpus pair, or the two files of ``--pair``) and its calls are counted against its
distinct inputs. An argument counts by value when it is a plain value (text, number, tuple
of them; a list as the tuple of its items), a sentence's :class:`~readoutdiff.formulas.words.phrases.Words` by its stems (the
same text said twice is one input; ``--by-sentence``: by its stems and its sentence), any
other object by identity (an aligned pair, a view). ``repeated`` is calls less distinct
inputs: the calls a memo of the function would have answered. No instructions are counted
(``stage_parts.py`` gives each function's cost per call).

    .venv/bin/python benchmarks/repeated_reads.py [--size 500k] [--pair A B] [--by-sentence] NAME ...

A name is ``module:function`` or ``module:Class.method``, as for ``stage_parts.py``.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


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

    @property
    def repeated(self) -> int:
        return self.calls - len(self.inputs)


def count(names: Sequence[str], by_sentence: bool = False) -> dict[str, Counted]:
    """Wrap each named function (and every module's name for it) so that its calls and
    distinct inputs are counted; the counts, by label."""
    sys.path.insert(0, str(HERE))
    import stage_parts

    found: dict[str, Counted] = {}
    for name in names:
        owner, attribute, original = stage_parts._resolve(name)
        counted = found[stage_parts.label(name)] = Counted()
        wrapped = _wrapped(original, counted, by_sentence)
        setattr(owner, attribute, wrapped)
        if isinstance(owner, type):
            continue
        for module in list(sys.modules.values()):  # those that imported it by name
            for key in [key for key, value in vars(module).items() if value is original]:
                setattr(module, key, wrapped)
    return found


def _wrapped(
    function: Callable[..., Any], counted: Counted, by_sentence: bool
) -> Callable[..., Any]:
    @functools.wraps(function)
    def counting(*args: Any, **kwargs: Any) -> Any:
        counted.calls += 1
        counted.inputs.add(
            (
                tuple(input_key(a, by_sentence) for a in args),
                tuple(sorted((k, input_key(v, by_sentence)) for k, v in kwargs.items())),
            )
        )
        return function(*args, **kwargs)

    return counting


def measure(folder: str, names: Sequence[str], by_sentence: bool = False) -> dict[str, Counted]:
    """Count the named functions in one comparison of ``folder``'s ``a.txt`` and ``b.txt``,
    after the samples' warm-up (uncounted)."""
    sys.path.insert(0, str(HERE))
    import stage_share

    from readoutdiff.compare import compare

    pair = stage_share._warmed_pair(folder, "samples")
    found = count(names, by_sentence)
    compare(*pair)
    return found


def report(found: dict[str, Counted]) -> str:
    rows = [f"{'calls':>7} {'distinct':>8} {'repeated':>8}  function"]
    for name, counted in sorted(found.items(), key=lambda item: -item[1].repeated):
        rows.append(f"{counted.calls:7d} {len(counted.inputs):8d} {counted.repeated:8d}  {name}")
    return "\n".join(rows)


def main() -> None:
    sys.path.insert(0, str(HERE))
    from real_corpus import parse_size

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("500k"))
    parser.add_argument("--pair", nargs=2, default=(), metavar=("A", "B"), help="two files")
    parser.add_argument(
        "--by-sentence",
        action="store_true",
        help="tell a sentence's words by its place too, not by its text alone",
    )
    parser.add_argument("names", nargs="+", help="module:function to count")
    args = parser.parse_args()
    import stage_share

    with tempfile.TemporaryDirectory() as folder:
        if args.pair:
            for name, path in zip(("a.txt", "b.txt"), args.pair, strict=True):
                (Path(folder) / name).write_bytes(Path(path).read_bytes())
        else:
            stage_share.write_corpus(args.size, Path(folder))
        print(report(measure(folder, args.names, args.by_sentence)))


if __name__ == "__main__":
    main()
