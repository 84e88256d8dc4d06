"""The suite runs in parallel (pytest-xdist): each worker keeps a cache folder of its own, and a
run that collects no tests still fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import os
from pathlib import Path


def test_note_the_cache_folder():
    folder = os.environ["READOUTDIFF_CACHE_DIR"]
    assert Path(folder).is_dir()
    Path(os.environ["PROBE_OUT"], os.environ["PYTEST_XDIST_WORKER"]).write_text(folder)
"""


def _pytest(folder: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    own = ("READOUTDIFF_CACHE_DIR", "READOUTDIFF_TESTS_OWN_CACHE", "PYTEST_XDIST_WORKER")
    env = {k: v for k, v in os.environ.items() if k not in own} | {"PROBE_OUT": str(out)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(folder)]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)


def test_the_test_command_runs_one_worker_a_cpu_each_file_on_one() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = project["tool"]["pytest"]["ini_options"]["addopts"].split()
    assert addopts[addopts.index("-n") + 1] == "auto"
    assert addopts[addopts.index("--dist") + 1] == "loadfile"
    assert any(
        d.startswith("pytest-xdist>=") for d in project["project"]["optional-dependencies"]["test"]
    )


def test_each_worker_keeps_a_cache_folder_of_its_own_removed_at_the_end(tmp_path: Path) -> None:
    suite, out = tmp_path / "suite", tmp_path / "out"
    suite.mkdir()
    out.mkdir()
    shutil.copy(ROOT / "tests" / "conftest.py", suite / "conftest.py")
    (suite / "test_probe.py").write_text(PROBE, encoding="utf-8")
    done = _pytest(suite, out, "-n", "2", "--dist", "each")  # the test runs on both workers
    assert done.returncode == 0, done.stdout + done.stderr
    seen = {path.name: path.read_text(encoding="utf-8") for path in out.iterdir()}
    assert sorted(seen) == ["gw0", "gw1"] and len(set(seen.values())) == 2, seen
    assert not any(Path(folder).exists() for folder in seen.values())


def test_a_parallel_run_that_collects_no_tests_fails(tmp_path: Path) -> None:
    done = _pytest(tmp_path, tmp_path, "-n", "2")
    assert done.returncode == 5, done.stdout + done.stderr
