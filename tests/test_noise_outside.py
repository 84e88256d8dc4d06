"""What is never a formula, on real readouts outside the evaluation set (``eval/noise/``:
readouts that no evaluation or reserved series holds, see its SOURCES.md; the tests here read
its White House and State Department ones of 2021–2022). Each test quotes the sentence it
reads from its file."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.mining.noise import why
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

NOISE = Path(__file__).parent.parent / "eval" / "noise"


def told(a: str, b: str) -> list[str]:
    """Every wording readoutdiff reports on the pair of files ``a`` -> ``b``."""
    found = compare(load(NOISE / a), load(NOISE / b)).formulas
    return [w for f in found for w in (f.a_text, f.b_text) if w]


def told_twice(a: str, b: str) -> list[str]:
    """The same with every paragraph of both files said twice, as the State Department feed's
    items hold them (in <description> and again in <content:encoded>): a phrase of one
    paragraph then recurs in its readout, as a readout's own repeated line does, and mining
    sights it."""

    def doubled(name: str) -> str:
        title, _, body = (NOISE / name).read_text(encoding="utf-8").partition("\n\n")
        return f"{title}\n\n{body.strip()}\n\n{body.strip()}\n"

    found = compare(from_text(doubled(a)), from_text(doubled(b))).formulas
    return [w for f in found for w in (f.a_text, f.b_text) if w]


def test_a_number_of_years_is_a_date() -> None:
    """blinken-shoukry 2022-04-13 (state.gov): "… noting that 2022 marks 100 years of bilateral
    diplomatic relations": an anniversary, not a formula."""
    text = (NOISE / "blinken-shoukry__2022-04-13__state.txt").read_text(encoding="utf-8")
    assert "marks 100 years of bilateral diplomatic relations" in text
    words = readout_words(
        from_text("Noting that 2022 marks 100 years of bilateral diplomatic relations.")
    )[0]
    assert why(words, 3, 10) == "date"  # "marks 100 years of bilateral diplomatic relations"
    assert why(words, 6, 10) is None  # "of bilateral diplomatic relations": no number of years
    wordings = told(
        "blinken-shoukry__2022-04-13__state.txt", "blinken-shoukry__2022-05-28__state.txt"
    )
    assert not [w for w in wordings if "100 years" in w]
    assert "strategic partnership between the United States and Egypt" in wordings


def test_a_post_a_country_holds_is_an_office() -> None:
    """blinken-lipavsky 2022-04-27 (state.gov): "… working closely with the Czech Republic during
    its upcoming presidency of the Council of the EU": a post, like a minister's."""
    a, b = "blinken-lipavsky__2022-03-09__state.txt", "blinken-lipavsky__2022-04-27__state.txt"
    assert "upcoming presidency of the Council of the EU" in (NOISE / b).read_text(encoding="utf-8")
    words = readout_words(from_text("During its upcoming presidency of the Council of the EU."))[0]
    assert why(words, 3, 10) == "office"
    wordings = told_twice(a, b)
    assert not [w for w in wordings if "presidency" in w]
    assert "sovereignty and territorial integrity" in wordings


def test_a_recurring_phrase_written_as_a_name_is_that_name() -> None:
    """harris-giammattei 2022-01-10 (whitehouse.gov): "… economic growth through the Call to
    Action she launched in May 2021": the background phrase "call to action" written as the
    initiative's name is no formula there; written in lower case it still is one."""
    a, b = "harris-giammattei__2021-03-30__wh.txt", "harris-giammattei__2022-01-10__wh.txt"
    assert "through the Call to Action she launched" in (NOISE / b).read_text(encoding="utf-8")
    assert not [w for w in told(a, b) if "Call to Action" in w]
    lower = "They noted economic growth through the call to action she launched in May 2021."
    found = compare(from_text("The leaders met."), from_text(lower)).formulas
    told_lower = [f.b_text for f in found if f.id == "background:call-to-action"]
    assert told_lower == ["through the call to action"]


def test_a_phrase_running_into_a_lexicon_formula_is_cut() -> None:
    """blinken-abbas 2022-04-19 and 2022-06-01 (state.gov) both say "… and the Administration's
    support for a negotiated two-state solution": "support for a negotiated" stops inside the
    formula "two-state solution", which is reported on its own."""
    a, b = "blinken-abbas__2022-04-19__state.txt", "blinken-abbas__2022-06-01__state.txt"
    for name in (a, b):
        assert "support for a negotiated two-state solution" in (NOISE / name).read_text(
            encoding="utf-8"
        )
    wordings = told_twice(a, b)
    assert not [w for w in wordings if w.endswith("negotiated")]
    assert "two-state solution" in wordings


def test_the_elect_of_a_president_elect_is_an_office() -> None:
    """White House, 2023-11-22 "Readout of President Joe Biden's Call with President-elect
    Javier Milei of Argentina" (wh-briefings mirror): "elect Javier Milei of Argentina", cut
    after the hyphen, was mined as a phrase; it is an office and a name."""
    words = readout_words(
        from_text("President Biden spoke with President-elect Javier Milei of Argentina.")
    )[0]
    k = words.stems.index("elect")
    assert why(words, k, k + 5) == "office"


