"""In Chinese readouts, a point whose opening verb changed before the same object is one line
that changed.

Xi's readouts set out a programme as points, each a verb and its object ("提升互联互通水平",
"巩固能源合作基石", "推动两国关系和互利合作行稳致远"), and the next readout of the same counterpart
says the same object under another verb or with another complement: "提升互联互通水平" becomes
"深化互联互通合作", "深化互联互通合作" becomes "推进互联互通建设", "推动两国关系和互利合作行稳致远"
becomes "推动两国关系得到更大发展". An analyst lists each as one line that changed. The formula stage
reported them as one clause dropped and another appeared, each alone.

A one-sided clause is such a point (:func:`verb_object`) when its first word, after "双方要"
and the like, is a verb of two characters or more by the segmenter's tag (jieba tags 深化 an
abbreviation, ``j``: taken as a verb too) that acts rather than judges (not 成为, 符合: "符合两国
人民根本利益" is no point), and the next word is no preposition ("期待同中方加强高层往来" opens a
frame, not an object); its object is what follows the verb. A dropped point of A and an
appeared point of B whose objects open with the same run of :data:`OBJECT` or more characters
are one *changed* entry, when each has no other such partner (a run said by two points of one
side pairs nothing) and the objects differ past it: a verb swapped before the same object
("加强人文交流" / "促进人文交流") is the formula kept, as an analyst lists it. The object must
follow the opening word: "中沙关系的战略性和全局性更加凸显" / "中沙关系处于历史最好时期" share
their subject, and "英方愿同中方加强多边沟通协调" / "英方愿同中方就……加强合作" their party;
"祝贺中国人民抗日战争胜利80周年" / "祝贺中国在……取得举世瞩目的发展成就" share a verb and a
two-character object (中国), under :data:`OBJECT`.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平强调，双方要推动两国关系和互利合作行稳致远。")
>>> b = from_text("习近平表示，双方要推动两国关系得到更大发展。")
>>> [(f.status.value, f.a_text, f.b_text, f.id) for f in compare(a, b).formulas]
[('changed', '双方要推动两国关系和互利合作行稳致远', '双方要推动两国关系得到更大发展', 'mined:两-国-关-系/reworded')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import tagged
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout
from readoutdiff.text.wide import HAN_CHAR

OBJECT = 4
"""How many characters the objects of two points must open with alike to be one point: a
four-character word or two words ("互联互通", "两国关系"), not a party or a country alone."""
JUDGING = frozenset({"成为", "符合", "作为", "属于"})
"""Verbs that say what a thing is or fits, not what the sides will do: "符合两国人民根本利益" and
"成为社会主义国家团结合作的典范" judge; they are no points of a programme."""
_LEAD = ("双方要", "双方", "要", "两国要")
"""Words before a point's verb that say who will act, left out ("双方要深化互联互通合作")."""


def verb_object(clause: str) -> tuple[str, str] | None:
    """The opening verb of a point and its object (what follows), or None when ``clause`` does
    not open with a verb of two characters or more, opens with a verb that judges
    (:data:`JUDGING`), or has a preposition's frame for object (see the module).

    >>> verb_object("深化互联互通合作")
    ('深化', '互联互通合作')
    >>> verb_object("双方要推进互联互通建设")
    ('推进', '互联互通建设')
    >>> [verb_object(c) for c in ("中沙关系处于历史最好时期", "符合两国人民根本利益", "期待同中方加强高层往来")]
    [None, None, None]
    """
    for lead in _LEAD:
        if clause.startswith(lead):
            clause = clause[len(lead) :]
            break
    words = tagged(clause)
    if len(words) < 2 or len(words[0][0]) < 2 or words[0][0] in JUDGING:
        return None
    (verb, tag), (_, next_tag) = words[0], words[1]
    if not (tag.startswith("v") or tag == "j") or next_tag == "p":
        return None
    return verb, clause[len(verb) :]


def _shared(one: str, other: str) -> str:
    """The run of Chinese characters two objects open with."""
    n = 0
    while n < min(len(one), len(other)) and one[n] == other[n] and HAN_CHAR().fullmatch(one[n]):
        n += 1
    return one[:n]


def objects_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped point of A and appeared point of B that say the
    same object after their verbs (alone on both sides) one *changed* entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    points = [
        [
            (i, said[1])
            for i, f in enumerate(formulas)
            if f.status is status
            and (text := f.a_text if side == 0 else f.b_text)
            and (said := verb_object(text))
        ]
        for side, status in enumerate((FormulaStatus.DROPPED, FormulaStatus.APPEARED))
    ]
    partners = {
        (i, j): run
        for i, one in points[0]
        for j, other in points[1]
        if one != other and len(run := _shared(one, other)) >= OBJECT
    }
    dropped = [i for i, _ in partners]
    appeared = [j for _, j in partners]
    pairs = {
        i: (j, run)
        for (i, j), run in partners.items()
        if dropped.count(i) == 1 and appeared.count(j) == 1
    }
    if not pairs:
        return tuple(formulas)
    gone = {j for j, _ in pairs.values()}
    out = []
    for i, f in enumerate(formulas):
        if i in pairs:
            j, run = pairs[i]
            out.append(_changed(f, formulas[j], run))
        elif i not in gone:
            out.append(f)
    return tuple(out)


def _changed(dropped: Formula, appeared: Formula, run: str) -> Formula:
    """A dropped point and an appeared one as one changed entry, named by their object."""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=dropped.a_text, b_text=appeared.b_text,
        a_spans=dropped.a_spans, b_spans=appeared.b_spans,
        id=phrase_id("mined", tuple(run)) + REWORDED, source=FormulaSource.MINED,
        topic=dropped.topic or appeared.topic,
    )  # fmt: skip
