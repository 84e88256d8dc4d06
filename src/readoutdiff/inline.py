"""Word-level diff of one aligned pair with diff-match-patch.

Each distinct token (a word, a run of white space or a punctuation mark; a
Chinese word as jieba cuts it, so a change never splits a word; one character
of a script the tool has no segmenter for) is mapped to one private character, the
strings of those characters are diffed with no time limit, cleaned up
semantically, and mapped back. Equal and deleted runs rebuild A's side exactly;
equal and inserted runs rebuild B's.

Every run of white space gets one code, whatever it holds: a line end where a
text was wrapped, a non-breaking or a double space diff as the space they stand
for, so a word is never shown changed for the spacing around it. Where the two
sides space one place differently, the runs are kept as they are, a deleted
white-space run followed by an inserted one (views show such a pair as
unchanged: :mod:`readoutdiff.model.spacing`).

The diff is diff-match-patch's C++ implementation (``fast_diff_match_patch``), about ten
times faster than the pure-Python one on the same token strings and with the same output
(``tests/test_inline_engines.py`` holds the two to each other); the pure-Python one is used
where the compiled one cannot be imported.

A pair with a Traditional-Chinese side (``scripts``: :func:`readoutdiff.languages.traditional.is_folded`)
is diffed through Simplified characters: each token is coded by its Simplified form (one
character for one, so the cut and the offsets hold), and a word written in the other script
alone comes back as a run of its own, A's characters deleted and B's inserted, never merged
with a real change beside it; views show such a pair as the same words
(:func:`readoutdiff.languages.traditional.script_as_equal`).

>>> [(op.op.value, op.text) for op in diff_ops("we will hail the treaty", "we hailed the treaty")]
[('equal', 'we '), ('delete', 'will hail'), ('insert', 'hailed'), ('equal', ' the treaty')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from readoutdiff.languages import tokens as cut_tokens
from readoutdiff.model import DiffOp, Op
from readoutdiff.model.makers import diff_op
from readoutdiff.text.shared_runs import matching_blocks

_FIRST_CODE = 0xE000  # private use area first, then beyond the basic plane
_EQUAL, _DELETE, _INSERT = Op.EQUAL, Op.DELETE, Op.INSERT
"""The members read once (on Python 3.11 each ``Op.X`` goes through ``EnumType.__getattr__``)."""
_OPS = {-1: _DELETE, 0: _EQUAL, 1: _INSERT}
BLOCKS_ABOVE = 4_000_000
"""Passages with more token pairs than this (about 2,000 tokens a side) are diffed from their
shared runs (:mod:`readoutdiff.text.shared_runs`) instead of by diff-match-patch."""


def diff_ops(a_text: str, b_text: str, *, scripts: bool = False) -> tuple[DiffOp, ...]:
    """Return the word-level diff turning ``a_text`` into ``b_text``; with ``scripts``, words
    that differ in their Chinese script alone are no edit to the diff (:func:`_scripted`)."""
    if a_text == b_text:  # most aligned pairs: their one run made without the dataclass __init__
        return (diff_op(_EQUAL, a_text),) if a_text else ()
    a_tokens, b_tokens = cut_tokens(a_text), cut_tokens(b_text)
    if scripts:
        from readoutdiff.languages.zh import simplified

        a_keys, b_keys = _keyed(a_tokens, simplified(a_text)), _keyed(b_tokens, simplified(b_text))
        if a_keys != a_tokens or b_keys != b_tokens:
            return _scripted(a_tokens, b_tokens, a_keys, b_keys)
    a_codes, b_codes, _, spacings = _coded(a_tokens, b_tokens, table=False)
    if len(a_codes) * len(b_codes) > BLOCKS_ABOVE:
        pieces = _blocks(a_codes, b_codes)
    else:
        pieces = _pieces(a_codes, b_codes)
    if spacings:  # several kinds of white space share a code: back token by token
        return _merged(_respaced(pieces, a_tokens, b_tokens))
    return _merged(_rebuilt(pieces, a_tokens, b_tokens))


def _keyed(tokens: list[str], folded: str) -> list[str]:
    """``tokens`` read at the same offsets of ``folded`` (their text folded one character for
    one)."""
    keys, at = [], 0
    for token in tokens:
        keys.append(folded[at : at + len(token)])
        at += len(token)
    return keys


def _scripted(
    a_tokens: list[str], b_tokens: list[str], a_keys: list[str], b_keys: list[str]
) -> tuple[DiffOp, ...]:
    """The word diff of two token lists coded by their ``keys`` (their Simplified forms).

    An equal piece whose tokens differ in their script is cut there: each run of such tokens
    becomes a deleted run (A's characters) and an inserted one (B's), which no neighbouring
    edit is merged into, so a view can tell them by their shape
    (:func:`readoutdiff.languages.traditional.script_as_equal`); two
    white-space runs that differ are cut as :func:`_respaced` cuts them.

    >>> [(op.op.value, op.text) for op in diff_ops("中国外交部长说", "中國外交部長表示", scripts=True)]
    [('delete', '中国外交部长'), ('insert', '中國外交部長'), ('delete', '说'), ('insert', '表示')]
    """
    a_codes, b_codes, _, _ = _coded(a_keys, b_keys, table=False)
    if len(a_codes) * len(b_codes) > BLOCKS_ABOVE:
        pieces = _blocks(a_codes, b_codes)
    else:
        pieces = _pieces(a_codes, b_codes)
    runs: list[tuple[Op, str, bool]] = []  # each with whether it is a script run
    i = j = 0
    for op, codes in pieces:
        size = len(codes)
        if op is _DELETE:
            runs.append((op, "".join(a_tokens[i : i + size]), False))
            i += size
            continue
        if op is _INSERT:
            runs.append((op, "".join(b_tokens[j : j + size]), False))
            j += size
            continue
        a_run, b_run = a_tokens[i : i + size], b_tokens[j : j + size]
        i, j = i + size, j + size
        written: list[tuple[str, str]] = []  # the script run being read
        for a_token, b_token in zip(a_run, b_run, strict=True):
            if a_token != b_token and not a_token.isspace():
                written.append((a_token, b_token))
                continue
            runs.extend(_script_run(written))
            written = []
            if a_token == b_token:
                runs.append((_EQUAL, a_token, False))
            else:  # two white-space runs: the only differing tokens that share a code
                runs += [(_DELETE, a_token, False), (_INSERT, b_token, False)]
        runs.extend(_script_run(written))
    merged: list[DiffOp] = []
    alone = False  # the last run is a script run's
    for op, text, script in runs:
        if merged and merged[-1].op is op and not script and not alone:
            merged[-1] = diff_op(op, merged[-1].text + text)
        elif text:
            merged.append(diff_op(op, text))
            alone = script
    return tuple(merged)


def _script_run(written: list[tuple[str, str]]) -> list[tuple[Op, str, bool]]:
    """A run of tokens that differ in their script alone: A's deleted, B's inserted."""
    if not written:
        return []
    return [
        (_DELETE, "".join([a for a, _ in written]), True),
        (_INSERT, "".join([b for _, b in written]), True),
    ]


def python_diff(a_codes: str, b_codes: str) -> list[tuple[int, str]]:
    """diff-match-patch's pure-Python diff, with no time limit, cleaned up semantically.

    >>> python_diff("abc", "abd")
    [(0, 'ab'), (-1, 'c'), (1, 'd')]
    """
    from diff_match_patch import diff_match_patch

    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never cut a result short: aligned pairs are short
    diffs: list[tuple[int, str]] = engine.diff_main(a_codes, b_codes, False)
    engine.diff_cleanupSemantic(diffs)
    return diffs


def compiled_diff(a_codes: str, b_codes: str) -> list[tuple[int, str]]:
    """The same diff by diff-match-patch's C++ implementation (``timelimit=0``: none): the
    same list as :func:`python_diff` gives (``tests/test_inline_engines.py`` holds them equal
    where the wheel is installed; no example here, as this docstring's tests run everywhere)."""
    return [(_CODES[sign], text) for sign, text in _signed(a_codes, b_codes)]


def _signed(a_codes: str, b_codes: str) -> list[tuple[str, str]]:
    """The compiled engine's runs as it gives them, each with its sign ("=", "-", "+"): no
    time limit, cleaned up semantically (:func:`compiled_diff`, :func:`_pieces`)."""
    runs: list[tuple[str, str]] = _compiled(
        a_codes, b_codes, timelimit=0, checklines=False, cleanup="Semantic", counts_only=False
    )
    return runs


_CODES = {"=": 0, "-": -1, "+": 1}
try:
    from fast_diff_match_patch import diff as _compiled
except ImportError:  # no wheel for this platform: the pure-Python engine, same output
    _diff = python_diff
else:
    _diff = compiled_diff
_OP_OF_SIGN = {"=": _EQUAL, "-": _DELETE, "+": _INSERT}


def _pieces(a_codes: str, b_codes: str) -> list[tuple[Op, str]]:
    """``_diff``'s runs with each one's :class:`Op`: from the compiled engine's signs in one
    pass (not to the pure-Python engine's numbers, then to ops)."""
    if _diff is not compiled_diff:
        return [(_OPS[code], codes) for code, codes in _diff(a_codes, b_codes)]
    return [(_OP_OF_SIGN[sign], codes) for sign, codes in _signed(a_codes, b_codes)]


def _blocks(a_codes: str, b_codes: str) -> list[tuple[Op, str]]:
    """The diff of two long passages from the runs they share, in near-linear time.

    diff-match-patch with no time limit costs the product of the lengths on passages that
    differ a lot (minutes for two different 40 KB lines), and a time limit would make the
    output depend on the machine's speed.

    >>> a, b, tokens = encoded("we met in May", "we met in June")
    >>> [(op.value, codes.translate(tokens)) for op, codes in _blocks(a, b) if codes]
    [('equal', 'we met in '), ('delete', 'May'), ('insert', 'June')]
    """
    pieces: list[tuple[Op, str]] = []
    i = j = 0
    for start_a, start_b, size in [
        *matching_blocks(a_codes, b_codes),
        (len(a_codes), len(b_codes), 0),
    ]:
        pieces.append((_DELETE, a_codes[i:start_a]))
        pieces.append((_INSERT, b_codes[j:start_b]))
        pieces.append((_EQUAL, a_codes[start_a : start_a + size]))
        i, j = start_a + size, start_b + size
    return pieces


def _respaced(
    pieces: Iterable[tuple[Op, str]], a_tokens: list[str], b_tokens: list[str]
) -> Iterator[tuple[Op, str]]:
    """The coded ``pieces`` as text, each token taken from its own side.

    An equal piece whose white-space runs differ between the sides is cut there into a
    deleted run (A's spacing) and an inserted one (B's), so both sides still rebuild.

    >>> a, b = "Rishi\\nSunak of", "Rishi Sunak of"
    >>> [(op.op.value, op.text) for op in diff_ops(a, b)]
    [('equal', 'Rishi'), ('delete', '\\n'), ('insert', ' '), ('equal', 'Sunak of')]
    """
    i = j = 0
    for op, codes in pieces:
        size = len(codes)
        if op is _DELETE:
            yield op, "".join(a_tokens[i : i + size])
            i += size
        elif op is _INSERT:
            yield op, "".join(b_tokens[j : j + size])
            j += size
        else:
            a_run, b_run = a_tokens[i : i + size], b_tokens[j : j + size]
            i, j = i + size, j + size
            if a_run == b_run:
                yield op, "".join(a_run)
                continue
            for a_token, b_token in zip(a_run, b_run, strict=True):
                if a_token == b_token:
                    yield _EQUAL, a_token
                else:  # two white-space runs: the only tokens that share a code
                    yield _DELETE, a_token
                    yield _INSERT, b_token


def _rebuilt(
    pieces: list[tuple[Op, str]], a_tokens: list[str], b_tokens: list[str]
) -> list[tuple[Op, str]]:
    """The coded ``pieces`` as text when each code stands for one token (one kind of white
    space at most): an equal or deleted piece is A's tokens at its place, an inserted one B's.
    A piece's tokens joined from a slice of the list: a few pieces a pair, where decoding by
    ``str.translate`` looked each of the pair's ~100 codes up in a table of ``int`` keys.

    >>> pieces = [(Op.EQUAL, "ab"), (Op.DELETE, "c"), (Op.INSERT, "dc"), (Op.EQUAL, "e")]
    >>> _rebuilt(pieces, ["we", " ", "met", "."], ["we", " ", "have", "met", "."])
    [(<Op.EQUAL: 'equal'>, 'we '), (<Op.DELETE: 'delete'>, 'met'), (<Op.INSERT: 'insert'>, 'havemet'), (<Op.EQUAL: 'equal'>, '.')]
    """
    texts: list[tuple[Op, str]] = []
    i = j = 0
    for op, codes in pieces:
        size = len(codes)
        if op is _INSERT:
            texts.append((op, "".join(b_tokens[j : j + size])))
            j += size
        else:
            texts.append((op, "".join(a_tokens[i : i + size])))
            i += size
            if op is _EQUAL:
                j += size
    return texts


def _merged(pieces: Iterable[tuple[Op, str]]) -> tuple[DiffOp, ...]:
    merged: list[DiffOp] = []
    for op, text in pieces:
        if merged and merged[-1].op is op:
            merged[-1] = diff_op(op, merged[-1].text + text)
        elif text:
            merged.append(diff_op(op, text))
    return tuple(merged)


def encoded(a_text: str, b_text: str) -> tuple[str, str, dict[int, str]]:
    """Both texts with each distinct token as one code character (every white-space run
    the same one), and each code's token.

    Codes go to tokens in the order they first appear, A's first (:func:`_char`); a code
    string turns back into its text by ``str.translate`` with the table returned. The word
    diff itself makes no table: it maps its pieces back from the token lists
    (:func:`_rebuilt`, branch sp66); the table is for reading codes back elsewhere (the
    tests that hold the two engines and the two ways of decoding to each other).

    >>> a, b, tokens = encoded("we met", "we met again")
    >>> [hex(ord(code)) for code in b], a.translate(tokens), b.translate(tokens)
    (['0xe000', '0xe001', '0xe002', '0xe001', '0xe003'], 'we met', 'we met again')
    """
    a_codes, b_codes, table, _ = _coded(cut_tokens(a_text), cut_tokens(b_text), table=True)
    return a_codes, b_codes, table


def _coded(
    a_tokens: list[str], b_tokens: list[str], *, table: bool
) -> tuple[str, str, dict[int, str], bool]:
    """:func:`encoded` from the two token lists (the table only if ``table``: the word diff
    maps its pieces back from the token lists, :func:`_rebuilt`), and whether they hold
    white-space runs of more than one kind: all runs take the first one's code, which the
    table maps back to that run alone (then the pieces are mapped back token by token,
    :func:`_respaced`)."""
    distinct = dict.fromkeys(a_tokens)
    distinct.update(dict.fromkeys(b_tokens))  # keeps A's order, then B's new tokens in order
    if len(distinct) <= _PRIVATE_SIZE:
        first = range(_FIRST_CODE, _FIRST_CODE + len(distinct))
        codes = dict(zip(distinct, map(chr, first), strict=True))
    else:
        codes = {token: _char(index) for index, token in enumerate(distinct)}
    tokens = dict(zip(map(ord, codes.values()), codes, strict=True)) if table else {}
    spaces = list(filter(str.isspace, distinct))
    for token in spaces[1:]:  # their codes stay unused: the table keeps the first run's
        codes[token] = codes[spaces[0]]
    code = codes.__getitem__
    return "".join(map(code, a_tokens)), "".join(map(code, b_tokens)), tokens, len(spaces) > 1


_PRIVATE_SIZE = 0xF900 - _FIRST_CODE
_SUPPLEMENTARY = 0xF0000


def _char(index: int) -> str:
    """The index-th code character: the private use area, then supplementary private planes."""
    if index < _PRIVATE_SIZE:
        return chr(_FIRST_CODE + index)
    return chr(_SUPPLEMENTARY + index - _PRIVATE_SIZE)
