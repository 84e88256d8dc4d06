"""In Chinese readouts, the lists of the fields of cooperation are one line each, paired in
reading order by the fields they name.

A Chinese readout names the fields two countries will cooperate in as a list: "拓展金融、绿色经济、
人工智能等领域合作" becomes "两国在贸易投资、清洁能源、金融服务、医疗民生等领域拥有广阔合作空间",
"在经贸、科技、……等广泛领域开展交流合作" becomes "加强贸易、投资、金融、环保等各领域合作". An
analyst reports each such list as one line that changed: which fields came and went. The fields
themselves are rarely formulas (a background phrase catches one edge of a list, "人工智能等领域合作",
or a slot link joins a field to some other clause that names it), so the formula stage said
half of the list dropped and the other list nothing, or linked it to the wrong clause.

A clause is a list of fields (:func:`lists_fields`) when it holds a list (``、``) and, after the
list's last ``、``, says cooperation (合作) either after "fields" (领域: "等领域合作",
"等广泛领域开展交流合作") or as its last words ("服务业互利合作"). None are: "开展人工智能、生物科学
……等领域联合研究" (fields of research), "举办中国－阿拉伯国家峰会、中国－海湾阿拉伯国家合作委员会
峰会" (summits), "见证签署……、高等教育等领域多项双边合作文件" (the documents a ceremony signed:
合作文件, 合作文本) and a list after 坚持, 秉持 or 本着 ("坚持互尊互信、开放合作": principles,
:data:`PRINCIPLES`).

The lists of A and B are paired in reading order, as
:mod:`readoutdiff.formulas.entries.clauses` pairs a formula's places. First the pairs that name a
field alike (:func:`fields_named`: a two-character run of the words of its items, "基础设施" in
"基础设施建设") and more than either shares with any other list, chosen to share the most (a
longest common subsequence weighed by what each pair shares); then, between two such pairs (or before the first, after the last), the lists
left on each side one for one in reading order, as far as the shorter side goes. A field list
is rewritten, not edited, so what two lists share is no proof, but it tells which list of a
readout holding several an analyst sets beside which: reading order alone had paired
Xi–Hun Manet's "加强在东盟、澜湄合作等框架内协调和合作" (frameworks) with the next readout's one
list "扩大贸易、投资、基础设施等合作", ahead of "加强经贸、投资、产业链供应链、农业、基础设施建设等
领域合作", and Xi–Ramaphosa's "职业教育" list with "拓展深化经贸投资、基础设施、新能源、减贫等领域务实
合作", ahead of "扩大贸易、投资、能源、基础设施建设、制造业、科技等领域合作". Two lists said alike stay
as they are. Each pair is one *changed* entry; an entry that reported one side of such a clause
gives way to it (:func:`left_beside`): a one-sided one is the list's, a link from such a clause
to another clause is undone, its other side one-sided again.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平指出，双方要拓展金融、绿色经济、人工智能等领域合作。")
>>> b = from_text("习近平指出，两国在贸易投资、清洁能源、金融服务等领域拥有广阔合作空间。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', '双方要拓展金融、绿色经济、人工智能等领域合作', '两国在贸易投资、清洁能源、金融服务等领域拥有广阔合作空间')]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise, product, takewhile

from readoutdiff.formulas.entries.clause_heads import Clause, clauses, lined
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import simplified, tagged
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.text.wide import HAN, lazy

LIST = "、"
"""The mark that joins the items of a Chinese list inside a clause."""
COOPERATION, FIELDS, DOCUMENTS, SUCH_AS = "合作", "领域", ("文件", "文本"), "等"
PRINCIPLES = ("坚持", "秉持", "本着")
"""Verbs that open a list of principles, not of fields: "坚持互尊互信、开放合作"."""
_HAN_PAIR = lazy(f"[{HAN}]{{2}}")
_AFTER_FIELDS = frozenset({SUCH_AS, FIELDS, "方面", COOPERATION, "互利", "务实", "交流"})
"""The words a list's last field comes before: "等领域合作", "方面交流合作", "服务业互利合作"."""
FIELD_LIST_ID = phrase_id("mined", tuple(FIELDS + COOPERATION))
"""The id of a list of fields' entry: the words every such list says."""


def lists_fields(words: str) -> bool:
    """Whether a clause's ``words`` list the fields of cooperation (see the module).

    >>> lists_fields("两国加强经贸、金融、教育、清洁能源、医药卫生等领域合作")
    True
    >>> lists_fields("双方要拓展教育、医疗、金融、服务业互利合作")
    True
    >>> lists_fields("开展人工智能、生物科学、新能源和低碳技术等领域联合研究和产业转化")
    False
    >>> lists_fields("英方希望同中国加强各层级、各领域接触对话")
    False
    >>> lists_fields("两国元首共同见证签署新能源电力、农产品、高等教育等领域多项双边合作文件")
    False
    """
    first, joined, last = simplified(words).rpartition(LIST)
    said = last.find(COOPERATION)
    if not joined or said < 0 or last.startswith(DOCUMENTS, said + len(COOPERATION)):
        return False
    if any(word in first.partition(LIST)[0] for word in PRINCIPLES):
        return False
    return FIELDS in last[:said] or last.endswith(COOPERATION)


