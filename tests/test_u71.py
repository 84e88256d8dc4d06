"""The small things a new user meets (branch u71), each through the real command line on real
readouts in real folders and git repositories:

1. a copy of a readout that differs only by a UTF-8 byte-order mark or by CRLF line ends is the
   same text, in ``series``, ``check DIR`` and ``readoutdiff A B`` (copies were told by their
   bytes: a BOM copy was a meeting of its own);
2. a submodule's own pre-commit hook checking a folder of a submodule nested in it
   (``check nested/readouts --since HEAD``) reads the nested submodule's readouts (every git
   call read the hook's ``GIT_DIR``: "nothing to check"; fix7's left);
3. ``check OLD NEW`` says the comparison notes the pair view says (same day, a copy, language);
4. a byline line of a pasted page ("Published in 2024", "Updated 3 May 2024") is left out;
5. bad input to ``readoutdiff A B``, ``series`` and ``check``: one line, exit status 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_check_since import DATES, FOLDER, PAIRS, _commit, _git, _name, _put
from test_check_since_merges import _git_allowing_files, commit_through_hook


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args], cwd=cwd, capture_output=True, text=True,
        check=False,
    )  # fmt: skip


def _repository(place: Path) -> Path:
    place.mkdir(parents=True, exist_ok=True)
    _git(place, "init", "-q", "-b", "main")
    _git(place, "config", "user.email", "ci@example.org")
    _git(place, "config", "user.name", "CI")
    return place


def test_a_submodule_s_hook_checks_a_folder_of_a_submodule_nested_in_it(tmp_path: Path) -> None:
    """``nested`` (two readouts) is a submodule of ``middle``, itself a submodule of ``top``.
    In ``middle``'s checkout, ``nested`` gains 2023-05-16; ``middle``'s own pre-commit hook runs
    ``check nested/readouts --since HEAD`` as ``middle`` records that commit. HEAD is
    ``middle``'s, which recorded ``nested`` before 2023-05-16: that readout is checked. On the
    base the hook's ``GIT_DIR`` (``middle``'s) made every git call read ``middle``'s repository,
    where ``nested`` is one line, and the run said "nothing to check"."""
    nested = _repository(tmp_path / "nested")
    (nested / FOLDER).mkdir()
    _put(nested, DATES[0], DATES[1])
    _commit(nested, "two readouts")
    middle = _repository(tmp_path / "middle")
    (middle / "README").write_text("readouts in a nested submodule\n", encoding="utf-8")
    _commit(middle, "start")
    _git_allowing_files(middle, "submodule", "add", "-q", str(nested), "nested")
    _commit(middle, "nested")
    top = _repository(tmp_path / "top")
    (top / "README").write_text("a submodule holding a submodule\n", encoding="utf-8")
    _commit(top, "start")
    _git_allowing_files(top, "submodule", "add", "-q", str(middle), "middle")
    _commit(top, "middle")
    _git_allowing_files(top, "submodule", "update", "-q", "--init", "--recursive")
    inner = top / "middle"
    for where in (inner, inner / "nested"):
        _git(where, "config", "user.email", "ci@example.org")
        _git(where, "config", "user.name", "CI")
    _put(inner / "nested", DATES[2])
    _commit(inner / "nested", "adds 2023-05-16")
    _git(inner, "add", "nested")
    done, said = commit_through_hook(
        inner, f"nested/{FOLDER}", "records nested's 2023-05-16", tmp_path / "hook.txt"
    )
    assert done.returncode == 0, said
    assert "nothing to check" not in said
    assert f"1 readout of nested/{FOLDER} added or changed since HEAD" in said
    assert f"nested/{FOLDER}/{_name(DATES[2])}" in said
    assert "passed" in said


def test_a_bom_or_crlf_copy_is_a_copy_in_series_check_and_a_pair(tmp_path: Path) -> None:
    """The Sunak–Rutte readout of 1 November 2022 beside a copy an editor saved with a UTF-8
    byte-order mark, one saved on Windows (CRLF line ends, a final newline) and the next
    readout. ``series`` and ``check DIR`` read the readout once and name the copies, as they do
    a copy with the same bytes; ``readoutdiff A COPY`` names the copy. On the base each copy
    was a meeting of its own: a row of four readouts, the check comparing a copy."""
    first, second = (PAIRS / _name(date) for date in DATES[:2])
    text = first.read_bytes()
    folder = tmp_path / "readouts"
    folder.mkdir()
    (folder / first.name).write_bytes(text)
    (folder / second.name).write_bytes(second.read_bytes())
    bom = folder / first.name.replace(".txt", " (1).txt")
    bom.write_bytes(b"\xef\xbb\xbf" + text)
    crlf = folder / first.name.replace(".txt", " - Copy.txt")
    crlf.write_bytes(text.rstrip(b"\n").replace(b"\n", b"\r\n") + b"\r\n\r\n")
    copies = (
        "readoutdiff: warning: 2 readouts hold the same text as another of their date"
        f" (readouts/{bom.name}, …); the {{}} reads each once\n"
    )
    series = _cli("series", "readouts", cwd=tmp_path)
    assert series.returncode == 0, series.stderr
    assert series.stderr == copies.format("series")
    assert "Series of 2 readouts" in series.stdout
    check = _cli("check", "readouts", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert check.stderr == copies.format("check")
    assert f"readouts/{first.name} (2022-11-01" in check.stdout
    for copy in (bom, crlf):
        pair = _cli(f"readouts/{first.name}", f"readouts/{copy.name}", cwd=tmp_path)
        assert pair.returncode == 0
        assert pair.stderr == (
            f"readoutdiff: warning: readouts/{copy.name}: a copy of readouts/{first.name} (the"
            " same text and date); give the later readout as B to see changes\n"
        )


BILINGUAL = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
U69 = Path(__file__).resolve().parent / "data" / "u69"


def test_check_says_the_notes_the_pair_view_says(tmp_path: Path) -> None:
    """The PRC MFA's and the White House's readouts of the Xi–Trump call of 25 October 2017
    share nearly nothing, and Wang Yi's meeting with Barrot is one text in Chinese and in
    English: the pair view notes both (same day, two languages); ``check OLD NEW`` said
    neither, so each read as a revision. Now its text view says them with its own names for
    the sides (OLD, NEW), its JSON carries them as the pair's JSON does, ``--format github``
    gives each a notice and the Markdown summary (which names the sides A and B) a quote."""
    mfa, wh = (str(BILINGUAL / f"xi-trump__2017-10-25__{side}.txt") for side in ("mfa", "wh"))
    pair = _cli(mfa, wh, "-f", "json", cwd=tmp_path)
    notes = json.loads(pair.stdout)["notes"]
    assert any("dated the same day" in note for note in notes), notes
    check = _cli("check", mfa, wh, cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    said = [line for line in check.stdout.splitlines() if line.startswith("note: ")]
    same_day = next(line for line in said if "same day" in line)
    assert same_day.startswith("note: OLD and NEW are dated the same day (2017-10-25)")
    assert "“dropped” is what only OLD says and “added” what only NEW says" in same_day
    data = json.loads(_cli("check", mfa, wh, "-f", "json", cwd=tmp_path).stdout)
    assert data["notes"] == notes
    _cli("check", mfa, wh, "--summary", "summary.md", cwd=tmp_path)  # names the sides A and B
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8").splitlines()
    assert f"> note: {next(note for note in notes if 'same day' in note)}" in summary
    zh, en = (
        str(U69 / f"wangyi-barrot__2025-06-06__{name}.txt") for name in ("xinhua-zh", "xinhua")
    )
    github = _cli("check", zh, en, "-f", "github", cwd=tmp_path).stdout.splitlines()
    assert (
        "::notice title=readoutdiff check::OLD is in Chinese, NEW in English: passages paired by"
        " meaning"
    ) in github


U68 = Path(__file__).resolve().parent / "data" / "u68"


def test_a_page_s_stamp_at_its_start_or_end_is_left_out(tmp_path: Path) -> None:
    """The GOV.UK page of Cameron's call with Putin as pasted (tests/data/u68), its stamp
    given the shapes sites give it: "Published in 2014" under the title, "Last updated 4
    February 2014", "Updated: February 4, 2014 at 5:01 p.m. ET" or "Posted 3 hours ago" at its
    end. Each is ignored as a time stamp, and the readout's sentences are the page's own; on
    the base each was read as the readout's first or last sentence. A title that holds the
    verb ("The Joint Statement Published in 2014") stays the title: the byline rule (a name,
    then the verb and a date) took it for furniture."""
    page = (U68 / "cameron-putin GOV.UK.txt").read_text(encoding="utf-8")
    plain = tmp_path / "page.txt"
    plain.write_text(page, encoding="utf-8")
    head, title, rest = page.partition("Prime Minister David Cameron's call with President Putin\n")
    stamps = (
        "Published in 2014",
        "Last updated 4 February 2014",
        "Updated: February 4, 2014 at 5:01 p.m. ET",
        "Posted 3 hours ago",
    )
    stamped = tmp_path / "stamped.txt"
    stamped.write_text(
        f"{head}{title}\n{stamps[0]}\n{rest}\n{stamps[1]}\n\n{stamps[2]}\n\n{stamps[3]}\n",
        encoding="utf-8",
    )
    done = _cli(str(plain), str(stamped), "-f", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["b"]["sentences"] == data["a"]["sentences"]
    assert data["b"]["title"] == data["a"]["title"]
    assert data["summary"]["similarity"] == 1
    ignored = {item["text"]: item["reason"] for item in data["ignored"]["b"]}
    assert all(ignored.get(stamp) == "time stamp or counter" for stamp in stamps), ignored
    titled = tmp_path / "titled.txt"
    titled.write_text(f"The Joint Statement Published in 2014\n\n{rest}", encoding="utf-8")
    shown = json.loads(_cli(str(titled), str(plain), "-f", "json", cwd=tmp_path).stdout)
    assert shown["a"]["title"] == "The Joint Statement Published in 2014"


def test_a_readout_name_that_is_no_file_is_named_not_passed_over(tmp_path: Path) -> None:
    """A folder of two Sunak–Rutte readouts holds a third name that is a symbolic link to a
    readout moved away, two links to each other and a named pipe, each with a readout's
    suffix. ``series``, ``check DIR``, ``--history DIR`` and a pattern read the two readouts
    and name each of the others on a line of its own; on the base they were passed over in
    silence, a readout lost unseen (and a pipe named by a pattern, too)."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    for date in DATES[:2]:
        (folder / _name(date)).write_bytes((PAIRS / _name(date)).read_bytes())
    (folder / _name(DATES[2])).symlink_to(tmp_path / "moved" / _name(DATES[2]))
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    os.mkfifo(folder / "pipe.txt")
    lost = (
        f"readoutdiff: warning: readouts/a.txt: skipped, a symbolic link to b.txt in a loop of"
        " links\n"
        "readoutdiff: warning: readouts/b.txt: skipped, a symbolic link to a.txt in a loop of"
        " links\n"
        "readoutdiff: warning: readouts/pipe.txt: skipped, not a file (a named pipe, a socket or"
        " a device)\n"
        f"readoutdiff: warning: readouts/{_name(DATES[2])}: skipped, a symbolic link to"
        f" {tmp_path / 'moved' / _name(DATES[2])}, which does not exist\n"
    )
    first, second = (f"readouts/{_name(date)}" for date in DATES[:2])
    for args in (
        ("series", "readouts"),
        ("series", "readouts/*.txt"),
        ("check", "readouts"),
        (first, second, "--history", "readouts"),
    ):
        done = _cli(*args, cwd=tmp_path)
        if args[-2:] != ("--history", "readouts"):
            assert done.returncode == 0, (args, done.stderr)
            assert done.stderr == lost, args
            continue
        # the folder's readouts are A and B alone: refused after the names (ux18; it said
        # "0 earlier readouts read", exit 0)
        assert done.returncode == 2, done.stderr
        assert done.stderr == lost + (
            "readoutdiff: error: readouts: holds only the two readouts compared (A and B, or"
            " copies of them: the same text), no earlier readout; --history learns the phrases"
            " recurring in earlier readouts of their series: give a folder that holds some, or"
            " leave --history out\n"
        )


