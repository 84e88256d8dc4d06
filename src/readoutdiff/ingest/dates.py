"""Find the date of a meeting in a readout's text or file name (English, Chinese, Russian).

The meeting's date is the one the readout gives for the meeting itself: a dateline
("BEIJING, Nov. 20 (Xinhua) --", "新华社北京1月22日电"), or a date the opening sentences put the
meeting on ("On the afternoon of June 28, 2021", "当地时间5月6日", "12 февраля 2022 г."), or
"today" in them, which is the file name's date (else the page's publication line). A date that
merely appears in the text ("… follows their June 7 call") is used only when nothing better is
there. Russian month names are read by :mod:`dateparser`, loaded only when a Russian date is met.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from readoutdiff.records.record import record_positional
from readoutdiff.text.wide import CYRILLIC_CHAR, HAN_CHAR, has_wide

_EN_MONTHS = (
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
)  # fmt: skip
_MONTHS = {name: number for number, names in enumerate(_EN_MONTHS, 1) for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(r"(?<![\d-])" + _YEAR4 + r"-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?![\d-])"),
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mnum>[01]\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(
        r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:)(?:,?\s+" + _YEAR4 + r")?",
        re.I,
    ),
    re.compile(
        r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR4 + r"\b)?", re.I
    ),
    re.compile(r"(?:" + _YEAR4 + r"\s*年\s*)?(?P<mnum>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"),
    re.compile(
        r"(?<![\d月])(?P<day>[0-3]?\d)\s*日(?=[上下中早晚凌电電讯訊,，]|应约|應約|同|在|与|與|举行|舉行|会见|會見)"
    ),
    re.compile(
        r"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<ru>[а-яё]{3,9})\.?(?:\s+" + _YEAR4 + r"(?!\d))?", re.I
    ),
)
_FILE_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)([-_.]?)(?P<mnum>0[1-9]|1[0-2])\2(?P<day>[0-2]\d|3[01])(?!\d)"
)
_FILE_DAY_FIRST = re.compile(
    r"(?<!\d)(?<!\d\.)(?P<day>[0-2]\d|3[01])\.(?P<mnum>0[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)(?!\d)"
)
"""A file name's date written day first with dots, as Russian and most of Europe write it
("Путин Токаев 17.04.2025.txt"); dots with the year last are never month first (the US writes
slashes, which no file name holds). A number and a dot before it make a version ("v1.17.04.2025"),
a word and a dot a separator ("Путин.Токаев.17.04.2025.txt"; rev21: it was refused)."""
_FILE_UNPADDED = re.compile(
    r"(?<!\d)(?<!\d\.)(?P<year>(?:19|20)\d\d)([-_.])(?P<mnum>[01]?\d)\2(?P<day>[0-3]?\d)"
    r"(?![^\W_]|\.\d)"
    r"|(?<!\d)(?<!\d\.)(?P<day2>[0-3]?\d)\.(?P<mnum2>[01]?\d)\.(?P<year2>(?:19|20)\d\d)(?!\d)"
)
"""A file name's date without its zeros, year first with any of the separators above
("2025-9-4") or day first with dots ("4.9.2025") (u67); a letter or digit right after the
day is not part of a date ("items_2022-11-1x.md"). As for the padded day first, a number and a
dot before it make a version ("v1.2025.9.4"), a word and a dot a separator
("Lula.Xi.2025.9.4.txt"; rev22: it was refused, and its year read as a year with no day)."""
_FILE_YEAR_LAST = re.compile(
    r"(?<!\d)(?<!\d\.)(?P<first>[0-3]?\d)([-_])(?P<second>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d)"
)
"""A file name's date with the year last and dashes or underscores ("16-10-2023",
"10_16_2023"): day first in Europe, month first in the US, so read only where one reading
alone is a date (u67); "04-09-2025" is refused."""
_FILE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ON = re.compile(  # what stands before a date that puts the meeting on it
    r"(?i:\b(?:on|of|dated)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)$"
    r"|当地时间\s*$|^[^a-zа-яё]{0,40}$"
    r"|(?i:\b(?:состоял(?:ся|ась|ись)|прош(?:[её]л|ла|ли))\s+)$"  # "состоялся 11 июля": took place on
)
_DISPATCH = re.compile(r"[\d\s年月日]*[电電]")
"""A date the dispatch was sent on (a dateline): a date placed after it is the meeting's."""
_TODAY = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b|сегодня|今天|今日", re.I
)
_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night)\b|вчера|昨天|昨日", re.I)
_WEEKDAYS = (
    ("monday", "понедельник", "一"), ("tuesday", "вторник", "二"), ("wednesday", "среду", "三"),
    ("thursday", "четверг", "四"), ("friday", "пятницу", "五"), ("saturday", "субботу", "六"),
    ("sunday", "воскресенье", "日|天"),
)  # fmt: skip
_WEEKDAY = re.compile(
    "|".join(
        rf"(?P<d{number}>\bon\s+{en}\b|\bв\s+{ru}\b|(?:周|星期|礼拜)(?:{zh}))"
        for number, (en, ru, zh) in enumerate(_WEEKDAYS)
    ),
    re.I,
)
_FUTURE = re.compile(r"\bwill\b|\bto\s+(?:hold|meet|visit)\b|состоится|будет|проведут|将|拟", re.I)


