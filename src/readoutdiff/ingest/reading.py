"""Read the bytes of a readout, never more than the size limit, whatever the input is.

A regular file's reported size is checked first (a quick refusal); every input,
regular or not (``-``, ``/dev/zero``, a FIFO, ``<(cat big.txt)``), is then read
in chunks and refused as soon as it passes the limit, so nothing can make the
tool read until memory runs out. A pipe can be read once: naming the same one
twice is refused before anything is read. Decoding the bytes is for
:mod:`readoutdiff.ingest.reader`; recognising UTF-16 without a byte-order mark is here.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable
from typing import BinaryIO

from readoutdiff.errors import InputError
from readoutdiff.text.wide import has_wide, lazy

_CHUNK = 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
"""Control characters (tab and line ends aside): not a readout."""
_PRIVATE = lazy(r"[\ue000-\uf8ff\ufffe\uffff]")
"""Private-use and non-characters: not a readout either (all wide, see :mod:`readoutdiff.text.wide`)."""
_WEB_ADDRESS = re.compile(r"\A(?:https?|ftp):/", re.I)
"""A page's address given for its file, with its scheme: readoutdiff fetches nothing (branch
rev29); one slash is the address an option typed as a path gets (``--history https://…``,
which :class:`pathlib.Path` makes ``https:/…``)."""
_HOST = re.compile(
    r"\A(?P<www>www\.)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+(?P<tld>[^\W\d_]{2,63})\.?"
    r"(?::\d{1,5})?(?P<path>[/?#].*)?\Z",
    re.I | re.S,
)
"""A web address without its scheme, as a browser's address bar copies it: a host (labels
between dots, the last one letters) and maybe a port and a path (rev30: ``www.fmprc.gov.cn/eng/…``;
ux17: a bare host, ``www.kremlin.ru``, ``kremlin.ru/events/…``, ``en.kremlin.ru``)."""
_DOMAINS = frozenset(
    (
        "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo "
        "br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm "
        "do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs "
        "gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km "
        "kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp "
        "mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
        "pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss "
        "st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va "
        "vc ve vg vi vn vu wf ws ye yt za zm zw"
        " com org net gov edu int mil info biz name pro asia mobi news online site xyz app dev"
        " рф 中国 中國 公司 网络"
    ).split()
)
"""Top-level domains a readout's publisher may have: the countries' (``ru``, ``cn``, ``uk``,
``kz``; not ``tx``, a ``.txt`` cut short), the common ones of more letters, and the Russian and
Chinese ones."""
_FILE_SUFFIXES = frozenset("md py sh js ts rs pl rb cs go gz xz db el ml hs so ps".split())
"""Suffixes of files that are also a country's domain (Moldova's ``md``, Poland's ``pl``):
``notes.md`` missing is a mistyped path; ``presedinte.md/…`` or ``www.presedinte.md`` an
address."""
_FETCH_NOTHING = (
    "is a web address, and readoutdiff reads files: save the page (File > Save as) or its"
    " text, and give that file"
)


def terminal_input() -> bool:
    """Whether standard input is the terminal (not a pipe or a file): ``readoutdiff - B``
    typed by hand then sits silent, as if it had hung, unless it says what ``-`` waits for.
    The command line says it (:func:`readoutdiff.cli.shared.read_readout`), broken to the
    terminal's width as its other lines on standard error (ux27: written here, the line of 71
    columns ran past a narrower terminal, and this layer wraps no text)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # no standard input, or a closed one
        return False


def terminal_end() -> str:
    """The keys that end text typed at this system's terminal."""
    return "Ctrl-Z, Enter" if os.name == "nt" else "Ctrl-D"


def web_address(name: str) -> bool:
    """Whether ``name`` is a page's address given for a file: with its scheme
    (:data:`_WEB_ADDRESS`), or without it (:data:`_HOST`) when its last label is a domain
    (:data:`_DOMAINS`), not a file's suffix unless ``www.`` or a path says the host
    (:data:`_FILE_SUFFIXES`). A file or folder that is there is never one: a
    readout saved as ``kremlin.ru`` is read.

    >>> web_address("https://en.kremlin.ru/events/president/news"), web_address("www.notes.txt")
    (True, False)
    >>> [web_address(name) for name in ("www.kremlin.ru", "kremlin.ru/events/president/news/1",
    ...     "en.kremlin.ru", "whitehouse.gov", "президент.рф")]
    [True, True, True, True, True]
    >>> [web_address(name) for name in ("notes.md", "readout.txt", "call.html", "www/notes.txt",
    ...     "eval.old/x.txt", "Путин.Токаев", "2021.06.28", "README", "2021-06-28-xi-putin.tx")]
    [False, False, False, False, False, False, False, False, False]
    >>> web_address("presedinte.md/ro/news"), web_address("www.presedinte.md")
    (True, True)
    """
    if _WEB_ADDRESS.match(name):
        return not os.path.lexists(name)
    host = _HOST.match(name)
    if host is None:
        return False
    domain = host.group("tld").lower()
    if domain not in _DOMAINS:
        return False
    if domain in _FILE_SUFFIXES and not (host.group("www") or host.group("path")):
        return False
    return not os.path.lexists(name)


