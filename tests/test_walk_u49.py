"""Branch u49's walk through the CLI as a new analyst: a passage's kind names what happened to
its sentences on dev pairs (two of A said again in two of B, cut elsewhere, are no merge); a
``--history`` folder read is said in a note."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from readoutdiff import compare, compare_files
from readoutdiff.formulas import find_formulas
from readoutdiff.ingest import htmltext
from readoutdiff.ingest.reader import load
from readoutdiff.render.listing import render_listing_text
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _compared(a: str, b: str):
    return compare(load(FORMULAS / a), load(FORMULAS / b))


def test_two_sentences_said_again_in_two_are_regrouped_not_merged() -> None:
    # harris-marcos: A 3.2-3.3 → B 3.2-3.3 read "merged 2→2"
    view = render_text(
        _compared("harris-marcos__2023-09-06__wh.txt", "harris-marcos__2023-11-16__wh.txt")
    )
    assert "~ A 3.2-3.3 → B 3.2-3.3  changed, regrouped 2→2, score 0.54\n" in view
    assert "merged 2→2" not in view


def test_two_sentences_said_in_three_are_a_split_not_a_merge() -> None:
    # sullivan-landerholm: A 3.2-3.3 → B 3.2-3.4 read "merged 2→3", in every view
    comparison = _compared(
        "sullivan-landerholm__2023-02-02__wh.txt", "sullivan-landerholm__2023-05-08__wh.txt"
    )
    assert "~ A 3.2-3.3 → B 3.2-3.4  changed, split 2→3, score 0.39\n" in render_text(comparison)
    markdown = render_markdown(comparison)
    assert "- **changed, split 2→3** (A 3.2-3.3 → B 3.2-3.4, score 0.39)" in markdown
    assert "merged 2→3" not in markdown


SERIES = Path(__file__).resolve().parent.parent / "eval" / "series" / "blinken-kuleba"


def _kuleba(date: str) -> Path:
    return SERIES / f"blinken-kuleba__{date}__state.txt"


def _cli(folder: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=folder)


def test_a_history_read_is_said_in_every_view_and_by_compare_files(tmp_path: Path) -> None:
    """``A B --history DIR`` said nothing of the folder: a pair whose view it leaves as it was
    could not be told from a history ignored. A readout also compared counts once."""
    history = tmp_path / "history"
    history.mkdir()
    a, b = _kuleba("2022-03-10"), _kuleba("2022-03-11")
    for date in ("2022-03-01", "2022-03-02", "2022-03-04", "2022-03-08", "2022-03-10"):
        shutil.copy(_kuleba(date), history)
    note = (
        "history: 4 earlier readouts read from history, besides A and B; 1 phrase recurring"
        " there is tracked as a formula (source mined, id recurring:…)"
    )
    view = _cli(tmp_path, a, b, "--history", "history")
    assert view.returncode == 0, view.stderr
    assert view.stdout.endswith(f"note: {note}\n")
    told = json.loads(_cli(tmp_path, a, b, "--history", "history", "-f", "json").stdout)
    assert told["notes"] == [note]
    assert [f["id"] for f in told["formulas"] if f["id"].startswith("recurring:")] == [
        "recurring:facilitation-of-russia-combat-operation"
    ]
    assert compare_files(a, b, history=history).notes == (
        note.replace("from history", f"from {history}"),
    )
    assert compare_files(a, b).notes == ()  # no history, no note


def test_a_history_that_adds_no_phrase_says_so(tmp_path: Path) -> None:
    (tmp_path / "h").mkdir()
    shutil.copy(_kuleba("2022-07-06"), tmp_path / "h")
    view = _cli(tmp_path, _kuleba("2022-07-22"), _kuleba("2022-07-30"), "--history", "h")
    assert view.returncode == 0, view.stderr
    assert view.stdout.endswith(
        "note: history: 1 earlier readout read from h, besides A and B; no phrase recurring there"
        " is tracked as a formula (the lexicon's formulas aside)\n"
    )
    plain = _cli(tmp_path, _kuleba("2022-07-22"), _kuleba("2022-07-30"))
    assert view.stdout.removeprefix(plain.stdout).startswith("note: history:")


def test_moved_passages_are_counted_apart_from_the_changed_ones(tmp_path: Path) -> None:
    """A readout with two of its lines swapped read "0 changed (1 moved)": the move was an
    unchanged passage's. The count stands on its own, in the HTML header's order."""
    a = SERIES / "blinken-kuleba__2022-03-10__state.txt"
    lines = a.read_text(encoding="utf-8").splitlines()
    office, below = lines.index("Office of the Spokesperson"), 4
    assert lines[below].startswith("The below is attributable")
    swapped = list(lines)
    swapped[office], swapped[below] = lines[below], lines[office]
    b = tmp_path / "blinken-kuleba__2022-03-10__swapped.txt"
    b.write_text("\n".join(swapped) + "\n", encoding="utf-8")
    comparison = compare(load(a), load(b))
    header = render_text(comparison).splitlines()[2]
    assert header.endswith("unchanged · 0 changed · 1 moved · 0 dropped · 0 added")
    assert "· 0 changed · 1 moved ·" in render_markdown(comparison)


def _listing(path: Path, width: int | None) -> list[str]:
    """The listing's lines, its head (``path: N formulas``) as one line: a terminal narrower
    than the head puts the count on a line of its own (rev34), and the head's width is the
    checkout's path's."""
    readout = load(path)
    lines = render_listing_text(readout, find_formulas(readout), width=width).splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("  line "))
    return [" ".join(line.strip() for line in lines[:at]), *lines[at:]]


def test_the_formulas_listing_wraps_to_the_terminal_its_place_and_id_never_broken() -> None:
    """``readoutdiff formulas FILE`` on an 80-column terminal ran its lines past the edge, where
    the pair view wraps its formula list: a row that does not fit has its wording on lines of
    its own, four spaces in, and its id on a line of its own when place and id do not fit."""
    english = _listing(
        Path(__file__).resolve().parent.parent / "samples" / "2021-06-28-xi-putin.txt", 70
    )
    assert english[1:4] == [
        "  line 4, sentence 2  builtin  good-neighbor-treaty",
        "    “China-Russia Treaty of Good-Neighborliness and Friendly",
        "    Cooperation”",
    ]
    assert "  line 6, sentence 5  builtin  core-interests  “core interests”" in english
    chinese = _listing(FORMULAS / "xi-bin-salman__2022-12-08__cctv.txt", 50)
    assert chinese[1:7] == [
        "  line 5, sentence 1  builtin  multipolar-world",
        "    “多极化”",
        "  line 5, sentence 1  mined",
        "    “重要战略伙伴” (phrase of many readouts)",
        "  line 5, sentence 4  builtin",
        "    development-strategy-synergy",
    ]
    # to a file or a pipe every row stays whole, as before
    whole = _listing(FORMULAS / "xi-bin-salman__2022-12-08__cctv.txt", None)
    assert whole[2] == "  line 5, sentence 1  mined  “重要战略伙伴” (phrase of many readouts)"
    piped = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "formulas", "xi-bin-salman__2022-12-08__cctv.txt"],
        capture_output=True, text=True, encoding="utf-8", cwd=FORMULAS,
        env={**os.environ, "COLUMNS": "50"},
    )  # fmt: skip
    assert piped.stdout.splitlines()[1:] == whole[1:]


def test_check_given_one_file_as_old_and_new_warns_as_diff_does() -> None:
    """``check x.txt x.txt`` passed with "similarity 1.00" and no word of the slip, where
    ``readoutdiff x.txt x.txt`` warns; the check's status stays its own."""
    name = "blinken-kuleba__2022-03-10__state.txt"
    process = _cli(SERIES, "check", name, name)
    assert process.returncode == 0
    assert process.stderr == (
        f"readoutdiff: warning: {name}: is the same file as OLD ({name}); give the newer readout"
        " as NEW to see changes\n"
    )
    assert _cli(SERIES, "check", name, "blinken-kuleba__2022-03-11__state.txt").stderr == ""