@record_positional
class Found:
    """A date found for a readout and where it came from."""

    date: str
    """``YYYY-MM-DD``."""
    source: str
    """``"text"`` or ``"file name"``."""


@record_positional
class _Match:
    """A date read in a text: where it starts, its day, month and year (when written)."""

    start: int
    day: int
    month: int
    year: int | None


def iso_date(value: str) -> str | None:
    """Return the first full date (with a year) in ``value`` as ``YYYY-MM-DD``.

    >>> iso_date("On the afternoon of June 28, 2021, ..."), iso_date("15 December 2021")
    ('2021-06-28', '2021-12-15')
    >>> iso_date("2023年2月3日下午"), iso_date("12 февраля 2022 г.")
    ('2023-02-03', '2022-02-12')
    """
    for match in _matches(value):
        if match.year is not None:
            return _iso(match.year, match.month, match.day)
    return None


def file_date(path: str) -> str | None:
    """The date in a file name: ``2021-02-10-x.txt``, ``x__2021-02-10__y.txt``, ``x_20210210.txt``.

    >>> [file_date(name) for name in ("a/2021-02-10-x.txt", "x__2021-02-10__y.txt", "x_20210210.txt")]
    ['2021-02-10', '2021-02-10', '2021-02-10']
    >>> file_date("talks-2021.txt") is None, file_date("x_20211340.txt") is None
    (True, True)

    Or day first with dots (u66): ``Путин Токаев 17.04.2025.txt``, ``call_17.04.2025.html``.

    >>> file_date("Путин Токаев 17.04.2025.txt"), file_date("v1.17.04.2025.txt") is None
    ('2025-04-17', True)
    >>> file_date("putin.tokayev.17.04.2025.txt")
    '2025-04-17'

    A name holding two dates gives the leftmost (fix6: the first form checked won, so
    "call 16-10-2023 2023-10-17.txt" was 2023-10-17); a form refused, as day or month first
    ("04-09-2025"), is no date and gives way to the next.

    >>> file_date("call 16-10-2023 2023-10-17.txt"), file_date("x 04-09-2025 2025-09-05.txt")
    ('2023-10-16', '2025-09-05')
    """
    name = Path(path).name
    found = [
        (start, date)
        for start, end, date in _file_dates_found(name)
        if _versioned(name, start, end) is None
    ]
    return min(found)[1] if found else None


