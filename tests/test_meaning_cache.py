"""The embedding model kept in the user's cache: same vectors, safe fallback, can be turned off."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from readoutdiff import meaning_cache
from readoutdiff.cache_dir import cache_root, fill_folder, from_environment, use
from readoutdiff.ingest import load
from readoutdiff.languages.zh import simplified

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"


def sentences() -> list[str]:
    """Real sentences in English, Chinese (both scripts folded) and more."""
    names = ("xi-trump__2017-10-25__mfa.txt", "xi-trump__2017-10-25__mfa-zh.txt",
             "xi-macron__2023-11-20__xinhua-zh-hant.txt")  # fmt: skip
    texts = [simplified(s.text) for name in names for s in load(str(BILINGUAL / name)).sentences]
    return [*texts, "коренные интересы", "ＡＢＣ　１２３ full-width", "tab\tand  double  spaces"]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    """The first run: an empty cache, so the library loads the model and the entry is written."""
    root = tmp_path_factory.mktemp("cache")
    use(root)
    try:
        encoder = meaning_cache.load_encoder(threads=1)
        entry = meaning_cache._entry()
    finally:
        use(None)
    assert entry is not None
    yield entry, encoder


def test_the_first_run_writes_one_entry_and_the_next_reads_it(first: tuple[Path, Any]) -> None:
    entry, library = first
    assert [path.name for path in entry.parent.iterdir()] == [entry.name]
    assert isinstance(library._model.table, np.ndarray)
    assert not isinstance(library._model.table, np.memmap)  # the library's own load
    use(entry.parent)
    try:
        cached = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert isinstance(cached._model.table, np.memmap)  # rebuilt from the entry
    texts = sentences()
    assert [cached._tokenizer.encode(t) for t in texts] == [
        library._tokenizer.encode(t) for t in texts
    ]
    assert np.array_equal(cached.encode(texts), library.encode(texts))


def test_a_spoiled_entry_is_never_used(first: tuple[Path, Any], tmp_path: Path) -> None:
    entry, _ = first
    spoiled = tmp_path / entry.name
    shutil.copytree(entry, spoiled)
    assert meaning_cache._from_entry(spoiled, threads=1) is not None
    probe = np.load(spoiled / "probe.npy")
    np.save(spoiled / "probe.npy", probe * 0.5)  # vectors that the rebuilt model does not give
    assert meaning_cache._from_entry(spoiled, threads=1) is None
    shutil.copy(entry / "probe.npy", spoiled / "probe.npy")
    ids = (spoiled / "prefixes.i32").read_bytes()
    (spoiled / "prefixes.i32").write_bytes(ids[:-4])  # one id short of the vocabulary
    assert meaning_cache._from_entry(spoiled, threads=1) is None
    (spoiled / "meta.json").unlink()
    assert meaning_cache._from_entry(spoiled, threads=1) is None


def test_the_library_has_no_cache_unless_told_and_the_cli_reads_the_environment() -> None:
    assert cache_root() is None and meaning_cache._entry() is None
    assert from_environment({"READOUTDIFF_CACHE_DIR": ""}) is None
    assert from_environment({"READOUTDIFF_CACHE_DIR": "/c"}) == Path("/c")
    assert from_environment({"XDG_CACHE_HOME": "/x"}) == Path("/x/readoutdiff")
    home = Path.home() / ".cache" / "readoutdiff"
    assert from_environment({"XDG_CACHE_HOME": "relative"}) == home  # the XDG spec: absolute only
    assert from_environment({}) == home


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert fill_folder(blocker / "entry", lambda folder: None) is False

    def fails(folder: Path) -> None:
        (folder / "half").write_text("half an entry", encoding="utf-8")
        raise OSError("disk full")

    assert fill_folder(tmp_path / "entry", fails) is False
    assert list(tmp_path.iterdir()) == [blocker]  # no half entry, no scratch folder left
