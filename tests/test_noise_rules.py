"""What is never a formula, on real readout sentences (eval/formulas): each rule of
``formulas/mining/noise.py`` and the rules that tell a formula with the words said of it."""

from __future__ import annotations

import re
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas import find_formulas
from readoutdiff.formulas.entries import quotes_cut
from readoutdiff.formulas.mining.noise import why
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.name_shapes import defined
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaSource

EVAL = Path(__file__).parent.parent / "eval" / "formulas"


_END = re.compile(r"(?<![A-Z])\.(?=\s+[A-Z]|\s*$)", re.MULTILINE)
"""A full stop that ends a sentence (not the dots of "U.S.")."""


def sentence(file: str, holding: str) -> str:
    """The sentence of a real readout of the evaluation set that holds ``holding``."""
    text = (EVAL / file).read_text(encoding="utf-8")
    at = text.index(holding)
    starts = [m.end() for m in _END.finditer(text, 0, at)]
    end = _END.search(text, at)
    assert end is not None
    return text[starts[-1] if starts else 0 : end.end()].strip()


def mined(a: str, b: str) -> list[str | None]:
    return [
        f.a_text or f.b_text
        for f in compare(from_text(a), from_text(b)).formulas
        if f.source is FormulaSource.MINED and not f.id.startswith("background:")
    ]


def test_a_phrase_telling_what_one_person_did_is_no_formula() -> None:
    """ "set out his intention" opens both UK readouts: narration, not a government's wording."""
    a = sentence("johnson-zelenskyy__2022-03-20__gov-uk.txt", "He set out his intention")
    b = sentence("johnson-zelenskyy__2022-03-23__gov-uk.txt", "Minister set out his intention")
    assert "set out his intention" not in mined(a, b)
    words = readout_words(from_text(a))[0]
    assert why(words, 1, 5) == "narration"  # "set out his intention"


def test_the_name_of_an_occasion_is_no_formula() -> None:
    """A quoted "green trade mission" names a trip, as "NATO Foreign Ministerial meeting" does."""
    text = sentence("biden-lula__2023-08-16__wh.txt", "green trade mission")
    quoted = [o.text for o in find_formulas(from_text(text)) if o.source is FormulaSource.MINED]
    assert "green trade mission" not in quoted
    words = readout_words(from_text("They previewed an upcoming green trade mission to Brazil."))[0]
    assert why(words, 4, 7) == "occasion"
    assert why(words, 4, 6) is None  # "green trade": no occasion named


def test_a_short_formula_in_the_object_of_support_is_told_with_it() -> None:
    """Albanese, 13 Nov 2022: "their strong support for ASEAN centrality and the ASEAN-led
    regional architecture"; the analyst lists the support, and "ASEAN" among the names."""
    a = sentence("biden-albanese__2022-05-24__wh.txt", "The leaders")
    b = sentence("biden-albanese__2022-11-13__wh.txt", "strong support for ASEAN centrality")
    told = {(f.status.value, f.b_text) for f in compare(from_text(a), from_text(b)).formulas}
    assert ("appeared", "support for ASEAN centrality") in told


def test_a_short_formula_outside_such_an_object_keeps_its_own_words() -> None:
    a = "They discussed the climate."
    b = sentence("biden-albanese__2022-11-13__wh.txt", "strong support for ASEAN centrality")
    b = b.replace("strong support for", "a focus on")
    told = {(f.status.value, f.b_text) for f in compare(from_text(a), from_text(b)).formulas}
    assert ("appeared", "ASEAN centrality") in told


def test_a_kept_formula_whose_support_became_commitment_is_changed() -> None:
    """Albanese, 13 Nov 2022 -> 13 Mar 2023: "strong support for ASEAN centrality" ->
    "shared commitment to ASEAN centrality", a changed line, not a kept name."""
    a = sentence("biden-albanese__2022-11-13__wh.txt", "strong support for ASEAN centrality")
    b = sentence("biden-albanese__2023-03-13__wh.txt", "commitment to ASEAN centrality")
    told = [
        (f.status.value, f.a_text, f.b_text)
        for f in compare(from_text(a), from_text(b)).formulas
        if f.id == "asean-centrality"
    ]
    assert told == [("changed", "support for ASEAN centrality", "commitment to ASEAN centrality")]


