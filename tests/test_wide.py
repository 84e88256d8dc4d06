"""Text without wide characters skips the costly CJK patterns, with the very same results.

Patterns with the Chinese, Japanese and Korean ranges are compiled on first use, and text for
which :func:`readoutdiff.text.wide.has_wide` is false takes a pattern without those ranges (see the
module). Here every fast path is checked against the full pattern on real readouts in English,
Chinese (Simplified and Traditional), Russian, on pages with site junk and on mixed text, and
whole runs with the fast paths switched off must give the same bytes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

from readoutdiff import languages
from readoutdiff.formulas.lexicon import background, lexicon
from readoutdiff.formulas.words import phrases, scripts
from readoutdiff.ingest import dates, from_text, junk, reading
from readoutdiff.languages import folding as fold
from readoutdiff.languages import other, segment, wordshape, zh
from readoutdiff.text import wide
from readoutdiff.text.wide import FROM, SPACELESS, has_wide

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "readoutdiff"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
BILINGUAL = sorted((ROOT / "eval" / "bilingual").glob("*.txt"))
PAGES = sorted((ROOT / "tests" / "pages").glob("*.raw.txt"))
MIXED = (
    "Xi Jinping said: 中方高度重视中美关系! The two sides agreed; «коренные интересы» matter.\n"
    "习近平指出，双方要“尊重彼此核心利益”? Yes; 한국어 문장과 日本語のかな, ภาษาไทย too.\n"
    "The U.S.’s stance」! Next line ends」? 堅定支持彼此核心利益；Сегодня, 12 февраля 2022 г.\n"
)
ALL_CHARS = "".join(map(chr, range(0x110000)))


@cache
def texts() -> tuple[str, ...]:
    files = [*SAMPLES, *BILINGUAL, *PAGES]
    assert len(files) > 30
    return (*(path.read_text(encoding="utf-8") for path in files), MIXED)


@cache
def pieces() -> tuple[str, ...]:
    """Every line, sentence and folded sentence of the real texts, and the lexicon's wordings."""
    found: set[str] = set()
    for text in texts():
        found.update(text.splitlines())
        for sentence in from_text(text).sentences:
            found.update((sentence.text, sentence.folded, fold.fold(sentence.text)))
    wordings = {
        w for entry in (*lexicon.builtin().entries, *background.entries()) for w in entry.wordings
    }
    return tuple(sorted(found | wordings))


def test_the_pieces_hold_every_kind_of_text() -> None:
    kinds = [has_wide(piece) for piece in pieces()]
    assert kinds.count(True) > 300 and kinds.count(False) > 1000
    assert any(re.search("[\u0400-\u04ff]", piece) and not has_wide(piece) for piece in pieces())
    assert any(not piece.isascii() and not has_wide(piece) for piece in pieces())  # quotes, dashes


def test_no_character_of_a_wide_class_passes_for_narrow() -> None:
    narrow = wide._WIDE().sub("", ALL_CHARS)  # what has_wide finds nothing in
    assert (
        not has_wide(narrow)
        and has_wide(narrow + FROM)
        and all(has_wide(c) for c in SPACELESS.replace("-", ""))
    )
    assert max(narrow) < FROM and len(narrow) > 11_000
    classes = [
        fold.CJK,
        zh.HAN,
        other.NO_SPACE,
        SPACELESS,
        "\u3400-\u9fff",
        "\ue000-\uf8ff\ufffe\uffff",
    ]
    for ranges in classes:
        assert re.search(f"[{ranges}]", narrow) is None, ranges
    assert len(wide._WIDE().findall(ALL_CHARS[ord(FROM) :])) == len(ALL_CHARS) - ord(FROM)
    assert has_wide("narrow text and one 字") and not has_wide("narrow text, “quoted” — dashed")


def test_fold_words() -> None:
    for piece in pieces():
        assert fold.words(piece) == fold._WORD().findall(piece), piece


def test_tokens_and_words_of_languages() -> None:
    for piece in pieces():
        assert languages.tokens(piece) == languages._segmented(languages._TOKEN(), piece), piece
        assert languages.words(piece) == languages._segmented(languages._WORD(), piece), piece


def test_phrase_keys_and_words() -> None:
    def full_key(text: str) -> tuple[str, ...]:
        folded = phrases._script_fold(phrases.fold_words(text))
        return tuple(phrases.stem(match.group()) for match in wordshape._WORD().finditer(folded))

    for piece in pieces():
        assert phrases.key(piece) == full_key(piece), piece
        assert phrases.has_words(piece) == (
            wordshape._WORD().search(phrases.fold_words(piece)) is not None
        )
        assert fold.has_cjk(piece) == (fold._CJK_CHAR().search(piece) is not None), piece


