"""A Chinese place's wording that :mod:`readoutdiff.formulas.linking.slots` links gives back a
linking word at its edge (:func:`readoutdiff.formulas.linking.wording_at.off_linking_words`,
branch ext2), on real dev pairs of the evaluation set."""

from __future__ import annotations

from eval_pairs import EVAL, fates

from readoutdiff.formulas.linking.wording_at import off_linking_words
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.ingest import load


def _sentence(readout: str, holding: str) -> tuple[Words, int]:
    """The words of the sentence of ``readout`` (a file of the evaluation set) holding
    ``holding``, and the word ``holding`` starts on (a Chinese character is a word)."""
    for words in readout_words(load(EVAL / readout)):
        for k in range(len(words.stems)):
            if "".join(words.stems[k : k + len(holding)]) == holding:
                return words, k
    raise AssertionError(holding)


def _trimmed(readout: str, wording: str) -> str:
    words, first = _sentence(readout, wording)
    start, end = off_linking_words(words, first, first + len(wording))
    return "".join(words.stems[start:end])


def test_a_change_no_longer_opens_on_the_and_it_was_cut_after() -> None:
    # Tokayev 16 June 2025: "…战略伙伴关系和全方位互利合作" / "巩固和扩大全方位合作": each
    # wording opened on the "和" joining it to the phrase before.
    assert ("changed", "全方位互利合作", "扩大全方位合作") in fates("xi-tokayev__2025-06-16")
    assert ("changed", "扩大全方位合作", "全方位互利合作") in fates(
        "xi-tokayev__2025-06-16", swap=True
    )


def test_no_wording_ends_on_the_and_before_the_next_phrase() -> None:
    # Modi 23 October 2024: B's "乃至世界和平和" stopped on the "和" of "和平和发展"; without it
    # the two wordings are one inside the other, a change no step reports (the hand lists A's
    # line dropped).
    found = fates("xi-modi__2024-10-23")
    assert not any(b and b.endswith("和平和") for _, _, b in found)


def test_a_word_of_its_own_goes_a_character_of_a_longer_word_stays() -> None:
    assert _trimmed("xi-tokayev__2025-06-16__cctv.txt", "和全方位互利合作") == "全方位互利合作"
    # 和平 opens "和平发展道路" whole (Starmer 23 August 2024).
    assert _trimmed("xi-starmer__2024-08-23__cctv.txt", "和平发展道路") == "和平发展道路"


def test_a_modifier_keeps_its_de() -> None:
    # Merz 23 May 2025: "互利合作的" of "深化开放互利合作的积极信号" lost its noun; the formula
    # stage tells no wording ending on 的, so the end keeps it (dropping it would report the
    # cut wording as a change of its own).
    assert _trimmed("xi-merz__2025-05-23__cctv.txt", "互利合作的") == "互利合作的"
