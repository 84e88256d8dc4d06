"""False rewordings and name fragments a new-user review found on a real series (issue 10,
points 2–3): the ten White House readouts of President Biden's calls and meetings with
President Zelenskyy in ``tests/real_series/biden-zelenskyy/`` (sources in its files' first
lines). Each test quotes the sentence it reads from its file."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.cli.shared import history_read
from readoutdiff.formulas.lexicon.lexicon import builtin, merge
from readoutdiff.formulas.mining.recurrence import recurring
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.name_shapes import in_name
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.history import history_compared
from readoutdiff.ingest import from_text
from readoutdiff.model import Entry, FormulaSource, Lexicon, Options

SERIES = Path(__file__).parent / "real_series" / "biden-zelenskyy"
AUG, DEC, JUL = (
    SERIES / f"biden-zelenskyy__{day}__wh.txt" for day in ("2022-08-25", "2022-12-11", "2023-07-12")
)


def reports(
    a: Path, b: Path, *, history: bool = False, lexicon: Lexicon | None = None
) -> list[tuple[str, str | None, str | None]]:
    """(status, A wording, B wording) of every formula reported on ``a`` -> ``b``, with the
    whole series as ``--history`` when asked, and ``lexicon`` in place of the built-in one."""
    pair = [load(a), load(b)]
    earlier = history_read([SERIES] if history else None, 16 << 20)
    options = Options(lexicon=lexicon)
    if history:
        found = history_compared(options, earlier, pair).formulas
    else:
        found = compare(pair[0], pair[1], options=options).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


def test_no_wording_ends_on_a_possessive() -> None:
    """2022-12-11: "… as Russia continues its assaults on Ukraine's critical infrastructure."
    A wording stopping on "Ukraine's" is cut from what Ukraine owns; taken whole, it no
    longer shares half its words with "continued support for Ukraine" (2022-08-25)."""
    assert "continues its assaults on Ukraine’s critical infrastructure" in DEC.read_text("utf-8")
    words = readout_words(from_text("Russia continues its assaults on Ukraine’s critical grid."))[0]
    text = "Russia continues its assaults on Ukraine’s critical grid."
    assert edges.owned(text, words, 6) == 8  # "… Ukraine’s" -> "… Ukraine’s critical grid"
    assert edges.owned(text, words, 4) == 4  # "… assaults": no possessive
    for history in (False, True):
        for _, a_text, b_text in reports(AUG, DEC, history=history):
            for wording in (a_text, b_text):
                assert not (wording or "").endswith(("’s", "'s")), wording


def test_no_wording_starts_on_the_object_of_the_clause_before() -> None:
    """2022-12-11: "… spoke today with President Volodymyr Zelenskyy of Ukraine to underscore
    ongoing U.S. support …": "Ukraine" closes "of Ukraine"; a wording starting there starts on
    the object of the clause before it. "of U.S. assistance" is no such object: the name
    qualifies the noun after it."""
    assert "Zelenskyy of Ukraine to underscore ongoing U.S. support" in DEC.read_text("utf-8")
    text = "They spoke with Zelenskyy of Ukraine to underscore U.S. support for Ukraine’s defense."
    words = readout_words(from_text(text))[0]
    assert edges.start(words, 5, 10, text) == 6  # past "Ukraine"
    assert edges.start(words, 8, 10, text) == 8  # "U.S. support": a name qualifying a noun
    assert edges.start(words, 12, 14, text) == 12  # "Ukraine’s defense": an owner
    wordings = [w for r in reports(DEC, JUL, history=True) for w in r[1:] if w]
    assert wordings and not [w for w in wordings if w.startswith("Ukraine to")]


def test_formulas_sharing_only_a_name_are_not_one_line() -> None:
    """2022-12-11: "… holding Russia accountable for its war crimes and atrocities, and imposing
    costs on Russia for its aggression."; 2023-07-12: "… against Russia's war of aggression".
    "holding Russia accountable" and "imposing costs on Russia" share only the name "Russia"
    (an object there, an owner here) with "Russia's war of aggression": neither is its
    rewording, and no entry tells them with it (:mod:`readoutdiff.formulas.linking.strangers`).
    The formula is named here as a user names one (``--lexicon``): the built-in entry
    ``war-of-aggression`` went out in the fourteenth session, when its third readout became an
    evaluation readout (benchmarks/README.md, e21)."""
    assert "holding Russia accountable for its war crimes" in DEC.read_text("utf-8")
    assert "Russia’s war of aggression" in JUL.read_text("utf-8")
    named = Entry(
        id="war-of-aggression", text="Russia's war of aggression", source=FormulaSource.USER
    )
    lexicon = merge(builtin(), Lexicon(entries=(named,)))
    for history in (False, True):
        for status, a_text, b_text in reports(DEC, JUL, history=history, lexicon=lexicon):
            if status == "changed":
                assert a_text is not None and b_text is not None
                assert "Russia accountable" not in a_text, (a_text, b_text)
                assert not a_text.startswith("imposing costs"), (a_text, b_text)


def test_a_capitalised_run_continuing_a_name_is_part_of_it() -> None:
    """2022-08-25: "… return full control of the Zaporizhzhya Nuclear Power Plant to Ukraine";
    2022-03-05: "… the recent Russian attack on a Ukrainian nuclear power plant". The
    capitalised "Nuclear Power Plant" is part of the plant's name: the phrase recurs in one
    readout only, so the series learns no "nuclear power plant" formula."""
    assert "Zaporizhzhya Nuclear Power Plant" in AUG.read_text("utf-8")
    text = "They discussed the Zaporizhzhya Nuclear Power Plant today."
    words = readout_words(from_text(text))[0]
    assert in_name(words, 4, 7)  # "Nuclear Power Plant"
    assert not in_name(words, 3, 7)  # the whole name
    found = recurring([load(path) for path in sorted(SERIES.glob("*.txt"))])
    assert not [e.text for e in found if "nuclear" in e.text.lower()]
