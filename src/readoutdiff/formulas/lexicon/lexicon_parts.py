"""What a comparison reads off its lexicon, built once per lexicon object (``per_lexicon``):
the background phrases joined to it, its frames, its successors, its matcher."""

from __future__ import annotations

import re
from collections.abc import Iterable

from readoutdiff.formulas.lexicon import frames, frames_cache, matcher_cache
from readoutdiff.formulas.lexicon.per_lexicon import per_lexicon
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.words.name_shapes import written_as_name
from readoutdiff.model import Lexicon, Options, Readout


def with_background(
    lexicon: Lexicon, options: Options, readouts: Iterable[Readout] = ()
) -> Lexicon:
    """Add the background phrases (source ``mined``: off with mining, or on its own); the
    Russian ones when one of ``readouts`` is Russian, the Chinese ones when all are Chinese."""
    if not (options.background and options.mine_formulas):
        return lexicon
    languages = {readout.language for readout in readouts}
    # Chinese phrases only when every readout is Chinese: across languages formulas meet by
    # lexicon id, and a background phrase, in one language, could only appear or drop.
    russian, chinese = "ru" in languages, languages == {"zh"}

    def join() -> Lexicon:
        from readoutdiff.formulas.lexicon.background import joined

        return joined(lexicon, russian, chinese)

    return per_lexicon(lexicon, ("background", russian, chinese), join)


def frames_of(lexicon: Lexicon) -> frames.Frames:
    return per_lexicon(lexicon, ("frames",), lambda: frames_cache.built(lexicon))


def successors_of(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Id -> successor ids of the entries that have some (read once per lexicon object, not
    once per comparison: the built-in lexicon has some 330 entries)."""
    return per_lexicon(
        lexicon,
        ("successors",),
        lambda: {entry.id: entry.successors for entry in lexicon.entries if entry.successors},
    )


def programmes_of(lexicon: Lexicon) -> frozenset[str]:
    """Ids of the programmes' names the lexicon keeps for their renaming: entries of a
    succession (with successors, or one's successor) whose wording is written as a name
    ("Build Back Better World" -> "Partnership for Global Infrastructure and Investment").
    The name itself is no phrasing (the built-in lexicon's header): only its renaming is news."""

    def built() -> frozenset[str]:
        later = {s for entry in lexicon.entries for s in entry.successors}
        return frozenset(
            entry.id
            for entry in lexicon.entries
            if (entry.successors or entry.id in later) and written_as_name(entry.text)
        )

    return per_lexicon(lexicon, ("programmes",), built)


# Where an entry's English wording is the original, not a translation: a US government page.
# Each alternative's "\b" is a look-behind after its first letters ("http(?<!\whttp)": no word
# character before the h), so that re skips ahead in C to an "h" or a "b" of the entries' 76 KB
# of seen_in: with "\b" first it tried both at every character (8.3 -> 4.0 M instructions a
# process, branch cli14; tests/test_lexicon_parts_patterns.py).
_ENGLISH_ORIGINAL = re.compile(
    r"http(?<!\whttp)s?://(?:[\w-]+\.)*(?:whitehouse|state)\.gov/"
    r"|bidenwhitehouse(?<!\wbidenwhitehouse)\.archives\.gov/"
)


def translated_of(lexicon: Lexicon, *, across: bool = False) -> frozenset[str]:
    """Ids of the entries with an official Chinese or Russian wording: their English wordings
    are translations of one formula ("true" / "genuine multilateralism", 真正的多边主义), so a
    word one translation has for another's is no change of the formula (``entries.qualified``).
    Not an entry whose English wording was seen on a US government page (its ``seen_in``): its
    English variants are originals ("immediate ceasefire" / "immediate ceasefire in Gaza"), a
    Russian or Chinese wording beside them is theirs translated, and one said for another stays
    a change. ``across``: the two readouts are in two languages, where every entry with such a
    wording is translated ("специальной военной операции" in the Russian version of a call is
    "special military operation" in the English one, kept)."""
    return per_lexicon(
        lexicon,
        ("translated", across),
        lambda: frozenset(
            entry.id
            for entry in lexicon.entries
            if (entry.zh or entry.ru) and (across or not _ENGLISH_ORIGINAL.search(entry.seen_in))
        ),
    )


def listed_of(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Id -> the English wordings (lower-cased) of the entries that list variants: a formula
    said in two of its listed wordings ("stay in close contact" / "stay in close touch") is
    one formula the lexicon already calls the same, no change (``entries.qualified``)."""
    return per_lexicon(
        lexicon,
        ("listed",),
        lambda: {
            entry.id: frozenset(w.lower() for w in (entry.text, *entry.variants))
            for entry in lexicon.entries
            if entry.variants
        },
    )


def matcher_for(lexicon: Lexicon, threshold: float, absent: frozenset[str]) -> matcher.Matcher:
    return per_lexicon(
        lexicon,
        ("matcher", threshold, absent),
        lambda: matcher_cache.built(lexicon.entries, threshold=threshold, absent=absent),
    )
