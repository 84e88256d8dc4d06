"""Noise and wrong fates on readouts of publishers that are not American, in the outside sample
(``eval/noise/``: gov.uk, MOFA Japan and pm.gc.ca readouts no evaluation or reserved series
holds, see its SOURCES.md), and the same shapes where the American readouts there show them.
Each test quotes the sentences it reads from its files; the rules are stated without any
readout's words (branch n17)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.contained import governs
from readoutdiff.formulas.linking.lines import evidence, regions, said
from readoutdiff.formulas.matching.content_words import derived
from readoutdiff.formulas.words.phrases import key, readout_words
from readoutdiff.formulas.words.wording import strip
from readoutdiff.ingest import from_text

NOISE = Path(__file__).parent.parent / "eval" / "noise"


def reports(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    """(status, A wording, B wording) of every report on the pair of files ``a`` -> ``b``."""
    return [
        (f.status.value, f.a_text, f.b_text)
        for f in compare(load(NOISE / a), load(NOISE / b)).formulas
    ]


def _read(name: str) -> str:
    return (NOISE / name).read_text(encoding="utf-8")


def _line_evidence(a: str, b: str) -> int:
    """What :func:`lines.evidence` gives the best two regions of sentence ``a`` and ``b``."""
    wa, wb = readout_words(from_text(a))[0], readout_words(from_text(b))[0]
    known: dict = {}
    sa, sb = said(wa, known), said(wb, known)
    shared = sa.content & sb.content
    return max(
        (evidence(wa, wb, ra, rb) for ra in regions(wa, sa.keys, shared)
         for rb in regions(wb, sb.keys, shared)),
        default=0,
    )  # fmt: skip


def test_a_compound_named_bare_is_no_line_the_other_makes_a_modifier() -> None:
    """johnson-kishida 2021-10-13 -> 2021-11-02 (gov.uk): "the emphasis on the Indo-Pacific
    region in the UK’s renewed foreign policy approach" / "The leaders discussed foreign policy
    and security issues": a topic both name, no line reworded; biden-kenyatta (White House):
    "the deteriorating humanitarian and human rights crises" / "defending democracy and human
    rights", the same shape."""
    a, b = "johnson-kishida__2021-10-13__gov-uk.txt", "johnson-kishida__2021-11-02__gov-uk.txt"
    assert "in the UK’s renewed foreign policy approach" in _read(a)
    assert "The leaders discussed foreign policy and security issues" in _read(b)
    assert not [r for r in reports(a, b) if "foreign policy" in f"{r[1]} {r[2]}"]
    assert ("changed", "places on our strategic partnership and friendship with Japan",
            "places on our close partnership with Japan") in reports(a, b)  # fmt: skip
    a, b = "biden-kenyatta__2021-02-25__wh.txt", "biden-kenyatta__2021-10-14__wh.txt"
    assert "humanitarian and human rights crises" in _read(a)
    assert not [r for r in reports(a, b) if r[1] == "human rights crises"]
    assert not _line_evidence(
        "The Prime Minister noted the emphasis in the UK’s renewed foreign policy approach.",
        "The leaders discussed foreign policy and security issues.",
    )


def test_a_compound_said_bare_but_governed_still_links() -> None:
    """The compound ends the other wording ("continue cooperation on biodiversity conservation"
    / "climate change, biodiversity conservation and other issues", xi-macron on dev): no noun
    after it, so the line stands (and is later kept as persisted)."""
    assert _line_evidence(
        "China is ready to work with France to continue cooperation on biodiversity conservation.",
        "They fulfilled the responsibilities of major countries on climate change, biodiversity"
        " conservation and other issues.",
    )


def test_one_governor_in_two_forms_is_no_context_change() -> None:
    """hayashi-wong 2022-05-24 -> 2022-07-07 (MOFA): "he hoped to continue to work closely for
    the realization of a “Free and Open Indo-pacific”" / "… and to realize a "Free and
    Open Indo-Pacific,"": the noun and the verb of one governor, the formula kept, no row
    for its context besides the persisted one."""
    a, b = "hayashi-wong__2022-05-24__mofa-jp.txt", "hayashi-wong__2022-07-07__mofa-jp.txt"
    assert "for the realization of a “Free and Open Indo-pacific”" in _read(a)
    assert 'and to realize a "Free and Open Indo-Pacific,"' in _read(b)
    told = reports(a, b)
    assert ("persisted", "Free and Open Indo-pacific", "Free and Open Indo-Pacific") in told
    assert not [r for r in told if r[0] == "changed" and "realiz" in f"{r[1]} {r[2]}"]


