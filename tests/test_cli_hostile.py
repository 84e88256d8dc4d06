"""Hostile input to the real command line: streams without end, pipes named twice, full disks,
closed or full standard output, Ctrl-C, and file names that try to forge log lines.

Each bad kind must end in exit status 2 with exactly one ``readoutdiff: error:`` line and no
traceback (as the bad-input table of ``test_cli.py``); how fast is for
``benchmarks/bench_hostile.py``, not for these tests.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_cli import FIRST, MEGABYTE, PARAGRAPH, SECOND, _env, _write, assert_fails, run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt")
FORGED = "a\n::error::forged\x1b[2J\u202etxt.exe"
"""A file name that tries to start a workflow command, clear the terminal and read backwards."""


def _feed(fifo: Path, data: bytes) -> threading.Thread:
    """Write ``data`` into ``fifo`` from a thread (the reader going away is fine)."""

    def write() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as pipe:
            pipe.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def _fifo(tmp_path: Path, name: str = "pipe.txt") -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


# The bad-input table, hostile kinds ------------------------------------------------------------


def _dev_zero(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["/dev/zero", first, "--max-size", "1"], b""


def _endless_fifo(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    fifo = _fifo(tmp_path)
    _feed(fifo, PARAGRAPH.encode() * (2 * MEGABYTE // len(PARAGRAPH)))
    return [fifo, first, "--max-size", "1"], b""


def _same_fifo_twice(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    fifo = _fifo(tmp_path)  # no writer: refused before anyone waits for one
    return [fifo, fifo], b""


def _stdin_twice(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["/dev/stdin", "/dev/stdin"], FIRST.encode()


def _dash_and_stdin(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["-", "/dev/stdin"], FIRST.encode()


def _long_stdin(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["-", first, "--max-size", "1"], b"x" * (MEGABYTE + 1)


def _forged_missing_name(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return [tmp_path / FORGED, first], b""


def _check_fifo_twice(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    fifo = _fifo(tmp_path)
    return ["check", fifo, fifo], b""


def _formulas_dev_zero(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["formulas", "/dev/zero", "--max-size", "1"], b""


def _series_dev_zero(tmp_path: Path, first: Path) -> tuple[list[str | Path], bytes]:
    return ["series", first, "/dev/zero", "--order", "given", "--max-size", "1"], b""


HOSTILE: dict[str, tuple[Callable[[Path, Path], tuple[list[str | Path], bytes]], str]] = {
    "/dev/zero": (_dev_zero, "1 MB limit"),
    "FIFO past the limit": (_endless_fifo, "1 MB limit"),
    "same FIFO twice": (_same_fifo_twice, "read only once"),
    "/dev/stdin twice": (_stdin_twice, "read only once"),
    "- and /dev/stdin": (_dash_and_stdin, "read only once"),
    "standard input past the limit": (_long_stdin, "1 MB limit"),
    "forged file name": (_forged_missing_name, "no such file"),
    "check: same FIFO twice": (_check_fifo_twice, "read only once"),
    "formulas: /dev/zero": (_formulas_dev_zero, "1 MB limit"),
    "series: /dev/zero": (_series_dev_zero, "1 MB limit"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_input(tmp_path: Path, first: Path, kind: str) -> None:
    make, reason = HOSTILE[kind]
    args, stdin = make(tmp_path, first)
    line = assert_fails(run(*args, stdin=stdin))
    assert reason in line
    assert "\x1b" not in line and "\u202e" not in line


def test_a_forged_file_name_is_spelled_out_in_the_error(tmp_path: Path, first: Path) -> None:
    line = assert_fails(run(tmp_path / FORGED, first))
    assert "a\\n::error::forged\\x1b[2J\\u202etxt.exe" in line


def _latin1_name(tmp_path: Path, text: str) -> Path:
    """A readout whose file name holds a Latin-1 byte (``café.txt`` saved by an old system)."""
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.txt"))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        pytest.skip("this file system takes only UTF-8 file names")
    return path


def test_a_file_name_that_is_not_utf8_is_spelled_as_its_bytes_in_the_error(
    tmp_path: Path, first: Path
) -> None:
    line = assert_fails(run(_latin1_name(tmp_path, "\x00"), first))
    assert "caf\\xe9.txt: is binary" in line


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (("--format", "json", "-o", "{}"), "report.json"),
        (("--html", "{}"), "report.html"),
        (("check", "--summary", "{}"), "summary.md"),
        (("series", "--order", "given", "--csv", "{}"), "series.csv"),
    ],
    ids=lambda value: value if isinstance(value, str) else " ".join(value[:-1]),
)
def test_a_file_name_that_is_not_utf8_is_written_back_as_its_bytes(
    tmp_path: Path, first: Path, args: tuple[str, ...], target: str
) -> None:
    # Once a traceback (UnicodeEncodeError: surrogates not allowed) where standard output
    # wrote the name's own bytes.
    # the later readout of ``first``'s meeting (ux20: the Xi–Putin sample against Li–Okafor
    # names no one in common, and a warning says so on standard error)
    named = _latin1_name(tmp_path, SECOND)
    report = tmp_path / target
    command = [a if a != "{}" else str(report) for a in args]
    head = command[:1] if command[0] in ("check", "series") else []
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *head, str(first), str(named), *command[len(head) :]],
        capture_output=True, env=_env(), timeout=120,
    )  # fmt: skip
    assert (process.returncode, process.stderr) == (0, b"")
    assert b"caf\xe9.txt" in report.read_bytes()
    if target == "report.json":  # the same bytes as standard output gives
        alone = subprocess.run(
            [sys.executable, "-m", "readoutdiff", str(first), str(named), "--format", "json"],
            capture_output=True, env=_env(), timeout=120,
        )  # fmt: skip
        assert alone.stdout == report.read_bytes()


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(
    tmp_path: Path, first: Path, encoding: str
) -> None:
    plain = tmp_path / "no-bom.txt"
    plain.write_bytes(FIRST.encode(encoding))
    process = run(first, plain, "--format", "json")
    assert (process.returncode, process.stderr) == (0, "")
    assert '"unchanged": 4' in process.stdout


# Standard output -------------------------------------------------------------------------------


def _run_into(stdout: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE,
        env=_env(), timeout=60, text=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--format", "json"),
        ("check",),
        ("series", "--order", "given"),
        ("formulas",),
        ("--help",),
    ],
    ids=["diff", "json", "check", "series", "formulas", "help"],
)
def test_standard_output_on_a_full_device(args: tuple[str, ...]) -> None:
    files = SAMPLES[:1] if args == ("formulas",) else () if args == ("--help",) else SAMPLES
    command, rest = (args[:1], args[1:]) if args and not args[0].startswith("-") else ((), args)
    with open("/dev/full", "w") as full:
        process = _run_into(full.fileno(), *command, *files, *rest)
    assert "Traceback" not in process.stderr
    assert process.returncode == 2, process.stderr
    lines = process.stderr.splitlines()
    assert lines == [
        "readoutdiff: error: cannot write to standard output (No space left on device)"
    ]


def test_version_on_a_full_device_or_to_a_reader_gone() -> None:
    with open("/dev/full", "w") as full:
        process = _run_into(full.fileno(), "--version")
    assert (process.returncode, process.stderr) == (
        2, "readoutdiff: error: cannot write to standard output (No space left on device)\n"
    )  # fmt: skip
    reader, writer = os.pipe()
    os.close(reader)
    try:
        process = _run_into(writer, "--version")
    finally:
        os.close(writer)
    assert (process.returncode, process.stderr) == (141, "")


def _closed(redirect: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the command with a standard stream closed by the shell (``>&-``, ``<&-``)."""
    line = f'exec "$0" -m readoutdiff "$@" {redirect}'
    return subprocess.run(
        ["sh", "-c", line, sys.executable, *map(str, args)],
        capture_output=True, env=_env(), timeout=60, text=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [(*SAMPLES,), ("--version",), ("--help",), ("check", *SAMPLES), ("formulas", SAMPLES[0])],
)
def test_a_closed_standard_output_is_one_error_line(args: tuple[str | Path, ...]) -> None:
    process = _closed(">&-", *args)
    assert (process.returncode, process.stderr) == (
        2, "readoutdiff: error: cannot write to standard output (it is closed)\n"
    )  # fmt: skip


