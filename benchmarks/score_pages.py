"""Score the junk rules, titles, dates and cut-off notes on real pages (``tests/pages/``).

Each ``*.raw.txt`` page was saved as it came, site furniture and all; its ``*.clean.txt`` copy
was cleaned by hand (the readout's own lines only). A raw line that the clean copy lacks is junk.
Printed: junk recall (junk lines ignored / junk lines), clean lines ignored in the raw pages and
in the clean copies (both must be 0), titles and dates right against ``expected.toml``, cut-off
notes right, and what dateparser costs to load, measured beside ``import readoutdiff``.

    python benchmarks/score_pages.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from readoutdiff.ingest import load
from readoutdiff.ingest.text import CUT_OFF

PAGES = Path(__file__).resolve().parent.parent / "tests" / "pages"


@dataclass(frozen=True)
class Page:
    """How the reader did on one raw page and its clean copy."""

    name: str
    junk: int
    """Junk lines in the raw page (lines the clean copy lacks)."""
    caught: int
    """Of those, lines the reader ignored."""
    clean_ignored: int
    """Readout lines ignored in the raw page, plus any line ignored in the clean copy."""
    title_right: bool
    date_expected: str | None
    date_found: str | None
    cut_right: bool
    missed: tuple[str, ...]


def score(folder: Path = PAGES) -> list[Page]:
    """Read every raw page and its clean copy in ``folder`` and compare with ``expected.toml``."""
    expected = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    return [_page(raw, expected[raw.name.removesuffix(".raw.txt")]) for raw in _raws(folder)]


def _raws(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.raw.txt"))


def _page(raw: Path, want: dict[str, object]) -> Page:
    clean_path = raw.with_name(raw.name.replace(".raw.", ".clean."))
    clean_lines = {line.strip() for line in clean_path.read_text(encoding="utf-8").splitlines()}
    lines = [line.strip() for line in raw.read_text(encoding="utf-8").splitlines() if line.strip()]
    readout = load(raw)
    ignored = {item.text.strip() for item in readout.ignored}
    junk = [line for line in lines if line not in clean_lines]
    caught = [line for line in junk if line in ignored]
    clean_ignored = [line for line in lines if line in clean_lines and line in ignored]
    clean_copy = load(clean_path)
    cut = any(note.startswith(CUT_OFF) for note in readout.notes)
    return Page(
        name=raw.name.removesuffix(".raw.txt"), junk=len(junk), caught=len(caught),
        clean_ignored=len(clean_ignored) + len(clean_copy.ignored),
        title_right=readout.title == want["title"] == clean_copy.title,
        date_expected=_text(want.get("date")), date_found=readout.date,
        cut_right=cut == bool(want.get("cut", False)),
        missed=tuple(line for line in junk if line not in ignored),
    )  # fmt: skip


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def totals(pages: list[Page]) -> dict[str, float]:
    """The figures the issue asks for, over all pages."""
    dated = [page for page in pages if page.date_expected]
    junk = sum(page.junk for page in pages)
    return {
        "pages": len(pages),
        "junk lines": junk,
        "junk recall": sum(page.caught for page in pages) / junk,
        "clean lines ignored": sum(page.clean_ignored for page in pages),
        "titles right": sum(page.title_right for page in pages),
        "dated pages": len(dated),
        "dates right": sum(page.date_found == page.date_expected for page in dated),
        "cut-off notes right": sum(page.cut_right for page in pages),
    }


def import_cost(module: str, runs: int = 5) -> float:
    """Best of ``runs`` wall times (s) of ``import module`` in a fresh interpreter."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout)
        for _ in range(runs)
    ]  # fmt: skip
    return min(times)


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()  # --help only
    pages = score()
    print(f"{'page':44} junk caught clean title date{'':14} cut")
    for page in pages:
        date = f"{page.date_found or '-'}" + ("" if page.date_found == page.date_expected else "✗")
        print(
            f"{page.name:44} {page.junk:4} {page.caught:6} {page.clean_ignored:5} "
            f"{'ok' if page.title_right else 'WRONG':5} {date:18} {'ok' if page.cut_right else 'WRONG'}"
        )
        for line in page.missed:
            print(f"{'':6}missed: {line[:70]}")
    for key, value in totals(pages).items():
        print(f"{key}: {value:.1%}" if isinstance(value, float) else f"{key}: {value}")
    base, dateparser = import_cost("readoutdiff"), import_cost("dateparser")
    trafilatura = import_cost("trafilatura")
    print(
        f"import readoutdiff: {base * 1000:.0f} ms; import dateparser: {dateparser * 1000:.0f} ms;"
        f" import trafilatura: {trafilatura * 1000:.0f} ms (both loaded only when needed)"
    )
    first = "from readoutdiff.ingest.dates import iso_date; iso_date('12 февраля 2022 г.')"
    parse = import_cost(f"readoutdiff; {first}")  # import plus the first Russian date
    print(f"import readoutdiff and read a first Russian date: {parse * 1000:.0f} ms")


if __name__ == "__main__":
    main()
