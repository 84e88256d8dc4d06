"""The same readouts give the same bytes in every format (JSON, Markdown, HTML, the terminal
view with and without colour) in two processes whose string hashes differ (PYTHONHASHSEED):
no set or dict order reaches a view. test_golden checks the JSON and HTML of the samples; this
checks every format on real dev pairs in English, Chinese and Russian (sym3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAIRS = ("biden-duda__2022-03-26", "xi-scholz__2024-04-16", "tokayev-erdogan__2021-01-01")
"""One dev pair of each language: English, Chinese, Russian."""

_RENDER = """
import hashlib, sys, tomllib
from pathlib import Path
from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text
root = Path(sys.argv[1])
for pair in sys.argv[2:]:
    data = tomllib.loads((root / "pairs" / f"{pair}.toml").read_text("utf-8"))
    result = compare(load(root / data["a"]), load(root / data["b"]))
    views = (
        render_json(result), render_markdown(result), render_html(result, stamp="-"),
        render_text(result), render_text(result, color=True, width=90),
    )
    print(pair, result.a.language, *(hashlib.sha256(v.encode()).hexdigest() for v in views))
"""


def outputs_under_two_hash_seeds(script: str, *args: str) -> list[str]:
    """Standard output of ``python -c script args`` under PYTHONHASHSEED 0 and 4242 (the two
    run at once: the caller waits one process's time)."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        for seed in ("0", "4242")
    ]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        outputs.append(out)
    return outputs


def test_every_format_gives_the_same_bytes_under_two_hash_seeds() -> None:
    outputs = outputs_under_two_hash_seeds(_RENDER, str(REPO / "eval" / "formulas"), *PAIRS)
    assert [line.split()[1] for line in outputs[0].splitlines()] == ["en", "zh", "ru"]
    assert outputs[0] == outputs[1]
