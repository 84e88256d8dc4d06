"""Are the hand lists consistent? Every judged wording against every readout that holds it.

    python benchmarks/list_consistency.py [--set formulas|outside|both] [--lang en|zh|ru]
                                          [--min-words N] [--all] [--log] [--json]

Reads the hand lists and the readouts only (``eval/formulas/pairs/``, ``eval/outside/pairs/``);
never runs the tool, so it may be read on every split (held-out, fresh and aside included): the
audit of branch nz9 (forty-seventh session, issue 10 points 1-2) was made with it, blind to the
tool.

A wording is *judged* by a pair when its list names it: as an event's wording on one side (a
formula: persisted, changed, appeared or dropped) or in ``not_formulas``. For every judged wording
of at least ``--min-words`` words (an ideograph is half a word, as the scorer counts; default 3,
so names and titles stand aside), every readout of the set whose text holds it word for word
(under the scorer's folding, ``formula_eval.fold``: case, quotes, possessives) is found, and each
pair reading that readout is put in one of three groups:

* **counts** it: one of the pair's event wordings on that side overlaps an occurrence of it in
  the text by at least half of the shorter of the two (a list that cuts the line finer or coarser
  counts it too), or, when the event wording is not written word for word in the text, matches it
  under the scorer's rule (``formula_eval.similarity``) or holds it;
* **excludes** it: not counted, and one of the pair's ``not_formulas`` holds at least half of
  an occurrence's words (a name inside the wording, "Gaza" in "the situation in Gaza", is no
  judgement of the wording: the pair is silent on it);
* **silent**: neither.

A wording is **inconsistent** when one list has it as an event's wording and another pair excludes
it or is silent while its text holds it. A wording only in ``not_formulas`` is consistent whatever
the other lists do: silence is no formula, and a name standing inside another list's formula is
that formula's (list_depth.py's "the other way"). Printed per inconsistent wording: the pairs that count it (with the status), the
pairs that exclude it, the pairs silent on it; ``--all`` prints the consistent ones too.

``--log`` checks ``eval/formulas/list_consistency_log.tsv`` (the audit's edits: pair, side,
wording, before, after, convention; ``before`` is a status, ``unlisted``, ``not_formulas``, or
``<status>: <old wording>`` for a wording re-cut with its status kept) against the pair files:
every edit's ``after`` stands in its pair file; and prints the edits per split and direction
(added, removed, re-classed, re-cut) and the series they touch.

``--fates`` (branch cnv12, fifty-first session) audits the fates instead of the wordings: every
*persisted* or *changed* event with two wordings that differ (under the scorer's folding) is read
as its *difference*, the words removed and added between A and B (``difflib`` on the folded
tokens, English and Russian words by their Snowball stems, Chinese by character), and the events
of every pair are grouped by it. A group is **inconsistent** when the same difference is judged
*persisted* in one pair and *changed* in another. ``--parts`` also prints every *changed* event
each of whose differences (each run removed or added) is a difference of a *persisted* event
elsewhere (function words aside): a rewording judged no change in another list, made of
nothing else. ``--loose`` groups by the difference with function words aside
(``FUNCTION_WORDS``: articles, prepositions, possessives, modals, Chinese particles).

``--variants`` also searches each formula's object without the lead before it (conventions (c)
and (d): a subject, a modal, an adverb, a lead verb), so a wording listed as "加强沟通协调" finds
"沟通协调" said under another verb.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from formula_eval import (
    EVAL_DIR,
    ROOT,
    Pair,
    _words,
    fold,
    language_of,
    load_pairs,
    similarity,
    split_of,
)

# (c) and (d): the lead before the same object (a list marker, the subject, a modal, an adverb
# of manner or time, a lead verb) may differ and the line is the same; ``--variants`` searches a
# formula's object without it (the leads as tests/test_annotation_conventions.py's LEAD_OF_C)
_LEAD_ZH = re.compile(
    r"^(?:[一二三四]是|[一二三四]要|首先要|第[一二三四]，|双方|两国|中方|[\u4e00-\u9fff]方|我"
    r"|愿同[\u4e00-\u9fff]方|同[\u4e00-\u9fff]方|愿|将|要|希望|应|也|还|都"
    r"|进一步|持续|不断|全面|共同|一道|携手|合力|积极|充分|深入|统筹|更好|继续|稳步"
    r"|推进|推动|促进|共促|加强|深化|加快|拓展|提升|巩固|夯实|加深|增进|恪守|奉行|尊重|照顾"
    r"|密切|筑牢|维护|捍卫|践行|坚持|构建|落实好|落实|乐见|欢迎|用好|发挥|打击"
    r"|坚定不移|坚定|始终|一如既往|一贯|坚决)"
)
_LEAD_EN = re.compile(
    r"^(?:(?:the|two|both|leaders|they|he|she|also|again|further|continue|continued|to|will"
    r"|would|agreed|committed|pledged|reaffirmed|reiterated|underscored|emphasized|emphasised"
    r"|affirmed|highlighted|stressed|noted|welcomed|expressed|discussed|their|his|her|our"
    r"|strengthen|strengthening|deepen|deepening|expand|expanding|advance|advancing|promote"
    r"|promoting|support|supporting|address|addressing|tackle|tackling|combat|combating"
    r"|enhance|enhancing|bolster|bolstering|work|working|together|closely|on|for)\s+)+",
    re.IGNORECASE,
)


def object_of(wording: str) -> str:
    """The wording without the lead before its object ((c), (d)); the wording itself when no
    lead stands in front."""
    shorter = None
    while shorter != wording:
        shorter = wording
        wording = _LEAD_ZH.sub("", wording)
        wording = _LEAD_EN.sub("", wording)
    return wording


OUTSIDE_DIR = ROOT / "eval" / "outside"
SETS = {"formulas": EVAL_DIR, "outside": OUTSIDE_DIR}
LOG = EVAL_DIR / "list_consistency_log.tsv"
LOG_FIELDS = ("pair", "side", "wording", "before", "after", "convention")
COUNTS, EXCLUDES, SILENT = "counts", "excludes", "silent"
_SEP = "\x1f"


def _joined(tokens: tuple[str, ...]) -> str:
    return _SEP + _SEP.join(tokens) + _SEP


def _spans(text: str, tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every (first token, end token) where ``tokens`` stand word for word in ``text`` (joined)."""
    if not tokens:
        return []
    needle, out, start = _joined(tokens), [], 0
    while (at := text.find(needle, start)) >= 0:
        first = text.count(_SEP, 0, at)
        out.append((first, first + len(tokens)))
        start = at + 1
    return out