def test_closed_streams_that_are_not_used_do_not_matter(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    written = _closed(">&- <&-", *SAMPLES, "-f", "json", "-o", report)
    assert (written.returncode, written.stderr) == (0, "")
    assert report.read_text(encoding="utf-8").startswith('{\n  "schema": "readoutdiff/1"')
    empty = _closed("<&-", "-", SAMPLES[1])
    assert (empty.returncode, empty.stdout) == (2, "")
    assert empty.stderr == (
        "readoutdiff: error: standard input: is empty (nothing but white space); give a readout"
        " with text\n"
    )


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    reader, writer = os.pipe()
    os.close(reader)  # like `| head` that has finished: the next write gets EPIPE
    try:
        process = _run_into(writer, *SAMPLES, "--format", "json")
    finally:
        os.close(writer)
    assert (process.returncode, process.stderr) == (141, "")


# Ctrl-C ----------------------------------------------------------------------------------------


def test_interrupt_says_so_and_exits_130(tmp_path: Path, first: Path) -> None:
    # The run waits on a FIFO that gets a writer but no data: Ctrl-C finds it inside the command.
    fifo = _fifo(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "readoutdiff", fifo, first],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), text=True,
    )  # fmt: skip
    writer = _writer_once_read(fifo, process)
    try:
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        os.close(writer)
    assert (process.returncode, stderr, stdout) == (130, "readoutdiff: interrupted\n", "")


