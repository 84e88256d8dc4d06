"""A standing line whose middle words were swapped between two words it keeps
(formulas/linking/between.py), on real pairs of the evaluation set with default options, and on real
readout sentences."""

from __future__ import annotations

import tomllib

from eval_pairs import EVAL
from eval_pairs import fates as _default

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.between import Alone, _kept, swaps
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Options


def _swapped(a: str, b: str) -> list[tuple[str, str]]:
    """The wordings swaps() finds between the first sentences of ``a`` and ``b``."""
    wa, wb = readout_words(from_text(a))[0], readout_words(from_text(b))[0]
    return [
        (" ".join(wa.stems[i : j + 1]), " ".join(wb.stems[k : m + 1]))
        for i, j, k, m in swaps(wa, wb)
    ]


def test_a_word_swapped_between_a_kept_verb_and_head_noun_is_a_changed_line() -> None:
    # One aligned pair; the diff runs over more than ten words there, so no replaced phrase
    # names the line: the verb and the head noun it keeps do.
    fates = _default("biden-lopez-obrador__2022-10-18")
    assert ("changed", "prosecute gun traffickers", "prosecute drug traffickers") in fates


def test_the_swap_mirrors_when_the_readouts_are_swapped() -> None:
    fates = _default("biden-lopez-obrador__2022-10-18", swap=True)
    assert ("changed", "prosecute drug traffickers", "prosecute gun traffickers") in fates


def test_a_qualifier_swapped_in_sentences_paired_elsewhere_is_a_changed_line() -> None:
    # "recognized Egypt's leading role in efforts to …" / "recognized Egypt's essential role in
    # setting the conditions …": the two sentences were aligned with others.
    assert ("changed", "Egypt’s leading role", "Egypt’s essential role") in _default(
        "biden-sisi__2023-10-29"
    )  # fmt: skip


def test_a_verb_swapped_between_a_kept_noun_and_its_object_is_a_changed_line() -> None:
    assert ("changed", "duty to help Ukraine", "duty to support Ukraine") in _default(
        "johnson-zelenskyy__2022-05-22"
    )  # fmt: skip


def test_readout_narration_between_kept_names_is_no_line() -> None:
    # "Secretary Blinken spoke today with …" / "… spoke by phone today with …".
    fates = _default("blinken-rau__2022-02-17")
    assert not [f for f in fates if f[0] == "changed" and "spoke" in (f[1] or "")]


def test_a_word_put_in_or_moved_is_no_swap() -> None:
    # After biden-duda 2022-03-04 ("ongoing efforts" / "ongoing international efforts") and
    # biden-kishida 2023-05-18 ("work closely together" / "work together closely").
    assert _swapped(
        "They welcomed ongoing efforts by allies.",
        "They welcomed ongoing international efforts by allies.",
    ) == []  # fmt: skip
    assert _swapped(
        "They committed to work closely together to address regional security challenges.",
        "They committed to work together closely to address regional security challenges.",
    ) == []  # fmt: skip


def test_the_readouts_own_story_is_no_line() -> None:  # noise.why: boilerplate
    # biden-meloni 2022-11-15: "President Biden met today" / "President Biden spoke today".
    assert _swapped(
        "President Biden met today with Prime Minister Meloni.",
        "President Biden spoke today with Prime Minister Meloni.",
    ) == []  # fmt: skip


def test_a_right_end_inside_its_phrase_is_no_head() -> None:
    # The ends "coordination" … "humanitarian": the line goes on ("… assistance").
    assert _swapped(
        "They discussed coordination to further surge humanitarian assistance to Gaza.",
        "They agreed to continue their close coordination to increase humanitarian assistance to Gaza.",
    ) == []  # fmt: skip
    assert _swapped(
        "They condemned the Kremlin's unprovoked and unjustified war against Ukraine.",
        "The Secretary condemned the Kremlin's heinous war crimes in Ukraine.",
    ) == []  # fmt: skip


def test_other_prepositions_in_the_middle_say_another_thing() -> None:
    assert _swapped(
        "They discussed the need for a humanitarian pause in Gaza.",
        "They discussed the need for humanitarian assistance to Gaza.",
    ) == []  # fmt: skip
    assert _swapped(
        "They discussed the need for a humanitarian pause in Gaza.",
        "They discussed the need for a humanitarian truce in Gaza.",
    ) == [("humanitarian pause in gaza", "humanitarian truce in gaza")]


def test_a_modal_verb_in_the_middle_is_a_clause_not_a_line() -> None:
    assert _swapped(
        "They said Ukraine must win the war.", "They said Ukraine should end the war."
    ) == []  # fmt: skip
    assert _swapped(
        "They said Ukraine won the war.", "They said Ukraine ended the war."
    ) == [("ukraine won the war", "ukraine ended the war")]  # fmt: skip


def test_one_word_spelt_two_ways_is_no_swap() -> None:
    # blinken-aliyev 2022-05-11: "like-minded partners" / "likeminded partners".
    assert _swapped(
        "The United States stands ready to engage bilaterally and with like-minded partners.",
        "The United States stands ready to engage bilaterally and with likeminded partners.",
    ) == []  # fmt: skip


