"""The formula reports that differ between this checkout and a base revision on real readouts
outside the evaluation set, to read by hand.

    python benchmarks/mirror_changes.py --mirror /work/.mirror/brian14708+wh-briefings/repo \\
        [--state-mirror /work/.mirror/markschaver+State-Department-PR/repo] [--base main]

The dev pairs say whether a rule finds what an analyst listed; they cannot say what the rule
does on series nobody tuned it to, and the held-out pairs must not be read. The background
corpus of ``build_background.py`` can: the White House (and State Department) readouts of the
mirrors, every evaluation and reserved series left out. This script pairs each readout with
the next one of the same counterpart (in the mirror's order), runs ``compare()`` on every pair
with this checkout's ``src`` and with the ``src`` of ``--base`` (a child process each, as
``by_series.py`` does), and prints the reports only one of the two makes: what a change adds
there (new reports: are they changes an analyst would list, or noise?) and what it takes away.
Nothing is scored: there is no hand list for these pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from revision_src import emitted

Report = tuple[str, str, str, str, str]
"""(pair, counterpart, status, A's wording, B's wording)."""


def reports(mirror: Path, state_mirror: Path | None) -> list[Report]:
    """Every formula ``compare()`` reports on consecutive mirror readouts of one counterpart,
    with whatever ``readoutdiff`` this interpreter imports."""
    from build_background import git, sources, state_sources

    from readoutdiff import compare
    from readoutdiff.ingest import from_text

    found = list(sources(mirror, git(mirror, "rev-parse", "HEAD").strip()))
    if state_mirror:
        found += state_sources(state_mirror, git(state_mirror, "rev-parse", "HEAD").strip())
    by_counterpart = defaultdict(list)
    for source in found:
        by_counterpart[source.counterpart].append(source)
    out = []
    for who in sorted(by_counterpart):
        readouts = by_counterpart[who]
        for x, y in zip(readouts, readouts[1:], strict=False):
            a, b = from_text(x.text, path=x.path), from_text(y.text, path=y.path)
            out += [
                (f"{x.path} -> {y.path}", who, f.status.value, f.a_text or "", f.b_text or "")
                for f in compare(a, b).formulas
            ]
    return out


def base_reports(rev: str, argv: list[str]) -> list[Report]:
    """The same reports with the ``src`` of ``rev``, in a child process."""
    out = emitted(rev, str(Path(__file__)), argv, "mirror_changes", rev)
    return [tuple(r) for r in json.loads(out)]  # type: ignore[misc]


def report(before: list[Report], after: list[Report]) -> str:
    old, new = set(before), set(after)
    pairs = {r[0] for r in after} | {r[0] for r in before}
    lines = [
        f"{len(pairs)} pairs with a report; {len(new - old)} reports new, {len(old - new)} gone."
    ]
    for title, shown, other in (("New", after, old), ("Gone", before, new)):
        lines += ["", f"{title}:"]
        lines += [
            f"- {who}: {status} {a!r} -> {b!r}  ({pair})"
            for pair, who, status, a, b in shown
            if (pair, who, status, a, b) not in other
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the WH mirror")
    parser.add_argument("--state-mirror", type=Path, help="git dir of the State Department mirror")
    parser.add_argument("--base", default="main", help="git revision to compare with (main)")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        print(json.dumps(reports(args.mirror, args.state_mirror)))
        return 0
    passed = ["--mirror", str(args.mirror)]
    if args.state_mirror:
        passed += ["--state-mirror", str(args.state_mirror)]
    before = base_reports(args.base, passed)
    print(report(before, reports(args.mirror, args.state_mirror)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
