"""`benchmarks/meaning_links.py` scores each dropped × appeared report of a real dev pair by the
embedding model and judges it as one changed entry: a real paraphrase and a same-genre pair of
two separate events score alike (lk2's finding)."""

from __future__ import annotations

import meaning_links
from formula_eval import load_pairs

from readoutdiff import compare, load


def _candidates(name: str, oracle: bool) -> dict[tuple[str, str], meaning_links.Candidate]:
    pair = next(p for p in load_pairs(split="dev") if p.name == name)
    return {(c.a_text, c.b_text): c for c in meaning_links.candidates(pair, oracle)}


def test_a_paraphrased_successor_is_a_right_candidate_and_its_mutual_best() -> None:
    # Li Qiang-Lawrence Wong (MFA, dev), told the hand wordings: "中新传统友谊不断深化" became
    # "弘扬传统友谊" (one changed event); the tool reports them dropped and appeared.
    found = _candidates("liqiang-lawrence-wong__2025-06-23", oracle=True)
    link = found[("中新传统友谊不断深化", "弘扬传统友谊")]
    assert link.verdict == "right, missed today"
    assert link.halves == "changed + changed"
    assert link.scores["wording"] > 0.7
    assert link in meaning_links.mutual_best(list(found.values()), "wording", lambda c: True)


def test_two_separate_events_of_one_genre_score_as_high_as_a_paraphrase() -> None:
    # Xi-Carney (MFA, dev), default run: "加方愿同中方密切高层往来" dropped and
    # "加方愿同中方密切多边协调" appeared are two hand events (high-level exchanges, multilateral
    # coordination), yet the model puts the two wordings above 0.7.
    found = _candidates("xi-carney__2025-10-31", oracle=False)
    link = found[("加方愿同中方密切高层往来", "加方愿同中方密切多边协调")]
    assert link.verdict == "another event"
    assert link.halves == "dropped + appeared"
    assert link.scores["wording"] > 0.7
    # Mirrored: compared the other way round, the same two wordings are reported appeared and
    # dropped, so the candidate (and its cosine) is the same link seen from B.
    pair = next(p for p in load_pairs(split="dev") if p.name == "xi-carney__2025-10-31")
    mirrored = {
        (f.status.value, f.a_text or f.b_text)
        for f in compare(load(pair.b_path), load(pair.a_path)).formulas
    }
    assert ("appeared", "加方愿同中方密切高层往来") in mirrored
    assert ("dropped", "加方愿同中方密切多边协调") in mirrored