def test_bad_inputs_are_one_line_and_exit_2_or_read_right(tmp_path: Path) -> None:
    """The Sunak–Rutte readout of 1 November 2022 saved as UTF-32 (with its mark, as some
    Windows tools save "Unicode") is read as the readout: on the base its mark's first two
    bytes were taken for UTF-16's, and the text read with a NUL between every two letters,
    with no word of it. A UTF-32 file cut short, a file of front matter alone and one of
    figures alone are each one line on standard error and exit status 2, in ``readoutdiff A
    B``, ``series`` and ``check``; the last two were "has no readout text, only site
    boilerplate", which names nothing they hold."""
    first, second = (PAIRS / _name(date) for date in DATES[:2])
    text = first.read_text(encoding="utf-8")
    wide = tmp_path / "wide.txt"
    wide.write_bytes(text.encode("utf-32"))
    done = _cli(str(first), str(wide), "-f", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["b"]["title"] == data["a"]["title"] and data["summary"]["similarity"] == 1
    bad = {
        "cut.txt": (text.encode("utf-32")[:-1], "has a UTF-32 mark but is not valid UTF-32"),
        "front.txt": (b"---\ntitle: Talks\n---\n\n", "has front matter and no readout text"),
        "figures.txt": (b"12345\n\n+44 20 7925 0918\n", "has no words, only figures"),
    }
    for name, (data_, said) in bad.items():
        (tmp_path / name).write_bytes(data_)
        for args in (
            (str(second), name),
            ("series", str(second), name),
            ("check", str(second), name),
        ):
            done = _cli(*args, cwd=tmp_path)
            assert done.returncode == 2 and done.stdout == "", args
            assert done.stderr.startswith(f"readoutdiff: error: {name}: {said}"), done.stderr
            assert done.stderr.count("\n") == 1, done.stderr
