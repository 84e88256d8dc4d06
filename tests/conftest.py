"""Shared fixture: one realistic readout, a headline and a sentence per line, for tests to edit."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on the same examples every time (a red run must mean a change broke
# something, not that the dice found an old case); on a developer's machine they keep exploring.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The command line keeps a cache (model, templates, parsed lexicon) in the user's cache folder.
# Tests and the command lines they start use one folder of their own, removed at the end, so
# a run neither reads what an earlier run left nor leaves anything in the home folder.
# Under pytest-xdist each worker is a process of its own and makes its own folder: the folder the
# controller made (and the workers inherit in their environment) is not shared, so no test sees
# another worker's cache entries appear or get pruned under it.
_OWN = "READOUTDIFF_TESTS_OWN_CACHE"  # the folder this conftest made, not the user's
if "READOUTDIFF_CACHE_DIR" not in os.environ or (
    os.environ.get("PYTEST_XDIST_WORKER")
    and os.environ.get(_OWN) == os.environ["READOUTDIFF_CACHE_DIR"]
):
    _CACHE = tempfile.mkdtemp(prefix="readoutdiff-test-cache-")
    os.environ["READOUTDIFF_CACHE_DIR"] = os.environ[_OWN] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

READOUT_LINES = (
    "President Xi Jinping Holds a Video Call with Russian President Vladimir Putin",
    "On the afternoon of June 28, 2021, President Xi Jinping held a video call with "
    "Russian President Vladimir Putin in Beijing.",
    "The two heads of state issued a joint statement announcing the extension of the Treaty "
    "of Good-Neighborliness and Friendly Cooperation.",
    "Xi Jinping pointed out that bilateral trade reached a record 107.7 billion US dollars "
    "last year, and the two sides will expand cooperation in energy, agriculture and the "
    "digital economy.",
    "The Chinese side supports Russia in hosting the Eastern Economic Forum in Vladivostok "
    "this September.",
    "Both leaders agreed to expand cooperation on vaccine research, joint production and "
    "mutual recognition of health certificates.",
    "Putin said that Russia firmly opposes any attempt to interfere in China's internal "
    "affairs under the pretext of human rights.",
    "The two sides will strengthen coordination within the Shanghai Cooperation Organization "
    "and the BRICS mechanism.",
    "Both sides agreed to maintain close communication through various channels.",
)


@pytest.fixture
def readout_lines() -> list[str]:
    """The lines of a realistic readout; each line is exactly one sentence, content distinct."""
    return list(READOUT_LINES)


@pytest.fixture
def first(tmp_path: Path) -> Path:
    """The CLI tests' first readout (``test_cli.FIRST``) as a file."""
    from test_cli import FIRST, _write

    return _write(tmp_path / "first.txt", FIRST)


@pytest.fixture
def second(tmp_path: Path) -> Path:
    """The CLI tests' second readout (``test_cli.SECOND``) as a file."""
    from test_cli import SECOND, _write

    return _write(tmp_path / "second.txt", SECOND)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output instead of comparing with it.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether ``--update-golden`` was given: accept the current output as golden."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def splits_asked(monkeypatch: pytest.MonkeyPatch) -> Callable[[object], list[tuple[str, str]]]:
    """Patch a benchmark script's ``load_pairs`` to load no pair and record each call's folder
    name and split: which pairs the script reads (young dev, tuning, held-out only when told)."""

    def patch(module: object) -> list[tuple[str, str]]:
        asked: list[tuple[str, str]] = []

        def load_pairs(folder: object, split: str = "all") -> list[object]:
            asked.append((str(folder).rsplit("/", 1)[-1], split))
            return []

        monkeypatch.setattr(module, "load_pairs", load_pairs)
        return asked

    return patch
