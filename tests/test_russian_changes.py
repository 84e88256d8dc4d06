"""Russian rewordings in aligned passages, on the real Kremlin lines of the evaluation set's
dev pair putin-bin-salman (eval/formulas): a swapped governor before a kept formula is a
*changed* formula; the same word in another case, or another order of the same words, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.lexicon.lexicon import builtin, merge
from readoutdiff.formulas.mining.noise import why
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS, STOPS
from readoutdiff.formulas.words.wording import same_formula
from readoutdiff.ingest import from_text
from readoutdiff.languages import function_stems, ru
from readoutdiff.model import Entry, FormulaSource, FormulaStatus, Lexicon, Options

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
A = EVAL / "putin-bin-salman__2025-02-20__kremlin.txt"
B = EVAL / "putin-bin-salman__2025-03-13__kremlin.txt"
OPEC_A = (
    "Стороны продолжат тесно взаимодействовать в рамках «ОПЕК плюс» в целях поддержания "
    "стабильности глобального нефтяного рынка."
)
"""A's line, as the readout says it."""
OPEC_B = (
    "Подчёркнута значимость этого уникального формата для обеспечения стабильности глобального "
    "нефтяного рынка, сохранения баланса между спросом и предложением в интересах как "
    "производителей, так и потребителей сырья."
)
"""B's line, as the readout says it."""


def _changed(a_text: str, b_text: str) -> list[tuple[str | None, str | None]]:
    comparison = compare(from_text(a_text), from_text(b_text))
    return [(f.a_text, f.b_text) for f in comparison.formulas if f.status is FormulaStatus.CHANGED]


def test_a_swapped_governor_of_a_kept_formula_is_a_changed_formula() -> None:
    formulas = compare(load(A), load(B)).formulas
    changed = [(f.a_text, f.b_text) for f in formulas if f.status is FormulaStatus.CHANGED]
    assert (
        "поддержания стабильности глобального нефтяного рынка",
        "обеспечения стабильности глобального нефтяного рынка",
    ) in changed
    kept = [f.a_text for f in formulas if f.status is FormulaStatus.PERSISTED]
    assert "стабильности глобального нефтяного рынка" in kept  # the formula itself stays


def test_the_same_governor_in_another_case_is_no_change() -> None:
    # Both lines, then A's governor said in the case "по" takes: one word, two forms.
    title = "Телефонный разговор с Наследным принцем Саудовской Аравии\n\n"
    a_text = title + OPEC_A + "\n" + OPEC_B + "\n"
    b_text = title + OPEC_A.replace("в целях поддержания", "по поддержанию") + "\n" + OPEC_B + "\n"
    assert not _changed(a_text, b_text)


@pytest.mark.parametrize("qualifier", ["российско-саудовского", "всестороннего"])
def test_a_qualifier_before_a_formula_governs_nothing(qualifier: str) -> None:
    # An adjective (by its ending) or a compound's part qualifies the formula mined from
    # both lines ("сотрудничества в интересах народов двух стран"): no governor.
    title = "Телефонный разговор с Наследным принцем Саудовской Аравии\n\n"
    line = "Стороны подтвердили настрой на дальнейшее развитие {} сотрудничества в интересах народов двух стран."
    a_text = title + line.format(qualifier) + "\n" + OPEC_A + "\n"
    b_text = title + line.format("взаимовыгодного") + "\n" + OPEC_A + "\n"
    # (The qualifier swapped inside the complement of "Стороны подтвердили настрой на
    # дальнейшее развитие" is a reworded complement; no entry starts on the qualifier.)
    assert not any((a or "").startswith(qualifier) for a, _ in _changed(a_text, b_text))


def test_russian_function_words_are_stop_words_by_script() -> None:
    assert [s in STOPS for s in ("the", "в", "такж", "сотрудничеств", "war")] == [
        True, True, True, False, False,
    ]  # fmt: skip
    # Written out in ru.py so that English runs load no stemmer: Snowball gives the same stems.
    assert function_stems("ru") == frozenset(map(ru.stem, ru.FUNCTION_WORDS)) == ru.FUNCTION_STEMS
    assert STOPS == STOP_WORDS | ru.FUNCTION_STEMS


def test_a_pronoun_or_another_order_of_the_same_words_is_one_formula() -> None:
    # B's "подтверждён настрой на его дальнейшее развитие": "его" is a function word.
    assert same_formula("его дальнейшее развитие", "дальнейшее развитие")
    # A's "в Эр-Рияде 18 февраля" is B's "18 февраля в Эр-Рияде", reordered.
    assert same_formula("в Эр-Рияде 18 февраля", "18 февраля в Эр-Рияде")
    # Inflection: Snowball stems make the two cases one word.
    assert same_formula(
        "дальнейшее поступательное развитие", "дальнейшего поступательного развития"
    )
    assert not same_formula("поддержания стабильности", "обеспечения стабильности")


