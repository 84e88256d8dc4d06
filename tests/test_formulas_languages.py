"""Formulas across languages: one event per lexicon id, never words of two languages compared."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, from_text
from readoutdiff.compare import ACROSS_LANGUAGES_NOTE
from readoutdiff.ingest import load
from readoutdiff.model import Comparison, FormulaSource, FormulaStatus

BILINGUAL = Path(__file__).resolve().parent.parent / "eval" / "bilingual"


def _fates(result: Comparison) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.status.value, f.id, f.a_text, f.b_text) for f in result.formulas]


def test_a_formula_in_english_and_chinese_is_one_persisted_event() -> None:
    a = from_text(
        "China and Russia firmly support each other's core interests. "
        "They deepen practical cooperation. They oppose power politics."
    )
    b = from_text("中俄坚定支持彼此核心利益。双方深化务实合作。")
    result = compare(a, b)
    assert _fates(result) == [
        ("persisted", "core-interests", "core interests", "核心利益"),
        ("persisted", "practical-cooperation", "practical cooperation", "务实合作"),
    ]  # no "changed" phrase read off "firmly support" vs "坚定支持彼此"; "power politics" has
    # no Chinese wording in the lexicon, so the tool cannot say the Chinese dropped it
    assert all(f.variant for f in result.formulas)
    assert ACROSS_LANGUAGES_NOTE in result.notes
    swapped = compare(b, a)
    assert [(s, i, y, x) for s, i, x, y in _fates(swapped)] == _fates(result)


def test_one_language_keeps_word_level_formula_changes() -> None:
    a = from_text("China and Russia firmly support each other's core interests.")
    b = from_text("China and Russia resolutely defend each other's core interests.")
    result = compare(a, b)
    assert ACROSS_LANGUAGES_NOTE not in result.notes
    assert any(f.status is FormulaStatus.CHANGED for f in result.formulas)


def test_real_translation_keeps_formulas_by_id() -> None:
    # MFA English and the Xinhua Chinese of the Xi–Trump call of 2018-03-09 (eval/bilingual);
    # the English copy is cut inside its third paragraph, the Chinese goes on.
    a = load(str(BILINGUAL / "xi-trump__2018-03-09__mfa.txt"))
    b = load(str(BILINGUAL / "xi-trump__2018-03-09__mfa-zh.txt"))
    result = compare(a, b)
    persisted = {
        f.id: (f.a_text, f.b_text) for f in result.formulas if f.status.value == "persisted"
    }
    assert persisted == {
        "korean-denuclearization": ("denuclearization of the Korean Peninsula", "朝鲜半岛无核化")
    }
    # The rest stand in the Chinese paragraph the English copy does not reach.
    appeared = {f.id for f in result.formulas if f.status is FormulaStatus.APPEARED}
    assert appeared == {"sound-steady-development", "mutual-respect", "win-win-cooperation"}
    assert all(f.source is not FormulaSource.MINED for f in result.formulas)
    assert not any(f.status is FormulaStatus.DROPPED for f in result.formulas)


def test_real_russian_translation_keeps_a_formula_by_id() -> None:
    a = load(str(BILINGUAL / "lukashenko-putin__2022-07-11__presidentby.txt"))
    b = load(str(BILINGUAL / "lukashenko-putin__2022-07-11__belta-ru.txt"))
    assert _fates(compare(a, b)) == [
        (
            "persisted",
            "special-military-operation",
            "special military operation",
            "специальной военной операции",
        )
    ]
