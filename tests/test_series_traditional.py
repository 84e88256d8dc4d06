"""A series tells the same rows whichever script each of its Chinese readouts is written in.

Inputs, all real: the Wang Yi–Faisal readouts of ``eval/formulas/`` (MFA 2023-10-14, China
News Service 2023-11-03) beside Sputnik's Traditional copy of the second (``tests/data/zh48``),
and the four Xi–Lula readouts of ``eval/formulas/`` (CCTV), every other one or all of them
converted to Traditional characters by OpenCC (``s2t``). A series built from the Simplified
readouts is the reference; each cell is quoted in its own readout's characters.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import opencc

from readoutdiff.ingest import from_text, load
from readoutdiff.languages.zh import is_traditional
from readoutdiff.model import Readout
from readoutdiff.render.series_labels import change_words, row_names
from readoutdiff.series.build import build_series
from readoutdiff.series.matrix import Timeline

EVAL = Path(__file__).parent.parent / "eval" / "formulas"
SPUTNIK = next((Path(__file__).parent / "data" / "zh48").glob("*__sputnik-zh-hant.txt"))
FAISAL = (
    EVAL / "wangyi-faisal-bin-farhan__2023-10-14__mfa-zh.txt",
    EVAL / "wangyi-faisal-bin-farhan__2023-11-03__chinanews.txt",
)
LULA = tuple(sorted(EVAL.glob("xi-lula__*__cctv.txt")))


@cache
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _read(path: Path, traditional: bool = False) -> Readout:
    text = path.read_text(encoding="utf-8")
    return from_text(_to_traditional().convert(text) if traditional else text, path=path.name)


def _rows(timelines: tuple[Timeline, ...]) -> list[tuple[object, ...]]:
    """Each row's id and, at each meeting, its presence, fate, link, return and change kinds."""
    return [
        (row.id, [(c.present, c.fate, c.linked, c.returned, c.worded) for c in row.cells])
        for row in timelines
    ]


def _labels(timelines: tuple[Timeline, ...]) -> list[str]:
    """What each row's cells say changed, as the text view writes it."""
    names = row_names(timelines)
    return [
        label for row in timelines for cell in row.cells for label in change_words(row, cell, names)
    ]


def _quoted_in_own_script(timelines: tuple[Timeline, ...], readouts: list[Readout]) -> None:
    for row in timelines:
        for cell, readout in zip(row.cells, readouts, strict=True):
            if cell.wording is not None:
                assert cell.wording in readout.text, (row.id, cell.wording)


def test_a_traditional_page_in_a_series_tells_no_rewording_of_its_script() -> None:
    """Sputnik's Traditional page after the MFA's Simplified readout tells the rows the China
    News Service's Simplified copy tells: before ux29 "两国方案" and "国际社会" read "reworded at
    2 → “兩國方案”" where the Simplified copy tells the wording around them changed."""
    simple = build_series([_read(FAISAL[0]), _read(FAISAL[1])])
    readouts = [_read(FAISAL[0]), load(str(SPUTNIK))]
    mixed = build_series(readouts)
    assert _rows(mixed.formulas) == _rows(simple.formulas)
    _quoted_in_own_script(mixed.formulas, readouts)
    labels = _labels(mixed.formulas)
    assert labels == _labels(simple.formulas)
    assert not any("reworded" in label for label in labels), labels


def test_a_series_alternating_scripts_tells_the_same_rows() -> None:
    """Xi–Lula's four CCTV readouts, the 2nd and 4th converted to Traditional: the same rows
    and fates as the Simplified series (before ux29 the rows compared wordings raw and told
    ``background:反-对-单-边-主-义`` and two more differently), each cell in its own script."""
    simple = build_series([_read(path) for path in LULA])
    readouts = [_read(path, traditional=n % 2 == 1) for n, path in enumerate(LULA)]
    assert [is_traditional(r.text) for r in readouts] == [False, True, False, True]
    mixed = build_series(readouts)
    assert _rows(mixed.formulas) == _rows(simple.formulas)
    _quoted_in_own_script(mixed.formulas, readouts)


def test_a_series_all_in_traditional_tells_the_same_rows() -> None:
    """The four Xi–Lula readouts all converted to Traditional: the phrases recurring in the
    series are learnt through Simplified characters, as the formula stage reads them (before
    ux29 the recurring phrases and two rows differed)."""
    simple = build_series([_read(path) for path in LULA])
    readouts = [_read(path, traditional=True) for path in LULA]
    mixed = build_series(readouts)
    assert _rows(mixed.formulas) == _rows(simple.formulas)
    _quoted_in_own_script(mixed.formulas, readouts)
