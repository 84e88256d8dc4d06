"""The real command line, run in a subprocess on real files: bad input and the good paths."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
import threading
from importlib.metadata import version
from pathlib import Path

import pytest

FIRST = (
    "On the morning of 3 March, Foreign Minister Li met Ambassador Okafor in Beijing. "
    "The two sides exchanged views on bilateral relations and regional issues.\n"
    "Li said that the two countries are good friends and partners who trust each other.\n"
    "Okafor said that his country firmly adheres to the one-China principle.\n"
)
SECOND = (
    "On the morning of 9 May, Foreign Minister Li met Ambassador Okafor in Beijing. "
    "The two sides exchanged views on bilateral relations and regional issues.\n"
    "Li said that the two countries are good friends and partners who trust each other.\n"
    "Okafor said that his country will deepen cooperation on trade and infrastructure.\n"
)
PARAGRAPH = (
    "The two sides agreed to deepen practical cooperation in trade, energy, agriculture and "
    "connectivity, and to hold the next round of strategic consultations in the autumn.\n"
)
MEGABYTE = 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str | Path,
    stdin: bytes = b"",
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
):
    """Run ``python -m readoutdiff`` with ``args``; return the finished process (text decoded as UTF-8)."""
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=_env() if env is None else env,
        cwd=cwd,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8"),
        process.stderr.decode("utf-8"),
    )


def _env(**extra: str) -> dict[str, str]:
    env = {
        key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "FORCE_COLOR")
    }
    return {**env, **extra}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def assert_fails(process: subprocess.CompletedProcess, *named: str) -> str:
    """Check git-style failure: status 2, one ``readoutdiff: error:`` line naming ``named``, no traceback."""
    assert "Traceback" not in process.stdout + process.stderr
    assert process.returncode == 2, process.stderr
    assert process.stdout == ""
    lines = process.stderr.splitlines()
    assert len(lines) == 1, process.stderr
    assert lines[0].startswith("readoutdiff: error: "), lines[0]
    for name in named:
        assert name in lines[0], (name, lines[0])
    return lines[0]


# Bad input -----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path, first: Path) -> None:
    message = assert_fails(run(tmp_path / "nowhere.txt", first), "nowhere.txt")
    assert "no such file" in message


def test_missing_second_file(tmp_path: Path, first: Path) -> None:
    assert_fails(run(first, tmp_path / "later.txt"), "later.txt")


def test_directory(tmp_path: Path, first: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    assert "directory" in assert_fails(run(first, folder), str(folder))


def _unreadable(tmp_path: Path) -> Path:
    """A path whose reading really fails: mode 000, or (as root, who reads anything) a path through a file."""
    locked = _write(tmp_path / "locked.txt", FIRST)
    locked.chmod(0)
    try:
        locked.read_bytes()
    except PermissionError:
        return locked
    locked.chmod(0o644)
    return _write(tmp_path / "file.txt", FIRST) / "x"  # ENOTDIR, even for root


def test_unreadable_file(tmp_path: Path, first: Path) -> None:
    path = _unreadable(tmp_path)
    try:
        message = assert_fails(run(path, first), str(path))
    finally:
        (tmp_path / "locked.txt").chmod(0o644)
    assert "cannot read" in message


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\r\n   \n\xc2\xa0\n", "empty"),
        ("binary.txt", b"The sides met.\x00\x01\x02\x00 They agreed.", "NUL"),
        (
            "logo.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02",
            "PNG",
        ),
        ("latin1.txt", "The sides met in Genève.\nThey agreed.\n".encode("latin-1"), "UTF-8"),
        (
            "page.html",
            b"<!DOCTYPE html>\n<html><head><title>Readout</title><script>go()</script></head>"
            b"<body><nav>Home</nav></body></html>\n",
            "no visible text",
        ),
        ("readout.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "convert it to plain text"),
        (
            "report.html",
            (ROOT / "reports" / "2021-06-28_vs_2021-12-15.html").read_bytes(),
            "a page readoutdiff wrote (a report or timeline), not a readout",
        ),
        # One stray NUL in UTF-8 text (20 bytes: even, its zero on one side) was read as UTF-16.
        ("stray-nul.txt", b"hello\x00world. Foo.\n", "NUL"),
        # A front matter date that is no date was dropped in silence: the readout went undated.
        ("dated.txt", b"---\ntitle: Talks\ndate: 2021-13-45\n---\nLeaders met.\n", "dated.txt:3:"),
        # Front matter never closed was compared as text, its "---" taken for the title.
        ("open.txt", b"---\ndate: 2021-03-05\ntitle: Talks\nLeaders met.\n", "never closed"),
        # The views readoutdiff writes, saved and given back as a readout, were compared.
        ("view.md", (ROOT / "tests" / "golden" / "samples.md").read_bytes(), "readoutdiff wrote"),
        ("view.txt", (ROOT / "tests" / "golden" / "samples.txt").read_bytes(), "readoutdiff wrote"),
        (
            "view.json",
            (ROOT / "tests" / "golden" / "samples.json").read_bytes(),
            "readoutdiff wrote",
        ),
    ],
)
def test_not_a_readout(tmp_path: Path, first: Path, name: str, content: bytes, reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    assert reason in assert_fails(run(first, bad), name)


def test_invalid_utf8_names_the_line(tmp_path: Path, first: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"The sides met.\nThey agreed on \xff\xfe trade.\n")
    assert_fails(run(bad, first), "bad.txt:2")


def test_fifty_megabytes_is_refused_fast(tmp_path: Path, first: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(PARAGRAPH * (50 * MEGABYTE // len(PARAGRAPH) + 1), encoding="utf-8")
    message = assert_fails(run(big, first), "big.txt")
    assert "16 MB" in message
    assert "--max-size" in message


def test_max_size_raises_the_limit(tmp_path: Path, first: Path) -> None:
    # Just over 1 MB, but mostly white space so that the comparison itself stays quick.
    padded = _write(tmp_path / "padded.txt", PARAGRAPH + " " * (MEGABYTE + 10) + "\n" + PARAGRAPH)
    message = assert_fails(run(padded, first, "--max-size", "1"), "padded.txt")
    assert "1 MB" in message and "--max-size" in message
    process = run(padded, first, "--max-size", "2", "--format", "json")
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout)["a"]["chars"] > MEGABYTE


def test_max_size_applies_to_standard_input(first: Path) -> None:
    stdin = (PARAGRAPH * (MEGABYTE // len(PARAGRAPH) + 2)).encode()
    message = assert_fails(run("-", first, "--max-size", "1", stdin=stdin))
    assert message.startswith("readoutdiff: error: standard input: ")


@pytest.mark.parametrize(
    "args",
    [
        ("{first}", "{second}", "-o", "{first}"),
        ("{first}", "{second}", "--html", "{second}"),
        ("{first}", "{second}", "--json", "{dir}/./first.txt"),
        ("check", "{first}", "{second}", "--summary", "{second}"),
        ("check", "{dir}", "--junit", "{second}"),
    ],
)
def test_an_output_file_that_is_a_readout_is_refused(
    tmp_path: Path, first: Path, second: Path, args: tuple[str, ...]
) -> None:
    named = [arg.format(first=first, second=second, dir=tmp_path) for arg in args]
    line = assert_fails(run(*named))
    assert line.endswith(": is a readout being compared; write the output to another file")
    assert first.read_text(encoding="utf-8") == FIRST
    assert second.read_text(encoding="utf-8") == SECOND


@pytest.mark.parametrize(
    "args",
    [
        ("{first}", "{second}", "-f", "json", "-o", "-"),
        ("check", "{first}", "{second}", "-f", "json", "-o", "-"),
    ],
)
def test_output_dash_is_standard_output_not_a_file_named_dash(
    tmp_path: Path, first: Path, second: Path, args: tuple[str, ...]
) -> None:
    """``-o -`` writes to standard output, as ``-`` reads standard input: no file named ``-``."""
    named = [arg.format(first=first, second=second) for arg in args]
    process = run(*named, cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout)["schema"].startswith("readoutdiff")
    assert process.stdout == run(*named[:-2], cwd=tmp_path).stdout
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize(
    ("args", "option", "gets"),
    [
        (("{first}", "{second}", "--html", "-"), "--html", "the chosen --format"),
        (("{first}", "{second}", "--json", "-"), "--json", "the chosen --format"),
        (("check", "{first}", "{second}", "--junit", "-"), "--junit", "the chosen --format"),
        (("check", "{first}", "{second}", "--summary", "-"), "--summary", "the chosen --format"),
        (("series", "{first}", "{second}", "--csv", "-"), "--csv", "the series table"),
    ],
)
def test_a_second_output_to_dash_is_refused(
    tmp_path: Path, first: Path, second: Path, args: tuple[str, ...], option: str, gets: str
) -> None:
    """Only the chosen format goes to standard output; ``--html -`` would make a file named ``-``."""
    named = [arg.format(first=first, second=second) for arg in args]
    line = assert_fails(run(*named, cwd=tmp_path))
    assert (
        line
        == f"readoutdiff: error: {option} -: give a file name; standard output already gets {gets}"
    )
    assert not (tmp_path / "-").exists()


def test_both_standard_input(first: Path) -> None:
    assert "standard input" in assert_fails(run("-", "-", stdin=FIRST.encode()))


def test_empty_standard_input(first: Path) -> None:
    assert "empty" in assert_fails(run("-", first))


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--bogus",), "--bogus"),
        (("--format", "xml"), "xml"),
        (("--color", "sometimes"), "sometimes"),
        (("--max-size", "0"), "--max-size"),
        (("--max-size", "lots"), "--max-size"),
        (("-o",), "-o"),
    ],
)
def test_bad_option(first: Path, second: Path, args: tuple[str, ...], named: str) -> None:
    assert_fails(run(first, second, *args), named)


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("one.txt",), "diff"),
        (("a.txt", "b.txt", "--format", "xml"), "diff"),
        (("check", "a.txt", "b.txt", "--format", "xml"), "check"),
        (("series", "--bogus"), "series"),
        (("formulas",), "formulas"),
    ],
)
def test_a_usage_error_says_where_the_help_is(args: tuple[str, ...], command: str) -> None:
    line = assert_fails(run(*args))
    assert line.endswith(f"; see readoutdiff {command} --help"), line


def test_no_arguments() -> None:
    assert "readoutdiff A B" in assert_fails(run())


def test_one_argument(first: Path) -> None:
    assert_fails(run(first))


def test_three_arguments(first: Path, second: Path) -> None:
    assert_fails(run(first, second, second))


def test_unwritable_output(tmp_path: Path, first: Path, second: Path) -> None:
    target = tmp_path / "missing-folder" / "out.json"
    line = assert_fails(run(first, second, "-o", target), str(target))
    assert line.endswith(f"there is no folder {target.parent}; make it first")


@pytest.mark.parametrize("option", ["-o", "--html", "--json"])
def test_an_output_that_is_a_folder_is_told_so(
    tmp_path: Path, first: Path, second: Path, option: str
) -> None:
    line = assert_fails(run(first, second, option, tmp_path), str(tmp_path))
    assert line.endswith("is a folder; give the name of a file to write")


def test_a_summary_into_a_missing_folder_is_told_so(
    tmp_path: Path, first: Path, second: Path
) -> None:
    target = tmp_path / "missing-folder" / "summary.md"
    line = assert_fails(run("check", first, second, "--summary", target), str(target))
    assert line.endswith("make it first")


# Good paths ----------------------------------------------------------------------------------


def _document(process: subprocess.CompletedProcess) -> dict:
    assert process.returncode == 0, process.stderr
    assert process.stderr == ""
    return json.loads(process.stdout)


def test_same_file_twice_is_all_unchanged(first: Path) -> None:
    process = run(first, first, "--format", "json")
    assert process.returncode == 0 and "is the same file as A" in process.stderr
    document = json.loads(process.stdout)
    counts = document["summary"]["alignments"]
    assert counts == {"unchanged": 4, "changed": 0, "moved": 0, "dropped": 0, "added": 0}
    assert {alignment["status"] for alignment in document["alignments"]} == {"unchanged"}
    assert document["summary"]["similarity"] == 1


def test_standard_input_as_a(first: Path) -> None:
    document = _document(run("-", first, "--format", "json", stdin=FIRST.encode()))
    assert document["a"]["path"] == "-"
    assert document["summary"]["alignments"]["unchanged"] == 4
    assert document["a"]["sha256"] == document["b"]["sha256"]


def test_standard_input_as_b(first: Path) -> None:
    document = _document(run(first, "-", "--format", "json", stdin=SECOND.encode()))
    assert document["b"]["path"] == "-"
    assert document["summary"]["alignments"]["changed"] == 2


def test_exit_code(first: Path, second: Path) -> None:
    assert run(first, second, "--exit-code").returncode == 1
    assert run(first, first, "--exit-code").returncode == 0
    assert run(first, second).returncode == 0


@pytest.mark.parametrize("output_format", ["text", "json", "markdown"])
def test_output_file(tmp_path: Path, first: Path, second: Path, output_format: str) -> None:
    target = tmp_path / f"report.{output_format}"
    written = run(first, second, "--format", output_format, "-o", target)
    assert written.returncode == 0, written.stderr
    assert (written.stdout, written.stderr) == ("", "")
    printed = run(first, second, "--format", output_format)
    assert target.read_text(encoding="utf-8") == printed.stdout
    assert "\x1b[" not in printed.stdout


def test_json_alongside_text(tmp_path: Path, first: Path, second: Path) -> None:
    target = tmp_path / "report.json"
    process = run(first, second, "--json", target, "--color", "never")
    assert process.returncode == 0, process.stderr
    assert process.stdout.startswith(f"A {first}")
    assert "{+9 May+}" in process.stdout or "{+9+}" in process.stdout
    assert target.read_text(encoding="utf-8") == run(first, second, "--format", "json").stdout
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "readoutdiff/1"


def test_color_always(first: Path, second: Path) -> None:
    coloured = run(first, second, "--color", "always").stdout
    assert "\x1b[" in coloured
    assert "[-" not in coloured and "{+" not in coloured


@pytest.mark.parametrize("env", [_env(), _env(NO_COLOR="1")])
def test_color_auto_when_piped(first: Path, second: Path, env: dict[str, str]) -> None:
    plain = run(first, second, env=env).stdout
    assert "\x1b" not in plain
    assert "[-3 March-]" in plain or "[-3-]" in plain
    assert "{+" in plain


def drained(leader: int, chunks: list[bytes]) -> threading.Thread:
    """Start reading what a pseudo-terminal's ``leader`` shows into ``chunks``, until the
    terminal is closed and drained (join the thread returned)."""

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    return reader


def _on_terminal(
    env: dict[str, str], *args: Path | str, cwd: Path | None = None, timeout: float = 60
) -> bytes:
    """Run the CLI with its standard output on a pseudo-terminal; return what it wrote there,
    read while it writes (a full terminal buffer would stop it: a long view, test_wrap_cjk_u67)."""
    leader, follower = pty.openpty()
    chunks: list[bytes] = []
    reader = drained(leader, chunks)
    try:
        process = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *map(str, args)],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            timeout=timeout,
            check=False,
        )
        assert process.returncode == 0, process.stderr
    finally:
        os.close(follower)
        reader.join(timeout=60)
        os.close(leader)
    return b"".join(chunks)


def test_color_auto_on_a_terminal(first: Path, second: Path) -> None:
    assert b"\x1b[" in _on_terminal(_env(), first, second)


def test_no_color_on_a_terminal(first: Path, second: Path) -> None:
    shown = _on_terminal(_env(NO_COLOR="1"), first, second)
    assert b"\x1b" not in shown
    assert b"{+" in shown


def test_an_empty_no_color_leaves_colour_on(first: Path, second: Path) -> None:
    """no-color.org: only a NO_COLOR with a value turns colour off."""
    assert b"\x1b[" in _on_terminal(_env(NO_COLOR=""), first, second)


def test_key_changes_wrap_to_the_terminal_under_their_numbers(first: Path, second: Path) -> None:
    """On a terminal of 50 columns the key changes wrap with a hanging indent, a place ("(A
    line 4)") never broken; piped, the same view keeps each key change on one line."""
    shown = _on_terminal(_env(NO_COLOR="1", COLUMNS="50"), first, second).decode("utf-8")
    lines = shown.replace("\r\n", "\n").split("\n")
    block = lines[lines.index("Key changes") + 1 : lines.index("", lines.index("Key changes"))]
    assert len(block) >= 2 and all(len(line) <= 50 for line in block), block
    assert all(line.startswith(("  1. ", "  2. ", "  3. ", "     ")) for line in block), block
    piped = run(first, second, env=_env(COLUMNS="50")).stdout.split("\n")
    whole = piped[piped.index("Key changes") + 1 : piped.index("", piped.index("Key changes"))]
    assert [" ".join(line.strip() for line in block)] == [" ".join(line.strip() for line in whole)]
    assert len(whole) < len(block) and any(len(line) > 50 for line in whole)
    assert not [line for line in block if line.rstrip().endswith(("(A", "(B", "line"))]


