"""A Russian wording never opens on the noun of "на уровне" / "на основе" cut from its "на"
(the language's prepositions of several words, :mod:`readoutdiff.formulas.words.cuts`; branch
ext2), on a real dev pair of the evaluation set."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.formulas.words.cuts import in_compound_preposition
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text


def test_the_level_of_the_governments_is_not_a_wording_of_its_own() -> None:
    # Mirziyoyev-Aliyev 10 July 2023 -> 24 December 2023: "… экономической повестки на уровне
    # правительств двух стран" was linked as "уровне правительств двух стран" -> "двух стран
    # обсудили проекты" (a wrong fate, kc3's third key line); the line is told dropped whole,
    # as the hand lists it.
    found = fates("mirziyoyev-aliyev__2023-07-10")
    assert not any(a and a.startswith("уровне") for _, a, _ in found)
    assert (
        "dropped",
        "Отмечена важность тщательной проработки экономической повестки на уровне правительств"
        " двух стран",
        None,
    ) in found


def test_the_noun_after_its_lead_only() -> None:
    words = readout_words(
        from_text("Отмечена важность проработки повестки на уровне правительств двух стран.")
    )[0]
    at = 5  # "уровне", right after "на"
    assert in_compound_preposition(words, at, at + 3)
    assert not in_compound_preposition(words, at + 1, at + 3)  # "правительств …" opens whole
