"""benchmarks/split_composition.py: composition against fitting, counts only, on real pairs of
the evaluation set (dev pairs run; held-out pairs only read for their files' notes)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import formula_eval
import split_composition as sc
from score_formulas import SETS

PAIRS = ("biden-scholz__2022-11-06", "xi-albanese__2024-11-18", "biden-abdullah__2024-04-14")


def _rows() -> list[tuple[str, dict[str, object]]]:
    every = formula_eval.load_pairs(SETS["formulas"])
    sizes = Counter(p.series for p in every)
    tuned = Counter(p.series for p in every if formula_eval.split_of(p) == "dev")
    pairs = [p for p in every if p.name in PAIRS]
    assert len(pairs) == len(PAIRS)
    rows = []
    for pair in pairs:
        row = sc.pair_counts(pair)
        row.update(sc.composition(pair, SETS["formulas"], sizes, tuned))
        rows.append(("dev", row))
    return rows


def test_origin_reads_the_pair_files_history() -> None:
    pairs = SETS["formulas"] / "pairs"
    assert sc.origin(pairs / "biden-scholz__2022-11-06.toml") == "always dev"
    assert sc.origin(pairs / "xi-albanese__2024-11-18.toml") == "always dev"
    assert sc.origin(pairs / "biden-abdullah__2024-04-14.toml") == "moved 2 Dec 2026"
    kept = next(p for p in sorted(pairs.glob("*.toml")) if "heldout = true" in p.read_text())
    assert sc.origin(kept) == "-"
    assert sc._history_order("moved 10 Dec 2026") > sc._history_order("moved 9 Dec 2026")


def test_composition_counts_and_report_quote_no_text() -> None:
    rows = _rows()
    every = formula_eval.load_pairs(SETS["formulas"])
    for _, row in rows:
        assert int(row["chars"]) > 500  # type: ignore[call-overload]
        assert row["n_events"] == sum(row["events"].values())  # type: ignore[attr-defined]
        assert row["language"] in ("en", "zh")
        series = [p for p in every if p.series == row["series"]]
        assert row["series_pairs"] == len(series)
        dev = sum(formula_eval.split_of(p) == "dev" for p in series)
        assert row["series_tuned"] == dev - 1  # a dev pair does not count itself
    # the two dev pairs as dev, the third standing in for a kept-aside part
    moved = next(r for _, r in rows if r["origin"] != "always dev")
    rows = [(g, r) for g, r in rows if r is not moved] + [("heldout", moved)]
    text = sc.report(rows)
    assert text.startswith("## all languages") and "### Reweighted" in text
    assert "| dev, always dev | 2 |" in text
    assert not any(name in text for name in PAIRS)
    pairs = [p for p in every if p.name in PAIRS]
    wordings = {w for p in pairs for e in p.events for w in (e.a, e.b) if w and len(w) > 12}
    assert not any(w in text for w in wordings)


def test_reweighting_gives_the_target_its_share_of_pairs() -> None:
    def row(lang: str, reports: int, noise: int, right: int) -> dict[str, object]:
        return {
            "language": lang, "reports": reports, "noise": noise, "right": right,
            "events": {"changed": 4}, "found": {"changed": right // 5},
        }  # fmt: skip

    source = [row("en", 10, 0, 10), row("en", 10, 0, 10), row("en", 10, 0, 10), row("zh", 10, 5, 0)]
    target = [row("en", 1, 0, 0), row("zh", 1, 0, 0), row("ru", 1, 0, 0)]
    weights, left = sc.reweight(source, target, sc.BUCKETS["language"])
    assert left == 1  # the Russian pair has no counterpart in the source
    assert weights == [2 / 3, 2 / 3, 2 / 3, 2.0]  # en and zh half the weight each, as in the target
    reports, noise, right, _, _ = sc.totals(source, weights)
    assert (reports, noise, right) == (40.0, 10.0, 20.0)
    assert sc.figures(sc.totals(source, weights))[:2] == (25.0, 200 / 3)
    assert sc.figures(sc.totals(source)) == (12.5, 600 / 7, 37.5)
    assert sc.BUCKETS["publisher"]({"language": "ru", "publisher": "kremlin"}) == "ru (all)"
    assert sc._band(7, (0, 6, 10, 15), "events") == "6-10 events"
    assert sc._band(20, (0, 6, 10, 15), "events") == "15+ events"


def test_cache_round_trip(tmp_path: Path) -> None:
    rows = [("dev", {"language": "en", "x": 1}), ("dev", {"language": "zh", "x": 2})]
    cache = tmp_path / "c.json"
    import json

    cache.write_text(json.dumps({"lang": None, "rows": rows}), encoding="utf-8")
    assert sc.cached(cache, "zh") == [("dev", {"language": "zh", "x": 2})]
    cache.write_text(json.dumps({"lang": "en", "rows": rows[:1]}), encoding="utf-8")
    assert sc.cached(cache, None) is None


def test_main_reads_the_cache_back(tmp_path: Path, capsys: object) -> None:
    import json

    rows = _rows()
    cache = tmp_path / "c.json"
    cache.write_text(json.dumps({"lang": None, "rows": rows}), encoding="utf-8")
    assert sc.main(["--cache", str(cache)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert out.startswith("## all languages") and "### Dev by history (turnover)" in out
