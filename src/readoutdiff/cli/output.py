"""Write what the CLI produces so that a failure never leaves half a report behind.

A file is written to a temporary file in the same folder, synced to disk and then
renamed over the target, so the target holds either its previous bytes or the new
ones: a full disk, an interrupt or a crash leaves the previous report intact and
no partial file. A folder (``series --pairs folder``) is filled under a temporary
name and renamed into place the same way. Standard output that cannot be written
(``> /dev/full``) is one clear error; a reader that went away (``| head``) ends
the run quietly, as git does.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from readoutdiff.errors import ReadoutError

BROKEN_PIPE = 141
"""Exit status when the reader of standard output went away: 128 + SIGPIPE, as a shell reports git."""


def write_atomic(path: Path, text: str, *, newline: str | None = None) -> None:
    """Write ``text`` as UTF-8 to ``path`` all at once (``newline=""`` keeps ``\\r\\n`` as is).

    A target that is not a regular file (``/dev/stdout``, a pipe) is written directly. A
    readout's file name that is not UTF-8 is written back as its own bytes, as standard
    output writes it (:data:`NAME_BYTES`).
    """
    lines = text if newline == "" else text.replace("\n", os.linesep)
    data = lines.encode("utf-8", NAME_BYTES)
    try:
        if path.exists() and not path.is_file():
            path.write_bytes(data)
            return
        _replace(path, data)
    except OSError as error:
        raise unwritable(path, error) from None


def append_text(path: Path, text: str) -> None:
    """Append ``text`` as UTF-8 to ``path`` (a job summary file collects every step's part)."""
    try:
        with path.open("a", encoding="utf-8", errors=NAME_BYTES) as file:
            file.write(text)
    except OSError as error:
        raise unwritable(path, error) from None


NAME_BYTES = "surrogateescape"
"""How a file name's bytes that are not UTF-8 (decoded by Python as lone surrogates) are
written: as those bytes again, the file's true name, rather than a ``UnicodeEncodeError``."""


def unwritable(path: Path, error: OSError) -> ReadoutError:
    """Say why ``path`` cannot be written, and what to do where the user can.

    >>> print(unwritable(Path("/no/such/folder/out.json"), FileNotFoundError(2, "No such file")))
    /no/such/folder/out.json: cannot write it: there is no folder /no/such/folder; make it first
    >>> print(unwritable(Path("/"), IsADirectoryError(21, "Is a directory")))
    /: is a folder; give the name of a file to write
    """
    # os.path.isdir, not Path.is_dir: that raises where a folder on the way cannot be searched
    # (-o /root/x.html as a user: the bare "/root/x.html: Permission denied" was all it said)
    if os.path.isdir(path):
        return ReadoutError("is a folder; give the name of a file to write", path=str(path))
    if not os.path.isdir(path.parent):
        folder = path.parent
        hidden = _unsearchable(folder)
        if hidden:  # it may well be there: a folder on the way cannot be searched
            return ReadoutError(f"cannot write it ({hidden})", path=str(path))
        return ReadoutError(
            f"cannot write it: there is no folder {folder}; make it first", path=str(path)
        )
    made = error.filename
    if isinstance(made, str) and Path(made).parent == path.parent and Path(made) != path:
        # the temporary file beside it could not be made: the folder takes no new file
        # (a read-only or special file system such as /proc)
        return ReadoutError(
            f"cannot write it: no file can be made in {path.parent} ({error.strerror})",
            path=str(path),
        )
    return ReadoutError(f"cannot write it ({error.strerror})", path=str(path))


def refuse_unwritable(paths: Iterable[Path | None]) -> None:
    """Refuse, before any readout is read, an output file that cannot be written for want of
    its folder, or that names a folder: ``series DIR --json no/such/x.json`` compared the whole
    series, warnings and all, before it said so (ux12's walk; the same error, said first).

    >>> refuse_unwritable([None, Path("/no/such/folder/out.json")])
    Traceback (most recent call last):
    readoutdiff.errors.ReadoutError: /no/such/folder/out.json: cannot write it: there is no folder /no/such/folder; make it first
    """
    for path in paths:
        if path is not None and str(path) != "-" and not _beside_folder(path):
            raise unwritable(path, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)))


