"""What a mined phrase must not be: a name, an office, a date, readout boilerplate, a cut.

Names of people, places and organisations, offices and titles, dates and the stock
sentences of readouts recur from one readout to the next without being formulas;
only a lexicon may declare one of them a formula. These rules are general (shapes
of capitalisation, a short list of office words and boilerplate), never lists of
particular names:

- **name**: the phrase is mostly capitalised words (each run of capitalised words
  counts once, against each lower-case content word): "Kishida Fumio of Japan",
  "United Nations Charter", "People's Republic of China"; or a state or body named by the
  name after its "of" ("countries of the Western Balkans", "government of Colombia");
- **office**: it holds an office or title word ("Secretary", "Minister", "Chancellor",
  "presidency" of a body; in
  Russian "президент", "министр", "главы государств" …; in Chinese 主席, 总理, 外长 …);
- **date**: it holds a month or weekday name, or a number of spans of time ("2022 marks 100
  years of bilateral diplomatic relations": an anniversary), or starts with a span of time
  ("coming days as the deal …": cut from "over the coming days");
- **boilerplate**: it holds a stock readout phrase ("the two sides", "at the request of",
  "phone call", "exchanged views"; in Russian "телефонный разговор", "обменялись мнениями";
  in Chinese 双方, 通电话, 交换意见);
- **narration**: it holds "his" or "her": one person's own act, told of that person ("set
  out his intention", "expressed her condolences"), not a wording governments repeat;
- **occasion**: it ends on a noun of an event ("summit", "meeting", "visit", "mission"): the
  name of an occasion ("green trade mission", "NATO Foreign Ministerial meeting"; in Russian
  "Российско-венесуэльские переговоры", :data:`readoutdiff.languages.ru.OCCASIONS`); or it is
  headed by one, with an anniversary, before its "of" ("100th anniversary of the founding of
  the CPC", "visit of the Chancellor"): the occasion of a readout, not a wording it repeats;
- **defined name**: the readout abbreviates it right after it, by its initials ("Joint
  Comprehensive Plan of Action (JCPOA)"): it names an agreement, a programme or a body
  (:func:`~readoutdiff.formulas.words.name_shapes.defined`, for lexicon matches too);
- **frame**: a replacement of nothing but the readout's frame (:func:`frame_only`: subjects,
  offices, verbs of saying, "today") is no change of the formula it stands by;
- **cut**: an edge falls inside something longer: a lone letter, a name running on, the noun of
  a preposition of several words ("light of …" of "in light of …"), a capitalised word that
  qualifies the word after it (:mod:`~readoutdiff.formulas.words.cuts`).

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> r = from_text("They met Secretary of State Antony J. Blinken to defend the United Nations Charter.")
>>> w = readout_words(r)[0]
>>> [" ".join(w.stems[i:j]) for i, j in ((2, 6), (4, 7), (11, 14), (9, 14))]
['secretary of state antony', 'state antony j', 'united nation charter', 'defend the united nation charter']
>>> [why(w, i, j) for i, j in ((2, 6), (4, 7), (11, 14), (9, 14))]
['office', 'cut', 'name', None]
"""

from __future__ import annotations

from collections.abc import Iterable

from readoutdiff.formulas.words import cuts, name_shapes
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import REPORTING, STOP_WORDS, SUBJECT_WORDS
from readoutdiff.languages import ru

OFFICES = frozenset(
    """president premier minister chairman chairwoman chairperson secretary councilor councillor
    mr mrs ms dr excellency majesty highness king queen prince emperor chancellor ambassador
    spokesperson spokesman spokeswoman envoy director adviser advisor counselor counsellor
    senator governor mayor commissioner administrator undersecretary
    presidency chairmanship chairpersonship premiership elect
    президент премьер министр председател посол канцлер губернатор госсекретар глав""".split()
)
"""Offices and titles (stems; "elect" of "President-elect"), and the posts a country holds
("presidency of the Council of the EU"): a phrase holding one names a person or a post."""
DATES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_MAY = "may"
"""The month that is also a verb: a date only when capitalised."""
BOILERPLATE = (
    ("two", "side"),
    ("both", "side"),
    ("at", "the", "request"),
    ("at", "the", "invitation"),
    ("phone", "call"),
    ("telephone", "call"),
    ("video", "call"),
    ("video", "link"),
    ("video", "conference"),
    ("spoke", "with"),
    ("spoke", "by"),
    ("met", "with"),
    ("exchanged", "view"),
    ("exchange", "of", "view"),
    ("held", "talk"),
    ("two", "leader"),
    ("both", "leader"),
    ("readout",),
    ("leader",),
    ("discussed",),
    ("today",),
    ("yesterday",),
    ("this", "week"),
    *ru.BOILERPLATE,
    # Chinese (a word is a character)
    ("双", "方"),
    ("通", "电", "话"),
    ("应", "约"),
    ("交", "换", "意", "见"),
    ("交", "换", "看", "法"),
    ("视", "频"),
    ("会", "谈"),
    ("两", "国", "元", "首"),
)
"""Stock phrases of readouts (stems): a phrase holding one is boilerplate."""
ZH_OFFICES = (
    ("主", "席"), ("总", "统"), ("总", "理"), ("部", "长"), ("外", "长"), ("大", "使"),
    ("国", "务", "委", "员"), ("发", "言", "人"), ("首", "相"), ("总", "书", "记"),
)  # fmt: skip
"""Chinese offices (a word is a character): a phrase holding one names a person or a post."""
_WHEN = frozenset(("coming", "next", "past", "last"))
_SPANS = frozenset(("day", "week", "month", "year", "hour"))
"""A span of time ("the coming days", "the past year"): a phrase starting with one is cut
from the time phrase of its clause."""
_DURATIONS = _SPANS | frozenset(("decade", "century", "minute"))
_NUMBERS = frozenset(
    "two three four five six seven eight nine ten twenty thirty forty fifty hundred".split()
)
"""Number words: a number before a span of time counts years, an anniversary or a term."""
NARRATION = frozenset(("his", "her"))
"""Possessives of one person: a phrase holding one tells what that person did."""
OCCASIONS = (
    frozenset("summit meeting conference visit trip mission ministerial session ceremony".split())
    | ru.OCCASIONS
)
"""Nouns of events (stems): a phrase ending on one names an occasion."""
_HEADS = OCCASIONS | frozenset("anniversary centenary jubilee celebration commemoration".split())
"""Nouns of occasions (stems) that head a phrase before its "of"."""
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in BOILERPLATE:
    _BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_OFFICE_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in ZH_OFFICES:
    _OFFICE_FIRST.setdefault(_phrase[0], []).append(_phrase)
