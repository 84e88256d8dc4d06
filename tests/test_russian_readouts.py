"""Real Russian readouts of one series (Lukashenko–Putin, Belarusian side: BelTA and the
president's site, 2022–2025, eval/bilingual): sentences, stems and dates as a reader sees them.

The expectations were written by hand from reading the three texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare
from readoutdiff.align.similarity import Scorer, Side
from readoutdiff.ingest import load
from readoutdiff.ingest.dates import meeting_date
from readoutdiff.languages import language, words
from readoutdiff.model import Options, Readout

SERIES = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
FILES = {
    "2022-07-11": "lukashenko-putin__2022-07-11__belta-ru.txt",
    "2023-11-01": "lukashenko-putin__2023-11-01__presidentby-ru.txt",
    "2025-12-31": "lukashenko-putin__2025-12-31__belta-ru.txt",
}

# How each readout starts its sentences, written from reading the text.
SENTENCE_STARTS = {
    "2022-07-11": [
        "От калининградского транзита до вопросов обороны.",
        "Александр Лукашенко и Владимир Путин провели",
        "Телефонный разговор президентов Беларуси",
        "Об этом БЕЛТА сообщили",
        "Серьезно и обстоятельно",
        "Также лидеры обсудили",
        "Детально остановились",
        "Еще одной из центральных тем",
        "Президент России подробно",
    ],
    "2023-11-01": [
        "Телефонный разговор с Президентом России",
        "Президент Беларуси Александр Лукашенко 1 ноября",
        "Главной темой разговора",
        "Беларусь в настоящее время",
        "Лидеры стран обсудили",
        "Александр Лукашенко и Владимир Путин также",
    ],
    "2025-12-31": [
        "31 декабря, Минск /Корр. БЕЛТА/.",  # the agency's dateline: "Корр." does not end it
        "Состоялся телефонный разговор",
        "Об этом БЕЛТА сообщили",
        "Главы государств тепло",
        "Александр Лукашенко дал высокую",
        "Президенты обсудили",
        "В ходе разговора были затронуты",
        "Александр Лукашенко и Владимир Путин договорились",
    ],
}


def _readout(day: str) -> Readout:
    return load(str(SERIES / FILES[day]))


@pytest.mark.parametrize("day", sorted(FILES))
def test_real_russian_readouts_split_where_a_reader_does(day: str) -> None:
    readout = _readout(day)
    assert readout.language == "ru"
    starts = SENTENCE_STARTS[day]
    assert len(readout.sentences) == len(starts)
    for sentence, start in zip(readout.sentences, starts, strict=True):
        assert sentence.text.startswith(start)


@pytest.mark.parametrize("day", sorted(FILES))
def test_real_russian_readouts_date_the_call_from_their_text(day: str) -> None:
    readout = _readout(day)
    assert readout.date == day
    found = meeting_date([s.text for s in readout.sentences], path=FILES[day])
    assert found is not None and found.source == "text"  # "состоялся 11 июля", "1 ноября", dateline


def test_russian_took_place_on_dates_the_meeting() -> None:
    sentences = ["Заголовок", "Телефонный разговор президентов состоялся 11 июля."]
    found = meeting_date(sentences, path="x__2022-07-12__y.txt")
    assert found is not None and (found.date, found.source) == ("2022-07-11", "text")
    mentioned = ["Заголовок", "Лидеры с удовлетворением вспомнили итоги переговоров 11 июля."]
    found = meeting_date(mentioned, path="x__2022-07-12__y.txt")
    assert found is not None and found.source == "file name"  # a mention, not the meeting


def test_inflected_names_and_titles_share_stems_across_the_series() -> None:
    stem = language("ru").stem
    texts = " ".join(s.folded for day in FILES for s in _readout(day).sentences)
    found = set(words(texts))
    inflected = {"президент", "президента", "президентом", "президентов"}
    assert inflected <= found and len({stem(word) for word in inflected}) == 1
    assert {"разговор", "разговора"} <= found and stem("разговор") == stem("разговора")
    assert {"александр", "александра"} <= found and stem("александр") == stem("александра")


def test_successive_openings_score_high_despite_inflections() -> None:
    # 2023: "Президент Беларуси Александр Лукашенко … провел телефонный разговор с Президентом России"
    # 2025: "Состоялся телефонный разговор Президента Беларуси Александра Лукашенко с Президентом …"
    earlier, later = _readout("2023-11-01"), _readout("2025-12-31")
    scorer = Scorer(Side(earlier.sentences), Side(later.sentences))
    opening = scorer.pair(1, 1)
    assert opening > 0.7
    others = [scorer.pair(1, index) for index in range(len(later.sentences)) if index != 1]
    assert opening > 2 * max(others)


def test_the_english_version_pairs_with_its_russian_original_sentence_by_sentence() -> None:
    # Belarusian president's site (Russian) and BelTA's English text of the 2023-11-01 call.
    english = load(str(SERIES / "lukashenko-putin__2023-11-01__belta.txt"))
    russian = _readout("2023-11-01")
    result = compare(english, russian, options=Options(formulas=False))
    pairs = [(x.a_text[:20], x.b_text[:20]) for x in result.alignments if x.a and x.b]
    assert pairs == [
        ("Lukashenko, Putin di", "Телефонный разговор "),
        ("On 1 November, Belar", "Президент Беларуси А"),
        ("The main topic of th", "Главной темой разгов"),
        ("Belarus is currently", "Беларусь в настоящее"),
        ("The leaders of the c", "Лидеры стран обсудил"),
        ("Aleksandr Lukashenko", "Александр Лукашенко "),
    ]
