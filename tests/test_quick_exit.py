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