FRAME_WORDS = (
    STOP_WORDS | SUBJECT_WORDS | REPORTING | OFFICES
    | frozenset("spoke speak talked today yesterday later earlier again".split())
)  # fmt: skip
"""Words of a readout's frame: who spoke, in what office, saying so, and when."""


def frame_only(places: Iterable[tuple[Words, int]]) -> bool:
    """The words (sentence words, index) are only the readout's frame: a replacement of them
    ("underscored his support for the European Union" -> "reaffirmed his support …") tells no
    change of a formula; a name swapped ("support for Ukraine" -> "… for Moldova") does. The
    function words of the readout's language (:attr:`Words.stop_words`) are frame words too."""
    return all(
        words.stems[k] in FRAME_WORDS or words.stems[k] in words.stop_words for words, k in places
    )


def why(words: Words, first: int, end: int) -> str | None:
    """Return why ``words[first:end]`` is no formula ("name", "office", ...), or None if it may be one."""
    stems = words.stems[first:end]
    # The set tests first (in C): most phrases hold no office, date or boilerplate word.
    if not OFFICES.isdisjoint(stems) or (
        not _OFFICE_FIRST.keys().isdisjoint(stems) and _holds(stems, _OFFICE_FIRST)
    ):
        return "office"
    if not DATES.isdisjoint(stems) and any(
        s in DATES and (s != _MAY or words.caps[first + k]) for k, s in enumerate(stems)
    ):
        return "date"
    if len(stems) > 1 and stems[0] in _WHEN and stems[1] in _SPANS:
        return "date"
    if not _DURATIONS.isdisjoint(stems) and _counted(stems):
        return "date"
    if not _BY_FIRST.keys().isdisjoint(stems) and _holds(stems, _BY_FIRST):
        return "boilerplate"
    if not NARRATION.isdisjoint(stems):
        return "narration"
    if stems and stems[-1] in OCCASIONS or _headed_by_occasion(stems):
        return "occasion"
    if cuts.cut(words, first, end) or cuts.in_compound_preposition(words, first, end):
        return "cut"
    if name_shapes.mostly_name(words, first, end) or name_shapes.population(words, first, end):
        return "name"
    if cuts.modifier_cut(words, end):
        return "cut"
    return None


def _counted(stems: tuple[str, ...]) -> bool:
    """A number right before a span of time: "100 years", "two decades"."""
    return any(
        s in _DURATIONS and (stems[k - 1][:1].isdigit() or stems[k - 1] in _NUMBERS)
        for k, s in enumerate(stems)
        if k
    )


def _headed_by_occasion(stems: tuple[str, ...]) -> bool:
    """The phrase's head, the noun before its first "of" after at most a determiner and a
    number ("the 100th anniversary of …"), is an occasion."""
    if "of" not in stems:
        return False
    head = stems.index("of") - 1
    before = stems[:head]
    return (
        head >= 0
        and stems[head] in _HEADS
        and len(before) <= 2
        and all(s in STOP_WORDS or s[:1].isdigit() for s in before)
    )


def _holds(stems: tuple[str, ...], table: dict[str, list[tuple[str, ...]]]) -> bool:
    """Some phrase of ``table`` (by its first stem) stands in ``stems``."""
    for i, stem in enumerate(stems):
        for phrase in table.get(stem, ()):
            if stems[i : i + len(phrase)] == phrase:
                return True
    return False
