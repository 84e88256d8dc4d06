"""Working together in the multilateral bodies, said in each Chinese readout, is one event.

Chinese readouts close the bilateral points with a wish to act together in the bodies the two
belong to: 加强在联合国等多边框架内协调和合作, 进一步密切白中双多边协作, 在上海合作组织、金砖国家等多边机制中
密切协作, 双方要加强多边协调配合. The line is one slot an analyst tracks from one readout to the
next: said in both, it is *changed* where the wording differs (加强在联合国等多边框架内协调和合作 /
中方愿同加方加强在联合国、二十国集团、亚太经合组织等框架内的沟通和协调), *persisted* where it does not;
said in one, *dropped* or *appeared*. The two wordings share little beyond 多边 and a verb of
acting together, their sentences mostly stand apart (the bodies are listed, the list changes),
and the rules that read aligned sentences or shared runs tell them as two one-sided points or
not at all.

A **concert clause** (:func:`is_concert`) holds

- a **setting** (:data:`SETTING`): 多边 (not 多边主义, 多边贸易: a stance, a trade order), or a
  body or forum (联合国, 上海合作组织, 金砖, 二十国集团, 东盟, 亚太经合, 澜湄, 中国—中亚), or the arena
  (国际和地区事务, 国际事务, 国际舞台, 国际协作, 地区机制);
- a verb of **acting together** (:data:`CONCERT`: 协作, 协调, 配合, 沟通), or 合作 said *in* the
  setting (在……合作), read with the bodies' own names taken out (上海合作组织 names a body: no 合作 of
  the clause);
- a **task** verb (:data:`TASK`: 加强, 密切, 深化, 强化, 保持, 增进, 开展): a wish or a call, not a
  praise of how the two worked together (在国际和地区事务中协作良好 is an assessment of the past).

Each side's concert clauses are paired in reading order, a clause said by one party with the
other side's clause said by the same party where the wording tells who speaks
(:func:`speaker`: 愿同中方 is the counterpart, 中方愿同 / 愿同老方 is China); the clauses left over
are one-sided. The entries are told as
:func:`readoutdiff.formulas.unpaired.world_zh.told_slot` tells the world's assessments: an entry
lying mostly inside the concert clauses gives its place, a concert clause another entry reaches
past is left to it.

Chinese pairs only, with mining on (the ids are mined ids).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方会谈。\\n\\n习近平指出，双方要深化务实合作。加强在联合国等多边框架内协调和合作。")
>>> b = from_text("双方会谈。\\n\\n习近平指出，双方要深化务实合作。双方要加强多边协调配合。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.startswith(ID)]
[('changed', '加强在联合国等多边框架内协调和合作', '双方要加强多边协调配合')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.unpaired.role_objects import _span
from readoutdiff.formulas.unpaired.world_zh import Clause, clause_spans, told_slot
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout

ID = "mined:concert"
"""Id of a concert entry (numbered by :func:`told_concert` where several are told)."""

SETTING = re.compile(
    r"多边(?!主义|贸易)|联合国(?![\d宪])|上海合作组织|上合组织|金砖|二十国集团|东盟|亚太经合|澜湄"
    r"|中国[－—-]中亚|国际和地区事务|国际事务|国际舞台|国际协作|地区机制"
)
"""Where the two act together: the multilateral bodies, a forum, the international arena."""

CONCERT = re.compile(r"协作|协调|配合|沟通")
"""A verb of acting together."""

TASK = re.compile(r"加强|密切|深化|强化|保持|增进|开展")
"""A task verb: the clause wishes or calls for the concert."""

_BODIES = re.compile(
    r"上海合作组织|金砖国家合作机制|亚太经合组织|中国[－—-]?东盟合作|澜湄合作|中国[－—-]中亚合作"
    r"|大金砖合作|东盟合作"
)
"""Names of bodies holding 合作: no 合作 the clause says."""

_THEM = re.compile(r"同中方|同中国|对华")
"""The counterpart speaks: it acts together with China."""

_CHINA = re.compile(r"中方愿|同[^中，、]方|中国愿")
"""China speaks: it acts together with the counterpart (愿同老方, 中方愿同加方)."""


def is_concert(clause: str) -> bool:
    """Whether ``clause`` wishes the two to act together in the multilateral bodies.

    >>> [is_concert(c) for c in ("加强在联合国等多边框架内协调和合作", "深化多边协作",
    ...     "阿方愿深化同中方在上海合作组织内合作", "坚持多边主义", "在国际和地区事务中协作良好",
    ...     "推动上海合作组织发挥更大作用")]
    [True, True, True, False, False, False]
    """
    if not (SETTING.search(clause) and TASK.search(clause)):
        return False
    bare = _BODIES.sub("", clause)
    return bool(CONCERT.search(bare) or ("在" in bare and "合作" in bare))


def speaker(clause: str) -> str:
    """Who says ``clause`` as its words tell: "them" (愿同中方), "china" (中方愿同, 愿同老方) or ""
    (not told).

    >>> [speaker(c) for c in ("愿同中方密切多边协作", "中方愿同匈方加强多边沟通协作", "深化多边协作")]
    ['them', 'china', '']
    """
    if _THEM.search(clause):
        return "them"
    return "china" if _CHINA.search(clause) else ""


_HOST = re.compile(
    r"(?:国家主席|国家副主席|国务院总理|国务院副总理|外交部长|委员长)([\u4e00-\u9fff]{2,3}?)"
    r"(?=在|同|与|会见|应约|致电|通电话|举行|出席|分别|\d)"
)
"""The Chinese side's speaker, named after a title of the PRC in the readout's opening (国家主席
习近平, 国务院总理李强, 委员长赵乐际): the first such name is the host's."""

