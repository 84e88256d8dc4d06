"""Classify the noise reports of the Chinese dev pairs, and count the classes.

    python benchmarks/zh_noise_classes.py [--list] [--batch zh10] [--second]

Runs ``compare`` on every Chinese dev pair of ``eval/formulas/`` (held-out and fresh pairs are
never read), judges the reports as ``score_formulas.py`` does and puts each noise report in the
first class whose test it passes:

* ``not-formula``: it matches a name, office or place the hand list names as no formula;
* ``link``: a *changed* report whose two wordings find no hand event (a wrong pairing);
* ``mined``: a phrase mined from the pair itself (seen in no other readout);
* ``list``: a clause listing three or more areas closed by 等 (经贸、科技、…等领域合作);
* ``party-clause``: a clause with a party of the talks as its subject (沙方期待同中方…);
* ``core``: a built-in formula in under six characters (the scorer's Chinese core);
* ``builtin-clause``: a built-in formula's clause the hand list leaves out;
* ``background``: a background phrase of diplomatic usage the hand list leaves out
  (增进相互了解, 更好惠及两国人民).

``--batch zh10`` reads instead the noise judged by hand in ``eval/noise/judged.toml`` for the
*tuning* pairs of a Chinese batch (the aside pairs are never classified: no rule is written from
them), as the list holds it (the reports of the revision the batch was judged on), by the
wordings alone, and puts each in the first class of branch zh10 whose test it passes
(``formulas.entries.one_event_zh``, each class a rule of it):

* ``event``: a wording tells one event (a meeting's outcome, documents, the dateline);
* ``name``: a wording is only a quoted name or the start of an initiative's name;
* ``member``: a one-sided or persisted report's wording is a list's member cut from its list;
* ``modifier``: a wording opens on one word and 的;
* ``other``: none of these (the judged kind follows: cut, one-off, date, name).

``--second`` (zn4) asks how much of that noise is the hand list's choice: on the Chinese dev
pairs a second annotator listed again (``eval/agreement/``, written from the two readouts alone,
never read by a rule), each report of the tool that the first hand list (``eval/formulas/pairs/``)
finds noise is judged again by the second list, and counted by its class above and what the
second list makes of it (right, wrong fate, repeat or noise); a last line gives the noise share
under the first list, under the second and under both (a report neither list holds). A noise
report the second annotator lists is a wording two careful readers label both ways: no rule of
Chinese readout language can cut it without losing a report one of them calls right.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from formula_eval import (
    EVAL_DIR,
    Event,
    Judged,
    Pair,
    judge,
    language_of,
    load_pair,
    load_pairs,
    verdict,
)

from readoutdiff import compare, load
from readoutdiff.formulas.entries.one_event_zh import (
    CONJUNCTIONS,
    LIST_GOES_ON,
    NAME_GOES_ON,
    OPENS_ON_MODIFIER,
    one_event,
)

LIST = re.compile(r"(?:、[^，。；、]+){2,}等")
"""Three members parted by 、 and closed by 等: a list of areas or items."""
PARTY = re.compile(
    r"^(?:[中英沙德法美俄阿西巴]方|双方|沙特|英国|德国|中国)(?:愿|要|期待|希望|将|同|与)"
)
"""A clause whose subject is a party of the talks and whose next word is a modal or "with"."""


def noise_class(judged: Judged) -> str:
    """The class of one noise report (see the module)."""
    report, origin = judged.report, judged.report.note
    wording = report.b or report.a or ""
    if judged.not_formula:
        return "not-formula"
    if report.status == "changed":
        return "link"
    if origin.startswith("mined:"):
        return "mined"
    if LIST.search(wording):
        return "list"
    if PARTY.match(wording):
        return "party-clause"
    if not origin.startswith("background:") and len(wording) < 6:
        return "core"
    return "builtin-clause" if not origin.startswith("background:") else "background"


def places_of(wording: str, text: str) -> list[tuple[int, int]]:
    """Every place of ``wording`` in ``text``, as (start, end)."""
    found, start = [], text.find(wording)
    while start >= 0:
        found.append((start, start + len(wording)))
        start = text.find(wording, start + 1)
    return found


def batch_class(
    wording_a: str | None, wording_b: str | None, status: str, texts: tuple[str, str]
) -> str:
    """The zh10 class of one noise report of a batch, read off its wordings (see the module)."""
    sides = [(w, t) for w, t in zip((wording_a, wording_b), texts, strict=True) if w]
    if any(one_event(w) for w, _ in sides):
        return "event"
    for wording, text in sides:
        places = places_of(wording, text)
        if places and all(
            (text[s - 1 : s] == "“" and text[e : e + 1] == "”") or text.startswith(NAME_GOES_ON, e)
            for s, e in places
        ):
            return "name"
    if status != "changed":
        for wording, text in sides:
            places = places_of(wording, text)
            if wording.startswith(CONJUNCTIONS) or (
                places and all(text.startswith(LIST_GOES_ON, e) for _, e in places)
            ):
                return "member"
    if any(OPENS_ON_MODIFIER().match(w) for w, _ in sides):
        return "modifier"
    return "other"


def batch_classes(batch: str, listing: bool) -> Counter[str]:
    """The zh10 classes of the tuning part's noise of ``batch`` in ``eval/noise/judged.toml``."""
    import tomllib
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "eval" / "noise"
    with (folder / "judged.toml").open("rb") as file:
        data = tomllib.load(file)
    classes: Counter[str] = Counter()
    for pair in data["pair"]:
        if pair.get("batch") != batch or pair["aside"]:
            continue
        texts = ((folder / pair["a"]).read_text(), (folder / pair["b"]).read_text())
        for report in pair["reports"]:
            if report["verdict"] != "noise":
                continue
            status = "changed" if "a" in report and "b" in report else "one-sided"
            if report.get("a") == report.get("b"):
                status = "persisted"
            name = batch_class(report.get("a"), report.get("b"), status, texts)
            classes[f"{name} ({report['kind']})"] += 1
            if listing:
                print(f"{name:9} {report['kind']:9} {report.get('a')!r} -> {report.get('b')!r}")
    return classes


