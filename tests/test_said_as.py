"""How a formula known only by its id is said: every id found in one read of the texts gives the
words a case-insensitive regex search per id gave (the way ``naming.said_as`` searched before)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from readoutdiff.formulas.keys.naming import glued, said_as, said_as_each
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.text.caseless import caseless, caseless_readout

ROOT = Path(__file__).parent.parent
READOUTS = (
    "samples/2021-06-28-xi-putin.txt",
    "samples/2021-12-15-xi-putin.txt",
    "tests/pages/xi-macron__hxjjw.clean.txt",  # Chinese
    "tests/pages/putin-erdogan__tass.clean.txt",  # Russian
    "tests/pages/lavrov-india__radio1.clean.txt",
    "tests/cases/cyrillic/a.txt",
    "tests/cases/cjk/b.txt",
)
TRICKY = "ß ẞ SS İ i ı I Σ σ ς ſ s S K k ΐ ΐ ΰ ΰ ﬅ ﬆ st ǅ Ǆ ͅ ι Ι µ μ Straße ΣΟΦΟΣ σοφος".split()


def searched(formula_id: str, texts: tuple[str, ...]) -> str | None:
    """One case-insensitive search of each whole text per pattern: said_as before said_as_each."""
    kind, _, stems = formula_id.rpartition(":")
    if kind:
        parts = [re.escape(part if len(part) <= 3 else part[:-1]) for part in stems.split("-")]
        wanted = [r"\b" + r"\w*(?:\W+\w+){0,2}?\W+".join(parts) + r"\w*"]
    else:
        entry = next((e for e in builtin().entries if e.id == formula_id), None)
        wordings = (entry.text, *entry.variants) if entry else ()
        wanted = [r"\b" + re.escape(w).replace(r"\ ", r"\s+") + r"\b" for w in wordings]
    for text in texts:
        for pattern in wanted:
            found = re.search(pattern, text, re.IGNORECASE)
            if found:  # with the names a hyphen glues to it, as said_as_each gives them
                return " ".join(glued(found).split())
    return None


def mined_ids(text: str, rng: random.Random, count: int) -> list[str]:
    """Ids of the shape mining gives ("mined:security-assistanc"), cut from runs of the text."""
    words = re.findall(r"\w+", text)
    ids = []
    for _ in range(count):
        at, length = rng.randrange(len(words) - 3), rng.randint(1, 3)
        ids.append("mined:" + "-".join(w.lower()[: rng.randint(2, 9)] for w in words[at:][:length]))
    return ids


def test_every_id_is_said_as_one_search_per_id_said_it_on_real_readouts() -> None:
    rng = random.Random(19)
    texts = [(ROOT / name).read_text("utf-8") for name in READOUTS]
    found = 0
    for number, text in enumerate(texts):
        pair = (text, texts[(number + 1) % len(texts)])
        ids = list(dict.fromkeys([e.id for e in builtin().entries] + mined_ids(text, rng, 80)))
        each = said_as_each(ids, pair)  # the folded texts searched
        assert {i: searched(i, pair) for i in ids if searched(i, pair)} == each
        assert said_as_each(ids, pair, indexed=True) == each  # by the word-start index
        few = ids[:: max(len(ids) // 12, 1)][:12]  # as many as a real pair names
        assert said_as_each(few, pair) == said_as_each(few, pair, folded=False)  # plain searches
        assert said_as_each(few, pair) == {i: each[i] for i in few if i in each}
        found += len(each)
    assert found > 200  # the comparison is not of empty answers


def test_every_id_is_said_as_one_search_per_id_said_it_under_tricky_case_folds() -> None:
    rng = random.Random(14)
    for _ in range(500):
        text = rng.choice((" ", "-", "\n")).join(rng.choices(TRICKY, k=rng.randint(3, 20)))
        ids = ["mined:" + "-".join(w[: rng.randint(1, 5)] for w in rng.choices(TRICKY, k=2))
               for _ in range(8 if rng.random() < 0.5 else 24)]  # fmt: skip
        expected = {i: searched(i, (text,)) for i in ids if searched(i, (text,))}
        assert said_as_each(ids, (text,), folded=True) == expected
        assert said_as_each(ids, (text,), indexed=True) == expected


def test_a_later_stem_inside_the_first_word_does_not_hide_the_first_words_start() -> None:
    text = (ROOT / "samples/2021-12-15-xi-putin.txt").read_text("utf-8") + " efforts to fortify"
    folded = said_as_each(["mined:eff-to-forti"], (text,), folded=True)
    assert folded == {"mined:eff-to-forti": searched("mined:eff-to-forti", (text,))}
    assert said_as("mined:eff-to-forti", (text,)) == "efforts to fortify"


def test_caseless_gives_one_character_to_all_a_case_insensitive_regex_takes_as_one() -> None:
    cased = "".join(
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000 and chr(code).lower() + chr(code).upper() != 2 * chr(code)
    )
    folded = caseless(cased)
    assert len(folded) == len(cased)
    for character in cased:
        for same in re.findall(re.escape(character), cased, re.IGNORECASE):
            assert caseless(character) == caseless(same), (character, same)
    assert caseless("\u0390") == caseless("\u1fd3") and caseless("\u0130") == caseless("i")


def test_caseless_of_a_text_is_the_fold_of_each_character() -> None:
    """The whole-text shortcut (upper case of the lower case, when no character's case is two
    characters long) gives each character's own fold, on every cased code point and on texts
    that mix them ("Σ" last in a word lowers to "ς")."""
    cased = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000 and chr(code).lower() + chr(code).upper() != 2 * chr(code)
    ]
    for character in cased:
        assert caseless("“" + character) == "“" + caseless(character), character
    single = [c for c in cased if len(c.lower()) == 1 and len(c.lower().upper()) == 1]
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choices([*single, " ", "—", "ΣΑΣ ", "σς "], k=40))
        assert caseless(text) == "".join(caseless(c) for c in text)


def test_caseless_of_a_readout_is_caseless_of_its_text() -> None:
    """The bytes path of a whole readout (ASCII letters upper-cased in UTF-8, the few kinds of
    other cased characters replaced) gives :func:`caseless` of the text and its non-ASCII
    characters, on real readouts in three languages and on drawn texts: accents, dotless i,
    titlecase letters whose capital is another character of the text, lone surrogates, more
    kinds than are replaced one by one, characters whose capital is two."""
    texts = [(ROOT / name).read_text("utf-8") for name in READOUTS]
    pool = [*"aé ıñ—“”’Éǅǆ", *"Straße ſ", "\ud800", *"Россия", *"ÀÁÂÃÄÅàáâãäå"]
    rng = random.Random(5)
    texts += ["".join(rng.choices(pool, k=rng.randint(0, 60))) for _ in range(2_000)]
    texts += [" ".join(TRICKY), "We met.", ""]
    for text in texts:
        others = None if text.isascii() else frozenset(c for c in text if not c.isascii())
        assert caseless_readout(text) == (caseless(text, others), others), text
    capitals = [c.upper() for c in map(chr, range(sys.maxunicode + 1)) if len(c.upper()) == 1]
    assert all(capital.upper() == capital for capital in capitals)  # replaced in any order


def test_the_word_start_index_cut_in_small_chunks_finds_the_same(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """naming._indexed splits a huge text a chunk at a time, each ending between words: with
    chunks of a few characters (words and separators cut at every chunk end), the same words."""
    from readoutdiff.formulas.keys import naming

    rng = random.Random(23)
    texts = [(ROOT / name).read_text("utf-8") for name in READOUTS[:2]]
    ids = list(dict.fromkeys([e.id for e in builtin().entries] + mined_ids(texts[0], rng, 60)))
    whole = said_as_each(ids, (texts[1], texts[0]), indexed=True)
    assert len(whole) > 20
    for chunk in (1, 7, 64):
        monkeypatch.setattr(naming, "CHUNK", chunk)
        assert said_as_each(ids, (texts[1], texts[0]), indexed=True) == whole