def _file_dates_found(name: str) -> Iterator[tuple[int, int, str]]:
    """Each date of the file ``name`` in any of its forms, with where it starts and ends,
    before the version test (:func:`_versioned`)."""
    yield from _file_dates(name, (_FILE_DATE, _FILE_DAY_FIRST))
    yield from _file_dates_unpadded(name)
    yield from ((start, start, date) for start, date in _file_dates_in_words(name))
    yield from _file_dates_year_last(name)


_VERSION_BEFORE = re.compile(r"(?:\d\.|(?<![^\W\d_])[vV])$")
_VERSION_AFTER = re.compile(r"\.\d")


def _versioned(name: str, start: int, end: int) -> str | None:
    """Why the date of the file ``name`` between ``start`` and ``end`` is part of a version
    number, or None: one rule for every form of a date written in figures (fix8; rev23/rev24
    saw "x 2025-9-4.2.txt" undated beside a dated "x 2025-09-04.2.txt", and "v3.1.2021.txt"
    read as 3 January 2021 beside a version "v1.2025.9.4"). A date is part of a version when
    a number and a dot stand right before it ("v1.17.04.2025", "v1.2025-04-18"), a "v" right
    before it ("v3.1.2021", "notes_v20210103"), or a dot and a number right after it
    ("2025-09-04.2", "2025.9.4.1"). A date in words ("16 October 2023") has no version test
    (``end`` is ``start``: nothing after it is read).

    >>> [file_date(name) for name in ("x 2025-9-4.2.txt", "x 2025-09-04.2.txt",
    ...  "v3.1.2021.txt", "v1.2025-04-18.txt", "v1.2025.9.4.txt", "Kiev 3.1.2021.txt")]
    [None, None, None, None, None, '2021-01-03']
    """
    before = _VERSION_BEFORE.search(name[max(start - 2, 0) : start])
    if before is not None:
        said = "a v stands" if before[0][-1] in "vV" else "a number and a dot stand"
        return f"{said} before {name[start:end]}"
    if end > start and _VERSION_AFTER.match(name, end):
        return f"a dot and a number stand after {name[start:end]}"
    return None


def _file_dates(name: str, patterns: Sequence[re.Pattern[str]]) -> Iterator[tuple[int, int, str]]:
    """Each padded date of the file ``name`` (year first, or day first with dots), with where
    it starts and ends."""
    for pattern in patterns:
        for match in pattern.finditer(name):
            date = _iso(int(match["year"]), int(match["mnum"]), int(match["day"]))
            if date:
                yield match.start(), match.end(), date


def _file_dates_unpadded(name: str) -> Iterator[tuple[int, int, str]]:
    """Each date without its zeros in the file ``name``, with where it starts and ends.

    >>> [file_date(name) for name in ("xi-lula 2025-9-4.txt", "Путин 4.9.2025.txt",
    ...  "v2.4.9.2025.txt", "2025-9-31.txt", "x_2022-11-1x.md")]
    ['2025-09-04', '2025-09-04', None, None, None]
    """
    for match in _FILE_UNPADDED.finditer(name):
        year, month = match["year"] or match["year2"], match["mnum"] or match["mnum2"]
        day = match["day"] or match["day2"]
        date = _iso(int(year), int(month), int(day))
        if date:
            yield match.start(), match.end(), date


def _file_dates_in_words(name: str) -> Iterator[tuple[int, str]]:
    """Each full date written in words in the file ``name``, as the text's own are read
    (:func:`iso_date`): "16 October 2023", "16-Oct-2023", "October 16, 2023",
    "17 апреля 2025", "2025年9月4日"; underscores and dashes read as spaces (one each, so a
    date starts where it does in the name).

    >>> [file_date(name) for name in ("Sunak Erdogan 16 October 2023.txt",
    ...  "pm_call_16-oct-2023.txt", "call October 16, 2023.html", "习近平会见2025年9月4日.txt",
    ...  "Путин Токаев 17 апреля 2025.txt", "Sunak Erdogan 16 October.txt")]
    ['2023-10-16', '2023-10-16', '2023-10-16', '2025-09-04', '2025-04-17', None]
    """
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if not any(char.isalpha() and not char.isascii() for char in stem) and not any(
        word in _MONTHS for word in re.findall(r"[a-z]+", stem.lower())
    ):
        return  # no month word: skip the text's patterns (most names)
    for match in _matches(re.sub(r"[-_]", " ", stem)):
        if match.year is not None:
            date = _iso(match.year, match.month, match.day)
            if date:
                yield match.start, date


