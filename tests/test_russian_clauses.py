"""In a comparison of two Russian readouts, a formula one side says once is reported in its
clause, cut at Russian clause edges (punctuation, and the words that open a clause: а, но,
что, который …), while a formula both keep stays *persisted* in its own words
(formulas/entries/clauses.py, languages/ru.py). Real Kremlin and BelTA/president.by readouts
(sources in eval/formulas/SOURCES.md, eval/noise/SOURCES.md, eval/bilingual/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.clauses import clause_of, near_same
from readoutdiff.model import FormulaStatus, Options, Readout, Span

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _clause(readout: Readout, words: str) -> str:
    """The clause :func:`clause_of` gives the first place of ``words`` in ``readout``."""
    start = readout.text.index(words)
    clause = clause_of(readout, Span(start=start, end=start + len(words), line=1))
    return readout.text[clause.start : clause.end]


def test_a_dropped_formula_said_once_is_reported_in_its_clause() -> None:
    """BelTA 2022-07-11 -> president.by 2023-11-01 (Lukashenko-Putin, in Russian): the built-in
    special military operation is dropped in its sentence, one clause with no mark inside;
    in its own words when governing words are off (a series row)."""
    a = load(EVAL / "bilingual" / "lukashenko-putin__2022-07-11__belta-ru.txt")
    b = load(EVAL / "bilingual" / "lukashenko-putin__2023-11-01__presidentby-ru.txt")
    for options, wording in (
        (Options(), "Также лидеры обсудили ход специальной военной операции"),
        (Options(governing_words=False), "специальной военной операции"),
    ):
        (entry,) = [f for f in compare(a, b, options=options).formulas
                    if f.id == "special-military-operation"]  # fmt: skip
        assert (entry.status, entry.a_text, entry.b_text) == (FormulaStatus.DROPPED, wording, None)
        (span,) = entry.a_spans
        assert a.text[span.start : span.end] == wording


def test_a_clause_is_cut_at_its_marks_and_after_the_word_that_opens_it() -> None:
    """Putin-bin Salman 2025-02-20: "…, а также выразил признательность за … и проявленное
    гостеприимство, что способствовало …" — the clause starts after "а также" and ends at the
    comma before "что"; Putin-Mirziyoyev 2025-02-21: "сотрудничества, которое активно
    развивается …" — the relative clause starts after "которое"."""
    salman = load(EVAL / "formulas" / "putin-bin-salman__2025-02-20__kremlin.txt")
    assert _clause(salman, "создание благоприятных условий") == (
        "выразил признательность за создание благоприятных условий для проведения в Эр-Рияде"
        " 18 февраля российско-американских переговоров и проявленное гостеприимство"
    )
    assert _clause(salman, "конструктивной и результативной работе") == (
        "способствовало конструктивной и результативной работе двух делегаций"
    )
    mirziyoyev = load(EVAL / "formulas" / "putin-mirziyoyev__2025-02-21__kremlin.txt")
    assert _clause(mirziyoyev, "по всем направлениям") == "активно развивается по всем направлениям"


