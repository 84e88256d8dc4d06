"""One sentence, one row of the series (branch u57, issue 10 points 4-5).

A phrase mined in one pair out of the words a phrase recurring over the series stands in had a
row of its own beside the recurring phrase's: two rows for one sentence, one saying it persisted
at a meeting, the other that it was reworded there. On real folders: the eight Herzog readouts
(harris-herzog, eval/formulas dev; biden-herzog, eval/outside tuning) and xi-rahmon (eval/outside
tuning, Chinese).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.model import FormulaSource
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, build_series
from readoutdiff.series.matrix import Cell, Fate, Timeline, Trend, _one_row_a_wording

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def herzog() -> Series:
    paths = [*(ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt")]
    paths += [*(ROOT / "eval" / "outside").glob("biden-herzog__*__wh.txt")]
    return build_series([load(p) for p in sorted(paths, key=lambda p: p.name.split("__")[1])])


def _rows(series: Series, words: str) -> list[Timeline]:
    return [row for row in series.formulas if words in row.text]


def test_the_recurring_phrase_tells_the_sentence_once_with_its_rewording(herzog: Series) -> None:
    # At 1 "the security situation in the West Bank", at 2 "the security and economic situation
    # in the West Bank": the recurring phrase's row and the phrase mined in pair 1-2 both stood
    # in those words at 1 and 2; the recurring row said "persisted" at 2, the mined "reworded".
    rows = _rows(herzog, "security situation in the West Bank")
    assert [row.id for row in rows] == ["recurring:situation-in-the-west-bank"]
    row = rows[0]
    assert [cell.fate and cell.fate.value for cell in row.cells[:5]] == [
        None, "changed", "dropped", "appeared", "dropped",
    ]  # fmt: skip
    # the recurring phrase is itself told changed at 2 (sym6: a formula reworded under its own
    # id is changed on its row), so its own change, not the folded row's, names the link
    assert row.cells[1].linked == "recurring:situation-in-the-west-bank"
    assert row.cells[1].wording == "security and economic situation in the West Bank"
    assert row.trend is Trend.CHANGED
    assert not any(row.id.startswith("mined:security-situation") for row in herzog.formulas)
    linked = {cell.linked for row in herzog.formulas for cell in row.cells if cell.linked}
    assert not any(link.startswith("mined:security-situation") for link in linked)
    out = render_series_text(herzog)
    assert out.count("security situation in the West Bank") == 1
    assert "Formulas: 33 (11 dropped · 21 changed · 1 appeared)" in out


def test_a_chinese_clause_said_by_two_rows_is_one_row() -> None:
    root = ROOT / "eval" / "outside"
    pairs = [tomllib.loads(p.read_text("utf-8")) for p in (root / "pairs").glob("xi-rahmon__*")]
    assert pairs and not any(pair["heldout"] for pair in pairs)  # tuning: its output may be read
    names = sorted({name for pair in pairs for name in (pair["a"], pair["b"])})
    series = build_series([load(root / name) for name in names])
    # one row, named by the phrase's own words beside its clause's change (branch dup2: the
    # clause read once keeps the phrase's own entry, which had given way to another copy of
    # the clause; the row then took the clause's words, "推动构建世代友好、休戚与共、…")
    words = "互利共赢的中塔命运共同体"
    (row,) = _rows(series, words)
    assert row.text == words and row.cells[1].linked == f"{row.id}/clause"
    assert f"“{words} (" not in render_series_text(series)


def _row(row_id: str, source: FormulaSource, topic: str, *cells: Cell) -> Timeline:
    return Timeline(
        id=row_id, text="a b", source=source, topic=topic, trend=Trend.STEADY, cells=cells,
        first_seen=1, last_seen=len(cells),
    )  # fmt: skip


def test_a_lexicon_row_stays_and_other_words_keep_their_row() -> None:
    said = Cell(present=True, fate=None, wording="a b")
    kept = Cell(present=True, fate=Fate.PERSISTED, wording="a b")
    other = Cell(present=True, fate=Fate.PERSISTED, wording="a b c")
    lexicon = _row("a-b", FormulaSource.BUILTIN, "", said, kept)
    mined = _row("mined:a-b", FormulaSource.MINED, "", said, kept)
    assert _one_row_a_wording([mined, lexicon]) == [lexicon]  # the mined row folds in
    assert _one_row_a_wording([lexicon, _row("b", FormulaSource.USER, "", said, kept)]) == [
        lexicon, _row("b", FormulaSource.USER, "", said, kept),
    ]  # fmt: skip
    apart = _row("mined:a-b-c", FormulaSource.MINED, "", said, other)  # other words at 2
    assert _one_row_a_wording([lexicon, apart]) == [lexicon, apart]
