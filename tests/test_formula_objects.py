"""A formula ending on a noun of commitment or support is reported through its object
(formulas/entries/complement.py), on real readouts of the evaluation set."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.complement import _span_through, through_object
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaStatus, Options, Span

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _entries(
    a: str, b: str, options: Options = Options()
) -> list[tuple[str, str | None, str | None]]:
    comparison = compare(load(EVAL / a), load(EVAL / b), options=options)
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def test_a_commitment_is_reported_with_what_it_is_to() -> None:
    # Biden–Sunak, 16 Nov 2022 -> 13 Mar 2023: the analyst's line is the commitment *to* the
    # Agreement, and the object runs through the whole name, not cut inside it.
    entries = _entries("biden-sunak__2022-11-16__wh.txt", "biden-sunak__2023-03-13__wh.txt")
    assert (
        "changed",
        "shared commitment to protecting the gains of the Belfast/Good Friday Agreement",
        "shared and steadfast commitment to the Belfast/Good Friday Agreement",
    ) in entries
    # The Agreement's own entry, which stands inside that object, is not also "dropped".
    assert not any(s == "dropped" and "Belfast" in (a or "") for s, a, _ in entries)


def test_the_dots_of_an_abbreviation_do_not_end_the_object() -> None:
    # Blinken–Lapid, 27 May -> 21 Jun 2022: "U.S.-Israel" is inside the object.
    entries = _entries(
        "blinken-lapid__2022-05-27__state.txt", "blinken-lapid__2022-06-21__state.txt"
    )
    b_texts = {b for status, _, b in entries if status == "changed"}
    assert "unwavering commitment to the strong U.S.-Israel strategic relationship" in b_texts


def test_a_commitment_is_reported_with_the_clause_of_what_was_committed() -> None:
    # Sullivan–Hanegbi, 10 May -> 23 Jun 2023 -> 12 May 2024: a bare "iron-clad commitment"
    # names no line; the readout's is "that Iran will never be able to obtain a nuclear weapon"
    # (acc31), said on 23 June only.
    said = "iron-clad commitment that Iran will never be able to obtain a nuclear weapon"
    first = "sullivan-hanegbi__2023-05-10__wh.txt", "sullivan-hanegbi__2023-06-23__wh.txt"
    assert ("appeared", None, said) in _entries(*first)
    later = "sullivan-hanegbi__2023-06-23__wh.txt", "sullivan-hanegbi__2024-05-12__wh.txt"
    assert ("dropped", said, None) in _entries(*later)
    # "support that aids …" is a relative clause, not what was supported; a clause that runs on
    # past CLAUSE words without punctuation is not read.
    a = from_text("They condemned material support that aids the war.")
    b = from_text("They reaffirmed their ironclad commitment that " + "x " * 20 + "ends.")
    reported = [(f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert all("that" not in (t or "") for pair in reported for t in pair)


def test_objects_are_off_where_formulas_keep_their_own_wording() -> None:
    # A series names its rows by the formula's own wording (Options.governing_words off).
    entries = _entries(
        "biden-sunak__2022-11-16__wh.txt", "biden-sunak__2023-03-13__wh.txt",
        Options(governing_words=False),
    )  # fmt: skip
    assert ("changed", "shared commitment", "shared and steadfast commitment") in entries


def test_objects_mirror_when_the_readouts_swap() -> None:
    a, b = "blinken-lapid__2022-05-27__state.txt", "blinken-lapid__2022-06-21__state.txt"
    forward, backward = _entries(a, b), _entries(b, a)
    flip = {"dropped": "appeared", "appeared": "dropped"}
    mirrored = {(flip.get(s, s), y, x) for s, x, y in backward}
    assert set(forward) == mirrored
    assert any(s == FormulaStatus.CHANGED.value for s, _, _ in forward)


def _object(sentence: str, noun: str) -> str | None:
    readout = from_text(sentence)
    words = readout_words(readout)[0]
    k = words.stems.index(noun)
    last = through_object(readout.text, words, k)
    return None if last is None else readout.text[words.start(k) : words.end(last - 1)]


def test_the_object_of_a_commitment_comes_after_the_names_that_own_it() -> None:
    # biden-scholz 2022-11-06 and biden-trudeau 2021-01-22 (White House), evaluation set.
    assert (
        _object(
            "They underscored the continued commitment of the United States and Germany to provide "
            "Ukraine with the economic, humanitarian, and security support it needs.",
            "commitment",
        )
        == "commitment of the United States and Germany to provide Ukraine"
    )
    assert (
        _object(
            "The President also reiterated the commitment of the United States to stand strong with "
            "Canada to secure their release.",
            "commitment",
        )
        == "commitment of the United States to stand strong"
    )
    # An "of" that is no owner's: no object read through it.
    assert _object("They discussed the support of allies for Ukraine.", "support") is None


def test_a_wording_ending_on_the_owner_of_a_commitment_takes_its_object() -> None:
    # White House, Biden-Zelenskyy 2021-12-09 -> 2022-01-27 (tests/real_series): B "He also
    # underscored the commitment of the United States to Ukraine's sovereignty and territorial
    # integrity." was once quoted as "commitment of the United States".
    folder = EVAL.parent.parent / "tests" / "real_series" / "biden-zelenskyy"
    comparison = compare(
        load(folder / "biden-zelenskyy__2021-12-09__wh.txt"),
        load(folder / "biden-zelenskyy__2022-01-27__wh.txt"),
    )
    wordings = [f.b_text for f in comparison.formulas if f.b_text]
    assert "commitment of the United States" not in wordings
    assert (
        "commitment of the United States to Ukraine’s sovereignty and territorial integrity"
        in wordings
    )


def _grown(sentence: str, wording: str) -> str | None:
    readout = from_text(sentence)
    view = View(readout=readout, words=tuple(readout_words(readout)), by_sentence={})
    at = readout.text.index(wording)
    span = _span_through(Span(start=at, end=at + len(wording), line=1), view)
    return None if span is None else readout.text[span.start : span.end]


def test_only_a_wording_ending_on_an_owner_reads_the_object_of_a_noun_before() -> None:
    sentence = "He underscored the commitment of the United States to Ukraine's sovereignty."
    assert _grown(sentence, "commitment of the United States") == (
        "commitment of the United States to Ukraine's sovereignty"
    )
    # A wording ending on a noun of HEADS with no object owns nothing: no earlier noun's object
    # is read through it ("support of partners" is no owner of "commitment"), as with a name.
    for owner in ("partners", "the United States and Japan"):
        sentence = f"They reaffirmed their commitment to the support of {owner}."
        assert _grown(sentence, "commitment to the support") is None


def test_the_object_stops_before_a_phrase_of_time() -> None:
    # Biden–Netanyahu, 4 -> 28 Apr 2024 (the outside set, eval/outside): "following the
    # successful defense …" says when, not what the commitment is to.
    outside = EVAL.parent / "outside"
    comparison = compare(
        load(outside / "biden-netanyahu__2024-04-04__wh.txt"),
        load(outside / "biden-netanyahu__2024-04-28__wh.txt"),
    )
    said = [f.b_text for f in comparison.formulas if f.b_text and "Israel’s security" in f.b_text]
    assert said == ["commitment to Israel’s security"]
    # "the following" is no such word: an object may start on it.
    r = from_text("They renewed their commitment to the following principles of the Charter.")
    words = readout_words(r)[0]
    k = words.stems.index("commitment")
    last = through_object(r.text, words, k)
    assert last is not None
    assert r.text[words.start(k) : words.end(last - 1)] == (
        "commitment to the following principles of the Charter"
    )


def test_a_relationship_is_told_with_its_parties() -> None:
    # Blinken–Jaishankar, 11 -> 24 Feb 2022: the analyst's line is "the U.S.-India Strategic
    # Partnership"; "Strategic Partnership" alone says nowhere whose it is.
    entries = _entries(
        "blinken-jaishankar__2022-02-11__state.txt", "blinken-jaishankar__2022-02-24__state.txt"
    )
    assert ("dropped", "U.S.-India Strategic Partnership", None) in entries
    # The parties are read after every link: swapping the readouts mirrors the entry.
    swapped = _entries(
        "blinken-jaishankar__2022-02-24__state.txt", "blinken-jaishankar__2022-02-11__state.txt"
    )
    assert ("appeared", None, "U.S.-India Strategic Partnership") in swapped


def test_a_wording_is_told_with_the_list_of_qualifiers_it_closes() -> None:
    # Biden–Sultan Haitham, 7 Mar -> 10 Nov 2023 (eval/outside, tuning part): "a more
    # prosperous, peaceful, and integrated Middle East region" is one line; the lexicon's
    # wording starts on its last qualifier. B says "a more prosperous Middle East region": the
    # line is told as changed since acc50 (thirtieth session; its kept_tails_en rule).
    outside = EVAL.parent / "outside"
    found = compare(
        load(outside / "biden-haitham__2023-03-07__wh.txt"),
        load(outside / "biden-haitham__2023-11-10__wh.txt"),
    ).formulas
    assert ("changed", "prosperous, peaceful, and integrated Middle East region") in [
        (f.status.value, f.a_text) for f in found
    ]
    # Harris–Marcos, 2 May 2023 (dev): "our security, economic, and people-to-people ties".
    entries = _entries("harris-marcos__2023-05-02__wh.txt", "harris-marcos__2023-09-06__wh.txt")
    assert ("dropped", "security, economic, and people-to-people ties", None) in entries
    # A list of topics closed by an "-ing" clause is not taken (Biden–al-Kadhimi, eval/noise:
    # "… climate, energy, education, and combatting the COVID-19 pandemic").
    noise = EVAL.parent / "noise"
    kadhimi = compare(
        load(noise / "biden-al-kadhimi__2021-02-23__wh.txt"),
        load(noise / "biden-al-kadhimi__2021-07-26__wh.txt"),
    ).formulas
    assert "combatting the COVID-19 pandemic" in [f.b_text for f in kadhimi]
