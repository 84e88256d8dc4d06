"""How the world stands, said in each Chinese readout, is one event (zh10, convention (l)).

Chinese readouts often open a point with Beijing's reading of the world: 世界百年变局加速演进,
当前国际形势变乱交织, 当今世界充满不确定性, 当前世界进入新的动荡变革期, or a frame around such a reading
(面对变乱交织的国际形势, 在当前复杂国际形势下, 世界越是动荡). An analyst tracks that reading from one
readout to the next as one slot (``eval/formulas/SOURCES.md``, convention (l)): the reading in
each readout is one event, *persisted* when only the frame word, the time word or the name of
the world differs (当今世界百年变局加速演进 / 面对加速演进的世界百年变局), *changed* otherwise
(国际形势变乱交织 / 当前世界进入新的动荡变革期); a reading in one readout only is *dropped* or
*appeared*. The rules that read aligned sentences see two such clauses as two one-sided points,
or link one to another line of the pair.

An **assessment** (:func:`assessments`) is a run of clauses of one sentence, each
(:func:`is_assessment`)

- naming the world as the situation (:data:`SITUATION`: 世界, 国际, 人类, 全球, 时代, or 形势 / 局势
  after a time word, a frame word or a quality — not a region's or a crisis's 局势);
- with a quality of it (:data:`QUALITY`: 变局, 变乱交织, 动荡, 复杂, 严峻, 不确定, 乱象, 风险挑战, 面临 …
  挑战, 十字路口, 深刻变化, 变革期 …): a frame with no quality (新形势下, 在当前国际形势下) says only "now";
- where the world is not the object of a task or a praise (:data:`NOT_READING`: a clause opening
  on 为 / 以 / 让 / 使, or holding a task verb, 愿, 赞赏, 提供, 应对 …, or 国内: a party's own
  circumstances).

The assessment clauses of each side are paired (:func:`paired`): a clause of the same reading
first (:func:`reading`: the words left when frame words, time words and the world's names are
taken out, in any order: persisted); then the clauses left, adjacent ones of one run as one unit
(世界百年变局加速演进，人类社会面临前所未有的挑战), a 越 frame with a 越 frame, then in reading order
(changed); the units left over are one-sided, clause by clause. An entry is told where no other
entry reaches past the assessment: entries lying mostly inside the assessments (a half, a link
of part of one to another) give it their place, and a changed entry linking an assessment to a
line of the other readout that is none keeps only that line's half (:func:`told_world`).

The **constancy clause** (无论国际形势如何变化, 历经国际风云变幻的考验: :data:`CONSTANCY`) says only that
the line it governs holds whatever happens; it is that line's firmness, not a point. An entry
telling it alone goes; where no other entry tells the line it governs (the next clause of the
sentence), the entry is that clause with it (:func:`without_constancy_alone`).

Chinese pairs only, with mining on (the ids are mined ids).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方会谈。\\n\\n习近平指出，当前，国际形势变乱交织。中英要加强合作。")
>>> b = from_text("双方会谈。\\n\\n习近平指出，当前世界进入新的动荡变革期。中英要加强合作。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.startswith(ID)]
[('changed', '国际形势变乱交织', '当前世界进入新的动荡变革期')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from readoutdiff.formulas.lexicon.ids import both_places
from readoutdiff.formulas.unpaired.role_objects import _span
from readoutdiff.formulas.words.spans import any_overlap
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Sentence, Span
from readoutdiff.records.replacing import replace

ID = "mined:world"
"""Id of an assessment entry (numbered by :func:`told_world` where several are told)."""

SITUATION = re.compile(
    r"世界|国际|人类|全球|时代|(?:^|[当今目前越是面对在前]|复杂|严峻|动荡|不安)(?:形势|局势)"
)
"""The world as the situation: its names, or 形势 / 局势 opening the clause or after a time
word, a frame word or a quality (not "加沙人道主义局势", "地区局势": a crisis, a region)."""

QUALITY = re.compile(
    r"变局|变乱交织|动荡|复杂|严峻|不确定|不稳定|乱象|风险挑战|面临[^，。]*挑战|十字路口|令人担忧"
    r"|深刻(?:复杂|)(?:变化|演变|演进|调整)|最深刻|重大变化|变革期"
)
"""A quality or degree of the world's state (a reading, not a time word)."""

