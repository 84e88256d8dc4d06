"""What saying a place's sentence costs the views: CPU of each renderer on one comparison.

Places name the sentence on a line of several (``A line 3, sentence 4``, ``A 3.4``; see
``src/readoutdiff/model/places.py``): every passage, formula and key change of every view now looks
its sentence up. This times the four renderers of ``readoutdiff A B`` (text, Markdown, JSON,
HTML) on the real-sentence corpus (``real_corpus.build``: paragraphs of several sentences on
one line each, as real readouts have them) at 50 KB and 500 KB, best of a few runs of CPU
time, the comparison made once beforehand and not timed; ``--base REV`` times the same with
the ``src`` of REV in the same run.

    python benchmarks/bench_places.py --base 48be7a7
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from revision_src import emitted

SIZES = {"50 KB": (50_000, 7), "500 KB": (500_000, 3)}
"""Corpus size -> (bytes per side, runs of each renderer: the best is kept)."""


def measure() -> dict[str, dict[str, float]]:
    """Milliseconds of CPU for each renderer at each size."""
    import real_corpus

    from readoutdiff import compare, from_text
    from readoutdiff.render.html import render_html
    from readoutdiff.render.jsonout import render_json
    from readoutdiff.render.markdown import render_markdown
    from readoutdiff.render.text import render_text

    renderers = {"text": render_text, "markdown": render_markdown, "json": render_json,
                 "html": render_html}  # fmt: skip
    figures: dict[str, dict[str, float]] = {}
    for label, (size, runs) in SIZES.items():
        a_text, b_text = real_corpus.build(size)
        comparison = compare(from_text(a_text, path="a.txt"), from_text(b_text, path="b.txt"))
        figures[label] = {}
        for name, render in renderers.items():
            render(comparison)  # warm: templates, caches
            best = float("inf")
            for _ in range(runs):
                start = time.process_time()
                render(comparison)
                best = min(best, time.process_time() - start)
            figures[label][name] = round(best * 1000, 1)
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="revision to time in the same run")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        print(json.dumps(measure()))
        return
    base = None
    if args.base:
        out = emitted(args.base, str(Path(__file__)), [], "bench_places", f"timing {args.base}")
        base = json.loads(out)
    after = measure()
    head = (
        f"| size | renderer | {args.base} ms | this checkout ms |"
        if base
        else "| size | renderer | ms |"
    )
    print(head)
    print("|---|---|---:|---:|" if base else "|---|---|---:|")
    for label, figures in after.items():
        for name, ms in figures.items():
            before = f" {base[label][name]} |" if base else ""
            print(f"| {label} | {name} |{before} {ms} |")


if __name__ == "__main__":
    sys.exit(main())
