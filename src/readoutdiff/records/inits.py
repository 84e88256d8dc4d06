"""The code of a record's ``__init__`` (:func:`readoutdiff.records.record._init`), written out
for up to 16 fields: a process reads it compiled from this module's byte-code. Compiling it
from source in each process (:func:`~readoutdiff.records.record.compiled`, which a record of
more fields still gets) cost ~0.1 ms a field count, 19 of them (~2.5 ms) in the start-up of
``readoutdiff A B``.

``_kw_<n>`` returns the ``__init__`` of ``n`` keyword-only fields, which sets each through its
setter ``_set_<k>`` (a free variable); the record renames its parameters, and makes them
positional where fields go by position too (the same instructions). Written by a script
(``python tests/test_record.py``, then ``ruff format``); ``tests/test_record.py`` holds each to
the code compiled from :func:`~readoutdiff.records.record.template_source`.
"""

# mypy: allow-untyped-defs
# (written code: its functions are typed by MADE, as record.py reads them)

from __future__ import annotations  # as in record.py, whose compiled code inherits it

from collections.abc import Callable
from typing import Any


def _kw_0():
    def __init__(self):
        pass

    return __init__


def _kw_1(_set_0):
    def __init__(self, *, field_0):
        _set_0(self, field_0)

    return __init__


def _kw_2(_set_0, _set_1):
    def __init__(self, *, field_0, field_1):
        _set_0(self, field_0)
        _set_1(self, field_1)

    return __init__


def _kw_3(_set_0, _set_1, _set_2):
    def __init__(self, *, field_0, field_1, field_2):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)

    return __init__


def _kw_4(_set_0, _set_1, _set_2, _set_3):
    def __init__(self, *, field_0, field_1, field_2, field_3):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)

    return __init__


def _kw_5(_set_0, _set_1, _set_2, _set_3, _set_4):
    def __init__(self, *, field_0, field_1, field_2, field_3, field_4):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)

    return __init__


def _kw_6(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5):
    def __init__(self, *, field_0, field_1, field_2, field_3, field_4, field_5):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)

    return __init__


def _kw_7(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6):
    def __init__(self, *, field_0, field_1, field_2, field_3, field_4, field_5, field_6):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)

    return __init__


def _kw_8(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7):
    def __init__(self, *, field_0, field_1, field_2, field_3, field_4, field_5, field_6, field_7):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)

    return __init__


def _kw_9(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8):
    def __init__(
        self, *, field_0, field_1, field_2, field_3, field_4, field_5, field_6, field_7, field_8
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)

    return __init__


def _kw_10(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)

    return __init__


def _kw_11(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9, _set_10):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)

    return __init__


def _kw_12(
    _set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9, _set_10, _set_11
):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
        field_11,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)
        _set_11(self, field_11)

    return __init__


def _kw_13(
    _set_0,
    _set_1,
    _set_2,
    _set_3,
    _set_4,
    _set_5,
    _set_6,
    _set_7,
    _set_8,
    _set_9,
    _set_10,
    _set_11,
    _set_12,
):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
        field_11,
        field_12,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)
        _set_11(self, field_11)
        _set_12(self, field_12)

    return __init__


def _kw_14(
    _set_0,
    _set_1,
    _set_2,
    _set_3,
    _set_4,
    _set_5,
    _set_6,
    _set_7,
    _set_8,
    _set_9,
    _set_10,
    _set_11,
    _set_12,
    _set_13,
):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
        field_11,
        field_12,
        field_13,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)
        _set_11(self, field_11)
        _set_12(self, field_12)
        _set_13(self, field_13)

    return __init__


def _kw_15(
    _set_0,
    _set_1,
    _set_2,
    _set_3,
    _set_4,
    _set_5,
    _set_6,
    _set_7,
    _set_8,
    _set_9,
    _set_10,
    _set_11,
    _set_12,
    _set_13,
    _set_14,
):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
        field_11,
        field_12,
        field_13,
        field_14,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)
        _set_11(self, field_11)
        _set_12(self, field_12)
        _set_13(self, field_13)
        _set_14(self, field_14)

    return __init__


def _kw_16(
    _set_0,
    _set_1,
    _set_2,
    _set_3,
    _set_4,
    _set_5,
    _set_6,
    _set_7,
    _set_8,
    _set_9,
    _set_10,
    _set_11,
    _set_12,
    _set_13,
    _set_14,
    _set_15,
):
    def __init__(
        self,
        *,
        field_0,
        field_1,
        field_2,
        field_3,
        field_4,
        field_5,
        field_6,
        field_7,
        field_8,
        field_9,
        field_10,
        field_11,
        field_12,
        field_13,
        field_14,
        field_15,
    ):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)
        _set_8(self, field_8)
        _set_9(self, field_9)
        _set_10(self, field_10)
        _set_11(self, field_11)
        _set_12(self, field_12)
        _set_13(self, field_13)
        _set_14(self, field_14)
        _set_15(self, field_15)

    return __init__


MADE: dict[int, Callable[..., Any]] = {
    0: _kw_0,
    1: _kw_1,
    2: _kw_2,
    3: _kw_3,
    4: _kw_4,
    5: _kw_5,
    6: _kw_6,
    7: _kw_7,
    8: _kw_8,
    9: _kw_9,
    10: _kw_10,
    11: _kw_11,
    12: _kw_12,
    13: _kw_13,
    14: _kw_14,
    15: _kw_15,
    16: _kw_16,
}
"""Each function by its number of fields."""
