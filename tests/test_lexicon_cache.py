"""The built-in lexicon kept parsed in the user's cache: same entries, re-read on any change."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from readoutdiff.cache_dir import use
from readoutdiff.formulas.lexicon import lexicon_cache
from readoutdiff.formulas.lexicon.lexicon import builtin, parse
from readoutdiff.model import Entry, FormulaSource, Lexicon, makers
from readoutdiff.records.replacing import replace

TEXT = (Path(lexicon_cache.__file__).parent.parent.parent / "data" / "formulas.toml").read_text(
    "utf-8"
)


class Counted:
    """The real parser, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> Lexicon:
        self.calls += 1
        return parse(text, path="formulas.toml", source=FormulaSource.BUILTIN)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    use(tmp_path)
    yield tmp_path / "lexicon"
    use(None)


def test_the_builtin_lexicon_is_parsed_once_then_read_back_equal(cache: Path) -> None:
    parser = Counted()
    first = lexicon_cache.cached(TEXT, parser)
    again = lexicon_cache.cached(TEXT, parser)
    assert parser.calls == 1
    assert again == first == parser(TEXT)
    assert len(again.entries) >= 250 and any(entry.zh for entry in again.entries)
    assert {entry.source for entry in again.entries} == {FormulaSource.BUILTIN}
    assert all(type(entry.source) is FormulaSource for entry in again.entries)  # the member
    assert [path.suffix for path in cache.iterdir()] == [".json"]


def test_a_changed_text_is_parsed_again(cache: Path) -> None:
    parser = Counted()
    lexicon_cache.cached(TEXT, parser)
    changed = TEXT + '\n[[formula]]\nid = "zz-new"\ntext = "brand new formula"\n'
    assert lexicon_cache.cached(changed, parser).entries[-1].id == "zz-new"
    assert parser.calls == 2


def test_the_file_read_as_bytes_is_keyed_as_its_text_and_decoded_only_when_parsed(
    cache: Path,
) -> None:
    """builtin() hands the file's bytes (sp74): one key for the bytes and their text, no
    decode on a hit, and line ends read as a text-mode open reads them on a miss."""
    parser = Counted()
    raw = TEXT.encode("utf-8")
    first = lexicon_cache.cached(raw, parser)
    assert lexicon_cache.cached(TEXT, parser) == first and parser.calls == 1
    assert lexicon_cache.cached(raw, parser) == first == parser(TEXT)
    assert len(list(cache.iterdir())) == 1
    windows = Counted()
    assert lexicon_cache.cached(raw.replace(b"\n", b"\r\n"), windows) == first
    assert windows.calls == 1  # other bytes, another entry: parsed, to the same lexicon
    use(None)
    assert builtin.__wrapped__() == first  # the real file, with no cache


def test_the_kept_entries_leave_out_the_fields_holding_their_defaults(cache: Path) -> None:
    """sp74: half the built-in entries' fields hold their default; Entry gives them back."""
    parser = Counted()
    first = lexicon_cache.cached(TEXT, parser)
    [path] = cache.iterdir()
    kept = json.loads(path.read_text("utf-8"))["entries"]
    assert not [fields for fields in kept if "source" in fields or fields.get("ru") == []]
    assert sum(map(len, kept)) < 13 * len(kept) * 2 / 3 and all("id" in f for f in kept)
    assert lexicon_cache.cached(TEXT, parser) == first and parser.calls == 1
    assert [e.source for e in first.entries] == [FormulaSource.BUILTIN] * len(kept)
    one = Lexicon(entries=(replace(first.entries[0], confidence=1),))  # an int: not the default
    assert lexicon_cache._to_json(one)["entries"][0]["confidence"] == 1


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: "not json",
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "fuzzy": "yes"}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "zh": [1, 2]}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "colour": "red"}]}),
        lambda data: json.dumps({"removed": []}),
        # an entry, or the entries, of another shape than a table (rev38: AttributeError)
        lambda data: json.dumps({**data, "entries": [1]}),
        lambda data: json.dumps({**data, "entries": {"x": 1}}),
        lambda data: json.dumps({**data, "removed": [1]}),  # an id not a string
        # a source no member has, or of no hashable kind: read by value in a dict (sp67)
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "source": "moon"}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "source": ["x"]}]}),
        # cli12: every field still checked where the entry is made without Entry's __init__
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "confidence": 1}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "topic": ["a"]}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "variants": "a"}]}),
        lambda data: json.dumps({**data, "entries": [{**data["entries"][0], "seen_in": None}]}),
        lambda data: json.dumps(
            {**data, "entries": [{k: v for k, v in data["entries"][0].items() if k != "id"}]}
        ),
        lambda data: json.dumps(
            {**data, "entries": [{k: v for k, v in data["entries"][0].items() if k != "text"}]}
        ),
    ],
)
def test_a_spoiled_entry_is_parsed_again_and_rewritten(cache: Path, spoil: object) -> None:
    parser = Counted()
    expected = lexicon_cache.cached(TEXT, parser)
    [path] = cache.iterdir()
    assert callable(spoil)
    path.write_text(spoil(json.loads(path.read_text("utf-8"))), encoding="utf-8")
    assert lexicon_cache.cached(TEXT, parser) == expected
    assert parser.calls == 2
    assert lexicon_cache.cached(TEXT, parser) == expected
    assert parser.calls == 2  # the rewritten entry is good


def test_the_entries_read_back_are_entries_as_parsed_in_every_field(cache: Path) -> None:
    """Read back, each entry of the built-in lexicon is an ``Entry`` (made by
    ``model.makers.entry``, cli12), frozen, equal and of equal hash to the parsed one, its
    tuples tuples and its source a member."""
    parsed = parse(TEXT, path="x", source=FormulaSource.BUILTIN)
    lexicon_cache.cached(TEXT, lambda text: parse(text, path="x", source=FormulaSource.BUILTIN))
    read = lexicon_cache.cached(TEXT, Counted())
    assert read == parsed and len(read.entries) > 300
    for made, fresh in zip(read.entries, parsed.entries, strict=True):
        assert type(made) is Entry and hash(made) == hash(fresh) and repr(made) == repr(fresh)
        assert [type(getattr(made, n)) for n in makers.FIELDS[Entry]] == [
            type(getattr(fresh, n)) for n in makers.FIELDS[Entry]
        ]
    with pytest.raises(FrozenInstanceError):
        read.entries[0].text = "changed"  # type: ignore[misc]


def test_no_cache_parses_every_time() -> None:
    parser = Counted()
    lexicon_cache.cached(TEXT, parser)
    lexicon_cache.cached(TEXT, parser)
    assert parser.calls == 2


def test_only_the_newest_entries_are_kept(cache: Path) -> None:
    parser = Counted()
    for number in range(lexicon_cache._KEPT + 3):
        lexicon_cache.cached(TEXT + f"\n# edit {number}\n", parser)
    assert len(list(cache.iterdir())) == lexicon_cache._KEPT


def test_builtin_goes_through_the_cache(cache: Path) -> None:
    builtin.cache_clear()
    try:
        assert builtin() == parse(TEXT, path="x", source=FormulaSource.BUILTIN)
        assert len(list(cache.iterdir())) == 1
    finally:
        builtin.cache_clear()
