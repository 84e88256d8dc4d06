"""Count the *changed* formula entries of Russian readout pairs outside the evaluation set, per
rule: how often a Russian rule fires on Russian series it was not written from.

Pairs: each two consecutive readouts (by kremlin.ru news number) of one counterpart in the
Kremlin scrape ``gabrielkmbo/kremlin-scraper`` (the Russian background's corpus, read by
:mod:`build_background_ru`: evaluation pages, the evaluation series' counterparts and reserved
series left out), and the consecutive Russian readouts of ``eval/bilingual``'s series. Each pair
is compared as the tool runs, then again with the rules named by ``--without`` switched off; the
entries only the first run reports are that rule's, printed with both wordings so that they can
be read.

    python benchmarks/russian_changes.py --mirror /work/.mirror/gabrielkmbo+kremlin-scraper/repo
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial
from pathlib import Path

import build_background_ru as builder

from readoutdiff import compare
from readoutdiff.formulas.succession import genitive
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Formula, FormulaStatus, Readout

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"


@contextmanager
def _without(name: str) -> Iterator[None]:
    """Switch off one step of :mod:`genitive` (it returns nothing) for the block."""
    saved = getattr(genitive, name)
    setattr(genitive, name, lambda *args: None)
    try:
        yield
    finally:
        setattr(genitive, name, saved)


RULES: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "governor": partial(_without, "_swapped_governor"),
    "complement": partial(_without, "_reworded_complement"),
}
"""The Russian rules of :mod:`genitive`: a swapped governor, a reworded complement."""


def scrape_pairs(
    mirror: Path, commit: str, *, any_counterpart: bool = False
) -> list[tuple[str, Readout, Readout]]:
    """Consecutive readouts of one counterpart in the scrape, by news number; with
    ``any_counterpart``, consecutive readouts whoever the counterpart (a harder test: two
    counterparts share the Kremlin's stock phrasing, and a change read off them is mostly
    a false one)."""
    by_who: dict[str, list[builder.Source]] = defaultdict(list)
    for source in builder.sources(mirror, commit):
        by_who["any" if any_counterpart else source.counterpart].append(source)
    pairs = []
    for who, items in sorted(by_who.items()):
        items.sort(key=lambda s: int(s.path.rstrip("/").rsplit("/", 1)[-1]))
        for x, y in zip(items, items[1:], strict=False):
            pairs.append(
                (f"scrape {who}", from_text(x.text, path=x.path), from_text(y.text, path=y.path))
            )
    return pairs


def bilingual_pairs() -> list[tuple[str, Readout, Readout]]:
    """Consecutive Russian readouts of each series of ``eval/bilingual``."""
    by_series: dict[str, list[Readout]] = defaultdict(list)
    for path in sorted(BILINGUAL.glob("*.txt")):
        readout = load(path)
        if readout.language == "ru":
            by_series[path.name.split("__")[0]].append(readout)
    return [
        (f"bilingual {series}", x, y)
        for series, items in sorted(by_series.items())
        for x, y in zip(items, items[1:], strict=False)
    ]


def changed(a: Readout, b: Readout) -> list[Formula]:
    return [f for f in compare(a, b).formulas if f.status is FormulaStatus.CHANGED]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the scrape")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument(
        "--any-counterpart", action="store_true",
        help="pair consecutive scrape readouts whoever the counterpart",
    )  # fmt: skip
    args = parser.parse_args(argv)
    commit = builder.english.git(args.mirror, "rev-parse", args.commit).strip()
    pairs = scrape_pairs(args.mirror, commit, any_counterpart=args.any_counterpart)
    pairs += bilingual_pairs()
    print(f"{len(pairs)} Russian pairs ({len({n for n, _, _ in pairs})} series)")
    fired: Counter[str] = Counter()
    series: dict[str, set[str]] = defaultdict(set)
    total = 0
    for name, a, b in pairs:
        with_all = changed(a, b)
        total += len(with_all)
        for rule, off in RULES.items():
            with off():
                without = {(f.a_text, f.b_text) for f in changed(a, b)}
            for f in with_all:
                if (f.a_text, f.b_text) not in without:
                    fired[rule] += 1
                    series[rule].add(name)
                    print(f"  [{rule}] {name}: {f.a_text!r} -> {f.b_text!r}")
    print(f"changed entries, all rules: {total}")
    for rule in RULES:
        print(f"{rule}: {fired[rule]} entries in {len(series[rule])} series")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