def test_a_preposition_of_several_words_is_cut_not_a_phrase() -> None:
    """State Department, Blinken's call with Kazakhstani Foreign Minister Tileuberdi (Aug 2021,
    https://www.state.gov/secretary-blinkens-call-with-kazakhstani-foreign-minister-tileuberdi/):
    "… reduce our civilian footprint in Kabul in light of the evolving security situation":
    "light of …" is cut from the preposition "in light of"."""
    text = "Blinken noted plans to reduce our footprint in Kabul in light of the evolving security situation."
    words = readout_words(from_text(text))[0]
    k = words.stems.index("light")
    assert why(words, k, k + 6) == "cut"
    assert why(words, k + 3, k + 6) is None  # "evolving security situation"


def test_a_state_named_by_the_name_after_its_of_is_a_name() -> None:
    """White House, 2023-02-23 "Readout of Vice President Harris' Meeting with Members of the
    National Space Council's Users' Advisory Group" (wh-briefings mirror): "… convened members
    of the Space Council's Users' Advisory Group (UAG) at the White House"; State Department,
    Deputy Secretary Sherman's call with Colombian Vice President and Foreign Minister Ramirez
    (2022, feed page …-shermans-call-with-colombian-vice-president-and-foreign-minister-ramirez):
    "… commended the government of Colombia for its condemnation …"."""
    words = readout_words(
        from_text("Harris convened members of the Space Council’s Users’ Advisory Group today.")
    )[0]
    assert why(words, 2, 10) == "name"  # "members of the Space Council's Users' Advisory Group"
    words = readout_words(
        from_text("She commended the government of Colombia for its condemnation.")
    )[0]
    assert why(words, 3, 6) == "name"  # "government of Colombia"
    words = readout_words(
        from_text("They backed the people of Ukraine and the government of Ukraine's reforms.")
    )[0]
    assert why(words, 3, 6) is None  # "people of Ukraine": the core of a line of support


def test_a_reworded_wording_finishes_the_compound_it_stops_inside() -> None:
    """biden-niinisto 2022-01-18 (whitehouse.gov): "… their shared concern over Russia's
    unprovoked military build-up on Ukraine's borders" was quoted "Russia's unprovoked
    military", cut inside "military build-up"; White House, 2022-02-11 call with transatlantic
    leaders (wh-briefings mirror): "… severe economic costs on Russia should it choose military
    escalation" was quoted up to "choose"."""
    from readoutdiff.formulas.words.edges import end

    words = readout_words(
        from_text("They discussed Russia’s unprovoked military build-up on Ukraine’s borders.")
    )[0]
    k = words.stems.index("military")
    assert words.stems[k + 1 : end(words, k + 1)] == ("build", "up")
    words = readout_words(
        from_text("They agreed to impose costs on Russia should it choose military escalation.")
    )[0]
    k = words.stems.index("choose")
    assert words.stems[k + 1 : end(words, k + 1)] == ("military", "escalation")
    words = readout_words(
        from_text("They reaffirmed support for Ukraine’s sovereignty and territorial integrity.")
    )[0]
    k = words.stems.index("sovereignty")
    assert end(words, k + 1) == k + 1  # "and" opens no compound
    a, b = "biden-niinisto__2022-01-18__wh.txt", "biden-niinisto__2022-03-04__wh.txt"
    assert "Russia’s unprovoked military" not in told(a, b)


JETP = (
    "The two leaders discussed opportunities to expand economic cooperation, including through"
    " implementation of the $20 billion Just Energy Transition Partnership, which will mobilize"
    " historic levels of public and private financing to support Indonesia’s energy transition"
    " and climate-aligned economic growth."
)
"""White House, 6 September 2023, the Vice President's meeting with President Joko Widodo of
Indonesia (wh-briefings mirror; not in any set)."""


def test_a_lexicon_wording_is_no_formula_where_a_name_runs_on_after_it() -> None:
    """The lexicon's "just energy transition", written "Just Energy Transition" with
    "Partnership" right after it, is the head of that programme's name, its tail cut off: no
    formula there. Written in common words it still is one."""
    plain = JETP.replace("Just Energy Transition Partnership", "just energy transition")
    named = compare(from_text("Readout\n\nThey met.\n"), from_text(f"Readout\n\n{JETP}\n"))
    common = compare(from_text("Readout\n\nThey met.\n"), from_text(f"Readout\n\n{plain}\n"))
    assert not [f for f in named.formulas if "Energy Transition" in (f.b_text or "")]
    assert [f.b_text for f in common.formulas if f.b_text == "just energy transition"]


def test_a_reworded_wording_never_ends_on_the_first_letter_of_initials() -> None:
    """White House, 15 April 2022, the Vice President's meeting with President Hassan of
    Tanzania (wh-briefings mirror): "… nearly $1 billion of new investments by U.S. companies
    in Tanzania …" was quoted "billion of new investments by U", cut inside "U.S."."""
    from readoutdiff.formulas.words.edges import trimmed_end

    text = (
        "They also welcomed nearly $1 billion of new investments by U.S. companies in Tanzania"
        " in tourism, conservation, and clean energy sectors."
    )
    words = readout_words(from_text(text))[0]
    first, u = words.stems.index("billion"), words.stems.index("u")
    assert words.stems[first : trimmed_end(words, first, u + 1)] == (
        "billion", "of", "new", "investment",
    )  # fmt: skip
    assert trimmed_end(words, first, u) == u  # ending on "by": not this rule's