BOILERPLATE_SAID = {
    "телефонный разговор": ("телефон", "разговор"),
    "телефонный звонок": ("телефон", "звонок"),
    "телефонного звонка": ("телефон", "звонк"),
    "поговорил по телефону": ("поговор", "по", "телефон"),
    "разговор по телефону": ("разговор", "по", "телефон"),
    "обменялись мнениями": ("обменя", "мнен"),
    "провёл переговоры": ("провел", "переговор"),
    "по просьбе": ("по", "просьб"),
    "состоялся по инициативе": ("состоя", "по", "инициатив"),
    "по приглашению": ("по", "приглашен"),
    "обе стороны": ("об", "сторон"),
    "обеих сторон": ("обе", "сторон"),
    "видеоконференции": ("видеоконференц",),
    "видеосвязи": ("видеосвяз",),
    "официальным визитом": ("официальн", "визит"),
    "находится в России": ("наход", "в", "росс"),
    "узком составе": ("узк", "состав"),
    "в Кремле": ("в", "кремл"),
    "Состоялась встреча": ("состоя", "встреч"),
    "приняли участие": ("приня", "участ"),
    "обмен мнениями": ("обм", "мнен"),
    "членов делегаций": ("член", "делегац"),
    "церемония": ("церемон",),
    "заявлениями для прессы": ("заявлен", "для", "пресс"),
    "тет-а-тет": ("тет-а-тет",),
    "расширенном составе": ("расширен", "состав"),
    "расширенном формате": ("расширен", "формат"),
}
"""How a readout says each entry of ``ru.BOILERPLATE``."""


def test_russian_boilerplate_is_written_as_the_stems_of_its_words() -> None:
    # Written out so that English runs load no stemmer; "обе стороны" and "обеих сторон"
    # stem apart, so each form has its entry.
    assert set(BOILERPLATE_SAID.values()) == set(ru.BOILERPLATE)
    for said, stems in BOILERPLATE_SAID.items():
        assert tuple(ru.stem(w.lower()) for w in said.split()) == stems


def test_a_phrase_of_the_visit_setting_is_boilerplate() -> None:
    line = "Президент Египта находится в России с официальным визитом."
    words = readout_words(from_text(line))[0]
    first = words.stems.index("наход")
    assert why(words, first, first + 3) == "boilerplate"
    assert why(words, first + 4, first + 6) == "boilerplate"  # "официальным визитом"


THANKS_A = (
    "Владимир Путин выразил признательность за создание благоприятных условий для проведения "
    "в Эр-Рияде 18 февраля российско-американских переговоров и проявленное гостеприимство."
)
"""A's line (its first clauses), as the readout says them."""
THANKS_B = (
    "Президент России поблагодарил, в частности, за создание благоприятных условий для "
    "проведения 18 февраля в Эр-Рияде переговоров представителей России и США."
)
"""B's line (its last clause), as the readout says it."""


def test_a_reworded_complement_of_a_kept_formula_is_a_changed_formula() -> None:
    formulas = compare(load(A), load(B)).formulas
    changed = [(f.a_text, f.b_text) for f in formulas if f.status is FormulaStatus.CHANGED]
    assert (
        "создание благоприятных условий для проведения в Эр-Рияде 18 февраля "
        "российско-американских переговоров",
        "создание благоприятных условий для проведения 18 февраля в Эр-Рияде "
        "переговоров представителей России",
    ) in changed


@pytest.mark.parametrize(
    "b_line",
    [
        # The same words in another order: "18 февраля в Эр-Рияде" for "в Эр-Рияде 18 февраля".
        THANKS_A.replace("в Эр-Рияде 18 февраля", "18 февраля в Эр-Рияде"),
        # A qualifier taken out, nothing put in its place.
        THANKS_A.replace("российско-американских переговоров", "переговоров"),
    ],
)
def test_a_complement_reordered_or_cut_short_is_no_change(b_line: str) -> None:
    title = "Телефонный разговор с Наследным принцем Саудовской Аравии\n\n"
    a_text = title + THANKS_A + "\n" + THANKS_B + "\n"
    b_text = title + b_line + "\n" + THANKS_B + "\n"
    assert not _changed(a_text, b_text)