def test_stock_words_of_readouts_may_be_the_kept_ends() -> None:
    # "… require close and strong security cooperation" / "… and continued close defense
    # cooperation": both ends ("close", "cooperation") are stock words of readouts.
    assert ("changed", "close and strong security cooperation", "close defense cooperation") in (
        _default("biden-albanese__2022-11-13")
    )  # fmt: skip


def test_with_mining_off_no_line_is_read_off_the_words() -> None:
    data = tomllib.loads(
        (EVAL / "pairs" / "biden-lopez-obrador__2022-10-18.toml").read_text("utf-8")
    )
    a, b = load(EVAL / data["a"]), load(EVAL / data["b"])
    fates = [
        (f.status.value, f.a_text, f.b_text)
        for f in compare(a, b, options=Options(mine_formulas=False)).formulas
    ]
    assert ("changed", "prosecute gun traffickers", "prosecute drug traffickers") not in fates


def test_a_name_after_a_verb_in_the_past_tense_is_its_object_not_a_head() -> None:
    # White House readouts of meetings with Prime Minister Morawiecki of Poland (2023-02-21,
    # 2023-04-11), not of the evaluation set.
    a = (
        "President Biden welcomed the decision, cementing a long-term strategic energy "
        "partnership between Poland and the United States."
    )
    b = (
        "The Vice President expressed appreciation for Poland’s leadership in reducing European "
        "dependence on Russian energy and congratulated Poland on its selection."
    )
    assert _swapped(a, b) == []
    assert _swapped(a, b.replace("and congratulated", "alongside")) == [
        ("energy partnership between poland", "energy alongside poland")
    ]


def test_a_preposition_opening_a_longer_middle_ties_it_to_the_left_end() -> None:
    # One aligned pair: "… discussed opportunities to deepen bilateral cooperation." /
    # "… discussed Iran and opportunities for greater cooperation on regional issues."
    fates = _default("blinken-al-busaidi__2022-04-27")
    assert ("changed", "opportunities to deepen bilateral cooperation",
            "opportunities for greater cooperation") in fates  # fmt: skip
    assert _swapped(
        "They discussed the need for a humanitarian pause in Gaza.",
        "They discussed the need for a humanitarian response to Gaza.",
    ) == []  # fmt: skip


def test_qualifiers_swapped_before_two_objects_are_no_line() -> None:
    # blinken-kamilov 2021-07-01 -> 2022-03-10 (state.gov, eval/noise): "thanked the Foreign
    # Minister for Uzbekistan's continued support for a just and durable peace settlement in
    # Afghanistan" / "commended Uzbekistan's humanitarian support for the people of Ukraine and
    # Afghanistan": one owner's support for two things.
    noise = EVAL.parent / "noise"
    found = compare(
        load(noise / "blinken-kamilov__2021-07-01__state.txt"),
        load(noise / "blinken-kamilov__2022-03-10__state.txt"),
    ).formulas
    told = {(f.status.value, f.a_text, f.b_text) for f in found}
    assert ("dropped", "just and durable peace settlement", None) in told
    assert ("appeared", None, "support for the people of Ukraine") in told
    a = "He thanked Uzbekistan’s continued support for a just and durable peace settlement."
    assert (
        _swapped(a, "He commended Uzbekistan’s humanitarian support for the people of Ukraine.")
        == []
    )
    # The same object after the tie, or a word of it shared, is one line reworded.
    assert _swapped(a, "He commended Uzbekistan’s steadfast support for a durable settlement.") == [
        ("uzbekistan continued support", "uzbekistan steadfast support")
    ]


SAMPLES = EVAL.parent.parent / "samples"


def test_the_unpaired_sentences_answer_each_line_as_reading_each_of_them_did() -> None:
    # rev29: every swap read every sentence no aligned pair holds (_kept of each), hours on a
    # readout said over and over to 16 MB; Alone indexes them and must answer the same.
    a = readout_words(load(str(SAMPLES / "2021-06-28-xi-putin.txt")))
    b = readout_words(load(str(SAMPLES / "2021-12-15-xi-putin.txt")))
    alone = Alone(words.stems for words in b)
    lines = {
        words.stems[p : p + size]
        for words in (*a, *b)
        for size in range(3, 7)
        for p in range(len(words.stems) - size + 1)
    }
    said = {line for line in lines if alone.says(line)}
    assert said == {line for line in lines if any(_kept(line, words) for words in b)}
    assert 0 < len(said) < len(lines)
    assert alone.at is not None  # the first lines read sentence by sentence, the rest indexed
    # sp99: every line asked sentence by sentence, and every line through the index, alike
    scanned, indexed = Alone(words.stems for words in b), Alone(words.stems for words in b)
    scanned.scans, indexed.scans = len(lines), 0
    assert {line for line in lines if scanned.says(line)} == said
    assert {line for line in lines if indexed.says(line)} == said
    assert scanned.at is None and indexed.at is not None


def test_a_readout_said_over_and_over_is_read_once_per_distinct_sentence() -> None:
    text = (SAMPLES / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    twice = {words.stems for words in readout_words(from_text(text * 2))}  # a copy's seam too
    alone = Alone(words.stems for words in readout_words(from_text(text * 40)))
    assert set(alone.sentences) == twice and len(alone.sentences) == len(twice)
