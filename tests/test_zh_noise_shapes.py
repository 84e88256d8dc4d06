"""zh36's reading of the Chinese background reports (benchmarks/zh_noise_shapes.py): the shape
of each background phrase and the properties of a real dev pair's background reports."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from readoutdiff import compare, load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from zh_noise_shapes import background, counterpart_bin, place, shape  # noqa: E402

EVAL = ROOT / "eval" / "formulas"


def test_every_background_phrase_has_one_shape_and_verbs_and_nouns_lead() -> None:
    shapes = Counter(shape(wording) for _, _, wording in background().values())
    assert set(shapes) <= {"verb-object", "noun phrase", "subject-verb", "idiom", "number",
                           "frame"}  # fmt: skip
    assert sum(shapes.values()) == len(background())
    # the two largest classes are the verb with its object and the bare noun phrase
    assert {kind for kind, _ in shapes.most_common(2)} == {"verb-object", "noun phrase"}
    # the anniversaries of the archive's readouts are one class of their own
    assert shape("两国建交75周年") == "number"


def test_a_real_pairs_one_sided_background_reports_have_their_phrase_and_place() -> None:
    """xi-starmer 2024-08-23 → 2024-11-18 (dev): B says 更好惠及两国人民 as a clause of its own
    and grows 加强多边沟通协调 into 英方愿同中方加强多边沟通协调; both background phrases. The grown
    clause is told since zh12 (forty-first session) as the line of acting together in multilateral
    bodies (`mined:concert`), still with the background phrase in its middle/end."""
    phrases = background()
    a = load(EVAL / "xi-starmer__2024-08-23__cctv.txt")
    b = load(EVAL / "xi-starmer__2024-11-18__cctv.txt")
    found = {}
    concert = []
    for formula in compare(a, b).formulas:
        base = formula.id.split("/")[0]
        wording = formula.a_text or formula.b_text or ""
        if formula.status.value in ("appeared", "dropped") and base in phrases:
            found[phrases[base][2]] = (formula.status.value, place(wording, phrases[base][2]))
        elif base == "mined:concert":
            concert.append((formula.status.value, place(wording, "加强多边沟通协调")))
    assert found["更好惠及两国人民"] == ("appeared", "start/end")
    assert "加强多边沟通协调" not in found
    assert concert == [("appeared", "middle/end")]
    assert shape("加强多边沟通协调") == "verb-object"
    readouts, counterparts, _ = next(v for v in phrases.values() if v[2] == "加强多边沟通协调")
    assert readouts >= counterparts >= 4 and counterpart_bin(counterparts) in ("<5", "5-6", "7-9")