NOT_READING = re.compile(
    r"^(?:为|以|让|使|同|与)|赞赏|注入|提供|发挥|应对|负有|避免|符合|国内"
    r"|愿|(?<!重)要(?!性)|将|应当|应该|支持|推动|加强|携手|致力|维护|促进|坚持|作出|贡献"
)
"""The world as the object of a task, a praise or a purpose (为动荡的世界注入稳定性, 共同应对全球性
挑战, 中方愿…), or a party's own circumstances (国际国内形势): no reading of the world."""

CONSTANCY = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}?(?:无论|不论|不管|任凭|尽管|历经|经受住|穿越|面对))"
    r"[\u4e00-\u9fff]{0,10}?(?:如何变化|如何变幻|风云变幻|发生很大变化)(?:的?考验|)$"
)
"""The constancy clause: whatever happens in the world, said with no quality of it."""

_FRAME = re.compile(
    r"面对|背景下|形势下|局势下|之中|越是|当前|当今|目前|如今|今天|正在|正|在|下|中|的"
    r"|国际和地区|国际地区|国际|世界|形势|局势|\s"
)
"""What a reading keeps the same through: frame words, time words, the world's names."""

_CLAUSE = re.compile(r"[^，；：。！？,;:!?“”\n]+")
_SPEAKER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:表示|指出|强调|认为)")


def is_assessment(clause: str) -> bool:
    """Whether ``clause`` says how the world stands (the module's list).

    >>> [is_assessment(c) for c in ("面对变乱交织的世界", "在当前国际形势下", "无论国际形势如何变化",
    ...     "为动荡的世界注入更多稳定性", "加沙人道主义局势极其严峻", "越是形势严峻")]
    [True, False, False, False, False, True]
    """
    return bool(
        SITUATION.search(clause) and QUALITY.search(clause) and not NOT_READING.search(clause)
    )


def reading(text: str) -> str:
    """The words of an assessment a reader tracks, in no order: frame and time words and the
    world's names taken out.

    >>> reading("当今世界百年变局加速演进") == reading("面对加速演进的世界百年变局")
    True
    """
    return "".join(sorted(_FRAME.sub("", text)))


def clause_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Each clause of ``sentence``: its start and end, a speaker ("习近平强调") left out."""
    out = []
    for m in _CLAUSE.finditer(sentence.text):
        start, text = m.start(), m.group()
        start += len(text) - len(text.lstrip())
        if speaker := _SPEAKER.match(sentence.text, start, m.end()):
            start = speaker.end()
        if start < m.end():
            out.append((start, m.end()))
    return out


_OPENS = re.compile(r"^(?:面对|在|越是|尽管|当)|越")
"""A clause that opens a frame of its own (面对…, 在…下, 越是…): it starts a new assessment."""

Clause = tuple[Sentence, int, int, int]
"""One assessment clause: its sentence, start and end there, and the number of its run (the
clauses of one assessment said together: 世界百年变局加速演进，人类社会面临前所未有的挑战)."""


def assessments(readout: Readout) -> list[Clause]:
    """The assessment clauses of one readout in reading order (:func:`is_assessment`), each
    with its run: clauses next to each other, a comma or 、 apart, are one run unless the later
    opens a frame of its own (:data:`_OPENS`; a 越 clause after a 越 clause goes on: 国际形势越复杂，
    全球性风险挑战越突出)."""
    found: list[Clause] = []
    run = 0
    for sentence in readout.sentences:
        if not QUALITY.search(sentence.text):
            continue  # most sentences say no quality of anything
        last: Clause | None = None
        for start, end in clause_spans(sentence):
            text = sentence.text[start:end]
            if not is_assessment(text):
                last = None
                continue
            opens = bool(_OPENS.search(text))
            goes_on = "越" in text and last is not None and "越" in sentence.text[last[1] : last[2]]
            next_to = last is not None and not sentence.text[last[2] : start].strip("，、 ")
            if not (next_to and (goes_on or not opens)):
                run += 1
            last = (sentence, start, end, run)
            found.append(last)
    return found


def _units(clauses: Sequence[Clause]) -> list[list[Clause]]:
    """The clauses left, by run: a run's clauses still next to each other are one unit."""
    units: list[list[Clause]] = []
    for clause in clauses:
        if units and units[-1][-1][3] == clause[3] and _adjacent(units[-1][-1], clause):
            units[-1].append(clause)
        else:
            units.append([clause])
    return units


def _adjacent(x: Clause, y: Clause) -> bool:
    return x[0] is y[0] and not x[0].text[x[2] : y[1]].strip("，、 ")


