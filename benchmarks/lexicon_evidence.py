"""Corpus evidence for US entries of the built-in lexicon (``src/readoutdiff/data/formulas.toml``).

Counts, over the readouts that ``build_background.py`` reads (White House readouts of the
``brian14708/wh-briefings`` mirror and, with ``--state-mirror``, State Department readouts of the
``markschaver/State-Department-PR`` RSS history; every readout naming a counterpart of an
evaluation or reserved series left out, ``EXCLUDED``), how many readouts and how many different
counterparts hold each wording of an entry, and the entry as a whole (any of its wordings).
Wordings are compared case-folded, hyphens, punctuation and possessive 's ignored, a final
plural or past-tense ending allowed. k10 kept an entry when the whole recurs in at least 3
readouts of at least 3 counterparts and each wording occurs at least once.

    python benchmarks/lexicon_evidence.py --mirror /work/.mirror/brian14708+wh-briefings/repo \\
        --state-mirror /work/.mirror/markschaver+State-Department-PR/repo russia-invasion-of-ukraine
    python benchmarks/lexicon_evidence.py --mirror … --phrase "truce in Yemen"   # a candidate
    python benchmarks/lexicon_evidence.py --mirror … --state-mirror … --since 21aec30  # entries added since

``--write`` also records every US entry's counts in ``benchmarks/lexicon_evidence.txt`` with the
exclusions they were counted without; ``tests/test_lexicon_evidence.py`` holds the lexicon to
that record (recount after editing the lexicon or ``EXCLUDED``).

``--since REV`` picks the entries whose id the built-in lexicon of ``REV`` (a git revision of this
repository) lacks, so that the counts behind a batch of new entries can be printed again.

Entries below the thresholds are marked ``LOW`` (many entries of earlier sessions were taken from
speeches, fact sheets or joint statements, not readouts, and are LOW here); a ``seen_in`` readout
that names an excluded counterpart is marked ``EXCLUDED``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from build_background import _EXCLUDED, EXCLUDED, ROOT, Source, git, sources, state_sources

from readoutdiff.formulas.lexicon.lexicon import builtin, parse

LEXICON = "src/readoutdiff/data/formulas.toml"
US = re.compile(r"whitehouse\.(gov|archives\.gov)|state\.gov")  # a US entry's seen_in
RECORD = ROOT / "benchmarks" / "lexicon_evidence.txt"

COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
_COMMA = "xcommax"  # a comma kept as a word by ``alone``, since ``normalise`` drops punctuation


@dataclass(frozen=True)
class Count:
    readouts: int
    counterparts: int
    first: str  # path or link of the first readout holding it ("" when none)


def normalise(text: str) -> str:
    """Return text case-folded, curly quotes straight, possessive 's, hyphens and punctuation
    gone, spaces single, padded with one space each side."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b", "", re.sub(r"[-\u2013]", " ", text))
    return " " + " ".join(re.sub(r"[^\w ]", " ", text).split()) + " "


def pattern(wording: str) -> re.Pattern[str]:
    """Return the pattern of a wording in normalised text (a final -s, -es, -d, -ed allowed)."""
    return re.compile(
        r"(?<![\w])" + re.escape(normalise(wording).strip()) + r"(s|es|d|ed)?(?![\w])"
    )


def alone(corpus: Sequence[tuple[Source, str]], wording: str) -> Count:
    """Return how many readouts (and counterparts) hold a two-member list wording ("security and
    humanitarian assistance") on its own, not as the tail of a longer list ("economic, security,
    and humanitarian assistance"): an occurrence right after a comma does not count."""
    body = pattern(wording).pattern
    after_comma = re.compile(f"(?<!{_COMMA} )" + body)
    hits = [
        s for s, _ in corpus if after_comma.search(normalise(s.text.replace(",", f" {_COMMA} ")))
    ]
    return Count(len(hits), len({s.counterpart for s in hits}), hits[0].path if hits else "")


def listed(wording: str) -> bool:
    """Return whether a wording is a list of two members without a comma ("A and B ...")."""
    return " and " in f" {wording} " and "," not in wording


