"""The Chinese dev pairs' hand-listed *changed* events the tool misses, by what it reports of
each half, and what the two halves share.

    python benchmarks/zh_changed.py [--list]

For each *changed* event of a Chinese dev pair that no *changed* report finds, each half (A's
wording, B's) is ``one-sided`` (a dropped or appeared report matches it), ``linked elsewhere``
(a changed report matches it on that side only: a wrong link), ``persisted`` or ``silent`` (no
report matches it). What the halves share is the longest run of Chinese characters they have in
common and their common jieba words in order (characters): a rule that pairs variants can only
reach an event whose halves share something. Held-out and fresh pairs are never read.

``--list`` prints every missed event under its class. ``--shapes`` counts them again by the
shape of the two wordings (:func:`shape`, branch zh19): which Chinese readout language the halves
are in, the first shape that fits. ``--fine`` splits zh19's "a list" and "another paraphrase"
(and the same first word) into finer classes by what the two wordings keep (:func:`fine`,
branch zh22), and lists each class's events.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from formula_eval import Event, language_of, load_pairs, similarity
from score_formulas import run_tool

from readoutdiff.languages.zh import tagged
from readoutdiff.text.wide import HAN_CHAR


def half(reports: list[Event], side: str, wording: str) -> str:
    """What the tool reports of one half of a changed event (see the module)."""
    said = [r for r in reports if getattr(r, side) and similarity(getattr(r, side), wording)]
    if any(r.status == "changed" for r in said):
        return "linked elsewhere"
    if any(r.status in ("dropped", "appeared") for r in said):
        return "one-sided"
    return "persisted" if said else "silent"


def run_of(x: str, y: str) -> int:
    """The longest run of Chinese characters ``x`` and ``y`` share."""
    best, previous = 0, [0] * (len(y) + 1)
    for char in x:
        current = [0] * (len(y) + 1)
        if HAN_CHAR().fullmatch(char):
            for j, theirs in enumerate(y, 1):
                if theirs == char:
                    current[j] = previous[j - 1] + 1
                    best = max(best, current[j])
        previous = current
    return best


def words_in_order(x: str, y: str) -> str:
    """The jieba words ``x`` and ``y`` have in common, in order (a longest common subsequence
    of words of Chinese characters)."""
    wx = [w for w, _ in tagged(x) if HAN_CHAR().search(w)]
    wy = [w for w, _ in tagged(y) if HAN_CHAR().search(w)]
    table = [[""] * (len(wy) + 1) for _ in range(len(wx) + 1)]
    for i, a in enumerate(wx, 1):
        for j, b in enumerate(wy, 1):
            if a == b:
                table[i][j] = table[i - 1][j - 1] + "/" + a
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1], key=len)
    return table[-1][-1].lstrip("/")


def shared_class(run: int, words: str) -> str:
    """``run >= 4`` (a run of four characters, what :mod:`clause_heads` asks), ``words >= 4``
    (four characters of common words in order, a run or not) or ``less``."""
    if run >= 4:
        return "run >= 4"
    return "words >= 4" if len(words.replace("/", "")) >= 4 else "less"


SHAPES = (
    ("a relationship stated (both say …关系)", lambda x, y: "关系" in x and "关系" in y),
    ("multilateral bodies and frameworks", lambda x, y: all(_MULTILATERAL.search(w) for w in (x, y))),
    ("a numbered point", lambda x, y: any(_ORDINAL.match(w) for w in (x, y))),
    ("a list (、) on a side", lambda x, y: "、" in x or "、" in y),
    ("friends, partners, friendship", lambda x, y: all(_FRIENDS.search(w) for w in (x, y))),
    ("the world, the region, the international order", lambda x, y: all(_WORLD.search(w) for w in (x, y))),
    ("one verb, another object (same first word)", lambda x, y: _first(x) == _first(y)),
)  # fmt: skip
_COARSE = frozenset(
    {"a list (、) on a side", "another paraphrase", "one verb, another object (same first word)"}
)
_MULTILATERAL = re.compile("多边|框架|机制|联合国|上海合作组织|金砖|二十国集团")
_ORDINAL = re.compile("第[一二三四五六七八九十]|[一二三四五六七八九十][是要]")
_FRIENDS = re.compile("朋友|伙伴|兄弟|友谊|友好")
_WORLD = re.compile("世界|地区|国际|全球")


def _first(wording: str) -> str:
    words = [w for w, _ in tagged(wording) if HAN_CHAR().search(w)]
    return words[0] if words else ""


def _han_words(wording: str) -> list[str]:
    return [w for w, _ in tagged(wording) if HAN_CHAR().match(w)]


def _items(wording: str) -> set[str]:
    from readoutdiff.formulas.entries.listed_items import items

    return set(items(wording))


FINE = (
    "list: both enumerate, an item in or out",
    "list: one enumerates, the other says an item",
    "kept tail: the same last word, reworded before it",
    "kept verb: the same opening word, another object",
    "list: one enumerates, no item said in the other",
    "kept words, re-ordered or in another frame (half the shorter's characters)",
    "little kept: another wording (an unaligned paraphrase)",
)


def fine(x: str, y: str) -> str:
    """The finer class (:data:`FINE`) of a missed list or paraphrase: the first that fits."""
    ix, iy = _items(x), _items(y)
    wx, wy = _han_words(x), _han_words(y)
    common = set(wx) & set(wy)
    tests = (
        bool(ix and iy and ix & iy),
        any(i in y for i in ix) or any(i in x for i in iy),
        bool(wx and wy and wx[-1] == wy[-1] and len(wx[-1]) >= 2),
        bool(wx and wy and wx[0] == wy[0] and len(wx[0]) >= 2),
        bool(ix or iy or "、" in x + y),
        2 * sum(len(w) for w in common) >= min(len("".join(wx)), len("".join(wy))),
    )
    return next((name for name, fits in zip(FINE[:-1], tests, strict=True) if fits), FINE[-1])


def shape(x: str, y: str) -> str:
    """The first of :data:`SHAPES` the two wordings fit, or "another paraphrase"."""
    return next((name for name, fits in SHAPES if fits(x, y)), "another paraphrase")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="every missed event under its class")
    parser.add_argument("--shapes", action="store_true", help="the missed events by shape")
    parser.add_argument(
        "--fine", action="store_true", help="lists and paraphrases in finer classes, listed"
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="TEXT",
        help="leave out the pairs whose name holds TEXT (repeatable): keep a batch unseen",
    )
    args = parser.parse_args()
    classes: Counter[str] = Counter()
    shares: Counter[str] = Counter()
    listed: list[tuple[str, str]] = []
    shaped: Counter[tuple[str, bool]] = Counter()
    fined: dict[str, list[str]] = {name: [] for name in FINE}
    for pair in load_pairs(split="dev"):
        if language_of(pair) != "zh" or any(s in pair.name for s in args.skip):
            continue
        reports = run_tool(pair)
        for event in pair.events:
            if event.status != "changed" or event.a is None or event.b is None:
                continue
            if any(r.status == "changed" and similarity(r.a or "", event.a)
                   and similarity(r.b or "", event.b) for r in reports):  # fmt: skip
                continue
            kind = f"A {half(reports, 'a', event.a)}, B {half(reports, 'b', event.b)}"
            run, words = run_of(event.a, event.b), words_in_order(event.a, event.b)
            share = shared_class(run, words)
            classes[kind] += 1
            shaped[shape(event.a, event.b), "one-sided" in kind] += 1
            if shape(event.a, event.b) in _COARSE:
                fined[fine(event.a, event.b)].append(
                    f"{pair.name}: {event.a} -> {event.b} ({kind})"
                )
            shares[share] += 1
            line = f"{pair.name}: {event.a} -> {event.b} (run {run}; {words or '-'})"
            listed.append((kind, line))
    print("| halves | events |\n|---|---:|")
    for kind, n in classes.most_common():
        print(f"| {kind} | {n} |")
    print("\n| what the halves share | events |\n|---|---:|")
    for share, n in shares.most_common():
        print(f"| {share} | {n} |")
    if args.shapes:
        print("\n| shape | events | of them one half one-sided |\n|---|---:|---:|")
        for name in [n for n, _ in SHAPES] + ["another paraphrase"]:
            total = shaped[name, True] + shaped[name, False]
            print(f"| {name} | {total} | {shaped[name, True]} |")
    if args.fine:
        print("\n| lists and paraphrases, finer | events |\n|---|---:|")
        for name in FINE:
            print(f"| {name} | {len(fined[name])} |")
        for name in FINE:
            print(f"\n{name}:")
            print("\n".join(f"  {line}" for line in fined[name]))
    if args.list:
        for kind in classes:
            print(f"\n{kind}:")
            for _, line in (item for item in listed if item[0] == kind):
                print(f"  {line}")


if __name__ == "__main__":
    main()
