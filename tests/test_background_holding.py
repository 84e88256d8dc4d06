"""A background phrase that holds one lexicon formula's wording is told under that formula's id
(formulas/entries/told_once.py ``formula_named``, ``formula_in``; tracking.py
``find_formulas``): branch dup7, on real pairs of the evaluation and outside sets and on u69's
copy of a Xinhua readout. The matcher takes the longest wording at a place, so "坚定奉行一个中国政策"
(a background phrase) hid the lexicon's ``one-china-policy`` inside it: a ``watch`` on that id
read "not in either readout" when both readouts said it."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.check.apply import check
from readoutdiff.check.rules import parse
from readoutdiff.formulas import find_formulas
from readoutdiff.formulas.entries.told_once import (
    _one_formula,
    _phrases,
    _Wordings,
    _wordings,
    formula_in,
    formulas_held,
)
from readoutdiff.formulas.lexicon import background
from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.model import Entry, Lexicon

ROOT = Path(__file__).resolve().parent.parent
_RULES = '[[watch]]\nid = "one-china-policy"\n[[forbid]]\nid = "one-china-policy"\n'


def _compare(folder: str, series: str, old: str, new: str):  # noqa: ANN202 - a Comparison
    a, b = (load(ROOT / "eval" / folder / f"{series}__{day}__cctv.txt") for day in (old, new))
    return compare(a, b)


def _outcomes(comparison):  # noqa: ANN001, ANN202 - the watch and the forbid rule's outcomes
    result = check(comparison, parse(_RULES))
    return tuple(o for o in result.outcomes if o.rule.id == "one-china-policy")


def test_the_one_china_phrases_of_the_background_hold_the_formula() -> None:
    # every Chinese background phrase that holds one formula of the built-in lexicon
    lexicon = lexicons.builtin()
    found = {i: formula_in(lexicon, i, "zh") for i in _phrases("zh")}
    holding = {i: e for i, e in found.items() if e is not None}
    phrase = phrase_id("background", "坚定奉行一个中国政策")
    assert holding[phrase].id == "one-china-policy"
    assert {e.id for e in holding.values()} == {"one-china-policy"}


def test_a_phrase_holding_two_formulas_names_none() -> None:
    wordings = _wordings(lexicons.builtin())
    assert _one_formula("坚定奉行一个中国政策", wordings).id == "one-china-policy"
    # 新时代 and 全面战略伙伴关系 (战略伙伴关系 inside it does not count as a third)
    assert _one_formula("将中匈关系提升为新时代全天候全面战略伙伴关系", wordings) is None
    assert _one_formula("全面战略伙伴关系", wordings).id == "comprehensive-strategic-partnership"


def test_a_kept_phrase_is_the_formula_kept() -> None:
    # Outside tuning: both readouts say "…坚定奉行一个中国政策"; the hand list has it persisted.
    comparison = _compare("outside", "zhaoleji-lawrence-wong", "2025-06-24", "2026-03-26")
    [entry] = [f for f in comparison.formulas if f.a_text == "坚定奉行一个中国政策"]
    assert (entry.status.value, entry.b_text) == ("persisted", "坚定奉行一个中国政策")
    assert (entry.id, entry.source.value) == ("one-china-policy", "builtin")
    watch, forbid = _outcomes(comparison)
    assert not watch.findings and watch.summary.startswith("persisted")  # was "not in either"
    assert forbid.findings  # was "absent from the new readout"


def test_a_reworded_phrase_keeps_its_kind_and_check_reads_the_formula_kept() -> None:
    # Dev: "德国新政府坚持一个中国政策" -> "坚定奉行一个中国政策", changed (the hand list): both
    # wordings hold the formula's, so a watch on it reads it kept.
    comparison = _compare("formulas", "xi-merz", "2025-05-23", "2026-02-25")
    [entry] = [f for f in comparison.formulas if f.b_text == "坚定奉行一个中国政策"]
    assert (entry.status.value, entry.id) == ("changed", "one-china-policy/reworded")
    watch, forbid = _outcomes(comparison)
    assert not watch.findings and watch.summary.startswith("persisted")
    assert forbid.findings


def test_a_dropped_clause_around_the_phrase_is_the_formula_dropped() -> None:
    # Dev: "英方长期坚持一个中国政策立场没有改变" dropped (the hand list): a watch fails.
    comparison = _compare("formulas", "xi-starmer", "2024-08-23", "2024-11-18")
    [entry] = [f for f in comparison.formulas if "一个中国政策" in (f.a_text or "")]
    assert (entry.status.value, entry.id) == ("dropped", "one-china-policy")
    watch, forbid = _outcomes(comparison)
    assert watch.findings and "it must persist" in watch.summary
    assert not forbid.findings


def test_formulas_of_one_readout_name_the_formula_in_the_phrase() -> None:
    # u69: Traditional characters; line 6's "堅定奉行一個中國政策" was listed as a background
    # phrase, the formula said there only under the phrase's name.
    readout = load(ROOT / "tests" / "data" / "u69" / "wangyi-barrot__2025-06-06__xinhua-zh.txt")
    found = [(o.id, o.text, o.source.value) for o in find_formulas(readout)]
    assert ("one-china-policy", "堅定奉行一個中國政策", "builtin") in found
    assert ("one-china-policy", "一個中國政策", "builtin") in found
    assert not any(i.startswith("background:") and "政策" in t for i, t, _ in found)


def test_the_built_in_table_is_the_build() -> None:
    # branch sp88: the built-in lexicon's answers are read from data/background_formulas.tsv;
    # after a change to formulas.toml or a background file, run
    # benchmarks/build_background_formulas.py
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import build_background_formulas

    text = build_background_formulas.build()
    assert background.HELD.read_text("utf-8") == text, "rebuild background_formulas.tsv"


def test_the_table_answers_as_the_lexicon_read_afresh() -> None:
    # the built-in lexicon, as compare() and as a run (merged with no file) hold it: the table;
    # each answer the entry reading the wordings finds
    builtin = lexicons.builtin()
    for lexicon in (builtin, lexicons.chosen()):
        assert _wordings(lexicon).builtin
        for language in ("en", "ru", "zh"):
            wordings = _Wordings(Lexicon(entries=lexicon.entries))
            wordings.builtin = False
            for phrase, text in _phrases(language).items():
                assert formula_in(lexicon, phrase, language) is _one_formula(text, wordings)
    held = formulas_held(builtin, "zh")
    # 3 phrases since bg3 (坚持奉行一个中国政策 left the background with batch 80's counterparts)
    assert set(held.values()) == {"one-china-policy"} and len(held) == 3


def test_a_users_lexicon_is_read_afresh() -> None:
    # a lexicon with one entry more is no built-in one: its wordings are read (the longer
    # wording holds one-china-policy's, which then does not count)
    extra = Entry(id="firmly-one-china", text="x", zh=("坚定奉行一个中国政策",))
    lexicon = Lexicon(entries=(*lexicons.builtin().entries, extra))
    assert not _wordings(lexicon).builtin
    phrase = phrase_id("background", list("坚定奉行一个中国政策"))
    assert formula_in(lexicons.builtin(), phrase, "zh").id == "one-china-policy"
    assert formula_in(lexicon, phrase, "zh").id == "firmly-one-china"
