"""`benchmarks/wrong_links.py` (nz7): the signals read on a changed report's two wordings, and a
real young dev pair's slot links judged, read and undone."""

from __future__ import annotations

import wrong_links
from formula_eval import EVAL_DIR, load_pairs


def _link(lang: str, a: str, b: str, places: tuple[float, float] = (0.1, 0.2)) -> wrong_links.Link:
    link = wrong_links.Link(pair="p", series="s", lang=lang, route="lonely.link.slots",
                            verdict="noise", a=a, b=b, places=places, in_b=False, in_a=False,
                            rival=False)  # fmt: skip
    link.signals = wrong_links.signals_of(link)
    return link


def test_a_chinese_cut_wording_is_inside_the_other_and_keeps_its_head() -> None:
    s = _link("zh", "和平与发展", "和平发展").signals
    assert s["inside"] and not s["head"] and not s["little"] and not s["far"]


def test_an_english_rewording_far_away_with_another_head() -> None:
    s = _link("en", "stay in close touch", "continue their close cooperation", (0.1, 0.7)).signals
    assert s["far"] and s["head"] and not s["inside"]
    assert s["little"]  # "close" of three words in the shorter wording: fewer than half shared


def test_a_real_pair_its_links_judged_and_undone() -> None:
    pair = next(p for p in load_pairs(EVAL_DIR, split="dev") if p.name == "xi-sanchez__2024-09-09")
    run = wrong_links.run_pair(pair, "young")
    by_words = {(k.a, k.b): k for k in run.links.values()}
    noise = by_words[("建交50周年", "建交50年")]
    assert (noise.route, noise.verdict) == ("lonely.link.slots", "noise")
    assert noise.signals["inside"] and not noise.signals["far"]
    far = by_words[("双方保持各层级密切交往互动", "中方保持高层交往")]
    assert (far.verdict, far.signals["far"]) == ("wrong", True)
    # undone, the noise link is two one-sided reports in its place; nothing else moves
    before = wrong_links.figures([run.result])
    after = wrong_links.figures([wrong_links.undone(run, lambda k: k is noise)])
    assert after[1] == before[1] + 1
    assert after[4:] == before[4:]
