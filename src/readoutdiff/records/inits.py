"""The code of a record's ``__init__`` (:func:`readoutdiff.records.record._init`), written out
for up to 16 fields, keyword-only or not: a process reads it compiled from this module's
byte-code. Compiling it from source in each process (:func:`~readoutdiff.records.record.compiled`,
which a record of more fields still gets) cost ~0.1 ms a field count, 19 of them (~2 ms) in the
start-up of ``readoutdiff A B``.

``_kw_<n>`` (fields keyword-only) and ``_at_<n>`` (by position too) return the ``__init__`` of
``n`` fields, which sets each through its setter ``_set_<k>`` (a free variable); the record
renames its parameters. Written by a script (``python tests/test_record.py``, then ``ruff
format``); ``tests/test_record.py`` holds each to the code compiled from
:func:`~readoutdiff.records.record.template_source`.
"""

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


def _at_0():
    def __init__(self):
        pass

    return __init__


def _at_1(_set_0):
    def __init__(self, field_0):
        _set_0(self, field_0)

    return __init__


def _at_2(_set_0, _set_1):
    def __init__(self, field_0, field_1):
        _set_0(self, field_0)
        _set_1(self, field_1)

    return __init__


def _at_3(_set_0, _set_1, _set_2):
    def __init__(self, field_0, field_1, field_2):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)

    return __init__


def _at_4(_set_0, _set_1, _set_2, _set_3):
    def __init__(self, field_0, field_1, field_2, field_3):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)

    return __init__


def _at_5(_set_0, _set_1, _set_2, _set_3, _set_4):
    def __init__(self, field_0, field_1, field_2, field_3, field_4):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)

    return __init__


def _at_6(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5):
    def __init__(self, field_0, field_1, field_2, field_3, field_4, field_5):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)

    return __init__


def _at_7(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6):
    def __init__(self, field_0, field_1, field_2, field_3, field_4, field_5, field_6):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)

    return __init__


def _at_8(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7):
    def __init__(self, field_0, field_1, field_2, field_3, field_4, field_5, field_6, field_7):
        _set_0(self, field_0)
        _set_1(self, field_1)
        _set_2(self, field_2)
        _set_3(self, field_3)
        _set_4(self, field_4)
        _set_5(self, field_5)
        _set_6(self, field_6)
        _set_7(self, field_7)

    return __init__


def _at_9(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8):
    def __init__(
        self, field_0, field_1, field_2, field_3, field_4, field_5, field_6, field_7, field_8
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


def _at_10(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9):
    def __init__(
        self,
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


def _at_11(_set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9, _set_10):
    def __init__(
        self,
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


def _at_12(
    _set_0, _set_1, _set_2, _set_3, _set_4, _set_5, _set_6, _set_7, _set_8, _set_9, _set_10, _set_11
):
    def __init__(
        self,
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


def _at_13(
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


def _at_14(
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


def _at_15(
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


def _at_16(
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


MADE: dict[tuple[int, bool], Callable[..., Any]] = {
    (0, True): _kw_0,
    (1, True): _kw_1,
    (2, True): _kw_2,
    (3, True): _kw_3,
    (4, True): _kw_4,
    (5, True): _kw_5,
    (6, True): _kw_6,
    (7, True): _kw_7,
    (8, True): _kw_8,
    (9, True): _kw_9,
    (10, True): _kw_10,
    (11, True): _kw_11,
    (12, True): _kw_12,
    (13, True): _kw_13,
    (14, True): _kw_14,
    (15, True): _kw_15,
    (16, True): _kw_16,
    (0, False): _at_0,
    (1, False): _at_1,
    (2, False): _at_2,
    (3, False): _at_3,
    (4, False): _at_4,
    (5, False): _at_5,
    (6, False): _at_6,
    (7, False): _at_7,
    (8, False): _at_8,
    (9, False): _at_9,
    (10, False): _at_10,
    (11, False): _at_11,
    (12, False): _at_12,
    (13, False): _at_13,
    (14, False): _at_14,
    (15, False): _at_15,
    (16, False): _at_16,
}
"""Each function by (number of fields, keyword-only)."""