def _page(readout: Path, box: str) -> str:
    """A saved CCTV-like page around a real readout, with a "related news" list in ``box``."""
    title, *paragraphs = readout.read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{html.escape(line)}</p>" for line in paragraphs if line.strip())
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body>"
        f"<div class='article'><h1>{html.escape(title)}</h1>{body}</div>"
        f"<div class='{box}'><h3>相关新闻</h3><ul><li><a href='/x'>习近平会见某某</a></li></ul></div>"
        "</body></html>"
    )


def test_readme_names_each_block_an_html_page_drops_by_its_name(tmp_path: Path) -> None:
    """A "related news" list named so by its class was dropped unlisted, where the README said
    only "share, breadcrumb and menu blocks"; one named otherwise is listed as ignored."""
    readme = " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text().split())
    said = readme.split("whose `id` or `class` names them ", 1)[1].split(" (a ", 1)[0]
    names = re.findall(r"[a-z]{2,}", htmltext._HIDDEN_NAMES.pattern.split("(?:", 2)[2])
    assert {name.rstrip("s") for name in names} <= {w.rstrip("s") for w in re.findall(r"\w+", said)}
    readout = FORMULAS / "xi-bin-salman__2022-12-08__cctv.txt"
    for box, listed in (("related", False), ("box", True)):
        page = tmp_path / f"{box}.html"
        page.write_text(_page(readout, box), encoding="utf-8")
        ignored = [line.text for line in load(page).ignored]
        assert ("相关新闻" in ignored and "习近平会见某某" in ignored) is listed, box


