"""The real series evaluation folders hold together, and the series scorer counts right."""

from __future__ import annotations

import score_series

SERIES = score_series.all_series()


def test_there_is_a_series_of_six_readouts_or_more() -> None:
    assert SERIES
    assert all(len(s.files) >= 6 for s in SERIES)


def test_expected_wordings_occur_in_their_readouts() -> None:
    for series in SERIES:
        texts = {f.stem.split("__")[1]: f.read_text(encoding="utf-8") for f in series.files}
        assert len(texts) == len(series.files), "one readout per date"
        sources = (series.files[0].parent / "SOURCES.md").read_text(encoding="utf-8")
        for path in series.files:
            assert path.stem.split("__")[0] == series.name
            assert f"`{path.name}`" in sources
        for rec in series.recurring:
            assert len(rec.wordings) >= 2, rec.id
            for date, wording in rec.wordings.items():
                assert wording in texts[date], (rec.id, date)
        everything = "".join(texts.values())
        for name in series.not_formulas:
            assert name in everything, name


def test_judging_a_series() -> None:
    series = next(s for s in SERIES if s.name == "blinken-kuleba")
    Row = score_series.Row
    core = Row("core", "sovereignty and territorial integrity")
    for date in ("2022-03-10", "2022-03-11", "2022-03-15"):
        core.wording[date] = "sovereignty and territorial integrity"
    core.fate.update({"2022-03-11": "persisted", "2022-03-15": "changed"})
    name = Row("name", "State Antony J")
    name.wording["2022-03-10"] = "Secretary of State Antony J. Blinken"
    result = score_series.judge_series(series, [core, name])
    steps = {(a, b): ok for rid, a, b, ok in result.mutation_steps if rid == "support-sovereignty"}
    assert steps[("2022-03-10", "2022-03-11")] is False
    assert steps[("2022-03-11", "2022-03-15")] is True
    assert result.coverage["support-sovereignty"] == 3 / 13
    assert [row.id for row, _ in result.noise] == ["name"]


def test_scorer_runs_the_cli_on_the_real_series() -> None:
    series = SERIES[0]
    result = score_series.judge_series(series, score_series.run_series(series))
    assert result.rows
    assert all(0.0 <= c <= 1.0 for c in result.coverage.values())
    text = score_series.report(result, verbose=True)
    assert "mutation steps marked changed" in text


def test_there_is_a_held_out_series_besides_blinken_kuleba() -> None:
    names = {s.name for s in SERIES}
    assert {"blinken-kuleba", "sherman-quint"} <= names


def test_total_table_sums_the_series() -> None:
    results = []
    for series in SERIES:
        rec = series.recurring[0]
        date, wording = next(iter(rec.wordings.items()))
        row = score_series.Row("one", wording)
        row.wording[date] = wording
        results.append(score_series.judge_series(series, [row, score_series.Row("empty", "x")]))
    lines = score_series.table("## total", results)
    formulas = sum(len(s.recurring) for s in SERIES)
    assert (
        f"| noise rows (lower is better) | {score_series._share(len(SERIES), 2 * len(SERIES))} |"
        in lines
    )
    found = sum(len(r.wordings) <= 2 for s in SERIES for r in s.recurring[:1])
    assert f"({found}/{formulas})" in lines[4]
