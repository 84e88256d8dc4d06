"""makers.span (``new_span`` in formulas/matching/matcher.py) makes the same Span as the dataclass's own __init__, which it skips."""

from __future__ import annotations

import dataclasses

import pytest

from readoutdiff.model import Span
from readoutdiff.model.makers import span as new_span


@pytest.mark.parametrize("fields", [(0, 1, 1), (12, 40, 3), (7, 7, 2), (10**7, 10**7 + 5, 99_999)])
def test_new_span_equals_the_keyword_call(fields: tuple[int, int, int]) -> None:
    start, end, line = fields
    made, called = new_span(start, end, line), Span(start=start, end=end, line=line)
    assert made == called and hash(made) == hash(called) and repr(made) == repr(called)
    assert (made.start, made.end, made.line) == fields
    assert dataclasses.asdict(made) == {"start": start, "end": end, "line": line}


def test_new_span_stays_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_span(1, 2, 3).start = 0  # type: ignore[misc]


def test_span_has_nothing_new_span_would_skip() -> None:
    # new_span sets the three slots itself: a __post_init__ (a check, a derived field) or a
    # new field would be skipped there, so this fails first and new_span must follow.
    assert not hasattr(Span, "__post_init__")
    assert [f.name for f in dataclasses.fields(Span)] == ["start", "end", "line"]
    assert Span.__slots__ == ("start", "end", "line")


def test_unheld_indexes_afresh_a_list_changed_other_than_by_appending() -> None:
    # spans.Unhelds keeps the index of the last lists it read; one whose span was replaced (or
    # cleared and refilled longer) must not be answered from the index of its old spans.
    from readoutdiff.formulas.words.spans import Unhelds, overlaps

    unheld = Unhelds()
    told = [Span(start=0, end=10, line=1), Span(start=20, end=30, line=1)]
    assert not unheld(told)(Span(start=2, end=3, line=1))
    told[0] = Span(start=40, end=50, line=1)
    told.append(Span(start=60, end=70, line=1))
    probes = [Span(start=s, end=s + 1, line=1) for s in range(0, 75, 3)]
    assert [unheld(told)(p) for p in probes] == [not overlaps(p, told) for p in probes]
    told.clear()
    told += [Span(start=5, end=8, line=1)] * 4
    assert [unheld(told)(p) for p in probes] == [not overlaps(p, told) for p in probes]
