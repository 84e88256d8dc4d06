"""ux23 (forty-sixth session): edges rev33 and ux20 left (issue 10 point 4)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_review_rev33 import AS_A_USER, run_as_user
from test_ux20 import EVAL, _folder


def test_a_pattern_in_a_folder_searched_but_not_listed_names_the_folder(tmp_path: Path) -> None:
    """rev33's G: mode ``-wx--x--x`` lets a file named be opened but the folder not be listed;
    ``glob`` answers such a folder with no match, so ``series 'r/*.txt'`` said the pattern
    matched nothing. It now says the folder cannot be listed, as ``series r`` does."""
    folder = _folder(tmp_path)
    name = sorted(path.name for path in folder.iterdir())[0]
    folder.chmod(0o311)
    try:
        # The process is refused the listing as a user is (else the test passes vacuously),
        # and may still open a file named.
        denied = subprocess.run(
            [*AS_A_USER, sys.executable, "-c", "import os; os.listdir('r')"],
            capture_output=True, text=True, cwd=tmp_path,
        )  # fmt: skip
        assert "PermissionError" in denied.stderr, denied.stderr
        for args, folder_named in (
            (("series", "r/*.txt"), "r"),
            (("series", "./r/*.txt"), "./r"),
            (("series", "r/abe-*/*.txt"), "r"),  # the first folder with no wildcard
            (("series", "r"), "r"),  # as a folder named says it (unchanged)
            (("check", "r"), "r"),
        ):
            done = run_as_user(*args, cwd=tmp_path)
            assert (done.returncode, done.stdout, done.stderr) == (
                2,
                "",
                f"readoutdiff: error: {folder_named}: cannot list it (Permission denied); check"
                " its permissions\n",
            ), args
        opened = run_as_user("series", f"r/{name}", cwd=tmp_path)  # a file named still reads
        assert "cannot list" not in opened.stderr, opened.stderr
    finally:
        folder.chmod(0o755)
    # A pattern in a folder that lists and matches nothing still says so.
    done = run_as_user("series", "r/*.md", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "readoutdiff: error: r/*.md: no file matches this pattern; check it\n",
    )
    done = run_as_user("series", "nowhere/*.txt", cwd=tmp_path)
    assert (
        done.stderr == "readoutdiff: error: nowhere/*.txt: no file matches this pattern; check it\n"
    )


def test_a_series_row_wraps_at_the_width_with_the_marks_after_a_wording() -> None:
    """ux20 left it: ``series eval/series/blinken-kuleba`` at 80 columns printed a line of 82, a
    rewording kept whole (53 columns, the room after the row's 27-column indent) with the
    ", …" no line breaks before. A wording is now measured with those marks, and is not kept
    whole anywhere in its row when one of its places does not fit (at 66 columns the bare
    “sovereignty and territorial integrity” glued its other place, which a comma ran past)."""
    from readoutdiff.ingest import load
    from readoutdiff.ingest.readout_paths import expand
    from readoutdiff.render.series_text import render_series_text
    from readoutdiff.render.text import columns
    from readoutdiff.series import build_series

    for name in ("blinken-kuleba", "sherman-quint"):
        series = build_series([load(f) for f in expand([str(EVAL / "series" / name)]).files])
        # Below 70 columns a row's hyphenated key with its " ·" is one word longer than the room.
        for width in range(70, 161):
            out = render_series_text(series, width=width)
            assert max(map(columns, out.splitlines())) <= width, (name, width)
        if name == "blinken-kuleba":
            # ux28: meeting 21's wording around it is one no entry keeps (the pair view names
            # "global food security crisis" by no fate), and the row says so
            assert (
                "\n                           “efforts to resolve the global food security\n"
                "                           crisis”, … (3 rewordings), wording around it where no\n"
                "                           entry keeps it\n"
            ) in render_series_text(series, width=80)
            unwrapped = render_series_text(series)  # a file, a pipe: every line whole
            assert (
                "“efforts to resolve the global food security crisis”, … (3 rewordings)"
                in unwrapped
            )


def test_check_dir_warns_when_its_two_unnamed_readouts_seem_of_two_meetings(tmp_path: Path) -> None:
    """rev33's E: ``check OLD NEW`` and ``readoutdiff A B`` warn of two files naming no series
    whose texts name no one in common after an office; ``check DIR`` of the same two compared
    them at similarity 0.01 with no word. It now says it of the two it compares, by path; two
    readouts of one meeting, unnamed or named, are not warned of."""
    import shutil

    from test_ux20 import run

    formulas = EVAL / "formulas"
    two = tmp_path / "two"
    two.mkdir()
    shutil.copyfile(formulas / "putin-lukashenko__2025-03-20__kremlin.txt", two / "a.txt")
    shutil.copyfile(formulas / "japarov-erdogan__2023-02-07__vesti-kg.txt", two / "b.txt")
    done = run("check", "two", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        0,
        "readoutdiff: warning: two/a.txt and two/b.txt name no one in common after an office"
        " (two/a.txt: Александром Лукашенко, Владимира Путина; two/b.txt: Садыр Жапаров,"
        " Реджепом Тайипом Эрдоганом): they seem to be readouts of two meetings; they are"
        " compared all the same\n",
    )
    assert done.stdout.startswith("readoutdiff check: two/a.txt → two/b.txt (similarity 0.01)")
    one, named = tmp_path / "one", tmp_path / "named"
    one.mkdir()
    named.mkdir()
    for k, name in enumerate(
        ("abe-moon__2017-05-11__mofa-jp.txt", "abe-moon__2017-05-30__mofa-jp.txt")
    ):
        shutil.copyfile(formulas / name, one / f"{'ab'[k]}.txt")
        shutil.copyfile(formulas / name, named / name)
    for folder in ("one", "named"):
        done = run("check", folder, cwd=tmp_path)
        assert (done.returncode, done.stderr) == (0, ""), folder