def _file_dates_year_last(name: str) -> Iterator[tuple[int, int, str]]:
    """Each date with the year last and dashes or underscores where only one of day first and
    month first is a date (or both read the same day), with where it starts and ends.

    >>> [file_date(name) for name in ("call 16-10-2023.txt", "call_10_16_2023.txt",
    ...  "call 04-04-2025.txt", "call 04-09-2025.txt")]
    ['2023-10-16', '2023-10-16', '2025-04-04', None]
    """
    for match in _FILE_YEAR_LAST.finditer(name):
        year, first, second = int(match["year"]), int(match["first"]), int(match["second"])
        readings = {_iso(year, second, first), _iso(year, first, second)} - {None}
        if len(readings) == 1:
            yield match.start(), match.end(), str(readings.pop())


_NAME_DATE_LIKE = (
    _FILE_YEAR_LAST,
    re.compile(
        r"(?<!\d)(?<!\d\.)(?P<year>(?:19|20)\d\d)([-_.]?)(?P<first>\d{1,2})\2(?P<second>\d{1,2})"
        r"(?!\d)"
    ),
    re.compile(
        r"(?<!\d)(?<!\d\.)(?P<second>\d{1,2})\.(?P<first>\d{1,2})\.(?P<year>(?:19|20)\d\d)(?!\d)"
    ),
)
"""What a file name holds that looks like a date, for :func:`name_date_refused`: the year
last with dashes or underscores (either order), the year first (month then day), day first
with dots; a word and a dot before one is a separator, as :func:`file_date` reads it."""


def name_date_refused(path: str) -> str | None:
    """Why the file name of ``path`` gave no date though it looks dated, in words a message
    puts in brackets after "has no date"; ``None`` when its name reads as a date
    (:func:`file_date`) or holds nothing like one. ``series`` said only "has no date" of
    "04-09-2025.txt", and the user could not tell the name was read and refused (fix5).

    >>> for name in ("call 04-09-2025.txt", "call 2025-02-30.txt", "call 04.13.2025.txt",
    ...              "items_2022-11-1x.md", "talks-2021.txt"):
    ...     print(name_date_refused(name))
    its name's 04-09-2025 is 4 September 2025 read day first and April 9, 2025 month first, and is not guessed
    its name's 2025-02-30 is no day of the calendar
    its name's 04.13.2025 read day first, as dots write it, is no day of the calendar
    its name's 2022-11-1 runs on into a letter or digit (2022-11-1x…)
    its name gives a year (2021) but no day
    >>> name_date_refused("call 16-10-2023.txt") is None, name_date_refused("notes.txt") is None
    (True, True)
    """
    name = Path(path).name
    if file_date(name) is not None:
        return None
    for kind, pattern in enumerate(_NAME_DATE_LIKE):
        for match in pattern.finditer(name):
            year, first, second = int(match["year"]), int(match["first"]), int(match["second"])
            day_first, month_first = _iso(year, second, first), _iso(year, first, second)
            if kind == 0 and day_first and month_first:
                return (
                    f"its name's {match[0]} is {_in_words(day_first, day_first=True)} read day"
                    f" first and {_in_words(month_first)} month first, and is not guessed"
                )
            if not (month_first if kind else day_first or month_first):
                read = " read day first, as dots write it," if kind == 2 else ""
                return f"its name's {match[0]}{read} is no day of the calendar"
            if kind and name[match.end() : match.end() + 1].isalnum():
                return f"its name's {match[0]} runs on into a letter or digit ({match[0]}{name[match.end()]}…)"
    for start, end, _ in _file_dates_found(name):  # a date the version test refused (fix8)
        if _versioned(name, start, end):
            return _version_said(name, start, end)
    versioned = _NAME_VERSIONED.search(name)
    if versioned:
        return _as_version(name, versioned)
    only = _FILE_YEAR.search(name)
    return f"its name gives a year ({only[0]}) but no day" if only else None


