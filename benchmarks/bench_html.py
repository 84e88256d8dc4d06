"""Main-text extraction from saved HTML pages: readoutdiff's Beautiful Soup reader against trafilatura.

Needs a folder of real pages with hand-marked main text, laid out as the public article-extraction
benchmark of Zyte (scrapinghub/article-extraction-benchmark on GitHub) lays it out:
``ground-truth.json`` (``{id: {"articleBody": ...}}``) and ``html/<id>.html.gz``. Scores are word
precision, recall and F1 of each extractor's text against the marked text (multisets of words),
averaged over pages, and the time per page; both run in the same process on the same pages.

    python benchmarks/bench_html.py PATH/TO/article-extraction-benchmark [LIMIT]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from readoutdiff.ingest.htmltext import extract

_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in _WORD.findall(text))


def prf(found: str, truth: str) -> tuple[float, float, float]:
    """Word precision, recall and F1 of ``found`` against ``truth``."""
    got, want = words(found), words(truth)
    common = sum((got & want).values())
    precision = common / max(sum(got.values()), 1)
    recall = common / max(sum(want.values()), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def ours(markup: str) -> str:
    return extract(markup).text


def trafilatura_text(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_comments=False, favor_precision=False) or ""


def run(folder: Path, limit: int) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted(truth)[:limit]
    extractors: dict[str, Callable[[str], str]] = {
        "bs4 (readoutdiff)": ours,
        "trafilatura": trafilatura_text,
    }
    trafilatura_text("<html><body><p>warm up</p></body></html>")  # imports outside the timing
    for name, extractor in extractors.items():
        scores, seconds = [], 0.0
        for page in pages:
            markup = gzip.decompress((folder / "html" / f"{page}.html.gz").read_bytes()).decode(
                "utf-8", "replace"
            )
            start = time.perf_counter()
            text = extractor(markup)
            seconds += time.perf_counter() - start
            scores.append(prf(text, truth[page]["articleBody"]))
        p, r, f = (sum(values) / len(values) for values in zip(*scores, strict=True))
        print(f"{name:18} pages {len(pages)}  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  "
              f"{seconds / len(pages) * 1000:.0f} ms/page")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", type=Path, help="the benchmark's folder (ground-truth.json, html/)"
    )
    parser.add_argument("limit", type=int, nargs="?", default=10_000, help="pages at most")
    args = parser.parse_args()
    if not (args.folder / "ground-truth.json").is_file():
        parser.error(f"{args.folder}: no ground-truth.json there (the benchmark's folder?)")
    run(args.folder, args.limit)


if __name__ == "__main__":
    main()