def _unsearchable(folder: Path) -> str:
    """Why ``folder`` cannot be looked at (``Permission denied``), or "" when it is simply not
    there (nor a folder).

    >>> _unsearchable(Path("/no/such/folder"))
    ''
    """
    try:
        os.stat(folder)
    except (FileNotFoundError, NotADirectoryError):
        return ""
    except OSError as error:
        return error.strerror or str(error)
    return ""


def _beside_folder(path: Path) -> bool:
    """Whether ``path`` names no folder and its folder is there (``os.path.isdir`` says False
    of what cannot be looked at, where ``Path.is_dir`` raises, as :func:`unwritable` needs)."""
    return not os.path.isdir(path) and os.path.isdir(path.parent)


def _replace(path: Path, data: bytes) -> None:
    import tempfile  # in the three functions that write: 2-4 ms of each start-up otherwise

    folder = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            os.fchmod(file.fileno(), _mode(path))
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        _remove(Path(temporary))
        raise
    _sync_folder(folder)


def _mode(path: Path) -> int:
    """Keep an existing file's permissions; a new one gets what ``open`` would give it."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: some file systems refuse a folder's fsync)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


class NewFolder:
    """A folder filled under a temporary name, then put in place whole by :meth:`commit`.

    Until then, ``path`` is the temporary folder; :meth:`discard` removes it. A folder
    already at the target (from an earlier run) is replaced only once the new one is complete.
    """

    def __init__(self, target: Path) -> None:
        import tempfile

        self.target = target
        try:
            made = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        except OSError as error:
            raise ReadoutError(
                f"cannot make this folder ({error.strerror})", path=str(target)
            ) from None
        self.path = Path(made)
        os.chmod(self.path, 0o777 & ~_umask())

    def commit(self) -> None:
        """Put the folder in place of ``target`` (an earlier folder there is removed)."""
        import shutil  # here, as tempfile: shutil, zlib, bz2 and lzma are 2-3 ms of a start-up
        import tempfile

        old = None
        try:
            for file in self.path.iterdir():
                _sync_file(file)
            if self.target.is_dir():
                old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", dir=self.target.parent))
                os.replace(self.target, old / self.target.name)
            os.replace(self.path, self.target)
        except OSError as error:
            if old is not None and not self.target.exists():
                os.replace(old / self.target.name, self.target)
            self.discard()
            raise ReadoutError(
                f"cannot make this folder ({error.strerror})", path=str(self.target)
            ) from None
        finally:
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        """Remove the temporary folder and what is in it."""
        import shutil

        shutil.rmtree(self.path, ignore_errors=True)


def _sync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_stdout(text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, in order: a list, or made as they are written) to
    standard output now; a write error becomes one clear :class:`ReadoutError`.

    It goes in batches of about :data:`BATCH` characters: writing megabytes at once encoded
    them into one buffer of three bytes a character first, each page of it new memory (a
    page fault apiece, about 3 microseconds on a virtual machine), where a batch's buffer is
    the last one's memory again. The bytes are the same (the stream's encoder keeps its state
    between writes). A character the stream's encoding cannot hold (``PYTHONIOENCODING=ascii``,
    a legacy code page) is one clear error before any batch is written, not half a report
    and a traceback.
    """
    try:
        text = _refuse_unencodable(text)
        stream = sys.stdout
        if not isinstance(text, str) and _utf8_stdout(stream):
            stream.flush()  # anything written as text before goes first
            out = stream.buffer
            for data in _encoded_batches(text, stream.errors):
                out.write(data)
        else:
            for batch in _batches(text):
                stream.write(batch)
        stream.flush()
    except BrokenPipeError:
        quiet_stdout()
        raise SystemExit(BROKEN_PIPE) from None
    except OSError as error:
        quiet_stdout()
        raise ReadoutError(f"cannot write to standard output ({error.strerror})") from None
    except UnicodeEncodeError as error:  # a lone surrogate, which even UTF-8 refuses
        quiet_stdout()
        raise ReadoutError(_unencodable(error)) from None


_UNICODE = frozenset(("utf-8", "utf-16", "utf-32", "utf-8-sig", "utf-16-le", "utf-16-be"))
"""Encodings (as :func:`codecs.lookup` names them) that hold every character of a decoded text."""