def test_a_kept_formula_in_the_object_of_the_same_noun_stays_persisted() -> None:
    a = sentence("biden-albanese__2022-11-13__wh.txt", "strong support for ASEAN centrality")
    b = a.replace("strong support", "continued support")
    told = [
        (f.status.value, f.a_text, f.b_text)
        for f in compare(from_text(a), from_text(b)).formulas
        if f.id == "asean-centrality"
    ]
    assert told == [("persisted", "ASEAN centrality", "ASEAN centrality")]


def test_a_mined_formula_both_sides_keep_anchors_no_change() -> None:
    """Pashinyan, 5 Apr -> 24 May 2022: around the mined "help by engaging bilaterally" only the
    speaker and the verb of saying changed ("reiterated the United States stood ready" ->
    "Secretary Blinken reaffirmed U.S. readiness"); a mined phrase is too unsure to hang a
    change on, as for governing phrases (succession.governed)."""
    a = sentence("blinken-pashinyan__2022-04-05__state.txt", "stood ready to help")
    b = sentence("blinken-pashinyan__2022-05-24__state.txt", "Blinken reaffirmed U.S. readiness")
    formulas = compare(from_text(a), from_text(b)).formulas
    kept = [f.id for f in formulas if f.status.value == "persisted"]
    assert "mined:help-by-engaging-bilaterally" in kept
    assert not [f for f in formulas if f.anchor and f.anchor.startswith("mined:")]


def test_a_formula_said_otherwise_at_both_ends_is_changed() -> None:
    """Sisi, 29 Oct -> 22 Nov 2023: "continuing efforts to secure the release of hostages" ->
    "efforts to reach a deal for the release of hostages held by Hamas": one lexicon entry,
    but a governing verb left on one side and a qualifier came on the other."""
    a = sentence("biden-sisi__2023-10-29__wh.txt", "secure the release of hostages")
    b = sentence("biden-sisi__2023-11-22__wh.txt", "release of hostages held by Hamas")
    told = [
        (f.status.value, f.a_text, f.b_text)
        for f in compare(from_text(a), from_text(b)).formulas
        if f.id == "release-of-hostages"
    ]
    assert told == [
        ("changed", "secure the release of hostages", "release of hostages held by Hamas")
    ]


def test_words_swapped_at_the_same_end_stay_a_variant() -> None:
    """ "true" / "genuine multilateralism" (a lexicon variant), and "in" / "across the Taiwan
    Strait" (Kishida, real wording), are the formula kept."""
    for a, b in (
        ("Both uphold true multilateralism.", "Both uphold genuine multilateralism."),
        (
            sentence("biden-albanese__2022-11-13__wh.txt", "across the Taiwan Strait"),
            sentence("biden-kishida__2023-11-16__wh.txt", "in the Taiwan Strait"),
        ),
    ):
        kept = [f for f in compare(from_text(a), from_text(b)).formulas if f.variant]
        assert kept and all(f.status.value == "persisted" for f in kept)


def test_a_long_formula_one_side_dropped_is_told_with_the_word_that_governs_it() -> None:
    """Truss, 1 Apr -> 3 May 2022: "The two discussed additional security and humanitarian
    assistance to Ukraine" (the analyst's wording: "additional security and humanitarian
    assistance"); a linking word or an adverb ("including") governs nothing."""
    a = "They met."
    b = sentence("blinken-truss__2022-05-03__state.txt", "additional security")
    told = [f.b_text for f in compare(from_text(a), from_text(b)).formulas]
    assert "additional security and humanitarian assistance to Ukraine" in told
    b = sentence("biden-erdogan__2023-05-29__wh.txt", "including strengthening transatlantic")
    told = [f.b_text for f in compare(from_text(a), from_text(b)).formulas]
    assert "strengthening transatlantic security" in told


def put_in(b: str) -> list[str | None]:
    """What compare() tells of the formulas of ``b`` against a readout that says nothing."""
    return [f.b_text for f in compare(from_text("They met."), from_text(b)).formulas]


