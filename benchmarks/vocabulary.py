"""Build an English-looking vocabulary for synthetic diplomatic readouts.

Function words and a few set phrases recur in every paragraph, as in real
readouts; content words follow a Zipf law over a few hundred diplomatic words,
some proper names and several thousand made-up words built from syllables, so
most content words are rare.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate, zip_longest

FUNCTION_WORDS = (
    ("the", 30), ("of", 14), ("and", 14), ("to", 10), ("in", 8), ("on", 5), ("for", 5),
    ("with", 4), ("as", 3), ("at", 2), ("by", 2), ("from", 2), ("that", 5), ("which", 2),
    ("is", 3), ("are", 2), ("will", 3), ("has", 2), ("have", 2), ("its", 2), ("their", 2),
    ("all", 2), ("more", 2), ("new", 2), ("further", 2), ("between", 2), ("each", 1),
    ("other", 1), ("should", 1), ("continue", 1), ("always", 1), ("under", 1), ("into", 1),
)  # fmt: skip
"""Words and their relative weights; none is one letter or an abbreviation, so none ends a sentence badly."""

SET_PHRASES = (
    "the two sides", "both sides", "the two countries", "the two heads of state",
    "mutual trust", "the international community", "in the field of", "a new era",
    "the two peoples", "high-level exchanges", "win-win cooperation", "core interests",
)  # fmt: skip

DIPLOMATIC_WORDS = """
strategic cooperation sovereignty partnership comprehensive development security stability
mutual trust dialogue consultation multilateralism peace prosperity economic trade investment
connectivity initiative framework mechanism exchanges people-to-people cultural bilateral
relations interests territorial integrity non-interference internal affairs common shared future
mankind community global governance regional pandemic vaccine energy climate green digital
innovation technology agriculture infrastructure friendship neighborliness coordination support
firmly jointly actively deepen strengthen promote advance uphold safeguard oppose unilateralism
hegemony interference sanctions principles charter nations dignity respect equality justice
fairness openness inclusiveness solidarity confidence resilience momentum milestone anniversary
treaty agreement memorandum communique declaration statement summit meeting talks visit envoy
ambassador delegation ministers parliament legislature party government people nation country
countries peoples region regions world international situation landscape transformation
century changes unseen challenges opportunities risks threats terrorism extremism separatism
drugs crime cyberspace outer space arctic maritime fisheries aviation railway highway ports
pipeline natural gas nuclear power grain soybean pork beef dairy fruit education health science
tourism youth media think tanks sister cities provinces border ports customs finance currency
settlement payment banking insurance standards rules order system architecture consensus
outcomes results achievements progress efforts measures steps actions policies positions views
concerns issues questions matters topics areas fields sectors projects programmes plans goals
targets vision blueprint roadmap guidance direction leadership strategy diplomacy foreign
defence military exercises drills navy army security council organization forum conference
""".split()

PROPER_NAMES = """
Beijing Moscow Shanghai Saint-Petersburg Vladivostok Harbin Urumqi Astana Tashkent Bishkek Dushanbe
Ashgabat Ulaanbaatar Pyongyang Seoul Tokyo Hanoi Vientiane Phnom-Penh Bangkok Jakarta Manila
Canberra Wellington Islamabad Kabul Tehran Baghdad Riyadh Abu-Dhabi Doha Cairo Addis-Ababa Nairobi
Pretoria Lagos Brasilia Buenos-Aires Santiago Lima Havana Caracas Mexico Ottawa Washington London
Paris Berlin Rome Madrid Warsaw Budapest Belgrade Minsk Kyiv Ankara Athens Geneva Brussels
Xi Jinping Putin Wang Lavrov Li Qiang Mishustin Zhao Leji Volodin Han Zheng Matviyenko Ding Xuexiang
Novak Yang Jiechi Patrushev Hu Chunhua Golikova BRICS ASEAN SCO Eurasian Union Belt Road
""".split()

_ONSETS = "b c d f g h j k l m n p r s t v w z br ch cl cr dr fl fr gl gr pl pr sh sk sp st str th tr".split()
_VOWELS = "a e i o u a e i o ai ea ie ou oa".split()
_CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "nt", "rs", "st", "ck", "ng", "x"]
_SUFFIXES = [
    "",
    "",
    "",
    "ation",
    "ity",
    "ism",
    "ment",
    "ive",
    "al",
    "ing",
    "ed",
    "s",
    "ous",
    "ance",
    "ic",
]
_ABBREVIATION_LIKE = frozenset(
    "sept dept corp capt govt pres prof approx eds nos inc ltd est".split()
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Vocabulary:
    """Words to draw from, with cumulative weights for fast weighted choice."""

    function_words: tuple[str, ...]
    function_weights: tuple[float, ...]
    """Cumulative weights of ``function_words``."""
    content_words: tuple[str, ...]
    content_weights: tuple[float, ...]
    """Cumulative Zipf weights of ``content_words`` (rank ``r`` weighs ``1 / (r + 20)``)."""

    def function_word(self, rng: random.Random) -> str:
        """Draw one function word."""
        return _weighted(self.function_words, self.function_weights, rng)

    def content_word(self, rng: random.Random) -> str:
        """Draw one content word (rare ones rarely)."""
        return _weighted(self.content_words, self.content_weights, rng)


def _weighted(words: tuple[str, ...], cumulative: tuple[float, ...], rng: random.Random) -> str:
    return words[bisect(cumulative, rng.random() * cumulative[-1])]


def build_vocabulary(rng: random.Random, *, made_up: int = 6000) -> Vocabulary:
    """Return a vocabulary with ``made_up`` syllable words after the diplomatic words and names."""
    known = list(dict.fromkeys(DIPLOMATIC_WORDS))
    names = list(dict.fromkeys(PROPER_NAMES))
    rng.shuffle(names)
    # Names sit among the commoner content words, as they do in readouts.
    head = [word for pair in zip_longest(known, names, fillvalue="") for word in pair if word]
    content = head + _made_up_words(rng, made_up, exclude=set(head))
    return Vocabulary(
        function_words=tuple(word for word, _ in FUNCTION_WORDS),
        function_weights=tuple(accumulate(weight for _, weight in FUNCTION_WORDS)),
        content_words=tuple(content),
        content_weights=tuple(accumulate(1.0 / (rank + 20) for rank in range(len(content)))),
    )


def _made_up_words(rng: random.Random, count: int, *, exclude: set[str]) -> list[str]:
    """Return ``count`` distinct pronounceable words of 4 to 14 letters."""
    found: dict[str, None] = {}
    while len(found) < count:
        syllables = rng.choice((1, 2, 2, 2, 3, 3))
        word = "".join(
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
        ) + rng.choice(_SUFFIXES)
        if 4 <= len(word) <= 14 and word not in exclude and word not in _ABBREVIATION_LIKE:
            found[word] = None
    return list(found)
