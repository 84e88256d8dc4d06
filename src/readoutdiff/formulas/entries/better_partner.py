"""In Chinese readouts, a line's two halves linked to the wrong clause: a changed entry
re-pointed to a free clause that shares more of its words, and a dropped and an appeared entry
that share most of their words made one changed entry, and a one-sided entry and a clause
nothing reports made one.

The formula stage links two clauses by a phrase they keep ("世界和平") when the other readout
says the line reworded in another clause: "维护世界和平" was linked to "为世界和平与发展作出更大贡献"
while A says "为世界经济稳定增长作出新贡献" in a clause no entry reports. And two halves of one
line that share many words but no run of a formula are left one-sided: "为地区和世界和平与繁荣、
推进世界多极化作出积极贡献" dropped, "为维护亚洲乃至世界和平和繁荣作出应有贡献" appeared. An analyst pairs
a wording with the clause that keeps most of its words, not a run of them
(:mod:`readoutdiff.formulas.entries.closer_clause` asks a run of five characters).

What two wordings share (:func:`fit`) is the characters of the jieba words (:data:`WORD`
characters or more) one says that the other says too, counted both ways and the fewer taken
(jieba cuts one run two ways: 贸易投资 and 贸易/投资); nothing when one holds the other or one
tells an anniversary, one event or the meeting's news (zh20's test,
:func:`readoutdiff.formulas.entries.listed_items.eligible`).

:func:`repartnered`: a changed entry (not the user's) is re-pointed when, for one of its
wordings, a *free* clause of the other readout (the wording of a one-sided entry there, or a
silent clause: no entry has a span in it,
:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`) shares more with it than its
partner does however counted (the more of the two ways), at least :data:`FLOOR`; no other free
clause shares as much; the wording is that clause's one best among the changed entries'
wordings and free clauses of its own readout; and the link does not share a run of
:data:`readoutdiff.formulas.entries.closer_clause.RUN` characters as long as the clause's
("从长远和战略角度" keeps a link against "全方位战略伙伴"); and what the clause shares beyond the
link holds a content word (:func:`_content`: a noun, adjective, idiom or verbal noun, not a
name): 深化 and 合作 against 合作 alone are a frame, 中巴 a party. The partner is left one-sided; a
clause two entries would take goes to none. A shared run yields when the wording is part of a
clause and the free clause shares with that whole clause :data:`FLOOR` characters of words more
than the partner does (:func:`_framed`): "乃至世界和平与稳定" linked to "乃至世界和平和繁荣作出" by a run
of six gives way to "为地区和世界和平与繁荣、推进世界多极化作出积极贡献", which says 为…世界和平…繁荣作出…贡献
of B's whole clause "为维护亚洲乃至世界和平和繁荣作出应有贡献"; the kept wording is then that clause.

:func:`halves_paired`: a dropped and an appeared entry (not the user's), each the other's one
best among all wordings of the other readout, sharing :data:`PAIRED` characters or more, of
them :data:`FLOOR` of content words, are one changed entry (塞尔维亚, 中国, 欧洲 are the parties'
names; 推动…取得丰硕成果 a frame that cooperation's fruit and China's development both say).

:func:`silent_halves` (branch zh30): a dropped or appeared entry whose other half is a
*silent* clause of the other readout, sharing as much (:data:`PAIRED`, :data:`FLOOR` of content
words) and a run of four characters after the opening both say, each the other's one best, is
one changed entry ("欧中关系健康稳定发展符合双方利益" / "欧盟同中国发展可靠和持久的经贸合作关系符合双方利益").

Nothing hangs on reading order: swapping A and B swaps the result.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Span
>>> f = Formula(status=FormulaStatus.CHANGED, a_text="扩大贸易、投资、基础设施等合作",
...     b_text="推进基础设施建设项目", a_spans=(Span(start=0, end=15, line=1),),
...     b_spans=(Span(start=0, end=10, line=1),), id="mined:x")
>>> a = from_text("扩大贸易、投资、基础设施等合作。")
>>> b = from_text("推进基础设施建设项目。开展贸易和基础设施等重大项目合作。")
>>> [(g.status.value, g.a_text, g.b_text) for g in repartnered([f], a, b)]
[('changed', '扩大贸易、投资、基础设施等合作', '开展贸易和基础设施等重大项目合作'), ('appeared', None, '推进基础设施建设项目')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import RUN, left_partner, shared_run, silent_clauses
from readoutdiff.formulas.entries.joined import joined
from readoutdiff.formulas.entries.listed_items import eligible
from readoutdiff.languages.zh import HAN_RUN, NAME_TAGS, tagged
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace
from readoutdiff.text.wide import HAN_CHAR

WORD = 2
"""Characters of a shared word: one character (的, 和) ties no lines."""
FLOOR = 4
"""Characters of shared words a re-pointing asks at least: two words, or one of four."""

_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def repartnered(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each changed entry whose one wording shares more words with a
    free clause of the other readout linked to that clause instead (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    readouts = (a, b)
    every = [list(clauses(r)) for r in readouts]
    free = free_clauses(formulas, readouts, every)
    index = [_by_pair(free[side]) for side in (0, 1)]
    moves: dict[int, tuple[int, int, tuple[int, Clause], Clause | None]] = {}
    # entry: (score, side kept, the clause it goes to, the kept wording widened to its clause)
    for n, f in enumerate(formulas):
        if f.status is not FormulaStatus.CHANGED or f.source is FormulaSource.USER:
            continue
        if not f.a_text or not f.b_text:
            continue
        for side, wording, partner in ((0, f.a_text, f.b_text), (1, f.b_text, f.a_text)):
            found = _one_best(wording, free[1 - side], index[1 - side])
            if found is None or found[0] < max(_kept(wording, partner) + 1, FLOOR):
                continue
            target = found[1]
            widened = None
            if shared_run(wording, partner) >= max(RUN, shared_run(wording, target[1][1])):
                widened = _framed((f.a_spans, f.b_spans)[side], every[side], target[1][1], partner)
                if widened is None:
                    continue  # a run of five the link shares, as long as the clause's: it stands
            if not _gained(widened[1] if widened else wording, target[1][1], partner):
                continue  # only frame words (深化, 合作) or names (中巴) more than the link
            rivals = [w for g in formulas if (w := (g.a_text, g.b_text)[side])
                      and g.status is FormulaStatus.CHANGED] + [c[1] for _, c in free[side]]  # fmt: skip
            back = _one_best_text(target[1][1], rivals)
            if back != wording:
                continue
            if n not in moves or moves[n][0] < found[0]:
                moves[n] = (found[0], side, target, widened)
    claimed: dict[tuple[int, int], list[int]] = {}
    for n, (_, side, (_, (span, _)), _) in moves.items():
        claimed.setdefault((1 - side, span.start), []).append(n)
    out: list[Formula | None] = list(formulas)
    for takers in claimed.values():
        if len(takers) != 1:
            continue
        n = takers[0]
        _, side, (taken, (span, words)), widened = moves[n]
        f = formulas[n]
        if widened is not None and side == 0:  # the kept wording said whole: its clause
            f = replace(f, a_text=widened[1], a_spans=(widened[0],))
        elif widened is not None:
            f = replace(f, b_text=widened[1], b_spans=(widened[0],))
        if side == 0:
            out[n] = replace(f, b_text=words, b_spans=(span,))
        else:
            out[n] = replace(f, a_text=words, a_spans=(span,))
        out.append(left_partner(f, side == 0))
        if taken >= 0:
            out[taken] = None
            out[n] = _named_by_lesser(out[n], formulas[taken])
    return tuple(dict.fromkeys(f for f in out if f is not None))


def free_clauses(
    formulas: Sequence[Formula], readouts: tuple[Readout, Readout], said: Sequence[list[Clause]]
) -> list[list[tuple[int, Clause]]]:
    """The free wordings of each side a link may be re-pointed to (read by
    :func:`repartnered` and :func:`readoutdiff.formulas.entries.far_partner.far_partnered`):
    its silent clauses (number -1; ``said``, each readout's clauses) and the wordings of its
    one-sided entries (their number, :func:`one_sided`)."""
    lone = one_sided(formulas)
    return [
        [(-1, c) for c in silent_clauses(formulas, r, said[side], readouts[1 - side].text, side)]
        + lone[side]
        for side, r in enumerate(readouts)
    ]


def one_sided(formulas: Sequence[Formula]) -> tuple[list[tuple[int, Clause]], ...]:
    """The wordings of the one-sided entries of ``formulas`` (not the user's), A's and B's, each
    with its entry's number and first span: free clauses a link may be re-pointed to."""
    out: tuple[list[tuple[int, Clause]], ...] = ([], [])
    for n, f in enumerate(formulas):
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER:
            side = 0 if f.status is FormulaStatus.DROPPED else 1
            spans, wording = (f.a_spans, f.a_text) if side == 0 else (f.b_spans, f.b_text)
            if wording and spans:
                out[side].append((n, (spans[0], wording)))
    return out


def _named_by_lesser(entry: Formula | None, taken: Formula) -> Formula | None:
    """``entry`` named by the lesser id of the two entries it joins (its own, the one whose
    clause it took), so that the change has one name whichever readout is A."""
    if entry is None:
        return None
    base = taken.anchor or taken.id.removesuffix(REWORDED)
    if base + REWORDED >= entry.id:
        return entry
    return replace(entry, anchor=base, id=base + REWORDED)


def _framed(
    spans: Sequence[Span], pool: Sequence[Clause], target: str, partner: str
) -> Clause | None:
    """The clause of ``pool`` a linked wording (``spans``, one span) is a part of, when the
    free clause ``target`` of the other readout shares with that whole clause :data:`FLOOR`
    characters of words more than the link's ``partner`` does: a run the link shares inside a
    clause ("乃至世界和平") yields to a line the whole clause says again (为…和平…繁荣作出…贡献).
    None otherwise, or when the wording is its whole clause."""
    if len(spans) != 1:
        return None
    span = spans[0]
    for clause in pool:
        at = clause[0]
        if (
            at.start <= span.start
            and span.end <= at.end
            and at.end - at.start > span.end - span.start
        ):
            whole = clause[1]
            if fit(whole, target) >= _kept(whole, partner) + FLOOR:
                return clause
            return None
    return None


def _by_pair(pool: Sequence[tuple[int, Clause]]) -> dict[str, list[int]]:
    """The places in ``pool`` of the clauses that say each run of two Chinese characters
    (:func:`_pairs`): :func:`fit` asks two shared, so a wording is weighed against the clauses
    the runs it says find, not every free clause."""
    index: dict[str, list[int]] = {}
    for k, (_, (_, words)) in enumerate(pool):
        for pair in _pairs(words):
            index.setdefault(pair, []).append(k)
    return index


def _one_best(
    wording: str, pool: Sequence[tuple[int, Clause]], index: dict[str, list[int]]
) -> tuple[int, tuple[int, Clause]] | None:
    """The one free clause of ``pool`` sharing the most with ``wording`` (:func:`fit`), and
    that score; None when none shares or two share as much. Only the clauses sharing two runs
    of two characters with it (``index``, :func:`_by_pair`) are weighed: others fit 0."""
    hits = Counter(k for pair in _pairs(wording) for k in index.get(pair, ()))
    scored = [(score, pool[k]) for k in sorted(hits)
              if hits[k] >= 2 and (score := fit(wording, pool[k][1][1]))]  # fmt: skip
    best = max((score for score, _ in scored), default=0)
    tops = [item for score, item in scored if score == best]
    return (best, tops[0]) if best and len(tops) == 1 else None


def _one_best_text(wording: str, pool: Sequence[str]) -> str | None:
    """The one wording of ``pool`` sharing the most with ``wording``; None on a tie."""
    scored = [(score, other) for other in set(pool) if (score := fit(wording, other))]
    best = max((score for score, _ in scored), default=0)
    tops = [other for score, other in scored if score == best]
    return tops[0] if best and len(tops) == 1 else None


def fit(one: str, other: str) -> int:
    """How much ``one`` and ``other`` share as one line: the fewer of the characters of
    ``one``'s jieba words (:data:`WORD` characters or more) ``other`` says and of ``other``'s
    words ``one`` says (jieba cuts one run two ways: 贸易投资 and 贸易/投资); 0 when one holds
    the other, or one tells an anniversary, one event or the meeting's news (zh20's test).

    >>> fit("扩大贸易、投资、基础设施等合作", "开展贸易和基础设施等重大项目合作")
    8
    >>> fit("贸易投资规模", "贸易投资的良好增长势头"), fit("推进贸易投资便利化", "贸易投资的良好增长势头")
    (2, 4)
    """
    if len(_pairs(one) & _pairs(other)) < 2 or one in other or other in one:
        return 0  # the cheap tests first, no jieba: :data:`FLOOR` asks two runs of two shared
    if not (eligible(one) and eligible(other)):
        return 0
    return min(_said_in(one, other), _said_in(other, one))


def _kept(one: str, other: str) -> int:
    """What a linked pair shares: the more of the two ways :func:`fit` counts (a re-pointing
    must beat the link however jieba cuts it)."""
    if one in other or other in one:
        return 0
    return max(_said_in(one, other), _said_in(other, one))


def _said_in(one: str, other: str) -> int:
    """The characters of ``one``'s words :data:`WORD` characters or more ``other`` says."""
    return sum(len(word) for word in _words(one) if word in other)


def _gained(one: str, other: str, partner: str) -> set[str]:
    """The content words (:func:`_content`) ``one`` and ``other`` share that ``partner``
    does not say: what a clause shares beyond a link ("" for two halves)."""
    return {w for w in _content(one) if w in other and w not in partner} | {
        w for w in _content(other) if w in one and w not in partner
    }


@lru_cache(maxsize=4096)
def _content(clause: str) -> frozenset[str]:
    """The words of ``clause`` (:data:`WORD` characters or more) that say what a line is about:
    nouns, adjectives, idioms, verbal nouns (jieba's n…, a…, i, l, vn), not names of people,
    places or bodies (:data:`readoutdiff.languages.zh.NAME_TAGS`: the parties, 中巴, 塞尔维亚).
    The verbs and adverbs of a line's frame (推动, 深化, 取得, 密切) and the speaker (中方 is a
    place word) are not.

    >>> sorted(_content("中方愿同巴方深化人力资源开发合作"))
    ['人力资源', '合作']
    >>> sorted(_content("塞尔维亚成为首个和中国共同构建命运共同体的欧洲国家"))
    ['共同体', '命运', '国家']
    """
    return frozenset(
        word for word, tag in tagged(clause)
        if len(word) >= WORD and HAN_CHAR().match(word) and tag not in NAME_TAGS
        and (tag[0] in "nail" or tag == "vn")
    )  # fmt: skip


@lru_cache(maxsize=4096)
def _pairs(clause: str) -> frozenset[str]:
    """The runs of two Chinese characters ``clause`` says: a shared word of :data:`WORD`
    characters or more is one or more of them. Read off the runs of Chinese characters
    (one search, not a test of every two characters).

    >>> sorted(_pairs("深化“一带一路”合作"))
    ['一带', '一路', '合作', '带一', '深化']
    """
    return frozenset(
        run[k : k + 2] for run in HAN_RUN().findall(clause) for k in range(len(run) - 1)
    )


@lru_cache(maxsize=4096)
def _words(clause: str) -> frozenset[str]:
    """The jieba words of :data:`WORD` Chinese characters or more ``clause`` says."""
    return frozenset(
        word for word, _ in tagged(clause) if len(word) >= WORD and HAN_CHAR().match(word)
    )


PAIRED = 8
"""Characters of shared words two one-sided entries need to be one line: four words (为…作出贡献
and 和平, 繁荣), more than a relationship's name and a verb."""


def halves_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped and appeared entry (not the user's) that are each
    the other's one best among all wordings of the other readout, sharing :data:`PAIRED`
    characters of words or more (:func:`fit`), :data:`FLOOR` of them content words
    (:func:`_content`), made one *changed* entry (see the module).

    >>> from readoutdiff.ingest import from_text
    >>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="为地区和世界和平与繁荣作出积极贡献",
    ...     b_text=None, id="mined:x")
    >>> appeared = Formula(status=FormulaStatus.APPEARED, a_text=None,
    ...     b_text="为维护亚洲乃至世界和平和繁荣作出应有贡献", id="mined:y")
    >>> a, b = from_text("为地区和世界和平与繁荣作出积极贡献。"), from_text("为维护亚洲乃至世界和平和繁荣作出应有贡献。")
    >>> [(g.status.value, g.id) for g in halves_paired([dropped, appeared], a, b)]
    [('changed', 'mined:x/reworded')]
    """
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    sides: list[list[int]] = [[], []]
    wordings: list[list[str]] = [[], []]
    for n, f in enumerate(formulas):
        for side, text in enumerate((f.a_text, f.b_text)):
            if text:
                wordings[side].append(text)
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER:
            sides[0 if f.status is FormulaStatus.DROPPED else 1].append(n)
    if not sides[0] or not sides[1]:
        return tuple(formulas)
    best = [
        {n: found for n in sides[side]
         if (found := _one_best_text(_text(formulas[n]), wordings[1 - side]))}
        for side in (0, 1)
    ]  # fmt: skip
    out: list[Formula | None] = list(formulas)
    by_text = {_text(formulas[n]): n for n in sides[1]}
    for n, found in best[0].items():
        m = by_text.get(found)
        if m is None or best[1].get(m) != _text(formulas[n]):
            continue
        if fit(_text(formulas[n]), found) < PAIRED or out[m] is None:
            continue
        if sum(map(len, _gained(_text(formulas[n]), found, ""))) < FLOOR:
            continue  # the frame (推动…取得丰硕成果) or the parties' names (塞尔维亚, 中国, 欧洲)
        out[n] = joined(formulas[n], formulas[m])
        out[m] = None
    return tuple(f for f in out if f is not None)


def _run_after_opening(one: str, other: str) -> int:
    """The longest run ``one`` and ``other`` share after the opening both say: a speaker's
    frame ("乌方愿同中方…") opens two lines, it does not make them one.

    >>> _run_after_opening("乌方愿同中方一道积极推动机制不断发展壮大", "乌方愿同中方密切在多边框架协调合作")
    0
    """
    k = 0
    while k < min(len(one), len(other)) and one[k] == other[k]:
        k += 1
    return shared_run(one[k:], other[k:]) if one[k:] and other[k:] else 0


def _text(formula: Formula) -> str:
    """The wording of a one-sided entry."""
    return formula.a_text or formula.b_text or ""


def silent_halves(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped or appeared entry (not the user's) whose other
    half is a *silent* clause of the other readout made one *changed* entry: the clause is the
    wording's one best among the silent clauses there, sharing :data:`PAIRED` characters of
    words or more (:func:`fit`), :data:`FLOOR` of them content words (:func:`_content`), and
    the wording is the clause's one best among every wording and silent clause of its own
    readout; a clause two entries would take goes to none. "欧中关系健康稳定发展符合双方利益"
    dropped while B says "欧盟同中国发展可靠和持久的经贸合作关系符合双方利益" in a clause no entry
    reports: an analyst lists one line reworded. Named by the entry's id (the clause has none).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.model import Span
    >>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="欧中关系健康稳定发展符合双方利益",
    ...     b_text=None, a_spans=(Span(start=0, end=16, line=1),), id="mined:x")
    >>> a = from_text("欧中关系健康稳定发展符合双方利益。")
    >>> b = from_text("欧盟同中国发展可靠和持久的经贸合作关系符合双方利益。")
    >>> [(g.status.value, g.b_text) for g in silent_halves([dropped], a, b)]
    [('changed', '欧盟同中国发展可靠和持久的经贸合作关系符合双方利益')]
    """
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    halves = [
        (n, 0 if f.status is FormulaStatus.DROPPED else 1)
        for n, f in enumerate(formulas)
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER and _text(f)
    ]
    if not halves:
        return tuple(formulas)
    readouts = (a, b)
    silent = [
        silent_clauses(formulas, r, list(clauses(r)), readouts[1 - side].text, side)
        for side, r in enumerate(readouts)
    ]
    pools = [[(-1, c) for c in silent[side]] for side in (0, 1)]
    index = [_by_pair(pools[side]) for side in (0, 1)]
    rivals = [
        [w for f in formulas if (w := (f.a_text, f.b_text)[side])] + [c[1] for c in silent[side]]
        for side in (0, 1)
    ]
    claimed: dict[tuple[int, int], list[tuple[int, Clause]]] = {}
    for n, side in halves:
        wording = _text(formulas[n])
        found = _one_best(wording, pools[1 - side], index[1 - side])
        if found is None or found[0] < PAIRED:
            continue
        clause = found[1][1]
        if sum(map(len, _gained(wording, clause[1], ""))) < FLOOR:
            continue  # the frame or the parties' names
        if _run_after_opening(wording, clause[1]) < FLOOR:
            continue  # words scattered over two lines (通过…谈判…解决), or the speaker's frame
        if _one_best_text(clause[1], rivals[side]) != wording:
            continue
        claimed.setdefault((1 - side, clause[0].start), []).append((n, clause))
    return silent_taken(formulas, claimed)


def silent_taken(
    formulas: Sequence[Formula], claimed: dict[tuple[int, int], list[tuple[int, Clause]]]
) -> tuple[Formula, ...]:
    """``formulas`` with each one-sided entry that alone claims a silent clause of the other
    readout (``claimed``: (side, clause start) -> the entries' numbers and that clause) made
    one *changed* entry with that clause, named by the entry's own name (the clause has none);
    a clause two entries would take goes to none (also :mod:`readoutdiff.formulas.entries.placed_halves_zh`)."""
    out = list(formulas)
    for takers in claimed.values():
        if len(takers) != 1:
            continue
        n, (span, words) = takers[0]
        f = formulas[n]
        if f.status is FormulaStatus.DROPPED:
            f = replace(f, b_text=words, b_spans=(span,))
        else:
            f = replace(f, a_text=words, a_spans=(span,))
        name = f.anchor or f.id
        out[n] = replace(
            f, status=FormulaStatus.CHANGED, variant=False, anchor=name, id=name + REWORDED
        )
    return tuple(out)
