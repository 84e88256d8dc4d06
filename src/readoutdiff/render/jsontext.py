"""JSON text indented by two spaces, byte for byte as ``json.dumps(value, ensure_ascii=False,
indent=2)`` writes it, several times faster.

With ``indent`` the standard library falls back from its C encoder to a pure-Python one
built of nested generators: a comparison of two 500 KB readouts spent a quarter of a
second there, a 16 MB readout four seconds. This writer walks the document once,
appending to one list, and leaves the escaping of strings to the C escaper.

>>> dumps({"a": [1, 2.5, None, True], "b": {}, "c": "“quoted”\\n"})
'{\\n  "a": [\\n    1,\\n    2.5,\\n    null,\\n    true\\n  ],\\n  "b": {},\\n  "c": "“quoted”\\\\n"\\n}'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from json.encoder import encode_basestring
from typing import Any

_INDENT = "  "
_SHALLOW = 1 + 2 * len(_INDENT)
"""Items of lists this near the top (the alignments, the formulas) are joined one by one: a
16 MB comparison would otherwise hold millions of small strings until the final join."""
_GROUP = 64
"""Items of a :class:`WrittenLater` joined (in C) into one piece that :func:`stream` yields:
an alignment is ~0.4-1.5 KB of text, so a group is about the batch the command line writes at
once (``cli.output.BATCH``, 64 K characters) and passes on as it is, where yielding each item
and separator apart made 7,000 pieces of a 500 KB comparison, each handed through two
generators and gathered again into batches (~1.5 ms)."""
_LEAD = ("",)
"""Joined before a group's items, so that the separator before its first item leads it."""
_CONSTANTS = {"None": "null", "True": "true", "False": "false"}


class WrittenItems(list[str]):
    """A list whose items are each already written as JSON text for their place in the
    document: their lines are indented for an item of a list that is itself the value of a
    top-level key (as each alignment is). :func:`dumps` copies each item as it is. The items
    are plain strings: a ``str`` subclass marking each one copied every text once more as it
    was made (a 500 KB comparison's 3,400 alignments: ~2 ms)."""


class WrittenLater:
    """The items of a top-level list written as JSON text only when :func:`stream` reaches
    them (``write`` of each of ``items``, each as an item of a :class:`WrittenItems`): each
    group of :data:`_GROUP` is then written out and dropped before the next is made, where a
    :class:`WrittenItems` holds them all until the end (a 500 KB comparison's alignments: ~7 MB of fresh memory, a page
    fault each 4 KB)."""

    __slots__ = ("items", "write")

    def __init__(self, write: Callable[[Any], str], items: Sequence[Any]) -> None:
        self.write = write
        self.items = items


def stream(document: dict[str, Any], end: str = "") -> Iterator[str]:
    """:func:`pieces` of ``document`` (a non-empty dict) yielded in turn, the items of each
    :class:`WrittenLater` value made as they are reached: the same text, never held whole.

    >>> later = WrittenLater(lambda n: "{}" if n else "[]", [0, 1])
    >>> "".join(stream({"a": 1, "b": later, "c": WrittenLater(str, [])}, end="\\n"))
    '{\\n  "a": 1,\\n  "b": [\\n    [],\\n    {}\\n  ],\\n  "c": []\\n}\\n'
    """
    separator = "{\n  "
    for key, item in document.items():
        head = separator + _key(key) + ": "
        separator = ",\n  "
        if type(item) is not WrittenLater:
            chunks = [head]
            _write(item, chunks, "\n  ")
            yield from chunks
        elif not item.items:
            yield head + "[]"
        else:  # as _write writes a WrittenItems there: the items in groups, then the close
            yield head + "[\n    "
            yield from _grouped(map(item.write, item.items))
            yield "\n  ]"
    yield "\n}"
    yield end


