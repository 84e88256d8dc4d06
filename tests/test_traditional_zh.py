"""A Traditional-Chinese readout and its Simplified version differ in script alone: no change.

The formula stage and the passages read a Traditional readout through Simplified characters
(:mod:`readoutdiff.languages.traditional`) and quote each side in its own characters. Inputs:
Sputnik's Traditional copy of a real readout (``tests/data/zh48``), the Simplified copies of
``eval/formulas/`` and those converted by OpenCC (``s2t``; ``t2s`` for the Sputnik page), as
each test says.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import opencc

from readoutdiff import compare
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.ingest import from_text, load
from readoutdiff.languages.zh import is_traditional, simplified
from readoutdiff.model import Comparison, FormulaStatus, Readout, Status
from readoutdiff.render import render_html, render_json, render_text

EVAL = Path(__file__).parent.parent / "eval" / "formulas"
SPUTNIK = (
    Path(__file__).parent
    / "data"
    / "zh48"
    / ("wangyi-faisal-bin-farhan__2023-11-03__sputnik-zh-hant.txt")
)
CHINANEWS = EVAL / "wangyi-faisal-bin-farhan__2023-11-03__chinanews.txt"
BEFORE = EVAL / "wangyi-faisal-bin-farhan__2023-10-14__mfa-zh.txt"
ALBANESE = (EVAL / "xi-albanese__2024-11-18__cctv.txt", EVAL / "xi-albanese__2025-07-15__cctv.txt")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _converted(path: Path, config: str) -> Readout:
    """The readout at ``path`` converted by OpenCC (``s2t`` or ``t2s``), read as a user's text."""
    return from_text(_converter(config).convert(path.read_text(encoding="utf-8")))


def _fates(comparison: Comparison) -> list[tuple[str, str]]:
    return [(formula.id, formula.status.value) for formula in comparison.formulas]


def _in_own_script(comparison: Comparison) -> None:
    """Every wording is its own readout's characters: read at its place, or (a quote the stage
    put together) made of characters its readout holds, in the readout's script."""
    for formula in comparison.formulas:
        for quote, readout, spans in (
            (formula.a_text, comparison.a, formula.a_spans),
            (formula.b_text, comparison.b, formula.b_spans),
        ):
            if quote is None:
                continue
            held = set(readout.text)
            assert all(char in held or not "\u4e00" <= char <= "\u9fff" for char in quote), quote
            if spans and quote == readout.text[spans[0].start : spans[0].end]:
                continue
            assert is_traditional(quote) == is_traditional(readout.text) or quote == simplified(
                quote
            ), quote


def test_a_real_traditional_copy_and_its_simplified_version_differ_in_nothing() -> None:
    """Sputnik's Traditional page against the same page converted to Simplified (OpenCC t2s):
    every passage unchanged, every formula persisted, the talks of the two sides (双方还就中沙
    关系交换了意见) and "中方願同沙特…加強溝通協作" among them, quoted in each side's script;
    the one key change says the script alone changed. Before zh48 it said 6 formulas changed
    (保持… → 保持… in the other script) and every passage changed."""
    traditional = load(str(SPUTNIK))
    simple = _converted(SPUTNIK, "t2s")
    assert is_traditional(traditional.text) and not is_traditional(simple.text)
    result = compare(simple, traditional)
    assert {alignment.status for alignment in result.alignments} == {Status.UNCHANGED}
    assert result.similarity == 1.0
    assert result.formulas and all(
        formula.status is FormulaStatus.PERSISTED and not formula.variant
        for formula in result.formulas
    )
    wordings = {formula.b_text: formula.a_text for formula in result.formulas}
    assert wordings["加強溝通協作"] == "加强沟通协作"
    assert wordings["全面戰略夥伴關係"] == "全面战略伙伴关系"
    _in_own_script(result)
    keys = key_changes(result)
    assert [key.kind for key in keys] == ["minor-only"]
    assert keys[0].summary.startswith("Only the script changed: 11 passages written in other")
    assert _fates(compare(traditional, simple)) == _fates(result)


def test_the_talks_and_wish_lines_persist_across_scripts() -> None:
    """The Xi–Albanese readout of 2024-11-18 (eval/formulas, CCTV) against itself converted to
    Traditional (OpenCC s2t): the talks line ("我们在北京就…进行了深入沟通") and the line of
    what China is willing to do (愿 → 願: "愿同中方加强多边沟通") persist; before zh48 both were
    dropped and appeared again as new, and 26 formulas were changed by their script."""
    simple, traditional = load(str(ALBANESE[0])), _converted(ALBANESE[0], "s2t")
    result = compare(simple, traditional)
    fates = dict(_fates(result))
    assert fates["mined:talks"] == fates["mined:concert"] == "persisted"
    assert set(fates.values()) == {"persisted"}
    concert = next(f for f in result.formulas if f.id == "mined:concert")
    assert (concert.a_text, concert.b_text) == ("愿同中方加强多边沟通", "願同中方加強多邊溝通")
    assert result.b.text[concert.b_spans[0].start : concert.b_spans[0].end] == concert.b_text