_NAME_VERSIONED = re.compile(
    r"(?<=\d\.)(?:(?:19|20)\d\d([-_.])\d{1,2}\1\d{1,2}|\d{1,2}([-_.])\d{1,2}\2(?:19|20)\d\d)(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d([-_.])\d{1,2}\3\d{1,2}(?=\.\d)"
)
"""A date-like run :func:`file_date` reads as part of a version number: a number and a dot
before it ("v1.17.04.2025", "v2.4.9.2025", "v1.16-10-2023") or, year first without zeros, a dot
and a number after it ("2025.9.4.1")."""


def _as_version(name: str, match: re.Match[str]) -> str:
    """Why the date-like ``match`` of the file ``name`` gave no date: it is read as part of a
    version number, shown whole (rev23: "v1.17.04.2025.txt" was said to give "a year (2025) but
    no day", though its name holds a day; the user could not tell which rule refused it).

    >>> _as_version("v1.17.04.2025.txt", _NAME_VERSIONED.search("v1.17.04.2025.txt"))
    "its name's 1.17.04.2025 reads as a version number, not a date: a number and a dot stand before 17.04.2025; a space or a word before it would make it a date"

    A run that would be no date alone says why, as its name alone would:

    >>> _as_version("v1.04-09-2025.txt", _NAME_VERSIONED.search("v1.04-09-2025.txt"))[:36]
    "its name's 04-09-2025 is 4 September"
    """
    alone = name_date_refused(match[0])
    if alone is not None:
        return alone
    return _version_said(name, *match.span())


def _version_said(name: str, start: int, end: int) -> str:
    """Why the date between ``start`` and ``end`` of the file ``name`` is no date: the version
    number it is part of (:func:`_versioned`), shown whole, and what would make it a date.

    >>> print(name_date_refused("v3.1.2021.txt"))
    its name's v3.1.2021 reads as a version number, not a date: a v stands before 3.1.2021; a space after the v would make it a date
    """
    date = name[start:end]
    why = _versioned(name, start, end) or f"a dot and a number stand after {date}"
    first, last = start, end
    while first and (name[first - 1].isdigit() or name[first - 1] == "."):
        first -= 1
    if first and why.startswith("a v") and name[first - 1] in "vV":
        first -= 1
    while last < len(name) and (name[last].isdigit() or name[last] == "."):
        last += 1
    run = name[first:last].strip(".")
    fix = (  # what would make it a date (rev24: "… would make it one" read as "a version")
        "a space after the v would make it a date"
        if why.startswith("a v")
        else "a space or a word before it would make it a date"
        if why.startswith("a number")
        else "a space in place of that dot would make it a date"
    )
    return f"its name's {run} reads as a version number, not a date: {why}; {fix}"


def _in_words(date: str, *, day_first: bool = False) -> str:
    """``2025-09-04`` as Europe writes it ("4 September 2025") or as the US does
    ("September 4, 2025")."""
    year, month, day = date[:4], _EN_MONTHS[int(date[5:7]) - 1].split()[0].title(), int(date[8:])
    return f"{day} {month} {year}" if day_first else f"{month} {day}, {year}"


def file_name_note(date: str) -> str:
    """The note of a readout whose ``date`` was taken from its file name as it stands there;
    the views say it with the date (:func:`readoutdiff.render.labels.dated` finds it by this
    wording).

    >>> file_name_note("2025-02-20")
    'date 2025-02-20 taken from the file name'
    """
    return f"date {date} taken from the file name"


