"""What opens a point of a Russian readout, and the words it is read in.

A point (:mod:`readoutdiff.formulas.entries.points_ru`) is opened by its head: a past tense or a
short passive participle (:data:`readoutdiff.languages.ru.CLAUSE_HEAD`) not right after a
preposition, the future's auxiliary or an adjective in an oblique case (but a plural,
:data:`PLURAL`, or a word no noun of that case ends as, :func:`_no_noun_after`), the verb of a
relative
clause, a future after "и", or an adverbial participle after a comma or opening the sentence
before ", что" (:func:`gerund`). The words of a sentence are read as :class:`Word`
(:data:`readoutdiff.languages.ru.WORD`), each with its Snowball stem (:data:`stem`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from readoutdiff.languages import ru
from readoutdiff.records.record import record_positional

stem = lru_cache(maxsize=1 << 16)(ru.stem)
family = lru_cache(maxsize=1 << 16)(ru.family)
"""Snowball stems, kept: the stemmer is pure Python, and each point rule reads every word of
both readouts (a readout's words recur in the next of its series)."""
TWO = frozenset("два две двух двум двумя оба обе обоих обеих обоим обеим обоими обеими".split())
"""The numeral of the two sides ("двух стран", "обеих сторон", "народов двух стран"): how every
readout names its parties, so no word two points share of their own (branch ru12: "… ведомств
двух стран" and "… значение этой даты для народов двух стран" are two points)."""


@record_positional
class Word:
    """One word of a sentence: where it stands, as written, its stem."""

    start: int
    end: int
    text: str
    stem: str

    @property
    def content(self) -> bool:
        """A lower-case word that is no function word and no number (nor "двух", "обеих":
        :data:`TWO`)."""
        return self.text.islower() and self.stem not in ru.FUNCTION_STEMS and self.text not in TWO


def gerund(text: str, found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` is an adverbial participle right after a comma
    (:data:`readoutdiff.languages.ru.GERUND_HEAD`: "…, отметив позитивную динамику …"), which
    opens a point of its own (branch ru24), or one that opens the sentence before ", что"
    (:func:`_framing`)."""
    if at == 0:
        return _framing(text, found)
    return (
        found[at].text.islower()
        and "," in text[found[at - 1].end : found[at].start]
        and bool(_gerund().fullmatch(found[at].text.lower()))
    )


def _framing(text: str, found: Sequence[Word]) -> bool:
    """Whether the sentence opens with an adverbial participle and ", что" ("Заявив, что
    инцидент … не имеет отношения к Ирану, Масуд Пезешкиан подчеркнул, что …"): a reporting
    frame as "заявил, что" is, whose clause is a point of its own (branch ru7 of the
    thirty-seventh session). Before ", что" a shorter participle passes too ("Заявив")."""
    return (
        len(found) > 2
        and found[1].text == "что"
        and "," in text[found[0].end : found[1].start]
        and bool(_framing_gerund().fullmatch(found[0].text.lower()))
    )


@cache
def _framing_gerund() -> re.Pattern[str]:
    return re.compile(ru.GERUND_HEAD.replace("{5,}", "{3,}", 1))


@cache
def _gerund() -> re.Pattern[str]:
    return re.compile(ru.GERUND_HEAD)


PREPOSITIONS = frozenset(
    """в во на с со по о об обо к ко для из от до за при под над между перед через без у
    против вокруг около кроме""".split()
)
"""No head follows one of these: a participle's shape after a preposition is a noun ("для
мусульман", "с гражданами")."""


def heads(found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` opens a point (see :func:`_is_head`; or the verb of a relative
    clause: :func:`relative_head`; a future, :func:`future`; a first-person wish, "желаю",
    :data:`readoutdiff.languages.ru.WISH_SAID`, branch left1, not before an infinitive: "желаем
    развивать" is a want, branch fix2), not right after a preposition, not after the future's
    auxiliary (a passive future is one predicate: "подчеркнул, что случившееся будет
    расследовано", branch ru7 of the thirty-seventh session), not after an adjective in an
    oblique case (:func:`_after_adjective`), not a past after "который" (:func:`relative_past`)."""
    if at and (
        found[at - 1].text.lower() in PREPOSITIONS
        or found[at - 1].text in FUTURE  # "что случившееся будет | расследовано"
        or _after_adjective(found, at)
        or relative_past(found, at)
    ):
        return False
    return (
        _is_head(found[at], first=at == 0 and _verb_first(found))
        or relative_head(found, at)
        or future(found, at)
        or found[at].text.lower() in ru.WISH_SAID
        and ru.wish_word(found[at].text.lower(), found[at + 1].text if at + 1 < len(found) else "")
    )


_OBLIQUE = re.compile(r"[а-яё]{2,}(?:[ое]го|[ое]му|[ыи]х|[ыи]ми)")
"""An adjective in an oblique case ("большого", "последних", "многим"): the word after it is
its noun, whatever the noun's ending ("гибелью большого числа гражданских лиц": "числа" is
shaped as a feminine past, and read as a head cut the point in two, branch ru7 of the
thirty-seventh session). The relative "которого", "которых" and the pronouns ("этого",
"всего", "того") are followed by verbs, so are no such adjective (:data:`_NOT_ADJECTIVES`)."""
_NOT_ADJECTIVES = frozenset(
    """этого того всего чего ничего этому тому всему этих тех всех никого никому ничему некого
    нечего некому нечему многого многому много немного намного ненамного поэтому потому почему
    посему оттого отчего строго дорого недорого""".split()
)
"""Words shaped as an oblique adjective that are none: the pronouns ("этого", "никого",
"многому": "я многому учился"), the adverbs of quantity ("много", "немного": "эти комиссии
немного снизились"), of cause ("поэтому", "почему": "понимаем, поэтому взяли на себя …") and
those of an adjective in "-огий" ("строго"), all followed by the verb (branch ru8 of the
thirty-seventh session: rev18 found ru7's rule read them as adjectives, and a past after them
opened no point; 19 such heads in the Kremlin scrape's transcripts)."""


def _after_adjective(found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` is a past tense's shape right after an adjective in an oblique
    case (:data:`_OBLIQUE`), so a noun: "большого числа". Not a plural (:data:`PLURAL`)."""
    before = found[at - 1].text
    return (
        before.islower()
        and before not in _NOT_ADJECTIVES
        and not before.startswith("котор")
        and bool(_OBLIQUE.fullmatch(before))
        and found[at].text.islower()
        and not found[at].text.endswith(PLURAL)
        and not _no_noun_after(before, found[at].text)
    )


def _no_noun_after(before: str, word: str) -> bool:
    """Whether ``word``, a head's shape after the oblique adjective ``before``, can be no noun
    of its case, so is the verb: after a masculine dative or an instrumental plural ("-ому",
    "-ыми", "-ими") every head's shape (their nouns end "-у", "-ю", "-ами", "-ями": "ранее
    данному включён в программу"; not after "-ему", which ends nouns of "-ема" too, "эту
    проблему сначала"); after a genitive or prepositional plural ("-ых", "-их") a
    feminine or neuter singular (:data:`SINGULAR`: "молодых учёных предложила оригинальную …",
    "Движения первых охватила …", "и маленьких построено в крае"), since such a plural noun ends
    "-ов", "-ей", "-ах" or on its stem ("граждан", "школ", "времён", "правил"). After "-ого",
    "-его" the singular stays a noun: a genitive noun ends "-а", "-я" ("с самого начала",
    "производственного цикла"), as "про каждого рассказала" does (left, branch ru10 of the
    thirty-ninth session)."""
    if before.endswith(("ому", "ыми", "ими")):
        return True
    return before.endswith(("ых", "их")) and word.endswith(SINGULAR)


SINGULAR = ("ла", "ло", "лась", "лось", "но")
"""The feminine and neuter singular endings of a past tense and of a short participle
("предложила", "охватила", "построено"): no plural noun ends so (:func:`_no_noun_after`)."""


PLURAL = ("ли", "лись", "ны", "нуты")
"""The plural endings of a past tense and of a short participle ("заявили", "появились",
"трудоустроены", "разработаны"): after an adjective in an oblique case such a word is the verb
all the same, since no noun in a case an oblique adjective takes ends so (its genitive or
prepositional plural, "граждан", "школ", its genitive singular, "цикла", "числа", "начала").
The adjective before is then a participle or an adjective used as a noun, the verb's subject
or the object of a word before it: "38 процентов опрошенных заявили …", "… процентов
пострадавших потеряли до 100 процентов …", "они первыми вошли в Берлин" (branch ru9 of the
thirty-eighth session: ru8 left them; in the Kremlin scrape's texts the oblique-adjective rule
took 163 heads, every plural among them a verb). The singular stays a noun there: "-ла", "-ена"
end nouns as well ("начала", "предела", "правила", "ветерана") as verbs ("рассказала")."""


def _verb_first(found: Sequence[Word]) -> bool:
    """Whether the sentence's capitalised first word may be its verb: a lower-case word follows
    that opens no point itself ("Подтверждён настрой …", "Состоялся телефонный разговор"). A name
    shaped as a head is followed by another name or by the verb ("Нурсултан Назарбаев и …",
    "Эрдоган поблагодарил …", branch lng1). A word no name ends as (:func:`_no_name`) is a verb
    too when it is the whole sentence ("Договорились.") or when, after one space, the polite
    "Вы" (:data:`POLITE`: "Хотел Вас поблагодарить …", "Благодарен Вам, …") or a number
    ("Повреждены 1876 домов …") follows (branch ru8 of the thirty-seventh session), or a
    capitalised word in the accusative (:data:`ACCUSATIVE`, branch ru9 of the thirty-eighth
    session)."""
    if len(found) == 1:
        return _no_name(found[0].text)
    after = found[1].text
    if after.islower():
        return not _is_head(found[1], first=False)
    return (
        (after in POLITE or after.isdigit() or after.lower().endswith(ACCUSATIVE))
        and found[1].start - found[0].end == 1
        and _no_name(found[0].text)
    )


ACCUSATIVE = ("ую", "юю", "ию")
"""The endings of a capitalised word in the accusative that no name before a verb takes (a
feminine adjective's, "Московскую", and a noun's in "-ия", "Академию"): after it the
capitalised first word shaped as a head is the verb, "Окончила Академию русского балета …",
"Окончил Московскую государственную консерваторию" (branch ru9 of the thirty-eighth session).
A first name is followed by a patronymic, a surname or a verb ("Михаил Михайлович …",
"Эмомали Рахмон и …", "Татьяна Алексеевна Голикова …"), so a capitalised word in another case
("Окончил Московский архитектурный институт", "Подписан Договор …") stays no sign of a verb."""


POLITE = frozenset(
    "Вы Вас Вам Вами Ваш Ваша Ваше Ваши Вашего Вашей Вашему Вашим Вашими Ваших Вашу".split()
)
"""The polite "Вы" of transcribed speech, capitalised inside the sentence."""


def _no_name(word: str) -> bool:
    """Whether a capitalised head-shaped ``word`` ends as no name does: not the masculine short
    participle's "-ан" / "-ян", the ending of "Тамерлан", "Эрдоган", "Пашинян" (a name alone
    answers a roll-call, a name before a date opens the news sites' readouts: "Эрдоган 25
    сентября …")."""
    return not word.endswith(("ан", "ян"))


FUTURE = frozenset(("будет", "будут"))
"""The future's auxiliary: with an infinitive after "и" it opens a point of its own, the
infinitive its head (:func:`future`)."""


def future(found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` is a future tense after "и" that opens a second point of the
    sentence: "будет" / "будут" and an infinitive ("…, что итоги реформ заложат прочную основу
    для обеспечения стабильности | и будут служить надежным гарантом …", branch ru15). The
    point's head is the infinitive (:func:`points`): the auxiliary says nothing of its own.
    After a noun ("сотрудничество будет развиваться") the future is the sentence's own verb, no
    second point."""
    return (
        found[at].text in FUTURE  # first: the rarest
        and 0 < at < len(found) - 1
        and found[at - 1].text.lower() == "и"
        and found[at + 1].text.islower()
        and ru.infinitive(found[at + 1].text)
    )


def relative_head(found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` is the verb of a relative clause whose subject is "который"
    (:data:`readoutdiff.languages.ru.RELATIVE_HEAD`) or "что" (a neuter past:
    :data:`readoutdiff.languages.ru.THAT_HEAD`), right after it or after one lower-case adverb
    in "-о" ("сотрудничества, которое активно развивается по всем направлениям", "…, что
    способствовало конструктивной … работе")."""
    if at == 0:
        return False
    if found[at - 1].stem in _subject_stems():
        before = found[at - 1].text.lower()
    elif at > 1 and found[at - 2].stem in _subject_stems() and _adverb(found[at - 1].text):
        before = found[at - 2].text.lower()  # one adverb between
    elif at > 1 and found[at - 1].text.lower() in ABOUT_WHICH and found[at - 2].text in ("о", "об"):
        return found[at].text.islower() and bool(_relative_verb().fullmatch(found[at].text))
    else:
        return False  # the common case, told by the stems alone
    word = found[at].text
    if not word.islower():
        return False
    if before == "что":
        return bool(_verb_after_that().fullmatch(word))
    return before in ru.RELATIVE_SUBJECTS and bool(_relative_verb().fullmatch(word))


def relative_past(found: Sequence[Word], at: int) -> bool:
    """Whether ``found[at]`` is a past tense (or a short participle,
    :data:`readoutdiff.languages.ru.CLAUSE_HEAD`) right after a nominative "который"
    ("…, встречи глав государств и продуктивные переговоры, которые внесли значительный вклад в
    развитие двустороннего сотрудничества"): the relative clause tells what its noun did, and
    is the point of that noun, not one of its own (branch ru7 of the thirty-seventh session:
    the outside tuning's hand lists quote it with its noun; no Russian dev pair has the shape).
    A present tense there stays a head (:func:`relative_head`, branch ru11)."""
    return (
        0 < at < len(found)
        and found[at - 1].text.lower() in ru.RELATIVE_SUBJECTS
        and found[at].text.islower()
        and bool(_head().fullmatch(found[at].text))
    )


ABOUT_WHICH = frozenset(("чем", "чём"))
"""The relative "что" after "о" (", о чем свидетельствует и урегулирование конфликта …"): the
verb after it opens a clause of its own, as after "который" (branch ru19)."""
SUBJECTS = ru.RELATIVE_SUBJECTS | {"что"}


@cache
def _subject_stems() -> frozenset[str]:
    """The stems of :data:`SUBJECTS`, made at the first Russian point read: stemming at import
    would load Snowball for every pair, English ones too (``tests/test_lazy_scripts.py``)."""
    return frozenset(map(stem, SUBJECTS))


def _adverb(text: str) -> bool:
    return text.endswith("о") and text.islower() and text != "что"


@cache
def _relative_verb() -> re.Pattern[str]:
    return re.compile(ru.RELATIVE_HEAD)


@cache
def _verb_after_that() -> re.Pattern[str]:
    return re.compile(ru.THAT_HEAD)


def head_shaped(word: str) -> bool:
    """Whether ``word``, folded, has a head's shape (:data:`readoutdiff.languages.ru.CLAUSE_HEAD`),
    wherever it stands."""
    return bool(_head().fullmatch(word))


def _is_head(word: Word, *, first: bool) -> bool:
    return (first or word.text.islower()) and bool(_head().fullmatch(word.text.lower()))


@cache
def _head() -> re.Pattern[str]:
    return re.compile(ru.CLAUSE_HEAD)