@pytest.mark.parametrize(
    ("pair", "width"),
    [
        ("biden-kishida__2023-05-18", "80"),
        ("xi-fico__2025-05-09", "80"),
        ("xi-fico__2025-05-09", "120"),
    ],
)
def test_passages_wrap_to_the_terminal_under_their_place(pair: str, width: str) -> None:
    """A changed passage's word diff ran past the terminal's edge, the key changes above it
    wrapped (branch u40): on a terminal each passage line fits (a Chinese character takes two
    columns), a short mark is never broken, and the words are the piped view's."""
    import tomllib

    from readoutdiff.formulas.keys.key_record import columns

    formulas = Path(__file__).resolve().parent.parent / "eval" / "formulas"
    listed = tomllib.loads((formulas / "pairs" / f"{pair}.toml").read_text(encoding="utf-8"))
    assert listed["heldout"] is False  # a dev pair
    files = formulas / listed["a"], formulas / listed["b"]
    shown = _on_terminal(_env(NO_COLOR="1", COLUMNS=width), *files).decode("utf-8")
    piped = run(*files, env=_env(COLUMNS=width)).stdout

    terminal = shown.replace("\r\n", "\n").split("\nFormulas\n")[0].split("\n")
    text = [line for line in terminal if re.match(r"    \S", line)]  # key changes: five
    assert text and max(map(columns, text)) <= int(width)
    for line in text:  # every mark on a line is closed on it
        assert line.count("[-") == line.count("-]") and line.count("{+") == line.count("+}")
    whole = [
        line for line in piped.split("\nFormulas\n")[0].split("\n") if re.match(r"    \S", line)
    ]
    assert len(whole) < len(text) and max(map(columns, whole)) > int(width)

    def joined(lines: list[str]) -> str:  # a long mark closed at a line's end and reopened
        return re.sub(r"-\]\[-|\+\}\{\+", "", re.sub(r"\s+", "", "".join(lines)))

    assert joined(text) == joined(whole)


