"""English: abbreviations that do not end sentences; words matched by a six-letter prefix."""

from __future__ import annotations

from readoutdiff.languages.base import CompoundPrepositions, Language, prefix_stem

LANGUAGE = Language(
    code="en",
    name="English",
    titles=frozenset(
        """mr mrs ms dr prof st gen sen rep gov govt pres lt col capt adm sgt hon rev messrs
        mme""".split()
    ),
    numbered=frozenset("""no nos art para fig vol op pp p ch sec""".split()),
    abbreviations=frozenset(
        """vs etc e.g i.e a.m p.m u.s u.k u.n e.u d.c inc ltd co corp jr sr jan feb mar apr
        jun jul aug sep sept oct nov dec approx dept est cf al ca ed eds""".split()
    ),
    closers=frozenset("""jr sr inc ltd co corp etc""".split()),
    openers=frozenset(
        """the a an this that these those they he she it we i you there our his her their its
        both in on at as after before during when while however meanwhile also but and yet so
        then today tomorrow yesterday each all some many most""".split()
    ),
    stem=prefix_stem,
    compound_prepositions=CompoundPrepositions(
        leads=frozenset(("in", "on")),
        nouns=frozenset("light face favor view spite lieu wake behalf".split()),
        between=frozenset(("the",)),
        closing="of",
    ),
)

GREETING = ("congratulat",)
"""The beginning of the words an English readout greets a leader on an occasion by
("congratulated him on his election", "expressed his congratulations on …"; branch cnv3,
:mod:`readoutdiff.formulas.entries.greetings`)."""
GREETING_MUTUAL = ("each other", "exchanged")
"""Words that make a greeting mutual: the two leaders greeted each other."""

TIME_WORDS = frozenset(
    """upcoming forthcoming coming recent recently planned next last past previous earlier
    future today tomorrow yesterday tonight soon later january february march april june july
    august september october november december""".split()
)
"""Words that only place a dated thing in time (convention (k) of ``eval/formulas/SOURCES.md``):
a visit, a summit, a meeting, an anniversary told "upcoming" in one readout and "recent" in the
other, "in June" and "next month", is one thing kept; the calendar moved, not the line
(:mod:`readoutdiff.formulas.linking.retimed`). "May" is left out: it is mostly the verb."""
TIME_UNITS = frozenset("week weeks month months year years".split())
"""Spans of the calendar: time words only after a time word or :data:`TIME_LEADS` ("next
month", "this year"); alone they may name a thing ("Partnership Year")."""
TIME_LEADS = frozenset(("in", "this", "on", "during"))
"""Words that go with the time words right after them ("in June", "this week")."""
