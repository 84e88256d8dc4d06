"""The count behind a Russian lexicon wording (``benchmarks/lexicon_counts_ru.py``): case forms
are one wording, a wording is found only in a row, readouts and counterparts are counted apart.
Real Kremlin sentences (the evaluation set's dev texts) stand in for the scrape, which the tests
do not need."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import lexicon_counts_ru as counts  # noqa: E402
from build_background import Source  # noqa: E402

EVAL = ROOT / "eval" / "formulas"


def _source(name: str, counterpart: str) -> Source:
    text = (EVAL / name).read_text("utf-8")
    return Source(path=name, title=text.splitlines()[0], counterpart=counterpart, text=text)


def test_case_forms_of_a_wording_share_its_stems() -> None:
    assert counts.stems_of("стратегическое партнёрство") == counts.stems_of(
        "стратегического партнерства"
    )
    assert counts.stems_of("стратегическом партнёрстве") == counts.stems_of(
        "Стратегическое Партнёрство"
    )


def test_a_wording_is_counted_in_the_readouts_that_say_it_in_a_row() -> None:
    corpus = counts.readout_stems([
        _source("putin-mirziyoyev__2025-02-21__kremlin.txt", "узбекистан"),
        _source("putin-mirziyoyev__2025-05-03__kremlin.txt", "узбекистан"),
        _source("putin-bin-salman__2025-03-13__kremlin.txt", "саудовская аравия"),
    ])  # fmt: skip
    said = counts.count("стратегическое партнёрство и союзничество", corpus)
    assert [s.path for s in said] == ["putin-mirziyoyev__2025-02-21__kremlin.txt"]
    # "актуальные вопросы" stands in both B readouts, then different words follow
    assert len(counts.count("актуальные вопросы", corpus)) == 2
    longer = counts.count("актуальные вопросы двусторонней повестки дня", corpus)
    assert [s.path for s in longer] == ["putin-mirziyoyev__2025-05-03__kremlin.txt"]
    assert counts.count("партнёрство стратегическое", corpus) == []


def test_a_row_names_its_verdict_by_readouts_and_counterparts() -> None:
    one = _source("putin-mirziyoyev__2025-02-21__kremlin.txt", "узбекистан")
    other = _source("putin-mirziyoyev__2025-05-03__kremlin.txt", "узбекистан")
    third = _source("putin-bin-salman__2025-03-13__kremlin.txt", "саудовская аравия")
    line = counts.row("x", "w", [one, other, third], 3, 3)
    assert line.split("\t")[:3] == ["3", "2", "-"]
    assert counts.row("x", "w", [one, other, third], 3, 2).split("\t")[2] == "kept"


def test_runs_keep_no_function_word_at_an_edge_and_count_counterparts() -> None:
    corpus = counts.readout_stems([
        _source("putin-mirziyoyev__2025-05-03__kremlin.txt", "узбекистан"),
        _source("putin-bin-salman__2025-03-13__kremlin.txt", "саудовская аравия"),
    ])  # fmt: skip
    found = {stems: (n, people) for n, people, stems in counts.runs(corpus, 2, 2)}
    assert found[counts.stems_of("актуальные вопросы")] == (2, 2)
    assert found[counts.stems_of("Состоялся телефонный разговор Владимира Путина")] == (2, 2)
    assert not any(stems[0] in {"в", "с"} or stems[-1] in {"в", "с"} for stems in found)
