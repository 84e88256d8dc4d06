"""Series rows a user would doubt: how often, over the eval series (branch ser6, u70's walk).

    PYTHONPATH=src python benchmarks/series_doubts.py [--split dev|heldout] [--names]

For every series of ``eval/formulas`` (``series_counts.series_names``: a name's readouts, two
or more, held out when any of its pairs is) the series is built as ``readoutdiff series``
builds it and two kinds of cells are counted:

* **absent but said**: a cell of a phrase mined in one pair marked absent at a meeting whose
  readout says one of the row's wordings word for word (case and spacing aside): carney-macron's
  "critical minerals", absent at 1 and 3;
* **parties only**: a cell whose wording is only capitalised names joined by "and" (the
  function words "the", "of" aside): "Canada and France", shown as a rewording of
  "relationship between Canada and France".

Run it with the ``PYTHONPATH`` of the tree to measure (a base checkout's ``src`` for the
before figure). ``--names`` lists the dev series with a count above zero (held-out series are
read in aggregate only).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from series_counts import EVAL, series_names

from readoutdiff.ingest import load
from readoutdiff.model import source_rank
from readoutdiff.series.build import build_series

_PAIR_MINED = 2
_JOIN = frozenset(("and", "the", "of"))


def _said(wording: str, text: str) -> bool:
    words = r"\s+".join(map(re.escape, wording.split()))
    return re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE) is not None


def _parties_only(wording: str) -> bool:
    tokens = re.findall(r"[\w'’.-]+", wording)
    return (
        "and" in tokens
        and all(t in _JOIN or t[:1].isupper() for t in tokens)
        and any(t[:1].isupper() for t in tokens)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--names", action="store_true")
    args = parser.parse_args()
    if args.names and args.split != "dev":
        parser.error("--names is for dev series only")
    rows = cells = absent = parties = folders = 0
    for name in series_names(args.split):
        readouts = [load(path) for path in sorted(EVAL.glob(f"{name}__*.txt"))]
        series = build_series(readouts)
        texts = {m.path: Path(m.path).read_text(encoding="utf-8") for m in series.meetings}
        own_absent = own_parties = 0
        for row in series.formulas:
            rows += 1
            wordings = {cell.wording for cell in row.cells if cell.wording}
            for meeting, cell in zip(series.meetings, row.cells, strict=True):
                cells += 1
                if cell.wording and _parties_only(cell.wording):
                    own_parties += 1
                if (
                    not cell.present
                    and source_rank(row.source, row.topic) == _PAIR_MINED
                    and any(_said(w, texts[meeting.path]) for w in wordings)
                ):
                    own_absent += 1
        absent += own_absent
        parties += own_parties
        folders += bool(own_absent or own_parties)
        if args.names and (own_absent or own_parties):
            print(f"{name}: absent but said {own_absent}, parties only {own_parties}")
    print(
        f"{args.split}: {len(series_names(args.split))} series, {rows} rows, {cells} cells;"
        f" absent but said {absent}; parties only {parties}; series with either {folders}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
