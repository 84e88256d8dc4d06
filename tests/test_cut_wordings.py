"""`benchmarks/cut_wordings.py`'s tests of a wording cut mid-phrase, on the texts of dev pairs."""

from __future__ import annotations

from cut_wordings import cut_en, cut_ru, cut_zh
from eval_pairs import EVAL


def _at(readout: str, wording: str) -> tuple[str, int, int]:
    text = (EVAL / readout).read_text("utf-8")
    start = text.index(wording)
    return text, start, start + len(wording)


def test_english_an_object_after_its_preposition_and_a_wording_whole() -> None:
    # "… the effects of Russia’s war against Ukraine": the object the hand lists quote, counted.
    assert cut_en(*_at("biden-lula__2023-09-20__wh.txt", "Russia’s war against Ukraine")) == "start"
    assert cut_en(*_at("biden-lula__2023-09-20__wh.txt", "effects of Russia’s war")) == ""


def test_russian_the_noun_of_na_urovne_without_its_na() -> None:
    readout = "mirziyoyev-aliyev__2023-07-10__president-uz.txt"
    assert cut_ru(*_at(readout, "уровне правительств двух стран")) == "start"
    assert cut_ru(*_at(readout, "на уровне правительств двух стран")) == ""


def test_chinese_a_lone_and_at_the_start_not_the_he_of_heping() -> None:
    readout = "xi-tokayev__2025-06-16__cctv.txt"
    assert cut_zh(*_at(readout, "和全方位互利合作")) == "start"
    assert cut_zh(*_at(readout, "全方位互利合作")) == ""
    assert cut_zh(*_at("xi-starmer__2024-08-23__cctv.txt", "和平发展道路")) == ""
