"""A point only one Russian readout makes is *dropped* or *appeared*, read by its opening verb
(formulas/entries/lone_heads.py, branch ru9). Real readouts of the evaluation set's dev pairs
(the Kyrgyz press service's Japarov–Mirziyoyev, the Kremlin's Putin–Mirziyoyev) and of
eval/noise's tuning part (sources in the SOURCES.md beside them)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.assessed_ru import ASSESSED
from readoutdiff.formulas.entries.greeting_readers import wishes
from readoutdiff.formulas.entries.greetings import ID as GREETING
from readoutdiff.formulas.entries.lone_heads import ID
from readoutdiff.formulas.entries.reworded_tails import ID as TAIL
from readoutdiff.formulas.entries.wished_ru import WISHED
from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaStatus

EVAL = Path(__file__).resolve().parent.parent / "eval"
KREMLIN = "__kremlin.txt"
PUTIN_MIRZIYOYEV = "putin-mirziyoyev"
KYRGYZ_A = "japarov-mirziyoyev__2022-07-04__vb-kg.txt"
KYRGYZ_B = "japarov-mirziyoyev__2022-07-24__24-kg.txt"


def _lone(
    pair: str, ids: tuple[str, ...] = (ID,)
) -> list[tuple[FormulaStatus, str | None, str | None]]:
    """The lone points of ``pair``, "<folder>/<A> -> <B>" under eval/ (the entries whose id
    ends with one of ``ids``)."""
    folder, names = pair.split("/", 1)
    a, b = (load(EVAL / folder / name) for name in names.split(" -> "))
    found = compare(a, b).formulas
    return [(f.status, f.a_text, f.b_text) for f in found if f.id.endswith(ids)]


def test_the_birthday_call_is_read_point_by_point() -> None:
    """Japarov–Mirziyoyev, 4 Jul -> 24 Jul 2022 (dev): B's birthday call makes four points A
    does not, each quoted from its verb; the title line retells one and is left out; A's
    "выразил уверенность в том, что …" runs on over what is said; the two readouts' points
    on the Consultative Meeting (A: its preparation; B, after ", а также": its results) are
    one point reworded."""
    lone = _lone("formulas/japarov-mirziyoyev__2022-07-04__vb-kg.txt -> " + KYRGYZ_B)
    b_side = [b for status, _, b in lone if status is FormulaStatus.APPEARED]
    assert "поздравил Шавката Мирзиеева с днем рождения" in b_side
    assert "выразил благодарность за поздравления и теплые пожелания" in b_side
    assert not any(b and "обсудили встречу глав стран" in b for b in b_side)  # the title
    a_side = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    assert any(a and a.startswith("выразил уверенность в том, что итоги") for a in a_side)
    changed = [(a, b) for status, a, b in lone if status is FormulaStatus.CHANGED]
    assert len(changed) == 1
    assert "подготовку и повестку предстоящей Консультативной встречи" in changed[0][0]
    assert changed[0][1].startswith("итоги недавней 4-й Консультативной встречи")


def test_a_future_after_и_is_a_second_point_of_what_is_said() -> None:
    """Japarov–Mirziyoyev, 4 Jul -> 24 Jul 2022 (dev): "выразил уверенность в том, что итоги
    конституционных реформ … заложат прочную основу для обеспечения стабильности и будут
    служить надежным гарантом …" — what is said runs on up to "и будут служить", a future
    that opens a second point, its infinitive the head (branch ru15), as the hand list has
    them: two dropped points."""
    lone = _lone("formulas/japarov-mirziyoyev__2022-07-04__vb-kg.txt -> " + KYRGYZ_B)
    dropped = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    assert any(a and a.endswith("основу для обеспечения стабильности") for a in dropped)
    assert "служить надежным гарантом реализации долгосрочных стратегий страны" in dropped


def test_a_future_after_a_noun_is_no_second_point() -> None:
    """A future ("будут") after its subject, not after "и", is the sentence's own verb: no point."""
    from readoutdiff.formulas.entries.point_heads_ru import Word, future
    from readoutdiff.languages.ru import stem

    def said(text: str) -> list[Word]:
        return [Word(0, 0, w, stem(w.lower())) for w in text.split()]

    assert future(said("стабильности и будут служить гарантом"), 2)
    assert not future(said("стороны будут развивать сотрудничество"), 1)
    assert not future(said("и будут рады"), 1)


def test_one_reading_of_an_infinitive_takes_no_noun_of_the_third_declension() -> None:
    """One reading of a Russian infinitive (:func:`readoutdiff.languages.ru.infinitive`, branch
    lng1) for the future (ru15) and the wish (fix2), on the words of two dev readouts
    (Putin–bin Salman 13 Mar 2025, Japarov–Mirziyoyev 24 Jul 2022): "способствовать" is a verb,
    "области" and the nouns in "-ость"/"-ости" are not (the future's old tuple of endings took
    "области" for one, and both took "власти", "чести", "части")."""
    import re

    from readoutdiff.formulas.entries.point_heads_ru import Word, future
    from readoutdiff.languages.ru import infinitive, stem, wish_word

    texts = (
        EVAL / "formulas" / name for name in ("putin-bin-salman__2025-03-13" + KREMLIN, KYRGYZ_B)
    )
    words = {w.lower() for path in texts for w in re.findall(r"\w+", path.read_text("utf-8"))}
    read = {w for w in words if w.endswith(("ть", "ти", "чь", "ся", "сь")) and infinitive(w)}
    assert "способствовать" in read and "области" in words
    assert not read & {"области", "стабильности", "частности", "деятельности", "готовность"}
    nouns = ("власти", "чести", "части", "области", "пути", "эти")
    verbs = ("провести", "прийти", "идти", "везти", "расти", "вести", "помочь", "вестись")
    assert [infinitive(w) for w in nouns + verbs] == [False] * len(nouns) + [True] * len(verbs)

    def said(text: str) -> list[Word]:
        return [Word(0, 0, w, stem(w.lower())) for w in text.split()]

    assert not future(said("и будут власти области"), 1)
    assert future(said("и будут провести"), 1)
    assert wish_word("желаем", "чести") and not wish_word("желаем", "провести")


def test_a_list_of_noun_groups_is_told_member_by_member() -> None:
    """Putin–Mirziyoyev, 21 Feb -> 3 May 2025 (dev): "Отмечены существенный рост
    товарооборота, успешная реализация …, продуктивные контакты между регионами", three
    members the hand list names apart."""
    lone = _lone(
        f"formulas/{PUTIN_MIRZIYOYEV}__2025-02-21{KREMLIN} -> {PUTIN_MIRZIYOYEV}__2025-05-03{KREMLIN}"
    )
    dropped = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    assert "Отмечены существенный рост товарооборота" in dropped
    assert "продуктивные контакты между регионами" in dropped


def test_the_meetings_procedure_is_no_point() -> None:
    """Putin–Rahmon, 24 Feb -> 17 Mar 2025 (eval/noise, tuning): the talks "начались с беседы
    … в формате тет-а-тет", "продолжились с участием членов делегаций", "состоялась
    церемония обмена …", "выступили с заявлениями для прессы": the procedure, none reported."""
    lone = _lone(f"noise/putin-rahmon__2025-02-24{KREMLIN} -> putin-rahmon__2025-03-17{KREMLIN}")
    said = " ".join(a or b or "" for _, a, b in lone)
    for word in ("тет-а-тет", "делегаций", "церемония", "прессы"):
        assert word not in said


def test_what_a_point_says_after_an_entry_is_a_point_of_its_own() -> None:
    """Putin–bin Salman, 20 Feb -> 13 Mar 2025 (dev, branch ru10): the congratulations are one
    changed entry ("поздравил Наследного принца, руководство и народ Королевства" ->
    "поздравил руководство и народ Саудовской Аравии"); what each side says after it, the
    occasion, is a point of its own (A's Foundation Day, B's Ramadan), and so is A's second
    object after "и" and B's second aim after the changed "обеспечения стабильности …"; B's
    qualifier "в дружественном и конструктивном ключе", a word of it said in A, is no point."""
    lone = _lone(
        "formulas/putin-bin-salman__2025-02-20__kremlin.txt -> "
        "putin-bin-salman__2025-03-13__kremlin.txt"
    )
    dropped = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    appeared = [b for status, _, b in lone if status is FormulaStatus.APPEARED]
    assert "с предстоящим праздником – Днём основания саудовского государства" in dropped
    assert "проявленное гостеприимство" in dropped
    assert "со священным для мусульман месяцем Рамадан" in appeared
    assert any(
        b and b.startswith("сохранения баланса между спросом и предложением") for b in appeared
    )
    assert not any(b and "ключе" in b for b in appeared)


