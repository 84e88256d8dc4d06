"""Score ``readoutdiff series`` against the hand-listed recurring formulas of a real series.

    python benchmarks/score_series.py [--verbose] [--series NAME ...]

For every folder ``eval/series/<series>/`` (readouts plus ``EXPECTED.toml``) it runs
``readoutdiff series --order given <readouts in file-name order> --json FILE`` and compares the
formula rows with the recurring formulas listed by hand, using the wording rule of
``formula_eval.py``:

* a row **covers** a recurring formula in a readout when both have a wording there and the
  wordings match, or the row's wording (two words or more) occurs inside the listed one (a row
  for the core of a formula whose qualifier mutates tracks that formula);
* a recurring formula is **found** when one row covers it in at least half of the readouts that
  hold it; *coverage* is the best row's share of those readouts;
* a **mutation step** is a pair of consecutive readouts that both hold a recurring formula in
  different wordings: it is *marked* when a row covering the formula in the later readout has the
  fate ``changed`` there; a **kept step** (same wording) is *kept* when that fate is ``persisted``;
* a row is **noise** when it covers no recurring formula, or one of its wordings matches a
  ``not_formulas`` entry at least as well; the ranking is judged by the noise among the first
  ``TOP`` rows of the JSON (the order every view lists them in, trend by trend).

Each series gets its table, then a *total* table sums the counts over all series. A series
kept as a held-out check (``sherman-quint``) is read as a table only: rules are tuned on the
others, and ``--verbose`` is not for it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from formula_eval import fold, similarity

TOP = 10
"""The rows an analyst reads first: ranking is judged on each series' first ``TOP`` rows."""
SERIES_DIR = Path(__file__).resolve().parent.parent / "eval" / "series"


@dataclass(frozen=True)
class Recurring:
    id: str
    label: str
    mutates: bool
    wordings: dict[str, str]
    """Readout date (as in its file name) -> wording in that readout."""


@dataclass(frozen=True)
class Series:
    name: str
    files: tuple[Path, ...]
    recurring: tuple[Recurring, ...]
    not_formulas: tuple[str, ...]

    @property
    def dates(self) -> list[str]:
        return [f.stem.split("__")[1] for f in self.files]


@dataclass
class Row:
    """One formula row of the tool's series output: wording and fate per readout date."""

    id: str
    text: str
    wording: dict[str, str] = field(default_factory=dict)
    fate: dict[str, str] = field(default_factory=dict)


def load_series(folder: Path) -> Series:
    data = tomllib.loads((folder / "EXPECTED.toml").read_text(encoding="utf-8"))
    recurring = tuple(
        Recurring(r["id"], r["label"], bool(r["mutates"]), dict(r["wordings"]))
        for r in data["recurring"]
    )
    files = tuple(sorted(folder.glob("*.txt")))
    return Series(folder.name, files, recurring, tuple(data.get("not_formulas", ())))


def all_series(root: Path = SERIES_DIR) -> list[Series]:
    return [load_series(d) for d in sorted(root.iterdir()) if (d / "EXPECTED.toml").is_file()]


