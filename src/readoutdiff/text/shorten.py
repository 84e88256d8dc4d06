"""Text cut to a width at a word's end, as every view quotes a long wording or passage.

Moved out of ``render/labels.py`` so that the key changes (``formulas/keys/``), which quote
wordings, import no view.
"""

from __future__ import annotations


def shorten(text: str, width: int, phrase: bool = False, names: bool = False) -> str:
    """Cut ``text`` to at most ``width`` characters, ending in "…" after a whole word (not mid-name).

    >>> shorten("President Xi met Russian President Vladimir Putin", 40)
    'President Xi met Russian President…'
    >>> shorten("Major Countries, and Acting as the Bulwark", 17), shorten("short", 40)
    ('Major Countries…', 'short')
    >>> shorten("Putin congratulated him on the 100th anniversary of the founding of the CPC", 70)
    'Putin congratulated him on the 100th anniversary of the founding…'
    >>> shorten("习近平同俄罗斯总统普京举行视频会晤", 8)
    '习近平同俄罗斯…'

    A hyphen, apostrophe or point inside a word does not end it ("Co-Chairs", "COVID-19"):

    >>> shorten("as an OSCE Minsk Group Co-Chair", 30), shorten("on ending the COVID-19 pandemic", 21)
    ('as an OSCE Minsk Group…', 'on ending…')

    Nor does it end on a quotation mark or bracket that opens what was cut off:

    >>> shorten("welcomed Israel’s support for the American ‘bridging proposal’", 45)
    'welcomed Israel’s support for the American…'

    With ``phrase`` (a key change's quote) it does not end on a qualifier whose noun was cut
    off ("peace and security of the region and the international…", "mobilize additional
    resources for sustainable…"): it ends where the phrase before it does, past half the
    width:

    >>> said = "mobilize additional resources for sustainable development and climate action"
    >>> shorten(said, 48), shorten(said, 48, phrase=True)
    ('mobilize additional resources for sustainable…', 'mobilize additional resources…')
    >>> shorten("благодаря своевременным, решительным и скоординированным действиям", 60, phrase=True)
    'благодаря своевременным, решительным…'

    With ``names`` too (a key change's quote; not a title, whose words are all capitalised) it
    does not end inside a name: "…on the Fiery Cross Reef in the South…" of "South China Sea":

    >>> said = "an aircraft landed on the Fiery Cross Reef in the South China Sea"
    >>> shorten(said, 52, phrase=True, names=True)
    'an aircraft landed on the Fiery Cross Reef…'

    A width with no room for a character before the "…" gives the mark alone, or nothing
    (branch fix1: a width of 1 indexed an empty cut, 0 or less read from the end):

    >>> shorten("President Xi", 1), shorten("President Xi", 0), shorten("", 0)
    ('…', '', '')
    """
    if len(text) <= width:
        return text
    if width < 2:  # no room for a character before the "…": the mark alone, or nothing
        return "…"[: max(width, 0)]
    cut = text[: width - 1]
    if (cut[-1].isalnum() or cut[-1] in _JOINING) and _inside_word(text, width - 1):  # mid-word
        space = cut.rfind(" ")
        word = text[space + 1 :].split(" ", 1)[0]
        # back to the word's start, unless that leaves half the width or less and the word is
        # longer than half of it: a word that long is cut where it stands
        if space > width // 2 or (space > 0 and len(word) <= width // 2):
            cut = cut[:space]
    words = cut.rstrip(" ,;:").split(" ")
    while len(words) > 1 and not words[-1].strip(_OPENING):
        words.pop()  # "the American ‘…" opens a quotation the cut leaves empty
    opened = _unclosed(words)
    if opened and len(" ".join(words[:opened])) > width // 2:
        words = words[:opened]  # "выставки «ИННОПРОМ.…" leaves a quoted name half read
    said = text.split(" ")
    while len(words) > 1:
        last = words[-1].lower()
        dangling = last in _DANGLING or (phrase and last in _LEANING)
        if dangling and len(" ".join(words[:-1])) < width // 3:
            break
        after = said[len(words)] if len(words) < len(said) else ""
        leaning = (
            _qualifier(words[-1])
            or _russian_before_noun(words[-1], after)
            or (names and _name_goes_on(words[-1], after))
        )
        if not dangling and not (phrase and leaning and len(" ".join(words[:-1])) > width // 2):
            break
        words.pop()  # "the founding of the…" reads as a cut; "the founding…" does not
        cut = " ".join(words)
    return _ended(words) + "…"


def _ended(words: list[str]) -> str:
    """``words`` joined, without what cannot end a cut: a comma, semicolon or colon, a dash
    standing alone, a closing quotation mark or bracket the words do not open (the close of a
    quotation the text opened before the wording: "сотрудничества», - отмечается").

    >>> _ended("всех аспектов двухстороннего сотрудничества», -".split())
    'всех аспектов двухстороннего сотрудничества'
    >>> _ended("the «Знание» forum,".split()), _ended("the (Quad)".split())
    ('the «Знание» forum', 'the (Quad)')
    """
    said = " ".join(words)
    while True:
        ended = said.rstrip(" ,;:-–—")
        closing = ended[-1:]
        opening = next((o for o, c in _CLOSING.items() if c == closing and o != c), "")
        if closing in "»”)]}" and ended.count(opening) < ended.count(closing):
            ended = ended[:-1]
        if ended == said:
            return said
        said = ended


def _qualifier(word: str) -> bool:
    """``word`` (in lower case) has the ending of a qualifier that stands before its noun:
    English "-al", "-ic", "-ian", "-ary", "-ible", "-able", "-ive", "-ous", "-ful", "-ern",
    "-based" ("international", "bilateral", "sustainable", "rules-based"), a Russian
    adjective's long ending ("скоординированным", "двустороннего"). Endings, not a list of
    words: an English noun of those endings ("proposal") is cut off too, still at a word's end.

    >>> [_qualifier(w) for w in ("international", "rules-based", "двустороннего", "Pacific", "drive")]
    [True, True, True, False, False]
    """
    word = word.rstrip(",;:")
    ends = [end for end in _QUALIFIER_ENDS if word.endswith(end)]
    return word[:1].islower() and bool(ends) and len(word) >= len(ends[0]) + 4  # not "drive"


def _russian_before_noun(word: str, after: str) -> bool:
    """``word``, a Russian word in "-ой", "-ей", "-их" or "-ий", is an adjective standing
    before its noun ``after`` (the word the cut took off). These endings are nouns' too
    ("стороной", "представителей", "отношений", "погибших"), and Snowball stems strip "-ой"
    from both "стороной" and "международной", so the word after decides: "-ой"/"-ей" must
    agree with a lower-case feminine noun after it ("международной арене", "двусторонней
    повестки"; not "стороной в", "главой Турции", "тревогой восприняла", "потребителей
    сырья"); "-их" must be followed by a lower-case word that is no preposition or
    conjunction ("двусторонних отношений"; not "погибших и"); "-ий" is an adjective's only
    after к, г, х, ж, ш, щ, ч or in "-нний"/"-дний" ("турецкий лидер", "внутренний";
    not "отношений", "событий", "стратегий"), where Russian spelling writes no "-ый".

    >>> pairs = ("международной арене", "стороной в", "главой Турции", "динамикой двустороннего",
    ...          "двусторонней повестки", "потребителей сырья", "двусторонних отношений",
    ...          "погибших и", "турецкий лидер", "отношений стратегического", "стратегий страны")
    >>> [_russian_before_noun(*pair.split()) for pair in pairs]
    [True, False, False, False, True, False, True, False, True, False, False]
    """
    after = after.rstrip(",.;:!?»)")
    if len(word) < 6 or not (_lower_cyrillic(word) and _lower_cyrillic(after)):
        return False
    if word.endswith(("ой", "ей")):
        return after.endswith(("и", "е", "ой", "ей", "ью", "у", "ю"))
    if word.endswith("их"):
        return after not in _LEANING
    if word.endswith(_NOUNS_IN_GII):  # "стратегий", "технологий", "энергий": nouns of "-гия"
        return False
    return word.endswith("ий") and (word[-3] in "кгхжшщч" or word.endswith(("нний", "дний")))


_NOUNS_IN_GII = ("логий", "тегий", "ргий")
"""The genitive plurals of nouns in "-гия" that "-гий" after г would take for adjectives."""


def _name_goes_on(word: str, after: str) -> bool:
    """``word`` and the word the cut took off, ``after``, are capitalised, and nothing between
    them ends a phrase: a name cut in two ("the Fiery Cross Reef in the South…" of "South China
    Sea", "President…" of "President Biden"), which a quote does not end on.

    >>> [_name_goes_on(*pair.split()) for pair in ("South China", "Council resolution",
    ...  "Korea, Japan", "the Security", "U.S. Secretary", "Казахстан Касым-Жомарт")]
    [True, False, False, False, True, True]
    """
    return (
        word[:1].isupper()
        and after[:1].isupper()
        and not word.endswith((",", ";", ":", ".”", "”", "’", ")", "»"))
    )


def _lower_cyrillic(word: str) -> bool:
    """``word`` opens with a lower-case Russian letter."""
    return bool(word) and ("а" <= word[0] <= "я" or word[0] == "ё")


_QUALIFIER_ENDS = (
    "al", "ic", "ian", "ary", "ible", "able", "ive", "ous", "ful", "ern", "-based",
    "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ую", "юю", "ое", "ые", "ым", "ых",
)  # fmt: skip
"""Endings of a qualifier a phrase cut may not end on (:func:`_qualifier`)."""


def _unclosed(words: list[str]) -> int:
    """Where the last quotation or bracket the words open and do not close starts, else 0.

    >>> _unclosed("выставки «ИННОПРОМ. Центральная".split()), _unclosed("the «Знание» forum".split())
    (1, 0)
    """
    for at in range(len(words) - 1, 0, -1):
        closing = _CLOSING.get(words[at][:1])
        if closing:
            return 0 if closing in " ".join(words[at:])[1:] else at
    return 0


def _inside_word(text: str, at: int) -> bool:
    """``text[at]`` goes on with the word before it: a letter or digit, or a joining mark
    followed by one."""
    if text[at].isalnum():
        return True
    return text[at] in _JOINING and at + 1 < len(text) and text[at + 1].isalnum()


_JOINING = frozenset("-‐‑'’./")
"""Marks inside a word: "Co-Chairs", "Russia’s", "U.S.", "24/7"."""

_OPENING = "‘“«([{\"'"
"""Marks that open a quotation or aside: a shortened text does not end on them."""
_CLOSING = {"‘": "’", "“": "”", "«": "»", "(": ")", "[": "]", "{": "}"}
"""The mark that closes each opening mark that has its own (:func:`_unclosed`)."""

_DANGLING = frozenset(
    "a an the of and or to in on at by for with from as its his her their our".split()
)
"""Words a shortened text does not end on: they announce a word that was cut off."""

_LEANING = frozenset("и а или в во на с со по для о об к от из за".split())
"""Russian conjunctions and prepositions a phrase cut (``phrase``) does not end on either."""
