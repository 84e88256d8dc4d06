"""A wording a rule widens or cuts after mining passes the miner's edge test
(``formulas/words/cuts.py``: :func:`~readoutdiff.formulas.words.cuts.whole`): it never starts
or ends inside a name, a dotted or heading abbreviation, or a written unit. Real readouts of
the evaluation set (dev series): MOFA Japan's opening sentences and a White House readout."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.model import FormulaStatus
from readoutdiff.series import build_series

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"

JAPAN_US = (
    "kishida-kerry__2013-02-12",
    "kishida-kerry__2013-08-02",
    "kishida-kerry__2016-01-06",
    "kishida-tillerson__2017-05-16",
    "kishida-tillerson__2017-07-05",
    "kono-tillerson__2017-08-29",
    "kono-tillerson__2017-08-31",
)
"""The seven MOFA Japan readouts of Japan–US telephone talks (dev series)."""


def _words_of(file: str, holding: str):
    readout = load(EVAL / file)
    at = readout.text.index(holding)
    return next(w for w in readout_words(readout) if w.base <= at < w.base + w.stops[-1])


def test_whole_moves_an_edge_off_a_name_or_an_abbreviation() -> None:
    """The one check on a real opening sentence: "Affairs, held telephone talks" starts inside
    "Minister for Foreign Affairs"; "telephone talk with H.E. Mr" ends on the title that heads
    "Paolo Gentiloni"; "… with the United" ends inside "the United States"."""
    words = _words_of("kishida-kerry__2013-08-02__mofa-jp.txt", "Affairs, held telephone talks")
    at = words.stems.index("held")
    assert words.stems[at - 1 : at + 3] == ("affair", "held", "telephone", "talk")
    assert cuts.starts_cut(words, at - 1) and not cuts.starts_cut(words, at)
    assert cuts.whole(words, at - 1, at + 3) == (at, at + 3)
    states = words.stems.index("united")
    assert cuts.ends_cut(words, states + 1)  # "… the United" of "the United States"
    # "Secretary of State of the United" given back: the office's name runs on through its
    # "of"s (nz12; "of the United" alone before), the wording ends on the person phoned
    assert words.stems[states - 6 : states - 4] == ("kerry", "secretary")
    assert cuts.whole(words, at, states + 1) == (at, states - 5)

    words = _words_of("kishida-gentiloni__2016-09-13__mofa-jp.txt", "talk with H.E. Mr.")
    mr = words.stems.index("mr", words.stems.index("with"))
    talk = words.stems.index("talk")
    assert words.stems[talk : mr + 1] == ("talk", "with", "h", "e", "mr")
    assert cuts.ends_cut(words, mr + 1)  # heads "Paolo Gentiloni"
    assert cuts.whole(words, talk - 1, mr + 1) == (talk - 1, talk + 1)  # "telephone talk"
    # a wording that opens on a whole dotted abbreviation is no cut ("U.S. support")
    assert not cuts.starts_cut(words, words.stems.index("e") - 1)


def test_a_series_row_never_starts_inside_a_name() -> None:
    """The seven Japan–US readouts as one series: the recurring "held telephone talks" was
    titled "Affairs, held telephone talks", the wording the diverging linker placed in the
    readout it said the phrase in differently, cut inside "Minister for Foreign Affairs"."""
    series = build_series([load(EVAL / f"{name}__mofa-jp.txt") for name in JAPAN_US])
    wordings = {f.text for f in series.formulas} | {
        c.wording for f in series.formulas for c in f.cells if c.wording
    }
    assert "held telephone talks" in wordings
    assert not [w for w in wordings if w.startswith("Affairs")]
    assert not [w for w in wordings if w.endswith((" Mr", " H.E", " the United"))]


def test_a_changed_wording_never_ends_on_a_title_or_inside_a_name() -> None:
    """kishida-gentiloni → kishida-tillerson (MOFA Japan): the head kept before a swapped
    complement read "telephone talk with H.E. Mr" → "telephone talk with the Honorable Rex
    Tillerson" (a change of the person phoned, no formula); sullivan-barzani (White House, dev):
    the partnership's wordings ended "… with the United" / "… and the United", then (till acc55)
    before the parties."""
    comparison = compare(
        load(EVAL / "kishida-gentiloni__2016-09-13__mofa-jp.txt"),
        load(EVAL / "kishida-tillerson__2017-05-16__mofa-jp.txt"),
    )
    texts = [t for f in comparison.formulas for t in (f.a_text, f.b_text) if t]
    assert not [t for t in texts if "H.E" in t]

    comparison = compare(
        load(EVAL / "sullivan-barzani__2024-01-16__wh.txt"),
        load(EVAL / "sullivan-barzani__2024-02-29__wh.txt"),
    )
    changed = [f for f in comparison.formulas if f.status is FormulaStatus.CHANGED]
    partnership = next(f for f in changed if f.a_text and "strong partnership" in f.a_text)
    # acc55's relationship line (relations_en) tells both partnerships whole, their parties to the
    # end of the names, as the hand list has them
    assert partnership.a_text == (
        "appreciation for the Kurdistan region’s strong partnership with the United States"
    )
    assert partnership.b_text == (
        "appreciation for the longstanding partnership between Kurdistan and the United States"
    )


OUTSIDE = EVAL.parent / "outside"


def test_an_edge_at_the_of_of_a_name_is_a_cut() -> None:
    """nz12: a name joined by "of" ("Ministry of Foreign Affairs", "Republic of Korea") runs on
    through it as a compound of capitalised words does: a wording stopping before that "of" or
    opening after it is cut from the name. State Department readouts of the dev set (sung-kim-
    noh-funakoshi, blinken-park)."""
    words = _words_of(
        "sung-kim-noh-funakoshi__2022-02-26__state.txt", "Japanese Ministry of Foreign Affairs"
    )
    of = words.stems.index("ministry") + 1
    assert words.stems[of - 1 : of + 3] == ("ministry", "of", "foreign", "affair")
    assert cuts.of_name(words, of) and cuts.ends_cut(words, of)
    # "Director General for Asian …": the name ends where the title starts (ux27: it ran on
    # through "Director General" to the lower-case "for")
    assert words.stems[cuts.name_end(words, of)] == "director"
    # a lower-case noun before "of" heads no name: "the people of Ukraine" may end a wording
    words = _words_of("harris-zelenskyy__2024-09-26__wh.txt", "the people of Ukraine")
    people = words.stems.index("people")
    assert not cuts.of_name(words, people + 1) and not cuts.ends_cut(words, people + 1)


def test_a_wording_cut_at_a_names_of_takes_the_name_whole() -> None:
    """biden-macron (White House, the outside set's tuning part): the travel told again read
    "upcoming travel to the People’s Republic" → "recent travel to the People’s Republic", cut
    before "of China"; blinken-park (State, young dev): the launches B condemned opened inside
    "the Democratic People’s Republic of Korea’s"; sung-kim-noh-funakoshi (State, dev): the
    launch's line stopped at "Japanese Ministry" of "… Ministry of Foreign Affairs"."""
    comparison = compare(
        load(OUTSIDE / "biden-macron__2023-04-04__wh.txt"),
        load(OUTSIDE / "biden-macron__2023-04-20__wh.txt"),
    )
    travel = next(f for f in comparison.formulas if f.a_text and "upcoming travel" in f.a_text)
    assert travel.a_text == "upcoming travel to the People’s Republic of China"
    assert travel.b_text == "recent travel to the People’s Republic of China"
    for pair in (
        ("blinken-park__2022-05-24__state.txt", "blinken-park__2022-07-08__state.txt"),
        (
            "sung-kim-noh-funakoshi__2022-02-26__state.txt",
            "sung-kim-noh-funakoshi__2022-03-04__state.txt",
        ),
    ):
        comparison = compare(load(EVAL / pair[0]), load(EVAL / pair[1]))
        texts = [t for f in comparison.formulas for t in (f.a_text, f.b_text) if t]
        assert texts
        assert not [t for t in texts if t.endswith(("Ministry", "Republic"))]
