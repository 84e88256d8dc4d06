"""The Russian background of recurring phrases: its data file, its use in a comparison (Russian
readouts only), its builder on real Kremlin sentences."""

from __future__ import annotations

from pathlib import Path

import build_background_ru as builder

from readoutdiff import compare, from_text, load
from readoutdiff.formulas.lexicon import background
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.lexicon.lexicon_parts import with_background
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.model import FormulaStatus, Options

ROOT = Path(__file__).resolve().parent.parent

EVAL = ROOT / "eval" / "formulas"
PAIR = ("putin-mirziyoyev__2025-02-21__kremlin.txt", "putin-mirziyoyev__2025-05-03__kremlin.txt")
"""A dev pair: B adds the call's occasion, "80-летия Победы в Великой Отечественной войне",
which the Russian background holds (seen in 7 readouts of 7 counterparts of the scrape)."""
VICTORY = "background:80-лет-побед-в-велик-отечествен-войн"


def test_russian_entries_are_unique_and_their_stems_are_their_wordings() -> None:
    entries = background.entries("ru")
    assert 1 <= len(entries) <= 400
    assert len({e.id for e in entries}) == len(entries)
    assert not {e.id for e in entries} & {e.id for e in background.entries()}
    for entry in entries:
        words = readout_words(from_text(entry.text))[0]
        assert entry.id == "background:" + "-".join(words.stems), entry.text
        assert noise.why(words, 0, len(words.stems)) is None, entry.text


def test_data_file_names_its_source_commit_and_counts() -> None:
    header = (ROOT / "src" / "readoutdiff" / "data" / "background_ru.tsv").read_text("utf-8")
    assert (
        "gabrielkmbo/kremlin-scraper at commit 0e25ac4ef80c66740f9b01831bf1554f8cb57520" in header
    )
    assert "18 readouts of 16 counterparts" in header


def test_russian_phrases_join_only_a_comparison_with_a_russian_readout() -> None:
    english = load(EVAL / "biden-kishida__2023-08-18__wh.txt")
    russian = load(EVAL / PAIR[0])
    ids = {e.id for e in with_background(builtin(), Options(), (english, english)).entries}
    assert VICTORY not in ids and "background:rule-of-law" in ids
    ids = {e.id for e in with_background(builtin(), Options(), (english, russian)).entries}
    assert VICTORY in ids and "background:rule-of-law" in ids
    off = with_background(builtin(), Options(background=False), (russian,))
    assert VICTORY not in {e.id for e in off.entries}


def test_background_phrase_is_a_formula_of_a_real_russian_pair_unless_turned_off() -> None:
    """The phrase in its own words as a series reports it (``governing_words`` off); a
    comparison reports it in its clause, which ends before the head of the point after it
    ("подчёркнуто …": the sentence has no comma; branch ru12), as the hand list does."""
    a, b = (load(EVAL / name) for name in PAIR)
    own_words = compare(a, b, options=Options(governing_words=False)).formulas
    assert [(f.status, f.b_text) for f in own_words if f.id == VICTORY] == [
        (FormulaStatus.APPEARED, "80-летия Победы в Великой Отечественной войне")
    ]
    found = [f.b_text for f in compare(a, b).formulas if f.id == VICTORY]
    assert found == [
        "В контексте предстоящего празднования 80-летия Победы в Великой Отечественной войне"
    ]
    off = compare(a, b, options=Options(background=False)).formulas
    assert not [f for f in off if f.id.startswith("background:")]


def test_builder_takes_calls_and_talks_with_foreign_leaders_by_the_title() -> None:
    # Real titles of the scrape's news list.
    assert builder.is_readout("Телефонный разговор с Президентом ЮАР Сирилом Рамафозой")
    assert builder.is_readout("Российско-оманские переговоры")
    assert builder.is_readout("Встреча с Министром иностранных дел Ирана Аббасом Аракчи")
    assert not builder.is_readout("Встреча с губернатором Мурманской области Андреем Чибисом")
    assert not builder.is_readout("Встреча с Министром культуры Ольгой Любимовой")
    assert not builder.is_readout("Совещание с постоянными членами Совета Безопасности")