@pytest.mark.parametrize(
    ("pair", "width", "color"),
    [
        ("biden-kishida__2023-05-18", "60", False),  # English
        ("xi-fico__2025-05-09", "60", True),  # Chinese, in colour
        ("xi-fico__2025-05-09", "80", False),
        ("putin-mirziyoyev__2025-02-21", "80", False),  # Russian
    ],
)
def test_the_whole_view_fits_the_terminal(pair: str, width: str, color: bool) -> None:
    """The headers, the passages' heads, the formula list and the notes ran past a terminal's
    edge, the key changes and passage text wrapped (branch u41): every line but a file's path
    longer than a line now fits, each formula's place ("A 5.2 → B 6.4") and each count
    ("8 dropped") stays on one line, colours close on every line, and the words are the
    piped view's; piped, the formula list is one line a formula, as before."""
    import tomllib

    from readoutdiff.formulas.keys.key_record import columns

    formulas = Path(__file__).resolve().parent.parent / "eval" / "formulas"
    listed = tomllib.loads((formulas / "pairs" / f"{pair}.toml").read_text(encoding="utf-8"))
    assert listed["heldout"] is False  # a dev pair
    files = formulas / listed["a"], formulas / listed["b"]
    colors = ("--color", "always" if color else "never")
    shown = _on_terminal(_env(COLUMNS=width), *files, *colors).decode("utf-8")
    piped = run(*files, *colors, env=_env(COLUMNS=width)).stdout
    plain = re.compile(r"\x1b\[[0-9;]*m")

    lines = shown.replace("\r\n", "\n").rstrip("\n").split("\n")
    too_long = [line for line in lines if columns(plain.sub("", line)) > int(width)]
    assert all(re.fullmatch(r"(\x1b\[1m)?[AB] \S+(\x1b\[0m)?", line) for line in too_long)
    for line in lines:  # what a line opens, it closes
        codes = plain.findall(line)
        assert not codes or codes[-1] == "\x1b[0m"
    listing = plain.sub("", piped).split("\nFormulas\n")[1].split("\n\n")[0].splitlines()
    assert max(map(columns, listing)) > int(width)
    wrapped = plain.sub("", "\n".join(lines)).split("\nFormulas\n")[1].split("\n\n")[0]
    assert len(wrapped.splitlines()) > len(listing)
    # a formula's place, as the piped line ends with it, on one line (a short core's clause,
    # indented under it, is no formula line: ext1)
    for line in listing:
        if line.startswith("    ") and not line.startswith("      "):
            assert f"  {line.rsplit('  ', 1)[1]}\n" in wrapped + "\n"
    summary = piped.splitlines()[2]
    counts = re.findall(r"\d+ \w+", summary)  # "7 changed · 2 moved" (u49)
    assert len(counts) == 5 and all(count in shown for count in counts)

    def words(view: str) -> str:  # a long mark closed at a line's end and reopened
        kept = [line for line in plain.sub("", view).splitlines() if not line.startswith("= ")]
        return re.sub(r"-\]\[-|\+\}\{\+", "", re.sub(r"\s+", "", "".join(kept)))  # "= ": folded

    assert words(shown) == words(piped)


