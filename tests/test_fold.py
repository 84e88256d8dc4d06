"""fold: text folded for matching, and the map from folded characters back to the original."""

from __future__ import annotations

import pytest

from readoutdiff.languages.folding import fold, fold_with_offsets, words


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Core\u00a0Interests", "core interests"),
        (
            "en\u2002space\u2003em\u2009thin\u202fnarrow\u3000ideographic",
            "en space em thin narrow ideographic",
        ),
        ("tab\there", "tab here"),  # an ASCII-only text folds like any other
        ("`quoted'", "'quoted'"),
        (
            "\u201cdouble\u201d \u00abguillemets\u00bb \u201elow\u201c",
            '"double" "guillemets" "low"',
        ),
        ("\u2018single\u2019 it\u2019s", "'single' it's"),
        (
            "en\u2013dash em\u2014dash non\u2011breaking minus\u2212sign",
            "en-dash em-dash non-breaking minus-sign",
        ),
        ("soft\u00adhyphen", "softhyphen"),
        (
            "\ufb01nal \u2460 \uff21\uff22",
            "final 1 ab",
        ),  # NFKC: ligature, circled digit, full width
        ("Стороны ДОГОВОРИЛИСЬ", "стороны договорились"),
        ("中方\uff0c俄方\uff1a", "中方,俄方:"),  # full-width punctuation
    ],
)
def test_fold(original: str, folded: str) -> None:
    assert fold(original) == folded


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii text",
        "\u201cquoted\u201d\u00a0and\u2014dashed",
        "\ufb01nancial \ufb02ows",  # folds longer
        "soft\u00adhyphen gone",  # folds shorter
        "\u2474 list",  # one character becomes three
        "中方\uff0c俄方",
        "Ministe\u0300re des Affaires e\u0301trange\u0300res \ufb01n",  # decomposed accents
        "\u304b\u3099\u3044\u304d\u3099 \ufb01",  # Japanese voiced-sound marks compose
    ],
)
def test_offsets_map_each_folded_character_to_its_origin(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    assert offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= offset <= len(text) for offset in offsets)
    # The folded characters mapped to one origin are exactly the fold of the original
    # characters from that origin up to the next one.
    origins = sorted(set(offsets))
    for origin, following in zip(origins, origins[1:], strict=False):
        mapped = "".join(c for c, o in zip(folded, offsets, strict=False) if o == origin)
        assert mapped == fold(text[origin:following])


def test_fold_of_a_character_does_not_depend_on_the_rest_of_the_text() -> None:
    for char in "\t`\u00a0\u2014\u201c":
        assert fold(f"a{char}b") + "\u00e9" == fold(f"a{char}b\u00e9")


def test_words_treat_each_cjk_character_as_a_word() -> None:
    assert words(fold("Core interests, \u6838\u5fc3\u5229\u76ca! Good-neighbourly")) == [
        "core",
        "interests",
        "\u6838",
        "\u5fc3",
        "\u5229",
        "\u76ca",
        "good",
        "neighbourly",
    ]


def test_past_ascii_the_table_is_applied_as_str_translate_does() -> None:
    """``fold._translated`` (a pattern and a dict) replaces what ``str.translate`` would, for every
    code point."""
    from readoutdiff.languages.folding import _TABLE, _translated

    points = [code for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    for start in range(0, len(points), 1000):
        chunk = "é" + "".join(map(chr, points[start : start + 1000]))
        assert _translated(chunk) == chunk.translate(_TABLE)
