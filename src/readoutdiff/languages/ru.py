"""Russian: abbreviations ("г.", "гг.", "п.", "см.", "т.е.") and Snowball stems.

The Snowball stemmer (``snowballstemmer``, pure Python, ~0.08 s to load) maps
the inflected forms of a word to one stem, so "коренные интересы" matches
"коренных интересов". pymorphy3 gives true lemmas but loads a 16 MB dictionary
in ~0.3 s and stems no better for matching; see benchmarks/bench_languages.py.

>>> LANGUAGE.stem("интересов") == LANGUAGE.stem("интересы")
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol

from readoutdiff.languages.base import Clauses, CompoundPrepositions, Language, prefix_stem
from readoutdiff.text.wide import CYRILLIC_LETTERS


@cache
def _stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


def stem(word: str) -> str:
    """Snowball stem of a Cyrillic word (ё read as е); other words by six-letter prefix."""
    if not word or word[0] not in CYRILLIC_LETTERS:
        return prefix_stem(word)
    return str(_stemmer().stemWord(word.replace("ё", "е")))


_VOWELS = "аеиоуыэюя"
_ALTERNATING = {"ч": "т", "к": "т", "ц": "т", "ж": "д", "з": "д", "г": "д"}
"""The consonants that alternate at the end of a Russian root ("отмет-ил" / "отмеч-ено",
"динамик-а" / "динамич-ный", "поддерж-ка" / "поддерж-ать"), read as one."""


def family(root: str) -> str:
    """The root a Snowball stem shares with the other word forms of its family: a verb's past
    tense and its passive participle ("отметил" / "отмечено"), a verb and its noun
    ("поздравил" / "поздравлениями", "пожелал" / "пожеланиями"), a noun and its adjective
    ("динамику" / "динамичное"). Snowball stems inflection only; here the noun's or
    participle's "-ен-"/"-ан-", a verb's theme vowel, an adjective's "-н" after a consonant
    and the "л" after a labial ("поздравл-ение") go, and the last consonant is read through
    its alternations (:data:`_ALTERNATING`). Only for telling one point said in two word forms
    (:func:`readoutdiff.formulas.entries.kept_heads.reworded`, branch ru14), never to match
    formulas.

    >>> [family(stem(w)) for w in "отметил отмечено поздравил поздравлениями пожелал пожеланиями".split()]
    ['отмет', 'отмет', 'поздрав', 'поздрав', 'пожел', 'пожел']
    >>> family(stem("динамику")) == family(stem("динамичное")), family(stem("стран"))
    (True, 'стран')
    """
    if len(root) > 5 and root[-2:] in ("ен", "ан", "ян"):
        root = root[:-2]
    elif (
        len(root) > 4
        and root[-1] in _VOWELS
        or len(root) > 4
        and root[-1] == "н"
        and root[-2] not in _VOWELS
    ):
        root = root[:-1]
    if len(root) > 4 and root[-1] == "л" and root[-2] in "бпвфм":
        root = root[:-1]
    return root[:-1] + _ALTERNATING.get(root[-1], root[-1]) if root else root


OCCASIONS = frozenset(
    "переговор встреч визит виз саммит самм заседан форум конференц поездк".split()
)
"""Nouns of events (Snowball stems, both of "визит"/"визита" and "саммит"/"саммита"): a mined
phrase ending on one names an occasion ("Российско-венесуэльские переговоры", the title of
every Kremlin readout of talks; "официального визита"), as the English ones do
(:data:`readoutdiff.formulas.mining.noise.OCCASIONS`). A formula said of an occasion goes on
after it ("По итогам … переговоров главы государств подписали Договор …")."""


WORD = re.compile(r"\w\w*(?:-\w+)*")  # \w+(?:-\w+)*, skipping ahead (wordshape)
"""A word of a readout: letters and digits, its hyphenated parts one ("российско-американских").
Here, not with the Russian rules (:mod:`readoutdiff.formulas.entries.point_heads_ru`), because the
greeting readers every run loads read Russian greetings by it (branch lng1)."""

GREETING = ("поздрав",)
"""The beginning of the words a Russian readout greets a leader on an occasion by: the verb
("тепло поздравил … с днем рождения", "чтобы поздравить его") and the noun ("обменялись
искренними поздравлениями в связи с …"; branch cnv3, :mod:`readoutdiff.formulas.entries.greetings`).
Not in :data:`BOILERPLATE`: a greeting said "по телефону" still greets."""
WISH = ("пожела",)
"""The beginning of the words a Russian readout wishes by: the verb ("пожелал ему здоровья",
"пожелав народам …") and the noun ("выразили друг другу … пожелания"; branch cnv3)."""
WISH_SAID = ("желаю", "желаем")
"""The wish verb in the first person, whole words: a wish in the speaker's own words, quoted
("«В эти прискорбные дни искренне желаю Вам … душевной стойкости и терпения», - цитирует
президента пресс-служба") or a message given verbatim (branch left1). Not a beginning:
"желаемый", "желающих" wish nothing. Before an infinitive it is a want, no wish ("Мы желаем
развивать сотрудничество": :func:`wish_word`, branch fix2), as a :data:`WISH` word is."""
INFINITIVE = r"[а-яё]+(?:(?<!ос)ть|ться|чь|чься|тись|[йдз]ти|(?<!ч)[еёя]сти|(?<![лч])асти)"
"""A Russian infinitive, by its ending: "развивать", "укрепляться", "помочь", and the few verbs
in "-ти", whose stem ends in "й", "д", "з" or a vowel and "с" ("прийти", "идти", "везти",
"провести", "расти"). Not the forms of the third declension a wish names, in the genitive:
"-ость" ("возможность") and "-ости" ("желаем стабильности"), "-ласти"/"-части"/"-чести"
("власти", "области", "части", "чести"), and the other "-ти" after no "с" ("пути", "сети",
"памяти", "эти"). The ending alone cannot part the rest from verbs, so they read as
infinitives: a nominative in "-ть" ("власть", "часть", "путь", "память": "класть", "учесть",
"тянуть", "мять" end alike) and a genitive in "-ести"/"-асти" ("совести", "вести",
"страсти": "вести", "нести", "пасти" are verbs); a rule reads the word after a wish or "будут
и", rarely such a noun (branch rev17). One reading for every rule that asks
(:func:`infinitive`; branch lng1 joined fix2's pattern and ru15's tuple of endings, which both
took "власти" for a verb)."""
_INFINITIVE = re.compile(INFINITIVE, re.IGNORECASE)


def infinitive(word: str) -> bool:
    """Whether ``word`` is a Russian infinitive (:data:`INFINITIVE`).

    >>> [infinitive(w) for w in ("развивать", "провести", "прийти", "расти", "помочь")]
    [True, True, True, True, True]
    >>> [infinitive(w) for w in ("власти", "чести", "части", "стабильности", "возможность")]
    [False, False, False, False, False]

    Read by the ending alone, as the pattern's docstring says:

    >>> [infinitive(w) for w in ("власть", "путь", "совести", "страсти")]
    [True, True, True, True]
    """
    return _INFINITIVE.fullmatch(word) is not None


def wish_word(word: str, after: str = "") -> bool:
    """Whether ``word``, in small letters, says a wish: it begins as :data:`WISH` does or is a
    first-person verb of :data:`WISH_SAID`, and is not followed by an infinitive (``after``,
    the next word): "желаем развивать" wants (branch fix2), and so do the past tense and the
    noun, "пожелал посетить Москву", "выразил пожелание посетить …" (branch rev14: fix2 had
    read them as wishes).

    >>> [wish_word(w) for w in ("пожелал", "пожелания", "желаю", "желаем", "желающих")]
    [True, True, True, True, False]
    >>> [wish_word("желаем", w) for w in ("развивать", "провести", "стабильности", "Вам")]
    [False, False, True, True]
    >>> [wish_word(w, "посетить") for w in ("пожелал", "пожелав", "пожелание")]
    [False, False, False]
    """
    return (word.startswith(WISH) or word in WISH_SAID) and not infinitive(after)


PEOPLE = "народ"
"""The beginning of the people a wish may be addressed to ("народу", "народам")."""
PERSONS = frozenset(("ему", "ей", "друг", "другу"))
"""Pronouns by which a wish is addressed to a leader ("пожелал ему", "друг другу")."""
PERSON_NOUNS = ("глав", "лидер", "коллег", "президент", "руководител")
"""Beginnings of the nouns naming a leader a wish is addressed to ("главе", "коллеге"). These
three are read by the Russian wish rule (:mod:`readoutdiff.formulas.entries.wished_ru`) and the
greeting readers every run loads (branch lng1 moved them here from the rule)."""

GREETING_MUTUAL = ("обменял", "друг друг")
"""Beginnings of the words that make a greeting mutual ("обменялись поздравлениями",
"поздравили друг друга")."""

BOILERPLATE = (
    ("телефон", "разговор"),
    ("телефон", "звонок"),
    ("телефон", "звонк"),
    ("поговор", "по", "телефон"),
    ("разговор", "по", "телефон"),
    ("обменя", "мнен"),
    ("провел", "переговор"),
    ("по", "просьб"),
    ("состоя", "по", "инициатив"),
    ("по", "приглашен"),
    ("об", "сторон"),
    ("обе", "сторон"),
    ("видеоконференц",),
    ("видеосвяз",),
    ("официальн", "визит"),
    ("наход", "в", "росс"),
    ("узк", "состав"),
    ("в", "кремл"),
    ("состоя", "встреч"),
    ("приня", "участ"),
    ("обм", "мнен"),
    ("член", "делегац"),
    ("церемон",),
    ("заявлен", "для", "пресс"),
    ("тет-а-тет",),
    ("расширен", "состав"),
    ("расширен", "формат"),
)
"""The scaffolding of a Kremlin readout, as Snowball stems (written out, so that no English run
loads the stemmer; ``tests/test_russian_changes.py`` stems the words again): the call or meeting
and its setting ("Состоялся телефонный разговор", "по просьбе … стороны", "Разговор состоялся по
инициативе … стороны" (branch ru17: Akorda's and the First President's office's readouts), "обе стороны", "обеих
сторон", "обменялись мнениями", the call said otherwise ("провели телефонный звонок", "телефонного
звонка", "поговорил по телефону", "провел разговор по телефону"; branch ru22: the Uzbek
president's press service's readouts and their reprints, where the lead or a subtitle says the
call so and read as a point), "находится в России с официальным визитом", "переговоры в узком составе", "в
Кремле", "Состоялась встреча", "приняли участие" before the list of who took part) and the
procedure of a meeting ("Состоялся обмен мнениями", "с участием членов делегаций", "состоялась
церемония обмена … документами", "выступили с заявлениями для прессы", "в формате
тет-а-тет", "в расширенном составе" (or "формате") beside "в узком
составе"; branch ru9). A mined phrase holding one is boilerplate
(:func:`readoutdiff.formulas.mining.noise.why`), and so is a point holding one
(:mod:`readoutdiff.formulas.entries.kept_heads`). "в Кремле" and five before it recur in 3 to 10
of the 24 readouts of the Kremlin scrape (20 counterparts, evaluation and reserved series left
out; ``benchmarks/boilerplate_ru.py``), each of as many counterparts: the visit, not a formula;
of the procedure, "обмен мнениями" and "церемония" in 4, "членов делегаций" in 2, "заявлениями
для прессы" in 1, "расширенном составе" in 2, "расширенном формате" in 1, "тет-а-тет" in none (it is in eval/noise's putin-rahmon)."""

REPORTING = frozenset(("сообща", "сообщ", "переда", "говор", "сказа"))
"""The verbs by which an outlet or a press service attributes a readout (Snowball stems, written
out as :data:`BOILERPLATE` is): "сообщает", "сообщили", "передает", "говорится", "сказано".
With a source after them (:data:`SOURCES`, or an outlet's name in Latin letters or capitals:
"передает NUR.KZ", "сообщает ТАСС") they are an attribution line (:func:`attribution`), the
reprint's scaffolding, not a point (branch ru14: Akorda's and the Tajik press service's
readouts as Kazakh and Central Asian outlets carry them)."""
SOURCES = frozenset(("пресс-служб", "сообщен", "ссылк", "сайт", "агентств"))
"""The stems that name where a reprinted readout comes from after a :data:`REPORTING` verb:
"пресс-служба главы Таджикистана", "в пресс-службе казахстанского лидера", "в сообщении", "со
ссылкой на Акорду", "на сайте", "агентство"."""
_PASSED = frozenset(("в", "во", "на", "со", "об", "этом"))
"""Words an attribution may hold between its verb and its source ("сообщили в пресс-службе",
"говорится в сообщении", "передает со ссылкой на …")."""


class Said(Protocol):
    """A word as written and its Snowball stem (``kept_heads.Word``)."""

    @property
    def text(self) -> str: ...
    @property
    def stem(self) -> str: ...


_IMPERSONAL = re.compile(r"[а-яё]{3,}(?:[еи]тся|лось)$")
"""An impersonal reflexive verb, present or past ("отмечается", "подчеркивается", "говорится",
"сообщалось"): with a source in :data:`SOURCES` after it ("отмечается в сообщении") an
attribution whatever the verb (branch ru5)."""


def attribution(words: Sequence[Said], at: int, *, ends: bool = True) -> bool:
    """Whether ``words[at]`` opens an attribution: a :data:`REPORTING` verb whose next word
    past :data:`_PASSED` is a source (:data:`SOURCES`, a word in Latin letters, a name in
    capitals, or a capitalised name that ends the sentence: ", сообщает Акорда."), an
    impersonal reflexive verb (:data:`_IMPERSONAL`) whose next word past :data:`_PASSED` is in
    :data:`SOURCES` ("», - отмечается в сообщении"), or "ссылкой" after "со". ``words`` are
    one sentence's, or one point's whose last word ends its sentence only with ``ends``
    (branch fix1: a point's last word read as the sentence's took "сообщил Путину, что …" for
    an attribution).

    >>> from types import SimpleNamespace as W
    >>> said = [W(text=w, stem=stem(w.lower())) for w in "пожелал здоровья, сообщает пресс-служба".split()]
    >>> [attribution(said, i) for i in range(4)], attribution([W(text="передает", stem="переда"), W(text="NUR", stem="nur")], 0)
    ([False, False, True, False], True)
    >>> said = [W(text=w, stem=stem(w.lower())) for w in "сообщает Акорда отмечается в сообщении".split()]
    >>> [attribution(said, i) for i in range(5)], attribution(said[:2], 0)
    ([False, False, True, False, False], True)
    """
    word = words[at]
    if word.stem == "ссылк" and at and words[at - 1].text.lower() == "со":
        return True
    reporting = word.stem in REPORTING
    if not word.text.islower() or not (reporting or _IMPERSONAL.match(word.text)):
        return False
    after = at + 1
    while after < len(words) and words[after].text.lower() in _PASSED:
        after += 1
    if after >= len(words):
        return False
    source = words[after].text
    return words[after].stem in SOURCES or (
        reporting
        and (
            any("a" <= c <= "z" for c in source.lower())
            or (len(source) > 1 and source.isupper())
            or (ends and after == len(words) - 1 and source[:1].isupper())  # ", сообщает Акорда."
        )
    )


FUNCTION_WORDS = frozenset(
    """и а но или либо да что чтобы как так также если когда где чем пока поскольку
    в во на с со по о об обо к ко для из от до за при под над между перед через без у
    против вокруг около кроме же ли не ни бы уже еще лишь только даже вот ведь
    то это этот эта эти этой этих этом тот та те того тех который которая которое которые
    которого которой которых которым он она оно они его ее ему ей им ими их них ней нему
    мы вы нас вас нам вам наш наша наше наши нашей нашего наших нашим свой своя свое свои
    своей своего своих своим себя себе все всех всем всеми был была было были быть будет
    будут""".split()
)
"""Closed-class words (folded): the mining's edges and the formula stage's stop words."""
FUNCTION_STEMS = frozenset(
    """а без будет будут бы был быт в вам вас вед во вокруг вот все всем всех вы где да даж для
    до е ег ем есл ещ же за и из ил им их к как ко когд котор кром ли либ лиш межд мы на над нам
    нас наш не нем ни них но о об окол он от перед по под пок поскольк при прот с сво себ со та
    так такж те тех то тог тольк тот у уж чем через что чтоб эт этот""".split()
)
"""The Snowball stems of :data:`FUNCTION_WORDS`, written out so that no English run loads the
stemmer (``tests/test_russian_changes.py`` stems the words again)."""

CLAUSE_MARKS = frozenset(",;:!?.…")
"""Marks that end a clause of a Russian sentence (a full stop inside one ends an abbreviation,
after which a clause may start: "в 2024 г. стороны подписали"; neither counts between two
digits, "1,5 процента"). Not a line end (wrapped Russian text breaks between any two words),
nor a dash (an apposition, "праздником – Днём основания", or a span of numbers, "28–30
апреля"), nor quotes."""
CLAUSE_OPENERS = frozenset(
    """а но однако что чтобы поскольку если хотя когда где причем включая который которая
    которое которые которого которой которому которую котором которым которыми которых""".split()
    + ["а также", "так как", "потому что", "в том числе"]
)
"""Words that open a clause in a Russian sentence, left out of the clause they open: the
conjunctions that join clauses (а, но, однако: "…, а также выразил признательность"), the
subordinating ones (что, чтобы, поскольку, если, когда …), the relative который in every case
and gender ("сотрудничества, которое активно развивается"), and "включая", "в том числе" before
the items a clause lists; ё is read as е. Not и, which joins the members of a list ("торговля,
инвестиции и энергетика") far more often than two clauses."""

PAST_HEAD = r"[а-яё]{3,}(?<!иа|та|на)(?:л|ла|ли|лся|лась|лись)(?<![иая]тели)(?<!вли)(?<!оли)"
"""The past tense of :data:`CLAUSE_HEAD` ("поздравил", "выразили", "условились"): the finite
verb of a second predicate after "и" ("выразил благодарность … и подтвердил готовность …",
branch ru25; ``Clauses.predicate``)."""

CLAUSE_HEAD = PAST_HEAD + r"|[а-яё]{4,}(?:[аяеё]н|[аяеё]н[аоы]|нут[аоы]?)"
"""The shapes of the verb that opens a point of a Kremlin readout (a folded word, whole): a
past tense ("поздравил", "выразили", "условились") or a short passive participle ("Подтверждён",
"Обсуждены", "отмечена", "подчёркнуто"). No neuter past ("было", and adverbs such as "тепло"
share it), no "-иал", "-тал", "-нал" (nouns: "потенциал", "капитал", "канал"), no "-ители",
"-атели", "-ятели", "-вли", "-оли" (nouns in the plural or the genitive, which no past tense
ends as: "турецкие представители", "взаимной торговли", "роли"; branch ru19: taken for a head
inside what "отметил, что …" says, they cut the point down to its head); four letters before
a participle's "-ен" / "-ан" keep out "стран", "стороны" ("времена" is let through)."""

LANGUAGE = Language(
    code="ru",
    name="Russian",
    titles=frozenset(
        """г гг п пп см ст т.е т.к т.н т.д т.п им ул о.в ср напр рис илл тыс млн млрд
        корр спецкорр собкорр проф акад ген тов mr dr""".split()
    ),
    numbered=frozenset("""№ стр гл""".split()),
    abbreviations=frozenset("""др пр проч""".split()),
    closers=frozenset("""др пр проч""".split()),  # "и др.": each closes a list
    openers=frozenset("""в на по это он она они мы я и но а также""".split()),
    function_words=FUNCTION_WORDS,
    function_stems=FUNCTION_STEMS,
    stem=stem,
    compound_prepositions=CompoundPrepositions(  # "в рамках", "в ходе", "в целях", "по линии",
        leads=frozenset(("в", "во", "по", "на")),  # "на уровне", "на основе" (branch ext2)
        nouns=frozenset("рамках ходе целях связи линии уровне основе".split()),
    ),
    clauses=Clauses(
        marks=CLAUSE_MARKS,
        openers=CLAUSE_OPENERS,
        heads=CLAUSE_HEAD,
        predicate=PAST_HEAD,
        rewritten=False,
        nested=False,
    ),
)

GERUND_HEAD = r"(?!пожела)[а-яё]{5,}[аяиу]в(?:шись)?(?<!ктив)(?<!атив)(?<!итив)(?<!отив)"
"""The shape of a perfective adverbial participle that opens a point of its own after a comma
(branch ru24): "обсудили актуальные вопросы … отношений, | отметив позитивную динамику …",
"поблагодарил за поздравления и теплые слова, | отметив неизменную поддержку …", ", | выразив
…", ", | подчеркнув …", ", | договорившись …". An analyst lists what it says apart from the
clause before it. Seven letters at least and lower-case (no "устав", "состав", "архив"; no
"Алиев"), not "-ктив", "-атив", "-итив", "-отив" (nouns: "перспектив", "коллектив", "позитив",
"локомотив"); no "-ев" (genitive plurals: "музеев", "героев"). Not a wish ("пожелав"): it stays
in the greeting it completes ("поздравил … с днем рождения, пожелав ему …"), since cut off it
leaves the greeting alone, and the hand lists pair a greeting on another occasion as *changed*,
a convention not settled (branch ru24 measured the cut: README of benchmarks)."""

RELATIVE_HEAD = r"[а-яё]{3,}(?:[еёиуюая]т(?:ся)?|ло(?:сь)?)"
"""The shapes of the verb that opens a relative clause after its subject "который"
(:data:`RELATIVE_SUBJECTS`): a present or future third person ("развивается", "находится",
"посетит", "продолжают") or a neuter past, the shapes :data:`CLAUSE_HEAD` keeps out because
nouns and adverbs share them ("результат", "визит", "тепло"); right after the relative, or after
one adverb ("которое активно развивается"), they are the clause's verb (branch ru11). After "что"
only the neuter past (:data:`THAT_HEAD`)."""
THAT_HEAD = r"[а-яё]{3,}ло(?:сь)?"
"""The verb of a clause whose subject is "что", the clause before ("…, что способствовало
конструктивной … работе"): the neuter past only, since "что" also opens what is said, whose
subject, a noun, may end as a present tense does ("отметил, что результат …")."""
RELATIVE_SUBJECTS = frozenset(("который", "которая", "которое", "которые"))
"""The forms of "который" that are the subject of the clause they open (nominative:
"сотрудничества, которое активно развивается"); ё is read as е."""

TIME_STEMS = tuple(
    """предстоящ недавн будущ прошедш прошл следующ грядущ планируем ближайш сегодняшн
    завтрашн вчерашн""".split()
)
"""Beginnings of the adjectives that only place a dated thing in time (convention (k) of
``eval/formulas/SOURCES.md``): "предстоящий визит" / "недавний визит" is one visit kept
(:mod:`readoutdiff.formulas.linking.retimed`)."""
TIME_WORDS = frozenset(("сегодня", "завтра", "вчера", "недавно", "ранее", "вскоре", "скоро"))
"""Adverbs of the same kind, whole."""

# Who a readout names (:mod:`readoutdiff.ingest.people`, the two-meetings warning): patterns as
# text, compiled by ``re`` at their first use.
OFFICE_NAMES = (
    r"(?:Президент|Премьер-министр|Председател|Канцлер|Корол|Принц|Эмир|Султан|Министр"
    r"|Госсекретар|Генеральн\w* секретар|Генсек|Вице-президент)\w*"
    r"((?:[ \t]+[А-ЯЕ][а-яе-]+){1,4})"
)
"""An office and the up to four capitalised words after it (ё read as е)."""
NAME_RUNS = r"[А-ЯЕ][а-яе]+(?:-[А-ЯЕ]?[а-яе]+)*(?:[ \t]+[А-ЯЕ][а-яе]+(?:-[А-ЯЕ]?[а-яе]+)*)+"
"""Runs of two capitalised words or more: a first name and a surname (``Владимир Путин``; Kremlin
readouts name their own side without an office) among offices, countries and bodies."""
NOT_NAME_STEMS = tuple(
    """Президент Премьер Председател Канцлер Королев Корол Принц Эмир Султан Министр Госсекретар
    Генеральн Секретар Генсек Вице Глав Лидер Спикер Посл Губернатор Мэр Патриарх Совет
    Безопасн Организац Объединен Наци Союз Европ Евраз Шанха Содружеств Независим Государств
    Парламент Дум Федерац Федеральн Собрани Правительств Министерств Администрац Кабинет
    Кремл Верховн Высш Национальн Народн Демократич Социалистич Исламск Арабск Соединен Штат
    Республик Федеративн Российск Росси Китайск Кита Белорус Беларус Казах Киргиз Кыргыз
    Узбек Таджик Туркмен Армян Армени Азербайджан Грузи Украин Молдав Молдов Япон Корейск
    Монгол Вьетнам Камбодж Таиланд Малайзи Индонези Филиппин Сингапур Мьянм Пакистан
    Афганистан Иранск Иракск Сири Сирийск Турец Турци Израил Палестин Египет Египт Саудовск
    Арави Катар Кувейт Бахрейн Йемен Иордан Ливан Алжир Марокк Тунис Судан Эфиоп Нигери
    Африк Бразил Аргентин Мексик Венесуэл Кубинск Боливи Никарагуа Колумби Эквадор Уругва
    Парагва Канад Великобритан Британ Франци Француз Германи Германск Немецк Итали Испани
    Португал Польш Венгри Серби Сербск Греци Австри Швейцари Бельги Нидерланд Норвеги Швеци
    Финлянд Эстони Латви Литв Словаки Словени Хорвати Болгари Румыни Абхази Осети Донецк
    Луганск Крым Москв Московск Петербург Пекин Вашингтон Минск Астан Ташкент Бишкек Душанбе
    День Дня Днем Побед Нов Рождеств Пасх Сегодня Вчера Завтра Также Кроме Затем Ранее
    Накануне Однако Особ Стороны Сторон Лидеры Главы Участник""".split()
)
"""Beginnings of capitalised words that are no person's name, in their case forms: offices,
bodies, countries and their adjectives, capitals, holidays, sentence openers (ux21: with them
"Президент России" was a person, and its ``Прези`` found in nearly every other readout)."""
NOT_NAME_WORDS = frozenset(
    """Индия Индии Индией Индию Корея Кореи Корее Корею Кореей Куба Кубы Кубе Кубой Кубу
    Ирак Ирака Ираке Ираком Иран Ирана Иране Ираном Оман Омана Омане Чили Перу Мали Лаос
    Лаоса Кипр Кипра Кипре Дания Дании Данией Чехия Чехии Чехией Кения Кении Ливия Ливии
    Азия Азии Америка Америки Америке США Китай Китая Китае Китаем""".split()
)
"""Short country names, whole (as beginnings they would take first names: Ираклий, Данила)."""
ADJECTIVE_ENDS = ("ой", "ая", "ую", "ое", "ых", "ым", "ыми", "ого", "ому")
"""Endings of adjectives (not "-ий", "-ей": Дмитрий, Сергей): a run of capitalised words all
ending so is a name of a thing ("Великой Отечественной войны"), no person's."""


def not_name(word: str) -> bool:
    """Whether a capitalised word (ё as е) is no person's name (:data:`NOT_NAME_STEMS`).

    >>> [not_name(w) for w in ("Президентом", "России", "Республики", "Александром", "Ираклий")]
    [True, True, True, False, False]
    """
    return word in NOT_NAME_WORDS or word.startswith(NOT_NAME_STEMS)


def names(text: str) -> frozenset[str]:
    """The names ``text`` gives, as keys :func:`names_one` looks for: their first five letters
    (a name is declined: ``Макрон``, ``Макроном``), ё read as е (:func:`_name_words`).
    :mod:`readoutdiff.ingest.people` asks.

    >>> sorted(names("Президент России Владимир Путин провел переговоры с Президентом Республики"
    ...              " Беларусь Александром Лукашенко."))
    ['Алекс', 'Влади', 'Лукаш', 'Путин']
    """
    return frozenset(word[:5] for word in _name_words(_yo_as_ye(text)))


def names_one(keys: frozenset[str], text: str) -> bool:
    """Whether ``text`` holds a word that begins with one of ``keys`` (:func:`names`)."""
    if not keys:
        return False
    pattern = r"\b(?:" + "|".join(map(re.escape, sorted(keys))) + ")"
    return re.search(pattern, _yo_as_ye(text)) is not None


def name_written(key: str, opening: str) -> tuple[int, str]:
    """Where ``opening`` first says a word that begins with ``key`` (-1: nowhere) and the word
    as written there, whole (``Лукашенко``, not ``Лукаш``)."""
    where = re.search(rf"\b{re.escape(key)}[\w-]*", _yo_as_ye(opening))
    return (where.start(), opening[where.start() : where.end()]) if where else (-1, key)


def _yo_as_ye(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def _name_words(text: str) -> list[str]:
    """The words of the names a Russian ``text`` (ё as е) gives: the capitalised words after an
    office, and the runs of two capitalised words or more (a first name and a surname), both
    without the words that are no name (offices, countries, bodies, sentence openers:
    :func:`not_name`). A run's words left alone between such words are no name either, nor a
    run of adjectives and their noun ("Великой Отечественной")."""
    lower = set(re.findall(r"\b[а-яе]+\b", text))  # a word also written small is no name
    words = [
        word
        for found in re.findall(OFFICE_NAMES, text)
        for word in found.split()
        if not not_name(word) and word.lower() not in lower
    ]
    for run in re.findall(NAME_RUNS, text):
        kept: list[str] = []
        for word in [*run.split(), ""]:
            if word and not not_name(word) and word.lower() not in lower:
                kept.append(word)
                continue
            if len(kept) >= 2 and not all(word.endswith(ADJECTIVE_ENDS) for word in kept):
                words += kept
            kept = []
    return words