def test_a_second_object_after_an_entry_is_its_tail() -> None:
    """Putin–Mirziyoyev, 21 Feb -> 3 May 2025 (dev): "Подтверждена обоюдная заинтересованность
    в … партнёрства и союзничества, активизации взаимодействия по линии правительств …": the
    first object is the strategic-partnership entry (the lexicon's, grown to its clause), the
    second, a tail, a point of its own (branch ru10)."""
    lone = _lone(
        f"formulas/{PUTIN_MIRZIYOYEV}__2025-02-21{KREMLIN} -> {PUTIN_MIRZIYOYEV}__2025-05-03{KREMLIN}"
    )
    dropped = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    assert any(
        a and a.startswith("активизации взаимодействия по линии правительств") for a in dropped
    )


def test_what_включая_opens_is_a_second_object() -> None:
    """Putin–Mirziyoyev, 21 Feb -> 3 May 2025 (dev): "Обсуждены актуальные вопросы двусторонней
    повестки дня, включая практические шаги по углублению взаимовыгодного
    торгово-экономического сотрудничества": B's point and, after ", включая", its second object
    quoted from its first word (branch ru10, as ", а также" was read by ru9)."""
    lone = _lone(
        f"formulas/{PUTIN_MIRZIYOYEV}__2025-02-21{KREMLIN} -> {PUTIN_MIRZIYOYEV}__2025-05-03{KREMLIN}"
    )
    appeared = [b for status, _, b in lone if status is FormulaStatus.APPEARED]
    assert "Обсуждены актуальные вопросы двусторонней повестки дня" in appeared
    assert (
        "практические шаги по углублению взаимовыгодного торгово-экономического сотрудничества"
        in appeared
    )


def test_a_relative_clause_opened_by_its_verb_is_a_point() -> None:
    """A present tense and a neuter past after "который" / "что" (branch ru11), two Kremlin
    series (dev): Putin–Mirziyoyev, 21 Feb -> 3 May 2025, "сотрудничества, которое активно
    развивается по всем направлениям" (quoted from its adverb); Putin–bin Salman, 20 Feb ->
    13 Mar 2025, "гостеприимство, что способствовало конструктивной и результативной работе
    двух делегаций". B says neither."""
    uzbek = _lone(
        f"formulas/{PUTIN_MIRZIYOYEV}__2025-02-21{KREMLIN} -> {PUTIN_MIRZIYOYEV}__2025-05-03{KREMLIN}"
    )
    assert (FormulaStatus.DROPPED, "активно развивается по всем направлениям", None) in uzbek
    saudi = _lone(
        f"formulas/putin-bin-salman__2025-02-20{KREMLIN} -> putin-bin-salman__2025-03-13{KREMLIN}"
    )
    dropped = [a for status, a, _ in saudi if status is FormulaStatus.DROPPED]
    assert "способствовало конструктивной и результативной работе двух делегаций" in dropped


def test_a_relative_verb_said_on_both_sides_is_no_lone_point() -> None:
    """Putin–Embalo, 25 -> 26 Feb 2025 (eval/noise, tuning): the announcement's "который
    посетит Россию с официальным визитом" and the readout's "который находится в России с
    официальным визитом" are relative clauses of the new shape whose words the other readout
    says: no lone point; and a noun after "что" is no verb."""
    assert _points_of("что результат переговоров") == []
    lone = _lone(f"noise/putin-embalo__2025-02-25{KREMLIN} -> putin-embalo__2025-02-26{KREMLIN}")
    assert not any("посетит" in (a or "") or "находится" in (b or "") for _, a, b in lone)


TOKAYEV_ERDOGAN = (
    "formulas/tokayev-erdogan__2021-01-01__eadaily.txt -> tokayev-erdogan__2023-02-06__caravan.txt"
)


def test_what_is_said_runs_past_a_noun_shaped_as_a_past_tense() -> None:
    """Tokayev–Erdogan, 1 Jan 2021 -> 6 Feb 2023 (dev): "Эрдоган пожелал успешных
    парламентских выборов … и отметил, что за их проведением будут наблюдать турецкие
    представители" — "представители" (like "торговли", "роли") ends as a past tense does but
    is no head, so what "отметил, что" says runs on to the end, one dropped point (branch ru19;
    before, the point was its head alone and went unreported)."""
    assert _points_of("Президент отметил, что за выборами будут наблюдать представители") == [
        "отметил"
    ]
    assert _points_of("объем взаимной торговли в ушедшем году") == []
    dropped = [a for status, a, _ in _lone(TOKAYEV_ERDOGAN) if status is FormulaStatus.DROPPED]
    assert "отметил, что за их проведением будут наблюдать турецкие представители" in dropped


def test_what_is_said_ends_at_the_comma_before_a_head_and_its_subject() -> None:
    """Tokayev–Erdogan, 1 Jan 2021 -> 6 Feb 2023 (dev): "Президент Казахстана отметил, что,
    несмотря на пандемию коронавируса, сотрудничество между двумя странами успешно
    развивается, объем взаимной торговли в ушедшем году составил $ 2,6 млрд" — what is said
    runs into a head of its own ("составил") past a comma: it ends there, a point of
    "отметил", and the clause after the comma is the second head's point from its subject
    (branch ru19; before, "отметил" alone, and "торговли" was taken for a head). Read either
    way round, the two are dropped or appeared alike."""
    dropped = [a for status, a, _ in _lone(TOKAYEV_ERDOGAN) if status is FormulaStatus.DROPPED]
    said = "отметил, что, несмотря на пандемию коронавируса, сотрудничество между двумя странами"
    assert said + " успешно развивается" in dropped
    assert "объем взаимной торговли в ушедшем году составил $ 2,6 млрд" in dropped
    folder_a, b = TOKAYEV_ERDOGAN.split(" -> ")
    folder, a = folder_a.split("/")
    swapped = _lone(f"{folder}/{b} -> {a}")
    appeared = [b for status, _, b in swapped if status is FormulaStatus.APPEARED]
    assert said + " успешно развивается" in appeared
    assert "объем взаимной торговли в ушедшем году составил $ 2,6 млрд" in appeared


def test_the_verb_after_о_чем_opens_a_clause_of_its_own() -> None:
    """Tokayev–Erdogan, 1 Jan 2021 -> 6 Feb 2023 (dev): "отметил, что в последние годы влияние
    Турции на международной арене возросло, о чем свидетельствует и урегулирование конфликта в
    Нагорном Карабахе" — the verb after ", о чем" opens a clause of its own, as after
    "который": two dropped points, as the hand list has them (branch ru19; before, one report
    spanned both)."""
    assert _points_of("Президент отметил, что влияние возросло, о чем свидетельствует рост") == [
        "отметил",
        "свидетельствует",
    ]
    dropped = [a for status, a, _ in _lone(TOKAYEV_ERDOGAN) if status is FormulaStatus.DROPPED]
    assert "свидетельствует и урегулирование конфликта в Нагорном Карабахе" in dropped
    assert any(a and a.endswith("на международной арене возросло") for a in dropped)


def _points_of(text: str) -> list[str]:
    """The heads of the points of ``text`` (one sentence), as written."""
    from readoutdiff.formulas.entries.points_ru import points
    from readoutdiff.ingest import from_text

    return [p[0].text for told in points(from_text(text)).values() for p in told]


def test_what_в_том_числе_opens_is_a_second_object() -> None:
    """Putin–bin Salman, 20 Feb -> 13 Mar 2025 (dev): "Подтверждён настрой на дальнейшее
    поступательное развитие российско-саудовского сотрудничества, в том числе в таких сферах,
    как торговля, инвестиции и энергетика": after ", в том числе" the part named, its
    preposition repeating the whole's, is a second object, quoted from the preposition (branch
    ru12); B names no sphere."""
    saudi = _lone(
        f"formulas/putin-bin-salman__2025-02-20{KREMLIN} -> putin-bin-salman__2025-03-13{KREMLIN}"
    )
    dropped = [a for status, a, _ in saudi if status is FormulaStatus.DROPPED]
    assert "в таких сферах, как торговля, инвестиции и энергетика" in dropped


def test_a_formula_s_clause_ends_before_the_point_after_it() -> None:
    """Putin–Mirziyoyev, 21 Feb -> 3 May 2025 (dev): "В контексте предстоящего празднования
    80-летия Победы в Великой Отечественной войне подчёркнуто особое значение этой даты для
    народов двух стран" — the background's formula is told in its clause, which ends before the
    point's head ("подчёркнуто", no comma before it), and the point is a lone one of its own,
    not paired with A's "… ведомств двух стран" by the two sides' "двух стран" (branch ru12)."""
    lone = _lone(
        f"formulas/{PUTIN_MIRZIYOYEV}__2025-02-21{KREMLIN} -> {PUTIN_MIRZIYOYEV}__2025-05-03{KREMLIN}"
    )
    assert (
        FormulaStatus.APPEARED,
        None,
        "подчёркнуто особое значение этой даты для народов двух стран",
    ) in lone
    assert not [a for status, a, _ in lone if status is FormulaStatus.CHANGED]
    a, b = (
        load(EVAL / "formulas" / f"{PUTIN_MIRZIYOYEV}__{day}{KREMLIN}")
        for day in ("2025-02-21", "2025-05-03")
    )
    victory = [f.b_text for f in compare(a, b).formulas if "побед" in f.id]
    assert victory == [
        "В контексте предстоящего празднования 80-летия Победы в Великой Отечественной войне"
    ]


