"""ser1: a series' recurring phrase and its rewording on one row, and ``check DIR`` seeing the
recurring phrases ``series`` sees (issue 10 point 4), on real readouts: e49's sunak-erdogan
(eval/outside, gov.uk) and the blinken-kuleba series (eval/series, State Department).

u52's walk left "UK-Türkiye relationship" as a ``dropped`` row of its own although it is the
rewording at meeting 4 of the ``changed`` row "relationship between the United Kingdom and
Türkiye", and ``check`` on the folder reporting only "stay in close touch" dropped where the
series' last column shows recurring phrases dropped too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readoutdiff import load
from readoutdiff.check.pair import run
from readoutdiff.check.rules import parse
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Order, Series, Timeline, build_series

ROOT = Path(__file__).resolve().parent.parent
SUNAK_ERDOGAN = sorted((ROOT / "eval" / "outside").glob("sunak-erdogan__*.txt"))
BLINKEN_KULEBA = sorted((ROOT / "eval" / "series" / "blinken-kuleba").glob("*.txt"))
FAISAL = sorted((ROOT / "eval" / "formulas").glob("blinken-faisal-bin-farhan__*.txt"))  # dev


@pytest.fixture(scope="module")
def sunak_erdogan() -> Series:
    return build_series([load(str(path)) for path in SUNAK_ERDOGAN])


@pytest.fixture(scope="module")
def blinken_kuleba() -> Series:
    return build_series([load(str(path)) for path in BLINKEN_KULEBA], order=Order.GIVEN)


@pytest.fixture(scope="module")
def faisal() -> Series:
    return build_series([load(str(path)) for path in FAISAL])


def _row(series: Series, text: str) -> Timeline:
    (row,) = [timeline for timeline in series.formulas if timeline.text == text]
    return row


def _marks(row: Timeline) -> list[tuple[bool, str | None, str | None]]:
    return [(c.present, c.fate and c.fate.value, c.wording) for c in row.cells]


def test_the_relationship_line_keeps_its_row_under_its_new_wording(sunak_erdogan: Series) -> None:
    assert len(SUNAK_ERDOGAN) == 6
    row = _row(sunak_erdogan, "relationship between the United Kingdom and Türkiye")
    new = "UK-Türkiye relationship"
    assert _marks(row)[3:] == [
        (True, "changed", new), (True, "persisted", new), (False, "dropped", None),
    ]  # fmt: skip
    assert row.trend.value == "changed" and row.last_seen == 5
    assert not [t for t in sunak_erdogan.formulas if t.text == new]
    text = render_series_text(sunak_erdogan, width=200)
    assert "seen 1–5 · absent 2 · dropped at 6 · changed: reworded at 4 → “UK-Türkiye" in text
    # 8 since en3: the condolences said otherwise at 2 are a changed row of their own
    assert "Formulas: 8 (3 dropped · 4 changed · 1 appeared)" in text


def test_a_mined_phrase_reworded_then_reworded_again_is_one_row(blinken_kuleba: Series) -> None:
    """ "blockage of agricultural exports" (19) → "blockage of Ukrainian agricultural exports"
    (20), a phrase of its own the comparison 20 → 21 found, → "Ukrainian food exports" (21)."""
    row = _row(blinken_kuleba, "blockage of agricultural exports")
    assert [fate for _, fate, _ in _marks(row)[18:]] == ["appeared", "changed", "changed"]
    assert row.cells[-1].wording == "Ukrainian food exports"
    assert not [t for t in blinken_kuleba.formulas if t.text == "Ukrainian agricultural exports"]


def test_a_lexicon_formula_keeps_its_own_row(blinken_kuleba: Series) -> None:
    """Only a phrase found in the readouts is folded: two lexicon formulas, one reworded into
    the other's words, stay two rows."""
    ids = {timeline.id for timeline in blinken_kuleba.formulas}
    assert {"russia-brutal-war", "brutal-premeditated", "security-assistance-ukraine"} <= ids


def test_check_on_the_folder_reports_the_recurring_phrases_dropped(tmp_path: Path) -> None:
    for path in SUNAK_ERDOGAN:
        shutil.copy(path, tmp_path)
    result = run([str(tmp_path)], parse(""))
    dropped = [f.message for o in result.outcomes for f in o.findings if "dropped" in f.message]
    assert dropped == [
        "recurring phrase “UK-Türkiye relationship” was dropped (old line 7)",
        "recurring phrase “criminal people smuggling gangs” was dropped (old line 9)",
        "formula “stay in close touch” was dropped (old line 15)",
    ]


def test_check_on_a_pair_of_files_is_as_before() -> None:
    """Two files are a pair, not a series: no phrase recurring over a folder is looked for."""
    result = run([str(path) for path in SUNAK_ERDOGAN[-2:]], parse(""))
    dropped = [f.message for o in result.outcomes for f in o.findings if "dropped" in f.message]
    assert dropped == ["formula “stay in close touch” was dropped (old line 15)"]


def test_a_rewording_sharing_one_word_is_folded_without_a_guard(faisal: Series) -> None:
    """ser2: no guard on the words the two wordings share. Over the dev and tuning series of 3+
    readouts the fold joins 18 phrases; the three wrong ones (two different lines linked by the
    pair) share a word with the line they are folded into ("climate crisis" / "humanitarian
    crisis in Gaza"), so a shared-word guard removes none of them, and a stricter one (two
    shared words) would split this right one: "unprovoked and unjustified attack" (1) said
    "his unprovoked and unlawful war" (2), the phrase "war" the comparison 2 → 3 mined."""
    assert len(FAISAL) == 3
    row = _row(faisal, "unprovoked and unjustified attack")
    assert [fate for _, fate, _ in _marks(row)] == [None, "changed", "changed"]
    support = _row(faisal, "strong international response in support of Ukrainian sovereignty")
    assert _marks(support)[1:] == [
        (True, "changed", "strong international support for Ukraine’s sovereignty"),
        (True, "changed", "international support for Ukraine"),
    ]
    assert {t.id for t in faisal.formulas} == {
        "unprovoked-unjustified", "strong-international-response-ukraine", "yemen-truce",
        "sovereignty-territorial-integrity",
    }  # fmt: skip