def _text(unit: Sequence[Clause]) -> str:
    return unit[0][0].text[unit[0][1] : unit[-1][2]]


def _unit_span(unit: Sequence[Clause]) -> Span:
    return _span(unit[0][0], unit[0][1], unit[-1][2])


def paired(in_a: Sequence[Clause], in_b: Sequence[Clause]) -> list[Formula]:
    """The entries of each side's assessment clauses: a clause of the same reading
    (:func:`reading`) paired first (persisted); then the units left (:func:`_units`), a 越 frame
    with a 越 frame first (越是形势严峻… / 世界越是动荡不安…: one slot), then in reading order
    (changed); the clauses of a unit left over each one-sided."""
    left_a, left_b = list(in_a), list(in_b)
    made: list[Formula] = []
    for x in list(left_a):
        same = [y for y in left_b if reading(_text([y])) == reading(_text([x]))]
        if same:
            made.append(_entry([x], [same[0]]))
            left_a.remove(x)
            left_b.remove(same[0])
    units_a, units_b = _units(left_a), _units(left_b)
    yue_a = [u for u in units_a if "越" in _text(u)]
    yue_b = [u for u in units_b if "越" in _text(u)]
    couples = list(zip(yue_a, yue_b, strict=False))
    taken = {id(u) for c in couples for u in c}
    units_a = [u for u in units_a if id(u) not in taken]
    units_b = [u for u in units_b if id(u) not in taken]
    couples += zip(units_a, units_b, strict=False)
    made += [_entry(x, y) for x, y in couples]
    made += [_entry([c], []) for u in units_a[len(units_b) :] for c in u]
    made += [_entry([], [c]) for u in units_b[len(units_a) :] for c in u]
    return made


def _entry(x: Sequence[Clause], y: Sequence[Clause]) -> Formula:
    """The entry of A's clauses ``x`` and B's ``y`` (either may be none)."""
    ta, tb = (_text(x) if x else None), (_text(y) if y else None)
    if ta is not None and tb is not None:
        same = reading(ta) == reading(tb)
        status = FormulaStatus.PERSISTED if same else FormulaStatus.CHANGED
    else:
        status = FormulaStatus.DROPPED if ta is not None else FormulaStatus.APPEARED
    return Formula(
        status=status, a_text=ta, b_text=tb, a_spans=(_unit_span(x),) if x else (),
        b_spans=(_unit_span(y),) if y else (), variant=status is FormulaStatus.PERSISTED
        and ta != tb, id=ID, source=FormulaSource.MINED, confidence=0.5,
    )  # fmt: skip


def _inside(spans: Sequence[Span], within: Sequence[Span]) -> bool:
    """Every span of ``spans`` lies mostly inside one of ``within``: no more of its characters
    outside than inside ("当前，国际形势变乱交织" of the assessment 国际形势变乱交织); none: True."""

    def mostly(s: Span, w: Span) -> bool:
        held = min(s.end, w.end) - max(s.start, w.start)
        return held > 0 and 2 * held >= s.end - s.start

    return all(any(mostly(s, w) for w in within) for s in spans)


def _unlinked(f: Formula, spans_a: Sequence[Span], spans_b: Sequence[Span]) -> Formula:
    """A changed entry linking an assessment of one readout to a line of the other that is
    none is the other line alone: an assessment is a point of its own, and the line the entry
    linked it to is what that readout says there (the assessment is told by itself)."""
    if f.status is not FormulaStatus.CHANGED or not f.a_spans or not f.b_spans:
        return f
    in_a, in_b = _inside(f.a_spans, spans_a), _inside(f.b_spans, spans_b)
    if in_a and not any_overlap(f.b_spans, spans_b):
        return replace(f, status=FormulaStatus.APPEARED, a_text=None, a_spans=(), anchor=None)
    if in_b and not any_overlap(f.a_spans, spans_a):
        return replace(f, status=FormulaStatus.DROPPED, b_text=None, b_spans=(), anchor=None)
    return f


