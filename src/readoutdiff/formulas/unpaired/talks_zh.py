"""What the leaders' talks did, said in each Chinese readout, is one line: the issues they
discussed and what the talks gave the relationship.

A Chinese readout tells the talks themselves in a frame whose object changes from one meeting to
the next. The **issues** discussed: 双方还就乌克兰危机和巴以冲突等问题交换了意见 / 双方还就乌克兰危机等交换了
意见 (就……交换意见 / 交换看法, 就……进行深入沟通, 就……深入探讨). The **course** the talks set for the
relationship, told by a premier or a minister who recalls the heads of state's meeting:
为中印尼关系发展擘画新的蓝图 / 两国元首就构建……中印尼命运共同体达成重要共识 (擘画……蓝图, 指明……方向,
作出……规划 / 指引, 达成……共识, and the views exchanged on the relationship itself:
就双边关系重大战略性问题深入交换意见). The hand lists name each as one slot an analyst tracks, the
object list being the news: *changed* where the wording differs, *persisted* where it does not,
*dropped* or *appeared* when one readout has it. The young dev pairs' lists follow 50 of the 53 such
clauses of their readouts and the outside tuning part's all 24 (branch chg2, benchmarks/README.md);
16 of the young *changed* events and 4 of tuning's were missed, as
:func:`readoutdiff.formulas.entries.one_event_zh.one_event` takes out every report a wording of
which tells the talks (a formula paired with them is the news of the day). This rule tells the
line itself, as :mod:`readoutdiff.formulas.unpaired.documents_zh` tells the documents signed.

A **talks clause** is a clause (:func:`~readoutdiff.formulas.unpaired.documents_zh.framed`) that
:data:`TALKS` finds, no wish before it in its sentence (:data:`_WISH`: 愿, 希望, 期待 — "愿……在
应对气候变化……等领域达成更多合作共识" is a wish, not what talks did). Its kind (:func:`kind`) is
0 for the issues, 1 for the course (a clause of issues that names the relationship, 关系, is the
course). Talks that frame a point said after them in their sentence (就乌克兰危机深入交换意见，
表示……) are no line of their own: the point is. Each side's clauses of one kind are paired in reading order; a
clause left over is one-sided.

Chinese pairs only, with mining on (the ids are mined ids).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方会谈。\\n\\n双方还就乌克兰危机和巴以冲突等问题交换了意见。")
>>> b = from_text("双方会谈。\\n\\n双方还就乌克兰危机等交换了意见。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.startswith(ID)]
[('changed', '双方还就乌克兰危机和巴以冲突等问题交换了意见', '双方还就乌克兰危机等交换了意见')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from readoutdiff.formulas.unpaired.documents_zh import by_kind, framed
from readoutdiff.formulas.unpaired.world_zh import Clause, told_slot
from readoutdiff.languages.zh import HAN_RUN, cut
from readoutdiff.model import Formula, FormulaStatus, Readout
from readoutdiff.records.replacing import replace

ID = "mined:talks"
"""Id of a talks entry (numbered by :func:`told_talks` where several are told)."""

_ISSUES = r"交换了?(?:意见|看法)|就[^，；。！？]{1,40}?(?:进行了?[^，；。！？]{0,4}沟通|深入探讨)"
_COURSE = (
    r"达成(?!的)[^，；。！？]{0,8}共识|擘画[^，；。！？]{0,8}蓝图|指明了?[^，；。！？]{0,4}方向"
    r"|作出[^，；。！？]{0,8}(?:规划|指引)"
)
TALKS = re.compile(rf"{_ISSUES}|{_COURSE}")
"""What talks did: views exchanged on issues (就……交换了意见, 交换看法, 就……进行了深入沟通,
就……深入探讨), or the course they set (擘画……蓝图, 指明了方向, 作出战略规划 / 指引, 达成重要共识; not
达成的共识, the consensus a later line carries out: 落实两国元首达成的重要共识 is a formula)."""

_COURSE_FOUND = re.compile(_COURSE)

_CHEAP = ("交换", "沟通", "探讨", "共识", "蓝图", "方向", "规划", "指引")
"""What every talks clause holds (a cheap test before :data:`TALKS`)."""

_WISH = re.compile(r"愿(?![景望])|希望|期待|祝愿")
"""A wish: a frame after it in its sentence is what the speaker wants, not what talks did. The
verb 愿 (中方愿同……, 愿意) only where it opens a word (:func:`_wished`), not the nouns 愿景
"vision" and 愿望 "wish" (the segmenter cuts 愿景 in two); 祝愿 "to wish (one) well" is a wish
of its own."""


def _wished(text: str, end: int) -> bool:
    """Whether ``text`` says a wish before ``end`` (:data:`_WISH`): 希望, 期待, or 愿 opening a
    word the segmenter gives (愿, 愿意), not inside one: 意愿 "will", 心愿, 志愿 "volunteer", 自愿,
    请愿 "petition" (ux27 listed the nouns it had met; ux28 asks the segmenter, so a word not met
    yet is read alike). "哈中有着加强合作的强烈政治意愿" says how the two stand, and wants nothing.

    >>> [_wished(s, len(s)) for s in ("中方愿同哈方", "两国合作有着共同愿景", "民众请愿", "地区国家有意愿")]
    [True, False, False, False]
    """
    for found in _WISH.finditer(text, 0, end):
        if found.group() != "愿":
            return True  # 希望, 期待, 祝愿
        run = next(r for r in HAN_RUN().finditer(text) if r.end() > found.start())
        opens = accumulate((len(word) for word in cut(run.group())), initial=run.start())
        if found.start() in opens:
            return True
    return False


_ON_ISSUES = re.compile(r"就[^，；。！？]{1,40}?(?:交换|进行|深入探讨)")
"""Views exchanged on something named (双方还就巴以冲突交换意见), not the talks alone (习近平主席同你
深入交换意见: the course)."""

_PLANNED = re.compile(r"擘画|指明|作出")
_FOR_TWO = re.compile(r"关系|两国|双边|合作|共同体|伙伴")
"""A plan (擘画蓝图, 指明方向, 作出规划) the talks set is for the two, their relationship or their
cooperation: "为未来5年中国发展擘画蓝图" is a country's own plan, no talks."""