def _shared(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    shared = _shared(x, y)
    return shared > 0 and 2 * shared >= min(x[1] - x[0], y[1] - y[0])


def _holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


@dataclass
class Side:
    """One pair's judgements of one of its readouts."""

    pair: Pair
    side: str
    text: str
    formulas: list[tuple[str, str, list[tuple[int, int]]]]
    """(wording, status, its spans in the text) of the events on this side."""
    nots: list[tuple[str, list[tuple[int, int]]]]

    def verdict(self, wording: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
        """(counts / excludes / silent, the judging wording or status)."""
        folded = fold(wording)
        for w, status, where in self.formulas:
            if where:
                if any(_overlap(s, t) for s in spans for t in where):
                    return COUNTS, status
            elif similarity(w, wording) > 0.0 or _holds(fold(w), folded):
                return COUNTS, status
        for w, where in self.nots:
            # a name inside the wording ("Gaza" in "the situation in Gaza") is no judgement of
            # it: the not-formula must hold at least half of the wording's words
            if any(_shared(s, t) * 2 >= s[1] - s[0] for s in spans for t in where):
                return EXCLUDES, w
        return SILENT, ""


def sides(pairs: list[Pair]) -> list[Side]:
    texts: dict[Path, str] = {}
    out = []
    for pair in pairs:
        for side in ("a", "b"):
            path = pair.a_path if side == "a" else pair.b_path
            if path not in texts:
                texts[path] = _joined(fold(path.read_text(encoding="utf-8")))
            text = texts[path]
            formulas = [
                (w, e.status, _spans(text, fold(w))) for e in pair.events if (w := getattr(e, side))
            ]
            nots = [(n, where) for n in pair.not_formulas if (where := _spans(text, fold(n)))]
            out.append(Side(pair, side, text, formulas, nots))
    return out


@dataclass
class Wording:
    wording: str
    judged_by: set[str] = field(default_factory=set)
    formula_in: set[str] = field(default_factory=set)
    """The pairs whose list has it as an event's wording."""
    counts: dict[str, str] = field(default_factory=dict)
    """``pair:side`` -> status."""
    excludes: dict[str, str] = field(default_factory=dict)
    silent: list[str] = field(default_factory=list)

    @property
    def inconsistent(self) -> bool:
        return bool(self.formula_in) and bool(self.excludes or self.silent)


def audit(pairs: list[Pair], min_words: float = 3.0, variants: bool = False) -> list[Wording]:
    all_sides = sides(pairs)
    by_text: dict[str, list[Side]] = {}
    for s in all_sides:
        by_text.setdefault(s.text, []).append(s)
    # every judged wording, first spelling kept per folded form
    judged: dict[tuple[str, ...], Wording] = {}
    for pair in pairs:
        formulas = [w for e in pair.events for w in (e.a, e.b) if w]
        for w in formulas + list(pair.not_formulas):
            folded = fold(w)
            if _words(folded) < min_words:
                continue
            item = judged.setdefault(folded, Wording(w))
            item.judged_by.add(pair.name)
            if w in formulas:
                item.formula_in.add(pair.name)
                core = object_of(w)
                if variants and core != w and _words(fold(core)) >= min_words:
                    judged.setdefault(fold(core), Wording(core)).formula_in.add(pair.name)
    out = []
    for folded, item in judged.items():
        needle = _joined(folded)
        for text, readers in by_text.items():
            if needle not in text:
                continue
            spans = _spans(text, folded)
            for s in readers:
                key = f"{s.pair.name}:{s.side}"
                kind, by = s.verdict(item.wording, spans)
                if kind == COUNTS:
                    item.counts[key] = by
                elif kind == EXCLUDES:
                    item.excludes[key] = by
                else:
                    item.silent.append(key)
        out.append(item)
    return sorted(out, key=lambda w: (-len(w.silent) - len(w.excludes), w.wording))


_LATIN_WORD = re.compile(r"[a-z]")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")


@cache
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def stems(wording: str) -> tuple[str, ...]:
    """The folded tokens of ``wording``, English and Russian words by their Snowball stems (a
    Chinese ideograph, a figure stays as it is)."""
    out = []
    for token in fold(wording):
        if _CYRILLIC_WORD.match(token):
            token = _stemmer("russian").stemWord(token)
        elif _LATIN_WORD.match(token):
            token = _stemmer("english").stemWord(token)
        out.append(token)
    return tuple(out)


Part = tuple[tuple[str, ...], tuple[str, ...]]
"""One run of a difference: (the stems removed, the stems added), either may be empty."""


def parts(a: str, b: str) -> tuple[Part, ...]:
    """The runs in which wording ``b`` differs from wording ``a``, in reading order; a stem
    removed in one place and added in another is moved, no difference ("supply chain
    resilience" / "resilient supply chains")."""
    x, y = stems(a), stems(b)
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    runs = [(x[i1:i2], y[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    moved = Counter(t for r, _ in runs for t in r) & Counter(t for _, d in runs for t in d)
    out = []
    for side_runs in zip(*runs, strict=True) if runs else ((), ()):
        left = moved.copy()
        kept = []
        for run in side_runs:
            here = []
            for t in run:
                if left[t] > 0:
                    left[t] -= 1
                else:
                    here.append(t)
            kept.append(tuple(here))
        out.append(kept)
    return tuple((r, d) for r, d in zip(*out, strict=True) if r or d)


def either_way(part: Part) -> Part:
    """A rewording read in both directions alike: "stay" for "remain" is "remain" for "stay",
    a word added is that word removed (the order of the stems inside a side aside)."""
    x, y = sorted((tuple(sorted(part[0])), tuple(sorted(part[1]))))
    return x, y


def difference(a: str, b: str) -> Part:
    """Every stem removed and every stem added between ``a`` and ``b``, either way."""
    runs = parts(a, b)
    return either_way((tuple(t for r, _ in runs for t in r), tuple(t for _, d in runs for t in d)))


@dataclass(frozen=True)
class Reworded:
    """A *persisted* or *changed* event with two wordings that differ."""

    pair: str
    split: str
    status: str
    a: str
    b: str


FUNCTION_WORDS = frozenset(
    "the a an of to and or their it his her our for in on with by also will would".split()
    + list("的了和与、也将要愿")
    + "и в на с по о".split()
)
"""Stems a ``loose`` difference sets aside: articles, prepositions, possessives, conjunctions,
modals (English, Russian) and particles, conjunctions, modals (Chinese)."""


def loose(part: Part) -> Part:
    """The difference without :data:`FUNCTION_WORDS` ("the close partnership" → "the
    partnership" and "remain in close contact" → "remain in contact" alike: ``close``)."""
    x, y = (tuple(t for t in side if t not in FUNCTION_WORDS) for side in part)
    return either_way((x, y))


def rewordings(pairs: list[Pair], key: Any = None) -> dict[Part, list[Reworded]]:
    """The two-worded events of ``pairs`` grouped by their :func:`difference` (no group for
    wordings the same under the folding), or by ``key`` of it (:func:`loose`)."""
    out: dict[Part, list[Reworded]] = {}
    for pair in pairs:
        for e in pair.events:
            if e.status in ("persisted", "changed") and e.a and e.b and fold(e.a) != fold(e.b):
                split = "outside" if pair.a_path.is_relative_to(OUTSIDE_DIR) else split_of(pair)
                item = Reworded(pair.name, split, e.status, e.a, e.b)
                part = difference(e.a, e.b)
                out.setdefault(key(part) if key else part, []).append(item)
    return out


def two_fates(groups: dict[Part, list[Reworded]]) -> dict[Part, list[Reworded]]:
    """The groups whose one difference is *persisted* in some events and *changed* in others."""
    return {k: v for k, v in groups.items() if {e.status for e in v} == {"persisted", "changed"}}


def runs_of(e: Reworded) -> list[Part]:
    """The :func:`loose` runs of an event's difference, those made of function words only aside."""
    out = [loose(run) for run in parts(e.a, e.b)]
    return [run for run in out if run != ((), ())]


def made_of_variants(
    groups: dict[Part, list[Reworded]],
) -> list[tuple[Reworded, list[tuple[Part, Reworded]]]]:
    """Each *changed* event every run of whose difference is a run of a *persisted* event of
    another pair (a rewording that list judged no change), with one such event per run."""
    persisted: dict[Part, list[Reworded]] = {}
    for items in groups.values():
        for e in items:
            if e.status == "persisted":
                for run in runs_of(e):
                    persisted.setdefault(run, []).append(e)
    out = []
    for items in groups.values():
        for e in items:
            if e.status != "changed":
                continue
            runs = runs_of(e)
            by = [[p for p in persisted.get(run, []) if p.pair != e.pair] for run in runs]
            if runs and all(by):
                out.append((e, [(run, ps[0]) for run, ps in zip(runs, by, strict=True)]))
    return sorted(out, key=lambda x: (x[0].pair, x[0].a))


def _said(part: Part) -> str:
    removed, added = (" ".join(side) or "-" for side in part)
    return f"-[{removed}] +[{added}]"


def print_fates(pairs: list[Pair], with_parts: bool, by_loose: bool = False) -> int:
    groups = rewordings(pairs, loose if by_loose else None)
    bad = two_fates(groups)
    events = sum(len(v) for v in groups.values())
    print(f"two-worded events {events}, differences {len(groups)}, judged two ways {len(bad)}")
    for key, items in sorted(bad.items(), key=lambda kv: _said(kv[0])):
        print(f"\n{_said(key)}")
        for e in sorted(items, key=lambda e: (e.status, e.pair)):
            print(f"  {e.status:9} {e.pair} ({e.split}): {e.a!r} -> {e.b!r}")
    if with_parts:
        found = made_of_variants(groups)
        print(f"\nchanged events made only of runs persisted elsewhere: {len(found)}")
        for e, by in found:
            print(f"\n  changed   {e.pair} ({e.split}): {e.a!r} -> {e.b!r}")
            for run, p in by:
                print(f"    {_said(run)} persisted {p.pair} ({p.split}): {p.a!r} -> {p.b!r}")
    return 0


def paragraphs(path: Path, wording: str) -> list[str]:
    """The paragraphs of the readout at ``path`` that hold ``wording`` word for word."""
    needle = _joined(fold(wording))
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if needle in _joined(fold(line))]


def read_log(path: Path = LOG) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        if tuple(row) != LOG_FIELDS:
            raise ValueError(f"{path.name}: columns {tuple(row)}, not {LOG_FIELDS}")
    return rows


def check_log(rows: list[dict[str, str]], pairs: list[Pair]) -> list[str]:
    """The logged edits whose ``after`` is not in their pair file (empty when all are)."""
    by_name = {p.name: p for p in pairs}
    wrong = []
    for row in rows:
        pair = by_name.get(row["pair"])
        if pair is None:
            wrong.append(f"{row['pair']}: no such pair")
            continue
        after, side, wording = row["after"], row["side"], row["wording"]
        if after == "not_formulas":
            ok = wording in pair.not_formulas
        elif after == "unlisted":
            ok = all(getattr(e, side) != wording for e in pair.events)
        else:
            ok = any(e.status == after and getattr(e, side) == wording for e in pair.events)
        if not ok:
            wrong.append(f"{row['pair']}: {side} {wording!r} is not {after}")
    return wrong


def log_summary(rows: list[dict[str, str]], pairs: list[Pair]) -> dict[str, Counter[str]]:
    split = {p.name: split_of(p) for p in pairs}
    out: dict[str, Counter[str]] = {}
    for row in rows:
        if row["before"] in ("unlisted", "not_formulas"):
            direction = "added"
        elif ":" in row["before"]:
            direction = "re-cut"  # "<status>: <the wording before>", the status kept
        elif row["after"] in ("unlisted", "not_formulas"):
            direction = "removed"
        else:
            direction = "re-classed"
        out.setdefault(split.get(row["pair"], "?"), Counter())[direction] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("formulas", "outside", "both"), default="formulas")
    parser.add_argument("--lang", choices=("en", "zh", "ru"))
    parser.add_argument("--min-words", type=float, default=3.0)
    parser.add_argument("--all", action="store_true", help="the consistent wordings too")
    parser.add_argument(
        "--variants", action="store_true", help="also each formula's object without its lead"
    )
    parser.add_argument("--log", action="store_true", help="check the audit's edit log")
    parser.add_argument(
        "--fates", action="store_true", help="one rewording judged persisted and changed"
    )
    parser.add_argument(
        "--parts", action="store_true", help="with --fates: changed events made of variants"
    )
    parser.add_argument(
        "--loose", action="store_true", help="with --fates: function words aside (FUNCTION_WORDS)"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--context", action="store_true", help="the paragraph of each silent or excluding readout"
    )
    args = parser.parse_args(argv)
    names = list(SETS) if args.set == "both" else [args.set]
    pairs = [p for n in names for p in load_pairs(SETS[n])]
    if args.lang:
        pairs = [p for p in pairs if language_of(p) == args.lang]
    if args.fates:
        return print_fates(pairs, args.parts, args.loose)
    if args.log:
        rows = read_log()
        wrong = check_log(rows, load_pairs())
        for line in wrong:
            print(line)
        for split, counts in sorted(log_summary(rows, load_pairs()).items()):
            print(f"{split}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        print(f"edits {len(rows)}, series {len({r['pair'].split('__')[0] for r in rows})}")
        return 1 if wrong else 0
    found = audit(pairs, args.min_words, args.variants)
    shown = [w for w in found if args.all or w.inconsistent]
    if args.json:
        print(
            json.dumps(
                [w.__dict__ | {"judged_by": sorted(w.judged_by)} for w in shown],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    bad = sum(w.inconsistent for w in found)
    print(f"judged wordings {len(found)}, inconsistent {bad}")
    for w in shown:
        print(f"\n{w.wording}")
        for key, status in sorted(w.counts.items()):
            print(f"  counts   {key} ({status})")
        for key, by in sorted(w.excludes.items()):
            print(f"  excludes {key} ({by})")
        for key in sorted(w.silent):
            print(f"  silent   {key}")
        if args.context:
            by_name = {p.name: p for p in pairs}
            for key in sorted({*w.silent, *w.excludes}):
                name, side = key.split(":")
                path = by_name[name].a_path if side == "a" else by_name[name].b_path
                for line in paragraphs(path, w.wording):
                    print(f"    > {key}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