def test_a_governor_said_as_verb_then_noun_is_one_word() -> None:
    # "взаимодействовать" / "взаимодействия" before the lexicon formula "в рамках «ОПЕК
    # плюс»" of both sides: one word in two forms (stems "взаимодействова", "взаимодейств").
    # (English governing phrases run back to punctuation: "продолжат тесно взаимодействовать"
    # / "актуальные вопросы российско-саудовского взаимодействия"; not read for Russian.)
    opec = Entry(id="opec-plus", text="в рамках «ОПЕК плюс»", source=FormulaSource.USER)
    options = Options(lexicon=merge(builtin(), Lexicon(entries=(opec,))))
    title = "Телефонный разговор с Наследным принцем Саудовской Аравии\n\n"
    a_text = title + OPEC_A + "\n"
    b_text = (
        title
        + "Обсуждены актуальные вопросы российско-саудовского взаимодействия в рамках «ОПЕК плюс».\n"
        + OPEC_B
        + "\n"
    )  # B's two lines, as the readout says them: the aligner pairs A's line with both
    formulas = compare(from_text(a_text), from_text(b_text), options=options).formulas
    assert not [
        f for f in formulas if f.status is FormulaStatus.CHANGED and f.anchor == "opec-plus"
    ]


def test_a_complement_longer_than_the_limit_is_not_cut_at_a_function_word() -> None:
    # "благоприятных условий" kept, then a clause of 13 words whose 11th is "в": the run read
    # up to the limit (10 words) and one more ends on "в", and trimming that function word
    # must not make it a complement of 10 words (the clause runs on: "в интересах народов").
    entry = Entry(id="good-conditions", text="благоприятных условий", source=FormulaSource.USER)
    options = Options(lexicon=merge(builtin(), Lexicon(entries=(entry,))))
    title = "Телефонный разговор с Президентом Казахстана\n\n"
    line = (
        "Стороны отметили создание благоприятных условий для работы {} двух стран в сфере "
        "морской {} в интересах народов."
    )
    a_text = title + line.format("крупных компаний", "энергетики") + "\n"
    b_text = title + line.format("малых предприятий", "логистики") + "\n"
    formulas = compare(from_text(a_text), from_text(b_text), options=options).formulas
    told = {(f.status, f.id.split("/")[0]) for f in formulas}
    assert (FormulaStatus.PERSISTED, "good-conditions") in told
    assert (FormulaStatus.CHANGED, "good-conditions") not in told  # "…морской энергетики"


def test_a_kept_formula_opening_on_a_quote_mark_has_its_governor_read() -> None:
    # The wording runs from inside «…» out of it, so it is shown from the opening mark
    # ("«ОПЕК плюс» в целях …"): it is still Russian, and its governor "рамках" swapped for
    # "площадке" is a change (A's line as the readout says it).
    opec = Entry(
        id="opec-plus", text="ОПЕК плюс в целях поддержания стабильности", source=FormulaSource.USER
    )
    options = Options(lexicon=merge(builtin(), Lexicon(entries=(opec,))))
    title = "Телефонный разговор с Наследным принцем Саудовской Аравии\n\n"
    a_text = title + OPEC_A + "\n"
    b_text = title + OPEC_A.replace("в рамках", "на площадке") + "\n"
    formulas = compare(from_text(a_text), from_text(b_text), options=options).formulas
    assert [(f.a_text, f.b_text) for f in formulas if f.anchor == "opec-plus"] == [
        (
            "рамках «ОПЕК плюс» в целях поддержания стабильности",
            "площадке «ОПЕК плюс» в целях поддержания стабильности",
        )
    ]


def test_the_words_of_an_attribution_are_written_as_their_stems() -> None:
    """ru.REPORTING and ru.SOURCES (branch ru14), written out as BOILERPLATE is."""
    verbs = "сообщает сообщили передает говорится сказано".split()
    sources = "пресс-служба сообщении ссылкой сайте агентство".split()
    assert {ru.stem(w) for w in verbs} == ru.REPORTING
    assert {ru.stem(w) for w in sources} == ru.SOURCES


def test_the_call_s_initiative_line_is_boilerplate() -> None:
    """ "Разговор состоялся по инициативе турецкой стороны" (Nazarbayev–Erdoğan, 29 Dec 2019, a
    dev readout of branch ru17): who asked for the call is its setting, as "по просьбе … стороны"
    is; "по инициативе" alone (a forum held at someone's initiative) is no scaffolding."""
    line = "Разговор состоялся по инициативе турецкой стороны."
    words = readout_words(from_text(line))[0]
    first = words.stems.index("состоя")
    assert why(words, first, len(words.stems)) == "boilerplate"
    line = "Форум организован по инициативе парламентского собрания."
    words = readout_words(from_text(line))[0]
    assert why(words, 0, len(words.stems)) != "boilerplate"
