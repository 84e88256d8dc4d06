"""In Chinese readouts, the lists of the fields of cooperation are one line each, paired in
reading order.

A Chinese readout names the fields two countries will cooperate in as a list: "拓展金融、绿色经济、
人工智能等领域合作" becomes "两国在贸易投资、清洁能源、金融服务、医疗民生等领域拥有广阔合作空间",
"在经贸、科技、……等广泛领域开展交流合作" becomes "加强贸易、投资、金融、环保等各领域合作". An
analyst reports each such list as one line that changed: which fields came and went. The fields
themselves are rarely formulas (a background phrase catches one edge of a list, "人工智能等领域合作",
or a slot link joins a field to some other clause that names it), so the formula stage said
half of the list dropped and the other list nothing, or linked it to the wrong clause.

A clause is a list of fields (:func:`lists_fields`) when it holds a list (``、``) and, after the
list's last ``、``, says cooperation (合作) either after "fields" (领域: "等领域合作",
"等广泛领域开展交流合作") or as its last words ("服务业互利合作"): "开展人工智能、生物科学……等领域
联合研究" lists fields of research, "坚持相互尊重、开放合作、交流互鉴" lists principles, and "举办
中国－阿拉伯国家峰会、中国－海湾阿拉伯国家合作委员会峰会" lists summits. The k-th list of A is
paired with the k-th list of B (reading order, as :mod:`readoutdiff.formulas.entries.clauses`
pairs a formula's places; the lists of one readout are not told apart by the fields they share:
a field list is rewritten, not edited). Two lists said alike stay as they are. Each pair is one
*changed* entry; an entry that reported one side of such a clause gives way to it: a one-sided
one is the list's, a link from such a clause to another clause is undone, its other side
one-sided again.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平指出，双方要拓展金融、绿色经济、人工智能等领域合作。")
>>> b = from_text("习近平指出，两国在贸易投资、清洁能源、金融服务等领域拥有广阔合作空间。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', '双方要拓展金融、绿色经济、人工智能等领域合作', '两国在贸易投资、清洁能源、金融服务等领域拥有广阔合作空间')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import Clause, clauses, lined
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span

LIST = "、"
"""The mark that joins the items of a Chinese list inside a clause."""
COOPERATION, FIELDS = "合作", "领域"
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
    """
    _, joined, last = simplified(words).rpartition(LIST)
    said = last.find(COOPERATION)
    return bool(joined) and said >= 0 and (FIELDS in last[:said] or last.endswith(COOPERATION))


def fields_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each pair of lists of fields (the k-th of A, the k-th of B) one
    *changed* entry, and the entries on those clauses given way to it (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    found = [[c for c in clauses(r) if lists_fields(c[1])] for r in (a, b)]
    pairs = [
        (one, other)
        for one, other in zip(*found, strict=False)
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