def test_a_kept_formula_whose_tails_are_reworded_is_one_changed_line() -> None:
    """Japarov–Mirziyoyev, 4 -> 24 Jul 2022 (dev, the Kyrgyz press service): the mined
    "укрепления кыргызско-узбекских отношений" goes on "дружбы, добрососедства и
    стратегического партнерства" in A, ", основанных на принципах дружбы, партнерства и
    союзничества" in B: one changed line through both tails, the lexicon's dropped half inside
    A's tail gone (reworded_tails, branch ru12)."""
    a, b = (load(EVAL / "formulas" / name) for name in (KYRGYZ_A, KYRGYZ_B))
    found = compare(a, b).formulas
    told = [(f.status, f.a_text, f.b_text) for f in found if f.id.endswith(TAIL)]
    assert told == [
        (
            FormulaStatus.CHANGED,
            "укрепления кыргызско-узбекских отношений дружбы, добрососедства и стратегического "
            "партнерства",
            "укрепления кыргызско-узбекских отношений, основанных на принципах дружбы, "
            "партнерства и союзничества",
        )
    ]
    assert not [f for f in found if f.id == "strategic-partnership"]


NAZARBAYEV_A = "nazarbayev-erdogan__2019-12-29__informburo.txt"
NAZARBAYEV_B = "nazarbayev-erdogan__2021-02-26__liter-kz.txt"
RAHMON_A = "rahmon-lukashenko__2020-05-08__mfa-tj.txt"
RAHMON_B = "rahmon-lukashenko__2021-08-30__centralasia-news.txt"


def _entries(a: str, b: str) -> list[tuple[FormulaStatus, str, str | None, str | None]]:
    """Every entry of compare() on two readouts of eval/formulas."""
    found = compare(load(EVAL / "formulas" / a), load(EVAL / "formulas" / b)).formulas
    return [(f.status, f.id, f.a_text, f.b_text) for f in found]


def test_the_relations_assessed_under_another_verb_are_one_changed_point() -> None:
    """Nazarbayev–Erdoğan, 29 Dec 2019 -> 26 Feb 2021 (dev): "с удовлетворением отметили высокий
    уровень казахстанско-турецких отношений …" / "дали высокую оценку динамике развития
    отношений стратегического партнерства …" — another verb, another state noun, the slot kept:
    one changed point (branch ru18), as the hand list has it; before, A's point was dropped and
    B's linked to A's lead line ("отношений двух стран"). Named by the lesser state noun, the
    same whichever readout is A."""
    for a, b in ((NAZARBAYEV_A, NAZARBAYEV_B), (NAZARBAYEV_B, NAZARBAYEV_A)):
        found = _entries(a, b)
        assessed = [e for e in found if e[1].endswith(ASSESSED)]
        assert [e[1] for e in assessed] == ["mined:динамик" + ASSESSED]
        (_, _, a_text, b_text), by_side = assessed[0], {}
        by_side[a], by_side[b] = a_text, b_text
        assert by_side[NAZARBAYEV_A] == (
            "отметили высокий уровень казахстанско-турецких отношений и широкие перспективы "
            "развития двустороннего сотрудничества"
        )
        assert by_side[NAZARBAYEV_B] == (
            "дали высокую оценку динамике развития отношений стратегического партнерства "
            "между двумя странами"
        )
        assert assessed[0][0] is FormulaStatus.CHANGED
        assert not any("отношений двух стран" in (e[2] or "") + (e[3] or "") for e in found)


def test_the_relations_discussed_for_their_assessment_are_one_changed_point() -> None:
    """Rahmon–Lukashenko, 8 May 2020 -> 30 Aug 2021 (dev): "отметили позитивную динамику
    развития таджикско-белорусских отношений стратегического партнёрства" / "обсудили текущее
    состояние и перспективы стратегического партнерства между Таджикистаном и Беларусью" (cut
    at ", а также"): one changed point, the kept core "стратегического партнёрства" a part of
    it, not a persisted formula of its own."""
    found = _entries(RAHMON_A, RAHMON_B)
    assessed = [(s, a, b) for s, id_, a, b in found if id_.endswith(ASSESSED)]
    assert assessed == [
        (
            FormulaStatus.CHANGED,
            "отметили позитивную динамику развития таджикско-белорусских отношений "
            "стратегического партнёрства",
            "обсудили текущее состояние и перспективы стратегического партнерства между "
            "Таджикистаном и Беларусью",
        )
    ]
    assert not any(s is FormulaStatus.PERSISTED for s, *_ in found)


MIRZIYOYEV_A = "mirziyoyev-nazarbayev__2021-11-26__zakon.txt"
MIRZIYOYEV_B = "mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt"


_Entries = list[tuple[FormulaStatus, str, str | None, str | None]]
RELATIONS_A = (
    "отметили высокий уровень двусторонних отношений дружбы, добрососедства и "
    "стратегического партнерства"
)
RELATIONS_B = (
    "отмечен нынешний высокий уровень узбекско-казахстанских отношений дружбы, "
    "добрососедства, стратегического партнерства"
)


def _assessed_both_ways(
    a: str, b: str, state: str, wordings: dict[str, str]
) -> list[tuple[str, _Entries]]:
    """compare(A, B) and compare(B, A) of two readouts of eval/formulas, each holding one changed
    assessment named by ``state`` whose wording on each file is ``wordings``'s: the file read
    as A and every entry of each run."""
    runs = []
    for x, y in ((a, b), (b, a)):
        found = _entries(x, y)
        assessed = [e for e in found if e[1].endswith(ASSESSED)]
        assert [(e[0], e[1]) for e in assessed] == [
            (FormulaStatus.CHANGED, f"mined:{state}{ASSESSED}")
        ]
        assert {x: assessed[0][2], y: assessed[0][3]} == wordings
        runs.append((x, found))
    return runs


def _nothing_assessed(a: str, b: str) -> bool:
    """Whether compare() of the texts ``a`` and ``b`` pairs no assessment of the relations."""
    return not any(f.id.endswith(ASSESSED) for f in compare(from_text(a), from_text(b)).formulas)


def test_the_relations_assessed_through_a_list_of_their_kinds_are_one_changed_point() -> None:
    """Mirziyoyev–Nazarbayev, 26 Nov 2021 -> 21 Apr 2023 (dev): "отметили высокий уровень
    двусторонних отношений дружбы, добрососедства и стратегического партнерства" / "отмечен
    нынешний высокий уровень узбекско-казахстанских отношений дружбы, добрососедства,
    стратегического партнерства и союзничества". The wordings stopped at their first comma and
    the list's "стратегического партнерства", said by both, was a persisted formula of its own;
    it is a part of the point reworded (branch ru21), both ways."""
    wordings = {MIRZIYOYEV_A: RELATIONS_A, MIRZIYOYEV_B: RELATIONS_B}
    for _, found in _assessed_both_ways(MIRZIYOYEV_A, MIRZIYOYEV_B, "уровен", wordings):
        assert not any(s is FormulaStatus.PERSISTED for s, *_ in found)


MIRZIYOYEV_0 = "mirziyoyev-nazarbayev__2021-09-20__kant-kg.txt"


def test_of_two_assessments_the_one_of_the_other_readout_s_relations_noun_is_paired() -> None:
    """Mirziyoyev–Nazarbayev, 20 Sep -> 26 Nov 2021 (dev): A assesses two things, "рассмотрены
    состояние и перспективы развития узбекско-казахстанских отношений …" and "Отмечена текущая
    высокая динамика многопланового сотрудничества"; B one, "отметили высокий уровень
    двусторонних отношений …". The relations (отношений) are paired, the cooperation stays
    dropped, both ways (branch ru21); before, "рассмотрены" was no assessing word and A's
    dynamics of the cooperation was paired with B's level of the relations."""
    wordings = {
        MIRZIYOYEV_0: "рассмотрены состояние и перспективы развития узбекско-казахстанских "
        "отношений дружбы, добрососедства и стратегического партнерства",
        MIRZIYOYEV_A: RELATIONS_A,
    }
    for a, found in _assessed_both_ways(MIRZIYOYEV_0, MIRZIYOYEV_A, "состоян", wordings):
        side = FormulaStatus.DROPPED if a == MIRZIYOYEV_0 else FormulaStatus.APPEARED
        alone = "Отмечена текущая высокая динамика многопланового сотрудничества"
        assert any(s is side and alone in (x or "") + (y or "") for s, _, x, y in found)
    # two assessments each side, or one each of another relations noun: nothing is paired
    assert _nothing_assessed(
        "Стороны отметили высокий уровень двусторонних отношений. "
        "Отмечена также высокая динамика торгового сотрудничества.",
        "Стороны констатировали позитивную динамику развития двусторонних связей.",
    )


