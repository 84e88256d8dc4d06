"""The titles a series view shows: the words that tell one meeting's readout from another's.

Readouts of one series often share a long opening ("Readout of National Security Advisor Jake
Sullivan’s Meeting with the Prime Minister of Iraq’s …"), so a title cut to the view's width
showed the same words at every meeting. :func:`shown_titles` drops the opening every title
shares (the view says it once) and keeps the last shared word with what follows; two titles
still alike once cut are cut in the middle instead, so that each keeps its end. The JSON
keeps every title whole. A series read from one folder shows every file past the folder they
all share (:func:`shared_folder`), which the view says once, as it says a shared opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import sep
from os.path import commonprefix
from unicodedata import east_asian_width

from readoutdiff.formulas.keys.key_record import columns, in_columns
from readoutdiff.text.wide import has_wide

WIDTH = 72
"""Columns a shown title takes at most."""

_MIN_OPENING = 20
"""Columns a shared opening takes at least to be dropped: a shorter one tells nothing away."""

_TAIL = 40
"""Columns kept of a title's end when it is cut in the middle."""


def shared_opening(titles: Sequence[str]) -> str:
    """The opening every title shares, up to the word before the first that differs.

    "" when fewer than two titles differ, when one title is the opening of another (it would
    show nothing), or when the opening is shorter than 20 columns. A title without spaces
    (Chinese) keeps its last two shared characters.

    >>> shared_opening(["Readout of the Secretary’s Meeting with Prime Minister Kishida",
    ...                 "Readout of the Secretary’s Meeting with Foreign Minister Hayashi"])
    'Readout of the Secretary’s Meeting '
    >>> shared_opening(["Readout of a Call", "Readout of a Call"]), shared_opening(["习近平同普京会谈", "习近平同马克龙通电话"])
    ('', '')
    """
    given = [title for title in titles if title]
    if len(set(given)) < 2:
        return ""
    shared = len(commonprefix(given))
    if any(len(title) == shared for title in given):
        return ""
    first = given[0]
    if " " in first[:shared]:
        differs = first.rfind(" ", 0, shared) + 1  # the first word that differs starts here
        opening = first[: first.rfind(" ", 0, max(differs - 1, 0)) + 1]
    else:
        opening = first[: max(shared - 2, 0)]
    return opening if columns(opening) >= _MIN_OPENING else ""


def shown_titles(titles: Sequence[str], width: int = WIDTH) -> list[str]:
    """Each title as a view shows it (``""`` for none), past the opening all of them share.

    >>> shown_titles(["Readout of National Security Advisor Jake Sullivan’s Meeting with the "
    ...               "Prime Minister of Iraq’s Kurdistan Region, Masrour Barzani",
    ...               "Readout of National Security Advisor Jake Sullivan’s Meeting with the "
    ...               "Prime Minister of Iraq’s Kurdistan Regional Government (KRG) Masrour Barzani"])
    ['…Kurdistan Region, Masrour Barzani', '…Kurdistan Regional Government (KRG) Masrour Barzani']
    """
    opening = shared_opening(titles)
    past = [title[len(opening) :] if opening and title else title for title in titles]
    shown = [("…" + title if opening and title else title) for title in past]
    cut = [in_columns(title, width) if title else "" for title in shown]
    seen: dict[str, set[str]] = {}
    for whole, short in zip(shown, cut, strict=True):
        seen.setdefault(short, set()).add(whole)
    return [
        _middle_cut(whole, width) if short and len(seen[short]) > 1 else short
        for whole, short in zip(shown, cut, strict=True)
    ]


def _middle_cut(title: str, width: int) -> str:
    """``title`` cut in its middle: its opening and its last 40 columns (from a word's start).

    >>> _middle_cut("Readout of the Meeting with the Prime Minister of Iraq’s Kurdistan "
    ...             "Regional Government (KRG) Masrour Barzani", 60)
    'Readout of the Meeting…Government (KRG) Masrour Barzani'
    """
    at = _tail_start(title)
    if " " in title[at:]:
        at = title.index(" ", at) + 1 if title[at - 1] != " " else at
    tail = title[at:]
    head = in_columns(title[:at].rstrip(), max(width - columns(tail) - 1, 10))
    return head.rstrip("…").rstrip() + "…" + tail


def shared_folder(paths: Sequence[str]) -> str:
    """The folder every path is in (ending in its separator), said once by the terminal view
    and cut from each meeting's file: a series of one folder named it at every meeting, and
    at 80 columns "mirziyoyev-nazarbayev/mirziyoyev-nazarbayev__2023-07-10__raqobat-gov-uz.txt"
    ran past the line's end. "" when fewer than two paths, when one is standard input ("-")
    or when they share no folder.

    >>> shared_folder(["ru/a/2021-09-20.txt", "ru/a/2021-11-26.txt"]), shared_folder(["a.txt", "b.txt"])
    ('ru/a/', '')
    >>> shared_folder(["x/ab/1.txt", "x/ac/2.txt"]), shared_folder(["x/1.txt", "-"])
    ('x/', '')
    """
    if len(paths) < 2 or "-" in paths:
        return ""
    shared = commonprefix(list(paths))
    return shared[: max(shared.rfind("/"), shared.rfind(sep)) + 1]


def _tail_start(title: str) -> int:
    """Where the longest end of ``title`` that :func:`columns` measures at most 40 columns
    starts, walked back from the end once, each character added to the end's width (not each
    end measured anew).

    :func:`columns` counts a character as a terminal does only in a text that holds one from
    :func:`has_wide`'s ranges ("」" is one column in "」 ABC", two in "会谈」"): until the walk
    meets such a character every one counts one, and from there the end is measured once.

    >>> title = "Readout of the Meeting with the Prime Minister of Iraq’s Kurdistan Region"
    >>> title[_tail_start(title) :], _tail_start("习近平" * 30) == 90 - 20
    ('rime Minister of Iraq’s Kurdistan Region', True)
    """
    at, used, wide = len(title), 0, False
    while at > 0:
        char = title[at - 1]
        if wide:
            used += 2 if east_asian_width(char) in "WF" else 1
        elif has_wide(char):
            wide, used = True, columns(title[at - 1 :])  # the end now measured as wide text
        else:
            used += 1
        if used > _TAIL:
            break
        at -= 1
    return at