SECOND = EVAL_DIR.parent / "agreement"
"""The second annotations of some dev pairs (agr1, agr2): same file names as ``pairs/``."""


def second_pairs() -> list[tuple[Pair, Pair]]:
    """Each Chinese dev pair annotated twice: its first hand list and its second (a pair the
    turnover holds out is never read, should one be annotated twice)."""
    found = []
    for path in sorted(SECOND.glob("*.toml")):
        first = load_pair(EVAL_DIR / "pairs" / path.name)
        if language_of(first) == "zh" and not first.heldout:
            found.append((first, load_pair(path, EVAL_DIR)))
    return found


def second_verdicts(first: Pair, second: Pair, reports: list[Event]) -> list[tuple[Judged, str]]:
    """Each report judged by the first hand list, with the verdict the second gives it."""
    one, other = judge(first, reports).judged, judge(second, reports).judged
    return [(j, verdict(k)) for j, k in zip(one, other, strict=True)]


def second_opinion(listing: bool) -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """The first hand list's noise on the Chinese pairs annotated twice, by class and by the
    second list's verdict; and the reports, the noise under each list and under both."""
    found: Counter[tuple[str, str]] = Counter()
    shares: Counter[str] = Counter()
    for first, second in second_pairs():
        formulas = compare(load(first.a_path), load(first.b_path)).formulas
        reports = [Event(f.status.value, f.a_text, f.b_text, f.id) for f in formulas]
        for judged, other in second_verdicts(first, second, reports):
            shares["reports"] += 1
            shares["second"] += other == "noise"
            if not judged.noise:
                continue
            shares["first"] += 1
            shares["both"] += other == "noise"
            name = noise_class(judged)
            found[(name, other)] += 1
            if listing:
                r = judged.report
                print(f"{first.name} {name:15} {other:10} {r.status:9} {r.a!r} -> {r.b!r}")
    return found, shares


def print_second(found: Counter[tuple[str, str]], shares: Counter[str]) -> None:
    """The table of :func:`second_opinion`."""
    verdicts = ("right", "wrong fate", "repeat", "noise")
    print(
        "| class (noise by the first list) | noise | "
        + " | ".join(f"second: {v}" for v in verdicts)
        + " |"
    )
    print("|---|---:|" + "---:|" * len(verdicts))
    names = sorted({n for n, _ in found}, key=lambda n: -sum(found[(n, v)] for v in verdicts))
    for name in [*names, "all"]:
        row = [
            sum(c for (n, v), c in found.items() if v == w and name in (n, "all")) for w in verdicts
        ]
        print(f"| {name} | {sum(row)} | " + " | ".join(map(str, row)) + " |")
    total = shares["reports"]

    def share(count: int) -> str:
        return f"{100 * count / total:.1f} % ({count}/{total})" if total else "-"

    print(
        f"\nnoise share on {len(second_pairs())} Chinese pairs annotated twice: first list "
        f"{share(shares['first'])}, second {share(shares['second'])}, both {share(shares['both'])}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every noise report")
    parser.add_argument("--batch", help="classify a batch of eval/noise (tuning pairs) instead")
    parser.add_argument(
        "--second",
        action="store_true",
        help="the Chinese pairs annotated twice (eval/agreement): the first list's noise judged by the second",
    )
    args = parser.parse_args()
    if args.second:
        print_second(*second_opinion(args.list))
        return 0
    if args.batch:
        found = batch_classes(args.batch, args.list)
        for name, count in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"{name:22} {count}")
        print(f"{'total':22} {sum(found.values())}")
        return 0
    classes: Counter[str] = Counter()
    for pair in load_pairs(split="dev"):
        if language_of(pair) != "zh":
            continue
        formulas = compare(load(pair.a_path), load(pair.b_path)).formulas
        reports = [Event(f.status.value, f.a_text, f.b_text, f.id) for f in formulas]
        for judged in judge(pair, reports).judged:
            if judged.noise:
                name = noise_class(judged)
                classes[name] += 1
                if args.list:
                    r = judged.report
                    print(f"{name:15} {r.status:9} {r.note:40} {r.a!r} -> {r.b!r}")
    for name, count in classes.most_common():
        print(f"{name:15} {count}")
    print(f"{'total':15} {sum(classes.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