def run_series(series: Series) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "series.json"
        cmd = [sys.executable, "-m", "readoutdiff", "series", "--order", "given"]
        done = subprocess.run(
            [*cmd, *map(str, series.files), "--json", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode not in (0, 1) or not out.is_file():
            raise RuntimeError(f"readoutdiff series failed on {series.name}: {done.stderr.strip()}")
        data = json.loads(out.read_text(encoding="utf-8"))
    return rows_from_json(data, series.dates)


def rows_from_json(data: dict[str, Any], dates: list[str]) -> list[Row]:
    rows = []
    for formula in data["formulas"]:
        row = Row(formula["id"], formula["text"])
        for cell in formula["timeline"]:
            date = dates[cell["meeting"] - 1]
            if cell.get("wording"):
                row.wording[date] = cell["wording"]
            if cell.get("fate"):
                row.fate[date] = cell["fate"]
        rows.append(row)
    return rows


def tracks(row_wording: str, wording: str) -> bool:
    """The row's wording matches the listed one, or is a part of it of two words or more."""
    if similarity(row_wording, wording) > 0:
        return True
    short, long = fold(row_wording), fold(wording)
    n = len(short)
    return n >= 2 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def covered(row: Row, rec: Recurring) -> set[str]:
    return {d for d, w in rec.wordings.items() if d in row.wording and tracks(row.wording[d], w)}


@dataclass
class SeriesResult:
    series: Series
    rows: list[Row]
    coverage: dict[str, float] = field(default_factory=dict)
    mutation_steps: list[tuple[str, str, str, bool]] = field(default_factory=list)
    """(recurring id, earlier date, later date, marked changed)."""
    kept_steps: list[tuple[str, str, str, bool]] = field(default_factory=list)
    noise: list[tuple[Row, str]] = field(default_factory=list)


def judge_series(series: Series, rows: list[Row]) -> SeriesResult:
    result = SeriesResult(series, rows)
    dates = series.dates
    for rec in series.recurring:
        best = max((len(covered(r, rec)) for r in rows), default=0)
        result.coverage[rec.id] = best / len(rec.wordings)
        present = [d for d in dates if d in rec.wordings]
        for earlier, later in zip(present, present[1:], strict=False):
            if dates.index(later) != dates.index(earlier) + 1:
                continue  # not consecutive readouts
            fates = {r.fate.get(later) for r in rows if later in covered(r, rec)}
            if fold(rec.wordings[earlier]) != fold(rec.wordings[later]):
                result.mutation_steps.append((rec.id, earlier, later, "changed" in fates))
            else:
                result.kept_steps.append((rec.id, earlier, later, "persisted" in fates))
    for row in rows:
        cover = max((len(covered(row, rec)) for rec in series.recurring), default=0)
        nf_hit = next(
            (
                n
                for n in series.not_formulas
                for w in row.wording.values()
                if similarity(w, n) == 1.0
            ),
            None,
        )
        if cover == 0 or nf_hit:
            result.noise.append((row, nf_hit or "covers no recurring formula"))
    return result


def _share(n: int, d: int) -> str:
    return "n/a" if not d else f"{100 * n / d:5.1f}% ({n}/{d})"


def table(title: str, results: list[SeriesResult]) -> list[str]:
    """The figures of one series, or summed over several (``total``)."""
    coverage = [c for r in results for c in r.coverage.values()]
    steps = [m for r in results for *_, m in r.mutation_steps]
    kept = [k for r in results for *_, k in r.kept_steps]
    rows = sum(len(r.rows) for r in results)
    noise = sum(len(r.noise) for r in results)
    top = [row for r in results for row in r.rows[:TOP]]
    top_noise = sum(any(row is n for r in results for n, _ in r.noise) for row in top)
    found = sum(c >= 0.5 for c in coverage)
    return [
        title,
        "",
        "| figure | value |",
        "|---|---:|",
        f"| recurring formulas found (a row covers ≥ half its readouts) | {_share(found, len(coverage))} |",
        f"| mean coverage of a recurring formula by its best row | {100 * sum(coverage) / max(1, len(coverage)):5.1f}% |",
        f"| mutation steps marked changed | {_share(sum(steps), len(steps))} |",
        f"| kept steps marked persisted | {_share(sum(kept), len(kept))} |",
        f"| noise rows (lower is better) | {_share(noise, rows)} |",
        f"| noise among each series' first {TOP} rows (lower is better) | {_share(top_noise, len(top))} |",
    ]


def report(result: SeriesResult, verbose: bool) -> str:
    s = result.series
    title = f"## {s.name}: {len(s.files)} readouts, {len(result.rows)} formula rows"
    lines = table(title, [result])
    if verbose:
        lines.append("")
        for rec in s.recurring:
            lines.append(f"  coverage {100 * result.coverage[rec.id]:5.1f}%  {rec.id}")
        for rid, a, b, ok in result.mutation_steps:
            if not ok:
                rec = next(r for r in s.recurring if r.id == rid)
                lines.append(
                    f"  UNMARKED {rid} {a} -> {b}: {rec.wordings[a]!r} -> {rec.wordings[b]!r}"
                )
        for row, why in result.noise:
            lines.append(f"  NOISE    row {row.text!r} ({why})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--verbose", action="store_true", help="per formula coverage, misses, noise"
    )
    parser.add_argument(
        "--series", action="append", metavar="NAME", help="only this series (repeatable)"
    )
    args = parser.parse_args(argv)
    chosen = [s for s in all_series() if not args.series or s.name in args.series]
    results = []
    for series in chosen:
        results.append(judge_series(series, run_series(series)))
        print(report(results[-1], args.verbose))
        print()
    if len(results) > 1:
        readouts = sum(len(r.series.files) for r in results)
        title = f"## total: {len(results)} series, {readouts} readouts"
        print("\n".join(table(title, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