def told_world(told: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``told`` with the entries of the two readouts' assessments (:func:`paired`): an entry
    lying mostly inside the assessments (each of its sides inside one, or absent) gives its
    place; an assessment another entry reaches past is left to it (it frames that entry's
    point: the list writes the two as one)."""
    told = without_constancy_alone(told, a, b)
    return told_slot(told, assessments(a), assessments(b), paired, ID)


def told_slot(
    told: Sequence[Formula],
    in_a: Sequence[Clause],
    in_b: Sequence[Clause],
    pair: Callable[[Sequence[Clause], Sequence[Clause]], list[Formula]],
    name: str,
) -> list[Formula]:
    """``told`` with the entries ``pair`` makes of one slot's clauses in A (``in_a``) and B
    (``in_b``), named ``name`` (numbered where several are told), as :func:`told_world` tells
    the assessments (also :mod:`readoutdiff.formulas.unpaired.concert_zh`)."""
    if not in_a and not in_b:
        return list(told)
    spans_a = [_span(c[0], c[1], c[2]) for c in in_a]
    spans_b = [_span(c[0], c[1], c[2]) for c in in_b]
    inside = [
        f
        for f in told
        if (f.a_spans or f.b_spans) and _inside(f.a_spans, spans_a) and _inside(f.b_spans, spans_b)
    ]
    claimed = {id(f) for f in inside}
    rest = [f for f in told if id(f) not in claimed]
    rest = [_unlinked(f, spans_a, spans_b) for f in rest]
    reached_a = [s for f in rest for s in f.a_spans]
    reached_b = [s for f in rest for s in f.b_spans]
    kept_a = [c for c, s in zip(in_a, spans_a, strict=True) if not any_overlap([s], reached_a)]
    kept_b = [c for c, s in zip(in_b, spans_b, strict=True) if not any_overlap([s], reached_b)]
    ids = {f.id for f in rest}
    # numbered by their places on both sides together, as lexicon.ids.numbered does: the order
    # the swapped comparison reads too, so an entry keeps its number when A and B change places
    for number, entry in enumerate(sorted(pair(kept_a, kept_b), key=both_places), 1):
        rest.append(
            replace(entry, id=name if number == 1 and name not in ids else f"{name}#{number}")
        )
    return rest


_NEXT = re.compile(r"[，,]([^，；：。！？,;:!?\n]+)")


def _governed(text: str, span: Span) -> tuple[int, int] | None:
    """Where the clause right after ``span`` stands (the line a constancy clause governs), or
    None when the sentence ends there."""
    m = _NEXT.match(text, span.end)
    return (m.start(1), m.end(1)) if m else None


def without_constancy_alone(told: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``told`` without the entries that tell a constancy clause alone (:data:`CONSTANCY`, on
    every side they have): where another entry tells the line the clause governs (the next
    clause), the clause is that line's firmness and goes; where none does, the entry is told as
    the clause with its line (无论国际形势如何变化，中国永远是老挝可信赖的朋友和伙伴), changed where the two
    lines differ.

    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("无论国际形势如何变化，中国永远是老挝可信赖的朋友和伙伴。")
    >>> alone = Formula(status=FormulaStatus.DROPPED, a_text="无论国际形势如何变化", b_text=None,
    ...     a_spans=(Span(start=0, end=10, line=1),), id="x")
    >>> [f.a_text for f in without_constancy_alone([alone], a, a)]
    ['无论国际形势如何变化，中国永远是老挝可信赖的朋友和伙伴']
    """
    alone = [
        f
        for f in told
        if (f.a_text or f.b_text)
        and all(CONSTANCY.match(t) for t in (f.a_text, f.b_text) if t)
        and len(f.a_spans) <= 1
        and len(f.b_spans) <= 1
    ]
    if not alone:
        return list(told)
    out = [f for f in told if all(f is not g for g in alone)]
    said_a = [s for f in out for s in f.a_spans]
    said_b = [s for f in out for s in f.b_spans]
    for f in alone:
        grown: dict[str, object] = {}
        for side, readout, said in (("a", a, said_a), ("b", b, said_b)):
            spans: tuple[Span, ...] = getattr(f, f"{side}_spans")
            if not spans:
                continue
            line = _governed(readout.text, spans[0])
            if line is None:
                break
            held = Span(start=line[0], end=line[1], line=spans[0].line)
            if any_overlap([held], said):
                break  # the line is told: the clause is its firmness, no point
            whole = Span(start=spans[0].start, end=line[1], line=spans[0].line)
            grown[f"{side}_spans"] = (whole,)
            grown[f"{side}_text"] = readout.text[whole.start : whole.end]
        else:
            texts = (grown.get("a_text", f.a_text), grown.get("b_text", f.b_text))
            if f.status is FormulaStatus.PERSISTED and texts[0] != texts[1]:
                grown["status"] = FormulaStatus.CHANGED
            out.append(replace(f, **grown))
    return out