def test_cjk_characters_told_without_the_pattern() -> None:
    assert fold.without_cjk(ALL_CHARS) == fold._CJK_CHAR().sub("", ALL_CHARS)


def test_words_of_short_wide_text_told_without_the_pattern() -> None:
    # The character walk reads [^\W_] as str.isalnum and \w as isalnum or "_": so does re.
    assert "".join(re.findall(r"[^\W_]", ALL_CHARS)) == "".join(filter(str.isalnum, ALL_CHARS))
    assert "".join(re.findall(r"\w", ALL_CHARS)) == "".join(
        c for c in ALL_CHARS if wordshape._is_w(c)
    )
    tricky = [
        "核心利益's",
        "abc's中",
        "abc's・",
        "x's_",
        "x's",
        "x'sy",
        "G20峰会",
        "・ー゛",
        "\u3040a",
    ]
    tricky += ["21世纪海上丝绸之路", "2030年可持续发展议程", "a_b 中 c", "'s's中's", "한국's"]
    wide = [piece for piece in (*pieces(), *tricky) if has_wide(piece) and len(piece) <= 100]
    assert len(wide) > 100
    for piece in wide:
        assert phrases._word_texts(piece) == wordshape._WORD().findall(piece), piece


def test_only_in_a_script() -> None:
    def full(text: str, script: str) -> bool:  # the definition, with the full patterns
        if text.isascii():
            return False
        words = wordshape._WORD().findall(phrases.fold_words(text))
        if script == "cjk":
            return bool(words) and all(fold._CJK_CHAR().fullmatch(word) for word in words)
        words = [word for word in words if not word.isdigit()]  # a number is in no script
        return bool(words) and all(word[0] in phrases.CYRILLIC for word in words)

    samples = [
        *pieces(),
        "・",
        "核心利益's",
        "коренные 利益",
        "G20 峰会",
        "ー",
        "\u3040",
        "の",
        "한국어",
        "консенсус 1992 года",
        "1992",
    ]
    samples += ["\uf900\ufa0e", "\uf900 core", "\uf900 коренные"]  # compatibility ideographs
    for script in sorted(scripts.SCRIPTS):
        results = [scripts.only_in(piece, script) for piece in samples]
        assert results == [full(piece, script) for piece in samples], script
        assert True in results and False in results


def test_chinese_characters() -> None:
    for piece in pieces():
        assert zh.is_traditional(piece) == _full_is_traditional(piece), piece
        han = wide.HAN_CHAR().search(piece)
        assert han or zh.simplified(piece) == piece
        # one pattern serves detection, zh, naming and clause heads: it is the class itself
        assert wide.HAN_CHAR().findall(piece) == re.findall(f"[{zh.HAN}]", piece)


def _full_is_traditional(text: str) -> bool:
    han = wide.HAN_CHAR().findall(text)
    if not han:
        return False
    folded = zh.simplified("".join(han))
    return sum(1 for a, b in zip(han, folded, strict=True) if a != b) >= max(1, 0.03 * len(han))


def test_sentence_ends_after_chinese() -> None:
    checked = 0
    for text in texts():
        position = 0
        for line in text.splitlines(keepends=True):
            start, end = position, position + len(line.rstrip("\r\n"))
            position += len(line)
            if has_wide(text[max(start - 1, 0) : end]):
                continue
            fast = [m.span() for m in segment._ASCII_CJK_END_PLAIN.finditer(text, start, end)]
            assert fast == [m.span() for m in segment._ASCII_CJK_END().finditer(text, start, end)]
            checked += 1
    assert checked > 300
    tricky = "He asked “why”? 「Then」! “Fine”?"  # closers below U+3040 end a sentence too
    assert not has_wide(tricky)
    found = segment._ASCII_CJK_END_PLAIN.findall(tricky)
    assert found == segment._ASCII_CJK_END().findall(tricky) == ["?", "!", "?"]


def test_dates_foreign_and_readings_not_text() -> None:
    foreign = re.compile("[\u3400-\u9fff\u0400-\u04ff]")
    not_text = re.compile("[\x00-\x08\x0e-\x1f\x7f\ue000-\uf8ff\ufffe\uffff]")
    for piece in (*pieces(), "a\ue000b", "Стороны\x07", "中\uffff"):
        assert dates._foreign(piece) == bool(foreign.search(piece)), piece
        assert reading.not_text(piece) == bool(not_text.search(piece)), piece