def test_help() -> None:
    process = run("--help")
    assert process.returncode == 0, process.stderr
    assert "Usage" in process.stdout and "readoutdiff" in process.stdout


def test_diff_help_lists_the_options() -> None:
    process = run("diff", "--help")
    assert process.returncode == 0, process.stderr
    for option in ("--format", "--output", "--json", "--exit-code", "--color", "--max-size"):
        assert option in process.stdout


def test_version_from_the_installed_command() -> None:
    command = Path(sys.executable).with_name("readoutdiff")
    process = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout == f"readoutdiff {version('readoutdiff')}\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_unicode_with_bom(tmp_path: Path, first: Path, encoding: str) -> None:
    encoded = tmp_path / f"{encoding}.txt"
    data = FIRST.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    encoded.write_bytes(data)
    document = _document(run(first, encoded, "--format", "json"))
    assert document["summary"]["alignments"]["unchanged"] == 4
    assert document["b"]["sentences"] == 4
    sentence = document["alignments"][-1]["b"][0]
    assert FIRST[sentence["start"] : sentence["end"]] == sentence["text"]


def test_crlf_line_ends(tmp_path: Path, first: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(FIRST.replace("\n", "\r\n").encode())
    document = _document(run(first, crlf, "--format", "json"))
    assert document["summary"]["alignments"]["unchanged"] == 4
    text = crlf.read_bytes().decode()
    last = document["alignments"][-1]["b"][0]
    assert text[last["start"] : last["end"]] == last["text"]
    assert last["line"] == 3
    assert "\r" not in "".join(
        span["text"] for item in document["alignments"] for span in item["b"]
    )


def test_an_html_page_is_read_as_its_text_and_says_so(tmp_path: Path, first: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Readout</title></head><body>"
        "<nav><a href='/'>Home</a> &gt; News</nav><main><h1>Leaders meet</h1>"
        "<p>The two sides met in Beijing on June 28, 2021.</p><p>They agreed to expand trade.</p>"
        "</main><footer>Copyright 2021</footer></body></html>",
        encoding="utf-8",
    )
    result = run(first, page, "--color", "never")
    assert result.returncode == 0, result.stderr
    assert "text extracted from an HTML page" in result.stdout
    assert "Home" not in result.stdout.split("\n", 3)[-1]
    document = json.loads(run(first, page, "--format", "json").stdout)
    assert document["b"]["notes"] == ["text extracted from an HTML page"]
    assert document["b"]["date"] == "2021-06-28"


SAMPLE_PAIR = (
    ROOT / "samples" / "2021-06-28-xi-putin.txt",
    ROOT / "samples" / "2021-12-15-xi-putin.txt",
)


@pytest.mark.parametrize(
    ("args", "warning"),
    [
        (("-f", "text", "-o", "report.html"), "report.html: written in the text format (--format text); give -f html for the HTML report"),
        (("-f", "markdown", "-o", "diff.json"), "diff.json: written in the markdown format (--format markdown); give -f json for JSON"),
        (("check", "-o", "result.xml"), "result.xml: written in the text format (--format text); give -f junit for JUnit XML"),
        # The other suffixes of those formats went through without a word.
        (("-f", "text", "-o", "diff.markdown"), "diff.markdown: written in the text format (--format text); give -f markdown for Markdown"),
        (("-f", "text", "-o", "report.xhtml"), "report.xhtml: written in the text format (--format text); give -f html for the HTML report"),
        # A PDF was written as text without a word: readoutdiff writes none.
        (("-o", "report.pdf"), "report.pdf: written in the text format (--format text); readoutdiff writes no PDF: print the HTML report (-f html) to PDF from a browser"),
        (("check", "-o", "result.PDF"), "result.PDF: written in the text format (--format text); readoutdiff writes no PDF"),
    ],
)  # fmt: skip
def test_an_output_file_named_for_another_format_is_written_with_a_warning(
    tmp_path: Path, args: tuple[str, ...], warning: str
) -> None:
    """``-f text -o report.html`` wrote the terminal view into report.html, silently."""
    command, rest = (["check"], args[1:]) if args[0] == "check" else ([], args)
    process = run(*command, *SAMPLE_PAIR, *rest, cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert process.stderr == f"readoutdiff: warning: {warning}\n"
    assert (
        (tmp_path / rest[-1])
        .read_text(encoding="utf-8")
        .startswith(("A ", "## ", "readoutdiff check"))
    )
    named = run(*command, *SAMPLE_PAIR, "-o", "view.txt", cwd=tmp_path)
    assert named.returncode == 0 and named.stderr == ""


def test_without_format_the_output_files_name_chooses_it(tmp_path: Path) -> None:
    """``-o report.html`` alone writes the HTML report (it wrote the terminal view, warned);
    any case of a suffix; a name that says no format is text, as standard output is."""
    for name, chosen in (("report.html", "html"), ("diff.JSON", "json"), ("diff.md", "markdown")):
        inferred = run(*SAMPLE_PAIR, "-o", name, "--no-mining", cwd=tmp_path)
        assert (inferred.returncode, inferred.stderr) == (0, "")
        run(*SAMPLE_PAIR, "-f", chosen, "-o", "given", "--no-mining", cwd=tmp_path)
        assert (tmp_path / name).read_bytes() == (tmp_path / "given").read_bytes()
    text = run(*SAMPLE_PAIR, "-o", "view.txt", "--no-mining", cwd=tmp_path)
    given = run(*SAMPLE_PAIR, "-f", "text", "--no-mining", cwd=tmp_path)
    assert text.returncode == 0 and (tmp_path / "view.txt").read_text("utf-8") == given.stdout
    assert given.stdout.startswith("A ")


@pytest.mark.parametrize("option", ["--json", "--html", "-o"])
def test_an_output_onto_a_readout_of_a_history_folder_is_refused(
    tmp_path: Path, option: str
) -> None:
    """``A B --history DIR --json DIR/x.txt`` wrote over an earlier readout it had just read."""
    for path in (ROOT / "tests" / "series_readouts").iterdir():
        shutil.copy(path, tmp_path / path.name)
    earlier = tmp_path / "call-june.txt"
    before = earlier.read_bytes()
    a, b = tmp_path / "2022-02-04-beijing.txt", tmp_path / "2023-03-21-moscow.txt"
    process = run(a, b, "--history", tmp_path, option, earlier)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: {earlier}: is a readout of a --history folder; write the output to"
        " another file\n"
    )
    assert earlier.read_bytes() == before


def test_a_report_in_a_history_folder_is_named_as_series_names_it(tmp_path: Path) -> None:
    """``A B --history DIR`` passed over a report readoutdiff wrote into DIR without a word,
    where ``series DIR`` warns of it: the user never learned the folder held one readout less.
    The three kinds of report (Markdown, JSON, HTML) lie in one folder, each told by its content:
    the JSON is saved under a Markdown name."""
    history = tmp_path / "history"
    history.mkdir()
    for path in (ROOT / "tests" / "series_readouts").iterdir():
        shutil.copy(path, history / path.name)
    a, b = SAMPLE_PAIR
    plain = run(a, b, "--history", history)
    reports = [history / name for name in ("report.md", "report-json.md", "report.html")]
    for written in (
        run(a, b, "-f", "markdown", "-o", reports[0], "--html", reports[2]),
        run(a, b, "-f", "json", "-o", reports[1]),
    ):
        assert written.returncode == 0, written.stderr
    assert all(report.is_file() for report in reports)
    process = run(a, b, "--history", history)
    warnings = sorted(
        f"readoutdiff: warning: {report}: skipped, written by readoutdiff (a report or timeline),"
        " not a readout"
        for report in reports
    )
    assert process.returncode == 0 and sorted(process.stderr.splitlines()) == warnings
    assert process.stdout == plain.stdout  # the earlier readouts are still all read
    series = run("series", history)
    assert series.returncode == 0 and sorted(series.stderr.splitlines()) == warnings


@pytest.mark.parametrize(
    ("args", "options"),
    [
        (("-f", "json", "-o", "out", "--html", "out"), "-o and --html"),
        (("check", "--json", "out", "--junit", "out"), "--junit and --json"),
        (("series", "--json", "out", "--csv", "out"), "--json and --csv"),
    ],
)
def test_two_outputs_naming_one_file_are_refused(
    tmp_path: Path, args: tuple[str, ...], options: str
) -> None:
    """``-f json -o out --html out`` wrote the JSON, then the HTML over it: the JSON asked for
    was lost without a word."""
    command, rest = (args[:1], args[1:]) if args[0] in ("check", "series") else ((), args)
    process = run(*command, *SAMPLE_PAIR, *rest, cwd=tmp_path)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: out: both {options} would write it; give each its own file\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_utf16_readout_cut_short_is_told_what_to_do(tmp_path: Path) -> None:
    """A readout saved as UTF-16 and cut off in the middle of a character (a download stopped
    one byte short) said only "has a UTF-16 mark but is not valid UTF-16"; the line now says
    what to do, as the other encoding errors do."""
    a, b = SAMPLE_PAIR
    cut = tmp_path / "2021-12-15-xi-putin.txt"
    cut.write_bytes(Path(b).read_text(encoding="utf-8").encode("utf-16")[:-1])
    process = run(a, cut)
    assert (process.returncode, process.stdout) == (2, "")
    assert process.stderr == (
        f"readoutdiff: error: {cut}: has a UTF-16 mark but is not valid UTF-16 (cut short, or"
        " another encoding); re-save it as UTF-8\n"
    )


def test_a_history_folder_that_is_missing_or_a_file_is_told_apart(tmp_path: Path) -> None:
    """``--history`` given a folder that does not exist, or a readout file, said "is not a
    folder" both times: a user with a mistyped folder name went looking for a file there."""
    a, b = SAMPLE_PAIR
    missing = tmp_path / "xi-putin-earlier"
    for given, said in ((missing, "no such folder"), (Path(a), "is a file, not a folder")):
        process = run(a, b, "--history", given)
        assert (process.returncode, process.stdout) == (2, "")
        assert process.stderr == (
            f"readoutdiff: error: {given}: {said}; --history takes a folder of earlier readouts\n"
        )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--lexicon", "-"), "the lexicon cannot come from standard input (-)"),
        (("--history", "-"), "--history takes a folder of earlier readouts, not standard input"),
        (("check", "--rules", "-"), "the rules cannot come from standard input (-)"),
        (("formulas", "--lexicon", "-"), "the lexicon cannot come from standard input (-)"),
    ],
    ids=" ".join,
)
def test_a_settings_file_or_folder_given_as_dash_is_not_called_standard_input(
    args: tuple[str, ...], said: str
) -> None:
    # "-" stands for standard input only as a readout; as a lexicon, rules or history folder
    # it read "standard input: cannot read the lexicon (No such file or directory)".
    a, b = SAMPLE_PAIR
    command = args[:1] if args[0] in ("check", "formulas") else ()
    readouts = (a,) if command == ("formulas",) else (a, b)
    line = assert_fails(run(*command, *readouts, *args[len(command) :], stdin=b"[[formula]]\n"))
    assert said in line
    assert not line.startswith("readoutdiff: error: standard input")


