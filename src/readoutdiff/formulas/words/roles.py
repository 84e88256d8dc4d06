"""Which words play which role in a readout's phrases: stop words, subjects, the verbs that
report what was said, the words that introduce a formula, prepositions.

Plain sets of folded words, shared by every module that cuts, trims or compares wordings.
"""

from __future__ import annotations

from functools import cache

from readoutdiff.languages import function_stems
from readoutdiff.languages.en import TIME_WORDS

STOP_WORDS = frozenset(
    """a an the of and or to in on at by for with from as into under over than that this these
    those which who whom whose what when where while we they he she it its i you our their his
    her be is are was were been being have has had do does did will would shall should can
    could may might must not no also all both each other two any some such so very more most
    s this there here upon about between among across within without after before during
    against toward towards""".split()
)
"""Words that never start or end a mined phrase and do not count as its content."""


@cache
def stop_words(code: str) -> frozenset[str]:
    """:data:`STOP_WORDS` and the function words of the readout's language ``code`` by stem
    (Russian "в", "также", "который"): English gets :data:`STOP_WORDS` itself."""
    return STOP_WORDS | function_stems(code)


STOPS = STOP_WORDS | function_stems("ru")
"""Stop words by script: :data:`STOP_WORDS`, and a Cyrillic stem's Russian function word ("в",
"на", "такж"; written out in :mod:`readoutdiff.languages.ru`, so no stemmer loads), which
no English stem is. The replaced phrases of a Russian passage are widened,
trimmed and counted with it as an English one's with :data:`STOP_WORDS`, at the cost of one set
test."""


EDGE_WORDS = STOP_WORDS | frozenset(
    """regarding concerning including notably further furthermore moreover meanwhile
    additionally however also again today against toward towards through via amid despite
    beyond along around versus""".split()
)
"""Words a mined phrase never starts or ends with (besides the stop words)."""
CIRCUMSTANCE = frozenset(
    "following after before during amid amidst despite since until ahead throughout".split()
)
"""Prepositions that open a phrase of time or circumstance ("commitment to Israel's security
*following* the successful defense", "support for Ukraine *amid* …"): what they open is said
about the clause, never the rest of the object before them. ("following" is one only after a
content word: "the following steps" is an object.)"""


@cache
def edge_words(code: str) -> frozenset[str]:
    """:data:`EDGE_WORDS` of a readout in the language ``code``: its function words added."""
    return EDGE_WORDS | stop_words(code)


SUBJECT_WORDS = frozenset(
    """we they he she it i you the two both side country leader head of state president party
    participant delegation also all and or but thus then""".split()
)
"""Words that open a clause as its subject ("the two leaders also …"), not as its content."""
REPORTING = frozenset(
    """said say says saying told tell tells discussed discuss discusses discussing reaffirmed
    reaffirm reaffirms reaffirming affirmed affirm affirms affirming underscored underscore
    underscores underscoring emphasized emphasize emphasizes emphasizing stressed stress
    stressing reiterated reiterate reiterates reiterating noted note notes noting expressed
    express expresses expressing highlighted highlight highlights highlighting conveyed convey
    conveys conveying underlined underline underlines underlining reconfirmed reconfirm
    reconfirms reconfirming confirmed confirm confirms confirming concurred concur concurs
    concurring agreed agree agrees agreeing""".split()
)
"""Verbs that report what was said (folded words): which one a readout uses tells nothing of
the formula they introduce ("discussed" / "affirmed their shared commitment to …")."""
FRAMING = REPORTING | frozenset(("importance", "need"))
"""The reporting verbs and the nouns that open what a readout reports ("stressed the
importance of …"): a phrase opening on one is the frame of a formula (hist4)."""
INTRODUCING = SUBJECT_WORDS | FRAMING
"""Words that introduce a formula rather than say it ("stressed the importance of …")."""
WHEN = TIME_WORDS | frozenset(("ongoing", "current", "currently"))
"""Words that only place a line in time ("next year", "ongoing efforts", "the recent summit"):
two wordings that share one are not one line for it (:mod:`gap_words`, :mod:`standing`; fat4:
"UN Security Council next year" / "UK-hosted COP26 summit next year")."""
CLAUSE_WORDS = frozenset("and or to that which who including as while whereas where".split())
"""Words a clause starts after or ends before, besides punctuation (:mod:`meant`'s clauses,
:mod:`gap_words`' wordings)."""
ARTICLES = frozenset(("a", "an", "the"))
"""The English articles (stems)."""
DETERMINERS = ARTICLES | frozenset(("its", "their", "our", "his", "her"))
"""Words that open a noun phrase (``qualified_shapes.determined``: its qualifiers need no "and";
``kept_complement``: a complement goes on over them)."""
PREPOSITIONS = frozenset(
    "of for to in on with against from by at into over under toward towards".split()
)
"""Words that link a phrase to its complement ("costs *on* Russia")."""
ASPECT = frozenset(
    """continue continues continued continuing ongoing sustained renewed further increase
    increases increased increasing joint maintain maintains maintained maintaining""".split()
)
"""Words that say whether, how long or how much a thing goes on, not what it is ("continued" /
"ongoing support", "increase" / "ongoing cooperation", "ongoing" / "joint efforts"): one swapped
for another leaves a formula what it was (``word_swaps.content_swapped``)."""
FIRMNESS = frozenset(
    """steadfast steadfastly unwavering unwaveringly firm firmly strong strongly resolute
    resolutely ironclad iron-clad unshakable unshakeable staunch staunchly unflinching
    unyielding unswerving rock-solid enduring consistent consistently constant abiding
    unfailing""".split()
)
"""Words that say how firmly a party holds a stance ("steadfast" / "unwavering support",
"ironclad" / "unwavering commitment"), the constancy words among them ("enduring",
"abiding"): convention (p) of eval/formulas/SOURCES.md reads one swapped for another as the
stance said again (``wording.firmly``). "Continued" and "ongoing" are :data:`ASPECT`, no
firmness; "full" says how much, "grave" or "clear" the degree of a concern or a charge."""
STANCES = frozenset("support commitment solidarity condemnation opposition position stance".split())
"""The stances a firmness word qualifies (:data:`FIRMNESS`): "strong support" is firmness,
"strong partnership" a quality of the relation, not a stance held."""
ONE_STANCE = frozenset(("support", "commitment"))
"""Two stances convention (p) reads as one before the same object ("unwavering support for" /
"ironclad commitment to Israel's security")."""