def test_an_assessment_only_one_readout_makes_stays_one_sided() -> None:
    """Japarov–Mirziyoyev, 4 Jul -> 24 Jul 2022 (dev): B's "обсудили текущее состояние и
    перспективы развития двусторонних отношений" has no counterpart (A discusses "вопросы
    дальнейшего укрепления … отношений": no state noun) and stays appeared; two assessments of
    different states in one readout pair with nothing."""
    found = _entries(KYRGYZ_A, KYRGYZ_B)
    assert not any(id_.endswith(ASSESSED) for _, id_, _, _ in found)
    # read without its mark: the pair tells another point of "обсуд" (branch ids1)
    assert (FormulaStatus.APPEARED, "mined:обсуд" + ID, None) in {
        (s, bare_id(id_), a)
        for s, id_, a, b in found
        if b and b.startswith("обсудили текущее состояние")
    }
    assert _nothing_assessed(
        "Стороны отметили высокий уровень двусторонних отношений. "
        "Обсуждено также текущее состояние торгово-экономического сотрудничества.",
        "Стороны констатировали позитивную динамику развития двусторонних связей.",
    )


def test_the_second_member_of_a_wish_after_a_dash_is_a_point_of_its_own() -> None:
    """Nazarbayev–Erdoğan, 29 Dec 2019 -> 26 Feb 2021 (dev): A's "Турецкий лидер пожелал Елбасы
    крепкого здоровья и новых успехов, а народу Казахстана – благополучия и процветания" makes
    two wishes, the second with its verb left out after a dash; B wishes the first only. The
    second is dropped A -> B and appeared B -> A, under the same name; without the dash (", а
    народу Казахстана благополучия") or with its words said in the other readout, nothing."""
    gapped = "народу Казахстана – благополучия и процветания"
    for a, b, status in (
        (NAZARBAYEV_A, NAZARBAYEV_B, FormulaStatus.DROPPED),
        (NAZARBAYEV_B, NAZARBAYEV_A, FormulaStatus.APPEARED),
    ):
        found = {(s, id_, a_text or b_text) for s, id_, a_text, b_text in _entries(a, b)}
        assert (status, "mined:пожела" + ID, gapped) in found
    call = "Состоялся телефонный разговор президентов. "  # a first line: no title
    wish = call + (
        "Президент пожелал коллеге крепкого здоровья и новых успехов, а народу Казахстана{} "
        "благополучия и процветания."
    )
    other = from_text(call + "Президент пожелал коллеге крепкого здоровья и новых успехов.")
    said = from_text(call + "Стороны пожелали благополучия и процветания народу.")
    for a, b in ((from_text(wish.format("")), other), (from_text(wish.format(" –")), said)):
        assert not any("благополучия" in (f.a_text or "") for f in compare(a, b).formulas)
    found = compare(from_text(wish.format(" –")), other).formulas
    assert [f.a_text for f in found if f.id.endswith(ID)] == [
        "народу Казахстана – благополучия и процветания"
    ]


def test_the_call_said_as_a_phone_call_or_by_phone_is_no_point() -> None:
    """The call itself, said as "телефонный звонок" or "по телефону", is the readout's
    scaffolding as "телефонный разговор" is (branch ru22): Kursiv's subtitle "Главы двух стран
    провели телефонный звонок" (Mirziyoyev–Aliyev, 10 Jul -> 24 Dec 2023, dev) and the lead
    "Елбасы … поговорил по телефону с президентом Турецкой Республики …" (Nazarbayev–Erdoğan,
    29 Dec 2019 -> 26 Feb 2021, dev) make no lone point, either way round; the points after
    them still do ("отметил личный вклад …"; "поздравили друг друга …", since branch cnv3 told
    with B's greeting as one greeting, :mod:`readoutdiff.formulas.entries.greetings`)."""
    aliyev = (
        "formulas/mirziyoyev-aliyev__2023-07-10__president-uz.txt -> "
        "mirziyoyev-aliyev__2023-12-24__kursiv.txt"
    )
    erdogan = (
        "formulas/nazarbayev-erdogan__2019-12-29__informburo.txt -> "
        "nazarbayev-erdogan__2021-02-26__liter-kz.txt"
    )
    for pair, kept in ((aliyev, "отметил личный вклад"), (erdogan, "поздравили друг друга")):
        folder, names = pair.split("/", 1)
        first, second = names.split(" -> ")
        for a, b in ((first, second), (second, first)):
            lone = _lone(f"{folder}/{a} -> {b}", (ID, GREETING))
            said = [w for _, x, y in lone for w in (x, y) if w]
            assert not any("телефонный звонок" in w or "по телефону" in w for w in said), said
            assert any(kept in w for w in said), said


ERDOGAN_A = "mirziyoyev-erdogan__2018-06-24__president-uz.txt"
ERDOGAN_B = "mirziyoyev-erdogan__2020-04-22__bigasia.txt"


def test_a_wish_reworded_to_the_same_addressee_is_one_changed_point() -> None:
    """Mirziyoyev–Erdoğan, 24 Jun 2018 -> 22 Apr 2020 (dev): "пожелал ему огромных успехов" /
    "выразили друг другу и братским народам двух государств пожелания здоровья, благополучия и
    процветания" — another verb (the noun "пожелания" under "выразили"), other goods, the leader
    wished in both: one changed point (branch ru23), as the hand list has it; before, A's wish
    was dropped and B's appeared. Named by the lesser head, the same whichever readout is A."""
    wordings = {
        ERDOGAN_A: "пожелал ему огромных успехов",
        ERDOGAN_B: "выразили друг другу и братским народам двух государств пожелания здоровья, "
        "благополучия и процветания",
    }
    for a, b in ((ERDOGAN_A, ERDOGAN_B), (ERDOGAN_B, ERDOGAN_A)):
        found = _entries(a, b)
        wished = [e for e in found if e[1].endswith(WISHED)]
        assert [(e[0], e[1]) for e in wished] == [(FormulaStatus.CHANGED, "mined:выраз" + WISHED)]
        assert {a: wished[0][2], b: wished[0][3]} == wordings
        assert not any(
            s is not FormulaStatus.CHANGED and "огромных успехов" in (x or "") + (y or "")
            for s, _, x, y in found
        )


def test_wishes_to_another_addressee_or_thanks_for_wishes_stay_one_sided() -> None:
    """A wish to the people against a wish to the leader (the shape of Mirziyoyev–Aliyev, 10 Jul
    2023: "пожелав мира, благополучия и процветания дружественному узбекскому народу" /
    "пожелал главе Азербайджана успешного проведения … выборов", which the hand list keeps
    dropped and appeared) are two points; so are a wish and a thanks for wishes ("выразил
    благодарность за поздравления и теплые пожелания", Japarov–Mirziyoyev 24 Jul 2022)."""
    call = "Состоялся телефонный разговор президентов. "  # a first line: no title
    wish = call + "Президент пожелал мира, благополучия и процветания дружественному народу."
    for other in (
        "Президент пожелал главе государства успешного проведения предстоящих выборов.",
        "Президент выразил благодарность за поздравления и теплые пожелания.",
    ):
        for a, b in ((wish, call + other), (call + other, wish)):
            found = compare(from_text(a), from_text(b)).formulas
            assert not any(f.id.endswith(WISHED) for f in found)
    # the same goods, other addressees (the leader / the peoples), then the leader in both
    wishes = "Президенты выразили {} пожелания здоровья и процветания."
    leader = call + "Президент пожелал главе государства огромных успехов."
    found = compare(from_text(leader), from_text(call + wishes.format("братским народам")))
    assert not any(f.id.endswith(WISHED) for f in found.formulas)
    found = compare(from_text(leader), from_text(call + wishes.format("друг другу")))
    assert [f.id for f in found.formulas if f.id.endswith(WISHED)] == ["mined:выраз" + WISHED]


def test_a_clause_opened_by_an_adverbial_participle_is_a_point_of_its_own() -> None:
    """After a comma, a perfective adverbial participle opens a point of its own (branch ru24),
    as the hand lists list it: Mirziyoyev–Tokayev, 27 Aug 2021 -> 5 Apr 2022 (dev), A's
    "обсудили актуальные вопросы узбекско-казахстанских отношений, | отметив позитивную динамику
    развития многопланового сотрудничества" (two dropped points: before, one, and the second
    missed), and Japarov–Tokayev, 17 Feb -> 16 Mar 2026 (dev), B's "поблагодарил за
    поздравления и теплые слова, | отметив неизменную поддержку …" (two appeared points). Read
    both ways, the two stay one-sided points of their own."""
    for pair, side, wordings in (
        (
            "formulas/mirziyoyev-tokayev__2021-08-27__nuz.txt -> "
            "mirziyoyev-tokayev__2022-04-05__kknews.txt",
            "a",
            {
                "обсудили актуальные вопросы узбекско-казахстанских отношений",
                "отметив позитивную динамику развития многопланового сотрудничества",
            },
        ),
        (
            "formulas/japarov-tokayev__2026-02-17__24-kg.txt -> "
            "japarov-tokayev__2026-03-16__kabar.txt",
            "b",
            {
                "поблагодарил за поздравления и теплые слова",
                "отметив неизменную поддержку и внимание к происходящим в Казахстане процессам",
            },
        ),
    ):
        a, b = pair.split(" -> ")
        folder = a.split("/")[0] + "/"
        for order, said_by in (((a, b), side), ((folder + b, a.split("/")[1]), "ab".strip(side))):
            lone = _lone(" -> ".join(order))
            one_sided = {
                x if said_by == "a" else y for s, x, y in lone if s is not FormulaStatus.CHANGED
            }
            assert wordings <= one_sided, (order, one_sided)


