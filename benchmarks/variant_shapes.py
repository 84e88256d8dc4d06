"""The *changed* reports whose two wordings may be one formula (a variant), by shape, and what a
test of "the same formula" would do if it told them *persisted* (``variant``).

    python benchmarks/variant_shapes.py [--lang en|zh|ru] [--pair TEXT] [--list] [--final]

Issue 10 point 3: "Stems and fuzzy matching decide that two wordings are the same formula
('deepen'/'deepening', an article or preposition changed inside a long formula): those are
persisted with variant: true". ``fate_classes.py --young`` counts the reports "said changed, is
persisted"; this script reads every *changed* report of three groups of pairs — the young dev
pairs (``score_formulas.py --split young``), the older dev pairs (dev without them) and the
outside set's tuning part — judged as the scorer judges it (right, "is persisted", another wrong
fate, a repeat, noise), and

* classes each by the SHAPE of what differs between its two wordings (:func:`shape`): the same
  content words in another order, or with only function words, punctuation or inflection
  changed; one wording inside the other (a modifier or frame added or cut); one content word
  swapped; a number or date; other;
* for each candidate test (:data:`TESTS`) of "the same formula", turns the changed reports it
  passes *persisted* and judges each pair again: noise, fates right and changed found before and
  after, the reports turned right (were "is persisted") and turned wrong (were right changed:
  a small difference an analyst lists as a change), and the distinct series each is in.

``--list`` prints every changed report not judged right and every right one a test would turn,
under its shape. ``--final`` adds the held-out pairs and the outside set's aside part (totals
only, never listed: read once, at the end). Nothing here changes the tool; branch var1 of the
forty-third session.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from formula_eval import LANGUAGES, Event, Pair, fold, judge, language_of, load_pairs, verdict
from formula_eval import _contains as contains
from score_formulas import SETS, run_tool, totals

from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.languages import zh
from readoutdiff.languages.ru import FUNCTION_WORDS as RU_FUNCTION
from readoutdiff.languages.ru import stem as ru_stem

ZH_FUNCTION = zh.FUNCTION_WORDS | frozenset("两国 中方 方 我们 继续 进一步 共同 更 不断".split())
"""Chinese function words (zh.FUNCTION_WORDS) and the subject and frame words a Chinese clause
opens a formula with (两国, 中方 …, 继续, 进一步)."""

_EN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_RU_WORD = re.compile(r"[а-яё0-9]+(?:-[а-яё]+)?")
_ZH_PUNCT = re.compile(r"[\s、，,。“”\"'‘’「」《》（）()：:；;]+")
_DIGIT = re.compile(r"\d")


def tokens(lang: str, text: str) -> list[tuple[str, bool]]:
    """(stem, is a content word) of each word of ``text`` in its order."""
    folded = text.lower().replace("’", "'")
    if lang == "zh":
        words = [w for w in zh.cut(_ZH_PUNCT.sub("", text)) if w.strip()]
        return [(w, w not in ZH_FUNCTION and w[0] not in "的了和与") for w in words]
    if lang == "ru":
        return [(ru_stem(w), w not in RU_FUNCTION) for w in _RU_WORD.findall(folded)]
    return [(w[:6], w not in STOP_WORDS) for w in _EN_WORD.findall(folded)]


def content(lang: str, text: str) -> list[str]:
    return [stem for stem, counts in tokens(lang, text) if counts]


def surface(lang: str, text: str) -> list[str]:
    """The words as written (no stemming), function words kept: inflection is what differs
    between two texts whose stems agree and whose surfaces do not."""
    if lang == "zh":
        return [w for w in zh.cut(_ZH_PUNCT.sub("", text)) if w.strip()]
    return (_RU_WORD if lang == "ru" else _EN_WORD).findall(text.lower().replace("’", "'"))


SHAPES = (
    "number or date",
    "inflection only",
    "function words, punctuation or inflection",
    "same content words, another order",
    "one content word added: before",
    "one content word added: after",
    "one content word added: inside",
    "two or more content words added",
    "one content word swapped: the first",
    "one content word swapped: the last",
    "one content word swapped: inside",
    "no content word shared",
    "other (several words differ)",
)
"""The shapes of :func:`shape`, in the order it tries them."""


def shape(lang: str, a: str, b: str) -> str:
    """What differs between two wordings (a changed report's, or a hand event's), the first of
    :data:`SHAPES` that fits: a number; the same content words (stems) in the same order with
    only their inflection, or function words and punctuation too, changed; in another order;
    one wording the other's content words with one added before them, after them or inside
    (two or more: together); one content word swapped, the first (the verb that governs a kept
    object), the last (its head) or one inside; no content word shared; other."""
    ca, cb = content(lang, a), content(lang, b)
    if sorted(_DIGIT.findall(a)) != sorted(_DIGIT.findall(b)):
        return SHAPES[0]
    if ca == cb:
        ta, tb = ([s for s, _ in tokens(lang, t)] for t in (a, b))
        return SHAPES[1] if ta == tb and surface(lang, a) != surface(lang, b) else SHAPES[2]
    ma, mb = Counter(ca), Counter(cb)
    if ma == mb:
        return SHAPES[3]
    short, long = sorted((ca, cb), key=len)
    if not ma - mb or not mb - ma:
        if len(long) - len(short) > 1:
            return SHAPES[7]
        return SHAPES[4] if long[1:] == short else SHAPES[5] if long[:-1] == short else SHAPES[6]
    if len(ca) == len(cb) and sum((ma - mb).values()) == 1:
        differ = [k for k, (x, y) in enumerate(zip(ca, cb, strict=True)) if x != y]
        if differ == [0]:
            return SHAPES[8]
        if differ == [len(ca) - 1]:
            return SHAPES[9]
        if len(differ) == 1:
            return SHAPES[10]
    if not set(ca) & set(cb):
        return SHAPES[11]
    return SHAPES[12]


def _ratio(x: Sequence[str], y: Sequence[str]) -> float:
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


def same_content(lang: str, a: str, b: str) -> bool:
    """The same content words in the same order: only function words, punctuation or
    inflection differ."""
    ca = content(lang, a)
    return bool(ca) and ca == content(lang, b)


def same_bag(lang: str, a: str, b: str) -> bool:
    """The same content words, in any order."""
    ca = content(lang, a)
    return bool(ca) and Counter(ca) == Counter(content(lang, b))


def near(threshold: float, long: int = 0) -> Callable[[str, str, str], bool]:
    """Fuzzy ratio of the content words (stems, in order) at least ``threshold``, on wordings
    of at least ``long`` content words each."""

    def test(lang: str, a: str, b: str) -> bool:
        ca, cb = content(lang, a), content(lang, b)
        return min(len(ca), len(cb)) >= max(long, 1) and _ratio(ca, cb) >= threshold

    return test


def char_near(threshold: float) -> Callable[[str, str, str], bool]:
    """Fuzzy ratio of the characters without function words and punctuation (Chinese)."""

    def test(lang: str, a: str, b: str) -> bool:
        ca, cb = "".join(content(lang, a)), "".join(content(lang, b))
        return bool(ca and cb) and _ratio(ca, cb) >= threshold

    return test


def lead_swapped(lang: str, a: str, b: str) -> bool:
    """Only the first content word differs (the verb that governs a kept object: "密切多边协作" /
    "深化多边协作", "combat corruption" / "countering corruption")."""
    ca, cb = content(lang, a), content(lang, b)
    return len(ca) == len(cb) >= 2 and ca[0] != cb[0] and ca[1:] == cb[1:]


def lead_added(lang: str, a: str, b: str) -> bool:
    """One wording is the other with content words before it only (a subject or a governing
    verb: "扩大两国天然气合作规模" / "双方要扩大天然气合作规模", "regional stability" / "impact
    regional stability")."""
    ca, cb = content(lang, a), content(lang, b)
    short, long = sorted((ca, cb), key=len)
    return 2 <= len(short) < len(long) and long[-len(short) :] == short


def tail_added(lang: str, a: str, b: str) -> bool:
    """One wording is the other with content words after it only."""
    ca, cb = content(lang, a), content(lang, b)
    short, long = sorted((ca, cb), key=len)
    return 2 <= len(short) < len(long) and long[: len(short)] == short


def one_added(lang: str, a: str, b: str) -> bool:
    """One wording is the other with one content word more, anywhere (a modifier)."""
    ma, mb = Counter(content(lang, a)), Counter(content(lang, b))
    extra = (ma - mb) + (mb - ma)
    return (
        min(sum(ma.values()), sum(mb.values())) >= 2
        and (not ma - mb or not mb - ma)
        and sum(extra.values()) == 1
    )


def only(lang: str, test: Callable[[str, str, str], bool]) -> Callable[[str, str, str], bool]:
    """``test`` on the wordings of one language, never on another's."""
    return lambda code, a, b: code == lang and test(code, a, b)


TESTS: dict[str, Callable[[str, str, str], bool]] = {
    "same content words, same order (function words, punctuation, inflection)": same_content,
    "same content words, any order": same_bag,
    "only the first content word swapped": lead_swapped,
    "only the first content word swapped, Chinese": only("zh", lead_swapped),
    "content words added before only": lead_added,
    "content words added after only": tail_added,
    "one content word added anywhere": one_added,
    "content ratio >= 0.9": near(0.9),
    "content ratio >= 0.8": near(0.8),
    "content ratio >= 0.8, 4+ words": near(0.8, 4),
    "content ratio >= 0.7, 4+ words": near(0.7, 4),
    "characters ratio >= 0.8 (content words joined)": char_near(0.8),
}
"""The candidate tests of "two wordings are one formula", each (language, a, b) -> bool."""


@dataclass
class Run:
    group: str
    pair: Pair
    lang: str
    reports: list[Event]


def runs(groups: dict[str, list[Pair]], lang: str | None, name_part: str = "") -> list[Run]:
    """The tool's reports (default options) of each pair of ``groups`` in language ``lang``
    (any, when None) whose name holds ``name_part``."""
    out = []
    for name, pairs in groups.items():
        for pair in pairs:
            if lang and language_of(pair) != lang or name_part not in pair.name:
                continue
            out.append(Run(name, pair, language_of(pair), run_tool(pair)))
    return out


def kind(verdict_word: str, report: Event, expected: Event | None) -> str:
    if verdict_word == "right":
        return "right changed"
    if verdict_word in ("noise", "repeat"):
        return verdict_word
    assert expected is not None
    return f"is {expected.status}"


def turned(run: Run, test: Callable[[str, str, str], bool]) -> list[Event]:
    return [
        replace(r, status="persisted")
        if r.status == "changed" and r.a and r.b and test(run.lang, r.a, r.b)
        else r
        for r in run.reports
    ]


def figures(results: Sequence[object]) -> tuple[int, int, int, int, int, int]:
    t = totals(results)  # type: ignore[arg-type]
    reported = sum(t.reported.values())
    return (t.noise, reported, sum(t.right.values()), reported - t.noise,
            t.recalled["changed"], t.expected["changed"])  # fmt: skip


def _fig(f: tuple[int, int, int, int, int, int]) -> str:
    noise, reported, right, judged, found, changed = f
    return (
        f"{100 * noise / max(reported, 1):.1f} % ({noise}/{reported}) / "
        f"{100 * right / max(judged, 1):.1f} % ({right}/{judged}) / {found} of {changed}"
    )


def hand_table(every: Sequence[Run], shown: Sequence[str]) -> str:
    """The hand lists' own events with two different wordings, persisted (the annotator's
    variant) or changed, by :func:`shape`: whether the annotators tell a variant from a change
    by its shape at all (the ceiling of any test by shape)."""
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    count: Counter[tuple[str, str, str]] = Counter()
    done = set()
    for run in every:
        if run.group not in shown or run.pair.name in done:
            continue
        done.add(run.pair.name)
        for e in run.pair.events:
            if e.status in ("persisted", "changed") and e.a and e.b and e.a != e.b:
                key = (run.group, shape(run.lang, e.a, e.b), e.status)
                count[key] += 1
                seen[key].add(run.pair.series)
    lines = [
        "## The hand lists' events of two wordings by shape: persisted (a variant) / changed "
        "(events, distinct series)\n",
        "| shape | " + " | ".join(f"{g}: persisted | {g}: changed" for g in shown) + " |",
        "|---|" + "---:|" * (2 * len(shown)),
    ]
    shapes = [s for s in SHAPES if any(t == s for _, t, _ in count)]
    for s in shapes:
        cells = [
            f"{count[g, s, status]} ({len(seen[g, s, status])})"
            for g in shown
            for status in ("persisted", "changed")
        ]
        lines.append(f"| {s} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def cut(report: Event, expected: Event) -> str:
    """How a changed report stands to the persisted hand event it is judged against."""
    fa, fb = fold(report.a or ""), fold(report.b or "")
    ea, eb = fold(expected.a or ""), fold(expected.b or "")
    if (fa, fb) == (ea, eb):
        return "the hand lists the same two wordings persisted (the annotator's variant)"
    if contains(fa, ea) and contains(fb, eb):
        return (
            "the hand's one kept wording inside both (the tool cut wider)"
            if ea == eb
            else "the hand's variant inside the tool's wordings (the tool cut wider)"
        )
    if contains(ea, fa) and contains(eb, fb):
        return "the tool's wordings inside the hand's (the tool cut narrower)"
    return "cut otherwise"


def cut_table(every: Sequence[Run], shown: Sequence[str]) -> str:
    """The changed reports "said changed, is persisted" by how they stand to the hand event."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    count: Counter[tuple[str, str]] = Counter()
    for run in every:
        if run.group not in shown:
            continue
        for j in judge(run.pair, run.reports).judged:
            e = j.counterpart
            if j.report.status == "changed" and not j.right and e and e.status == "persisted":
                key = (run.group, cut(j.report, e))
                count[key] += 1
                found[key].add(run.pair.series)
    lines = [
        '## "said changed, is persisted": the report against the hand event (reports, series)\n',
        "| the report | " + " | ".join(shown) + " |",
        "|---|" + "---:|" * len(shown),
    ]
    for c in sorted({c for _, c in count}):
        cells = [f"{count[g, c]} ({len(found[g, c])})" for g in shown]
        lines.append(f"| {c} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--pair", default="", help="only the pairs whose name holds TEXT")
    parser.add_argument("--list", action="store_true", help="each report under its shape")
    parser.add_argument(
        "--final", action="store_true",
        help="the held-out pairs and the outside aside part too, totals only (once, at the end)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    young = load_pairs(SETS["formulas"], split="young")
    names = {p.name for p in young}
    groups = {
        "young dev": young,
        "older dev": [p for p in load_pairs(SETS["formulas"], split="dev") if p.name not in names],
        "tuning": load_pairs(SETS["outside"], split="dev"),
    }
    if args.final:
        groups["held-out"] = load_pairs(SETS["formulas"], split="heldout")
        groups["aside"] = load_pairs(SETS["outside"], split="heldout")
    every = runs(groups, args.lang, args.pair)
    if not every:
        parser.error("no pair matches")
    shown = tuple(
        g for g in ("young dev", "older dev", "tuning") if any(r.group == g for r in every)
    )

    # The changed reports by shape and verdict (dev groups and tuning only).
    by_shape: dict[tuple[str, str], dict[str, list[tuple[Run, Event]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for run in every:
        if run.group not in shown:
            continue
        result = judge(run.pair, run.reports)
        for j in result.judged:
            if j.report.status != "changed" or not (j.report.a and j.report.b):
                continue
            k = kind(verdict(j), j.report, j.counterpart)
            by_shape[run.group, shape(run.lang, j.report.a, j.report.b)][k].append((run, j.report))
    print(hand_table(every, shown))
    kinds = ("right changed", "is persisted", "noise", "is appeared", "is dropped", "repeat")
    print("## The changed reports by shape (reports / distinct series)\n")
    for group in shown:
        print(f"### {group}\n")
        print("| shape | " + " | ".join(kinds) + " |")
        print("|---|" + "---:|" * len(kinds))
        rows = [s for s in SHAPES if (group, s) in by_shape]
        for s in rows:
            cells = []
            for k in kinds:
                items = by_shape[group, s].get(k, [])
                cells.append(f"{len(items)} / {len({r.pair.series for r, _ in items})}")
            print(f"| {s} | " + " | ".join(cells) + " |")
        print()

    print(cut_table(every, shown))
    # Each test: what it turns, judged again.
    print("## Each test: changed reports told persisted, each pair judged again\n")
    print("| test | group | before: noise / fates right / changed found | after | turned right "
          "(series) | turned wrong (series) | other turned |")  # fmt: skip
    print("|---|---|---|---|---|---|---:|")
    listed: dict[str, list[str]] = defaultdict(list)
    for name, test in TESTS.items():
        for group in groups:
            mine = [r for r in every if r.group == group]
            before = [judge(r.pair, r.reports) for r in mine]
            after = [judge(r.pair, turned(r, test)) for r in mine]
            gained, lost, other = Counter[str](), Counter[str](), 0
            for run, b, a in zip(mine, before, after, strict=True):
                for jb, ja in zip(b.judged, a.judged, strict=True):
                    if jb.report.status == ja.report.status:
                        continue
                    other += not (ja.right or jb.right)
                    if ja.right and not jb.right:
                        gained[run.pair.series] += 1
                    if jb.right and not ja.right:
                        lost[run.pair.series] += 1
                        if group in shown:
                            listed[name].append(
                                f"- {group}, {run.pair.name}: {jb.report.a!r} -> {jb.report.b!r}"
                            )
            print(
                f"| {name} | {group} | {_fig(figures(before))} | {_fig(figures(after))} | "
                f"{sum(gained.values())} ({len(gained)}) | {sum(lost.values())} ({len(lost)}) | "
                f"{other} |"
            )
    if args.list:
        print("\n## Changed reports not judged right, by shape (dev groups and tuning)")
        for (group, s), found in sorted(by_shape.items()):
            for k, items in sorted(found.items()):
                if k == "right changed":
                    continue
                print(f"\n### {group}: {s}: {k}")
                for run, report in items:
                    print(f"- {run.pair.name}: {report.a!r} -> {report.b!r}")
        print("\n## Right changed reports each test would turn persisted (wrong)")
        for name, lines in listed.items():
            print(f"\n### {name}", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
