"""A wish each Russian readout makes once, to one addressee, in other words: one *changed* entry.

After the lone points of :mod:`readoutdiff.formulas.entries.lone_heads` are paired by their
words, the two wishes of the leaders' call, which share the slot and not the words ("пожелал ему
огромных успехов" / "выразили друг другу … пожелания здоровья …"), are paired by whom they
address (branch ru23).
"""

from __future__ import annotations

from readoutdiff import model
from readoutdiff.formulas.entries.paired_points_ru import Lone, changed
from readoutdiff.formulas.entries.point_heads_ru import Word
from readoutdiff.languages import ru
from readoutdiff.model import Formula, Readout

"""The beginning of the words a wish is said by: the verb ("пожелал", "пожелав") and the noun
("выразили … пожелания здоровья")."""
_THANKED = frozenset(("за",))
"""A preposition before a wish noun that makes it no wish ("благодарность за … пожелания")."""
THANKED_REACH = 3
"""Words before the wish noun the preposition of :data:`_THANKED` may stand ("за поздравления и
теплые пожелания")."""
WISHED = model.WISHED
"""The id suffix of a wish reworded (:func:`wished`), after the lesser head."""


def wished(
    found: list[Formula], a: Readout, b: Readout, lone_a: Lone, lone_b: Lone
) -> list[Formula]:
    """The *changed* entry of the pair of lone wishes, one of each side, that is one wish
    reworded (branch ru23), the two taken out of ``lone_a`` and ``lone_b``; [] when there is
    none. Two wishes of the leaders' call share the slot, not the words ("пожелал ему огромных
    успехов" / "выразили друг другу и братским народам двух государств пожелания здоровья,
    благополучия и процветания"), so :func:`lone_heads._paired` does not pair them. Paired when
    each readout makes exactly one lone point whose wording says a wish (:func:`_wish`: the
    verb, the noun or a first-person "желаю", not after "за": a thanks for wishes is no wish)
    and the two address at least one recipient alike (:func:`_addressed`: a leader, a people);
    a wish to the people against a wish to the leader ("пожелав мира … дружественному
    узбекскому народу" / "пожелал главе Азербайджана успешного проведения … выборов") are two
    points, dropped and appeared."""
    wish_a = [i for i, (_, words, _) in enumerate(lone_a) if _wish(words)]
    wish_b = [j for j, (_, words, _) in enumerate(lone_b) if _wish(words)]
    if len(wish_a) != 1 or len(wish_b) != 1:
        return []
    (i,), (j,) = wish_a, wish_b
    if not _addressed(lone_a[i][1]) & _addressed(lone_b[j][1]):
        return []
    pair = (*lone_a[i], *lone_b[j])
    del lone_a[i], lone_b[j]
    return [changed(found, a, b, pair, WISHED)]


def _wish(words: tuple[Word, ...]) -> bool:
    """Whether ``words`` say a wish: a wish word (:func:`readoutdiff.languages.ru.wish_word`,
    the verb, the noun or a first-person "желаю" not before an infinitive) with no "за" in the
    ``THANKED_REACH`` words before it."""
    return any(
        ru.wish_word(w.text.lower(), words[k + 1].text if k + 1 < len(words) else "")
        and not any(v.text.lower() in _THANKED for v in words[max(0, k - THANKED_REACH) : k])
        for k, w in enumerate(words)
    )


def _addressed(words: tuple[Word, ...]) -> set[str]:
    """Whom a wish is addressed to: "people" (:data:`~readoutdiff.languages.ru.PEOPLE`), "leader"
    (:data:`~readoutdiff.languages.ru.PERSONS`, :data:`~readoutdiff.languages.ru.PERSON_NOUNS`, or a name: a capitalised word past the wording's first)."""
    said = set()
    for k, w in enumerate(words):
        low = w.text.lower()
        if low.startswith(ru.PEOPLE):
            said.add("people")
        elif low in ru.PERSONS or low.startswith(ru.PERSON_NOUNS) or k and w.text[:1].isupper():
            said.add("leader")
    return said