def test_a_wish_or_a_noun_after_a_comma_opens_no_point() -> None:
    """A wish's participle stays in the greeting it completes ("поздравил …, пожелав ему …":
    the hand lists pair a greeting on another occasion as changed, which the greeting cut from
    its wish would leave one-sided), and a noun of the participle's shape after a comma
    ("перспектив", "состав") opens no point."""
    call = "Состоялся телефонный разговор президентов. "
    other = call + "Президенты обсудили вопросы торговли."
    for text, whole in (
        (
            "Президент тепло поздравил коллегу с днем рождения, пожелав ему крепкого здоровья.",
            "поздравил коллегу с днем рождения, пожелав ему крепкого здоровья",
        ),
        (
            "Президенты обсудили вопросы энергетики, перспектив промышленной кооперации.",
            "обсудили вопросы энергетики, перспектив промышленной кооперации",
        ),
    ):
        found = compare(from_text(call + text), from_text(other)).formulas
        assert whole in {f.a_text for f in found if f.status is FormulaStatus.DROPPED}


GURBANGULY_A = "rahmon-gurbanguly__2021-04-28__nm-tj.txt"
GURBANGULY_B = "rahmon-gurbanguly__2023-05-15__khovar.txt"
QUOTED_WISH = "желаю Вам, Вашим родным и близким душевной стойкости и терпения"


def test_a_quoted_first_person_wish_is_a_point() -> None:
    """Rahmon–Gurbanguly, 28 Apr 2021 -> 15 May 2023 (outside, tuning): the condolence wish in
    the president's own words, «В эти прискорбные дни искренне желаю Вам, Вашим родным и близким
    душевной стойкости и терпения», - цитирует президента пресс-служба, is the hand list's
    dropped event (convention (e)); no past tense opens it, so no point was read (out3). The
    first-person "желаю" opens it (branch left1), both ways."""
    for pair, status, side in (
        (f"outside/{GURBANGULY_A} -> {GURBANGULY_B}", FormulaStatus.DROPPED, 1),
        (f"outside/{GURBANGULY_B} -> {GURBANGULY_A}", FormulaStatus.APPEARED, 2),
    ):
        found = _lone(pair)
        assert [f for f in found if f[side] == QUOTED_WISH] == [
            (status, QUOTED_WISH, None) if side == 1 else (status, None, QUOTED_WISH)
        ]
    said = wishes(load(EVAL / "outside" / GURBANGULY_A))
    assert [(w.kind, w.span.start) for w in said] == [
        ("leader", load(EVAL / "outside" / GURBANGULY_A).text.index("искренне желаю"))
    ]


def test_a_first_person_wish_and_a_wish_told_of_the_leader_are_one_changed_point() -> None:
    """The quoted wish of Rahmon–Gurbanguly (outside, tuning) against the told wish of
    Mirziyoyev–Erdoğan 2018 (dev), "пожелал ему огромных успехов": one wish each, to the
    leader both, one changed point (branch ru23's pairing, the first person read as a wish
    word); "желаемых", "желающих" are no wish."""
    call = "Состоялся телефонный разговор президентов. "
    quoted = (
        call + "«В эти прискорбные дни искренне желаю Вам, Вашим родным и близким душевной "
        "стойкости и терпения», - цитирует президента пресс-служба."
    )
    told = call + "Президент пожелал ему огромных успехов."
    for a, b in ((quoted, told), (told, quoted)):
        found = compare(from_text(a), from_text(b)).formulas
        assert [f.status for f in found if f.id.endswith(WISHED)] == [FormulaStatus.CHANGED]
    # ID is a suffix ("mined:<stem>/lone"): compared whole, no entry matched and this part
    # could not fail. The points are read as without the first person (a prefix "желаю" loses
    # "добились желаемых результатов" and opens "желаемых результатов в торговле")
    for said, points in (
        ("Стороны обсудили меры для желающих и добились желаемых результатов.",
         ["обсудили меры для желающих", "добились желаемых результатов"]),
        ("Стороны добились желаемых результатов в торговле.",
         ["добились желаемых результатов в торговле"]),
    ):  # fmt: skip
        found = compare(from_text(call), from_text(call + said)).formulas
        assert [f.b_text for f in found if f.id.endswith(ID)] == points


def test_a_first_person_want_before_an_infinitive_is_no_wish() -> None:
    """ "Мы желаем развивать сотрудничество" wants, it wishes nothing: a first-person желаю /
    желаем before an infinitive is no wish word (branch fix2; rev13 found it on a text of its
    own, and no readout of the data says it). Against the told wish of Mirziyoyev–Erdoğan 2018
    (dev), "пожелал ему огромных успехов", it was one changed wish; now the want and the wish
    are a point each, one-sided, both ways. With the addressee before the infinitive ("желаем
    Вам успешно провести …") and before a noun in "-ости" ("желаем стабильности"), it is still
    a wish."""
    call = "Состоялся телефонный разговор президентов. "
    told = call + "Президент пожелал ему огромных успехов."
    want = call + "«Мы желаем развивать сотрудничество во всех областях», - заявил президент."
    for a, b in ((want, told), (told, want)):
        found = compare(from_text(a), from_text(b)).formulas
        assert not any(f.status is FormulaStatus.CHANGED for f in found)
        assert not any(f.id.endswith(WISHED) or f.id == "mined:wish" for f in found)
        assert [f.status for f in found] == [FormulaStatus.DROPPED, FormulaStatus.APPEARED]
    assert wishes(from_text(want)) == []
    for wished in (
        "«Мы желаем Вам успешно провести выборы», - заявил президент.",
        "«Мы желаем стабильности и процветания братскому народу», - заявил президент.",
    ):
        assert len(wishes(from_text(call + wished))) == 1, wished


def test_a_past_tense_or_noun_want_before_an_infinitive_is_no_wish() -> None:
    """ "Президент пожелал посетить Москву" wants a visit, it wishes nothing; so does "выразил
    пожелание посетить …": fix2's rule (a first-person желаю / желаем before an infinitive is no
    wish word) holds for every wish word (branch rev14; no readout of the data says it, a text
    of its own). Against the told wish of the test above it was one changed wish; now the want
    and the wish are a point each, both ways. With the addressee before the infinitive it is
    still a wish."""
    call = "Состоялся телефонный разговор президентов. "
    told = call + "Президент пожелал ему огромных успехов."
    for said in (
        "Президент пожелал посетить Москву в следующем году.",
        "Президент выразил пожелание посетить Москву.",
    ):
        want = call + said
        assert wishes(from_text(want)) == [], said
        for a, b in ((want, told), (told, want)):
            found = compare(from_text(a), from_text(b)).formulas
            assert not any(f.status is FormulaStatus.CHANGED for f in found), said
            assert not any(f.id.endswith(WISHED) or f.id == "mined:wish" for f in found), said
    wished = call + "Президент пожелал ему успешно провести выборы."
    assert len(wishes(from_text(wished))) == 1


def test_a_point_that_opens_a_bracket_is_told_through_its_close() -> None:
    """Nazarbayev–Erdoğan, 29 Dec 2019 -> 26 Feb 2021 (dev): "… отметил его важную роль в
    качестве Почетного председателя Совета сотрудничества тюркоязычных государств (Тюркского
    совета)", - говорится …": the point ends at the closing quote before the dash, its wording
    through the bracket it opened (branch lng1; it was cut at "(Тюркского совета")."""
    lone = _lone(
        "formulas/nazarbayev-erdogan__2019-12-29__informburo.txt -> "
        "nazarbayev-erdogan__2021-02-26__liter-kz.txt"
    )
    appeared = [b for status, _, b in lone if status is FormulaStatus.APPEARED and b]
    role = [b for b in appeared if b.startswith("отметил его важную роль")]
    assert role and role[0].endswith("тюркоязычных государств (Тюркского совета)")


