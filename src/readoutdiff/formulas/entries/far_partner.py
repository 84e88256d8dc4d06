"""In Chinese readouts, a changed entry linking two speakers' clauses far apart re-pointed to
the clause of its own speaker that shares the line's frame (branch lk5, fifty-fourth session).

A formula both readouts keep ("务实合作", "共同利益") links the two clauses that say it as one
changed line (:mod:`readoutdiff.formulas.entries.clauses`) wherever they stand. When the two
clauses stand in no one aligned pair, in paragraphs two speakers open (习近平指出… / 鲁托表示…),
and far apart, the link is mostly wrong (lk4: 5 right / 20 wrong / 8 noise on young dev): the
host's words and the guest's do not retell each other. The analyst pairs such a clause with
the line its own speaker says in the other readout, which shares its frame but not the kept
core ("深化绿色经济等领域务实合作" → "加强基础设施、绿色发展、清洁能源等领域合作", not the guest's
"深化务实合作"). :mod:`readoutdiff.formulas.entries.better_partner` asks a free clause to share
more than the link, which the kept core wins.

:func:`far_partnered`: for such a link (:func:`suspect`), each wording looks for a *free*
clause of the other readout (a one-sided entry's wording, or a silent clause,
:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`) in a paragraph its own
speaker opens (:func:`speaker`), less than :data:`FAR` from it, sharing as much as the link
does or more (and :data:`readoutdiff.formulas.entries.better_partner.FLOOR` at least, by
:func:`readoutdiff.formulas.entries.better_partner.fit`), and a content word the partner does
not say beyond the opening both say (:func:`_beyond_opening`); the one best there. A wording
that finds one is linked to it; its former partner is left one-sided (or takes the other
wording's find). A clause two entries would take goes to none. When neither wording finds one the link stands: read as two lines it loses more than it wins
(lk4). Nothing hangs on reading order: swapping A and B swaps the result. Both entries a
split link makes keep its id (lk5 gave B's one a ``~b``: A's side named, and no mark
:func:`readoutdiff.formulas.lexicon.ids.bare_id` reads); the stage's last step
(:func:`readoutdiff.formulas.lexicon.ids.distinct`) tells them apart by their own wordings,
the same way whichever readout is A (lk6).

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Span
>>> a = from_text("习近平指出，双方要深化绿色经济等领域务实合作。\\n\\n甲\\n\\n乙\\n\\n博鲁阿尔特表示，秘方愿意扩大合作。")
>>> b = from_text("习近平指出，加强基础设施、绿色发展、清洁能源等领域合作。\\n\\n甲\\n\\n乙\\n\\n博鲁阿尔特表示，愿同中方深化务实合作。")
>>> f = Formula(status=FormulaStatus.CHANGED, a_text="深化绿色经济等领域务实合作",
...     b_text="深化务实合作", a_spans=(Span(start=9, end=22, line=1),),
...     b_spans=(Span(start=b.text.index("深化务实"), end=b.text.index("深化务实") + 6, line=7),),
...     id="mined:x")
>>> [(g.status.value, g.a_text, g.b_text) for g in far_partnered([f], a, b, ())]
[('changed', '深化绿色经济等领域务实合作', '加强基础设施、绿色发展、清洁能源等领域合作'), ('appeared', None, '深化务实合作')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from os.path import commonprefix

from readoutdiff.formulas.entries.better_partner import FLOOR, _gained, fit, free_clauses
from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import left_partner
from readoutdiff.formulas.entries.swapped_items import places
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Readout
from readoutdiff.model.places import sentence_at
from readoutdiff.records.replacing import replace

FAR = 0.2
"""Two clauses this far apart or more, as shares of their texts, are *far* (lk4)."""
_SPEAKER = re.compile(
    r"([^\W\d_](?:[^\W\d_]|[-－·]){1,10}?)(?:首先|再次|热烈|深刻|还|也)?"
    r"(?:表示|指出|强调|说|介绍|请|转达|感谢|欢迎|祝贺|建议|阐述|赞赏)"
)
_NO_ONE = frozenset({"双方", "两国", "两位", "会见后", "会谈后"})
"""Openings that name no one speaker."""


def speaker(text: str, at: int) -> str | None:
    """The speaker the paragraph holding offset ``at`` opens with ("习近平指出，…" → 习近平,
    "迪亚斯-卡内尔表示，…" → 迪亚斯-卡内尔), or None when it names no one (双方…, a date).

    >>> speaker("习近平指出，中方愿同各方一道。\\n鲁托表示，肯方支持。", 20)
    '鲁托'
    >>> speaker("双方积极评价当前关系。", 3) is None
    True
    """
    start = text.rfind("\n", 0, at) + 1
    found = _SPEAKER.match(text, start)
    return None if found is None or found.group(1) in _NO_ONE else found.group(1)


def suspect(formula: Formula, a: Readout, b: Readout, alignments: Sequence[Alignment]) -> bool:
    """Whether a changed ``formula`` (one span a side) links clauses standing in no one
    aligned pair, in paragraphs two named speakers open, :data:`FAR` or more apart."""
    span_a, span_b = formula.a_spans[0], formula.b_spans[0]
    if abs(span_a.start / max(1, len(a.text)) - span_b.start / max(1, len(b.text))) < FAR:
        return False
    one, other = speaker(a.text, span_a.start), speaker(b.text, span_b.start)
    if not one or not other or one == other:
        return False
    where = places(alignments)
    here = where[0].get(sentence_at(a, span_a.start).index)
    there = where[1].get(sentence_at(b, span_b.start).index)
    return not (here is not None and here == there and here[0] == "pair")


def _beyond_opening(wording: str, clause: str, partner: str) -> bool:
    """Whether ``wording`` and a free ``clause`` share a content word ``partner`` does not say
    (:func:`readoutdiff.formulas.entries.better_partner._gained`) beyond the opening both say:
    two clauses opening alike share a subject ("匈中关系的成功…" / "匈中关系近年来…"), not a line
    (zh9's reading in :mod:`readoutdiff.formulas.entries.closer_clause`).

    >>> _beyond_opening("匈中关系的成功证明大小国家可以相互尊重、互利合作", "匈中关系近年来保持良好发展", "互利合作成果丰硕")
    False
    """
    opening = commonprefix([wording, clause])
    return any(word not in opening for word in _gained(wording, clause, partner))


def far_partnered(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each suspect link's wordings linked to the free clauses their
    own speakers say sharing their frame (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    readouts = (a, b)
    chosen = [
        n for n, f in enumerate(formulas)
        if f.status is FormulaStatus.CHANGED and f.source is not FormulaSource.USER
        and f.a_text and f.b_text and len(f.a_spans) == 1 and len(f.b_spans) == 1
        and suspect(f, a, b, alignments)
    ]  # fmt: skip
    if not chosen:
        return tuple(formulas)
    free = free_clauses(formulas, readouts, [list(clauses(r)) for r in readouts])
    finds: dict[tuple[int, int], tuple[int, Clause]] = {}  # (entry, side kept) -> free clause
    for n in chosen:
        f = formulas[n]
        for side, wording, spans, partner in (
            (0, f.a_text, f.a_spans, f.b_text), (1, f.b_text, f.b_spans, f.a_text)
        ):  # fmt: skip
            assert wording is not None and partner is not None
            who = speaker(readouts[side].text, spans[0].start)
            there = readouts[1 - side].text
            floor = max(FLOOR, fit(wording, partner))
            at = spans[0].start / max(1, len(readouts[side].text))
            scored = [(score, item) for item in free[1 - side]
                      if abs(item[1][0].start / max(1, len(there)) - at) < FAR
                      and speaker(there, item[1][0].start) == who
                      and (score := fit(wording, item[1][1])) >= floor
                      and _beyond_opening(wording, item[1][1], partner)]  # fmt: skip
            best = max((score for score, _ in scored), default=0)
            tops = [item for score, item in scored if score == best]
            if len(tops) == 1:
                finds[(n, side)] = tops[0]
    claimed: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for (n, side), (_, (span, _)) in finds.items():
        claimed.setdefault((1 - side, span.start), []).append((n, side))
    won = {key: finds[key] for takers in claimed.values() if len(takers) == 1 for key in takers}
    out: list[Formula | None] = list(formulas)
    for n in chosen:
        f = formulas[n]
        keep_a, keep_b = won.get((n, 0)), won.get((n, 1))
        if keep_a is None and keep_b is None:
            continue
        made: list[Formula] = []
        if keep_a is not None:
            span, words = keep_a[1]
            made.append(replace(f, b_text=words, b_spans=(span,)))
        else:
            made.append(left_partner(f, False))  # A's wording one-sided
        if keep_b is not None:
            span, words = keep_b[1]
            made.append(replace(f, a_text=words, a_spans=(span,)))
        else:
            made.append(left_partner(f, True))  # B's wording one-sided
        for taken in (keep_a, keep_b):
            if taken is not None and taken[0] >= 0:
                out[taken[0]] = None
        out[n] = None
        out.extend(made)
    return tuple(dict.fromkeys(f for f in out if f is not None))
