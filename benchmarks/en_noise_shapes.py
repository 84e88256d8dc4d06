"""Test general shapes against English noise on three yardsticks (acc43).

    python benchmarks/en_noise_shapes.py [--dump FILE]

English noise is 5.8 % on the dev pairs but 9.1 % on the outside tuning part and 13.3 % on
the held-out pairs: the filters fit dev. This script runs ``compare`` on

* ``dev``: the English dev pairs of ``eval/formulas`` (held-out and fresh never read),
* ``tuning``: the English pairs of ``eval/outside``'s tuning part (the aside never read),
* ``judged``: the English tuning pairs of ``eval/noise`` (``judged.toml``; aside never read),

judges every report as ``score_formulas.py`` / ``score_noise.py`` do (noise, right fate, wrong
fate) and counts each label under general shape tests of the wording (no word list written
from the noise): how it opens and ends, its length, whether it is a two-word phrase, one-sided
reports of a bare phrase, a change whose wordings share their head. A test is worth a rule
only where it takes out more noise than right reports on dev *and* tuning.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from formula_eval import Event, judge, language_of, load_pairs, verdict
from score_formulas import SETS, lines_of, origin

from readoutdiff import compare, load
from readoutdiff.formulas.words.edges import closes_cut, opens_cut

Row = dict[str, str]

FUNCTION = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "so",
            "than", "that", "the", "to", "well", "which", "with", "who", "its", "their",
            "his", "her", "our"}  # fmt: skip
"""English function words: a wording opening or closing on one was cut mid-phrase (the
closed class of the language, not words read off the noise)."""


def yardstick(set_name: str) -> Iterator[Row]:
    """Every report on the English dev (tuning) pairs of ``set_name``, judged."""
    for pair in load_pairs(SETS[set_name], split="dev"):
        if language_of(pair) != "en":
            continue
        comparison = compare(load(pair.a_path), load(pair.b_path))
        formulas = comparison.formulas
        reports = [
            Event(
                f.status.value,
                f.a_text,
                f.b_text,
                origin(f.id, f.source.value),
                **lines_of(comparison, f),
            )
            for f in formulas
        ]
        for judged in judge(pair, reports).judged:
            report = judged.report
            label = {"wrong fate": "wrong"}.get(said := verdict(judged), said)
            yield {"pair": pair.name, "label": label, "status": report.status,
                   "a": report.a or "", "b": report.b or "", "origin": report.note or ""}  # fmt: skip


def judged_batches() -> Iterator[Row]:
    """Every judged report on the English tuning pairs of ``eval/noise``."""
    from score_noise import tuning_labels

    def english(pair: dict[str, object]) -> bool:
        return not str(pair["a"]).endswith(("__cctv.txt", "__kremlin.txt"))

    for _, a, b, f, label in tuning_labels(english):
        yield {"pair": f"{a} -> {b}", "label": label, "status": f.status.value,
               "a": f.a_text or "", "b": f.b_text or "",
               "origin": origin(f.id, f.source.value)}  # fmt: skip


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


def cut(text: str) -> bool:
    found = words(text)
    return bool(found) and (found[0] in FUNCTION or found[-1] in FUNCTION)


def one_sided(row: Row) -> bool:
    return row["status"] in ("appeared", "dropped")


TESTS: dict[str, Callable[[Row], bool]] = {
    "all": lambda r: True,
    "one-sided": one_sided,
    "changed": lambda r: r["status"] == "changed",
    "persisted": lambda r: r["status"] == "persisted",
    "a wording opens or closes on a function word": lambda r: cut(r["a"]) or cut(r["b"]),
    "one-sided, 2 words": lambda r: one_sided(r) and len(words(r["a"] or r["b"])) == 2,
    "one-sided, <= 3 words": lambda r: one_sided(r) and len(words(r["a"] or r["b"])) <= 3,
    "one-sided, background origin": lambda r: one_sided(r) and r["origin"].startswith("background"),
    "one-sided, builtin origin": lambda r: one_sided(r) and r["origin"] == "builtin",
    "one-sided, builtin, <= 3 words": lambda r: (
        one_sided(r) and r["origin"] == "builtin" and len(words(r["a"] or r["b"])) <= 3
    ),
    "persisted, wordings differ in case only": lambda r: (
        r["status"] == "persisted" and r["a"] != r["b"] and r["a"].lower() == r["b"].lower()
    ),
    "changed, a modifier added or dropped (one wording inside the other)": lambda r: (
        r["status"] == "changed"
        and (r["a"].lower() in r["b"].lower() or r["b"].lower() in r["a"].lower())
    ),
    "changed, a wording over 12 words": lambda r: (
        r["status"] == "changed" and max(len(words(r["a"])), len(words(r["b"]))) > 12
    ),
    "changed, wordings share under 1/3 of their words": lambda r: (
        r["status"] == "changed"
        and len(set(words(r["a"])) & set(words(r["b"])))
        < min(len(words(r["a"])), len(words(r["b"]))) / 3
    ),
    "changed around a formula, a quote opens on a leaning word (opens_cut)": lambda r: (
        r["status"] == "changed" and "/" in r["origin"] and (opens_cut(r["a"]) or opens_cut(r["b"]))
    ),
    "changed around a formula, a quote closes on a raised comparative (closes_cut)": lambda r: (
        r["status"] == "changed"
        and "/" in r["origin"]
        and (closes_cut(r["a"]) or closes_cut(r["b"]))
    ),
    "contains a capitalised word after the first": lambda r: any(
        w[:1].isupper() for w in re.findall(r"[\w’'-]+", (r["a"] or r["b"]))[1:]
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every judged report as JSON lines")
    args = parser.parse_args()
    rows = {"dev": list(yardstick("formulas")), "tuning": list(yardstick("outside")),
            "judged": list(judged_batches())}  # fmt: skip
    if args.dump:
        with args.dump.open("w") as out:
            for name, found in rows.items():
                for row in found:
                    out.write(json.dumps({"yardstick": name, **row}) + "\n")
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for name, found in rows.items():
        for row in found:
            for test, holds in TESTS.items():
                if holds(row):
                    counts[test][name][row["label"]] += 1
    print("| test | dev noise / right / wrong / repeat | tuning | judged |")
    print("|---|---:|---:|---:|")
    for test in TESTS:
        cells = [
            "{noise} / {right} / {wrong} / {repeat}".format(
                **{k: counts[test][n][k] for k in ("noise", "right", "wrong", "repeat")}
            )  # fmt: skip
            for n in rows
        ]
        print(f"| {test} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
