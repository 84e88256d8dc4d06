"""inline: diff-match-patch's C++ diff (``fast_diff_match_patch``) gives the pure-Python
one's output, on token strings of the kinds ``inline`` makes (private-use characters, past
the basic plane too) and on real aligned passages."""

from __future__ import annotations

import random

import pytest

from readoutdiff import inline
from readoutdiff.inline import compiled_diff, python_diff

pytest.importorskip("fast_diff_match_patch")

_ALPHABET = [chr(0xE000 + i) for i in range(40)] + [chr(0xF0000 + i) for i in range(5)]


def _edited(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        roll, place = rng.random(), rng.randint(0, len(chars))
        if roll < 0.4 or not chars:
            chars.insert(place, rng.choice(_ALPHABET))
        elif roll < 0.8:
            del chars[min(place, len(chars) - 1)]
        else:
            chars[min(place, len(chars) - 1)] = rng.choice(_ALPHABET)
    return "".join(chars)


@pytest.mark.parametrize("seed", range(4))
def test_random_token_strings_diff_alike(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(500):
        length = rng.choice([3, 6, 12, 30, 60, 200])
        letters = _ALPHABET[: rng.choice([3, 8, len(_ALPHABET)])]
        a = "".join(rng.choice(letters) for _ in range(rng.randint(0, 2 * length)))
        b = _edited(rng, a, rng.randint(0, length))
        assert compiled_diff(a, b) == python_diff(a, b), (a, b)


def test_long_passages_diff_alike() -> None:
    rng = random.Random(7)
    a = "".join(rng.choice(_ALPHABET) for _ in range(1_500))
    b = _edited(rng, a, 300)
    assert compiled_diff(a, b) == python_diff(a, b)


def test_real_passages_diff_alike() -> None:
    from test_inline import PAIRS

    for a_text, b_text in PAIRS:
        a, b, _ = inline.encoded(a_text, b_text)
        assert compiled_diff(a, b) == python_diff(a, b)
        assert compiled_diff(a_text, b_text) == python_diff(a_text, b_text)


def test_the_compiled_engine_is_the_one_used() -> None:
    assert inline._diff is compiled_diff