def _writer_once_read(fifo: Path, process: subprocess.Popen[str]) -> int:
    """Open ``fifo`` for writing as soon as ``process`` opens it for reading (it has started)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # ENXIO: no reader yet
            time.sleep(0.05)
    raise AssertionError(f"the run never opened the FIFO: {process.communicate()}")


# A full disk -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _full_disk(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """Yield a folder on a 64 KB tmpfs, or (where mounting is not allowed) a plain folder and a
    child set-up that caps file size, so a write fails with EFBIG from the kernel just the same."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if _mount_tmpfs(folder):
        try:
            yield folder, None
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return

    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    yield folder, cap


def _mount_tmpfs(folder: Path) -> bool:
    try:
        mount = ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]
        return subprocess.run(mount, capture_output=True).returncode == 0
    except OSError:  # no mount command
        return False


def _run_on(cap: Callable[[], None] | None, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        stdin=subprocess.DEVNULL, capture_output=True, env=_env(), timeout=120,
        text=True, preexec_fn=cap,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (("--html", "{}"), "report.html"),
        (("-o", "{}", "--format", "json"), "report.json"),
        (("--json", "{}"), "report.json"),
        (("check", "--junit", "{}"), "junit.xml"),
        (("check", "-o", "{}", "--format", "junit"), "junit.xml"),
        (("series", "--order", "given", "--html", "{}"), "series.html"),
        (("series", "--order", "given", "--json", "{}"), "series.json"),
        (("series", "--order", "given", "--csv", "{}"), "series.csv"),
        (("series", "--order", "given", "--html", "{}", "--pairs", "folder"), "series.html"),
    ],
    ids=lambda value: value if isinstance(value, str) else " ".join(value[:-1]),
)
def test_a_full_disk_leaves_the_previous_report_intact(
    tmp_path: Path, args: tuple[str, ...], target: str
) -> None:
    with _full_disk(tmp_path) as (disk, cap):
        report = disk / target
        previous = b"the previous report, byte for byte\n"
        report.write_bytes(previous)
        ballast = disk / "ballast"
        if cap is None:  # fill the tmpfs but for a few kilobytes
            with contextlib.suppress(OSError), open(ballast, "wb") as filler:
                filler.write(b"\0" * (56 * 1024))
        before = sorted(path.name for path in disk.iterdir())
        command = [a if a != "{}" else str(report) for a in args]
        head = command[:1] if command[0] in ("check", "series") else []
        line = assert_fails(_run_on(cap, *head, *SAMPLES, *command[len(head) :]), str(report.name))
        assert report.read_bytes() == previous
        assert sorted(path.name for path in disk.iterdir()) == before  # nothing half-made left
        assert "cannot write" in line or "cannot make" in line


