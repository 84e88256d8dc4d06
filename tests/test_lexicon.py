"""Lexicon files: the built-in one, user files, merging and errors that point at a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.errors import LexiconError
from readoutdiff.formulas.lexicon.lexicon import builtin, load, merge, parse
from readoutdiff.model import FormulaSource


def test_builtin_has_sixty_formulas_with_ids_topics_and_known_successors() -> None:
    entries = builtin().entries
    assert len(entries) >= 60
    ids = {e.id for e in entries}
    assert len(ids) == len(entries)
    assert all(e.topic and e.source is FormulaSource.BUILTIN for e in entries)
    assert all(s in ids for e in entries for s in e.successors)


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'remove = ["new-era"]\n[[formula]]\nid = "core-interests"\ntext = "vital interests"\n'
        '[[formula]]\nid = "harmonious-world"\ntext = "harmonious world"\ntopic = "vision"\n',
        "utf-8",
    )
    merged = merge(builtin(), load(path))
    core = merged.get("core-interests")
    assert core is not None and core.text == "vital interests" and core.source is FormulaSource.USER
    assert merged.get("harmonious-world") is not None and merged.get("new-era") is None
    assert len(merged.entries) == len(builtin().entries)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[[formula]]\nid = "a"\ntext = "x y"\n\n[[formula]]\nid = "b"\nvariants = "x"\ntext = "z"\n', 7, "variants must be a list"),
        ('[[formula]]\nid = "a"\ntext = "x y"\n[[formula]]\nid = "a"\ntext = "z"\n', 5, "used twice"),
        ('[[formula]]\nid = "a"\n', 2, "needs text"),
        ('[[formula]]\nid = "Bad Id"\ntext = "z"\n', 2, "must be lower case"),
        ('[[formula]]\nid = "a"\ntext = "z"\nfuzzy = "yes"\n', 4, "fuzzy must be true or false"),
        ('[[formula]]\nid = "a"\ntext = "..."\n', 3, "no words"),
        ('formulas = []\n', 1, "unknown top-level key"),
        ('[[formula]]\nid = "a"\ntext = "z\n', 3, "not valid TOML"),
        ('[[formula]]\nid = "a"\ntext = "z y"\nzh = ["z y"]\n', 4, "zh wording 'z y' has no Chinese"),
        ('[[formula]]\nid = "a"\ntext = "z y"\nru = ["z y"]\n', 4, "ru wording 'z y' has no Cyrillic"),
    ],
)  # fmt: skip
def test_malformed_lexicon_says_path_line_and_what(text: str, line: int, words: str) -> None:
    with pytest.raises(LexiconError) as caught:
        parse(text, path="my.toml")
    assert caught.value.path == "my.toml" and caught.value.line == line
    assert words in caught.value.message
    assert str(caught.value).startswith(f"my.toml:{line}: ")


def test_language_lists_need_their_script() -> None:
    text = (
        '[[formula]]\nid = "a"\ntext = "z y"\nzh = ["G20 峰会", "の", "豈"]\nru = ["G20 саммит"]\n'
    )
    assert parse(text).entries[0].zh == ("G20 峰会", "の", "豈")


def test_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read the lexicon: no such file"):
        load(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "is a folder: give the path of its TOML file"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "is binary (it has NUL bytes), not TOML"),
        ('[[formula]]\nid = "x"\n'.encode("utf-16"), "is UTF-16; TOML is read as UTF-8"),
    ],
)
def test_a_folder_a_binary_or_a_utf16_lexicon_is_named_as_such(
    tmp_path: Path, content: bytes | None, said: str
) -> None:
    """Not "cannot read the lexicon (Is a directory)" nor "is not valid UTF-8" for a picture."""
    path = tmp_path / "mine.toml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(LexiconError) as caught:
        load(path)
    assert str(caught.value).startswith(f"{path}: {said}")


@pytest.mark.parametrize(
    ("encoding", "said"),
    [("gbk", "GBK or GB18030 (Chinese; or Big5)"), ("cp1251", "Windows-1251 (Russian)")],
)
def test_a_lexicon_in_a_legacy_encoding_names_the_encoding_it_reads_as(
    tmp_path: Path, encoding: str, said: str
) -> None:
    """The built-in lexicon saved in GBK or Windows-1251 (its Chinese and Russian wordings
    are what such a file holds): the error names the encoding, so the user knows what to
    convert from; the line is that of the first byte that is not UTF-8 (a character the
    encoding lacks is saved as "?")."""
    real = Path(__file__).parents[1] / "src" / "readoutdiff" / "data" / "formulas.toml"
    text = real.read_text("utf-8")
    path = tmp_path / "mine.toml"
    path.write_bytes(text.encode(encoding, "replace"))
    first = next(i for i, char in enumerate(text) if not char.encode(encoding, "replace").isascii())
    with pytest.raises(LexiconError) as caught:
        load(path)
    line = text.count("\n", 0, first) + 1
    column = first - text.rfind("\n", 0, first)  # the lines before it are ASCII here
    byte = text[first].encode(encoding)[0]
    assert str(caught.value) == (  # where, as a readout's error says it (rev31)
        f"{path}:{line}: is not valid UTF-8 (byte 0x{byte:02x} at column {column}) but reads as"
        f" {said}; re-save it as UTF-8"
    )
