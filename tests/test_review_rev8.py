"""Branch rev8 (thirty-fourth session): a review of the session's second half (acc61, tw1, ext1,
u55, u56, sp79), each finding on the input it shows on."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from test_schema import REPO, SAMPLES, compared, validator


def _formulas(document: dict[str, Any]) -> list[dict[str, Any]]:
    formulas: list[dict[str, Any]] = document["formulas"]
    return formulas


def test_the_schema_takes_the_clause_keys_and_files_written_before_them() -> None:
    # ext1 added a_clause/b_clause to every formula within readoutdiff/1: the real samples'
    # document carries them (some a clause, some null), validates, and so does the same
    # document with them taken out, as a file written before ext1 has it
    document = compared(REPO / SAMPLES[0], REPO / SAMPLES[1])
    formulas = _formulas(document)
    assert all("a_clause" in f and "b_clause" in f for f in formulas)
    assert any(isinstance(f["a_clause"], str) for f in formulas)
    assert any(f["a_clause"] is None for f in formulas)
    assert validator().is_valid(document)
    older = copy.deepcopy(document)
    for formula in _formulas(older):
        del formula["a_clause"], formula["b_clause"]
    assert validator().is_valid(older)


@pytest.mark.parametrize(("key", "value"), [("a_clause", 12), ("b_clause", ["a", "line"])])
def test_the_schema_rejects_a_clause_that_is_no_string(key: str, value: object) -> None:
    document = copy.deepcopy(compared(REPO / SAMPLES[0], REPO / SAMPLES[1]))
    _formulas(document)[0][key] = value
    assert not validator().is_valid(document)
