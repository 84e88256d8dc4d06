"""The documents a Chinese visit signed or published, said in each readout, are one event.

A Chinese readout of a visit closes on its documents: 两国元首共同见证签署经贸、科技等领域多项双边合作
文件 (the ceremony and the fields the documents cover), 双方发表《……联合声明》 (the statement published).
The next visit signs other documents and publishes another statement, and the hand lists name the
line as one slot an analyst tracks: said in both readouts, *changed* where the fields, the count or
the statement differ (共同见证签署经贸、科技等多项合作文件 / 共同见证签署经贸、教育、科技、农食等领域多项
合作文件), *persisted* where the words are the same; said in one readout only, *dropped* or
*appeared*. The hand lists of the young dev pairs give 41 such lines (12 *changed*) and those of the
outside tuning part 23 (9 *changed*); five ``not_formulas`` entries of four young dev lists name one
(branch chg1, benchmarks/README.md).

The formula stage tells no such line: a documents clause rarely holds a lexicon or mined formula,
and :func:`readoutdiff.formulas.entries.one_event_zh.one_event` takes out every report a wording of
which tells documents (a formula paired with the documents is the news of the day, no change of a
line). This rule tells the line itself.

A **documents clause** (:func:`documents`) is a clause (:data:`_CLAUSE`: up to a clause mark, a
title or a quotation whole) in which :data:`~readoutdiff.formulas.entries.one_event_zh.DOCUMENTS`
finds documents (见证签署, 共同签署, 见证交换, 交换仪式, 发表《 / 发布《, 签署……文件), or that signs
a named text (签署了《) or names who signed before the ceremony (见证双方宣布签署). It is of one
of two kinds (:func:`kind`): a **statement** (:data:`_STATEMENT`: a statement or an action plan
published or signed by name) or the **documents** a ceremony signed. Each side's clauses of one kind are paired in reading order;
a clause left over is one-sided. The entries are told as
:func:`readoutdiff.formulas.unpaired.world_zh.told_slot` tells a slot.

Chinese pairs only, with mining on (the ids are mined ids).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方会谈。\\n\\n会谈后，两国总理共同见证签署经贸、科技等多项合作文件。")
>>> b = from_text("双方会谈。\\n\\n会谈后，两国总理共同见证签署经贸、教育、科技、农食等领域多项合作文件。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.startswith(ID)]
[('changed', '两国总理共同见证签署经贸、科技等多项合作文件', '两国总理共同见证签署经贸、教育、科技、农食等领域多项合作文件')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from readoutdiff.formulas.entries.one_event_zh import DOCUMENTS
from readoutdiff.formulas.unpaired.concert_zh import clause_entry
from readoutdiff.formulas.unpaired.world_zh import Clause, told_slot
from readoutdiff.model import Formula, Readout

ID = "mined:documents"
"""Id of a documents entry (numbered by :func:`told_documents` where several are told)."""

_SIGNED = ("签署", "交换", "发表《", "发布《")
"""What every documents clause holds (a cheap test before :data:`DOCUMENTS`)."""

_STATEMENT = re.compile(
    r"发[表布]《|《[^》]*(?:声明|宣言|行动计划)[^》]*》(?![^《]*(?:文件|文本))|(?:声明|宣言|行动计划)$"
)
"""A statement published (发表《……》), a statement, a declaration (宣言) or an action plan signed by name with no
documents named after it (共同签署《……联合声明》), or a clause ending on one (共同签署构建老中命运
共同体新版行动计划); a cooperation plan or a protocol signed by name (见证签署《……合作规划》) is among
the documents a ceremony signed."""

_SIGNING = re.compile(rf"{DOCUMENTS.pattern}|签署了?《|见证[^，；：。！？]{{1,6}}签署")
"""A documents clause: :data:`DOCUMENTS`, a named text signed (两国元首签署了《……联合声明》), or
a ceremony that names who signed (两国元首共同见证双方宣布签署……)."""

_CLAUSE = re.compile(r"(?:《[^》\n]*》|“[^”\n]*”|[^，；：。！？,;:!?\n《“])+")
"""A clause: a run up to a clause mark, a title (《……》) or a quotation (“一带一路”) inside it
whole (:func:`readoutdiff.formulas.unpaired.world_zh.clause_spans` cuts at a quotation mark,
and a clause of documents names them in quotation marks and titles)."""

_SPEAKER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:表示|指出|强调|认为)")


def kind(clause: str) -> int:
    """The kind of a documents clause: 1 a statement (a named text), 0 the documents signed.

    >>> kind("双方发表《中华人民共和国和秘鲁共和国关于深化全面战略伙伴关系的联合声明》")
    1
    >>> kind("两国元首共同见证签署《共同行动计划》以及经贸合作、数字经济等领域多项双边合作文件")
    0
    >>> kind("两国元首共同见证签署科技、海关等领域多项双边合作文件")
    0
    """
    return 1 if _STATEMENT.search(clause) else 0


def documents(readout: Readout) -> list[Clause]:
    """The documents clauses of ``readout`` in reading order, each with its kind (:func:`kind`)
    as its run number.

    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("会谈后，两国元首共同见证签署多项合作文件，双方发表《联合声明》。双方要深化合作。")
    >>> [(r.text[s.span.start + i : s.span.start + j], k) for s, i, j, k in documents(r)]
    [('两国元首共同见证签署多项合作文件', 0), ('双方发表《联合声明》', 1)]
    """
    return framed(readout, _SIGNED, _SIGNING, kind)


def framed(
    readout: Readout, cheap: Sequence[str], frame: re.Pattern[str], kind_of: Callable[[str], int]
) -> list[Clause]:
    """The clauses of ``readout`` in reading order that ``frame`` finds (a sentence holding none
    of the ``cheap`` words is passed over), a speaker who opens one (习近平表示) left out, each
    with its kind (``kind_of`` the clause) as its run number (also
    :mod:`readoutdiff.formulas.unpaired.talks_zh`)."""
    found: list[Clause] = []
    for sentence in readout.sentences:
        if not any(word in sentence.text for word in cheap):
            continue  # most sentences hold no such line
        for m in _CLAUSE.finditer(sentence.text):
            start, end = m.start(), m.end()
            start += len(m.group()) - len(m.group().lstrip())
            if speaker := _SPEAKER.match(sentence.text, start, end):
                start = speaker.end()
            text = sentence.text[start:end]
            if start < end and frame.search(text):
                found.append((sentence, start, end, kind_of(text)))
    return found


def by_kind(in_a: Sequence[Clause], in_b: Sequence[Clause], name: str) -> list[Formula]:
    """The entries ``name`` of each side's clauses: of each kind (0, 1), in reading order, the
    ``n``-th A clause with the ``n``-th B clause; the clauses left over one-sided (also
    :mod:`readoutdiff.formulas.unpaired.talks_zh`)."""
    made: list[Formula] = []
    for wanted in (0, 1):
        of_a = [x for x in in_a if x[3] == wanted]
        of_b = [y for y in in_b if y[3] == wanted]
        made += [clause_entry(x, y, name) for x, y in zip(of_a, of_b, strict=False)]
        made += [clause_entry(x, None, name) for x in of_a[len(of_b) :]]
        made += [clause_entry(None, y, name) for y in of_b[len(of_a) :]]
    return made


def paired(in_a: Sequence[Clause], in_b: Sequence[Clause]) -> list[Formula]:
    """The entries of each side's documents clauses (:func:`by_kind`): a statement with a
    statement, the documents signed with the documents signed."""
    return by_kind(in_a, in_b, ID)


def told_documents(told: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``told`` with the entries of the two readouts' documents clauses (:func:`paired`), told
    as :func:`readoutdiff.formulas.unpaired.world_zh.told_slot` tells a slot."""
    return told_slot(told, documents(a), documents(b), paired, ID)