def test_a_short_formula_joined_by_and_to_the_end_of_its_clause_is_told_with_it() -> None:
    """Kishida, 16 Nov 2023: "to work toward a political solution and durable peace" (the
    analyst's wording: "a political solution and durable peace"); a phrase that runs on into
    a preposition or a new clause is not joined."""
    b = sentence("biden-kishida__2023-11-16__wh.txt", "political solution and durable peace")
    assert "political solution and durable peace" in put_in(b)
    b = "They will work toward a political solution and durable peace in the region."
    assert "political solution" in put_in(b)


def test_a_short_formula_is_told_with_the_clause_or_the_parties_that_name_it() -> None:
    """Hichilema, 22 Sep 2021: "affirmed shared values that unite the U.S. and Zambia";
    Suluhu Hassan, 30 Mar 2023: "the longstanding partnership between the United States and
    Tanzania through …" (the analyst's wordings: the relative clause, the two parties; acc56).
    "between" with no "and" after it, or a clause of more than twelve words, is left out."""
    b = sentence("harris-hichilema__2021-09-22__wh.txt", "shared values that unite")
    assert "shared values that unite the U.S. and Zambia" in put_in(b)
    b = sentence("harris-suluhu-hassan__2023-03-30__wh.txt", "longstanding partnership")
    assert "longstanding partnership between the United States and Tanzania" in put_in(b)
    b = "They praised the longstanding partnership between their two countries."
    assert "praised the longstanding partnership" in put_in(b)
    b = (
        "They affirmed shared values that unite the peoples of the two countries across"
        " every ocean and every generation since the founding of the republic."
    )
    assert "shared values" in put_in(b)


def test_a_name_the_readout_defines_by_its_initials_is_no_formula() -> None:
    """Sherman-Delattre, 15 Jul 2022: "demands that go beyond the Joint Comprehensive Plan of
    Action (JCPOA)" names the agreement (the analyst lists it among the names), though the
    built-in lexicon holds it; the acronym in parentheses is the same name."""
    text = sentence("sherman-delattre__2022-07-15__state.txt", "Joint Comprehensive Plan")
    assert "(JCPOA)" in text
    assert [o.id for o in find_formulas(from_text(text)) if o.id == "jcpoa"] == []
    start = text.index("Joint")
    assert defined(text, start, text.index(" (JCPOA)"))


def test_a_phrase_that_ends_on_a_defined_name_is_not_one() -> None:
    """Albanese, 13 Mar 2023: "support for a strong Pacific Islands Forum (PIF)" says more than
    the name it ends on."""
    text = sentence("biden-albanese__2023-03-13__wh.txt", "Pacific Islands Forum (PIF)")
    end = text.index(" (PIF)")
    assert defined(text, text.index("Pacific"), end)
    assert not defined(text, text.index("support for a strong"), end)


def test_a_phrase_starting_with_a_span_of_time_is_cut() -> None:
    """Sisi, 22 Nov 2023: "remain in close contact over the coming days as the deal to release
    hostages from Hamas is fully implemented": a wording "coming days as the deal …" is cut
    from its time phrase; one ending on it is not ("remain in close contact over the coming
    days", as the analysts list it)."""
    text = sentence("biden-sisi__2023-11-22__wh.txt", "coming days as the deal")
    words = readout_words(from_text(text))[0]
    first = words.stems.index("coming")
    assert why(words, first, first + 5) == "date"
    close = words.stems.index("close")
    assert why(words, close, first + 2) is None  # "close contact over the coming days"


def test_a_phrase_ending_on_the_name_that_qualifies_the_next_noun_is_cut() -> None:
    """Sullivan–Año, 23 Oct 2023: "… which extends to armed attacks on Philippine public
    vessels, aircraft, and armed forces …": a phrase ending on "Philippine" is cut before the
    noun it qualifies; one ending on that noun is not."""
    text = sentence("sullivan-ano__2023-10-23__wh.txt", "armed attacks on Philippine")
    words = readout_words(from_text(text))[0]
    first = words.stems.index("extend")
    named = words.stems.index("philippine", first)
    assert why(words, first, named + 1) == "cut"
    assert why(words, first, named + 3) is None  # "… on Philippine public vessel"


