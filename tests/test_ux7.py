"""What a user meets (branch ux7), each through the real command line on real readouts.

1. Two languages' versions of one call: a formula or a passage one version alone holds is said
   so in the key changes ("Only in A, the Chinese version: formula “互利合作”"), not "Dropped".
2. ``series DIR`` (and ``--history DIR``) with a subfolder holding readouts: one warning line
   names it, rather than pass it over in silence.
3. A named pipe no program writes to: one error line and exit status 2, not a wait for ever; a
   pipe a program writes to (a process substitution, ``cat a.txt > p &``) is read as before.
4. ``--history``: a date with its year ("March 24, 2022 ballistic missile launch", "24 марта
   2023 года", "2023年3月24日") is a date, so the dated event is not learnt as a recurring phrase.
5. The terminal formula list tags a line a rule read ``[rule]``, a mined phrase ``[mined]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from readoutdiff.formulas.mining.recurrence import after_date
from readoutdiff.formulas.words.phrases import grouped_words
from readoutdiff.ingest import from_text

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
FORMULAS = ROOT / "eval" / "formulas"
SAMPLES = (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt")


def _run(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


# 1. Two versions of one call ------------------------------------------------------------------


def test_a_formula_one_version_alone_says_is_only_in_that_version(tmp_path: Path) -> None:
    """MFA's Chinese readout of the Xi–Trump call of 2017-10-25 and its English version: "互利合作"
    is said in the Chinese only. It read "Dropped formula" (ux6's note); every view says it is
    in one version only now, the JSON keeping its kind."""
    a, b = (
        BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt",
        BILINGUAL / "xi-trump__2017-10-25__mfa.txt",
    )
    first = "Only in A, the Chinese version: formula “互利合作” (A line 9, sentence 2)."
    html, document = tmp_path / "pair.html", tmp_path / "pair.json"
    text = _run(a, b, "--color", "never", "--html", html, "--json", document).stdout
    assert f"\n  1. {first}\n" in text
    assert "Dropped formula" not in text
    linked = '(<a class="at" href="#r10">A line 9, sentence 2</a>)'
    assert f"<li>{first.replace('(A line 9, sentence 2)', linked)}</li>" in html.read_text("utf-8")
    keys = json.loads(document.read_text(encoding="utf-8"))["key_changes"]
    assert (keys[0]["kind"], keys[0]["summary"]) == ("formula-dropped", first)
    summary = tmp_path / "summary.md"
    _run("check", a, b, "--summary", summary)
    assert f"\n1. {first}\n" in summary.read_text(encoding="utf-8")


def test_a_passage_and_a_new_formula_one_version_alone_holds(tmp_path: Path) -> None:
    """Xinhua's English and Chinese (traditional) of the Xi–Trump call of 2018-12-29: the Chinese
    holds passages and formulas the English lacks; none is "Added" or "New"."""
    a = BILINGUAL / "xi-trump__2018-12-29__xinhua.txt"
    b = BILINGUAL / "xi-trump__2018-12-29__xinhua-zh-hant.txt"
    markdown = _run(a, b, "-f", "markdown").stdout
    keys = markdown.split("### Key changes\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert keys[0].startswith("1. Only in B, the Chinese version: passage (B line 3): “新華社北京")
    assert any("Only in B, the Chinese version: formula “相互尊重”" in k for k in keys)
    assert not any(word in k for k in keys for word in ("Added", "New formula", "Dropped"))
    assert keys[-1].startswith(f"{len(keys)}. A is in English, B in Chinese; 9 passages paired")


def test_two_languages_dated_apart_keep_dropped(tmp_path: Path) -> None:
    """Two languages more than a day apart are two calls: what one lacks is a change over time,
    still "Dropped" (the Chinese readout of 2017-10-25 against the English one of 2018-03-09)."""
    a, b = (
        BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt",
        BILINGUAL / "xi-trump__2018-03-09__mfa.txt",
    )
    document = json.loads(_run(a, b, "-f", "json").stdout)
    summaries = [k["summary"] for k in document["key_changes"]]
    assert not any(s.startswith("Only in ") for s in summaries), summaries


# 2. A subfolder of readouts -------------------------------------------------------------------


def _series_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "readouts"
    (folder / "2021").mkdir(parents=True)
    (folder / "pictures").mkdir()
    (folder / "pictures" / "photo.png").write_bytes(b"\x89PNG")
    for path in SAMPLES:  # the same readouts under other names, a day apart from the sample's
        (folder / path.name.replace("xi-putin", "copy")).write_bytes(path.read_bytes())
    for path in SAMPLES:
        (folder / "2021" / path.name).write_bytes(path.read_bytes())
    return folder


def test_series_names_a_subfolder_of_readouts_it_does_not_read(tmp_path: Path) -> None:
    folder = _series_folder(tmp_path)
    run = _run("series", folder, "--json", tmp_path / "s.json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == (
        f"readoutdiff: warning: {folder / '2021'}: skipped, a subfolder holding 2 readout files,"
        " not searched (a folder is not read recursively): name it too to read them\n"
    )  # the folder of pictures holds no readout: not named
    assert len(json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["meetings"]) == 2
    # named too, it is read and not warned of (its copies of the two are read once)
    named = _run("series", folder, folder / "2021")
    assert "skipped, a subfolder" not in named.stderr


def test_history_names_a_subfolder_of_readouts_check_dir_passes_it_over(tmp_path: Path) -> None:
    folder = _series_folder(tmp_path)
    run = _run(*SAMPLES, "--history", folder, "--color", "never")
    assert f"{folder / '2021'}: skipped, a subfolder holding 2 readout files" in run.stderr
    # the folder itself holds only A and B: refused (ux18; it said "0 earlier readouts read"),
    # the subfolder named in the error too
    assert run.returncode == 2, run.stderr
    assert run.stderr.endswith(
        f"; subfolders are not searched: name one, such as {folder / '2021'}\n"
    )
    assert "skipped, a subfolder" not in _run("check", folder).stderr


# 3. A named pipe ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_no_program_writes_to_is_an_error_not_a_wait(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    for args in (
        (pipe, SAMPLES[1]),
        ("formulas", pipe),
        ("check", pipe, SAMPLES[1]),
        (*SAMPLES, "--lexicon", pipe),
    ):
        started = time.monotonic()
        run = _run(*args, timeout=30)
        assert run.returncode == 2, (args, run.stderr)
        assert run.stderr == (
            f"readoutdiff: error: {pipe}: is a named pipe no program writes to, so there is"
            " nothing to read (it would wait for one forever); start the program that writes it"
            " first, or give a file instead\n"
        )
        assert time.monotonic() - started < 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_a_program_writes_to_is_read(tmp_path: Path) -> None:
    """A writer already waiting on the pipe (``cat a.txt > p & readoutdiff p b.txt``), and one
    that opens it only once readoutdiff has (the other way round): both are read whole."""
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    data = SAMPLES[0].read_bytes()

    def waiting() -> None:  # blocks in open() until a reader comes
        with open(pipe, "wb") as out:
            out.write(data)

    def late() -> None:  # opens only once a reader holds the pipe, then writes
        while True:
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader yet
                time.sleep(0.01)
                continue
            os.set_blocking(fd, True)
            with open(fd, "wb") as out:
                out.write(data)
            return

    for write in (waiting, late):
        threading.Thread(target=write, daemon=True).start()
        run = _run(pipe, SAMPLES[1], "-f", "json")
        assert run.returncode == 0, (write.__name__, run.stderr)
        assert json.loads(run.stdout)["a"]["date"] == "2021-06-28"


def test_a_process_substitution_is_read_and_an_empty_one_is_empty() -> None:
    """``readoutdiff <(cat a.txt) b.txt``, ``<(true)``: bash hands over /dev/fd/N, an unnamed
    pipe; it is read as before (an empty one is an empty readout, no "named pipe")."""
    script = (
        f'{sys.executable} -m readoutdiff <(cat "{SAMPLES[0]}") "{SAMPLES[1]}" -f json'
        f" | {sys.executable} -c \"import json,sys; print(json.load(sys.stdin)['a']['date'])\";"
        f' {sys.executable} -m readoutdiff <(true) "{SAMPLES[1]}"; echo "rc=$?"'
    )
    run = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert run.stdout.splitlines() == ["2021-06-28", "rc=2"], run.stderr
    assert "is empty" in run.stderr and "named pipe" not in run.stderr


# 4. A date with its year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "dated"),
    [
        ("Both condemned the DPRK’s March 24, 2023 ballistic missile launch.", "ballistic", True),
        ("Both condemned the 24 March 2023 missile launch.", "missile", True),
        ("Both condemned the March 2023 missile launch.", "missile", True),
        ("Стороны осудили состоявшийся 24 марта 2023 года пуск ракеты.", "пуск", True),
        ("Стороны осудили состоявшийся 24 марта 2023 г. пуск ракеты.", "пуск", True),
        ("中方谴责朝鲜2023年3月24日弹道导弹发射活动。", "弹", True),
        ("中方谴责朝鲜二〇二三年三月二十四日弹道导弹发射活动。", "弹", True),
        # a year alone is no date
        ("Both praised the 2023 summit.", "summit", False),
        ("Стороны обсудили итоги 2023 года и планы.", "и", False),
    ],
)
def test_a_date_with_its_year_is_a_date(text: str, word: str, dated: bool) -> None:
    words = grouped_words(from_text(text))[0][0]
    assert after_date((words, words.stems.index(word), len(words.stems))) is dated


def test_history_learns_no_dated_event_whose_date_has_its_year(tmp_path: Path) -> None:
    """The State Department's sung-kim-noh-funakoshi calls (dev), each after a DPRK launch named
    by its date, the year written in ("the DPRK’s March 24, 2022 ballistic missile launch"):
    with the other two as history, the 03-04 → 03-14 pair learnt "ballistic missile launch" as
    a recurring phrase (persisted: noise); a date without its year never was (hist5)."""
    history = tmp_path / "history"
    history.mkdir()
    for day in ("2022-02-26", "2022-03-04", "2022-03-14", "2022-03-24"):
        text = (FORMULAS / f"sung-kim-noh-funakoshi__{day}__state.txt").read_text(encoding="utf-8")
        for date in ("February 26", "March 4", "March 24"):
            text = text.replace(f"{date} ballistic", f"{date}, 2022 ballistic")
        where = history if day in ("2022-02-26", "2022-03-24") else tmp_path
        (where / f"{day}.txt").write_text(text, encoding="utf-8")
    assert ", 2022 ballistic" in (tmp_path / "2022-03-04.txt").read_text(encoding="utf-8")
    run = _run(tmp_path / "2022-03-04.txt", tmp_path / "2022-03-14.txt", "--history", history,
               "-f", "json")  # fmt: skip
    assert run.returncode == 0, run.stderr
    ids = {f["id"] for f in json.loads(run.stdout)["formulas"]}
    assert "recurring:ballistic-missile-launch" not in ids


# 5. [mined] and [rule] ------------------------------------------------------------------------


def test_the_formula_list_tells_a_rule_s_line_from_a_mined_phrase() -> None:
    """The samples' greeting ("congratulations on the 100th anniversary …", id mined:greeting,
    no topic) is a line a rule read; Xi–Lula's background phrases are mined ones."""
    view = _run(*SAMPLES, "--color", "never").stdout
    assert (
        "“congratulations on the 100th anniversary of the founding of the CPC” [rule]  A 8.1"
        in view
    )
    assert "[mined]" not in view
    pair = [FORMULAS / f"xi-lula__{d}__cctv.txt" for d in ("2025-05-13", "2025-08-12")]
    listed = _run(*pair, "--color", "never").stdout.split("\nFormulas\n", 1)[1]
    assert "    “去年中巴建交50周年之际” [mined]  A 4.1" in listed
    assert "    “面对变乱交织的国际形势” [rule]  A 4.2" in listed