_OPENS = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,8}?)(?:表示|指出|强调|说|认为)", re.M)
"""A paragraph opening on its speaker (习近平指出, 通伦表示)."""


def speakers(readout: Readout) -> list[tuple[int, str]]:
    """Where each paragraph opening on its speaker starts, and who speaks there: "china" (the
    host, :data:`_HOST`), "them" (another person) or "" (双方, 两国: both).

    >>> from readoutdiff.ingest import from_text
    >>> speakers(from_text("国家主席习近平会见老挝国家主席通伦。\\n习近平指出，甲。\\n通伦表示，乙。\\n双方认为，丙。"))
    [(19, 'china'), (28, 'them'), (36, '')]
    """
    host = _HOST.search(readout.text)
    out = []
    for m in _OPENS.finditer(readout.text):
        who = m[1]
        if host is not None and who.startswith(host[1]):
            out.append((m.start(1), "china"))
        else:
            out.append((m.start(1), "" if who.startswith(("双方", "两国")) else "them"))
    return out


def concerts(readout: Readout) -> list[Clause]:
    """The concert clauses of ``readout`` in reading order (:func:`is_concert`), each a run of
    its own: the number of the run tells who says it (:func:`_who`)."""
    found: list[Clause] = []
    opens = None
    for sentence in readout.sentences:
        if not SETTING.search(sentence.text):
            continue  # most sentences name no body
        for start, end in clause_spans(sentence):
            if is_concert(sentence.text[start:end]):
                opens = speakers(readout) if opens is None else opens
                at = sentence.span.start + start
                said = [who for where, who in opens if where <= at]
                found.append((sentence, start, end, _WHO.index(said[-1] if said else "")))
    return found


_WHO = ("", "china", "them")


def _who(clause: Clause) -> str:
    """Who says ``clause``: its words' speaker (:func:`speaker`), else its paragraph's."""
    return speaker(_text(clause)) or _WHO[clause[3]]


def _text(clause: Clause) -> str:
    return clause[0].text[clause[1] : clause[2]]


def paired(in_a: Sequence[Clause], in_b: Sequence[Clause]) -> list[Formula]:
    """The entries of each side's concert clauses: in reading order, each A clause with the
    first B clause left said by the same party (:func:`_who`: the same, or either not told);
    then, where one clause of each side is left, the two (the one line of the slot each readout
    has left, whoever says it); the clauses left over one-sided."""
    left_a, left_b = list(in_a), list(in_b)
    made: list[Formula] = []
    for x in in_a:
        who = _who(x)
        y = next((y for y in left_b if not who or _who(y) in ("", who)), None)
        if y is not None:
            left_a.remove(x)
            left_b.remove(y)
            made.append(clause_entry(x, y))
    if len(left_a) == len(left_b) == 1:
        made.append(clause_entry(left_a.pop(), left_b.pop()))
    made += [clause_entry(x, None) for x in left_a]
    made += [clause_entry(None, y) for y in left_b]
    return made


def clause_entry(x: Clause | None, y: Clause | None, name: str = ID) -> Formula:
    """The entry ``name`` of A's clause ``x`` and B's ``y`` (either may be none): *persisted*
    in the same words, else *changed*, or one-sided (also
    :mod:`readoutdiff.formulas.unpaired.documents_zh`)."""
    ta, tb = (_text(x) if x else None), (_text(y) if y else None)
    if ta is not None and tb is not None:
        status = FormulaStatus.PERSISTED if ta == tb else FormulaStatus.CHANGED
    else:
        status = FormulaStatus.DROPPED if ta is not None else FormulaStatus.APPEARED
    return Formula(
        status=status, a_text=ta, b_text=tb,
        a_spans=(_span(x[0], x[1], x[2]),) if x else (),
        b_spans=(_span(y[0], y[1], y[2]),) if y else (),
        id=name, source=FormulaSource.MINED, confidence=0.5,
    )  # fmt: skip


def told_concert(told: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``told`` with the entries of the two readouts' concert clauses (:func:`paired`), told
    as :func:`readoutdiff.formulas.unpaired.world_zh.told_slot` tells a slot."""
    return told_slot(told, concerts(a), concerts(b), paired, ID)
