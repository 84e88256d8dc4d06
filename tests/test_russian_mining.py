"""Mining real Russian readouts (Kremlin dev pairs of eval/formulas, the Lukashenko–Putin series
of eval/bilingual): no mined phrase starts or ends with a Russian function word, as no English
one ends in "the" or "of"."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.mining import noise, recurrence
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import EDGE_WORDS, STOP_WORDS, edge_words, stop_words
from readoutdiff.ingest import from_text, load
from readoutdiff.languages import LANGUAGES, function_stems, language
from readoutdiff.languages.wordshape import stem
from readoutdiff.model import FormulaSource, Options, Readout

EVAL = Path(__file__).resolve().parent.parent / "eval"
KREMLIN = [
    EVAL / "formulas" / f"putin-{name}__kremlin.txt"
    for name in (
        "bin-salman__2025-02-20",
        "bin-salman__2025-03-13",
        "mirziyoyev__2025-02-21",
        "mirziyoyev__2025-05-03",
    )
]
BELARUS = [
    EVAL / "bilingual" / f"lukashenko-putin__{name}.txt"
    for name in ("2022-07-11__belta-ru", "2023-11-01__presidentby-ru", "2025-12-31__belta-ru")
]
FUNCTION = function_stems("ru")


def _read(path: Path) -> Readout:
    readout = load(str(path))
    assert readout.language == "ru"
    return readout


def test_russian_function_words_are_a_closed_list_english_keeps_its_own() -> None:
    ru = language("ru")
    assert {"в", "по", "для", "и", "на", "с", "о", "что", "также", "который"} <= ru.function_words
    assert {"в", "такж", "котор", "для"} <= FUNCTION
    assert stop_words("en") == STOP_WORDS and edge_words("en") == EDGE_WORDS
    assert edge_words("ru") >= FUNCTION and "сотрудничеств" not in edge_words("ru")


def test_no_recurring_candidate_of_real_russian_readouts_has_a_function_word_at_an_edge() -> None:
    readouts = [_read(path) for path in KREMLIN + BELARUS]
    edges = [
        gram
        for readout in readouts
        for gram, _, passage in recurrence.phrases_of(readout, None)
        if not passage and (gram[0] in FUNCTION or gram[-1] in FUNCTION)
    ]
    assert edges == []
    found = {
        gram
        for readout in readouts
        for gram, _, passage in recurrence.phrases_of(readout, None)
        if not passage
    }
    # "в рамках «ОПЕК плюс»" is counted from its noun on, not from "в"
    assert ("рамк", "опек", "плюс") in found and ("в", "рамк", "опек", "плюс") not in found


def test_a_shared_run_of_a_real_kremlin_pair_is_mined_without_its_preposition() -> None:
    # "… за создание благоприятных условий для проведения …" in both readouts of the pair; in
    # the mined phrases' own words (with governing words on, the kept "ОПЕК плюс" is told with
    # the "в рамках" both sides put before it: formulas/entries/led_ru.py)
    a, b = _read(KREMLIN[0]), _read(KREMLIN[1])
    own = Options(governing_words=False)
    mined = {
        (f.a_text, f.b_text)
        for f in compare(a, b, options=own).formulas
        if f.source == FormulaSource.MINED
    }
    wording = "создание благоприятных условий для проведения"
    assert (wording, wording) in mined
    for pair in mined:
        for text in filter(None, pair):
            stems = [language("ru").stem(word) for word in text.lower().split()]
            assert stems[0] not in FUNCTION and stems[-1] not in FUNCTION, text


def test_a_phrase_cut_from_a_russian_compound_preposition_is_no_formula() -> None:
    # "в рамках «ОПЕК плюс»" in both readouts; "в целях поддержания стабильности …" in one
    a, b = _read(KREMLIN[0]), _read(KREMLIN[1])
    texts = [entry.text for entry in recurrence.recurring([a, b])]
    assert "стабильности глобального нефтяного рынка" in texts
    assert not any(text.startswith(("рамках", "целях", "ходе")) for text in texts), texts
    words = next(w for w in readout_words(a) if "рамк" in w.stems)
    first = words.stems.index("рамк")
    assert noise.why(words, first, first + 3) == "cut"
    assert noise.why(words, first - 1, first + 3) == "cut"  # "в" alone: a lone letter


def test_one_rule_cuts_at_the_compound_prepositions_of_every_language() -> None:
    # Each language lists its own; their leads are matched as written, so each is its own stem.
    listed = {code: found.compound_prepositions for code, found in LANGUAGES.items()}
    assert listed["en"] and listed["ru"] and listed["zh"] is None
    assert all(stem(lead) == lead for found in listed.values() if found for lead in found.leads)
    words = readout_words(from_text("They acted in the face of new threats, on behalf of NATO."))[0]
    assert words.stems[:5] == ("they", "acted", "in", "the", "face")
    assert cuts.in_compound_preposition(words, 4, 7) and noise.why(words, 4, 7) == "cut"
    assert not cuts.in_compound_preposition(words, 3, 7)  # from its article on: not cut there
    assert cuts.in_compound_preposition(words, 9, 12)  # "behalf of NATO" after "on"
    assert not cuts.in_compound_preposition(words, 4, 5)  # "face" alone: no "of" after it


def test_the_name_of_a_kremlin_event_and_the_heads_of_state_are_no_formula() -> None:
    # ru6's Maduro pair of eval/noise: the announcement of the talks, then their readout. Both
    # name the event, "российско-венесуэльские переговоры" (the title of every Kremlin readout of
    # talks): an occasion, as "summit" or "visit" ends one in English. "главы государств" is an
    # office, as "President" is. The treaty signed at the talks is still reported.
    noise_dir = EVAL / "noise"
    a = _read(noise_dir / "putin-maduro__2025-05-06__kremlin.txt")
    b = _read(noise_dir / "putin-maduro__2025-05-07__kremlin.txt")
    words = next(w for w in readout_words(b) if "переговор" in w.stems)
    end = words.stems.index("переговор") + 1
    assert noise.why(words, end - 2, end) == "occasion"
    words = next(w for w in readout_words(b) if "глав" in w.stems)
    first = words.stems.index("глав")
    assert noise.why(words, first, first + 2) == "office"
    texts = [text for f in compare(a, b).formulas for text in (f.a_text, f.b_text) if text]
    assert not any(text.lower().endswith("переговоры") for text in texts), texts
    assert not any("главы" in text for text in texts), texts
    assert "стратегическом партнёрстве" in texts
