"""Classify the noise reports of the Chinese dev pairs, and count the classes.

    python benchmarks/zh_noise_classes.py [--list]

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
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from formula_eval import Event, Judged, judge, language_of, load_pairs

from readoutdiff import compare, load

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every noise report")
    args = parser.parse_args()
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
