"""The formula stage reads the stop words of the readout's language (``Words.stop_words``): a
Russian readout's function words ("в", "и", "также") are no content words and end no wording,
while an English or Chinese readout keeps English's list, so its outputs do not move."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.linking import openings
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.words import name_shapes
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS, stop_words
from readoutdiff.ingest import from_text, load

ROOT = Path(__file__).resolve().parent.parent
KREMLIN = ROOT / "eval" / "formulas"


def test_the_words_of_a_readout_carry_the_stop_words_of_its_language() -> None:
    russian = load(str(KREMLIN / "putin-bin-salman__2025-03-13__kremlin.txt"))
    english = load(str(ROOT / "samples" / "2021-06-28-xi-putin.txt"))
    assert (russian.language, english.language) == ("ru", "en")
    assert all(w.stop_words == stop_words("ru") for w in readout_words(russian))
    assert all(w.stop_words == STOP_WORDS for w in readout_words(english))
    words = next(w for w in readout_words(russian) if "рамк" in w.stems)
    told = [s for s in words.stems if counts(s, words.stop_words)]
    assert "в" in words.stems and "в" not in told and "рамк" in told
    # the default, roles.STOPS, tells a Russian function word by its script (z31): the lexicon
    # side and mutation.py, which read no readout's list, skip "в" as they skip "the"
    assert not counts("в") and not counts("the") and counts("рамк")


def test_a_russian_function_word_counts_no_content_against_a_name() -> None:
    # "также" (also) is no lower-case content word: "Путин и Токаев также" is two names
    words = readout_words(
        from_text("Владимир Путин и Касым-Жомарт Токаев также обсудили вопросы.")
    )[0]
    assert words.stop_words == stop_words("ru") and "такж" in words.stop_words
    assert name_shapes.mostly_name(words, 0, words.stems.index("такж") + 1)


def test_a_wording_runs_to_the_noun_before_a_russian_preposition() -> None:
    # "Обсуждены актуальные вопросы российско-саудовского взаимодействия в рамках «ОПЕК плюс»":
    # the compound after the adjective ends at "в", so the wording takes its noun
    a = load(str(KREMLIN / "putin-bin-salman__2025-03-13__kremlin.txt"))
    b = load(str(KREMLIN / "putin-mirziyoyev__2025-05-03__kremlin.txt"))
    said = [f.a_text for f in compare(a, b).formulas if f.a_text and "актуальные" in f.a_text]
    assert said == ["актуальные вопросы российско-саудовского взаимодействия"]


def test_a_line_after_a_kept_opening_starts_on_a_content_word_in_russian_too() -> None:
    # The opening is kept and what follows changes, but it starts on "в" / "на": as English's
    # "in" / "on" would, a function word after the opening is no line of its own.
    title = "Телефонный разговор с Президентом Казахстана\n\n"
    line = "Стороны подтвердили приверженность дальнейшему развитию сотрудничества {}.\n"
    a = from_text(title + line.format("в энергетике и торговле"))
    b = from_text(title + line.format("на основе равенства и взаимной выгоды"))
    wa, wb = readout_words(a)[1], readout_words(b)[1]
    assert (wa.stems[6], wb.stems[6]) == ("в", "на")
    assert openings.lines(wa, wb) == []
    english = (
        "The sides reaffirmed their commitment to developing cooperation {}.\n",
        ("in energy and trade", "on the basis of equality"),
    )
    ea, eb = (readout_words(from_text(english[0].format(x)))[0] for x in english[1])
    assert openings.lines(ea, eb) == []
    # Content words on both sides after the same opening: a line (the rule is at work).
    energy = from_text(title + line.format("энергетики и торговли"))
    trade = from_text(title + line.format("инвестиций и промышленности"))
    assert openings.lines(readout_words(energy)[1], readout_words(trade)[1]) != []
