"""The command ends its process without the interpreter's shutdown only when nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.render.jsonout import render_json

ROOT = Path(__file__).resolve().parent.parent
A = ROOT / "samples" / "2021-06-28-xi-putin.txt"
B = ROOT / "samples" / "2021-12-15-xi-putin.txt"


def _command(before: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``main()`` as the ``readoutdiff`` command runs it (``argv`` None), after ``before``."""
    program = f"import sys\n{before}\nfrom readoutdiff.cli.entry import main\nmain()\n"
    return subprocess.run(
        [sys.executable, "-c", program, *args], capture_output=True, check=False, timeout=120
    )


def test_status_and_whole_output_on_the_quick_way() -> None:
    """Nothing registered with atexit, no thread: the status and every byte of output."""
    done = _command("", str(A), str(B), "--format", "json", "--exit-code")
    assert done.returncode == 1
    assert done.stdout == render_json(compare(load(str(A)), load(str(B)))).encode("utf-8")
    assert done.stderr == b""
    same = _command("", str(A), str(A), "--format", "json", "--exit-code")
    assert same.returncode == 0
    bad = _command("", str(A), str(ROOT / "no such readout.txt"))
    assert bad.returncode == 2
    assert bad.stderr.startswith(b"readoutdiff: error:") and bad.stderr.count(b"\n") == 1


def test_atexit_callbacks_still_run() -> None:
    """A callback registered with atexit (coverage, a library's) runs: the usual way out."""
    done = _command(
        "import atexit\natexit.register(lambda: sys.stderr.write('callback ran\\n'))",
        str(A),
        str(B),
        "--format",
        "json",
        "--exit-code",
    )
    assert done.returncode == 1
    assert done.stderr == b"callback ran\n"
    assert done.stdout.endswith(b"\n}\n")


def test_a_running_thread_is_waited_for() -> None:
    """A thread still running when the command ends finishes its work (it waits for the main
    thread's end first, which the interpreter's shutdown marks)."""
    thread = (
        "import threading\n"
        "def late():\n"
        "    threading.main_thread().join()\n"
        "    sys.stderr.write('thread done\\n')\n"
        "threading.Thread(target=late).start()"
    )
    done = _command(thread, str(A), str(B), "--format", "json")
    assert done.returncode == 0
    assert done.stderr == b"thread done\n"


def test_the_quick_way_skips_the_shutdown() -> None:
    """Without atexit callbacks or threads the process ends before the interpreter's shutdown:
    a finaliser it would run (a global's ``__del__``) does not, and the output is whole."""
    late = (
        "class Late:\n"
        "    def __del__(self):\n"
        "        sys.stderr.write('shutdown ran\\n')\n"
        "late = Late()"
    )
    done = _command(late, str(A), str(B), "--format", "json")
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.endswith(b"\n}\n")
    usual = _command(late, "--version")  # answered without the quick way: the shutdown runs
    assert usual.stderr == b"shutdown ran\n"


def test_a_profile_asked_for_is_written(tmp_path: Path) -> None:
    """``python -m cProfile -o FILE -m readoutdiff`` writes FILE once the command returns: a
    profiler watching the run keeps the usual way out (FILE was never written before)."""
    profile = tmp_path / "run.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "readoutdiff"]
    done = subprocess.run(
        [*command, str(A), str(B), "--format", "json"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0  # cProfile swallows a SystemExit's status in any case
    assert done.stdout.endswith(b"\n}\n")
    assert profile.stat().st_size > 10_000


def test_without_cpythons_count_of_callbacks_the_usual_way_is_kept() -> None:
    """atexit has no public count of its callbacks: where CPython's private ``_ncallbacks`` is
    missing or changed shape (another Python, a later CPython), the run neither breaks nor
    takes the quick way (``os._exit``, watched here, is not called)."""
    watch = (
        "import atexit, os\n"
        "quick = os._exit\n"
        "os._exit = lambda status: (sys.stderr.write('quick\\n'), sys.stderr.flush(), quick(status))\n"
    )
    expected = render_json(compare(load(str(A)), load(str(B)))).encode("utf-8")
    ends = {}
    for change in (
        "",
        "del atexit._ncallbacks",
        "atexit._ncallbacks = 0",
        "atexit._ncallbacks = len",
    ):
        done = _command(watch + change, str(A), str(B), "--format", "json")
        assert (done.returncode, done.stdout) == (0, expected)
        ends[change] = done.stderr
    assert list(ends.values()) == [b"quick\n", b"", b"", b""]
