"""`benchmarks/one_sided_noise.py` tells who says a wording and which candidate shape it has."""

from __future__ import annotations

from pathlib import Path

import one_sided_noise as osn

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _text(name: str) -> str:
    return (EVAL / name).read_text(encoding="utf-8")


def test_a_chinese_clause_is_told_by_its_speaker_before_the_verb_of_saying() -> None:
    text = _text("xi-ruto__2024-09-03__cctv.txt")
    assert osn.speaker(text, "中肯友好源远流长", "zh") == "said: Chinese side"  # 习近平指出
    assert osn.speaker(text, "感谢中方主办这次中非合作论坛北京峰会", "zh") == "said: other party"
    assert osn.speaker(text, "not in this readout", "zh") == "not in the text"


def test_an_english_wording_is_reported_speech_after_said_and_narration_else() -> None:
    said = _text("starmer-erdogan__2024-07-11__gov-uk.txt")
    told = _text("trudeau-karins__2022-01-27__pm-gc-ca.txt")
    assert osn.speaker(said, "see an immediate ceasefire", "en") == "said"
    assert osn.speaker(told, "shared values", "en") == "narration"


def test_the_shapes_read_the_wording_in_its_language() -> None:
    shape = osn.SHAPES
    assert shape["a quotation mark the wording opens or closes alone"](
        "bring a “first of a kind", "en"
    )
    assert not shape["a quotation mark the wording opens or closes alone"]("共建“一带一路”", "zh")
    assert shape["Chinese: the other party's wish (X方愿同中方, 希望X方)"](
        "肯方愿同中方密切协调配合", "zh"
    )
    assert shape["Chinese: an anniversary of relations (建交N周年)"]("今年是中刚建交60周年", "zh")
    assert not shape["Chinese: 4 characters or fewer"]("shared values", "en")
    assert shape["English: two words"]("shared values", "en")
    assert shape["Russian: topical questions discussed (актуальные вопросы)"](
        "обсудили актуальные вопросы", "ru"
    )


def test_a_class_row_counts_noise_right_and_wrong_with_their_series_per_set() -> None:
    def report(where: str, series: str, verdict: str) -> osn.Report:
        return osn.Report(
            where, f"{series}__2024-01-01", series, "en", verdict, "dropped", "shared values",
            "builtin", "by_sides.fate", "narration",
        )  # fmt: skip

    reports = [
        report("young dev", "a", "noise"),
        report("young dev", "b", "noise"),
        report("young dev", "b", "right"),
        report("tuning", "c", "wrong"),
    ]
    rows = osn.counts(reports, lambda r: r.step)
    assert rows == ["| by_sides.fate | 2 (2) / 1 (1) / 0 (0) | 0 (0) / 0 (0) / 1 (1) |"]
    assert osn.counts(reports, lambda r: None) == []
