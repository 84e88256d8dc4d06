"""Invariants of ``series`` over folders of real readouts (sym6, issue 10 points 3-5).

The readouts of one eval series (dev readouts of ``eval/formulas``, full texts) make a series
as a folder would. On each:

- the order the readouts are given in changes nothing when their dates decide it;
- CRLF line ends, a byte-order mark and trailing blank lines change no row, cell or meeting
  (only each meeting's hash and length of the bytes read);
- a copy of a readout beside it (the same bytes under another name) is read once, as a path
  named twice is, so the series is the one without the copy;
- every row agrees with the comparison of the meetings it is told from: a formula the pair
  tells changed is changed there, one it tells persisted is persisted (or changed), one it
  tells appeared or dropped is not persisted, and a lexicon formula has its row; the
  meeting's count of wordings around kept formulas is what its rows' cells tell (ser3);
- the JSON, text and CSV views are the same bytes in two processes with other hash seeds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections import defaultdict
from functools import cache
from pathlib import Path

from eval_pairs import EVAL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_same_bytes_every_format import outputs_under_two_hash_seeds

from readoutdiff.ingest import load
from readoutdiff.ingest.reader import from_bytes
from readoutdiff.model import Comparison, FormulaSource, FormulaStatus, Readout
from readoutdiff.render.series_json import to_document
from readoutdiff.render.series_labels import change_words, context_changes, row_names
from readoutdiff.series import Series, build_series
from readoutdiff.series.matrix import Fate


@cache
def _dev_series() -> dict[str, tuple[str, ...]]:
    """The readout files of every dev pair, by series (the name before ``__``)."""
    files: set[str] = set()
    for path in sorted((EVAL / "pairs").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if data["heldout"] is False:
            files |= {data["a"], data["b"]}
    series: dict[str, list[str]] = defaultdict(list)
    for name in sorted(files):
        series[name.split("__")[0]].append(name)
    return {name: tuple(names) for name, names in series.items() if len(names) >= 2}


def _document(series: Series, *, bytes_read: bool = True) -> str:
    document = to_document(series)
    if not bytes_read:  # the hash and length of the bytes read, and the name they were read from
        for meeting in document["meetings"]:
            for key in ("sha256", "chars", "path"):
                meeting.pop(key)
    return json.dumps(document, sort_keys=True, ensure_ascii=False)


@st.composite
def dev_series(draw: st.DrawFn) -> tuple[str, ...]:
    """Two or three readouts in a row of one dev series."""
    names = _dev_series()
    files = names[draw(st.sampled_from(sorted(names)))]
    size = draw(st.integers(2, min(3, len(files))))
    start = draw(st.integers(0, len(files) - size))
    return files[start : start + size]


SERIES = settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SERIES
@given(dev_series(), st.randoms(use_true_random=False))
def test_the_order_given_changes_no_series_dated_readouts_make(files: tuple[str, ...], rng) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    readouts = [load(EVAL / name) for name in files]
    shuffled = list(readouts)
    rng.shuffle(shuffled)
    assert len({r.date for r in readouts}) == len(readouts)
    assert _document(build_series(readouts)) == _document(build_series(shuffled))


@SERIES
@given(dev_series(), st.sampled_from(("crlf", "bom", "blank")))
def test_line_ends_a_bom_and_blank_lines_change_no_row(files: tuple[str, ...], dressing: str) -> None:  # fmt: skip
    def dressed(raw: bytes) -> bytes:
        if dressing == "crlf":
            return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if dressing == "bom":
            return b"\xef\xbb\xbf" + raw
        return raw + b"\n\n  \n"

    plain = [from_bytes((EVAL / name).read_bytes(), path=name) for name in files]
    other = [from_bytes(dressed((EVAL / name).read_bytes()), path=name) for name in files]
    assert _document(build_series(plain), bytes_read=False) == _document(
        build_series(other), bytes_read=False
    )


@SERIES
@given(dev_series(), st.data())
def test_a_copy_of_a_readout_beside_it_is_read_once(files: tuple[str, ...], data: st.DataObject) -> None:  # fmt: skip
    readouts = [load(EVAL / name) for name in files]
    copied = data.draw(st.sampled_from(readouts))
    copy = from_bytes((EVAL / copied.path).read_bytes(), path=copied.path.replace(".txt", "-copy.txt"))  # fmt: skip
    with_copy = build_series([*readouts, copy])
    assert _document(with_copy, bytes_read=False) == _document(
        build_series(readouts), bytes_read=False
    )


def assert_rows_agree_with_their_pairs(series: Series, comparisons: list[Comparison]) -> None:
    """Each meeting's cells say what the comparison with the meeting before told."""
    rows = {row.id: row for row in series.formulas}
    for number, comparison in enumerate(comparisons, 1):
        for formula in comparison.formulas:
            if formula.anchor is not None or ">" in formula.id:
                continue  # told on the row of the formula it is linked to
            row = rows.get(formula.id)
            if row is None:
                assert formula.source is FormulaSource.MINED, formula  # a lexicon's: a row always
                continue
            cell = row.cells[number]
            if formula.status is FormulaStatus.CHANGED:
                assert cell.fate is Fate.CHANGED, (formula, cell)
            elif formula.status is FormulaStatus.PERSISTED:
                assert cell.fate in (Fate.PERSISTED, Fate.CHANGED), (formula, cell)
            else:  # appeared or dropped there: not the same words at both meetings (ser1)
                assert cell.fate is not Fate.PERSISTED, (formula, cell)
    names = row_names(series.formulas)
    for place, meeting in enumerate(series.meetings[1:], start=1):
        cells = [row.cells[place] for row in series.formulas]
        assert sum(context_changes(cell) for cell in cells) == meeting.context_changes
        words = [w for row in series.formulas for w in change_words(row, row.cells[place], names)]
        assert sum(_told(w) for w in words) == meeting.context_changes, (meeting, words)