def absent(name: str) -> str:
    """Say why ``name``, which names no file, was not read.

    >>> absent("old.txt")
    'no such file; check the path'
    >>> absent("https://www.fmprc.gov.cn/eng/wjdt_665385/").split(",")[0]
    'is a web address'
    >>> absent("www.fmprc.gov.cn/eng/t1.html").split(",")[0], absent("www.notes.txt")
    ('is a web address', 'no such file; check the path')
    >>> absent("www.kremlin.ru").split(",")[0], absent("kremlin.ru/events/president").split(",")[0]
    ('is a web address', 'is a web address')
    """
    return _FETCH_NOTHING if web_address(name) else "no such file; check the path"


def refuse_device(name: str, give: str) -> None:
    """Refuse a settings file (``--lexicon``, ``check --rules``) that is a device: ``/dev/zero``
    and ``/dev/urandom`` never end, and were read whole into memory until the system killed the
    run (ux24), where a readout is read up to ``--max-size`` (:func:`read_bytes`). ``give``
    says what to give instead. A missing or unreadable file is left to its reader to tell.

    >>> refuse_device("/dev/zero", "give the path of its TOML file")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: /dev/zero: is a device, not a file: give the path of its TOML file
    """
    try:
        mode = os.stat(name).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise InputError(f"is a device, not a file: {give}", path=name)


def read_bytes(name: str, max_bytes: int) -> bytes:
    """Return the bytes of ``name`` (``"-"`` is standard input); refuse more than ``max_bytes``."""
    if name == "-":
        return _read_limited(sys.stdin.buffer, name, max_bytes)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise InputError(absent(name), path=name) from None
    except PermissionError as error:  # a folder on its way that may not be searched (ux20)
        raise InputError(
            f"cannot read it ({error.strerror}); check the permissions of the folders on its way",
            path=name,
        ) from None
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror})", path=name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory; give a readout file", path=name)
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputError(too_big(info.st_size, max_bytes), path=name)
    if stat.S_ISFIFO(info.st_mode) and hasattr(os, "O_NONBLOCK") and _named_pipe(name):
        return _read_pipe(name, max_bytes)
    try:
        with open(name, "rb", buffering=0) as file:
            return _read_limited(file, name, max_bytes)
    except OSError as error:
        raise InputError(
            f"cannot read it ({error.strerror}); check its permissions", path=name
        ) from None


_NO_WRITER = (
    "is a named pipe no program writes to, so there is nothing to read (it would wait for one"
    " forever); start the program that writes it first, or give a file instead"
)
_WRITER_WAIT = (0.05, 10)
"""How long a pipe is given for its writer to come (seconds between looks, looks): a writer
started just before readoutdiff (``cat a.txt > pipe & readoutdiff pipe b.txt``) may not have
opened it yet."""


def _named_pipe(name: str) -> bool:
    """Whether the pipe ``name`` is a named one (``mkfifo``), not the pipe of a process
    substitution (``<(cat a.txt)``, ``/dev/fd/63``): that one's link names no file
    (``pipe:[…]``), its writer holds it from the start and an end of file is an empty input."""
    return os.path.exists(os.path.realpath(name))


def _read_pipe(name: str, max_bytes: int) -> bytes:
    """The bytes of the named pipe (FIFO) ``name``, or an error when no program writes to it.

    A FIFO opened to read waits for a writer, as ``cat`` does; with none (``mkfifo p;
    readoutdiff p b.txt``) readoutdiff sat silent for ever (ux7). It is opened without waiting
    and read once without waiting: bytes, or "none yet" (``EAGAIN``), mean a writer holds it
    (``<(curl …)``, ``cat a.txt > p &``), and it is then read to its end as any input; an end
    of file at once means no writer, looked at again for half a second before the error.

    >>> import tempfile, pathlib
    >>> pipe = pathlib.Path(tempfile.mkdtemp()) / "p.txt"
    >>> os.mkfifo(pipe)
    >>> _read_pipe(str(pipe), 1024)
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: ...p.txt: is a named pipe no program writes to, ...
    """
    import time

    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise InputError(
            f"cannot read it ({error.strerror}); check its permissions", path=name
        ) from None
    with open(fd, "rb", buffering=0) as file:
        pause, looks = _WRITER_WAIT
        for look in range(looks):
            try:
                first = os.read(fd, min(_CHUNK, max_bytes + 1))
            except BlockingIOError:  # a writer, nothing written yet
                first = None
            if first != b"":  # bytes, or a writer: read on, waiting for it
                break
            if look + 1 < looks:
                time.sleep(pause)
        else:
            raise InputError(_NO_WRITER, path=name)
        os.set_blocking(fd, True)
        rest = _read_limited(file, name, max_bytes - len(first or b""))
        return (first or b"") + rest