def test_a_phrase_headed_by_an_anniversary_names_an_occasion() -> None:
    """The samples' "100th anniversary of the founding of the CPC", said twice in A, is the
    occasion of a congratulation, not a wording a government repeats; a phrase headed by
    another noun may still be one. (Since cnv5 the congratulation itself, said in A only, is
    one dropped greeting, the body's wording: the occasion is told inside it, never alone.)"""
    samples = Path(__file__).parent.parent / "samples"
    a = (samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    b = (samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    texts = [f.a_text or f.b_text for f in compare(from_text(a), from_text(b)).formulas]
    assert [t for t in texts if t and "anniversary of the founding" in t] == [
        "congratulations on the 100th anniversary of the founding of the CPC"
    ]
    words = readout_words(
        from_text("Putin congratulated him on the 100th anniversary of the founding of the CPC.")
    )[0]
    assert why(words, 4, 13) == "occasion"  # "the 100th anniversary of … CPC"
    assert why(words, 8, 13) is None  # "founding of the CPC": headed by no occasion


def test_a_wording_another_kept_formula_holds_is_not_told_again_as_a_rewording() -> None:
    """B's "common interests of both countries" is where A's "common interests of the two
    countries" is kept (one entry of "common interests", A's with B's: *changed* since chg8,
    B putting "national dignity and" before it, convention (d)'s qualifier put in); A's
    "fundamental interests of the two countries" (another sentence) is then dropped, not
    reworded into the same B words."""
    samples = Path(__file__).parent.parent / "samples"
    a = (samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    b = (samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    formulas = compare(from_text(a), from_text(b)).formulas
    told = [(f.status.value, f.a_text, f.b_text) for f in formulas if "interests" in f.id]
    assert ("dropped", "fundamental interests of the two countries", None) in told
    assert (
        "changed",
        "safeguarding the common interests",
        "safeguarding the national dignity and common interests",
    ) in told
    assert not [f for f in formulas if f.b_text and "of both countries" in f.b_text]


def test_a_dropped_coordination_of_qualifiers_is_told_with_its_noun() -> None:
    """Pashinyan, 5 Apr 2022: "accountable for the unprovoked and unjustified war against
    Ukraine": the lexicon's "unprovoked and unjustified" alone does not say what was
    qualified. A coordination of nouns before a noun ("trade and investment relationship")
    is a compound, told as before."""
    a = sentence("blinken-pashinyan__2022-04-05__state.txt", "unprovoked and unjustified war")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "unprovoked and unjustified war" in told
    assert "unprovoked and unjustified" not in told
    # White House, joint readout with the European Council, 24 March 2022 (not an evaluation
    # pair): the noun is a compound, told whole.
    a = (
        "The leaders discussed the coordinated and united response of the European Union and the"
        " United States to Russia’s unprovoked and unjustified military aggression in Ukraine."
    )
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "unprovoked and unjustified military aggression" in told
    # White House, Biden-Sheinbaum call, 3 June 2024 (not an evaluation pair): the lexicon's
    # "security and prosperity" there is the end of a list, told as the whole list.
    a = (
        "The two leaders emphasized their commitment to continuing the strong and collaborative"
        " partnership that will advance democracy, security, and prosperity in both countries."
    )
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "democracy, security, and prosperity" in told
    a = sentence("biden-sunak__2023-03-13__wh.txt", "trade and investment")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert not [t for t in told if t and t.endswith("trade and investment relationship")]


def test_a_short_formula_completing_a_noun_is_told_with_it() -> None:
    """Trudeau 21 Apr 2021: "demonstrate global leadership on the climate crisis"; Trudeau-Sunak
    May 2023: "the consequences of Russia's actions for the Global South". A word before the
    preposition that is no noun ("accountable for the …") governs nothing this way."""
    a = sentence("biden-trudeau__2021-04-21__wh.txt", "leadership on the climate crisis")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "leadership on the climate crisis" in told and "climate crisis" not in told
    b = sentence("trudeau-sunak__2023-05-06__pm-gc-ca.txt", "for the Global South")
    told = [f.b_text for f in compare(from_text("They met."), from_text(b)).formulas]
    assert "actions for the Global South" in told
    a = sentence("blinken-pashinyan__2022-04-05__state.txt", "accountable for the unprovoked")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert not [t for t in told if t and t.startswith("accountable")]
    # White House, Biden-Giammattei call, 4 March 2021 (not an evaluation pair): "by" and a
    # gerund open the means of a verb, not the complement of "migration".
    a = (
        "The two leaders reaffirmed their commitment to addressing the root causes of migration"
        " by combating corruption, promoting economic opportunity, and enhancing civilian security."
    )
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert not [t for t in told if t and t.startswith("migration by")]


def told_alone(a: str) -> list[str | None]:
    """A's wordings of the formulas ``compare`` reports when B says none of them."""
    return [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]


def test_a_short_formula_after_the_noun_an_article_opens_is_told_with_it() -> None:
    """Harris-Marcos 21 Nov 2022: "discussed the urgency of the climate crisis"; Ramaphosa 16
    Sep 2022: "reaffirmed the value of our longstanding partnership". A word between an article
    and "of" is a noun, whatever its ending (the hand lists quote both noun phrases); "in the
    face of" ties no noun."""
    told = told_alone(sentence("harris-marcos__2022-11-21__wh.txt", "urgency of the climate"))
    assert "urgency of the climate crisis" in told and "climate crisis" not in told
    told = told_alone(sentence("biden-ramaphosa__2022-09-16__wh.txt", "value of our longstanding"))
    assert "value of our longstanding partnership" in told
    told = told_alone("They stood together in the face of the climate crisis.")  # constructed
    assert "climate crisis" in told


def test_a_short_formula_closing_qualifiers_after_an_article_is_told_with_them() -> None:
    """Starmer-Carney 17 Mar 2025: "to see a just and lasting peace": the qualifiers joined to
    the formula's first word after an article are the noun phrase an analyst quotes ("lasting
    peace" alone has no counterpart). Without the article ("stability and lasting peace") the
    word before "and" may be a noun of its own: nothing is taken."""
    a = sentence("starmer-carney__2025-03-17__gov-uk.txt", "just and lasting peace")
    told = told_alone(a)
    assert "just and lasting peace" in told and "lasting peace" not in told
    told = told_alone(a.replace("a just and lasting peace", "stability and lasting peace"))
    assert not [t for t in told if t and t.startswith("stability")]


def test_a_replacement_of_the_readout_s_frame_only_is_no_change() -> None:
    """Von der Leyen, Mar -> Oct 2021: "underscored his support for the European Union" ->
    "reaffirmed his support for the European Union": a verb of saying swapped for another, no
    change of the formula (known here from a lexicon, as an analyst lists it)."""
    from readoutdiff import load
    from readoutdiff.formulas.lexicon.lexicon import builtin, merge
    from readoutdiff.model import Entry, Lexicon, Options

    eu = Entry(id="eu", text="his support for the European Union", source=FormulaSource.USER)
    options = Options(lexicon=merge(builtin(), Lexicon(entries=(eu,))))
    a, b = (load(EVAL / f"biden-von-der-leyen__2021-{d}__wh.txt") for d in ("03-05", "10-04"))
    told = [(f.status.value, f.a_text) for f in compare(a, b, options=options).formulas]
    assert ("persisted", "his support for the European Union") in told
    assert not [t for t in told if t[1] and t[1].startswith("underscored")]


def test_no_change_of_governing_words_hangs_on_a_near_miss() -> None:
    """Sisi, Nov 2023 -> Jan 2024: "where they can threaten Israel and Palestinians alike" is a
    fuzzy near miss of the lexicon's "Israelis and Palestinians alike"; B's "dignity and
    security for Palestinians and Israelis alike" is no new governing phrase of it. The
    samples' exact anchors still carry their changes."""
    from readoutdiff import load
    from readoutdiff.formulas.lexicon.lexicon import builtin, merge
    from readoutdiff.model import Entry, Lexicon, Options

    # l14: the built-in entry went out (its evidence was an evaluation series); a user's keeps it.
    alike = Entry(
        id="israelis-palestinians-alike",
        text="Israelis and Palestinians alike",
        variants=("Palestinians and Israelis alike",),
        source=FormulaSource.USER,
    )
    options = Options(lexicon=merge(builtin(), Lexicon(entries=(alike,))))
    a, b = (load(EVAL / f"biden-sisi__{d}__wh.txt") for d in ("2023-11-22", "2024-01-26"))
    ids = [f.id for f in compare(a, b, options=options).formulas]
    assert "israelis-palestinians-alike" in {i.split("/")[0] for i in ids}
    assert not [i for i in ids if i.startswith("israelis-palestinians-alike/")]
    samples = Path(__file__).parent.parent / "samples"
    a, b = (load(samples / f"{d}-xi-putin.txt") for d in ("2021-06-28", "2021-12-15"))
    context = {f.anchor for f in compare(a, b).formulas if f.id.endswith("/context")}
    assert {"good-neighbor-treaty", "true-multilateralism", "belt-and-road"} <= context


def test_a_long_formula_is_told_with_a_stance_but_not_with_any_verb() -> None:
    """Albanese, Nov 2022: "the imperative of maintaining peace and stability across the Taiwan
    Strait": "maintaining" is how it was said; the samples' "oppose interference in other
    countries' affairs" takes a stance, which an analyst must not lose."""
    a = sentence("biden-albanese__2022-11-13__wh.txt", "maintaining peace and stability")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "peace and stability across the Taiwan Strait" in told
    a = sentence("blinken-aliyev__2022-05-11__state.txt", "increased respect for human rights")
    told = [f.a_text for f in compare(from_text(a), from_text("They met.")).formulas]
    assert "increased respect for human rights and fundamental freedoms" in told  # a qualifier
    samples = Path(__file__).parent.parent / "samples"
    a = (samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    b = (samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")
    told = [f.a_text for f in compare(from_text(a), from_text(b)).formulas]
    assert "oppose interference in other countries' affairs" in told
    assert "resist unilateral coercive sanctions" in told


def test_russian_and_chinese_boilerplate_offices_and_names_are_no_formulas() -> None:
    """BelTA, Jul 2022 -> Dec 2025: "Александр Лукашенко и Владимир Путин провели телефонный
    разговор" (held a phone call) is the frame of the readout and two names, not a line that
    changed; the Chinese MFA's 外长 (foreign minister) and 通电话 (phone call) likewise."""
    from readoutdiff import load

    folder = Path(__file__).parent.parent / "eval" / "bilingual"
    a, b = (
        load(folder / f"lukashenko-putin__{d}__belta-ru.txt") for d in ("2022-07-11", "2025-12-31")
    )
    told = [f.a_text or f.b_text or "" for f in compare(a, b).formulas]
    assert not [t for t in told if "Лукашенко" in t or "телефонный разговор" in t]
    words = readout_words(
        from_text("Александр Лукашенко и Владимир Путин провели телефонный разговор.")
    )[0]
    assert why(words, 0, 5) == "name"  # two names joined by "и"
    assert why(words, 5, 8) == "boilerplate"  # "провели телефонный разговор"
    title = (folder / "wangyi-jaishankar__2021-02-25__mfa-zh.txt").read_text(encoding="utf-8")
    line = next(x for x in title.splitlines() if "通电话" in x)
    words = readout_words(from_text(line))[0]
    k = words.stems.index("外")
    assert why(words, k, k + 4) == "office"  # 外长苏杰
    k = words.stems.index("通")
    assert why(words, k - 1, k + 3) == "boilerplate"  # 杰通电话


def test_a_headline_of_names_and_offices_is_no_formula_in_either_direction() -> None:
    """v16's review: BelTA's 2022-07-11 lead "Телефонный разговор президентов Беларуси и России
    Александра Лукашенко …" against President.by's 2023-11-01 headline "Телефонный разговор с
    Президентом России Владимиром Путиным" was told "Formula reworded" (and by check as a mined
    phrase changed): a phone call, offices and names, no formula. Both directions, every fate."""
    from readoutdiff import load

    folder = Path(__file__).parent.parent / "eval" / "bilingual"
    old = load(folder / "lukashenko-putin__2022-07-11__belta-ru.txt")
    new = load(folder / "lukashenko-putin__2023-11-01__presidentby-ru.txt")
    for a, b in ((old, new), (new, old)):
        told = [f.a_text or f.b_text or "" for f in compare(a, b).formulas]
        told += [f.b_text or "" for f in compare(a, b).formulas]
        names = ("Лукашенк", "Путин", "резидент", "Беларус", "Росси", "разговор")
        assert not [t for t in told if any(name in t for name in names)], told
        assert told, "the pair still has its formula (специальной военной операции)"


def line(file: str, holding: str) -> str:
    """The line of a real readout of the evaluation set that holds ``holding`` (its dots of
    abbreviations, "a.m." and "Dr.", end no sentence here)."""
    text = (EVAL / file).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if holding in line)


def test_a_phrase_cut_inside_a_time_or_an_abbreviation_is_no_formula() -> None:
    """MOFA Japan's opening sentence ("commencing at 8:10 a.m., for 35 minutes, Mr. HAYASHI …"):
    a phrase starting on the "10" of "8:10" or on the "m" of "a.m." is cut there, and "for 35
    minutes" counts a span of time."""
    words = readout_words(from_text(line("hayashi-blinken__2022-01-06__mofa-jp.txt", "at 8:10")))[0]
    at = words.stems.index("10")
    assert words.stems[at - 1 : at + 3] == ("8", "10", "a", "m")
    assert why(words, at, at + 3) == "cut"  # "10 a.m"
    assert why(words, at + 2, at + 5) == "cut"  # "m., for 35"
    minutes = words.stems.index("minute")
    assert why(words, minutes - 2, minutes + 1) == "date"  # "for 35 minutes"


def test_a_phrase_ending_on_a_title_before_its_name_is_cut() -> None:
    """The segmenter's title abbreviations ("Dr." of "Dr. Subrahmanyam Jaishankar") end no
    phrase: the name they head runs on. Their lone letters ("H.E.") are cut already."""
    text = line("blinken-jaishankar__2022-02-24__state.txt", "Minister Dr. Subrahmanyam")
    words = readout_words(from_text(text))[0]
    at = words.stems.index("dr")
    assert cuts.cut(words, at - 2, at + 1)  # "External Affairs Minister Dr"
    assert not cuts.heading(words, at - 1, at)  # "Minister" heads nothing as "Dr." does


def test_a_formula_the_other_readout_says_as_a_name_is_not_told_gone() -> None:
    """starmer-scholz (the outside set's tuning part), 28 Nov 2024 -> 2 Feb 2025: A says "the
    joint action plan to tackle illegal migration" (a phrase it repeats: mined), B "Joint
    Action Plan on irregular migration", the same words as a title. The plan is said on both
    sides, so it is not told dropped (noise by the hand list), either way round (acc58). A
    formula the other readout does not say stays told: B's "two-state solution"."""
    outside = EVAL.parent / "outside"
    a = from_text((outside / "starmer-scholz__2024-11-28__gov-uk.txt").read_text("utf-8"))
    b = from_text((outside / "starmer-scholz__2025-02-02__gov-uk.txt").read_text("utf-8"))
    for x, y in ((a, b), (b, a)):
        told = compare(x, y).formulas
        assert not [f for f in told if "joint action plan" in (f.a_text or f.b_text or "").lower()]
        assert "two-state solution" in {f.a_text or f.b_text for f in told}
    # The capitalised words are read as whole words (rev6; the lines this replaced, two
    # sentences made up, passed without the rule): B's title says "joint action plan", but
    # Carney-von der Leyen's "EU-Canada Strategic Partnership of the Future" does not say
    # "strategic partner" (a prefix of its last word), nor "egic partnership".
    b_text = (outside / "starmer-scholz__2025-02-02__gov-uk.txt").read_text("utf-8")
    assert quotes_cut._capitalised_in("joint action plan", b_text)
    assert not quotes_cut._capitalised_in("Joint Action Plan", b_text)  # a quote said as it is
    india = (EVAL / "blinken-jaishankar__2022-02-11__state.txt").read_text("utf-8")
    assert quotes_cut._capitalised_in("india strategic partnership", india)
    assert not quotes_cut._capitalised_in("strategic partner", india)
    assert not quotes_cut._capitalised_in("egic partnership", india)