def meeting_date(
    sentences: Sequence[str], *, path: str = "", published: Sequence[str] = (), head: str = ""
) -> Found | None:
    """Find the meeting's date from the readout's first ``sentences`` (title first).

    ``published`` are the page's time-stamp and source lines (kept out of the comparison), whose
    date is the publication date when the file name has none; ``head`` is the start of the text,
    searched last for any full date.

    >>> meeting_date(["Readout", "The President spoke today with the Prime Minister.",
    ...               "They recalled their June 7 call."], path="x__2022-12-11__wh.txt")
    Found(date='2022-12-11', source='file name')
    >>> meeting_date(["新华社北京11月20日电 11月20日下午，国家主席习近平同法国总统马克龙通电话。"],
    ...              path="xi-macron__2023-11-21__xinhua.txt")
    Found(date='2023-11-20', source='text')
    >>> meeting_date(["МОСКВА, 7 окт — Президент провел телефонный разговор."], path="x_20221007.txt")
    Found(date='2022-10-07', source='text')

    A title's full date stands for the page's when neither the file name nor a time-stamp
    gives one: gov.uk's "PM call with President of Türkiye: 7 July 2023" over "spoke …
    this afternoon", a page saved under its title (u66).

    >>> meeting_date(["PM call with President of Türkiye: 7 July 2023",
    ...               "The Prime Minister spoke to the President of Türkiye this afternoon."])
    Found(date='2023-07-07', source='text')

    A first sentence that ends as a sentence does is no title: a date it mentions is not the
    day "today" means (rev21: "Following their June 7, 2021 call, …" dated the readout so).

    >>> meeting_date(["Following their June 7, 2021 call, the President spoke today with"
    ...               " the Prime Minister."]) is None
    True
    """
    named = file_date(path)
    reference = named or next(filter(None, map(iso_date, published)), None)
    if reference is None and sentences and _headline(sentences[0]):  # a title dated as gov.uk
        reference = iso_date(sentences[0])  # dates it ("PM call with …: 16 October 2023")
    year = int(reference[:4]) if reference else _name_year(path)
    weak: list[tuple[bool, str]] = []
    for sentence in sentences[:5]:
        strong, relative = _strong(sentence, reference, year, weak)
        if strong:
            return Found(strong, "file name" if relative and reference == named else "text")
        if reference is None and _TODAY.search(sentence):
            return None  # "spoke today", and nothing tells which day that was
    if reference:
        return Found(reference, "file name" if reference == named else "text")
    weak.sort(key=lambda item: not item[0])  # a full date before a day and month
    date = weak[0][1] if weak else iso_date(head)
    return Found(date, "text") if date else None


def _headline(sentence: str) -> bool:
    """``sentence`` reads as a headline, no sentence: no full stop ends it."""
    from readoutdiff.languages.segment import ends_sentence  # loaded with the text already

    return not ends_sentence(sentence)


def _foreign(sentence: str) -> bool:
    """``sentence`` has a Chinese character or a Cyrillic letter."""
    return bool(
        CYRILLIC_CHAR.search(sentence) or (has_wide(sentence) and HAN_CHAR().search(sentence))
    )


def _strong(
    sentence: str, reference: str | None, year: int | None, weak: list[tuple[bool, str]]
) -> tuple[str | None, bool]:
    """The date ``sentence`` plainly puts the meeting on, and whether it was relative ("today").

    Other dates in it go to ``weak``, each with whether it had a year.
    """
    foreign = _foreign(sentence)
    relative = (_TODAY.search(sentence) or _YESTERDAY.search(sentence)) if reference else None
    dateline = None  # "新华社北京2月26日电 …2021年2月25日，…": the dispatch's day yields
    for match in _matches(sentence):
        date = _complete(match, reference, year)
        placed = foreign and match.start <= 40  # "12 февраля …", "新华社北京1月22日电"
        later = (
            relative is not None and relative.start() < match.start
        )  # "spoke today … on April 24"
        if date and not later and (placed or _ON.search(sentence[: match.start])):
            if dateline is None and _DISPATCH.match(sentence, match.start):
                dateline = date
                continue
            return date, False
        if date:
            weak.append((match.year is not None, date))
    if dateline:
        return dateline, False
    if reference and _TODAY.search(sentence):
        return reference, True
    if reference and _YESTERDAY.search(sentence):
        import datetime as dt  # only for a date counted back: ~5 M instructions to import

        return (dt.date.fromisoformat(reference) - dt.timedelta(days=1)).isoformat(), True
    weekday = _WEEKDAY.search(sentence)
    if reference and weekday and not _FUTURE.search(sentence):
        import datetime as dt

        day = dt.date.fromisoformat(reference)
        back = (day.weekday() - int(str(weekday.lastgroup)[1:])) % 7  # the last such day
        return (day - dt.timedelta(days=back)).isoformat(), True
    return None, False