def test_a_kept_formula_stays_persisted_in_its_own_words_whatever_its_clauses() -> None:
    """Putin-Rahmon 2025-02-24 -> 2025-03-17 (eval/noise): the lexicon's strategic
    partnership is kept in two clauses that say different things about it ("Выразив
    удовлетворение достигнутым высоким уровнем …" / "Обсуждались перспективы дальнейшего
    развития …"); a Russian clause runs the whole sentence, and the kept formula is the event
    (no clause *changed*). The points only one readout makes, read by their verbs
    (:mod:`readoutdiff.formulas.entries.lone_heads`, branch ru9), come beside it; the meeting's
    procedure ("в формате тет-а-тет", "с участием членов делегаций", "церемония", "заявлениями
    для прессы") is none. A's point on the steps of "взаимовыгодного сотрудничества" is the
    lexicon's mutually beneficial cooperation dropped in its clause (branch ru25), subject
    included."""
    a = load(EVAL / "noise" / "putin-rahmon__2025-02-24__kremlin.txt")
    b = load(EVAL / "noise" / "putin-rahmon__2025-03-17__kremlin.txt")
    entries = [(f.id, f.status, f.a_text, f.b_text) for f in compare(a, b).formulas]
    kept = "стратегического партнёрства"
    assert [e for e in entries if not e[0].endswith("/lone")] == [
        (
            "mutually-beneficial-cooperation",
            FormulaStatus.DROPPED,
            "лидеры обсудили конкретные шаги по развитию взаимовыгодного сотрудничества в "
            "торгово-экономической и культурно-гуманитарной областях",
            None,
        ),
        ("strategic-partnership", FormulaStatus.PERSISTED, kept, kept),
    ]
    assert [(e[1], e[2] or e[3]) for e in entries if e[0].endswith("/lone")] == [
        (FormulaStatus.DROPPED, "условились о графике личных контактов"),
        (
            FormulaStatus.APPEARED,
            "Обсуждались перспективы дальнейшего развития двусторонних отношений",
        ),
    ]


def test_russian_clauses_are_near_same_when_only_their_endings_differ() -> None:
    """Two Russian clauses differing by inflection only say the same; a swapped content word
    ("поддержания" -> "обеспечения", the bin Salman pair) does not, however short the clause."""
    assert near_same(
        "стратегического партнёрства и союзничества", "стратегическое партнёрство и союзничество",
        90, 0,
    )  # fmt: skip
    assert not near_same(
        "поддержания стабильности глобального нефтяного рынка",
        "обеспечения стабильности глобального нефтяного рынка", 90, 0,
    )  # fmt: skip


def test_a_clause_stops_at_a_second_predicate_of_its_subject() -> None:
    """Japarov-Mirziyoyev 2022-07-24 (a dev pair's A): "Президент Узбекистана выразил
    благодарность за поздравления и теплые пожелания и подтвердил готовность к продолжению
    расширения взаимовыгодного сотрудничества и укрепления кыргызско-узбекских отношений, …" —
    "и" before a past tense of the same ending as the verb before it ("выразил … и
    подтвердил") opens a clause: the formula after it starts at "подтвердил", one before it ends
    before the "и". An "и" between nouns ("поздравления и теплые пожелания", "сотрудничества и
    укрепления") stays inside the clause."""
    a = load(EVAL / "formulas" / "japarov-mirziyoyev__2022-07-24__24-kg.txt")
    assert _clause(a, "взаимовыгодного сотрудничества") == (
        "подтвердил готовность к продолжению расширения взаимовыгодного сотрудничества и"
        " укрепления кыргызско-узбекских отношений"
    )
    assert _clause(a, "теплые пожелания") == (
        "Президент Узбекистана выразил благодарность за поздравления и теплые пожелания"
    )


def test_mutually_beneficial_cooperation_after_a_second_predicate_is_its_own_point() -> None:
    """Japarov-Mirziyoyev 2022-07-24 -> 2022-09-20 (a dev pair), both ways: the lexicon's
    "взаимовыгодного сотрудничества" (branch ru25) is reported in the clause of "подтвердил
    готовность …" only, and "выразил благодарность …" before the "и" stays a point of its own
    (two hand-listed events, dropped one way and appeared the other)."""
    a = load(EVAL / "formulas" / "japarov-mirziyoyev__2022-07-24__24-kg.txt")
    b = load(EVAL / "formulas" / "japarov-mirziyoyev__2022-09-20__aa.txt")
    thanks = "выразил благодарность за поздравления и теплые пожелания"
    ready = (
        "подтвердил готовность к продолжению расширения взаимовыгодного сотрудничества и"
        " укрепления кыргызско-узбекских отношений"
    )
    for (x, y), status in (((a, b), FormulaStatus.DROPPED), ((b, a), FormulaStatus.APPEARED)):
        said = {f.a_text or f.b_text: f for f in compare(x, y).formulas}
        assert (said[ready].id, said[ready].status) == ("mutually-beneficial-cooperation", status)
        assert said[thanks].status == status and said[thanks].id.endswith("/lone")