def statuses(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    """Every report readoutdiff makes on the pair of files ``a`` -> ``b``: status, wordings."""
    found = compare(load(NOISE / a), load(NOISE / b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


def test_a_pronoun_and_its_head_alone_reword_nothing() -> None:
    """biden-king-salman (whitehouse.gov): "… the U.S. commitment to help Saudi Arabia defend
    its territory as it faces attacks …" (2021-02-25), "… the U.S. commitment to support Saudi
    Arabia in the defense of its people and territory from these attacks …" (2022-02-09);
    sullivan-cravinho: "… the impacts of Russia’s war in Ukraine on global food security"
    (2022-08-22), "… the need to hold Russia accountable for its aggression" (2022-09-15). "its
    territory" and "its aggression" only refer back to what the clause named: as wordings of a
    change they quote nothing (eval/noise judged both cuts)."""
    a, b = "biden-king-salman__2021-02-25__wh.txt", "biden-king-salman__2022-02-09__wh.txt"
    assert "defend its territory as it faces" in (NOISE / a).read_text(encoding="utf-8")
    assert "defense of its people and territory" in (NOISE / b).read_text(encoding="utf-8")
    assert not [r for r in statuses(a, b) if "its territory" in (r[1] or "")]
    a, b = "sullivan-cravinho__2022-08-22__wh.txt", "sullivan-cravinho__2022-09-15__wh.txt"
    assert "hold Russia accountable for its aggression" in (NOISE / b).read_text(encoding="utf-8")
    found = statuses(a, b)
    assert not [r for r in found if r[2] == "its aggression"]
    assert ("dropped", "global food security", None) in found  # the formula, on its own
    assert ("appeared", None, "hold Russia accountable") in found
    # A pronoun with a qualifier still owns a line: "its unprovoked war" is a wording of one.
    owned = from_text("They condemned Russia’s brutal war against Ukraine.")
    again = from_text("They spoke again.\n\nIt has to end its unprovoked war against Ukraine.")
    assert [f.b_text for f in compare(owned, again).formulas if f.status.value == "changed"]


def test_a_sum_and_its_object_and_a_shared_preposition_are_no_rewording() -> None:
    """biden-ghani (whitehouse.gov), 2021-04-14: "… continue to support the Afghan people,
    including through continued development, humanitarian, and security assistance."
    2021-07-23: "… released $300 million in development and other non-humanitarian assistance
    to help the Afghan people" (a sum and what it is spent on: the day's news) and "… the loss
    of innocent Afghan lives, including through continued targeted killings …" (only
    "including through continued" shared: a preposition and two stock words). Neither is the
    assistance line reworded; the line is reported dropped."""
    a, b = "biden-ghani__2021-04-14__wh.txt", "biden-ghani__2021-07-23__wh.txt"
    text_b = (NOISE / b).read_text(encoding="utf-8")
    assert "released $300 million in development and other non-humanitarian" in text_b
    assert "including through continued targeted killings" in text_b
    found = statuses(a, b)
    assert not [r for r in found if "non-humanitarian" in (r[2] or "")]
    assert not [r for r in found if "killings" in (r[2] or "")]
    assert ("dropped", "humanitarian, and security assistance", None) in found
    from readoutdiff.formulas.words.phrases import spent_on

    words = readout_words(from_text("They released $300 million in development assistance."))[0]
    at = words.stems.index("development")
    assert spent_on(words, at, at + 2)  # "development assistance", after "$300 million in"
    assert not spent_on(words, 0, 2)  # "They released": no sum before or in it


def test_qualifiers_gained_before_a_kept_formula_change_it() -> None:
    """biden-ghani (whitehouse.gov), 2021-04-14: "… every effort should be made to achieve a
    political settlement …"; 2021-07-23: "… in support of a durable and just political
    settlement." The formula's words are the same, the qualifiers before it new: one changed
    report, not a persisted one beside a change of its governing words."""
    a, b = "biden-ghani__2021-04-14__wh.txt", "biden-ghani__2021-07-23__wh.txt"
    assert "to achieve a political settlement" in (NOISE / a).read_text(encoding="utf-8")
    assert "a durable and just political settlement" in (NOISE / b).read_text(encoding="utf-8")
    settled = [r for r in statuses(a, b) if "political settlement" in (r[1] or r[2] or "")]
    assert settled == [("changed", "political settlement", "durable and just political settlement")]
    # The same qualifiers on both sides: the formula persisted (its governing verb, changed,
    # is told apart).
    same = compare(
        from_text("They seek a just political settlement."),
        from_text("They want a just political settlement."),
    ).formulas
    assert ("persisted", "political settlement") in [(f.status.value, f.a_text) for f in same]