_TOPIC = re.compile(
    r"[就为对]([^，；。！？]*?)(?:深入|重点|广泛|进一步|共同)*(?:交换|进行|深入探讨|擘画|指明|作出|达成)"
)
_ADVERB = re.compile(r"进一步|深入|重点|广泛|共同|了")


def kind(clause: str) -> int:
    """The kind of a talks clause: 0 the issues discussed, 1 the course set for the relationship
    (the views exchanged on the relationship itself, or on nothing named, are the course).

    >>> kind("双方还就巴以冲突等共同关心的国际和地区问题交换了意见")
    0
    >>> kind("就双边关系重大战略性问题深入交换意见")
    1
    >>> kind("为中印尼关系发展擘画新的蓝图")
    1
    """
    issues = _ON_ISSUES.search(clause)
    return 0 if issues and not _COURSE_FOUND.search(clause) and "关系" not in clause else 1


def topic(clause: str) -> str:
    """What the talks were on or for, without the frame's adverbs: the line is the same where
    only the frame differs (双方还就乌克兰危机交换了意见 / 两国领导人就乌克兰危机交换意见).

    >>> topic("为进一步深化两国关系擘画了蓝图"), topic("双方重点就乌克兰危机进行深入沟通")
    ('深化两国关系', '乌克兰危机')
    """
    found = _TOPIC.search(clause)
    return _ADVERB.sub("", found.group(1)) if found else ""


def talks(readout: Readout) -> list[Clause]:
    """The talks clauses of ``readout`` in reading order, each with its kind (:func:`kind`) as its
    run number; not a wish, nor talks that frame a point said after them (:func:`_frames`).

    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("两国元首就两国关系进行了深入沟通，达成一系列重要共识。双方愿达成更多共识。")
    >>> [(r.text[s.span.start + i : s.span.start + j], k) for s, i, j, k in talks(r)]
    [('两国元首就两国关系进行了深入沟通', 1), ('达成一系列重要共识', 1)]
    """
    found: list[Clause] = []
    for clause in framed(readout, _CHEAP, TALKS, kind):
        sentence, start, end, _ = clause
        frame = TALKS.search(sentence.text, start, end)
        if frame is None or _wished(sentence.text, frame.start()):
            continue  # a wish: what the speaker wants
        if _PLANNED.match(frame.group()) and not _FOR_TWO.search(sentence.text, start, end):
            continue  # a plan of one country's own
        found.append(clause)
    return [c for c in found if not _frames(c, found)]


_POINT = re.compile(r"\s*[，,]\s*(?:表示|认为|强调|指出|一致同意|同意)")
"""A point said after the talks in their sentence: 就乌克兰危机深入交换意见，表示……."""


def _frames(clause: Clause, found: Sequence[Clause]) -> bool:
    """The talks ``clause`` frame a point said after it in its sentence, maybe after other talks
    clauses (深入交换意见，达成重要共识，一致同意……): the point is the line, as convention (i) of
    eval/formulas/SOURCES.md says ("就乌克兰危机深入交换意见，表示…" is not listed on its own)."""
    sentence, end = clause[0], clause[2]
    for after in found:
        if after[0] is sentence and after[1] > end:
            if len(sentence.text[end : after[1]].strip()) != 1:
                break  # other words between: the talks are not followed by talks
            end = after[2]
    return _POINT.match(sentence.text, end) is not None


def paired(in_a: Sequence[Clause], in_b: Sequence[Clause]) -> list[Formula]:
    """The entries of each side's talks clauses (:func:`~readoutdiff.formulas.unpaired.
    documents_zh.by_kind`): the issues with the issues, the course with the course; a changed
    entry whose two clauses have one :func:`topic` is *persisted*."""
    return [_same_topic(entry) for entry in by_kind(in_a, in_b, ID)]


def _same_topic(entry: Formula) -> Formula:
    if entry.status is not FormulaStatus.CHANGED or entry.a_text is None or entry.b_text is None:
        return entry
    said = topic(entry.a_text)
    if not said or said != topic(entry.b_text):
        return entry
    return replace(entry, status=FormulaStatus.PERSISTED)


def told_talks(told: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``told`` with the entries of the two readouts' talks clauses (:func:`paired`), told as
    :func:`readoutdiff.formulas.unpaired.world_zh.told_slot` tells a slot."""
    return told_slot(told, talks(a), talks(b), paired, ID)
