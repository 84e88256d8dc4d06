"""ux20 (forty-sixth session): the edges ``series`` and ``check`` still left (ux19's and rev32's
"left" lists), each run as the command in a subprocess on real readouts.

1. A folder the user may list but not search (mode ``r--``, no ``x``) let each look at a file
   in it raise ``Permission denied``: ``series DIR`` said the bare ``DIR/FILE: Permission
   denied``, ``--history DIR`` called the *file* a folder it cannot list. Every command says
   ``DIR: lists its files but cannot open them (…)`` now, one line, exit 2. As in
   test_review_rev32, the denial is the operating system's own answer made by a wrapper in the
   subprocess (the tests may run as root, who may search any folder).
2. ``check DIR --since REF --series NAME`` named the other series' readouts added only in a
   warning on standard error: the JSON, JUnit and job summary a CI job keeps said nothing of
   them. Each report names them now (a real git repository of eval/formulas readouts).
3. Two readouts of two meetings whose file names say no series (an Obama–Cameron page against
   the Xi–Putin sample) compared at similarity 0.00 with no word: a warning now says when
   the two name no one in common after an office; no real successive pair of eval, in any
   language, gets it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from test_check_since import _schema
from test_review_rev32 import DENIAL_HEAD, DENIAL_TAIL
from test_ux19 import MARCOS, RUTTE, _check, _git, _repo

from readoutdiff.ingest import load
from readoutdiff.ingest.people import no_one_shared
from readoutdiff.ingest.readout_paths import series_named

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
OBAMA_CAMERON = ROOT / "tests" / "data" / "u68" / "obama-cameron whitehouse.gov.html"
UNSEARCHED = (
    "lists its files but cannot open them (Permission denied: the folder may be read, not"
    " searched); check its permissions"
)

NOT_SEARCHED = (
    DENIAL_HEAD
    + """