def test_the_same_file_as_a_and_b_gets_a_warning_and_a_copy_none(tmp_path: Path) -> None:
    """``readoutdiff x.txt x.txt`` (a slip of tab completion) showed "No change" as if two
    readouts agreed; it still does, with one warning line. A copy of the file is another
    readout that happens to agree: no warning."""
    first = tmp_path / "first.txt"
    first.write_text(FIRST, encoding="utf-8")
    same = run(first, tmp_path / "." / "first.txt", cwd=tmp_path)
    assert same.returncode == 0 and "No change" in same.stdout
    assert same.stderr == (
        f"readoutdiff: warning: {tmp_path / '.' / 'first.txt'}: is the same file as A"
        f" ({first}); give the later readout as B to see changes\n"
    )
    copy = tmp_path / "copy.txt"
    copy.write_text(FIRST, encoding="utf-8")
    assert run(first, copy).stderr == ""


def test_a_history_folder_of_another_series_is_told(tmp_path: Path) -> None:
    """``A B --history DIR`` learnt recurring phrases from a folder of another series without a
    word (rev31): Biden's calls with King Abdullah, with a folder of Carney's meetings with
    Albanese given as their history, warn once, naming both series; the same folder holding
    Biden's earlier calls with the King too warns of Carney–Albanese only; the King's own
    earlier call as the history warns of nothing."""
    texts = ROOT / "eval" / "formulas"
    a, b = (
        texts / "biden-abdullah__2024-07-26__wh.txt",
        texts / "biden-abdullah__2024-08-05__wh.txt",
    )
    history = tmp_path / "history"
    history.mkdir()
    for path in sorted(texts.glob("carney-albanese__*.txt"))[:3]:
        shutil.copy(path, history / path.name)
    told = (
        "readoutdiff: warning: --history holds readouts of carney-albanese by file name, not of"
        " A's and B's series (biden-abdullah); their recurring phrases are learnt all the same\n"
    )
    process = run(a, b, "--history", history)
    assert process.returncode == 0 and process.stderr == told
    shutil.copy(texts / "biden-abdullah__2024-05-06__wh.txt", history)
    mixed = run(a, b, "--history", history)
    assert mixed.returncode == 0 and mixed.stderr == told
    own = tmp_path / "own"
    own.mkdir()
    shutil.copy(texts / "biden-abdullah__2024-05-06__wh.txt", own)
    assert run(a, b, "--history", own).stderr == ""
