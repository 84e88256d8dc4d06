"""A one-sided entry inside the wording of a changed entry on its side is told by the change
(formulas/entries/told_once.py ``halves_within``), a lexicon's formula lending the change its
id, which ``check`` reads on the side its wording stands (check/apply.py); and a wording that
stops before the "of" complement of an article's noun takes it (formulas/words/edges.py
``end``, ``_of_complement``): branch dup6, on a real dev pair of the evaluation set and on its
line."""

from __future__ import annotations

from pathlib import Path

from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.check.apply import check
from readoutdiff.check.rules import parse
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
_PAIR = "biden-duda__2022-03-26"
_OLD = "commitment to Article 5 and to the security of all our NATO allies"
_NEW = "commitment to the security of Poland and NATO’s eastern flank"
_RULES = '[[watch]]\nid = "nato-eastern-flank"\n[[forbid]]\nid = "nato-eastern-flank"\n'


def test_a_formula_inside_a_changed_line_is_told_by_the_line_once() -> None:
    # The hand list: one changed event, "… commitment to Article 5 and to the security of all
    # our NATO allies" -> "… commitment to the security of Poland and NATO’s eastern flank".
    # The change was cut before "of" and "NATO’s eastern flank" told appeared again: a repeat.
    found = fates(_PAIR)
    assert ("changed", _OLD, _NEW) in found
    assert not any(status == "appeared" and b and "eastern flank" in b for status, _, b in found)
    swapped = fates(_PAIR, swap=True)
    assert ("changed", _NEW, _OLD) in swapped
    assert not any(status == "dropped" and a and "eastern flank" in a for status, a, _ in swapped)


def _pair(swap: bool = False):  # noqa: ANN202 - the dev pair's comparison
    a, b = (load(EVAL / f"biden-duda__{day}__wh.txt") for day in ("2022-03-26", "2022-06-08"))
    return compare(b, a) if swap else compare(a, b)


def test_the_line_takes_the_formulas_id() -> None:
    for swap in (False, True):
        [line] = [f for f in _pair(swap).formulas if f.status.value == "changed" and "Article 5" in (f.a_text or "") + (f.b_text or "")]  # fmt: skip
        assert (line.id, line.source.value) == ("nato-eastern-flank", "builtin")


def test_check_reads_the_formula_where_its_wording_stands() -> None:
    # Before the fold: watch passed ("appeared"), forbid failed. The line under the formula's
    # id must not read as the formula changed (watch) nor hide it from forbid.
    result = check(_pair(), parse(_RULES))
    watch, forbid = (o for o in result.outcomes if o.rule.id == "nato-eastern-flank")
    assert not watch.findings and watch.summary.startswith("appeared")
    assert forbid.summary.startswith("“NATO’s eastern flank” appears")  # its own words
    # Swapped, the formula is dropped inside the line: the watch rule fails, as it did.
    result = check(_pair(swap=True), parse(_RULES))
    watch, forbid = (o for o in result.outcomes if o.rule.id == "nato-eastern-flank")
    assert watch.findings and "it must persist" in watch.summary
    assert not forbid.findings


def _words(text: str):  # noqa: ANN202 - the tool's word shapes of the line's sentence
    return next(w for w in readout_words(from_text(f"They met.\n\n{text}")) if len(w.stems) > 3)


def test_the_of_complement_of_an_articles_noun_is_taken() -> None:
    words = _words(f"President Biden underscored the U.S. {_NEW}.")
    stems = list(words.stems)
    at = stems.index("security") + 1  # "the security| of Poland …"
    assert stems[edges.end(words, at) - 1] == stems[-1]  # through "… eastern flank"
    assert edges.end(words, at, lists=False) == at


def test_no_complement_taken_before_a_clause_or_another_preposition() -> None:
    for text in (
        "They reaffirmed the security of Poland that NATO guarantees.",
        "They reaffirmed the security of Poland in the face of threats.",
        "They reaffirmed a commitment to security of Poland.",  # no article before the noun
    ):
        words = _words(text)
        at = list(words.stems).index("security") + 1
        assert edges.end(words, at) == at, text


def test_a_formula_inside_a_grown_clause_stays_its_own_entry() -> None:
    # liqiang-shehbaz 2024-06-07 -> 2024-10-15 (eval/noise, tuning): the all-weather
    # partnership, a member of the clause's list, is dropped while the clause changes: two
    # events, both judged right (eval/noise/judged.toml); folded, the drop was gone.
    noise = EVAL.parent / "noise"
    a, b = (load(noise / f"liqiang-shehbaz__{day}__cctv.txt") for day in ("2024-06-07", "2024-10-15"))  # fmt: skip
    found = {(f.status.value, f.id) for f in compare(a, b).formulas}
    assert ("dropped", "all-weather-strategic-cooperative-partnership") in found
