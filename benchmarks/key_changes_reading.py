"""How the key-changes block reads on real pairs, this checkout against a base revision.

    python benchmarks/key_changes_reading.py [--base d340267]

The block is what an analyst copies into a briefing's first paragraph (issue 10, point 5).
This script reads it on the dev pairs of the formula evaluation set (never a held-out or fresh
one), the samples, consecutive readouts of ``tests/real_series`` and the Chinese and Russian
series of ``eval/bilingual``, with this checkout's ``src`` and with the ``src`` of ``--base``
(``revision_src.py``: both in the same run), and prints per revision:

- ``short``: blocks of one or two lines where the readouts differ in more than style;
- ``repeats``: pairs of lines of one block where one quotes a wording (a formula's, at least
  three words or six characters) that the other quotes too;
- ``light first``: a formula with at most one word taken, put or swapped (its own telling
  here: lower-case words, linking words aside) placed above a formula dropped outright;
- ``twice in a line``: lines that quote a wording of more than 80 columns and then a longer
  quote holding it (a formula, then the whole passage it is most of);
- ``odd spaces``: lines with a space other than the plain one (en spaces of a readout);
- ``cut in a word``: quoted passages cut inside a word ("Co…" of "Co-Chairs").

Every measure is computed here, not by the code it judges.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

from revision_src import emitted

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
_LINKS = set("a an the of on in to for and or with by at as its their his her our".split())
_QUOTE = re.compile(r"“([^”]+)”")


def pairs() -> list[tuple[Path, Path]]:
    """Dev pairs, samples, real series, and the Chinese and Russian series (in this order)."""
    found = []
    for toml in sorted((EVAL / "pairs").glob("*.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        if data.get("heldout") is False:
            found.append((EVAL / data["a"], EVAL / data["b"]))
    found.append(
        (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt")
    )
    series = sorted((ROOT / "tests/real_series/biden-zelenskyy").glob("*.txt"))
    found += list(zip(series, series[1:], strict=False))
    bilingual = ROOT / "eval" / "bilingual"
    for a, b in (
        ("xi-trump__2017-10-25__mfa-zh.txt", "xi-trump__2018-03-09__mfa-zh.txt"),
        ("xi-trump__2018-03-09__mfa-zh.txt", "xi-trump__2018-05-08__mfa-zh.txt"),
        ("lukashenko-putin__2022-07-11__belta-ru.txt", "lukashenko-putin__2023-11-01__presidentby-ru.txt"),
        ("lukashenko-putin__2023-11-01__presidentby-ru.txt", "lukashenko-putin__2025-12-31__belta-ru.txt"),
    ):  # fmt: skip
        found.append((bilingual / a, bilingual / b))
    return found


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _LINKS}


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _light(key: dict[str, object]) -> bool:
    a, b = _words(str(key["a"] or "")), _words(str(key["b"] or ""))
    return bool(a and b and a & b) and len(a - b) <= 1 and len(b - a) <= 1


def _cut_in_word(summary: str, texts: list[str]) -> bool:
    if not summary.endswith("…”"):
        return False
    cut = summary[summary.rindex("“") + 1 : -2]
    full = next((t for t in texts if t.startswith(cut)), None)
    if full is None or len(full) <= len(cut):
        return False
    after = full[len(cut) : len(cut) + 2]
    return after[0].isalnum() or (after[0] in "-’'./" and after[1:].isalnum())


def measure() -> dict[str, int]:
    """The counts with whatever ``readoutdiff`` this interpreter imports."""
    from readoutdiff import compare, load
    from readoutdiff.render.jsonout import render_json

    counts = dict.fromkeys(
        (
            "pairs",
            "lines",
            "short",
            "repeats",
            "twice in a line",
            "light first",
            "odd spaces",
            "cut in a word",
        ),
        0,
    )
    for a, b in pairs():
        comparison = compare(load(a), load(b))
        keys = json.loads(render_json(comparison))["key_changes"]
        texts = [" ".join(x.a_text.split()) for x in comparison.alignments]
        texts += [" ".join(x.b_text.split()) for x in comparison.alignments]
        counts["pairs"] += 1
        counts["lines"] += len(keys)
        counts["short"] += 0 < len(keys) < 3 and keys[0]["kind"] != "minor-only"
        quoted = [
            {q for q in _QUOTE.findall(k["summary"]) if len(q.split()) >= 3 or len(q) >= 6}
            for k in keys
        ]
        for i, mine in enumerate(quoted):
            for j in range(i + 1, len(keys)):
                theirs = quoted[j]
                counts["repeats"] += any(q in t or t in q for q in mine for t in theirs)
        for key in keys:
            said = _QUOTE.findall(key["summary"])
            long = [q for q in said if _columns(q) > 80]
            counts["twice in a line"] += any(q != p and q in p for q in long for p in said)
        kinds = [k["kind"] for k in keys]
        if "formula-dropped" in kinds:
            first_drop = kinds.index("formula-dropped")
            counts["light first"] += sum(
                k["kind"] in ("formula-changed", "qualifier-removed") and _light(k)
                for k in keys[:first_drop]
            )
        counts["odd spaces"] += sum(bool(re.search(r"[^\S ]", k["summary"])) for k in keys)
        counts["cut in a word"] += sum(_cut_in_word(k["summary"], texts) for k in keys)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="d340267", help="revision to compare with")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        print(json.dumps(measure()))
        return
    before = json.loads(
        emitted(args.base, str(Path(__file__)), [], "key_changes_reading", f"reading {args.base}")
    )
    after = measure()
    print(f"| measure | {args.base} | this checkout |\n|---|---:|---:|")
    for name in after:
        print(f"| {name} | {before[name]} | {after[name]} |")


if __name__ == "__main__":
    sys.exit(main())