def test_a_real_pair_tells_the_same_events_in_either_script() -> None:
    """A real consecutive pair, Xi–Albanese 2024-11-18 → 2025-07-15 (CCTV, eval/formulas), in
    Simplified and converted to Traditional (OpenCC s2t) on both sides, then one side each:
    the same events (ids and fates, in one order), each wording in its own readout's script."""
    simple = compare(load(str(ALBANESE[0])), load(str(ALBANESE[1])))
    traditional = compare(_converted(ALBANESE[0], "s2t"), _converted(ALBANESE[1], "s2t"))
    mixed = compare(load(str(ALBANESE[0])), _converted(ALBANESE[1], "s2t"))
    assert {status for _, status in _fates(simple)} >= {"appeared", "changed", "dropped"}
    assert _fates(traditional) == _fates(simple) == _fates(mixed)
    for result in (traditional, mixed):
        _in_own_script(result)
        for told, same in zip(result.formulas, simple.formulas, strict=True):
            for quote, simple_quote in ((told.a_text, same.a_text), (told.b_text, same.b_text)):
                assert (quote is None) == (simple_quote is None)
                assert quote is None or simplified(quote) == simplified(simple_quote or "")
    simple_keys, mixed_keys = key_changes(simple), key_changes(mixed)
    assert [k.summary for k in simple_keys] == [simplified(k.summary) for k in mixed_keys]
    for key in mixed_keys:  # A's quotes as A writes them, B's in Traditional (a long one cut)
        assert key.a_text is None or key.a_text.strip("…") in simple.a.text
        assert key.b_text is None or key.b_text.strip("…") in mixed.b.text
    added = [k.summary for k in mixed_keys if k.kind == "passage-added"]
    assert added and all(is_traditional(summary) for summary in added)


def test_a_real_traditional_copy_after_a_simplified_readout() -> None:
    """Wang Yi–Faisal, 2023-10-14 (MFA, Simplified) → 2023-11-03 as Sputnik's Traditional page
    (real) tells what the same pair tells with the page converted to Simplified (OpenCC t2s);
    the 2023-10-14 readout converted to Traditional (s2t) before it too."""
    before, page = load(str(BEFORE)), load(str(SPUTNIK))
    simple = compare(before, _converted(SPUTNIK, "t2s"))
    assert _fates(compare(before, page)) == _fates(simple)
    assert _fates(compare(_converted(BEFORE, "s2t"), page)) == _fates(simple)
    _in_own_script(compare(before, page))


def test_the_views_quote_each_side_in_its_own_script() -> None:
    """China News Service's Simplified release (eval/formulas) against Sputnik's Traditional
    copy: Sputnik's lead adds "中國" ("中國外交部長"), a real change told once, in each side's
    characters; the persisted formulas are quoted so in the terminal, JSON and HTML views, the
    HTML marking B's wordings ``lang="zh-Hant"``."""
    result = compare(load(str(CHINANEWS)), load(str(SPUTNIK)))
    changed = [f for f in result.formulas if f.status is not FormulaStatus.PERSISTED]
    assert [f.status.value for f in changed] == ["changed"]
    assert "中國外交部長" in (changed[0].b_text or "") and "外交部长" in (changed[0].a_text or "")
    text = render_text(result)
    assert "“加强沟通协作” → “加強溝通協作”" in text
    data = json.loads(render_json(result))
    kept = next(f for f in data["formulas"] if f["a"] == "加强沟通协作")
    assert kept["b"] == "加強溝通協作" and kept["b_spans"][0]["text"] == "加強溝通協作"
    html = render_html(result)
    assert re.search(r'lang="zh-Hant">加強溝通協作<', html)
    assert re.search(r'lang="zh-Hans">加强沟通协作<', html)


def test_formulas_on_one_traditional_readout_are_those_of_its_simplified_version() -> None:
    """``readoutdiff formulas`` on Sputnik's Traditional page (real) and on the Wang Yi–Faisal
    readout of 2023-10-14 converted to Traditional (OpenCC s2t) finds the formulas of the
    Simplified text, at the same places, each quoted in the readout's own characters (the
    matcher and the background read Chinese through Simplified characters already; ux29)."""
    from readoutdiff.formulas import find_formulas

    for own, simple in (
        (load(str(SPUTNIK)), _converted(SPUTNIK, "t2s")),
        (_converted(BEFORE, "s2t"), load(str(BEFORE))),
    ):
        found, wanted = find_formulas(own), find_formulas(simple)
        assert [(o.id, o.span) for o in found] == [(o.id, o.span) for o in wanted]
        assert len(found) >= 3
        assert all(o.text == own.text[o.span.start : o.span.end] for o in found)
