"""ingest.junk: a short line without a decimal digit is neither a date nor a page's stamp, so
``reason`` skips those two readings on it (branch cli11) and gives every line the reason it
gave without the skip."""

from __future__ import annotations

from pathlib import Path

import real_lines

from readoutdiff.ingest import junk

# Dates and stamps in the forms the two readings know (and near misses), in three languages,
# with digits of other scripts that ``\d`` or ``str.isdigit`` read, and words around them.
PIECES = [
    "June 28, 2021", "28 June 2021", "2021-06-28", "28.06.2021", "2023年2月3日", "3月5日",
    "12 февраля 2022 г.", "Monday", "Mon.", "10:45", "a.m.", "EDT", "UTC", "(Xinhua)",
    "Published", "Updated:", "Last updated", "Posted", "Обновлено", "发布于", "ago", "hours",
    "at", "on", "in", "by the Office", "·", " ", ", ", "年", "日", "２０２１", "٢٠٢١", "²", "①",
    "二〇二一年", "June", "the two sides met", "Readout", "—",
]  # fmt: skip
ROOT = Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    """Real lines (the samples, the outside sample, test inputs, the evaluation readouts) and
    lines drawn from PIECES, stripped, as ``reason`` reads them: short ones only."""
    found = real_lines.lines(PIECES, seed=11, drawn=6000, longest=5)
    for path in sorted((ROOT / "eval" / "formulas").glob("*.txt")):
        found.extend(path.read_text(encoding="utf-8").splitlines())
    stripped = {line.strip() for line in found}
    return sorted(line for line in stripped if 0 < len(line) <= junk.SHORT)


LINES = _lines()


def test_a_line_without_a_digit_is_no_date_and_no_stamp() -> None:
    without = [line for line in LINES if not junk._DIGIT.search(line)]
    assert len(without) > 1000
    assert not [line for line in without if junk._only_a_date(line) or junk._only_a_stamp(line)]
    # the lines with one reach both readings, and some are each (the check above is not empty)
    dated = [line for line in LINES if junk._DIGIT.search(line) and junk._only_a_date(line)]
    stamped = [line for line in LINES if junk._DIGIT.search(line) and junk._only_a_stamp(line)]
    assert dated and stamped


def test_reason_is_the_reason_without_the_digit_test() -> None:
    def without_the_test(stripped: str) -> str | None:
        for name, pattern in junk._LONG:
            if pattern.search(stripped):
                return name
        for name, pattern in junk._BLOCKS + junk._LINES:
            if pattern.search(stripped):
                return name
        if junk._only_a_date(stripped) or junk._only_a_stamp(stripped):
            return "time stamp or counter"
        return None

    reasons = [junk.reason(line) for line in LINES]
    assert reasons == [without_the_test(line) for line in LINES]
    assert "time stamp or counter" in reasons
