"""Text in a language the tool has no module for: compared by white-space word or by character.

Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer,
Japanese kana, Korean hangul) are cut one character per word, so a change is
still shown, only less neatly; every other script is cut at white space and
punctuation.
"""

from __future__ import annotations

from readoutdiff.languages.base import Language

NO_SPACE = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\uac00-\ud7af"
"""Character-class ranges of scripts written without spaces, cut here one character per word."""

LANGUAGE = Language(code="und", name="unknown language", segmented=False)