def _grouped(texts: Iterator[str]) -> Iterator[str]:
    """``texts`` joined by the separator of a top-level list's items, in groups of at most
    :data:`_GROUP`, each group of ASCII texts alone or of the others alone: a run of ASCII
    items is a new group. The separator before a group's first item leads it (one piece, one
    copy); the first group has none.

    An ASCII text joined with one holding a character past U+00FF (a curly quote, a dash:
    most readouts hold some) is stored two bytes a character, and UTF-8 is written from that
    character by character, where ASCII text is copied as it is (``cli.output.write_stdout``
    writes each piece so): at 500 KB three in five of the alignments' characters are in
    ASCII items, ~40 M instructions of the command's ~60 M for writing its JSON.

    >>> list(_grouped(iter(["{}", "[]", "“”", "—", "0"])))
    ['{},\\n    []', ',\\n    “”,\\n    —', ',\\n    0']
    """
    following = ",\n    "
    lead: tuple[str, ...] = ()
    held: list[str] = []
    plain = True
    for text in texts:
        if held and (len(held) == _GROUP or text.isascii() is not plain):
            yield following.join(chain(lead, held))
            lead, held = _LEAD, []
        if not held:
            plain = text.isascii()
        held.append(text)
    if held:
        yield following.join(chain(lead, held))


def dumps(value: Any, end: str = "") -> str:
    """Return ``value`` (dicts, lists, tuples, str, int, float, bool, None) as indented JSON,
    followed by ``end`` (joined with the rest: ``dumps(value) + end`` copied a document of
    megabytes once more)."""
    return "".join(pieces(value, end))


def pieces(value: Any, end: str = "") -> list[str]:
    """Return :func:`dumps`'s text in pieces, in order, for a caller that writes them in turn.

    The whole text of a 500 KB comparison is 3.6 million characters, two bytes each once one
    of them is not Latin-1: joined, it took 7 MB of fresh memory, each page of it a page fault
    (about 3 microseconds each on a virtual machine; no instruction count shows them).

    >>> pieces({"a": [1], "b": "x"}, end="\\n")
    ['{\\n  "a": ', '[\\n    1', '\\n  ]', ',\\n  "b": "x"', '\\n}', '\\n']
    """
    chunks: list[str] = []
    _write(value, chunks, "\n")
    chunks.append(end)
    return chunks


def _write(value: Any, chunks: list[str], newline: str) -> None:
    """Append ``value``; the lines inside it start with ``newline`` plus one indent."""
    if isinstance(value, str):
        chunks.append(encode_basestring(value))
    elif isinstance(value, dict):
        if not value:
            chunks.append("{}")
            return
        inner = newline + _INDENT
        separator = "{" + inner
        for key, item in value.items():
            head = separator + _key(key) + ": "
            kind = type(item)
            if kind is str:  # the common leaves inline: one append, no call
                chunks.append(head + encode_basestring(item))
            elif kind is int:
                chunks.append(head + int.__repr__(item))
            else:
                chunks.append(head)
                _write(item, chunks, inner)
            separator = "," + inner
        chunks.append(newline + "}")
    elif type(value) is WrittenItems:
        if not value:
            chunks.append("[]")
            return
        inner = newline + _INDENT
        chunks.append("[" + inner)
        following = "," + inner
        for item in value:  # two pieces each: adding them copied each item once more
            chunks.append(item)
            chunks.append(following)
        chunks[-1] = newline + "]"
    elif isinstance(value, list | tuple):
        if not value:
            chunks.append("[]")
            return
        inner = newline + _INDENT
        separator = "[" + inner
        shallow = len(newline) <= _SHALLOW  # a list near the top: one string per item
        for item in value:
            if type(item) is str:
                chunks.append(separator + encode_basestring(item))
            elif shallow:
                piece = [separator]
                _write(item, piece, inner)
                chunks.append("".join(piece))
            else:
                chunks.append(separator)
                _write(item, chunks, inner)
            separator = "," + inner
        chunks.append(newline + "]")
    else:
        chunks.append(_scalar(value))


def scalar(value: Any) -> str:
    """One string, number, boolean or ``None`` as JSON text, as :func:`dumps` writes it."""
    if type(value) is str:
        return str(encode_basestring(value))
    return _scalar(value)


def _key(key: Any) -> str:
    if type(key) is str:
        return str(encode_basestring(key))
    return json.dumps({key: 0}, ensure_ascii=False)[1:-4]  # numbers, booleans, None as json does


def _scalar(value: Any) -> str:
    if value is None or value is True or value is False:
        return _CONSTANTS[repr(value)]
    if isinstance(value, int) and not isinstance(value, bool):
        return int.__repr__(value)
    if isinstance(value, float) and value == value and value not in (float("inf"), -float("inf")):
        return float.__repr__(value)
    return json.dumps(value, ensure_ascii=False)  # NaN, infinities; a TypeError for the rest
