"""benchmarks/split_gap.py: the splits' aggregate tables side by side, counts only, on real dev
pairs (English and Chinese)."""

from __future__ import annotations

import json
from pathlib import Path

import formula_eval
import score_formulas
import split_gap
from pytest import MonkeyPatch

PAIRS = ("biden-scholz__2022-11-06", "xi-albanese__2024-11-18")


def _rows() -> list[tuple[str, str, dict[str, object]]]:
    pairs = [p for p in formula_eval.load_pairs(split="dev") if p.name in PAIRS]
    assert len(pairs) == len(PAIRS)
    return [("dev", formula_eval.language_of(p), split_gap.pair_counts(p)) for p in pairs]


def test_counts_agree_with_the_scorer_and_quote_no_text() -> None:
    rows = _rows()
    pairs = [p for p in formula_eval.load_pairs(split="dev") if p.name in PAIRS]
    for (_, _, counts), pair in zip(rows, pairs, strict=True):
        result = formula_eval.judge(pair, score_formulas.run_tool(pair))
        assert counts["reports"] == len(result.judged)
        assert counts["noise"] == sum(j.noise for j in result.judged)
        assert counts["right"] == sum(j.right for j in result.judged)
        assert sum(n for n, _, _ in counts["steps"].values()) == len(result.judged)  # type: ignore[attr-defined]
        assert sum(counts["found"].values()) == len(result.found)  # type: ignore[attr-defined]
        changed = sum(e.status == "changed" for e in pair.events)
        missed = changed - counts["found"]["changed"]  # type: ignore[index]
        assert sum(counts["missed"].values()) == missed  # type: ignore[attr-defined]
        assert sum(counts["lengths"].values()) == changed  # type: ignore[attr-defined]
        assert counts["publisher"] == pair.publisher and counts["year"] == pair.name[-10:-6]
    text = split_gap.report(rows, most=1, gap=20.0)
    assert text.startswith("## all languages") and "## en" in text and "## zh" in text
    wordings = {w for p in pairs for e in p.events for w in (e.a, e.b) if w and len(w) > 12}
    assert not any(w in text for w in wordings)  # counts only: no hand-listed wording
    assert "| by_sides.fate |" in text
    assert "dev alone" not in text
    by_series = split_gap.report(rows, most=1, gap=20.0, by_series=True)
    assert "| | dev | dev alone |" in by_series  # the two pairs' series hold no other dev pair


def test_a_bucket_of_fewer_than_three_pairs_gives_its_size_only() -> None:
    rows = _rows()
    groups = {"dev": [counts for _, _, counts in rows]}
    table = split_gap.figures_by(groups, lambda r: "all", "bucket")
    assert "| all | (2 pairs) |" in table
    assert "pairs:" in split_gap.figures_by(groups, lambda r: "all", "bucket", fewest=2)
    series = split_gap._in_dev(groups)
    assert {series(r) for r in groups["dev"]} == {"1 dev pair"}
    assert series({"series": "no-such-series"}) == "no dev pair"


def test_classes_and_flags() -> None:
    assert (
        split_gap.coarse("no report either side: in one aligned pair, a replaced phrase on both")
        == "no report either side: in one aligned pair"
    )
    assert split_gap.coarse("one side reported (A: dropped)") == "one side reported (A: dropped)"
    cells = {"dev": [20, 18, 1], "heldout": [10, 5, 2], "aside": [10, 5, 3]}
    assert split_gap.fitted(cells, 10, 20.0) == "yes (+40)"
    assert split_gap.fitted(cells, 10, 50.0) == "+40"
    assert split_gap.fitted(cells, 21, 20.0) == ""
    assert [split_gap.era({"year": y}) for y in ("2017", "2022", "2024", "2025")] == [
        "-2020",
        "2021-22",
        "2023-24",
        "2025-",
    ]


def test_a_cache_of_one_language_is_not_read_as_all(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    # rev4: "--lang en --cache F" then "--cache F" printed the English pairs as "all languages".
    rows = _rows()  # an English pair and a Chinese one
    asked: list[str | None] = []

    def collect(lang: str | None = None) -> list[tuple[str, str, dict[str, object]]]:
        asked.append(lang)
        return [r for r in rows if not lang or r[1] == lang]

    monkeypatch.setattr(split_gap, "collect", collect)
    cache = tmp_path / "counts.json"
    assert split_gap.main(["--lang", "en", "--cache", str(cache)]) == 0
    assert split_gap.cached(cache, "en") == [r for r in rows if r[1] == "en"]
    assert split_gap.cached(cache, None) is None and split_gap.cached(cache, "zh") is None
    assert split_gap.main(["--cache", str(cache)]) == 0  # all asked: made again, kept
    assert asked == ["en", None]
    assert split_gap.cached(cache, None) == rows
    assert split_gap.cached(cache, "zh") == [r for r in rows if r[1] == "zh"]
    assert split_gap.main(["--lang", "zh", "--cache", str(cache)]) == 0  # read back
    assert asked == ["en", None]
    cache.write_text(json.dumps(rows), encoding="utf-8")  # the first layout: language unknown
    assert split_gap.cached(cache, None) is None
