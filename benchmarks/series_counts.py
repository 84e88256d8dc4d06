"""Does each series meeting's count of wordings around kept formulas agree with its rows?

    PYTHONPATH=src python benchmarks/series_counts.py [--split dev|heldout] [--names]

For every series of ``eval/formulas`` (a name's readouts in date order, as ``readoutdiff
series`` orders them; a series is held out when any of its pairs is), each meeting after the
first is read three ways: its note's count (``Meeting.context_changes``: "(6 wordings around
kept formulas changed)"), the rows whose change there is told "wording around it" ("2
wordings around it" counts 2), as the text view's rows and the HTML view's cells say it, and
the JSON cells' ``context_changes`` (where the source has them). Prints the meetings whose
figures disagree (``--names``: by series and meeting; dev only, held-out series are read in
aggregate) and the totals. An older source with no ``change_words`` is read by its
``linked_words`` (one label per cell), so the same script measures a base (ser3).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
_AROUND = re.compile(r"(?:(\d+) )?wordings? around it(?=,|$)")


def series_names(split: str) -> list[str]:
    """The series of ``split``: names with two readouts or more, held out when any pair is."""
    held: dict[str, list[bool]] = defaultdict(list)
    for path in sorted((EVAL / "pairs").glob("*.toml")):
        pair = tomllib.loads(path.read_text(encoding="utf-8"))
        held[path.name.split("__")[0]].append(bool(pair.get("heldout", False)))
    names = [name for name in sorted(held) if any(held[name]) == (split == "heldout")]
    return [name for name in names if len(list(EVAL.glob(f"{name}__*.txt"))) >= 2]


def told(words: str) -> int:
    """How many wordings around a formula a row's or a cell's words tell."""
    return sum(int(match[1] or 1) for match in _AROUND.finditer(words))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--names", action="store_true", help="list each meeting that disagrees")
    args = parser.parse_args()
    from readoutdiff.ingest import load
    from readoutdiff.render import series_labels
    from readoutdiff.render.series_json import render_series_json
    from readoutdiff.render.series_labels import row_names
    from readoutdiff.series import build_series

    def words(timeline, cell, names) -> str:  # type: ignore[no-untyped-def]
        if hasattr(series_labels, "change_words"):
            return ", ".join(series_labels.change_words(timeline, cell, names))
        return series_labels.linked_words(timeline, cell.linked, names) if cell.linked else ""

    meetings = rows_off = json_off = 0
    cells_told = True
    by = Counter[int]()
    for name in series_names(args.split):
        series = build_series([load(path) for path in sorted(EVAL.glob(f"{name}__*.txt"))])
        names = row_names(series.formulas)
        cells = json.loads(render_series_json(series))["formulas"]
        for place, meeting in enumerate(series.meetings[1:], start=1):
            meetings += 1
            rows = sum(told(words(t, t.cells[place], names)) for t in series.formulas)
            said = [row["timeline"][place].get("context_changes") for row in cells]
            cells_told = cells_told and None not in said
            in_json = sum(said) if None not in said else meeting.context_changes
            rows_off += rows != meeting.context_changes
            json_off += in_json != meeting.context_changes
            if rows != meeting.context_changes:
                by[rows - meeting.context_changes] += 1
            if args.names and args.split == "dev" and rows != meeting.context_changes:
                print(f"{name} {place + 1}: note {meeting.context_changes}, rows {rows}")
    in_cells = f"the JSON cells at {json_off}" if cells_told else "no JSON cell count"
    print(
        f"{args.split}: {meetings} meetings; the rows' labels disagree with the note at {rows_off}"
        f" (rows minus note: {dict(sorted(by.items()))}), {in_cells}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
