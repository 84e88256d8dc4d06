"""Caches kept across comparisons in one process (segment's and junk's line memos,
``spans.unheld``'s index, the JSON writer's memos, the lexicon parts) never change an answer:
a comparison run after others, with another lexicon and in other languages, writes the same
JSON as the same comparison alone in a fresh process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.lexicon.lexicon import chosen
from readoutdiff.ingest import load
from readoutdiff.model import Options
from readoutdiff.render.jsonout import render_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    str(ROOT / "samples" / n) for n in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
]
CASES = ROOT / "tests" / "cases"
USER = '[[formula]]\nid = "practical-cooperation"\ntext = "practical cooperation"\n'

_ALONE = """
import sys
from readoutdiff import compare
from readoutdiff.formulas.lexicon.lexicon import chosen
from readoutdiff.ingest import load
from readoutdiff.model import Options
from readoutdiff.render.jsonout import render_json

a, b, lexicon = sys.argv[1:4]
options = Options(lexicon=chosen([lexicon] if lexicon else [], use_builtin=True))
sys.stdout.write(render_json(compare(load(a), load(b), options=options)))
"""


def _alone(a: str, b: str, lexicon: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", _ALONE, a, b, lexicon],
        capture_output=True, check=True, encoding="utf-8",
    )  # fmt: skip
    return run.stdout


def _json(a: str, b: str, lexicon: str) -> str:
    options = Options(lexicon=chosen([Path(lexicon)] if lexicon else [], use_builtin=True))
    return render_json(compare(load(a), load(b), options=options))


def test_a_comparison_after_others_writes_what_it_writes_alone(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text(USER, encoding="utf-8")
    others = [
        (str(CASES / name / "a.txt"), str(CASES / name / "b.txt")) for name in ("cjk", "cyrillic")
    ]
    runs = [(*SAMPLES, ""), (*others[0], ""), (*others[1], str(user)), (*SAMPLES, str(user))]
    in_process = [_json(*run) for run in runs]
    # the other way round too: what the first run left behind must not show in the last
    in_process += [_json(SAMPLES[1], SAMPLES[0], ""), _json(*runs[0])]
    assert in_process[-1] == in_process[0]
    for run, written in zip(runs, in_process, strict=False):
        assert written == _alone(*run), run