def test_a_folder_that_takes_no_new_file_is_named(first: Path, second: Path) -> None:
    # /proc/version exists, but no file can be made beside it: the report is written through a
    # temporary file in the same folder, so the line names the folder, not a missing file
    line = assert_fails(run(first, second, "-f", "json", "-o", "/proc/version"), "/proc/version")
    assert line.endswith(
        "cannot write it: no file can be made in /proc (No such file or directory)"
    )


def test_output_files_keep_their_permissions(tmp_path: Path, first: Path, second: Path) -> None:
    report = _write(tmp_path / "report.json", "old\n")
    report.chmod(0o640)
    process = run(first, second, "--format", "json", "-o", report)
    assert process.returncode == 0, process.stderr
    assert report.stat().st_mode & 0o777 == 0o640
    assert report.read_text(encoding="utf-8").startswith("{")
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    os.umask(umask)
    assert run(first, second, "--json", fresh).returncode == 0
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "first.txt", "fresh.json", "report.json", "second.txt",
    ]  # fmt: skip


def test_pairs_folder_replaces_the_old_one_whole(tmp_path: Path) -> None:
    page = tmp_path / "series.html"
    old = tmp_path / "series.html.pairs"
    old.mkdir()
    (old / "stale.html").write_text("stale", encoding="utf-8")
    process = run("series", *SAMPLES, "--order", "given", "--html", page, "--pairs", "folder")
    assert process.returncode == 0, process.stderr
    assert [path.name for path in old.iterdir()] == ["002-2021-12-15.html"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["series.html", "series.html.pairs"]


# Escaping: names and readout text in CI logs and terminals -------------------------------------


def test_check_github_cannot_be_made_to_start_a_workflow_command(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    old = folder / "old\n::error::forged.txt"
    old.write_text("Both sides uphold true multilateralism and core interests.\n", "utf-8")
    new = folder / "new\x1b[2J\u202e.txt"
    new.write_text("Both sides met.\n", encoding="utf-8")
    process = run("check", old, new, "--format", "github")
    assert process.returncode in (0, 1), process.stderr
    lines = process.stdout.splitlines()
    assert lines and lines[-1].startswith("readoutdiff check: ")
    assert not any(line.startswith("::error::forged") for line in lines)
    assert all(line.startswith(("::error ", "::warning ", "readoutdiff check: ")) for line in lines)
    assert "\x1b" not in process.stdout and "\u202e" not in process.stdout


@pytest.mark.parametrize("view", [(), ("check",), ("formulas",), ("series", "--order", "given")])
def test_escapes_and_bidi_controls_in_readouts_are_spelled_out(
    tmp_path: Path, view: tuple[str, ...]
) -> None:
    text = "Both sides \x1b[31mupheld\x1b[0m true multilateralism \u202eand core interests.\n"
    a = _write(tmp_path / "a\x1b]0;title\x07.txt", text)
    b = _write(tmp_path / "b\u202e.txt", "Both sides met \x1b[2J today.\n")
    files = (a,) if view == ("formulas",) else (a, b)
    process = run(*view[:1], *files, *view[1:])
    assert process.returncode in (0, 1), process.stderr
    assert "\x1b" not in process.stdout + process.stderr
    assert "\u202e" not in process.stdout + process.stderr
    assert "\\x1b" in process.stdout or "\\u202e" in process.stdout


def test_series_warning_spells_out_a_forged_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SAMPLES:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "x\n::error::forged\x1b[2J.png").write_bytes(b"\x89PNG\r\n")
    process = run("series", folder)
    assert process.returncode == 0, process.stderr
    lines = process.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("readoutdiff: warning: ")
    assert "\x1b" not in process.stderr and "\\n::error::forged\\x1b[2J" in lines[0]