def _told(words: str) -> int:
    """How many wordings around the formula a cell's words tell ("2 wordings around it")."""
    if words == "wording around it":
        return 1
    count, _, rest = words.partition(" ")
    return int(count) if rest == "wordings around it" else 0


@SERIES
@given(dev_series())
def test_every_row_says_what_its_pairs_told(files: tuple[str, ...]) -> None:
    comparisons: list[Comparison] = []
    series = build_series([load(EVAL / name) for name in files], on_comparison=comparisons.append)
    assert_rows_agree_with_their_pairs(series, comparisons)


CLOSE_CONTACT = tuple(f"carney-von-der-leyen__{day}__pm-gc-ca.txt" for day in ("2025-05-04", "2025-07-14", "2025-11-22"))  # fmt: skip
"""Three dev readouts: "remain in close contact" at 1, "stay in close contact" at 2, "remain in
close contact" again at 3; each pair's report tells the formula reworded, and the row said
``persisted`` at both (a formula changed under its own id was noted on both sides, with no link
to make its cell changed)."""


def test_a_formula_reworded_in_its_own_place_is_changed_on_its_row() -> None:
    comparisons: list[Comparison] = []
    readouts = [load(EVAL / name) for name in CLOSE_CONTACT]
    series = build_series(readouts, on_comparison=comparisons.append)
    (row,) = [row for row in series.formulas if row.id == "remain-in-close-contact"]
    assert [cell.fate and cell.fate.value for cell in row.cells] == [None, "changed", "changed"]
    assert [cell.wording for cell in row.cells] == [
        "remain in close contact", "stay in close contact", "remain in close contact",
    ]  # fmt: skip
    assert_rows_agree_with_their_pairs(series, comparisons)


SISI = tuple(f"biden-sisi__{day}__wh.txt" for day in ("2023-10-29", "2023-11-22", "2024-01-26"))
"""Three dev readouts; a copy of the second beside it was a meeting of its own, and its
phrases recurring in the series ("besiegement of Gaza", "redrawing of the borders of Gaza"):
rows seen at 2-3 and dropped at 4, all from one text."""