def _read_limited(file: BinaryIO, name: str, max_bytes: int) -> bytes:
    # One read of the stream a call (read1): a buffered read(n) reads on to n bytes or an empty
    # read, and a terminal's Ctrl-D is one empty read, not an end that stays: after the text
    # and a Ctrl-D the next read waited, and ``readoutdiff - B`` wanted Ctrl-D twice (ux25).
    read = getattr(file, "read1", file.read)
    data = bytearray()
    while len(data) <= max_bytes:
        chunk = read(min(_CHUNK, max_bytes + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
    raise InputError(_stream_too_big(max_bytes), path=name)


def too_big(size: int, max_bytes: int) -> str:
    """Say that a file of ``size`` bytes is over the limit, and what to raise it to."""
    megabytes = -(-max_bytes // (1024 * 1024))
    return (
        f"is {size / 1024 / 1024:.1f} MB, over the {megabytes} MB limit; "
        f"raise it with --max-size {max(2 * megabytes, -(-size // (1024 * 1024)))}"
    )


def _stream_too_big(max_bytes: int) -> str:
    megabytes = -(-max_bytes // (1024 * 1024))
    return (
        f"gives more than the {megabytes} MB limit (read up to there and stopped); "
        f"raise it with --max-size {2 * megabytes} if it is really a readout"
    )


def refuse_shared_streams(names: Iterable[str]) -> None:
    """Refuse a pipe named twice (``- -``, ``/dev/stdin`` twice, a FIFO twice): it can be read once.

    >>> refuse_shared_streams(["a.txt", "a.txt"])  # a file can be read twice
    >>> refuse_shared_streams(["-", "-"])
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: standard input: is named twice, but it can be read only once
    """
    seen: dict[tuple[int, int] | str, str] = {}
    for name in names:
        key = _stream_key(name)
        if key is None:
            continue
        if key in seen:
            what = "it" if name == "-" else "a pipe"  # the error names standard input
            also = "" if seen[key] == name else f" (as {seen[key]})"
            raise InputError(f"is named twice{also}, but {what} can be read only once", path=name)
        seen[key] = name


def _stream_key(name: str) -> tuple[int, int] | str | None:
    """Identify a pipe or socket (by device and inode), or standard input; None for anything else."""
    try:
        info = os.fstat(sys.stdin.fileno()) if name == "-" else os.stat(name)
    except (OSError, ValueError):
        return "-" if name == "-" else None
    if stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        return (info.st_dev, info.st_ino)
    return "-" if name == "-" else None


def stray_nul(data: bytes, path: str) -> None:
    """Refuse UTF-8 text with a few NUL bytes in it, saying where the first one is.

    Such a file is no UTF-16 (about every other byte of UTF-16 text in Latin letters is a
    zero, and other scripts' UTF-16 is no valid UTF-8), but one lone zero at an odd place
    would pass for it and be read as nonsense.

    >>> stray_nul(b"The sides met.\\n\\nThey\\x00 agreed.", "in.txt")
    Traceback (most recent call last):
    ...
    readoutdiff.errors.InputError: in.txt:3: is not plain text: it has a NUL byte (column 5); ...
    >>> stray_nul("The sides met.".encode("utf-16-le"), "in.txt")  # UTF-16: half its bytes
    """
    nuls = data.count(0)
    if nuls * 4 > len(data):
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    if not_text(text.replace("\x00", "")):
        return
    first = text.index("\x00")
    line_start = text.rfind("\n", 0, first) + 1
    raise InputError(
        f"is not plain text: it has a NUL byte (column {first - line_start + 1});"
        " remove it, or save the readout again as text",
        path=path,
        line=text.count("\n", 0, first) + 1,
    )


def utf16_without_mark(data: bytes) -> str | None:
    """Decode UTF-16 that has no byte-order mark, if ``data`` is clearly that; else None.

    Both byte orders are tried. Text has line ends and spaces, which decode as such only in
    the right order (read the other way they are U+0A00 and U+2000); zeros alone do not tell,
    as Chinese has them on both sides of its pairs (一 is U+4E00). The text must also be
    printable, so a binary file is not mistaken for text.

    >>> utf16_without_mark("The sides met.\\n".encode("utf-16-le"))
    'The sides met.\\n'
    >>> utf16_without_mark("Стороны встретились.".encode("utf-16-be"))
    'Стороны встретились.'
    >>> utf16_without_mark("一中两国\\n".encode("utf-16-be"))
    '一中两国\\n'
    >>> utf16_without_mark(b"\\x00\\x01\\x02\\x00binary") is None
    True
    """
    if len(data) < 2 or len(data) % 2:
        return None
    best, most = None, 0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        spaces = text.count("\n") + text.count(" ") + text.count("\r")
        if spaces > most and not not_text(text):
            best, most = text, spaces
    return best


def not_text(text: str) -> bool:
    """``text`` has a control character (tab and line ends aside), a private-use character or a
    non-character: it is no readout."""
    return bool(_CONTROL.search(text) or (has_wide(text) and _PRIVATE().search(text)))