def count(corpus: Sequence[tuple[Source, str]], wordings: Iterable[str]) -> Count:
    """Return how many readouts (and counterparts) of ``corpus`` (source, normalised text) hold
    any of ``wordings``."""
    patterns = [pattern(w) for w in wordings]
    hits = [source for source, text in corpus if any(p.search(text) for p in patterns)]
    return Count(len(hits), len({s.counterpart for s in hits}), hits[0].path if hits else "")


def report(corpus: Sequence[tuple[Source, str]], ids: Sequence[str], phrases: Sequence[str],
           least: int = 3, counterparts: int = 3) -> list[str]:  # fmt: skip
    """Return the lines printed for the entries ``ids`` (all US entries with a White House or
    State Department ``seen_in`` when empty) and the candidate ``phrases``."""
    chosen = [e for e in builtin().entries if e.id in ids or not ids and US.search(e.seen_in)]
    lines = []
    for entry in chosen if ids or not phrases else []:
        whole = count(corpus, entry.wordings)
        low = whole.readouts < least or whole.counterparts < counterparts
        excluded = "readout" in entry.seen_in.lower() and _EXCLUDED.search(
            entry.seen_in.replace("-", " ")
        )
        marks = " LOW" * low + " EXCLUDED" * bool(excluded)
        lines.append(f"{whole.readouts:4d} {whole.counterparts:4d}  {entry.id}{marks}")
        for wording in entry.wordings:
            one = count(corpus, [wording])
            lone = alone(corpus, wording) if listed(wording) else None
            tail = f"  (alone: {lone.readouts} {lone.counterparts})" if lone else ""
            lines.append(f"{one.readouts:8d} {one.counterparts:4d}    {wording}{tail}")
    for phrase in phrases:
        one = count(corpus, [phrase])
        lines.append(f"{one.readouts:4d} {one.counterparts:4d}  {phrase!r}  {one.first}")
    return lines


def added_since(old_lexicon: str) -> list[str]:
    """Return the ids of the built-in lexicon that the lexicon TOML text ``old_lexicon`` lacks,
    in the built-in lexicon's order."""
    old = {e.id for e in parse(old_lexicon).entries}
    return [e.id for e in builtin().entries if e.id not in old]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ids", nargs="*", help="lexicon ids (default: every US entry)")
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of wh-briefings")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--state-mirror", type=Path, help="git dir of State-Department-PR")
    parser.add_argument("--phrase", action="append", default=[], help="a candidate wording")
    parser.add_argument("--since", metavar="REV", help="the entries added since git revision REV")
    parser.add_argument(
        "--write", action="store_true", help=f"write every US entry's counts to {RECORD.name}"
    )
    args = parser.parse_args(argv)
    if args.write and (args.ids or args.phrase or args.since):
        parser.error("--write records every US entry: no ids, --phrase or --since with it")
    if args.since:
        old = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{args.since}:{LEXICON}"],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        args.ids += added_since(old)
        if not args.ids:
            print(f"no entry added since {args.since}", file=sys.stderr)
            return 0
    found = list(sources(args.mirror, git(args.mirror, "rev-parse", args.commit).strip()))
    if args.state_mirror:
        found += state_sources(
            args.state_mirror, git(args.state_mirror, "rev-parse", "HEAD").strip()
        )
    corpus = [(s, normalise(s.text)) for s in found]
    print(
        f"{len(corpus)} readouts, {len({s.counterpart for s in found})} counterparts",
        file=sys.stderr,
    )
    lines = report(corpus, args.ids, args.phrase)
    if args.write:
        RECORD.write_text("\n".join([*header(found), *lines]) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


def header(found: Sequence[Source]) -> list[str]:
    """Return the record's header: what was counted, and the exclusions it was counted without."""
    return [
        "# written by benchmarks/lexicon_evidence.py --write (both mirrors); do not edit by hand",
        f"# corpus: {len(found)} readouts, {len({s.counterpart for s in found})} counterparts",
        "# excluded: " + "|".join(EXCLUDED),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
