"""Convention (p) of eval/formulas/SOURCES.md in code: an English stance whose firmness is said on
both sides in other words ("steadfast" / "unwavering support", "ironclad" / "unwavering
support", "unwavering support for" / "ironclad U.S. commitment to" the same object) is the
formula kept, *persisted* with both wordings (``variant``), not *changed*; firmness on one side
only ("unwavering" / "continuing support") stays a change. The firmness words are one list,
``roles.FIRMNESS``, read by ``wording.firmly`` (branch var1, fifty-third session). Real pairs
of the evaluation set, the events cnv14 relabelled, both ways."""

from __future__ import annotations

import json

import pytest
from eval_pairs import fates, hand_listed
from test_annotation_conventions import FIRMNESS_WORDS

from readoutdiff import compare, load
from readoutdiff.formulas.words.roles import FIRMNESS
from readoutdiff.formulas.words.wording import firmly
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text


def _holding(pair: str, words: str, *, swap: bool, oracle: bool = False) -> list[str]:
    """The statuses of the formulas of ``pair`` (B against A with ``swap``) said in ``words``."""
    found = fates(pair, swap=swap, oracle=oracle)
    return [status for status, a, b in found if words in (a or "") + (b or "")]


@pytest.mark.parametrize("swap", [False, True])
def test_steadfast_and_unwavering_support_for_ukraine_is_one_formula(swap: bool) -> None:
    """blinken-dendias 2022-02-27 -> 2022-05-17: "thanked Greece for its steadfast support of
    Ukraine" / "… its unwavering support for Ukraine", persisted in the hand list (cnv14);
    reported changed before (a content word swapped)."""
    pair = "blinken-dendias__2022-02-27"
    assert _holding(pair, "support", swap=swap) == ["persisted"]
    found = [f for f in fates(pair, swap=swap) if f[0] == "persisted"]
    said = {f[1] for f in found} | {f[2] for f in found}
    assert {"steadfast support of Ukraine", "unwavering support for Ukraine"} <= said


def _kept(pair: str, words: str, *, swap: bool) -> set[str | None]:
    """Both wordings of the one *persisted* formula of ``pair`` said in ``words``."""
    kept = [f for f in fates(pair, swap=swap) if f[0] == "persisted" and words in (f[1] or "")]
    assert len(kept) == 1, kept
    return {kept[0][1], kept[0][2]}


@pytest.mark.parametrize("swap", [False, True])
def test_ironclad_and_unwavering_support_for_israels_security_is_no_change(swap: bool) -> None:
    """sullivan-hanegbi 2023-05-10 -> 2023-06-23: "the Administration's ironclad support for
    Israel's security" / "… unwavering support for Israel's security"; the governing firmness
    word was reported as a changed context before. Kept with both wordings, as the hand list
    quotes them (var2): not the object alone, "support for Israel's security" on both sides."""
    statuses = _holding("sullivan-hanegbi__2023-05-10", "Israel’s security", swap=swap)
    assert statuses == ["persisted"]
    assert _kept("sullivan-hanegbi__2023-05-10", "Israel’s security", swap=swap) == {
        "ironclad support for Israel’s security",
        "unwavering support for Israel’s security",
    }


@pytest.mark.parametrize("swap", [False, True])
def test_unwavering_support_and_ironclad_commitment_are_one_stance(swap: bool) -> None:
    """sullivan-hanegbi 2023-06-23 -> 2024-05-12: "unwavering support for Israel's security" /
    "ironclad U.S. commitment to Israel's security" (as sherman-hulata 2021-08-03 lists it):
    support and commitment, each held firmly, before the same object."""
    pair = "sullivan-hanegbi__2023-06-23"
    assert _holding(pair, "Israel’s security", swap=swap) == ["persisted"]
    assert _kept(pair, "Israel’s security", swap=swap) == {
        "unwavering support for Israel’s security",
        "ironclad U.S. commitment to Israel’s security",
    }


