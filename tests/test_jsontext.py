"""The fast indented JSON writer gives exactly the bytes of ``json.dumps(..., indent=2)``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutdiff.model import Readout
from readoutdiff.render.jsontext import dumps

ROOT = Path(__file__).resolve().parent.parent

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=40,
)


def _standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_same_bytes_as_the_standard_library(value: object) -> None:
    assert dumps(value) == _standard(value)


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"empty": {}, "none": [], "nested": [[], [{}]]},
        {3: "int key", 2.5: "float key", True: "bool key", None: "null key"},
        ['\x00\x1f\u2028\u2029"\\/', "“quoted” é 😀 中文", "\ud800"],
        [0, -1, 10**40, -0.0, 1e-300, 1e300, float("nan"), float("inf"), -float("inf")],
    ],
)
def test_corners(value: object) -> None:
    assert dumps(value) == _standard(value)


def test_golden_documents_round_trip() -> None:
    """Every golden JSON file, parsed and written again, comes back byte for byte."""
    files = sorted((ROOT / "tests" / "golden").rglob("*.json"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert dumps(json.loads(text)) + "\n" == text, path.name


def test_other_types_fail_as_in_the_standard_library() -> None:
    with pytest.raises(TypeError):
        dumps({"set": {1, 2}})


_PAIRS = [
    ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"),
    ("tests/cases/cjk/a.txt", "tests/cases/cjk/b.txt"),
    ("tests/cases/quotes/a.txt", "tests/cases/quotes/b.txt"),
    ("tests/cases/moves-far/a.txt", "tests/cases/moves-far/b.txt"),
    ("tests/cases/cyrillic/a.txt", "tests/cases/cyrillic/b.txt"),
    (
        "eval/formulas/biden-kishida__2023-05-18__wh.txt",
        "eval/formulas/biden-kishida__2023-08-18__wh.txt",
    ),
]


@pytest.mark.parametrize(("a", "b"), _PAIRS)
def test_written_alignments_and_formulas_are_the_dictionaries_bytes(a: str, b: str) -> None:
    """``render_json`` writes alignments and formulas as text directly (fast); the bytes are
    those of the plain dictionaries of ``to_document`` written by the standard library, both
    ways round (dropped, added, moved and changed passages; formulas of every status)."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load
    from readoutdiff.render.jsonout import render_json, to_document

    for x, y in ((a, b), (b, a)):
        comparison = compare(load(str(ROOT / x)), load(str(ROOT / y)))
        assert comparison.alignments and comparison.formulas
        text = render_json(comparison)
        assert text == _standard(to_document(comparison)) + "\n"
        assert json.loads(text) == to_document(comparison)


@pytest.mark.parametrize("count", [0, 1, 2, 63, 64, 65, 128, 129, 300])
def test_items_written_later_stream_as_the_written_list(count: int) -> None:
    """``stream`` joins the items of a ``WrittenLater`` in groups (``_GROUP``): the text is the
    one ``dumps`` writes for the same items already written, at every group edge."""
    from readoutdiff.render import jsontext

    items = [f'{{\n      "n": {n}\n    }}' for n in range(count)]
    later = jsontext.WrittenLater(lambda n: items[n], range(count))
    document = {"head": [1, "x"], "items": later, "tail": None}
    written = {"head": [1, "x"], "items": jsontext.WrittenItems(items), "tail": None}
    assert "".join(jsontext.stream(document, end="\n")) == dumps(written) + "\n"
    plain = {"head": [1, "x"], "items": [{"n": n} for n in range(count)], "tail": None}
    assert "".join(jsontext.stream(document)) == _standard(plain)


def test_formula_places_read_alike_with_and_without_numbered_sentences() -> None:
    """A readout of one sentence a line (the samples' sentences, each put on a line of its own)
    writes every formula span's ``sentence`` as null without a search
    (``json_written._one_a_line``); the text is the one the search writes, there and on a pair
    whose bodies are one line of many sentences (White House readouts)."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import from_text, load
    from readoutdiff.render import json_written

    def lined(path: str) -> Readout:
        readout = load(str(ROOT / path))
        return from_text("\n".join(s.text for s in readout.sentences), path=path)

    one_a_line = compare(lined(_PAIRS[0][0]), lined(_PAIRS[0][1]))
    many = compare(load(str(ROOT / _PAIRS[-1][0])), load(str(ROOT / _PAIRS[-1][1])))
    assert json_written._one_a_line(one_a_line.a) and json_written._one_a_line(one_a_line.b)
    assert not json_written._one_a_line(many.a)
    json_written.forget()
    for comparison in (one_a_line, many):
        assert comparison.formulas
        fast = [json_written.written_formula(comparison, f) for f in comparison.formulas]
        json_written.forget()
        kept = json_written._one_a_line
        json_written._one_a_line = lambda readout: False  # type: ignore[assignment]
        try:
            searched = [json_written.written_formula(comparison, f) for f in comparison.formulas]
        finally:
            json_written._one_a_line = kept  # type: ignore[assignment]
            json_written.forget()
        assert fast == searched