def fields_named(words: str) -> frozenset[str]:
    """The two-character runs of the fields a list's ``words`` name: the segmenter's words of
    its items, the first after the verb or preposition that opens the list, the last before
    等, 领域 or 合作 (:data:`_AFTER_FIELDS`).

    >>> sorted(fields_named("两国在基础设施建设、产能等领域合作成果丰硕"))
    ['产能', '基础', '建设', '础设', '设施']
    """
    parts = simplified(words).split(LIST)
    named: list[str] = []
    for k, part in enumerate(parts):
        tokens = tagged(part)
        if k == len(parts) - 1:
            tokens = list(takewhile(lambda token: token[0] not in _AFTER_FIELDS, tokens))
        if k == 0:
            opening = [i for i, (_, tag) in enumerate(tokens) if tag in ("v", "p")]
            tokens = tokens[opening[-1] + 1 :] if opening else tokens
        named += [word for word, _ in tokens]
    return frozenset(
        run for word in named for k in range(len(word) - 1)
        if _HAN_PAIR().fullmatch(run := word[k : k + 2])
    )  # fmt: skip


def _in_order(found: Sequence[Sequence[Clause]]) -> list[tuple[Clause, Clause]]:
    """The lists of A and of B paired in reading order (see the module): the pairs naming a
    field alike that share the most, then, between two of them, the others one for one."""
    anchors = _anchors(found)
    pairs: list[tuple[Clause, Clause]] = []
    for (i0, j0), (i1, j1) in pairwise([(-1, -1), *anchors, (len(found[0]), len(found[1]))]):
        pairs += zip(found[0][i0 + 1 : i1], found[1][j0 + 1 : j1], strict=False)
        if i1 < len(found[0]):
            pairs.append((found[0][i1], found[1][j1]))
    return pairs


def _anchors(found: Sequence[Sequence[Clause]]) -> list[tuple[int, int]]:
    """The pairs of lists (by index) naming a field alike, in reading order on both sides,
    that share the most fields together (a longest common subsequence weighed by them)."""
    one, other = ([fields_named(words) for _, words in side] for side in found)
    counts = [[len(x & y) for y in other] for x in one]
    shared = [[_alone(counts, i, j) for j in range(len(other))] for i in range(len(one))]
    best = [[0] * (len(other) + 1) for _ in range(len(one) + 1)]
    for i, j in product(range(len(one)), range(len(other))):
        paired = best[i][j] + shared[i][j] if shared[i][j] else 0
        best[i + 1][j + 1] = max(best[i][j + 1], best[i + 1][j], paired)
    anchors, i, j = [], len(one), len(other)
    while i and j:
        if shared[i - 1][j - 1] and best[i][j] == best[i - 1][j - 1] + shared[i - 1][j - 1]:
            anchors.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return anchors[::-1]


def _alone(counts: Sequence[Sequence[int]], i: int, j: int) -> int:
    """``counts[i][j]`` when no other list of either side shares as many with list i of A or
    list j of B, else 0: a list naming one field of each of two lists tells neither apart.

    >>> _alone([[1, 1], [0, 3]], 0, 0), _alone([[1, 1], [0, 3]], 1, 1)
    (0, 3)
    """
    here = counts[i][j]
    rivals = [c for k, c in enumerate(counts[i]) if k != j]
    rivals += [row[j] for k, row in enumerate(counts) if k != i]
    return here if all(c < here for c in rivals) else 0


def fields_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each pair of lists of fields (in reading order, naming a field
    alike) one *changed* entry, and the entries on those clauses given way to it (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    found = [[c for c in clauses(r) if lists_fields(c[1])] for r in (a, b)]
    pairs = [
        (one, other)
        for one, other in _in_order(found)
        if simplified(one[1]) != simplified(other[1])
    ]
    if not pairs:
        return tuple(formulas)
    claimed = ([one[0] for one, _ in pairs], [other[0] for _, other in pairs])
    out = [kept for f in formulas if (kept := left_beside(f, claimed)) is not None]
    return (*out, *(_changed(one, other, (a, b)) for one, other in pairs))


def _inside(spans: Sequence[Span], claimed: Sequence[Span]) -> bool:
    """Whether a span of ``spans`` lies in one of the ``claimed`` clauses."""
    return any(c.start <= s.start and s.end <= c.end for s in spans for c in claimed)


def left_beside(formula: Formula, claimed: tuple[list[Span], list[Span]]) -> Formula | None:
    """``formula`` as it stands beside the paired lists: None when it reports one of them
    alone (a one-sided entry, or a link between two lists), the side it says outside them
    when it linked one to another clause, else itself."""
    on_a, on_b = _inside(formula.a_spans, claimed[0]), _inside(formula.b_spans, claimed[1])
    if not (on_a or on_b):
        return formula
    if formula.status is not FormulaStatus.CHANGED or (on_a and on_b):
        return None if formula.status is not FormulaStatus.PERSISTED else formula
    keep_a = not on_a
    return Formula(
        status=FormulaStatus.DROPPED if keep_a else FormulaStatus.APPEARED,
        a_text=formula.a_text if keep_a else None, b_text=None if keep_a else formula.b_text,
        a_spans=formula.a_spans if keep_a else (), b_spans=() if keep_a else formula.b_spans,
        id=formula.anchor or formula.id, source=formula.source, topic=formula.topic,
    )  # fmt: skip


def _changed(one: Clause, other: Clause, readouts: tuple[Readout, Readout]) -> Formula:
    """The two lists of fields as one changed entry."""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=one[1], b_text=other[1],
        a_spans=(lined(readouts[0].text, one[0]),), b_spans=(lined(readouts[1].text, other[0]),),
        id=FIELD_LIST_ID, source=FormulaSource.MINED,
    )  # fmt: skip
