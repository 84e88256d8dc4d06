"""In Chinese readouts, a short core said after its own modifier is cut from its noun phrase.

The lexicon's short cores (共同利益, 政治互信, 核心利益, 高质量发展) are the heads of the noun
phrases a readout says: "维护双方共同利益", "维护广大发展中国家共同利益", "支持彼此核心利益",
"推动两国关系高质量发展". When a core is said more than once, the formula stage reports the core
itself, and when the words before it at a place are its modifier — whose interests (双方, 发展中国家,
彼此), which relationship (两国关系), a noun that qualifies it (各领域), the modifier's 的 — the
report stops inside the phrase: an analyst lists the clause ("维护双方共同利益"),
and the bare core is noise on the evaluation set's Chinese pairs and on the judged batches
(benchmarks/README.md, branch zh24). A core said right after its verb (密切高层交往, 增进战略互信,
夯实政治互信) is the verb's object, the clause's own words: left alone.

:func:`modified_place` reads the place in jieba's words of its clause (:func:`zh.tagged`): the word
that ends where the core starts is a modifier (a noun, a pronoun, a distinguishing word, a set
phrase, 的 or the list's 等: :data:`MODIFIER_TAGS`), or the core is followed by
的, the modifier of a noun after it ("务实合作的深度和广度"), or the place is a bare core's, between
two characters of its phrase (:func:`readoutdiff.formulas.entries.one_event_zh.bare_core`). A
one-sided or persisted report every place of which is so is left out
(:func:`without_modified_cores`); a changed one stays (it may pair the core with the clause it
was cut from, as :func:`.one_event_zh.without_bare_cores` keeps it).

A count is cut from what it counts the same way (:func:`without_cut_counts`): a wording that opens
on a number right after a Chinese character at every place (10周年为契机 of "倡议提出10周年为契机")
is left out, whatever its status.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方要加强发展战略对接，维护双方共同利益。中方愿同柬方加强协调，维护双方共同利益。")
>>> b = from_text("双方要加强发展战略对接。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('persisted', '发展战略对接', '发展战略对接')]

Before this rule the bare core was reported too, ``('dropped', '共同利益', None)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.one_event_zh import bare_core
from readoutdiff.languages.zh import CLAUSE_MARKS, tagged
from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.text.wide import HAN_CHAR

MODIFIER_TAGS = frozenset(("n", "nr", "ns", "nt", "nz", "r", "b", "l", "uj", "u"))
"""jieba's tags of a modifier, each whole: a noun (n, nr, ns, nt, nz: 双方, 领域, 中乌), a pronoun
(r: 彼此, 各), a distinguishing word (b), a set phrase (l: 发展中国家, 两国关系), the modifier's 的
(uj) and the list's 等 (u). Not a verb (v, vn: 增进, 维护), an adverb (d), a preposition (p) or a
conjunction (c: 但): after those the core opens its phrase. Nor an adjective (a, ad): jieba tags
verbs of the readouts so (筑牢, 密切 of "密切高层交往"); nor an abbreviation (j: 深化), a numeral
(m: 更多 of "培养更多经济社会发展急需的人才"), or a direction, place or time word (f, s, t: what
follows "在国际事务中" is the clause's verb phrase). Adding m, or f and s, changed no report of
the Chinese dev pairs or the zh10 and zh14 tuning pairs (branch zh24)."""

CORE = 5
"""The longest wording read: a lexicon core (共同利益, 政治互信, 高质量发展). A longer one is a phrase
of its own the hand lists name after a modifier (代表性和发言权 of "在全球治理中的代表性和发言权",
建交50周年 of "今年是中德建交50周年"; measured, branch zh24)."""


def modified_place(span: Span, text: str) -> bool:
    """Whether the word before ``span`` in its clause is a modifier of the core there (see the
    module), or 的 follows it, or the place is a bare core's (both neighbours in its phrase).

    >>> text = "维护双方共同利益。增进战略互信。"
    >>> modified_place(Span(start=4, end=8, line=1), text)
    True
    >>> modified_place(Span(start=11, end=15, line=1), text)
    False
    """
    if bare_core([span], text, text[span.start : span.end]) or text.startswith("的", span.end):
        return True
    start = span.start
    while start > 0 and text[start - 1] not in CLAUSE_MARKS and not text[start - 1].isspace():
        start -= 1
    if start == span.start:
        return False  # the core opens its clause
    position, last = start, ""
    for word, tag in tagged(text[start : span.end]):
        if position >= span.start:
            break
        position += len(word)
        last = tag
    return position != span.start or last in MODIFIER_TAGS


def modified_core(spans: Sequence[Span], text: str, wording: str | None) -> bool:
    """Whether a short wording (:data:`CORE` characters at most) is, at every place, said after
    its modifier (:func:`modified_place`)."""
    if not wording or len(wording) > CORE or not spans:
        return False
    return all(modified_place(s, text) for s in spans)


def without_modified_cores(
    formulas: Sequence[Formula], a_text: str, b_text: str
) -> tuple[Formula, ...]:
    """``formulas`` without the one-sided and persisted reports a wording of which is a core said
    after its modifier at every place (:func:`modified_core`)."""
    return tuple(
        f
        for f in formulas
        if f.status is FormulaStatus.CHANGED
        or not (
            modified_core(f.a_spans, a_text, f.a_text) or modified_core(f.b_spans, b_text, f.b_text)
        )
    )


def cut_count(spans: Sequence[Span], text: str, wording: str | None) -> bool:
    """Whether a wording opens on a number right after a Chinese character at every place: the
    count is cut from what it counts (10周年为契机 of "以共建“一带一路”倡议提出10周年为契机", where
    the occasion :data:`.one_event_zh.OCCASION` would have read 提出10周年).

    >>> text = "以共建“一带一路”倡议提出10周年为契机。30年来两国关系稳步发展。"
    >>> cut_count([Span(start=13, end=20, line=1)], text, "10周年为契机")
    True
    >>> cut_count([Span(start=21, end=33, line=1)], text, "30年来两国关系稳步发展")
    False
    """
    if not wording or not wording[0].isdigit() or not spans:
        return False
    han = HAN_CHAR()
    return all(s.start > 0 and han.match(text, s.start - 1) for s in spans)


def without_cut_counts(
    formulas: Sequence[Formula], a_text: str, b_text: str
) -> tuple[Formula, ...]:
    """``formulas`` without the reports a wording of which is a count cut from what it counts
    (:func:`cut_count`), whatever their status: the other wording is paired with a fragment."""
    return tuple(
        f
        for f in formulas
        if not (cut_count(f.a_spans, a_text, f.a_text) or cut_count(f.b_spans, b_text, f.b_text))
    )