def _refuse_unencodable(text: str | Iterable[str]) -> str | Iterable[str]:
    """Raise :class:`UnicodeEncodeError` if standard output's encoding cannot hold ``text``;
    return ``text``, its pieces made first (a list) where they had to be tried."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    import codecs

    if codecs.lookup(encoding).name in _UNICODE:  # nearly always: nothing to try
        return text
    errors = getattr(sys.stdout, "errors", None) or "strict"
    pieces = [text] if isinstance(text, str) else list(text)
    for piece in pieces:
        piece.encode(encoding, errors)
    return pieces


def _unencodable(error: UnicodeEncodeError) -> str:
    """Say which character standard output's encoding could not hold, and what to do.

    >>> _unencodable(UnicodeEncodeError("ascii", "a \u201cb", 2, 3, "ordinal not in range"))
    'cannot write to standard output: its encoding (ascii) has no U+201C; set PYTHONIOENCODING=utf-8'
    """
    code = ord(error.object[error.start])
    return (
        f"cannot write to standard output: its encoding ({error.encoding}) has no U+{code:04X};"
        " set PYTHONIOENCODING=utf-8"
    )


BATCH = 1 << 16
"""Characters given to one write of standard output, about (see :func:`write_stdout`)."""


def _utf8_stdout(stream: object) -> bool:
    """Whether ``stream`` is the process's own standard output, writing UTF-8: then pieces of
    text can go to its buffer as UTF-8 bytes, each encoded apart, the bytes it would write
    (its newline is ``"\\n"``, never translated; UTF-8 keeps no state between writes)."""
    if stream is not sys.__stdout__ or type(stream) is not io.TextIOWrapper:
        return False
    import codecs

    return codecs.lookup(stream.encoding).name == "utf-8"


def _encoded_batches(pieces: Iterable[str], errors: str | None) -> Iterator[bytes]:
    """``pieces`` as UTF-8 (``errors`` as the stream has them) in batches of about
    :data:`BATCH` bytes, in order, each piece encoded apart: an ASCII piece's bytes are a copy
    of its text, where joined first with one holding a character past U+00FF (a curly quote)
    every character of the batch was stored in two bytes and encoded one by one
    (``render.jsontext`` groups a document's ASCII items apart for this: ~40 M instructions of
    a 500 KB ``--format json`` run).

    >>> list(_encoded_batches(["a", "“b”"], "strict")), list(_encoded_batches([], "strict"))
    ([b'a\\xe2\\x80\\x9cb\\xe2\\x80\\x9d'], [])
    """
    held: list[bytes] = []
    size = 0
    how = errors or "strict"
    for piece in pieces:
        data = piece.encode("utf-8", how)
        held.append(data)
        size += len(data)
        if size >= BATCH:
            yield b"".join(held)
            held.clear()
            size = 0
    if held:
        yield b"".join(held)


def _batches(text: str | Iterable[str]) -> Iterator[str]:
    """``text`` in batches of about :data:`BATCH` characters, in order.

    >>> list(_batches("abc")), list(_batches(["a", "b"])), list(_batches([]))
    (['abc'], ['ab'], [])
    """
    if isinstance(text, str):
        for start in range(0, len(text), BATCH):
            yield text[start : start + BATCH]
        return
    held: list[str] = []
    size = 0
    for piece in text:
        held.append(piece)
        size += len(piece)
        if size >= BATCH:
            yield "".join(held)
            held.clear()
            size = 0
    if held:
        yield "".join(held)


def quiet_stdout() -> None:
    """Point standard output at the null device, so what is still buffered cannot fail again at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def stand_in_for_closed() -> None:
    """Put stand-ins where the command started with a standard stream closed (``<&-``, ``>&-``).

    Python leaves ``None`` there, and the first read or write was an AttributeError traceback.
    A closed standard input reads as empty (``standard input: is empty``); writing to a closed
    standard output or error fails as a closed descriptor does, and is reported as
    ``> /dev/full`` is (``cannot write to standard output (it is closed)``, exit 2).
    """
    if sys.stdin is None:
        sys.stdin = io.TextIOWrapper(io.BytesIO())
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = _Closed()


class _Closed(io.TextIOBase):
    """A standard output or error the command started without: every write fails.

    >>> _Closed().write("x")
    Traceback (most recent call last):
    ...
    OSError: [Errno 9] it is closed
    """

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not text:  # nothing to write reaches no descriptor: -o FILE >&- runs as usual
            return 0
        raise OSError(errno.EBADF, "it is closed")
