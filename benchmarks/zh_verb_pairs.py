"""List the Chinese changed reports whose two wordings share only a leading verb (zh32).

    python benchmarks/zh_verb_pairs.py [--batches zh10 zh14] [--all]

zh31 found, on the Chinese tuning batches, changed reports pairing two short wordings that
share only their opening (深化互联互通 -> 深化经贸投资). This script runs ``compare`` on every
Chinese dev pair (held-out and fresh pairs are never read), or on the *tuning* pairs of the
named ``eval/noise`` batches (the aside pairs are never read), keeps the changed reports whose
two wordings open on the same run of two characters or more and share at most one character
after it, and prints each with its label (noise / right / wrong fate, judged as
``score_formulas.py`` and ``score_noise.py`` do) and the features that might separate them.
``--all`` prints every changed report's shape count instead.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator

from formula_eval import verdict
from zh_noise_shapes import dev_judged

from readoutdiff import compare, load
from readoutdiff.formulas.linking import diverging

WENT_ON: set[tuple[str, str]] = set()
"""The (A, B) wordings of the changed entries ``diverging.went_on`` made in this run."""
_went_on = diverging.went_on


def _recording(*args, **kwargs):  # type: ignore[no-untyped-def]
    before = {(f.a_text, f.b_text) for f in args[0]}
    told = _went_on(*args, **kwargs)
    WENT_ON.update((f.a_text, f.b_text) for f in told if (f.a_text, f.b_text) not in before)
    return told


diverging.went_on = _recording

HAN = re.compile(r"[\u4e00-\u9fff]")


def opening(a: str, b: str) -> int:
    """The characters both wordings open on."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def shared_after(a: str, b: str, n: int) -> int:
    """Chinese characters both wordings hold after their common opening of ``n``."""
    return len(set(HAN.findall(a[n:])) & set(HAN.findall(b[n:])))


def dev_changed() -> Iterator[tuple[str, str, str, str, str, str]]:
    """(pair, label, a, b, id, counterpart) of every changed report of the Chinese dev pairs."""
    for _, pair, judged in dev_judged():
        report = judged.report
        if report.status != "changed":
            continue
        label = {"wrong fate": "wrong"}.get(said := verdict(judged), said)
        other = judged.counterpart
        told = f"{other.status}: {other.a} -> {other.b}" if other else ""
        yield pair.name, label, report.a or "", report.b or "", report.note, told


def batch_changed(names: tuple[str, ...]) -> Iterator[tuple[str, str, str, str, str, str]]:
    """The same of the tuning pairs of the batches ``names`` (judged by ``judged.toml``)."""
    from score_noise import NOISE_DIR, pairs, verdicts

    judgements = verdicts()
    for pair in pairs():
        if pair.get("batch") not in names or pair["aside"]:
            continue
        a, b = str(pair["a"]), str(pair["b"])
        for f in compare(load(NOISE_DIR / a), load(NOISE_DIR / b)).formulas:
            if f.status.value != "changed":
                continue
            judgement = judgements.get((f"{a} -> {b}", f.a_text, f.b_text))
            if judgement is None:
                label = "unjudged"
            elif judgement.verdict == "noise":
                label = "noise"
            else:
                label = "right" if judgement.fate in ("", "changed") else "wrong"
            told = f"{judgement.kind} fate={judgement.fate}" if judgement else ""
            yield f"{a} -> {b}", label, f.a_text or "", f.b_text or "", f.id, told


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="*", default=[])
    parser.add_argument("--every", action="store_true", help="print every changed report")
    parser.add_argument("--went-on", action="store_true", help="keep the changed reports "
                        "diverging.went_on made (a one-sided formula's passage going on)")  # fmt: skip
    parser.add_argument("--most", type=int, default=1, help="characters shared after the "
                        "opening at most (default 1)")  # fmt: skip
    args = parser.parse_args()
    found = batch_changed(tuple(args.batches)) if args.batches else dev_changed()
    counts: Counter[tuple[str, str]] = Counter()
    for name, label, a, b, note, told in found:
        n = opening(a, b)
        after = shared_after(a, b, n)
        shape = "verb" if n >= 2 and after <= args.most else "other"
        if args.went_on:
            shape = "went_on" if (a, b) in WENT_ON else "other"
        counts[shape, label] += 1
        if shape in ("verb", "went_on") or args.every:
            print(f"{label}\t{name}\t{a} -> {b}\topen={n} after={after}\t{note}\t{told}")
    for (shape, label), count in sorted(counts.items()):
        print(f"# {shape} {label}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
