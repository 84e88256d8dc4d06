"""segment: lines -> sentences with exact spans (abbreviations, numbers, quotes, CJK, Cyrillic)."""

from __future__ import annotations

import pytest

from readoutdiff import from_text
from readoutdiff.languages import language as by_code
from readoutdiff.languages.segment import sentences


def cut(text: str) -> list[str]:
    """Segment ``text`` as one line and check every span slices back to its sentence."""
    found = sentences(text, [(0, len(text))])
    for sentence in found:
        assert text[sentence.span.start : sentence.span.end] == sentence.text
    assert [sentence.index for sentence in found] == list(range(len(found)))
    return [sentence.text for sentence in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The U.S. and China held talks. Mr. Blinken spoke first.",
            ["The U.S. and China held talks.", "Mr. Blinken spoke first."],
            id="u.s.-mr",
        ),
        pytest.param(
            "The call began at 9 a.m. Beijing time. It lasted an hour.",
            ["The call began at 9 a.m. Beijing time.", "It lasted an hour."],
            id="a.m.",
        ),
        pytest.param(
            "Item No. 1 was trade. Item No. 2 was energy.",
            ["Item No. 1 was trade.", "Item No. 2 was energy."],
            id="no.",
        ),
        pytest.param(
            "The delegation visited St. Petersburg. Talks followed.",
            ["The delegation visited St. Petersburg.", "Talks followed."],
            id="st.",
        ),
        pytest.param(
            "Dr. Tedros and Prof. Zhong attended. Gen. Milley did not.",
            ["Dr. Tedros and Prof. Zhong attended.", "Gen. Milley did not."],
            id="titles",
        ),
        pytest.param(
            "J. Biden met Xi Jinping. They spoke for two hours.",
            ["J. Biden met Xi Jinping.", "They spoke for two hours."],
            id="initial",
        ),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert cut(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Growth reached 3.5 % last year. Trade rose 1,000 times since 1991.",
            ["Growth reached 3.5 % last year.", "Trade rose 1,000 times since 1991."],
        ),
        (
            "Investment reached US$100 billion. The target is US$200.5 billion by 2025.",
            ["Investment reached US$100 billion.", "The target is US$200.5 billion by 2025."],
        ),
        (
            "The meeting ended. 2022 will be the year of sport exchanges.",
            ["The meeting ended.", "2022 will be the year of sport exchanges."],
        ),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert cut(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes." Then they left.', ['He said "yes."', "Then they left."]),
        (
            "He said \u201cyes.\u201d Then they left.",
            ["He said \u201cyes.\u201d", "Then they left."],
        ),
        ("(as agreed.) Next the ministers met.", ["(as agreed.)", "Next the ministers met."]),
        (
            "Putin said: \u00abWe agree.\u00bb Xi nodded.",
            ["Putin said: \u00abWe agree.\u00bb", "Xi nodded."],
        ),
        ('The sides agreed. "Good," said Lavrov.', ["The sides agreed.", '"Good," said Lavrov.']),
    ],
)
def test_closing_quotes_and_brackets_stay_with_their_sentence(
    text: str, expected: list[str]
) -> None:
    assert cut(text) == expected


def test_question_and_exclamation_marks() -> None:
    assert cut("Is the window open? It is! Talks will go on.") == [
        "Is the window open?",
        "It is!",
        "Talks will go on.",
    ]


def test_a_full_stop_before_lower_case_does_not_end_a_sentence() -> None:
    assert cut("The meeting was held in Washington, D.C. last week.") == [
        "The meeting was held in Washington, D.C. last week."
    ]


def test_cjk_stops_end_sentences_without_spaces() -> None:
    text = "中方愿同俄方加强合作。双方同意！是否可行？可以；会談が行われた。"
    assert cut(text) == [
        "中方愿同俄方加强合作。",
        "双方同意！",
        "是否可行？",
        "可以；",
        "会談が行われた。",
    ]


def test_cjk_closing_quote_stays_with_its_sentence() -> None:
    assert cut("习近平指出：\u201c双方要加强合作。\u201d普京表示赞同。") == [
        "习近平指出：\u201c双方要加强合作。\u201d",
        "普京表示赞同。",
    ]


def test_cyrillic_sentences() -> None:
    assert cut("Стороны договорились. Путин отметил важность сотрудничества. Встреча прошла.") == [
        "Стороны договорились.",
        "Путин отметил важность сотрудничества.",
        "Встреча прошла.",
    ]


def test_a_full_stop_inside_guillemets_closed_on_the_line_ends_no_sentence() -> None:
    # Kremlin, telephone conversation with President Mirziyoyev, 3 May 2025 (kremlin.ru/events/
    # president/news/76839): an exhibition's name holds a full stop, as the Kremlin's titles of
    # events and projects often do («Знание. Первые», «Лица Победы. Истории подвигов»).
    line = (
        "Отмечено, в частности, результативное проведение совместно с российской стороной в "
        "Ташкенте 28–30 апреля пятой Международной промышленной выставки «ИННОПРОМ. Центральная "
        "Азия». Шавкат Мирзиёев подтвердил своё участие в юбилейных мероприятиях в Москве."
    )
    assert cut(line) == [
        line[: line.index("»") + 2],
        "Шавкат Мирзиёев подтвердил своё участие в юбилейных мероприятиях в Москве.",
    ]
    # A guillemet the line leaves open does not hold the rest of the line together.
    assert cut("Он сказал: «Мы договорились. Это важно.") == [
        "Он сказал: «Мы договорились.",
        "Это важно.",
    ]


