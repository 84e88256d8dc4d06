"""`benchmarks/en_noise_kinds.py` puts English reports under a kind of noise read off the text's
shape (nz13): real readouts of the young dev split, judged as score_formulas.py judges them."""

from __future__ import annotations

import doctest

import en_noise_kinds as enk
from formula_eval import load_pairs

from readoutdiff import load


def _young(name: str):
    (pair,) = [p for p in load_pairs(split="young") if p.name == name]
    return load(pair.a_path).text, load(pair.b_path).text


def _side(wording: str, text: str) -> enk.Side:
    assert wording in text
    return enk.Side(wording, text, text.find(wording))


def test_the_examples_hold() -> None:
    assert doctest.testmod(enk, optionflags=doctest.ELLIPSIS).failed == 0


def test_a_wording_cut_before_the_other_party_is_a_cut() -> None:
    """starmer-ramaphosa 2024-07-07 (UK government, young dev): "strong bond between the UK" of
    "… between the UK and South Africa" stops before the second party; it is a cut and a name,
    told under the cut (the first kind it has)."""
    a, b = _young("starmer-ramaphosa__2024-07-07")
    sides = [_side("strong bond between the UK", a), _side("strong partnership between the UK", b)]
    assert enk.is_cut(sides[0]) and enk.is_name(sides[0])
    assert enk.kinds_of("changed", sides) == ["cut", "name"]


def test_a_name_inside_its_sentence_is_a_name_and_one_opening_it_is_not() -> None:
    """harris-rowley 2023-01-24 (White House, young dev): "Climate Crisis", a programme's name
    mid-sentence, is a name; a report whose only capital opens its sentence is not."""
    a, _ = _young("harris-rowley__2023-01-24")
    at = a.find("Climate Crisis")
    assert at > 0 and enk.is_name(enk.Side("Climate Crisis", a, at))
    sentence_start = next(k for k in range(1, len(a)) if a[k - 2 : k] == ". " and a[k].isupper())
    first = a[sentence_start:].split(" ", 1)[0]
    assert not enk.is_name(enk.Side(first, a, sentence_start))


def test_the_table_counts_each_report_under_its_first_kind() -> None:
    rows = [
        enk.Row("young", "s1", "wh", "noise", "changed", "x", "y", ("cut", "name")),
        enk.Row("young", "s2", "wh", "noise", "persisted", "x", "x", ("name",)),
        enk.Row("tuning", "s3", "gov-uk", "right", "dropped", "x", None, ("name",)),
        enk.Row("judged", "s4", "wh", "noise", "changed", "x", "y", ("replaced",)),
    ]
    lines = enk.table(rows)
    assert "| cut | 1 | 0 | 0 | 1 | 1 | 0 | 1 |" in lines
    assert "| name | 1 | 0 | 0 | 1 | 1 | 1 | 2 |" in lines
    assert "| replaced | 0 | 0 | 1 | 1 | 1 | 0 | 1 |" in lines
    assert lines[-1] == "| all | 2 | 0 | 1 | 3 | 3 | 1 | |"
