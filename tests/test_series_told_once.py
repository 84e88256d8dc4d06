"""One place of a readout told changed once, by the comparison and by the series (ser2, issue 10
point 4), through the real command line on the dev readouts of ``eval/formulas``.

ser1 left three dev names told twice on a series' rows: one place of one readout that a single
comparison told changed under two ids (xi-ramaphosa's "构建高水平中南命运共同体" and
"推动国际秩序朝着更加公正合理的方向发展", xi-starmer's "增进了解互信"). The formula stage
(``told_once.one_place_one_change``) now tells such a place once.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from eval_pairs import EVAL


def _series_json(tmp_path: Path, name: str) -> dict[str, object]:
    files = sorted(EVAL.glob(f"{name}__*.txt"))
    out = tmp_path / f"{name}.json"
    command = [sys.executable, "-m", "readoutdiff", "series", *map(str, files), "--json", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    loaded: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def _pair_json(a: str, b: str) -> list[dict[str, object]]:
    command = [sys.executable, "-m", "readoutdiff", str(EVAL / a), str(EVAL / b), "-f", "json"]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    formulas: list[dict[str, object]] = json.loads(done.stdout)["formulas"]
    return formulas


def test_no_series_row_shares_its_name_with_another(tmp_path: Path) -> None:
    for name in ("xi-ramaphosa", "xi-starmer"):
        rows = _series_json(tmp_path, name)["formulas"]
        assert isinstance(rows, list)
        names = Counter(str(row["text"]).casefold() for row in rows)
        assert [text for text, count in names.items() if count > 1] == [], name


def test_a_kept_place_is_not_told_reworded_elsewhere_too(tmp_path: Path) -> None:
    rows = _series_json(tmp_path, "xi-ramaphosa")["formulas"]
    assert isinstance(rows, list)
    (kept,) = [row for row in rows if row["text"] == "构建高水平中南命运共同体"]
    # the hand list: kept word for word at 2 (and the 中非 phrase appeared there, its own event)
    assert [cell["fate"] for cell in kept["timeline"]][:2] == [None, "persisted"]
    (grown,) = [row for row in rows if row["text"] == "推动国际秩序朝着更加公正合理的方向发展"]
    assert grown["timeline"][1]["wording"] == "推动全球治理朝着更加公正合理的方向发展"


def test_one_wording_reworded_into_two_places_is_told_by_the_lexicons_formula() -> None:
    formulas = _pair_json("xi-starmer__2024-08-23__cctv.txt", "xi-starmer__2024-11-18__cctv.txt")
    told = [f for f in formulas if f.get("a") == "增进了解互信"]
    # the hand list's one event: "增进了解互信" → "增进政治互信"; "增进相互了解" was noise
    assert [(f["id"], f["b"]) for f in told] == [
        ("political-mutual-trust/reworded", "增进政治互信")
    ]