def test_a_full_stop_before_a_capitalised_russian_word_ends_the_point() -> None:
    """Nazarbayev–Erdoğan, 26 Feb 2021 (dev): "… на благо братского народа Турции.Президент
    Турецкой Республики поблагодарил …", two sentences the source ran on without a space: the
    greeting's point ends at "Турции", not inside the next sentence (a full stop between two
    letters is inside a name only before a domain's Latin part, "Kun.uz", branch lng1)."""
    from readoutdiff.formulas.entries.points_ru import points

    readout = load(EVAL / "formulas" / "nazarbayev-erdogan__2021-02-26__liter-kz.txt")
    said = [
        readout.text[point[0].start : point[-1].end]
        for head, found in points(readout).items()
        if head.startswith("поздрав")
        for point in found
    ]
    assert any(s.endswith("на благо братского народа Турции") for s in said), said
    assert not any("Президент Турецкой" in s for s in said)


def test_a_full_stop_after_an_initial_ends_no_point() -> None:
    """kremlin.ru, 26 Mar 2025 (news/76538, the press service's own words, read from the
    gabrielkmbo/kremlin-scraper mirror): "… провела директор Государственного
    научно-исследовательского музея архитектуры имени А.В.Щусева Наталья Шашкова." The Kremlin
    writes initials without a space ("В.Путин", "имени А.Ф.Можайского"): a full stop after one
    letter is an initial's, no sentence run on ("Турции.Президент"), and the point runs on
    (branch rev17: since lng1 it ended at "имени А")."""
    from readoutdiff.formulas.entries.points_ru import points

    readout = from_text(
        "Посещение Национального центра «Россия»\n"
        "Экскурсию по выставке «Рождение масштаба» для Президента провела директор"
        " Государственного научно-исследовательского музея архитектуры имени А.В.Щусева"
        " Наталья Шашкова."
    )
    said = [
        readout.text[p[0].start : p[-1].end] for found in points(readout).values() for p in found
    ]
    assert any(s.endswith("имени А.В.Щусева Наталья Шашкова") for s in said), said


def test_a_name_opening_a_sentence_opens_no_point() -> None:
    """Nazarbayev–Erdoğan 29 Dec 2019, Tokayev–Erdoğan 1 Jan 2021 (dev): "Нурсултан Назарбаев
    и Реджеп Тайип Эрдоган с удовлетворением …", "Эрдоган …" open their sentences shaped as a
    participle or a past tense; followed by a name or by a verb, they are no verb (branch
    lng1), while "Подтверждён настрой …" (Putin–bin Salman, 20 Feb 2025) still opens a point."""
    from readoutdiff.formulas.entries.point_heads_ru import stem
    from readoutdiff.formulas.entries.points_ru import points

    def heads_of(name: str) -> set[str]:
        return set(points(load(EVAL / "formulas" / name)))

    assert stem("нурсултан") not in heads_of("nazarbayev-erdogan__2019-12-29__informburo.txt")
    assert stem("эрдоган") not in heads_of("tokayev-erdogan__2021-01-01__eadaily.txt")
    assert stem("подтверждён") in heads_of("putin-bin-salman__2025-02-20" + KREMLIN)


def test_a_wish_after_a_comma_is_no_member_of_a_list() -> None:
    """Mirziyoyev–Nazarbayev, 21 Apr -> 10 Jul 2023 (dev): "обменялись искренними
    поздравлениями в связи со священным праздником Рамазан хайит, пожелав народам двух стран
    благополучия, мира и процветания": the commas part a greeting, a wish and the wish's goods,
    no three noun groups; the wish is one dropped entry, as the hand list has it (branch lng1:
    it was told as two, "… благополучия" and "мира и процветания")."""
    lone = _lone(
        "formulas/mirziyoyev-nazarbayev__2023-04-21__kant-kg.txt -> "
        "mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt"
    )
    dropped = [a for status, a, _ in lone if status is FormulaStatus.DROPPED]
    assert dropped == ["пожелав народам двух стран благополучия, мира и процветания"]


def test_a_point_whose_greeting_and_wish_are_both_told_leaves_no_rest() -> None:
    """Mirziyoyev–Aliyev, 10 Jul -> 24 Dec 2023 (dev): A's point "сердечно поздравил лидера
    нашей страны с убедительной победой на президентских выборах, пожелав мира, благополучия и
    процветания дружественному узбекскому народу" holds a greeting and a wish, each paired
    with B's; what the point says after the last of them is nothing, not the wish again as a
    dropped entry beside its changed one (branch lng1)."""
    a, b = (
        load(EVAL / "formulas" / name)
        for name in (
            "mirziyoyev-aliyev__2023-07-10__president-uz.txt",
            "mirziyoyev-aliyev__2023-12-24__kursiv.txt",
        )
    )
    found = compare(a, b).formulas
    changed = {f.a_text for f in found if f.status is FormulaStatus.CHANGED}
    assert any(t and t.startswith("пожелав мира, благополучия") for t in changed)
    assert not [
        f.a_text for f in found if f.status is FormulaStatus.DROPPED and f.a_text in changed
    ]


PEZESHKIAN = "outside/aliyev-pezeshkian__2026-01-31__haqqin.txt -> "
"""The Azerbaijani president's press service's Aliyev–Pezeshkian calls (out6, outside tuning)."""
PEZESHKIAN_B = PEZESHKIAN + "aliyev-pezeshkian__2026-03-08__day-az.txt"


def test_a_noun_after_an_adjective_in_an_oblique_case_opens_no_point() -> None:
    """Aliyev–Pezeshkian, 31 Jan -> 8 Mar 2026 (outside tuning): "передал соболезнования в связи
    с гибелью большого числа гражданских лиц …" is one point; "числа", shaped as a feminine
    past, opened a second one after "большого" (branch ru7 of the thirty-seventh session)."""
    _told_whole(
        FormulaStatus.APPEARED,
        "передал соболезнования в связи с гибелью большого числа гражданских лиц во время "
        "последних событий в Иране",
        "числа",
    )


def _told_whole(status: FormulaStatus, wording: str, cut: str) -> None:
    """Aliyev–Pezeshkian's second pair tells ``wording`` as one lone entry of ``status``, and
    no entry of that status starts with ``cut`` (the part once told apart)."""
    told = [a or b for found, a, b in _lone(PEZESHKIAN_B) if found is status]
    assert wording in told
    assert not [t for t in told if t and t.startswith(cut)]


def test_a_sentence_opened_by_a_gerund_and_что_frames_two_points() -> None:
    """Aliyev–Pezeshkian, 31 Jan -> 8 Mar 2026 (outside tuning): "Заявив, что инцидент … не
    имеет отношения к Ирану, Масуд Пезешкиан подчеркнул, что случившееся будет расследовано":
    the gerund frames what is said as "заявил, что" does, and the passive future after "будет"
    is what "подчеркнул" says, no head of its own; neither was reported (branch ru7)."""
    appeared = [b for status, _, b in _lone(PEZESHKIAN_B) if status is FormulaStatus.APPEARED]
    assert (
        "Заявив, что инцидент с обстрелом Нахчывана с воздуха не имеет отношения к Ирану"
        in appeared
    )
    assert "Масуд Пезешкиан подчеркнул, что случившееся будет расследовано" in appeared


def test_а_также_and_a_preposition_the_point_lacks_is_a_second_object() -> None:
    """Aliyev–Pezeshkian, 31 Jan -> 8 Mar 2026 (outside tuning): "поблагодарил … за то, что он
    посетил посольство … и выразил соболезнования …, а также за намерение оказать гуманитарную
    помощь Ирану": "за" is none of the point before's prepositions, so what follows is a
    second object of a verb further back, not a member of that point's list (branch ru7)."""
    appeared = [b for status, _, b in _lone(PEZESHKIAN_B) if status is FormulaStatus.APPEARED]
    assert "за намерение оказать гуманитарную помощь Ирану" in appeared


def test_a_leader_named_by_his_office_links_no_two_points() -> None:
    """Aliyev–Pezeshkian, 23 Dec 2025 -> 31 Jan 2026 (outside tuning): A's birthday greeting
    "поздравил главу нашего государства с наступающим днем рождения" and B's "вспомнили визиты
    Пезешкиана …, встречи глав государств …" shared only the office, and were paired as one
    point changed; the greeting is dropped (branch ru7)."""
    lone = _lone(
        "outside/aliyev-pezeshkian__2025-12-23__haqqin.txt -> "
        "aliyev-pezeshkian__2026-01-31__haqqin.txt"
    )
    assert (
        FormulaStatus.DROPPED,
        "поздравил главу нашего государства с наступающим днем рождения",
        None,
    ) in lone
    assert not [a for status, a, _ in lone if status is FormulaStatus.CHANGED]


def test_a_past_after_который_belongs_to_its_noun() -> None:
    """Aliyev–Pezeshkian, 31 Jan -> 8 Mar 2026 (outside tuning): "собеседники с удовлетворением
    вспомнили визиты Пезешкиана в Азербайджан, встречи глав государств и продуктивные
    переговоры, которые внесли значительный вклад в развитие двустороннего сотрудничества" is
    one point, as the hand list quotes it; the relative clause was a dropped point of its own
    (branch ru7)."""
    _told_whole(
        FormulaStatus.DROPPED,
        "вспомнили визиты Пезешкиана в Азербайджан, встречи глав государств и продуктивные "
        "переговоры, которые внесли значительный вклад в развитие двустороннего сотрудничества",
        "внесли",
    )


