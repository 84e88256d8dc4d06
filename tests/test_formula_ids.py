"""Formula ids are made and read in one place (formulas/lexicon/ids.py): every phrase id the
stage gives a real pair reads back as its stems, every lexicon id as the built-in entry, and
the name a view gives an anchor comes through that reading."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.keys.naming import anchor_names, said_as
from readoutdiff.formulas.lexicon.ids import builtin_entry, phrase_id, phrase_stems
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.model import FormulaSource

ROOT = Path(__file__).resolve().parent.parent
SERIES = sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt"))
PAIRS = [
    (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt"),
    # the whole series since the fifty-second session (bg2): its first five pairs named five
    # phrases by their stems while the English background held "allies and partners", two since
    *zip(SERIES, SERIES[1:], strict=False),
]


def test_every_id_of_a_real_pair_reads_back() -> None:
    phrases = entries = 0
    for a, b in PAIRS:
        comparison = compare(load(a), load(b))
        for formula in comparison.formulas:
            own = formula.anchor or formula.id.split("/")[0].split("#")[0]
            stems = phrase_stems(own)
            if stems is None:
                entries += 1
                assert builtin_entry(own) is not None, own
                continue
            phrases += 1
            kind = own.partition(":")[0]
            assert phrase_id(kind, stems) == own
            assert formula.source is FormulaSource.MINED or formula.anchor, own
    assert phrases >= 5 and entries >= 5


def test_every_builtin_id_is_an_entry_and_no_phrase() -> None:
    ids = [entry.id for entry in builtin().entries]
    assert [i for i in ids if phrase_stems(i) is not None or builtin_entry(i) is None] == []


def test_a_view_names_a_phrase_by_the_stems_of_its_id() -> None:
    named = 0
    for a, b in ((load(x), load(y)) for x, y in PAIRS):
        names = anchor_names(compare(a, b))
        for anchor in (i for i in names if phrase_stems(i)):
            named += said_as(anchor, (b.text, a.text)) == names[anchor]
    assert named >= 3
