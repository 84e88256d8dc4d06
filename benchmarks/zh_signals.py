"""Count judged noise and judged formulas on each side of an evidence signal, Chinese reports.

    python benchmarks/zh_signals.py [--least 3]

Branch zh15's table: for the reports of the *tuning* pairs of the Chinese batches of
``eval/noise`` (``zh10``, ``zh14``; judged by hand, reports not judged left out) and of the
Chinese dev pairs of ``eval/formulas`` (noise as the scorer judges it), count noise and formulas
with and without each signal:

* ``recurs``: a wording of the report is said, as a string, in readouts of ``--least`` or more
  counterparts other than the pair's own, in the 新闻联播 archive the Chinese background is
  built from (``build_background_zh.readouts``: evaluation and reserved counterparts left out);
* ``mined``: the report's entry was mined from the pair (seen in no lexicon or background);
* ``background``: the entry is a background phrase (``data/background_zh.tsv``);
* ``mostly core``: a background entry whose phrase is at least half its longest wording;
* ``clause``: every place of every wording opens and closes at a clause's edge (punctuation,
  a quotation or title mark, a line's end); ``opens``, ``closes``: one edge only;
* ``cut, recurs`` / ``cut, once``: not ``clause``, with and without ``recurs``;
* ``one-sided`` (appeared or dropped), ``changed``, ``changed, cut both`` (no wording whole).

Aside pairs and held-out pairs are never read.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from build_background_zh import REPO, readouts
from formula_eval import Event, judge, language_of, load_pairs
from zh_noise_classes import places_of

from readoutdiff import compare, load
from readoutdiff.model import Formula, Readout

NOISE_DIR = Path(__file__).resolve().parent.parent / "eval" / "noise"
EDGE = frozenset("。，；：、！？\n“”《》（）")
Corpus = list[tuple[str, str]]
Row = tuple[bool, dict[str, bool]]
"""(noise, signal -> whether the report has it)."""


def edges(wording: str, text: str) -> tuple[bool, bool]:
    """Whether every place of ``wording`` opens, and whether every place closes, at an edge.

    >>> edges("加强合作", "双方同意加强合作。"), edges("加强合作", "加强合作的领域")
    ((False, True), (True, False))
    """
    spots = places_of(wording, text)
    opens = bool(spots) and all(s == 0 or text[s - 1] in EDGE for s, _ in spots)
    closes = bool(spots) and all(e == len(text) or text[e] in EDGE for _, e in spots)
    return opens, closes


def counterparts(wording: str, corpus: Corpus, own: str) -> int:
    """How many counterparts say ``wording``, the pair's own (named in ``own``) left out."""
    return len({who for who, text in corpus if wording in text and who[-3:] not in own})


def signals(
    sides: list[tuple[str, str]], status: str, entry: str, corpus: Corpus, least: int
) -> dict[str, bool]:
    """The signals of one report: its wordings with their texts, its status and entry id."""
    own = "".join(text[:200] for _, text in sides)
    edge = [edges(w, t) for w, t in sides]
    core = entry.split("#")[0].split(":", 1)[-1].split("/")[0].replace("-", "")
    found = {
        "recurs": any(counterparts(w, corpus, own) >= least for w, _ in sides),
        "mined": entry.startswith("mined:"),
        "background": entry.startswith("background:"),
        "clause": all(o and c for o, c in edge),
        "opens": all(o for o, _ in edge),
        "closes": all(c for _, c in edge),
        "one-sided": status in ("appeared", "dropped"),
        "changed": status == "changed",
    }
    longest = max(len(w) for w, _ in sides)
    found["mostly core"] = found["background"] and 2 * len(core) >= longest
    found["cut, recurs"] = not found["clause"] and found["recurs"]
    found["cut, once"] = not found["clause"] and not found["recurs"]
    found["changed, cut both"] = found["changed"] and not any(o and c for o, c in edge)
    return found


def rows_of(
    a: Readout,
    b: Readout,
    formulas: Sequence[Formula],
    noise: Sequence[bool | None],
    least: int,
    corpus: Corpus,
) -> list[Row]:
    """The rows of one pair's reports, ``noise`` saying each one's verdict (None: unjudged)."""
    rows = []
    for f, verdict in zip(formulas, noise, strict=True):
        if verdict is not None:
            sides = [(w, t) for w, t in ((f.a_text, a.text), (f.b_text, b.text)) if w]
            rows.append((verdict, signals(sides, f.status.value, f.id, corpus, least)))
    return rows


def batch_rows(batch: str, corpus: Corpus, least: int) -> list[Row]:
    """The rows of the judged reports the tool makes now on the batch's tuning pairs."""
    with (NOISE_DIR / "judged.toml").open("rb") as file:
        data = tomllib.load(file)
    judged = {
        (f"{p['a']} -> {p['b']}", r.get("a"), r.get("b")): r["verdict"]
        for p in data["pair"]
        for r in p["reports"]
    }
    judged |= {(r["pair"], r.get("a"), r.get("b")): r["verdict"] for r in data.get("added", ())}
    rows: list[Row] = []
    for pair in data["pair"]:
        if pair.get("batch") != batch or pair["aside"]:
            continue
        name = f"{pair['a']} -> {pair['b']}"
        a, b = load(NOISE_DIR / pair["a"]), load(NOISE_DIR / pair["b"])
        formulas = compare(a, b).formulas
        said = [judged.get((name, f.a_text, f.b_text)) for f in formulas]
        rows += rows_of(
            a, b, formulas, [None if s is None else s == "noise" for s in said], least, corpus
        )
    return rows


def dev_rows(corpus: Corpus, least: int) -> list[Row]:
    """The rows of every report on the Chinese dev pairs, noise as the scorer judges it."""
    rows: list[Row] = []
    for pair in load_pairs(split="dev"):
        if language_of(pair) != "zh":
            continue
        a, b = load(pair.a_path), load(pair.b_path)
        formulas = compare(a, b).formulas
        reports = [Event(f.status.value, f.a_text, f.b_text, f.id) for f in formulas]
        noise = [j.noise for j in judge(pair, reports).judged]
        rows += rows_of(a, b, formulas, noise, least, corpus)
    return rows


def table(label: str, rows: list[Row]) -> list[str]:
    """One line per signal: noise and formulas with it, and without it."""
    lines = []
    for name in rows[0][1] if rows else ():
        count = Counter((noise, sig[name]) for noise, sig in rows)
        with_, without = (count[True, x] + count[False, x] for x in (True, False))
        share = [
            f"{100 * count[True, x] / n:.0f} %" if n else "-"
            for x, n in ((True, with_), (False, without))
        ]
        lines.append(
            f"| {label} | {name} | {count[True, True]} / {count[False, True]} ({share[0]}) "
            f"| {count[True, False]} / {count[False, False]} ({share[1]}) |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--least", type=int, default=3, help="counterparts for 'recurs'")
    args = parser.parse_args()
    corpus = list(readouts(REPO))
    print("| set | signal | with: noise / formulas (noise share) | without |")
    print("|---|---|---:|---:|")
    for batch in ("zh10", "zh14"):
        print("\n".join(table(f"{batch} tuning", batch_rows(batch, corpus, args.least))))
    print("\n".join(table("zh dev", dev_rows(corpus, args.least))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