def test_a_copy_saved_beside_a_readout_makes_no_row(tmp_path: Path) -> None:
    readouts: list[Readout] = [load(EVAL / name) for name in SISI]
    copy = from_bytes((EVAL / SISI[1]).read_bytes(), path="biden-sisi__2023-11-22__copy.txt")
    series = build_series([*readouts, copy])
    assert len(series.meetings) == 3
    assert not [row.id for row in series.formulas if row.id.startswith("recurring:")]
    for name in SISI:
        (tmp_path / name).write_bytes((EVAL / name).read_bytes())
    (tmp_path / copy.path).write_bytes((EVAL / SISI[1]).read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Series of 3 readouts")
    assert "__wh.txt: the same text as " in done.stderr
    assert "the series reads it once" in done.stderr


def test_a_folder_of_one_readout_and_its_copy_names_the_readout(tmp_path: Path) -> None:
    """One meeting saved under two names is a series of one readout, refused as one is, naming
    the readout and the folder (rev19: "a series needs at least two readouts; give more files
    or a directory", though a directory was given)."""
    (tmp_path / SISI[0]).write_bytes((EVAL / SISI[0]).read_bytes())
    (tmp_path / "copy.txt").write_bytes((EVAL / SISI[0]).read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert done.returncode == 2
    error = done.stderr.splitlines()[-1]
    assert error.startswith(f"readoutdiff: error: {tmp_path / SISI[0]}: is the only readout in ")
    assert "the other a copy of it" in error and "give more files or a directory" not in error


_VIEWS = """
import hashlib, sys
from pathlib import Path
from readoutdiff.ingest import load
from readoutdiff.render.series_csv import render_series_csv
from readoutdiff.render.series_json import render_series_json
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series
root = Path(sys.argv[1])
for names in sys.argv[2:]:
    series = build_series([load(root / name) for name in names.split(",")])
    views = (render_series_json(series), render_series_text(series), render_series_csv(series))
    print(*(hashlib.sha256(view.encode()).hexdigest() for view in views))
"""


def test_series_views_are_the_same_bytes_under_two_hash_seeds() -> None:
    chosen = (SISI, tuple(_dev_series()["xi-starmer"][:3]), tuple(_dev_series()["mirziyoyev-nazarbayev"][:3]))  # fmt: skip
    outputs = outputs_under_two_hash_seeds(_VIEWS, str(EVAL), *(",".join(n) for n in chosen))
    assert len(outputs[0].splitlines()) == 3
    assert outputs[0] == outputs[1]


def test_check_dir_reads_a_copy_of_the_newest_once(tmp_path: Path) -> None:
    """``check DIR`` with a copy of its newest readout beside it compared the newest with its
    copy (similarity 1.00, every rule ok); it now reads it once, as ``series`` does."""
    from readoutdiff.check.pair import run
    from readoutdiff.check.rules import Rules

    for name in SISI[:2]:
        (tmp_path / name).write_bytes((EVAL / name).read_bytes())
    alone = run([str(tmp_path)], Rules(rules=()))
    (tmp_path / "biden-sisi__2023-11-22__zcopy.txt").write_bytes((EVAL / SISI[1]).read_bytes())
    copied = run([str(tmp_path)], Rules(rules=()))
    assert copied.similarity == alone.similarity < 1
    assert [Path(r.path).name for r in (copied.old, copied.new)] == list(SISI[:2])


def test_check_dir_reads_an_undated_copy_of_a_dated_readout_once(tmp_path: Path) -> None:
    """rev18: a copy saved under a name that gives no date (``copy.txt``) is undated, where its
    original's date came from the file name; read as a readout of its own (undated ones come
    first), it made the phrases of the readout it copies recur in the folder, and ``check DIR``
    reported Sunak–Rutte 2023-04-13's "Discussing the latest situation in Ukraine" dropped as
    a recurring phrase. The same bytes as a dated readout, undated: a copy of it, read once."""
    from readoutdiff.check.pair import run
    from readoutdiff.check.rules import DEFAULT

    dates = ("2022-11-01", "2023-04-13", "2023-12-07")
    names = [f"sunak-rutte__{date}__gov-uk.txt" for date in dates]
    for name in names:
        (tmp_path / name).write_bytes((EVAL / name).read_bytes())
    alone = run([str(tmp_path)], DEFAULT)
    (tmp_path / "copy.txt").write_bytes((EVAL / names[1]).read_bytes())
    copied = run([str(tmp_path)], DEFAULT)
    assert load(str(tmp_path / "copy.txt")).date is None
    assert [Path(r.path).name for r in (copied.old, copied.new)] == names[1:]
    assert copied.outcomes == alone.outcomes


def test_a_series_reads_an_undated_copy_once_not_refusing_it() -> None:
    """rev18: ``series DIR`` warned that ``copy.txt`` (an undated copy of Sunak–Rutte
    2023-04-13, whose date is its file name's) is read once, then refused it for having no
    date: the copies are left out before the dates are asked for."""
    names = [f"sunak-rutte__{date}__gov-uk.txt" for date in ("2022-11-01", "2023-04-13")]
    readouts = [load(EVAL / name) for name in names]
    copy = from_bytes((EVAL / names[1]).read_bytes(), path="copy.txt")
    assert copy.date is None
    series = build_series([*readouts, copy])
    assert to_document(series) == to_document(build_series(readouts))
