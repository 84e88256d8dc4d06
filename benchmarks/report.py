"""Print the benchmark's markdown table, scaling ratios and targets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from synthetic import GROUPS, IN_ORDER, MOVED, Kind

if TYPE_CHECKING:
    from scoring import Scores


@dataclass(frozen=True, slots=True, kw_only=True)
class Timed:
    """The result of one measurement process, or how long it ran before it was stopped."""

    seconds: float
    finished: bool
    peak_rss_mib: float | None = None
    report: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """Everything measured for one size."""

    label: str
    chars: tuple[int, int]
    sentences: tuple[int, int]
    generate_seconds: float
    compare: Timed
    engine: Timed
    """``compare`` with ``Options(formulas=False)``: the alignment engine and word diff only."""
    htmldiff: Timed | None
    scores: Scores | None


MOVED_NEAR = frozenset({Kind.MOVED_NEAR})
MOVED_FAR = frozenset({Kind.MOVED_FAR})
MEMORY_LIMIT_MIB = 1024.0
CLI_LIMIT_SECONDS = 0.3
SCALING_LIMIT = 15.0


def print_report(rows: Sequence[Row], *, cli_seconds: float | str, total_seconds: float) -> None:
    """Print everything a run found, as markdown."""
    print(table(rows))
    print()
    print(cpu_times(rows))
    print()
    for line in scaling(rows):
        print(line)
    print()
    cli = f"{cli_seconds:.3f} s (median of 5)" if isinstance(cli_seconds, float) else cli_seconds
    print(f"CLI: {cli}")
    print()
    print("| target | result |")
    print("| --- | --- |")
    for name, verdict in targets(rows, cli_seconds):
        print(f"| {name} | {verdict} |")
    print()
    print(f"Whole run: {total_seconds:.1f} s")


def table(rows: Sequence[Row]) -> str:
    """Return one markdown row per size."""
    header = (
        "| size | chars A / B | sentences A / B | compare() | engine (formulas=False) | HtmlDiff "
        "| HtmlDiff / compare | peak RSS compare | in-order recall | moved recall (near / far) "
        "| precision | split/merge recall | moved-flag accuracy |"
    )
    lines = [header, "|" + " --- |" * header.count(" | ") + " --- |"]
    for row in rows:
        scores = row.scores
        moved = "n/a"
        if scores is not None:
            moved = f"{_rate(scores.recall(MOVED))} ({_rate(scores.recall(MOVED_NEAR))} / {_rate(scores.recall(MOVED_FAR))})"
        cells = [
            row.label, f"{row.chars[0]:,} / {row.chars[1]:,}", f"{row.sentences[0]:,} / {row.sentences[1]:,}",
            _seconds(row.compare), _seconds(row.engine), _seconds(row.htmldiff), _ratio(row.htmldiff, row.compare),
            _mib(row.compare.peak_rss_mib),
            _rate(scores.recall(IN_ORDER)) if scores else "n/a", moved,
            _rate(scores.precision) if scores else "n/a",
            _rate(scores.recall(GROUPS)) if scores else "n/a",
            _rate(scores.flag_accuracy()) if scores else "n/a",
        ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cpu_times(rows: Sequence[Row]) -> str:
    """Return the CPU seconds of each compare, which a busy machine disturbs less than wall time."""
    cells = []
    for row in rows:
        times = [
            f"{timed.report['cpu_seconds']:.3f}" if timed.report else "n/a"
            for timed in (row.compare, row.engine)
        ]
        cells.append(f"{row.label} {times[0]} / {times[1]}")
    return "CPU seconds, compare() / engine: " + "; ".join(cells)


def scaling(rows: Sequence[Row]) -> list[str]:
    """Return ``time(5m) / time(500k)`` for each timed thing, when both sizes ran."""
    by_label = {row.label: row for row in rows}
    if "5m" not in by_label or "500k" not in by_label:
        return ["time(5m) / time(500k): n/a (run both sizes)"]
    big, small = by_label["5m"], by_label["500k"]
    pairs = (("compare()", big.compare, small.compare), ("engine", big.engine, small.engine))
    lines = [
        f"time(5m) / time(500k), {name}: {_ratio(b, s)}{_cpu_ratio(b, s)}" for name, b, s in pairs
    ]
    if big.htmldiff and small.htmldiff:
        lines.append(f"time(5m) / time(500k), HtmlDiff: {_ratio(big.htmldiff, small.htmldiff)}")
    return lines


def targets(rows: Sequence[Row], cli_seconds: float | str) -> list[tuple[str, str]]:
    """Return each target with PASS, MISS or n/a and the numbers behind it."""
    by_label = {row.label: row for row in rows}
    found = [
        _every_size(rows, "moved recall >= 0.95", lambda s: s.recall(MOVED), 0.95),
        _every_size(rows, "in-order recall >= 0.98", lambda s: s.recall(IN_ORDER), 0.98),
        _every_size(rows, "precision >= 0.97", lambda s: s.precision, 0.97),
        _every_size(rows, "split/merge recall >= 0.85", lambda s: s.recall(GROUPS), 0.85),
    ]
    for label in ("500k", "5m"):
        found.append((f"compare faster than HtmlDiff at {label}", _faster(by_label.get(label))))
    found.append(("time(5m) / time(500k) <= 15", _scaling_verdict(by_label)))
    found.append(("peak memory <= 1 GiB at 5m", _memory_verdict(by_label.get("5m"))))
    cli = (
        "n/a: CLI " + cli_seconds
        if isinstance(cli_seconds, str)
        else _verdict(cli_seconds <= CLI_LIMIT_SECONDS, f"{cli_seconds:.3f} s")
    )
    found.append(("CLI <= 0.3 s on the samples", cli))
    return found


def _every_size(
    rows: Sequence[Row], name: str, metric: Callable[[Scores], float | None], floor: float
) -> tuple[str, str]:
    values = [(row.label, metric(row.scores)) for row in rows if row.scores is not None]
    values = [(label, value) for label, value in values if value is not None]
    if not values:
        return name + " at every size", "n/a"
    detail = ", ".join(f"{label} {value:.3f}" for label, value in values)
    return name + " at every size", _verdict(all(value >= floor for _, value in values), detail)


def _faster(row: Row | None) -> str:
    if row is None or row.htmldiff is None:
        return "n/a (size or HtmlDiff not run)"
    if not row.compare.finished:
        return "MISS (compare did not finish)"
    detail = f"{row.compare.seconds:.2f} s vs {_seconds(row.htmldiff)}"
    return _verdict(row.compare.seconds < row.htmldiff.seconds, detail)


def _scaling_verdict(by_label: dict[str, Row]) -> str:
    if "5m" not in by_label or "500k" not in by_label:
        return "n/a (run 500k and 5m)"
    big, small = by_label["5m"].compare, by_label["500k"].compare
    if not big.finished:
        return f"MISS (5m did not finish in {big.seconds:.0f} s)"
    ratio = big.seconds / small.seconds
    return _verdict(ratio <= SCALING_LIMIT, f"{ratio:.1f}")


def _memory_verdict(row: Row | None) -> str:
    if row is None or row.compare.peak_rss_mib is None:
        return "n/a (5m not run or not finished)"
    return _verdict(row.compare.peak_rss_mib <= MEMORY_LIMIT_MIB, _mib(row.compare.peak_rss_mib))


def _verdict(passed: bool, detail: str) -> str:
    return f"{'PASS' if passed else 'MISS'} ({detail})"


def _seconds(timed: Timed | None) -> str:
    if timed is None:
        return "not run"
    if not timed.finished:
        return f">{timed.seconds:.0f} s"
    return f"{timed.seconds:.3f} s" if timed.seconds < 10 else f"{timed.seconds:.1f} s"


def _ratio(top: Timed | None, bottom: Timed | None) -> str:
    if top is None or bottom is None or not bottom.finished:
        return "n/a"
    ratio = top.seconds / bottom.seconds
    return f"{ratio:.1f}x" if top.finished else f">{ratio:.1f}x"


def _cpu_ratio(top: Timed, bottom: Timed) -> str:
    """Return the same ratio in CPU time, which a busy machine disturbs less."""
    if top.report is None or bottom.report is None:
        return ""
    return f" (CPU time: {top.report['cpu_seconds'] / bottom.report['cpu_seconds']:.1f}x)"


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} MiB"