def test_junk_chinese_name_rule_ignores_case_exactly_as_before() -> None:
    scoped = re.compile(r"(?-i:[\u4e00-\u9fff])", re.I)
    assert scoped.findall(ALL_CHARS) == re.findall(r"[\u4e00-\u9fff]", ALL_CHARS, re.I)
    rule = dict(junk._LINES)["editor or source line"]
    before = re.compile(
        rule.pattern.replace(r"(?-i:[\u4e00-\u9fff])", r"[\u4e00-\u9fff]"), rule.flags
    )
    assert before.pattern != rule.pattern
    lines = [line.strip() for text in texts() for line in text.splitlines()]
    assert [bool(rule.search(line)) for line in lines] == [
        bool(before.search(line)) for line in lines
    ]
    assert junk.reason("张三") == "editor or source line"


RUN = """
import importlib, sys
from readoutdiff.text import wide
modules, pairs = sys.argv[2].split(","), sys.argv[3:]
for name in modules:
    module = importlib.import_module(name)
    assert module.has_wide is wide.has_wide, name
    if sys.argv[1] == "full":
        module.has_wide = lambda text: True
from readoutdiff.cli import main
for a, b, out in zip(pairs[0::3], pairs[1::3], pairs[2::3]):
    try:
        main([a, b, "-f", "json", "-o", out])
    except SystemExit as done:
        assert done.code in (0, 1), done.code
"""


def _users() -> list[str]:
    """The modules that take a fast path (import ``has_wide``)."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if re.search(
            r"^from readoutdiff\.text\.wide import .*has_wide", path.read_text("utf-8"), re.M
        ):
            parts = path.relative_to(SRC.parent).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_runs_with_the_fast_paths_off_give_the_same_bytes(tmp_path: Path) -> None:
    users = _users()
    assert {
        "readoutdiff.languages.folding",
        "readoutdiff.languages.wordshape",
        "readoutdiff.languages.segment",
    } <= set(users)
    mixed_a, mixed_b = tmp_path / "mixed-a.txt", tmp_path / "mixed-b.txt"
    en, zh_a, zh_b, ru = (ROOT / "eval" / "bilingual" / f"{n}.txt" for n in (
        "xi-trump__2017-10-25__wh", "xi-trump__2017-10-25__mfa-zh", "xi-trump__2018-05-08__mfa-zh",
        "lukashenko-putin__2022-07-11__belta-ru",
    ))  # fmt: skip
    mixed_a.write_text(en.read_text("utf-8") + zh_a.read_text("utf-8") + MIXED, encoding="utf-8")
    mixed_b.write_text(zh_b.read_text("utf-8") + ru.read_text("utf-8") + MIXED, encoding="utf-8")
    bilingual = ROOT / "eval" / "bilingual"
    pairs = [
        SAMPLES,
        [zh_a, zh_b],
        [bilingual / "xi-trump__2018-12-29__xinhua-zh-hant.txt", zh_b],
        [ru, bilingual / "lukashenko-putin__2025-12-31__belta-ru.txt"],
        [mixed_a, mixed_b],
        [ROOT / "tests" / "pages" / "han-jaishankar__2025-07-14__orientaldaily.raw.txt", zh_a],
    ]
    outputs = {}
    for mode in ("fast", "full"):
        arguments = []
        for number, (a, b) in enumerate(pairs):
            arguments += [str(a), str(b), str(tmp_path / f"{mode}-{number}.json")]
        env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / f"cache-{mode}")}
        command = [sys.executable, "-c", RUN, mode, ",".join(users), *arguments]
        subprocess.run(command, check=True, env=env, cwd=tmp_path)
        outputs[mode] = [(tmp_path / f"{mode}-{n}.json").read_bytes() for n in range(len(pairs))]
    assert all(len(output) > 1000 for output in outputs["fast"])
    assert outputs["fast"] == outputs["full"]


def test_classes_rewritten_to_compile_fast_match_the_same_characters() -> None:
    from readoutdiff.render import check_junit

    before = re.compile("[\u0400-\U0010ffff]")  # the same set, range-walked by re: 10 ms
    assert scripts._FROM_CYRILLIC.findall(ALL_CHARS) == before.findall(ALL_CHARS)
    before = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    assert check_junit._NOT_XML.findall(ALL_CHARS) == before.findall(ALL_CHARS)