def _heads(text: str) -> set[str]:
    """The heads' stems of the points of ``text`` read as a readout."""
    from readoutdiff.formulas.entries.points_ru import points

    return set(points(from_text(text)))


def test_a_past_after_an_adverb_shaped_as_an_oblique_adjective_opens_a_point() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror): news/76616, 2 Apr 2025
    ("… понимаем, поэтому взяли на себя …"), news/76685, 15 Apr 2025 ("… комиссии немного
    снизились …") and news/76824, 29 Apr 2025 ("Вы очень много помогали, я многому учился …").
    "поэтому", "немного", "много", "многому" end as an adjective in an oblique case, but are an
    adverb or a pronoun: the past after them is a verb and opens its point (branch ru8 of the
    thirty-seventh session; since ru7 none did). "большого числа" stays one point (above)."""
    from readoutdiff.formulas.entries.point_heads_ru import stem

    said = _heads(
        "Встреча с главой Бурятии Алексеем Цыденовым\n"
        "Цыденов: Да, понимаем, поэтому взяли на себя такую поддержку в том числе. И после"
        " повышения Минфином маржи эти комиссии немного снизились, но размер комиссии у крупных"
        " банков остаётся пять-шесть процентов. Вы очень много помогали, я многому учился у"
        " многих из вас, поэтому искренне благодарю вас за это приглашение."
    )
    assert {stem(w) for w in ("взяли", "снизились", "помогали", "учился")} <= said, said


def test_a_verb_opening_a_sentence_before_вы_a_number_or_alone_opens_a_point() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror): news/76488, 20 Mar 2025
    ("Договорились."), news/76660, 8 Apr 2025 ("Хотел Вас поблагодарить за поддержку …"),
    news/76450, 13 Mar 2025 ("Благодарен Вам, …"), news/76262, 13 Feb 2025 ("Повреждены 1876
    домов, …"). A capitalised first word shaped as a verb is one alone, before the polite "Вы"
    or before a number (branch ru8 of the thirty-seventh session; rev17 found lng1's rule read
    them as names). A name alone stays none: news/76418, 20 Feb 2025 ("Настоящий Тимур.
    Тамерлан. Здорово.")."""
    from readoutdiff.formulas.entries.point_heads_ru import stem

    said = _heads(
        "Встреча с губернатором\n"
        "Договорились. Хотел Вас поблагодарить за поддержку этих магистральных проектов, они"
        " очень важны для наших жителей. Благодарен Вам, Вы всегда были примером в"
        " интеграционном нашем плане для других ведомств. Повреждены 1876 домов, 144 полностью"
        " разрушены. В.Путин: Тимур? Настоящий Тимур. Тамерлан. Здорово."
    )
    wanted = {stem(w.lower()) for w in ("Договорились", "Хотел", "Благодарен", "Повреждены")}
    assert wanted <= said, said
    assert stem("тамерлан") not in said


def test_a_plural_past_after_an_adjective_used_as_a_noun_opens_a_point() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror): news/76222, 6 Feb 2025
    ("38 опрошенных заявили, что …"), news/76409, 5 Mar 2025 ("40 процентов пострадавших
    потеряли до 100 тысяч …"), news/76816, 28 Apr 2025 ("84 бойца из числа сопровождаемых
    трудоустроены"), news/76867, 7 May 2025 ("они первыми вошли в Берлин"), news/76304, 21 Feb
    2025 ("… колыбель с самого начала находилась …"). A participle or
    an adjective used as a noun ends as an adjective in an oblique case; the plural past or
    short participle after it is the verb, since no noun in such a case ends so (branch ru9 of
    the thirty-eighth session; since ru7 none opened a point). A singular after one stays a
    noun: "с самого начала", "гибелью большого числа" (above)."""
    _verbs_not_nouns(
        "Заседание Совета по науке и образованию\n"
        "38 опрошенных заявили, что полученное образование им не пригодилось. 40 процентов"
        " пострадавших потеряли до 100 тысяч, и 30 процентов – от 100 тысяч до миллиона"
        " рублей. За год уже 84 бойца из числа сопровождаемых трудоустроены. Это были войска"
        " Советского Союза, они первыми вошли в Берлин и водрузили знамя над Рейхстагом."
        " Атомная отрасль всегда была колыбелью материалов-рекордсменов, и эта колыбель с"
        " самого начала находилась в руках крупных учёных-материаловедов.",
        verbs=("заявили", "потеряли", "трудоустроены", "вошли"),
        nouns=("начала",),
    )


def _verbs_not_nouns(text: str, *, verbs: tuple[str, ...], nouns: tuple[str, ...]) -> None:
    """Every word of ``verbs`` opens a point of ``text`` read as a readout, none of ``nouns``."""
    from readoutdiff.formulas.entries.point_heads_ru import stem

    said = _heads(text)
    assert {stem(w) for w in verbs} <= said, said
    assert not {stem(w) for w in nouns} & said, said


def test_a_singular_past_after_a_plural_or_dative_adjective_opens_a_point() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror): news/76219, 6 Feb 2025
    ("Команда молодых учёных предложила оригинальную отечественную технологию …"), news/76536,
    26 Mar 2025 ("… деятельность «Движения первых» охватила по всей России …"), news/76519,
    24 Mar 2025 ("… спортивных объектов больших и маленьких построено в крае"), news/76271,
    14 Feb 2025 ("Благодаря Вашему поручению, ранее данному, включён в программу …"). After an
    adjective in the genitive or prepositional plural no noun ends as a feminine or neuter
    singular past, after a masculine dative none as any past: the word is the verb (branch
    ru10 of the thirty-ninth session; since ru7 none opened a point). The plural's nouns stay
    none ("безопасности наших граждан", "передовых инженерных школ", news/76484, 76222), and
    "-ему" is a noun's ending too: "разблокировали эту проблему сначала …" (news/76685)."""
    _verbs_not_nouns(
        "Вручение премий\n"
        "Команда молодых учёных предложила оригинальную отечественную технологию создания"
        " критически важных материалов. В 2024 году регулярная деятельность «Движения первых»"
        " охватила по всей России свыше 10 миллионов человек. Предмет особой гордости: у нас 176"
        " спортивных объектов больших и маленьких построено в крае. Благодаря Вашему поручению,"
        " ранее данному, включён в программу образования. Мы обеспечили безопасность наших"
        " граждан и создание передовых инженерных школ. Мы с небольшим субсидированием"
        " разблокировали эту проблему сначала для «Дальневосточной ипотеки».",
        verbs=("предложила", "охватила", "построено", "включён"),
        nouns=("граждан", "школ", "сначала"),
    )


def test_the_pronoun_after_a_preposition_is_no_word_two_points_share() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror), two consecutive unrelated
    ones: news/76410, 6 Mar 2025 (Abkhazia's president: "Я бы хотел просто напомнить о том,
    что буквально в конце предыдущего года Абхазия … была вынуждена ввести веерные ограничения
    …") and news/76408, 5 Mar 2025 (the Interior Ministry's board: "… как применялись в том
    числе и органами МВД в 1941 или 1942 году."). The two points shared "том" and "год", and
    were one *changed* point once ru9 ran the first over its "о том, что" clause; "том" after a
    preposition stands for a clause or opens "в том числе", and is no shared word (branch ru10
    of the thirty-ninth session): each point is its side's own."""
    a = from_text(
        "Встреча с Президентом Абхазии\n"
        "Я бы хотел просто напомнить о том, что буквально в конце предыдущего года Абхазия из-за"
        " дефицита электроэнергии была вынуждена ввести веерные ограничения до 11 часов в сутки."
    )
    b = from_text(
        "Расширенное заседание коллегии МВД\n"
        "Не говорю о том, что нам нужно применять точно такие же методы работы, как применялись"
        " в том числе и органами МВД в 1941 или 1942 году."
    )
    told = {(f.status, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.endswith(ID)}
    assert not any(status is FormulaStatus.CHANGED for status, _, _ in told), told
    assert (
        FormulaStatus.APPEARED,
        None,
        "применялись в том числе и органами МВД в 1941 или 1942 году",
    ) in told, told


def test_a_participle_after_a_changed_object_is_no_point_of_its_own() -> None:
    """Mirziyoyev–Lukashenko, 10 Aug 2020 -> 24 Jul 2024 (dev): "Были рассмотрены актуальные
    вопросы двусторонней повестки …" -> "Были рассмотрены вопросы практической реализации
    договоренностей, достигнутых по итогам визита Президента Республики Беларусь … на основе
    принятой дорожной карты" is one changed event, quoted with its participle's clause. The
    clause after the changed entry's last noun tells that noun, and is no appeared point
    (branch ru10 of the thirty-ninth session). After a dropped entry such a clause keeps its
    report (Japarov–Mirziyoyev, 24 Jul -> 20 Sep 2022, dev: ", основанных на принципах дружбы,
    партнерства и союзничества", which the hand list lists)."""
    a, b = (
        "mirziyoyev-lukashenko__2020-08-10__dunyo.txt",
        "mirziyoyev-lukashenko__2024-07-24__uz-press.txt",
    )
    found = compare(load(EVAL / "formulas" / a), load(EVAL / "formulas" / b)).formulas
    assert any(
        f.status is FormulaStatus.CHANGED and f.b_text.endswith("реализации договоренностей")
        for f in found
    ), found
    assert not any(f.b_text and f.b_text.startswith("достигнутых по итогам") for f in found), found
    lone = _lone(f"formulas/{KYRGYZ_B} -> japarov-mirziyoyev__2022-09-20__aa.txt")
    said = (
        FormulaStatus.DROPPED,
        "основанных на принципах дружбы, партнерства и союзничества",
        None,
    )
    assert said in lone, lone


def test_a_point_that_says_only_when_is_no_lone_point() -> None:
    """Rahmon–Gurbanguly, 28 Apr 2021 -> 15 May 2023 (outside tuning): "… стороны обсудили
    вопросы подготовки к мероприятиям высшего регионального уровня, в том числе саммиты …,
    которые пройдут в сентябре 2023 года в Душанбе." The relative clause says when and where
    the summits take place, no event (the hand list: not a formula); without the date's words
    it holds fewer than two content words, and is no appeared point (branch ru10 of the
    thirty-ninth session). The discussion stays one."""
    lone = _lone(
        "outside/rahmon-gurbanguly__2021-04-28__nm-tj.txt -> rahmon-gurbanguly__2023-05-15__khovar.txt"
    )
    b_side = [b for status, _, b in lone if status is FormulaStatus.APPEARED]
    assert "обсудили вопросы подготовки к мероприятиям высшего регионального уровня" in b_side
    assert not any(b and b.startswith("пройдут") for b in b_side), b_side


def test_a_first_word_before_a_capitalised_accusative_opens_a_point() -> None:
    """kremlin.ru, 25 Mar 2025 (news/76524, the laureates' lives, gabrielkmbo/kremlin-scraper
    mirror): "Окончила Академию русского балета имени А.Я.Вагановой (2015)." A capitalised
    first word shaped as a head before a capitalised word in the accusative ("Академию",
    "Московскую") is the sentence's verb: no first name is followed so (branch ru9 of the
    thirty-eighth session). Before a patronymic or a surname it stays a name (news/76282, 18 Feb
    2025: "Татьяна Алексеевна Голикова расскажет нам …")."""
    from readoutdiff.formulas.entries.point_heads_ru import stem

    said = _heads(
        "Вручение премий Президента молодым деятелям культуры\n"
        "Окончила Академию русского балета имени А.Я.Вагановой (2015). Окончил Московскую"
        " государственную консерваторию (2020). Татьяна Алексеевна Голикова расскажет нам и о"
        " результатах этой работы."
    )
    assert {stem("окончила"), stem("окончил")} <= said, said
    assert stem("татьяна") not in said


def test_the_scaffolding_is_read_past_a_possessive_pronoun() -> None:
    """eval/noise's putin-haitham, 18 -> 22 Apr 2025 (kremlin.ru news/76723, news/76773;
    tuning): "… главы двух государств представили членов своих делегаций, и официальное
    фотографирование" is the meeting's procedure ("членов делегаций",
    ``ru.BOILERPLATE``) with "своих" inside, no point (branch ru9 of the thirty-eighth session:
    it was an appeared point, judged noise)."""
    a, b = (load(EVAL / "noise" / f"putin-haitham__2025-04-{day}__kremlin.txt") for day in (18, 22))
    told = [f.b_text or "" for f in compare(a, b).formulas]
    assert told and not any("делегаций" in t for t in told), told


def test_a_negated_point_is_quoted_with_its_не() -> None:
    """kremlin.ru, 21 Apr -> 5 May 2025 (news/76737, the call with Ramaphosa, -> news/76841,
    the call with Modi; gabrielkmbo/kremlin-scraper mirror): "Эти отношения не подвержены
    влиянию извне …" was told from its head, "подвержены влиянию извне …", the opposite of what
    B says. A point whose head follows "не" is quoted from "не" (branch ru9 of the
    thirty-eighth session)."""
    a = from_text(
        "Телефонный разговор с Президентом ЮАР Сирилом Рамафозой\n"
        "Условлено о продолжении контактов на различных уровнях."
    )
    b = from_text(
        "Телефонный разговор с Премьер-министром Индии Нарендрой Моди\n"
        "В ходе беседы был подчёркнут стратегический характер российско-индийских отношений"
        " особо привилегированного партнёрства. Эти отношения не подвержены влиянию извне и"
        " продолжают динамично развиваться по всем направлениям."
    )
    told = [f.b_text for f in compare(a, b).formulas if f.id.endswith(ID) and f.b_text]
    assert any(t.startswith("не подвержены влиянию извне") for t in told), told
    assert not any(t.startswith("подвержены") for t in told), told


def test_a_negated_point_is_quoted_with_its_не_after_a_no_break_space() -> None:
    """The same sentence as typeset on a web page, "не" bound to its verb by a no-break space
    (U+00A0, as in ``samples/2021-06-28-xi-putin.txt``): the point was told from its head,
    "подвержены влиянию извне …", the opposite of what B says (rev20)."""
    a = from_text(
        "Телефонный разговор с Президентом ЮАР Сирилом Рамафозой\n"
        "Условлено о продолжении контактов на различных уровнях."
    )
    for space in ("\u00a0", "\u202f"):
        b = from_text(
            "Телефонный разговор с Премьер-министром Индии Нарендрой Моди\n"
            "В ходе беседы был подчёркнут стратегический характер российско-индийских отношений"
            f" особо привилегированного партнёрства. Эти отношения не{space}подвержены влиянию"
            " извне и продолжают динамично развиваться по всем направлениям."
        )
        told = [f.b_text for f in compare(a, b).formulas if f.id.endswith(ID) and f.b_text]
        assert any(t.startswith(f"не{space}подвержены влиянию извне") for t in told), told
        assert not any(t.startswith("подвержены") for t in told), told


def test_a_point_ending_on_о_том_runs_over_the_clause_it_points_to() -> None:
    """kremlin.ru, 12 Feb -> 18 Mar 2025 (news/76259 -> news/76477, the calls with Trump;
    gabrielkmbo/kremlin-scraper mirror): "Президент России также поддержал один из основных
    тезисов главы американского государства о том, что наступило время, чтобы наши страны
    работали вместе." The point ended on "о том", the pronoun standing for what it says; now it
    runs over the clause after ", что" (branch ru9 of the thirty-eighth session)."""
    a = from_text(
        "Телефонный разговор с Президентом США Дональдом Трампом\n"
        "Президент России также поддержал один из основных тезисов главы американского"
        " государства о том, что наступило время, чтобы наши страны работали вместе."
    )
    b = from_text(
        "Телефонный разговор с Президентом США Дональдом Трампом\n"
        "Владимир Путин и Дональд Трамп затронули и другие вопросы международной повестки,"
        " включая ситуацию на Ближнем Востоке и в регионе Красного моря."
    )
    told = [f.a_text for f in compare(a, b).formulas if f.id.endswith(ID) and f.a_text]
    assert any(t.endswith("о том, что наступило время") for t in told), told


def test_a_point_ending_on_тому_runs_over_the_clause_it_points_to() -> None:
    """kremlin.ru transcripts (gabrielkmbo/kremlin-scraper mirror): news/76738, 22 Apr 2025
    ("И все наши мероприятия способствовали тому, что с 2020 по 2024 год рост населения у нас
    составил в сельском районе 14,5 процента."), news/76222, 6 Feb 2025 ("… и те единые
    программы, которые утверждены, соответствуют тому, что спрашивают на экзамене."). "тому"
    governed by the verb with no preposition stands for the clause after as "о том" does; the
    point ran up to the pronoun (ru9 left it), and now runs over what it points to (branch ru10
    of the thirty-ninth session). "различных тем" is a noun and stays the point's end."""
    from readoutdiff.formulas.entries.points_ru import points

    text = (
        "Встреча с губернатором\n"
        "И все наши мероприятия способствовали тому, что с 2020 по 2024 год рост населения у нас"
        " составил в сельском районе 14,5 процента. Сегодня те результаты, которые спрашиваются"
        " на экзаменах, внесены в стандарт, и те единые программы, которые утверждены,"
        " соответствуют тому, что спрашивают на экзамене."
    )
    told = [
        " ".join(w.text for w in p)
        for ps in points(from_text(text), said_that=True).values()
        for p in ps
    ]
    assert not any(t.endswith("тому") for t in told), told
    assert any(t.startswith("способствовали тому что с 2020") for t in told), told