@pytest.mark.parametrize("swap", [False, True])
def test_a_firmness_word_after_an_owner_is_told_with_the_kept_stance(swap: bool) -> None:
    """sherman-hulata 2021-08-03 -> 2022-02-10: "the U.S. government's unwavering support for
    Israel's security" / "the administration's ironclad commitment to Israel's security",
    persisted in the hand list: the owner ("the administration's") is no qualifier of the
    stance, so the two firmness words tell it (var2)."""
    pair = "sherman-hulata__2021-08-03"
    assert _holding(pair, "Israel’s security", swap=swap) == ["persisted"]
    assert _kept(pair, "Israel’s security", swap=swap) == {
        "unwavering support for Israel’s security",
        "ironclad commitment to Israel’s security",
    }


def test_every_view_quotes_both_wordings_of_a_kept_firmness_swap() -> None:
    """The terminal, Markdown, HTML and JSON views list the kept stance of sullivan-hanegbi
    2023-05-10 as every persisted variant is listed (``labels.formula_wording``, the JSON's
    ``a``/``b`` and ``variant``): both wordings, never the object alone."""
    a, b, _ = hand_listed("sullivan-hanegbi__2023-05-10")
    comparison = compare(load(a), load(b))
    a_said, b_said = (
        "ironclad support for Israel’s security",
        "unwavering support for Israel’s security",
    )
    text, markdown = render_text(comparison), render_markdown(comparison)
    assert f"“{a_said}” → “{b_said}” (variant)" in text
    assert f"| persisted (variant) | “{a_said}” → “{b_said}”" in markdown
    html = render_html(comparison)
    assert html.count("variant wording") >= 1 and a_said in html and b_said in html
    listed = [
        f for f in json.loads(render_json(comparison))["formulas"] if f["status"] == "persisted"
    ]
    assert [(f["a"], f["b"], f["variant"]) for f in listed] == [(a_said, b_said, True)]


@pytest.mark.parametrize("swap", [False, True])
def test_resolute_and_ironclad_solidarity_is_kept_when_the_lexicon_knows_it(swap: bool) -> None:
    """sherman-landsbergis 2021-08-13 -> 2022-05-09: "the United States is resolute in our
    solidarity with our NATO Ally and EU partner Lithuania" / "ironclad U.S. solidarity with
    …". The tool finds no formula there by itself; given the two wordings as a lexicon (the
    scorer's ``--oracle``) it reported them changed before, now persisted."""
    pair = "sherman-landsbergis__2021-08-13"
    assert _holding(pair, "solidarity", swap=swap, oracle=True) == ["persisted"]


@pytest.mark.parametrize("swap", [False, True])
def test_unwavering_then_continuing_support_stays_changed(swap: bool) -> None:
    """sherman-delattre-michaelis-sequi-cleverly 2022-02-23 -> 2022-03-14: "unwavering support
    for Ukraine's sovereignty and territorial integrity" / "their continuing support for …":
    firmness on one side only ("continuing" is no firmness), changed in the hand list."""
    pair = "sherman-delattre-michaelis-sequi-cleverly__2022-02-23"
    for oracle in (False, True):
        statuses = _holding(pair, "continuing support", swap=swap, oracle=oracle)
        assert statuses == ["changed"]


def test_the_firmness_list_is_the_conventions() -> None:
    """The code's one list of firmness words is the class convention (p) writes down (the
    annotation tests' table), no more and no less."""
    assert FIRMNESS == FIRMNESS_WORDS


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        # real wordings: blinken-dendias, sullivan-hanegbi, sherman-delattre-… 2022-02-15
        ("steadfast support of Ukraine", "unwavering support for Ukraine", True),
        ("unwavering support for", "ironclad commitment to", True),
        ("enduring and steadfast support", "unwavering support", True),
        # firmness on one side, an extent word, a quality of a relation: no stance held alike
        ("unwavering support", "continuing support", False),
        ("strong support", "full support", False),
        ("strong partnership", "enduring partnership", False),
        ("strongly condemned", "reiterated his condemnation", False),
    ],
)
def test_firmly_reads_one_stance_held_alike(x: str, y: str, same: bool) -> None:
    def held(text: str) -> set[str] | None:
        return firmly(w for w in text.lower().split() if w not in {"of", "for", "to", "and"})

    assert (held(x) is not None and held(x) == held(y)) is same
