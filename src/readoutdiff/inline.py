"""Word-level diff of one aligned pair with diff-match-patch.

Each distinct token (a word, a run of white space or a punctuation mark; a
Chinese word as jieba cuts it, so a change never splits a word; one character
of a script the tool has no segmenter for) is mapped to one private character, the
strings of those characters are diffed with no time limit, cleaned up
semantically, and mapped back. Equal and deleted runs rebuild A's side exactly;
equal and inserted runs rebuild B's.

>>> [(op.op.value, op.text) for op in diff_ops("we will hail the treaty", "we hailed the treaty")]
[('equal', 'we '), ('delete', 'will hail'), ('insert', 'hailed'), ('equal', ' the treaty')]
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch

from readoutdiff.languages import tokens as cut_tokens
from readoutdiff.model import DiffOp, Op

_FIRST_CODE = 0xE000  # private use area first, then beyond the basic plane
_OPS = {-1: Op.DELETE, 0: Op.EQUAL, 1: Op.INSERT}


def diff_ops(a_text: str, b_text: str) -> tuple[DiffOp, ...]:
    """Return the word-level diff turning ``a_text`` into ``b_text``."""
    if a_text == b_text:
        return (DiffOp(op=Op.EQUAL, text=a_text),) if a_text else ()
    codes: dict[str, str] = {}
    tokens: list[str] = []
    a_codes = _encode(a_text, codes, tokens)
    b_codes = _encode(b_text, codes, tokens)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never cut a result short: aligned pairs are short
    diffs = engine.diff_main(a_codes, b_codes, False)
    engine.diff_cleanupSemantic(diffs)
    merged: list[DiffOp] = []
    for code, encoded in diffs:
        text = "".join(
            tokens[ord(char) - _FIRST_CODE if ord(char) < 0xF900 else _index(char)]
            for char in encoded
        )
        op = _OPS[code]
        if merged and merged[-1].op is op:
            merged[-1] = DiffOp(op=op, text=merged[-1].text + text)
        elif text:
            merged.append(DiffOp(op=op, text=text))
    return tuple(merged)


def _encode(text: str, codes: dict[str, str], tokens: list[str]) -> str:
    out = []
    for token in cut_tokens(text):
        code = codes.get(token)
        if code is None:
            code = _char(len(tokens))
            codes[token] = code
            tokens.append(token)
        out.append(code)
    return "".join(out)


_PRIVATE_SIZE = 0xF900 - _FIRST_CODE
_SUPPLEMENTARY = 0xF0000


def _char(index: int) -> str:
    """The index-th code character: the private use area, then supplementary private planes."""
    if index < _PRIVATE_SIZE:
        return chr(_FIRST_CODE + index)
    return chr(_SUPPLEMENTARY + index - _PRIVATE_SIZE)


def _index(char: str) -> int:
    return ord(char) - _SUPPLEMENTARY + _PRIVATE_SIZE