def test_a_quoted_speech_of_several_sentences_is_split_as_unquoted() -> None:
    # CCTV 新闻联播, 17 January 2023 (xin-wen-lian-bo archive, news/20230117.md): the premier's
    # words quoted whole in “…”, four sentences. Only a short span in marks (a name, a title) holds
    # its full stops together; a quoted paragraph is read sentence by sentence as before.
    line = (
        "国家电网负责人汇报了电力保供情况。李克强说，“能源供应关系经济社会发展大局。过去一年，我国经济"
        "发展很不平凡，国际能源问题突出、价格大幅波动，国内一段时间高温少雨加大供电压力。各有关方面共同"
        "努力，加快释放先进煤炭产能，实施系列政策支持煤电企业纾困，保障了国内用能需求，支撑了经济合理"
        "增长，满足了民生需要，特别是为稳物价发挥了重要作用，这极为不易。要进一步统筹抓好能源和其他重要"
        "商品保供稳价，继续努力推动经济合理增长、稳定物价水平。”"
    )
    pieces = cut(line)
    assert pieces[1] == "李克强说，“能源供应关系经济社会发展大局。"
    assert len(pieces) == 5 and pieces[-1].endswith("稳定物价水平。”")
    # a short quotation keeps its stop inside, as a name does
    assert cut("他说，“我们同意。”这很重要。") == ["他说，“我们同意。”", "这很重要。"]


def test_a_line_without_final_punctuation_is_one_sentence() -> None:
    assert cut("Xi Jinping Holds Talks with Putin") == ["Xi Jinping Holds Talks with Putin"]


def test_a_line_end_always_ends_a_sentence() -> None:
    readout = from_text("Wang Yi Meets Lavrov\nthe two ministers met in Guilin and\nagreed.")
    assert [s.text for s in readout.sentences] == [
        "Wang Yi Meets Lavrov",
        "the two ministers met in Guilin and",
        "agreed.",
    ]


def test_spans_are_exact_and_trimmed_with_surrounding_space() -> None:
    text = "   The sides met.\u00a0\u00a0 They agreed.\t  "
    found = sentences(text, [(0, len(text))])
    assert [(s.span.start, s.span.end) for s in found] == [(3, 17), (20, 32)]
    assert [s.text for s in found] == ["The sides met.", "They agreed."]


def test_only_the_given_line_ranges_are_read() -> None:
    text = "Skip this. Keep this.\nAnd this one."
    found = sentences(text, [(11, 21), (22, len(text))])
    assert [(s.text, s.span.start, s.span.line) for s in found] == [
        ("Keep this.", 11, 1),
        ("And this one.", 22, 2),
    ]


def test_folded_text_is_stored_with_each_sentence() -> None:
    (sentence,) = sentences("\u201cCore\u00a0Interests\u201d", [(0, 17)])
    assert sentence.folded == '"core interests"'


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "Лидеры обсудили актуальные вопросы, передает NUR.KZ со ссылкой на Акорду. Далее.",
            "ru",
            ["Лидеры обсудили актуальные вопросы, передает NUR.KZ со ссылкой на Акорду.", "Далее."],
            id="ru-nur.kz",
        ),
        pytest.param(
            "The leaders spoke, Kun.uz reports. They met again.",
            "en",
            ["The leaders spoke, Kun.uz reports.", "They met again."],
            id="en-kun.uz",
        ),
        pytest.param(
            "据Kun.uz报道，两国元首通电话。双方表示满意。",
            "zh",
            ["据Kun.uz报道，两国元首通电话。", "双方表示满意。"],
            id="zh-kun.uz",
        ),
    ],
)
def test_an_outlets_name_with_a_dot_is_kept_whole(
    text: str, language: str, expected: list[str]
) -> None:
    """A full stop with no space after it (a domain-like outlet name, "NUR.KZ", "Kun.uz") ends
    no sentence in any language (branch ru14: Kazakh outlets carry Akorda's readouts so)."""
    found = sentences(text, [(0, len(text))], by_code(language))
    assert [s.text for s in found] == expected


def test_line_numbers_of_wrapped_and_gapped_lines() -> None:
    """Each sentence's line is the count of line breaks before it, plus one: the segmenter
    counts only the breaks after the last line it read (and again inside a wrapped one)."""
    import random

    rng = random.Random(44)
    pieces = ["We met.", " ", "\n", "\n\n", "Trade grew. ", "U.S. aid", "“Quote.” ", "x"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        cuts = sorted(rng.randint(0, len(text)) for _ in range(2 * rng.randint(0, 6)))
        lines = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        for sentence in sentences(text, lines):
            assert sentence.span.line == text.count("\n", 0, sentence.span.start) + 1