def test_options_before_a_command_say_to_put_the_command_first() -> None:
    """``readoutdiff --no-mining check OLD NEW`` (as ``git --no-pager log`` is written) was read
    as ``diff`` of a file ``check``: "unexpected extra argument: NEW; see readoutdiff diff
    --help", and ``--no-mining formulas FILE`` "formulas: no such file"."""
    old, new = "blinken-kuleba__2022-03-10__state.txt", "blinken-kuleba__2022-03-11__state.txt"
    for args, said in (
        (["--no-mining", "check", old, new], f"'check': readoutdiff check {old} {new} --no-mining"),
        (["--no-mining", "formulas", old], f"'formulas': readoutdiff formulas {old} --no-mining"),
        (["--json", "x.json", "series", old, new],
         f"'series': readoutdiff series {old} {new} --json x.json"),
    ):  # fmt: skip
        process = _cli(SERIES, *args)
        assert process.returncode == 2 and process.stdout == "", args
        assert process.stderr == (
            f"readoutdiff: error: options go after the command {said}; see readoutdiff --help\n"
        )
    assert _cli(SERIES, "--no-mining", old, new, "-f", "json").returncode == 0  # diff's own
    # a command's name in B's place is a missing file still, as before
    missing = _cli(SERIES, "-f", "json", old, "help")
    assert missing.stderr == "readoutdiff: error: help: no such file; check the path\n"


def test_a_file_named_like_a_command_after_options_is_compared(tmp_path: Path) -> None:
    shutil.copy(SERIES / "blinken-kuleba__2022-03-10__state.txt", tmp_path / "check")
    process = _cli(
        tmp_path, "--no-mining", "check", SERIES / "blinken-kuleba__2022-03-11__state.txt"
    )
    assert process.returncode == 0 and process.stdout.startswith("A check  ("), process.stderr


def test_a_file_named_like_a_command_as_an_options_value_is_written(tmp_path: Path) -> None:
    # rev4: the value of diff's own option (-o, --json, --html) was read as a command put after
    # options: "readoutdiff -o check A B" said "options go after the command 'check':
    # readoutdiff check A B -o" and wrote nothing.
    old, new = (SERIES / f"blinken-kuleba__2022-03-{day}__state.txt" for day in ("10", "11"))
    for args, written in (
        (["-o", "check", old, new], "check"),
        (["--json", "series", "--no-mining", old, new], "series"),
    ):
        process = _cli(tmp_path, *args)
        assert process.returncode == 0 and process.stderr == "", args
        assert (tmp_path / written).read_text(encoding="utf-8").strip(), args