def test_builder_leaves_out_the_evaluation_and_reserved_series_in_any_case_form() -> None:
    for text in (
        "Состоялся телефонный разговор Владимира Путина с Президентом Республики Узбекистан "
        "Шавкатом Мирзиёевым.",
        "Шавкат Мирзиёев поздравил",
        "Касым-Жомарту Токаеву",
        "с Президентом Республики Беларусь Александром Лукашенко",
        "с Президентом Объединённых Арабских Эмиратов Мухаммедом Бен Заидом Аль Нахайяном",
        "с Наследным принцем Мухаммедом Бен Сальманом Аль Саудом",
        "с Председателем Китайской Народной Республики Си Цзиньпином",
        "Президенту Киргизской Республики Садыру Жапарову",  # ru8's series, the Kyrgyz side's
        "с Президентом Республики Таджикистан Эмомали Рахмоном",  # ru9's and ru13's series
        "Президент Азербайджана Ильхам Алиев",  # ru13's Tokayev–Aliyev series
        "с Президентом Турции Реджепом Тайипом Эрдоганом",  # ru17's two series with Erdoğan
        "Нурсултан Назарбаев",  # ru17's Nazarbayev–Erdoğan series
        "с Президентом Туркменистана Сердаром Бердымухамедовым",  # e63's two series with both
        "Гурбангулы Бердымухамедова",  # Berdimuhamedovs
        "с Эмиром Катара Тамимом Бен Хамадом Аль Тани",  # e82's Mirziyoyev–Tamim series
        "с Президентом Украины Владимиром Зеленским",  # e88's Aliyev–Zelensky series
    ):
        assert builder.EXCLUDED.search(text), text
    assert builder.RESERVED_TITLE.search("Телефонный разговор с Президентом США Дональдом Трампом")
    assert builder.RESERVED_TITLE.search("Встреча с Министром иностранных дел Китая Ван И")
    assert not builder.EXCLUDED.search(
        "Телефонный разговор с Президентом Ирана Масудом Пезешкианом"
    )
    assert {"76301", "76303", "76417", "76497", "76521"} <= builder.EVAL_PAGES


def test_builder_cuts_a_page_to_its_readout() -> None:
    # The scrape's page text: "События", title, lead, date stamp, body, a hover card, the footer.
    title = "Телефонный разговор с Президентом Ирана Масудом Пезешкианом"
    page = (
        f"События {title} Состоялся телефонный разговор Владимира Путина с Президентом "
        "Исламской Республики Иран Масудом Пезешкианом. 6 мая 2025 года 13:20 Владимир Путин "
        "ещё раз выразил искренние соболезнования. Масуд Пезешкиан Пезешкиан Масуд Президент "
        "Исламской Республики Иран в свою очередь поблагодарил российскую сторону. Смотрите "
        "также Переговоры с Президентом Ирана 17 января 2025 года География Иран Темы "
        "Внешняя политика Лица Пезешкиан Масуд Статус материала Опубликован"
    )
    assert builder.readout_text(title, page) == (
        f"{title}\n\n"
        "Состоялся телефонный разговор Владимира Путина с Президентом Исламской Республики Иран "
        "Масудом Пезешкианом.\n"
        "Владимир Путин ещё раз выразил искренние соболезнования.\n"
        "Масуд Пезешкиан Президент Исламской Республики Иран в свою очередь поблагодарил "
        "российскую сторону.\n"
    )
    assert builder.country(page) == "иран"


def test_builder_drops_phrases_at_a_function_word_or_a_name() -> None:
    def row(wording: str) -> tuple[tuple[str, ...], int, int, str]:
        return (tuple(readout_words(from_text(wording))[0].stems), 3, 3, wording)

    kept = ["контактов на различных уровнях", "80-летию Победы в Великой Отечественной войне"]
    dropped = ["прибыл в Москву", "обмен мнениями по", "в торгово-экономической сфере"]
    assert [r[3] for r in builder.edge_clean([row(w) for w in kept + dropped])] == kept