def test_a_label_said_with_its_head_derived_is_kept() -> None:
    """hayashi-payne 2021-12-11 -> 2022-02-12 (MOFA; an aside pair, the shape o16's section
    describes): "elevating the “Special Strategic Partnership” between Japan and Australia" /
    "Japan and Australia, as “Special Strategic Partners,” will further strengthen …": the
    label persisted in another form, not dropped."""
    a, b = "hayashi-payne__2021-12-11__mofa-jp.txt", "hayashi-payne__2022-02-12__mofa-jp.txt"
    assert "the “Special Strategic Partnership” between Japan and Australia" in _read(a)
    assert "as “Special Strategic Partners,”" in _read(b)
    told = reports(a, b)
    assert ("persisted", "Strategic Partnership", "Strategic Partners") in told
    assert not [r for r in told if r[0] == "dropped" and r[1] == "Strategic Partnership"]


def test_a_word_that_only_begins_another_is_no_derived_head() -> None:
    """blinken-payne 2022-04-06 (State): "its unprovoked and unjust war against Ukraine": "unjust"
    begins "unjustified" but no noun suffix derives one from the other, so the lexicon's
    "unprovoked and unjustified" is not said here in another form."""
    text = _read("blinken-payne__2022-04-06__state.txt")
    assert "for its unprovoked and unjust war against Ukraine" in text
    assert derived("partner", "partnership") and derived("realiz", "realization")
    assert not derived(strip(key("unjust")[0]), strip(key("unjustified")[0]))
    a = from_text("They backed Ukraine against Russia's unprovoked and unjustified war.")
    b = from_text(
        "The Secretary and Foreign Minister discussed joint efforts to hold the Russian"
        " Federation accountable for its unprovoked and unjust war against Ukraine."
    )
    statuses = {(f.status.value, f.b_text) for f in compare(a, b).formulas}
    assert ("persisted", "unprovoked and unjust") not in statuses


def test_a_one_word_wording_of_the_other_readout_links_no_formula() -> None:
    """biden-draghi 2021-10-29 -> 2022-02-17 (White House): "their unwavering commitment to the
    bilateral relationship" / "their commitment to Ukraine’s sovereignty and territorial
    integrity": the commitment line's place in B was the one word "commitment" (then grown
    over another formula, a changed report joining two lines); one word quotes no formula, so
    A's line is dropped and B's formula appeared (the shape of the aside's "long" of "for as
    long as is necessary", o16's section)."""
    a, b = "biden-draghi__2021-10-29__wh.txt", "biden-draghi__2022-02-17__wh.txt"
    assert "reaffirmed their unwavering commitment to the bilateral relationship" in _read(a)
    assert (
        "reaffirmed their commitment to Ukraine’s sovereignty and territorial integrity" in _read(b)
    )
    told = reports(a, b)
    assert ("dropped", "unwavering commitment to the bilateral relationship", None) in told
    assert ("appeared", None, "sovereignty and territorial integrity") in told
    assert not [r for r in told if r[0] == "changed"]


def test_a_chinese_wording_of_several_words_is_no_single_word() -> None:
    """Xinhua, Xi Jinping's calls with Emmanuel Macron of 15 October 2019 and 20 November 2023
    (tests/pages, two publishers): "我愿同你保持交往和沟通" / "中方願同法方保持高層交往". A
    Chinese wording has no spaces, yet it is several words (one a character): the rule that a
    single word of the other readout quotes no formula leaves it a change of wording."""
    pages = Path(__file__).parent / "pages"
    a, b = pages / "xi-macron__hxjjw.clean.txt", pages / "xi-macron__chinacomcn.clean.txt"
    assert "我愿同你保持交往和沟通" in a.read_text(encoding="utf-8")
    assert "中方願同法方保持高層交往" in b.read_text(encoding="utf-8")
    told = [(f.status.value, f.a_text, f.b_text) for f in compare(load(a), load(b)).formulas]
    assert ("changed", "保持交往和沟通", "保持高層交往") in told


def test_an_ing_verb_after_a_preposition_governs_the_formula_kept() -> None:
    """harris-giammattei 2021-03-30 -> 2022-01-10 (White House): "agreed to collaborate on
    promoting economic development" / "a broad agenda that includes the root causes of
    migration, trafficking, economic development, and anti-corruption": the words before the
    formula govern it, so it is kept, not changed; a lone "-ing" word may qualify a noun
    ("enduring partnership") and stays a change."""
    a, b = "harris-giammattei__2021-03-30__wh.txt", "harris-giammattei__2022-01-10__wh.txt"
    assert "agreed to collaborate on promoting economic development" in _read(a)
    assert "trafficking, economic development, and anti-corruption" in _read(b)
    told = reports(a, b)
    assert ("persisted", "economic development", "economic development") in told
    assert not [r for r in told if r[0] == "changed" and r[2] == "economic development"]
    assert governs(key("collaborate on promoting"))
    assert not governs(key("enduring"))
    assert not governs(key("our enduring"))