os.stat, os.lstat = _wrap(os.stat), _wrap(os.lstat)
builtins.open = io.open = _wrap(io.open)
"""
    + DENIAL_TAIL
)
"""A user's view of a folder ``hidden`` they may list (``r``) but not search (no ``x``): its
names are listed, yet looking at or opening anything inside it is ``Permission denied``."""


def run(*args: str | Path, hidden: str | None = None, cwd: Path | None = None):  # noqa: ANN201
    env = {**os.environ, "NO_COLOR": "1"}
    start = ["-c", NOT_SEARCHED, hidden] if hidden is not None else ["-m", "readoutdiff"]
    return subprocess.run(
        [sys.executable, *start, *map(str, args)],
        capture_output=True, text=True, timeout=300, env=env, cwd=cwd,
    )  # fmt: skip


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "r"
    folder.mkdir()
    for name in ("abe-moon__2017-05-11__mofa-jp.txt", "abe-moon__2017-05-30__mofa-jp.txt"):
        shutil.copyfile(EVAL / "formulas" / name, folder / name)
    return folder


def test_a_folder_listed_but_not_searched_is_one_line(tmp_path: Path) -> None:
    _folder(tmp_path)
    for args in (
        ("series", "r"),
        ("series", "r", "--series", "all"),
        ("series", "r/*.txt"),  # a pattern the shell left: its matches are listed
        ("check", "r"),
        ("check", "r", "--series", "abe"),
        (*SAMPLES, "--history", "r"),
    ):
        done = run(*args, hidden="r", cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (
            2,
            "",
            f"readoutdiff: error: r: {UNSEARCHED}\n",
        ), args


def test_a_readout_named_in_a_folder_not_searched_is_its_readers_line(tmp_path: Path) -> None:
    """``series r/a.txt r/b.txt`` (the shell expanded ``r/*.txt``): ``series`` said the bare
    ``Permission denied`` (a folder test raised), ``check`` and ``readoutdiff A B`` the reader's
    ``cannot read it (Permission denied)`` with nothing to do; each says what to check now."""
    files = sorted(f"r/{path.name}" for path in _folder(tmp_path).iterdir())
    for command in ("series", "check", "diff"):
        done = run(command, *files, hidden="r", cwd=tmp_path)
        assert (done.returncode, done.stderr) == (
            2,
            f"readoutdiff: error: {files[0]}: cannot read it (Permission denied); check the"
            " permissions of the folders on its way\n",
        ), command


WHY = "added or changed since main, of series harris-marcos, not of --series rutte"


def test_since_with_series_names_the_other_series_in_every_report(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    other = f"readouts/{MARCOS[2]}"
    summary = tmp_path / "summary.md"
    done = _check(repo, "--series", "rutte", "-f", "json", "--summary", summary)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    _schema("readoutdiff-checks-1.schema.json").validate(document)
    assert document["added"] == [f"readouts/{RUTTE[2]}"]
    assert document["not_checked"] == [{"path": other, "series": "harris-marcos", "why": WHY}]
    assert list(document)[:7] == [
        "schema", "folder", "since", "commit", "added", "not_checked", "failed",
    ]  # fmt: skip
    said = summary.read_text(encoding="utf-8")
    assert (
        "Not checked: 1 readout added or changed since `main` of another series than"
        f" `--series rutte`: `{other}` (harris-marcos).\n"
    ) in said
    assert said.index("Not checked") < said.index("## readoutdiff check")  # after the found line
    junit = ET.fromstring(_check(repo, "--series", "rutte", "-f", "junit").stdout)
    skipped = [case for case in junit.iter("testcase") if case.find("skipped") is not None]
    assert [case.get("name") for case in skipped] == [other]
    assert skipped[0].find("skipped").get("message") == f"not checked: {WHY}"  # type: ignore[union-attr]
    assert junit.get("skipped") == "1"
    assert junit.get("tests") == str(sum(1 for _ in junit.iter("testcase")))
    github = _check(repo, "--series", "rutte", "-f", "github").stdout.splitlines()
    assert github[0] == f"::notice file={other},title=readoutdiff check::not checked: {WHY}"
    # without --series, nothing is left out: no key (as before)
    assert "not_checked" not in json.loads(_check(repo, "-f", "json").stdout)


def test_since_with_series_and_none_of_another_added_says_none(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    _git(repo, "rm", "-q", f"readouts/{MARCOS[2]}")
    _git(repo, "commit", "-q", "-m", "only sunak-rutte added")
    done = _check(repo, "--series", "rutte", "-f", "json")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["not_checked"] == []
    text = _check(repo, "--series", "rutte")
    assert "not checked" not in text.stdout and text.stderr == ""
    junit = _check(repo, "--series", "rutte", "-f", "junit").stdout
    assert "<skipped" not in junit


def _successive(folder: Path) -> list[tuple[object, object]]:
    by_series: dict[str | None, list[object]] = {}
    for path in sorted(folder.glob("*__*.txt")):
        by_series.setdefault(series_named(str(path)), []).append(load(path, max_bytes=10**8))
    pairs = []
    for readouts in by_series.values():
        readouts.sort(key=lambda r: (r.date or "", r.path))  # type: ignore[attr-defined]
        pairs += list(zip(readouts, readouts[1:], strict=False))
    return pairs


def test_no_successive_pair_of_eval_names_no_one_in_common() -> None:
    """Every successive pair of a series (by file name, by date) of eval's folders, of one
    language: each names the same people, whatever their file names."""
    counts: dict[str, int] = {}
    warned = []
    for name in ("formulas", "noise", "outside", "bilingual"):
        for old, new in _successive(EVAL / name):
            language = old.language  # type: ignore[attr-defined]
            if language != new.language:  # type: ignore[attr-defined]
                continue
            counts[language] = counts.get(language, 0) + 1
            if no_one_shared(old.text, new.text, language):  # type: ignore[attr-defined]
                warned.append((old.path, new.path))  # type: ignore[attr-defined]
    assert warned == []
    assert counts["en"] > 400 and counts["zh"] > 100 and counts["ru"] > 30, counts


def _unnamed(tmp_path: Path, *paths: Path) -> list[Path]:
    """``paths`` copied under names that say no series (``a.txt``, ``b.txt``)."""
    copies = []
    for letter, path in zip("ab", paths, strict=False):
        copy = tmp_path / f"{letter}{path.suffix}"
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies


def test_two_meetings_named_by_no_file_name_warn_once() -> None:
    for command, (old, new) in (("diff", ("A", "B")), ("check", ("OLD", "NEW"))):
        done = run(command, OBAMA_CAMERON, SAMPLES[0], "-f", "json")
        assert done.returncode == 0, done.stderr
        warnings = [line for line in done.stderr.splitlines() if "two meetings" in line]
        assert warnings == [
            f"readoutdiff: warning: {old} and {new} name no one in common after an office ({old}:"
            f" Cameron, Obama; {new}: Xi Jinping, Vladimir Putin): they seem to be readouts of"
            " two meetings; they are compared all the same"
        ], command


def test_chinese_and_russian_readouts_of_two_meetings_warn(tmp_path: Path) -> None:
    formulas = EVAL / "formulas"
    for language, pair in {
        "zh": ("liqiang-sisi__2025-07-10__cctv.txt", "zhaoleji-sanchez__2024-11-27__cctv.txt"),
        "ru": (
            "putin-lukashenko__2025-03-20__kremlin.txt",
            "japarov-erdogan__2023-02-07__vesti-kg.txt",
        ),
    }.items():
        a, b = _unnamed(tmp_path, *(formulas / name for name in pair))
        done = run(a, b, "-f", "json")
        assert done.returncode == 0, done.stderr
        warnings = [line for line in done.stderr.splitlines() if "two meetings" in line]
        assert len(warnings) == 1, (language, done.stderr)
        assert SHOWN[language] in warnings[0], warnings  # names whole, as written (ux21)


SHOWN = {
    "zh": "(A: 李强, 塞西; B: 赵乐际, 阿门戈尔, 费利佩六世, 桑切斯)",
    "ru": "(A: Александром Лукашенко, Владимира Путина; B: Садыр Жапаров, Реджепом Тайипом"
    " Эрдоганом)",
    "en": "(A: Barack Obama; B: Jens Stoltenberg, Donald J. Trump)",
}
"""The warning's names for the pairs of two meetings below: ux20 showed "Президентом,
Республики, Беларусь, Александром" (no Лукашенко), "赵乐, 桑切" and, from a Title Case headline,
"Agree" as a name."""


def test_a_successive_pair_of_each_language_named_by_no_file_name_says_nothing(
    tmp_path: Path,
) -> None:
    formulas = EVAL / "formulas"
    for pair in (
        (formulas / "sunak-rutte__2023-04-13__gov-uk.txt",
         formulas / "sunak-rutte__2023-05-16__gov-uk.txt"),
        (formulas / "liqiang-sisi__2025-07-10__cctv.txt",
         next(p for p in sorted(formulas.glob("liqiang-sisi__*")) if "2025-07-10" not in p.name)),
        (formulas / "putin-bin-salman__2025-02-20__kremlin.txt",
         formulas / "putin-bin-salman__2025-03-13__kremlin.txt"),
    ):  # fmt: skip
        a, b = _unnamed(tmp_path, *pair)
        done = run(a, b, "-f", "json")
        assert done.returncode == 0, done.stderr
        assert "two meetings" not in done.stderr and "two series" not in done.stderr, pair


def test_a_folder_of_many_series_is_named_five_and_counted(tmp_path: Path) -> None:
    """``check eval/formulas`` (272 series by file name) wrote a note of 10,000 characters
    naming every series left out; ``series`` a warning as long (ux20's walk)."""
    folder = tmp_path / "many"
    folder.mkdir()
    names = [
        "sunak-rutte__2023-04-13__gov-uk.txt", "sunak-rutte__2023-12-07__gov-uk.txt",
        "abe-moon__2017-05-11__mofa-jp.txt", "ban-hollande__2015-11-19__un.txt",
        "abe-park-geun-hye__2016-01-07__mofa-jp.txt", "johnson-erdogan__2020-03-03__gov-uk.txt",
        "may-trudeau__2018-03-14__gov-uk.txt", "may-ardern__2017-10-20__gov-uk.txt",
        "kono-tillerson__2017-08-29__mofa-jp.txt", "modi-moon__2020-04-09__pib.txt",
    ]  # fmt: skip
    for name in names:
        shutil.copyfile(EVAL / "formulas" / name, folder / name)
    done = run("check", folder, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (
        "note: the folder holds 9 series by file name: check compares the newest two readouts"
        " of sunak-rutte, the newest readout's series, and leaves out the 8 readouts of abe-moon,"
        " abe-park-geun-hye, ban-hollande, johnson-erdogan, kono-tillerson and 3 more\n"
    ) in done.stdout
    warned = run("series", folder, cwd=tmp_path).stderr
    assert "leaves out the 8 readouts of abe-moon, abe-park-geun-hye, ban-hollande," in warned
    assert " kono-tillerson and 3 more (" in warned


def test_un_and_nato_readouts_of_two_meetings_warn(tmp_path: Path) -> None:
    """A UN readout ("The Secretary-General") against a NATO one ("The Secretary General"): an
    office named without a name is shared only when both name it so whole ("The Secretary" was
    found in "The Secretary-General"), and no headline's word is a name (ux21)."""
    formulas = EVAL / "formulas"
    pair = ("ban-obama__2009-03-10__un.txt", "stoltenberg-trump__2017-02-05__nato.txt")
    a, b = _unnamed(tmp_path, *(formulas / name for name in pair))
    done = run(a, b, "-f", "json")
    warnings = [line for line in done.stderr.splitlines() if "two meetings" in line]
    assert len(warnings) == 1 and SHOWN["en"] in warnings[0], done.stderr
    from readoutdiff.ingest.people import NAMED_IN, named

    keys = named(load(formulas / pair[0], max_bytes=10**8).text[:NAMED_IN], "en")
    assert "Agree" not in keys and {"Barack", "Obama"} <= keys, keys


def test_unrelated_russian_readouts_are_warned_and_one_series_never() -> None:
    """Every pair of eval's Russian readouts of two series sharing no participant by file name
    (2,898): ux20 warned 18 % of them, as "Президент России" was read as a person and its key
    found in nearly every other readout; now more than nine in ten, and no pair of one series
    (every pair, not only successive ones) is warned (ux21; rev33's measure)."""
    readouts = [
        load(path, max_bytes=10**8)
        for name in ("formulas", "noise", "outside")
        for path in sorted((EVAL / name).glob("*__*.txt"))
    ]
    russian = [r for r in readouts if r.language == "ru"]
    unrelated = warned = same = same_warned = 0
    for i, a in enumerate(russian):
        for b in russian[i + 1 :]:
            first, second = str(series_named(a.path)), str(series_named(b.path))
            told = no_one_shared(a.text, b.text, "ru") is not None
            if first == second:
                same, same_warned = same + 1, same_warned + told
            elif not set(first.split("-")) & set(second.split("-")):
                unrelated, warned = unrelated + 1, warned + told
    assert same > 90 and same_warned == 0, (same, same_warned)
    assert unrelated > 2800 and warned > 0.9 * unrelated, (unrelated, warned)


def test_since_with_series_and_only_another_added_names_the_series(tmp_path: Path) -> None:
    """Only harris-marcos added: the first line said "no readout of readouts added or changed"
    (the folder) while the next named a readout added (rev33); it names the series now, in the
    text, JSON's note, JUnit and the summary (ux21)."""
    repo = _repo(tmp_path)
    _git(repo, "rm", "-q", f"readouts/{RUTTE[2]}")
    _git(repo, "commit", "-q", "-m", "only harris-marcos added")
    said = "no readout of series rutte in readouts added or changed since main"
    lines = _check(repo, "--series", "rutte").stdout.splitlines()
    assert lines[0].startswith(f"readoutdiff check: passed: nothing to check: {said} ("), lines
    assert lines[1].startswith("readoutdiff check: not checked: 1 readout added"), lines
    summary = tmp_path / "summary.md"
    done = _check(repo, "--series", "rutte", "-f", "json", "--summary", summary)
    assert json.loads(done.stdout)["note"].startswith(f"nothing to check: {said} ("), done.stdout
    assert (
        "no readout of series `rutte` in `readouts` added or changed since `main`"
        in summary.read_text(encoding="utf-8")
    )
    assert said in _check(repo, "--series", "rutte", "-f", "junit").stdout
    assert "1 readout of readouts added" in _check(repo).stdout  # without --series, checked