def _complete(match: _Match, reference: str | None, year: int | None) -> str | None:
    """The match as an ISO date, its year (and month, for ``22日``) taken from ``reference``."""
    if match.year is not None:
        return _iso(match.year, match.month, match.day)
    if year is None:
        return None
    month = match.month or (int(reference[5:7]) if reference else 0)
    date = _iso(year, month, match.day)
    if date and reference and date > reference:  # "on 30 December" in a readout of 2 January
        import datetime as dt

        ahead = dt.date.fromisoformat(date) - dt.date.fromisoformat(reference)
        date = _iso(year - 1, month, match.day) if ahead.days > 7 else date
    return date


def is_dateline(sentence: str) -> bool:
    """Tell whether a short sentence is a dateline: a date, a place and an agency, no more.

    >>> is_dateline("31 декабря, Минск /Корр. БЕЛТА/."), is_dateline("On 15 December, Xi met Putin.")
    (True, False)
    """
    if len(sentence) > 60:
        return False
    first = next(_matches(sentence), None)
    return first is not None and first.start <= 2


def _matches(text: str) -> Iterator[_Match]:
    """Every date-like phrase in ``text``, in order of position."""
    found: list[_Match] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            parsed = _parse(match)
            if parsed and not any(other.start == parsed.start for other in found):
                found.append(parsed)
    return iter(sorted(found, key=lambda match: match.start))


def _parse(match: re.Match[str]) -> _Match | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("ru"):
        month = _russian_month(groups["ru"].lower())
    elif groups.get("month"):
        month = _MONTHS[groups["month"].lower()]
    else:
        month = int(groups.get("mnum") or 0)
    day = int(groups["day"])
    if (month == 0 and "mnum" in groups) or not 1 <= day <= 31 or month > 12:
        return None
    return _Match(start=match.start(), day=day, month=month, year=year)


@cache
def _russian_month(word: str) -> int:
    """The month a Russian word names (``февраля``, ``окт``), or 13 when it names none."""
    import dateparser  # type: ignore[import-untyped]  # only for Russian text: ~0.5 s to load

    parsed = dateparser.parse(f"1 {word} 2000", languages=["ru"], settings={"STRICT_PARSING": True})
    return parsed.month if parsed and parsed.year == 2000 and parsed.day == 1 else 13


def _name_year(path: str) -> int | None:
    match = _FILE_YEAR.search(Path(path).name)
    return int(match.group()) if match else None


def _iso(year: int, month: int, day: int) -> str | None:
    """``datetime.date(year, month, day).isoformat()``, or ``None`` where it raises
    ``ValueError``: checked here without importing ``datetime`` (most runs need nothing else of
    it; tests/test_dates.py holds the two equal).

    >>> _iso(2024, 2, 29), _iso(2023, 2, 29), _iso(900, 1, 5), _iso(10000, 1, 1)
    ('2024-02-29', None, '0900-01-05', None)
    """
    if not (1 <= year <= 9999 and 1 <= month <= 12 and day >= 1):
        return None
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if day > (29 if month == 2 and leap else _MONTH_DAYS[month]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
