"""Branch ux27: the leftovers users meet (named by session 49), through the real CLI, real
files and real folders.

- the line saying what ``-`` waits for at a terminal keeps to the terminal's width (below 71
  columns it ran past the edge) and stays one line to a pipe;
- a change around a formula is "around kept formula" only where the formula list counts that
  formula persisted (wangyi-qureshi: "kept" beside a header of 0 persisted);
- ``series DIR`` passes over a folder's README / SOURCES and its settings files without a word
  (eval's series folders warned of EXPECTED.toml and SOURCES.md on every run); any other file
  not read is still named, and a readout that cannot be read still stops the run;
- the matcher's JSON cache entries of an older format are pruned with its marshal ones;
- a name joined by "of" ends where a title starts ("Ministry of Foreign Affairs Director
  General …" is no one name);
- a Chinese wish is the verb 愿, not 愿景 "vision" or 意愿 "will" (ux28: nor 请愿, 愿 inside any
  word the segmenter gives).
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import drained

from readoutdiff.formulas.keys.key_record import columns

ROOT = Path(__file__).resolve().parent.parent
EARLY = Path("samples/2021-06-28-xi-putin.txt")
PASTED = b"On 1 May 2021 President Xi Jinping met President Putin.\n\x04"


def _typed_at_terminals(width: int, *args: str | Path) -> tuple[int, bytes, str]:
    """Run the CLI with standard input and standard error each a pseudo-terminal of
    ``COLUMNS=width``, :data:`PASTED` typed into the first; return the exit status, standard
    output and what standard error showed."""
    typed, shown_on = pty.openpty(), pty.openpty()
    chunks: list[bytes] = []
    reader = drained(shown_on[0], chunks)
    try:
        done = subprocess.Popen(
            [sys.executable, "-m", "readoutdiff", *map(str, args)],
            cwd=ROOT, stdin=typed[1], stdout=subprocess.PIPE, stderr=shown_on[1],
            env={**os.environ, "COLUMNS": str(width), "NO_COLOR": "1"},
        )  # fmt: skip
        os.write(typed[0], PASTED)
        out, _ = done.communicate(timeout=300)
    finally:
        for _, follower in (typed, shown_on):
            os.close(follower)
        reader.join(timeout=60)
        for leader, _ in (typed, shown_on):
            os.close(leader)
    return done.returncode, out, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.mark.parametrize("width", [40, 50, 70])
def test_the_prompt_of_standard_input_keeps_to_a_narrow_terminal(width: int) -> None:
    """``readoutdiff - B`` at a terminal of ``width`` columns: the prompt, 71 columns, was
    written whole by the reading layer and the terminal tore it; now broken as every other
    line on standard error, its head whole, going on under 4 spaces."""
    status, out, err = _typed_at_terminals(width, "-", EARLY, "--format", "json")
    assert status == 0, err
    assert b'"schema": "readoutdiff/1"' in out  # the pasted text read as A
    lines = err.splitlines()
    assert len(lines) > 1 and all(columns(line) <= width for line in lines), lines
    assert lines[0].startswith("readoutdiff: - reads the terminal:")
    assert all(line.startswith("    ") for line in lines[1:])
    assert " ".join(err.split()) == (
        "readoutdiff: - reads the terminal: paste the readout, then press Ctrl-D"
    )


def test_the_prompt_of_formulas_and_series_keeps_to_the_terminal_too() -> None:
    """Each command that reads ``-`` says it the same way."""
    for args in (["formulas", "-"], ["series", "-", EARLY], ["check", "-", EARLY]):
        status, _, err = _typed_at_terminals(50, *args)
        assert status in (0, 1), err
        first = err.splitlines()[:2]
        assert first == [
            "readoutdiff: - reads the terminal: paste the",
            "    readout, then press Ctrl-D",
        ]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


FORMULAS = Path("eval/formulas")


def test_a_change_is_around_a_kept_formula_only_where_the_header_counts_it_persisted() -> None:
    """wangyi-qureshi 2021-05-15 → 2021-07-24 (Xinhua, PRC MFA): the key changes said "Wording
    around kept formula “全天候战略合作伙伴关系” changed" while the header counted 0 persisted (the
    rewritten clause is the Chinese formula's one entry, counted changed). The words now come
    from the formula list: no fate where the formula has no persisted entry; the sample pair,
    whose kept formulas are listed persisted beside their changed wordings, still says "kept"."""
    pair = [FORMULAS / f"wangyi-qureshi__{name}.txt" for name in (
        "2021-05-15__xinhua", "2021-07-24__mfa-zh")]  # fmt: skip
    done = _run(*pair, "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["summary"]["formulas"]["persisted"] == 0
    said = [key["summary"] for key in report["key_changes"]]
    assert not [line for line in said if "kept formula" in line]
    assert any(
        line.startswith("Wording around formula “全天候战略合作伙伴关系” changed: ")
        for line in said
    )
    text = _run(*pair).stdout
    assert "kept formula" not in text and "wording around formula “核心利益” changed" in text
    samples = _run(EARLY, "samples/2021-12-15-xi-putin.txt", "--format", "json")
    report = json.loads(samples.stdout)
    persisted = {f["id"] for f in report["formulas"] if f["status"] == "persisted"}
    around = [f["id"] for f in report["formulas"] if f["id"].endswith("/context")]
    assert around and all(id.removesuffix("/context") in persisted for id in around)
    assert any(
        key["summary"].startswith("Wording around kept formula “true multilateralism” changed")
        for key in report["key_changes"]
    )


def test_series_passes_over_a_folders_notes_and_settings_and_names_the_rest(
    tmp_path: Path,
) -> None:
    """A copy of eval/series/sherman-quint (its readouts, SOURCES.md, EXPECTED.toml) with a
    README, check's rules file, a PDF and a picture put in: the notes and the settings pass
    without a word (before: one warning each, every run); the PDF and the picture, which may be
    a readout saved in a form not read, are named as before; a .txt that is not text still stops
    the run with its one line and exit status 2."""
    source = ROOT / "eval" / "series" / "sherman-quint"
    folder = tmp_path / "sherman-quint"
    shutil.copytree(source, folder)
    assert {"SOURCES.md", "EXPECTED.toml"} <= {path.name for path in folder.iterdir()}
    shutil.copy(ROOT / "tests" / "data" / "ux26" / "rules.toml", folder / "rules.toml")
    (folder / "README.md").write_text("Readouts of the Sherman-Quint calls.\n", encoding="utf-8")
    (folder / "call.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    done = _run("series", folder)
    assert done.returncode == 0, done.stderr
    warned = [line.split(": skipped")[0].rsplit("/", 1)[-1] for line in done.stderr.splitlines()]
    assert warned == ["call.pdf", "photo.png"], done.stderr
    assert done.stdout.startswith("Series of ")
    quiet = _run("series", source)
    assert quiet.returncode == 0 and quiet.stderr == ""
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe\x00" * 40)
    broken = _run("series", folder)
    assert broken.returncode == 2
    assert [line for line in broken.stderr.splitlines() if "broken.txt" in line]


def test_old_json_matcher_entries_are_pruned_with_the_new_ones(tmp_path: Path) -> None:
    """A cache folder an older readoutdiff filled with JSON matcher entries (FORMAT < 4, before
    cli10's marshal files): no run reads them, and they stayed for ever, the pruning counting
    ``.marshal`` files only. A real run writing its entry now keeps the folder's eight newest,
    the old ones counted."""
    matcher = tmp_path / "cache" / "matcher"
    matcher.mkdir(parents=True)
    for n in range(12):
        old = matcher / f"{n:064x}.json"
        old.write_text('00000000\n{"format": 3}', encoding="utf-8")
        os.utime(old, (1_600_000_000 + n, 1_600_000_000 + n))
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(EARLY), "samples/2021-12-15-xi-putin.txt"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    kept = sorted(path.name for path in matcher.iterdir())
    assert len(kept) == 8
    assert [name for name in kept if name.endswith(".marshal")]  # this run's entry
    assert kept[:7] == [f"{n:064x}.json" for n in range(5, 12)]  # the newest old ones


def test_a_name_joined_by_of_ends_where_a_title_starts() -> None:
    """Real text (State Department, sung-kim-noh-funakoshi 2022-02-26): "… with Japanese
    Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi
    Takehiro …". A wording cut at the "of" was taken on through "Director General" as one name,
    and the mined change around it read "launch with Japanese Ministry of Foreign Affairs
    Director General" → "test with …": the name now ends at "Affairs"."""
    from readoutdiff.compare import compare
    from readoutdiff.formulas.words.cuts import name_end
    from readoutdiff.formulas.words.phrases import readout_words
    from readoutdiff.ingest import load

    a = load(FORMULAS / "sung-kim-noh-funakoshi__2022-02-26__state.txt")
    b = load(FORMULAS / "sung-kim-noh-funakoshi__2022-03-04__state.txt")
    words = next(w for w in readout_words(a) if "ministry" in w.stems and "director" in w.stems)
    of = words.stems.index("ministry") + 1
    assert words.stems[of] == "of"
    said = a.text[words.start(of + 1) : words.end(name_end(words, of) - 1)]
    assert said == "Foreign Affairs"
    wordings = [f.a_text or "" for f in compare(a, b).formulas]
    assert not [w for w in wordings if "Director General" in w and "Ministry" in w], wordings


@pytest.mark.parametrize(
    ("said", "wish"),
    [
        ("哈中有着加强合作的强烈政治意愿", False),  # xi-tokayev 2025-06-16, CCTV
        (
            "鲁托表示，肯中始终坚持真诚相待、互利共赢，两国合作有着共同愿景",
            False,
        ),  # xi-ruto 2025-04-24
        (
            "中方支持沙方“2030愿景”、“绿色中东”等一系列重大发展倡议",
            False,
        ),  # xi-bin-salman 2022-12-08
        (
            "当前南海形势总体稳定,地区国家有意愿、有智慧、有能力解决问题",
            False,
        ),  # dongjun-austin 2024-04-16
        ("俄方愿同中方认真落实两国元首达成的各项重要共识", True),  # xi-mishustin 2023-12-20
        ("中方愿同联合国加强合作", True),  # wangyi-guterres 2024-09-27
        # ux28: 愿 inside a word the segmenter gives is no wish, a word no list named either
        ("双方要加强共建“一带一路”倡议同文莱“2035宏愿”战略对接", False),  # xi-bolkiah 2025-02-06
        ("确保照顾各方合理关切，增强和平意愿", False),  # xi-merz 2026-02-25
        ("厄方祝愿此次中非合作论坛峰会取得成功", True),  # xi-isaias 2024-09-02: 祝愿, a wish
        ("中方愿为", True),  # 愿 cut as a word of its own before 为
    ],
)
def test_a_chinese_wish_is_the_verb_not_a_noun_holding_its_character(said: str, wish: bool) -> None:
    """Real sentences of eval/formulas: 愿景 "vision" and 意愿 "will" are nouns; only the verb 愿
    (中方愿同……) makes the talks after it a wish (chg2's test was a bare 愿); since ux28 the
    verb is 愿 opening a word the segmenter gives."""
    from readoutdiff.formulas.unpaired.talks_zh import _wished

    assert _wished(said, len(said)) is wish


def test_talks_after_a_will_or_a_vision_are_what_the_talks_did() -> None:
    """Two real clauses of eval/formulas in one sentence: xi-tokayev 2025-06-16's "哈中有着加强合作
    的强烈政治意愿" (a will: nouns), then the talks "两国元首还就共同关心的国际地区问题交换了意见"
    (xi-raisi 2023-02-14, CCTV) — what the talks did, not a wish; after "中方愿同哈方" (the verb) they are one."""
    from readoutdiff.formulas.unpaired.talks_zh import talks
    from readoutdiff.ingest import from_text

    talked = "两国元首还就共同关心的国际地区问题交换了意见"
    will = from_text(f"哈中有着加强合作的强烈政治意愿，{talked}。")
    wish = from_text(f"中方愿同哈方，{talked}。")
    assert [will.text[s.span.start + i : s.span.start + j] for s, i, j, _ in talks(will)] == [
        talked
    ]
    assert talks(wish) == []


def test_talks_after_a_petition_are_what_the_talks_did() -> None:
    """rev37 saw 请愿 "petition" read as the wish 愿 (ux27's list named the nouns it had met):
    the real talks clause of xi-raisi 2023-02-14 (CCTV) after a clause on a petition is what
    the talks did; after the verb 愿 it is a wish (the segmenter's words: 请愿 is one, ux28)."""
    from readoutdiff.formulas.unpaired.talks_zh import talks
    from readoutdiff.ingest import from_text

    talked = "两国元首还就共同关心的国际地区问题交换了意见"
    petition = from_text(f"两国民众曾联名请愿，{talked}。")
    wish = from_text(f"两国民众愿联名，{talked}。")
    said = [petition.text[s.span.start + i : s.span.start + j] for s, i, j, _ in talks(petition)]
    assert said == [talked]
    assert talks(wish) == []
