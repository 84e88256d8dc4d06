"""The embedding model's weights, inflated from its ``weights.npz`` on two threads.

The library reads the 60 arrays of ``weights.npz`` one after another through ``numpy.load``
(its zip reader hands the data over in small pieces) and copies the 17 blocks of the
embedding table into one 65 MB array: about 0.5 s on this machine. Here each member's
deflate stream is read with one ``pread`` and inflated with one call (ISA-L's ``isal``
when installed, about twice as fast as zlib), checked against the CRC-32 the zip stores,
on the calling thread and one helper (inflating lets go of the interpreter lock, and the
caller builds the tokenizer meanwhile, see :func:`inflate`). The table rows go wherever the
caller says: a file in the cache folder mapped in memory, so that the first run writes the
cache entry by loading the model.
"""

from __future__ import annotations

import io
import os
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

_LOCAL_HEADER = 30
"""Bytes of a zip local file header before the name and extra field."""


@dataclass(frozen=True, slots=True)
class Member:
    """One array of the ``.npz``: where its compressed bytes are and what they inflate to."""

    name: str
    offset: int
    """Where the member's compressed bytes start in the file."""
    size: int
    inflated_size: int
    crc: int
    method: int
    """``zipfile.ZIP_STORED`` or ``zipfile.ZIP_DEFLATED``."""


def members(path: Path) -> list[Member]:
    """List the arrays of the ``.npz`` at ``path`` (read from its central directory)."""
    found = []
    with zipfile.ZipFile(path) as archive, open(path, "rb") as raw:
        for info in archive.infolist():
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ValueError(f"{info.filename}: compression {info.compress_type}")
            header = os.pread(raw.fileno(), _LOCAL_HEADER, info.header_offset)
            if header[:4] != b"PK\x03\x04":
                raise ValueError(f"{info.filename}: no local header")
            name_size, extra_size = struct.unpack("<HH", header[26:30])
            found.append(
                Member(
                    name=info.filename.removesuffix(".npy"),
                    offset=info.header_offset + _LOCAL_HEADER + name_size + extra_size,
                    size=info.compress_size,
                    inflated_size=info.file_size,
                    crc=info.CRC,
                    method=info.compress_type,
                )
            )
    return found


def _inflater() -> Any:
    """ISA-L's zlib interface when installed (half the CPU of zlib here), else zlib itself.

    Inflating is exact either way: the bytes a deflate stream stands for are fixed by the
    format, and the CRC-32 is checked.
    """
    try:
        from isal import isal_zlib

        return isal_zlib
    except ImportError:
        return zlib


def read_array(descriptor: int, member: Member) -> np.ndarray:
    """Inflate ``member`` from the open file ``descriptor`` and view it as its array (read-only)."""
    import numpy as np

    inflater = _inflater()
    packed = os.pread(descriptor, member.size, member.offset)
    if member.method == zipfile.ZIP_DEFLATED:
        data = inflater.decompress(packed, -zlib.MAX_WBITS, member.inflated_size)
    else:
        data = packed
    if len(data) != member.inflated_size or inflater.crc32(data) != member.crc:
        raise ValueError(f"{member.name}: does not match its CRC-32")
    header = io.BytesIO(data[:4096])
    version = np.lib.format.read_magic(header)
    read_header = {
        (1, 0): np.lib.format.read_array_header_1_0,
        (2, 0): np.lib.format.read_array_header_2_0,
    }[version]
    shape, fortran, dtype = read_header(header)
    if dtype.hasobject:
        raise ValueError(f"{member.name}: holds Python objects")
    count = int(np.prod(shape, dtype=np.int64))
    flat = np.frombuffer(data, dtype=dtype, count=count, offset=header.tell())
    return flat.reshape(shape, order="F" if fortran else "C")


def inflate(
    path: Path,
    keep: Callable[[str, np.ndarray], None],
    meanwhile: Callable[[], Any],
    wanted: Callable[[str], bool] = lambda name: True,
) -> Any:
    """Inflate the ``wanted`` arrays of the ``.npz`` at ``path`` into ``keep(name, array)``.

    A helper thread starts on the largest members while this thread runs ``meanwhile()``
    (pure Python work that needs the interpreter lock), then joins in; ``keep`` is called
    from both threads, each time with another name. Returns what ``meanwhile`` returned.
    """
    pending = sorted(
        (member for member in members(path) if wanted(member.name)),
        key=lambda member: member.size,
    )  # pop() takes the largest first: the two threads end at about the same time
    failures: list[BaseException] = []
    with open(path, "rb") as raw:

        def work() -> None:
            while not failures:
                try:
                    member = pending.pop()
                except IndexError:
                    return
                try:
                    keep(member.name, read_array(raw.fileno(), member))
                except BaseException as failure:  # handed to the caller below
                    failures.append(failure)

        helper = threading.Thread(target=work, name="readoutdiff-inflate", daemon=True)
        helper.start()
        try:
            result = meanwhile()
            work()
        except BaseException as failure:
            failures.append(failure)  # the helper stops after its current member
            raise
        finally:
            helper.join()
    if failures:
        raise failures[0]
    return result
