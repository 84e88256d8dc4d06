"""What a user of ``series`` and ``check`` met (ux18), through the real command line on real
readouts (eval/formulas dev pairs' readouts, eval/bilingual, samples/):

1. ``series`` JSON, HTML and CSV say which series they hold (its names by file name and their
   participants): under ``--series all`` only the file name told them apart;
2. ``check DIR --series NAME|all`` reads a folder of several series as ``series`` does;
3. a ``--history`` folder holding only the two readouts compared is refused in one line;
4. ``check -f github`` puts a formula dropped with its whole passage where the passage stood
   in the new readout, not on its first line (the title)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from jsonschema import Draft202012Validator
from test_cli import run
from test_series_newest_series import MARCOS, PAIRS, RUTTE, _folder

from readoutdiff.check.pair import series_of
from readoutdiff.ingest import from_text
from readoutdiff.ingest.readout_paths import participants

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
SCHEMA = ROOT / "src" / "readoutdiff" / "schema" / "readoutdiff-series-1.schema.json"


def _valid(document: dict) -> dict:
    Draft202012Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(document)
    return document


def test_each_series_file_says_its_series_and_participants(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    outputs = ("--json", "s.json", "--csv", "s.csv", "--html", "s.html")
    done = run("series", "readouts", "--series", "all", *outputs, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    for name, who in (("sunak-rutte", ["sunak", "rutte"]), ("harris-marcos", ["harris", "marcos"])):
        document = _valid(json.loads((tmp_path / f"s.{name}.json").read_text("utf-8")))
        assert document["series"] == {"names": [name], "participants": who}
        assert list(document)[:3] == ["schema", "series", "order"]
        text = (tmp_path / f"s.{name}.csv").read_bytes().decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and {(row["series"], row["participants"]) for row in rows} == {
            (name, "; ".join(who))
        }
        page = (tmp_path / f"s.{name}.html").read_text("utf-8")
        assert f"<title>readoutdiff series {name}: 3 readouts, " in page
        assert f"<h1>Readout series: {name}</h1>" in page
        assert f'<p class="who">participants by file name: {who[0]} and {who[1]}</p>' in page
    # the default (the newest readout's series) says it too
    alone = run("series", "readouts", "--json", "d.json", cwd=tmp_path)
    assert alone.returncode == 0, alone.stderr
    said = json.loads((tmp_path / "d.json").read_text("utf-8"))["series"]
    assert said == {"names": ["sunak-rutte"], "participants": ["sunak", "rutte"]}


def test_series_read_together_are_named_together(tmp_path: Path) -> None:
    done = run("series", BILINGUAL, "--series", "xi", "--json", "s.json", "--html", "s.html",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = _valid(json.loads((tmp_path / "s.json").read_text("utf-8")))
    assert document["series"] == {
        "names": ["xi-macron", "xi-trump"],
        "participants": ["xi", "macron", "trump"],
    }
    page = (tmp_path / "s.html").read_text("utf-8")
    assert "<h1>Readout series: xi-macron and xi-trump</h1>" in page
    assert "participants by file name: xi, macron and trump</p>" in page


def test_names_that_say_no_series_record_none(tmp_path: Path) -> None:
    samples = sorted((ROOT / "samples").glob("*.txt"))[:2]
    outputs = ("--json", "s.json", "--csv", "s.csv", "--html", "s.html")
    done = run("series", *samples, *outputs, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _valid(json.loads((tmp_path / "s.json").read_text("utf-8")))["series"] is None
    rows = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text("utf-8-sig"))))
    assert {(row["series"], row["participants"]) for row in rows} <= {("", "")}
    page = (tmp_path / "s.html").read_text("utf-8")
    assert "<h1>Readout series</h1>" in page and 'class="who"' not in page


def test_a_particle_is_no_participant_of_its_own() -> None:
    assert participants("blinken-al-busaidi") == ("blinken", "al-busaidi")
    assert participants("xi-bin-salman") == ("xi", "bin-salman")
    assert participants("biden-von-der-leyen") == ("biden", "von-der-leyen")
    # two series sharing only "al" were one series to check DIR and series DIR
    folder = [from_text("Met.", path=f"{name}.txt") for name in (
        "blinken-al-busaidi__2022-03-31__state", "austin-al-sudani__2023-04-01__dod",
        "blinken-al-busaidi__2022-04-27__state",
    )]  # fmt: skip
    kept, ours, others = series_of(folder, folder[-1])
    assert (ours, others) == (["blinken-al-busaidi"], ["austin-al-sudani"])
    assert [r.path for r in kept] == [folder[0].path, folder[2].path]


def test_check_reads_a_named_series_of_a_folder(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    done = run("check", "readouts", "--series", "marcos", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    head = done.stdout.splitlines()[0]
    assert head.startswith(f"readoutdiff check: readouts/{MARCOS[1]} (2023-05-02")
    assert f"→ readouts/{MARCOS[2]} (2023-09-06" in head
    # the newest readout's series, as without --series, when NAME is that series
    newest = run("check", "readouts", cwd=tmp_path)
    named = run("check", "readouts", "--series", "sunak-rutte", cwd=tmp_path)
    note = (
        "note: the folder holds 2 series by file name: check compares the newest two readouts"
        " of sunak-rutte, the newest readout's series, and leaves out the 3 readouts of"
        " harris-marcos\n"
    )
    assert note in newest.stdout and named.stderr == ""
    assert named.stdout == newest.stdout.replace(note, "")  # the user named the series


def test_check_all_checks_each_series_in_turn(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    outputs = ("-f", "json", "-o", "c.json", "--junit", "c.xml")
    done = run("check", "readouts", "--series", "all", *outputs, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout == (
        "sunak-rutte: series 1 of 2 by file name\n\nharris-marcos: series 2 of 2 by file name\n"
    )
    for name, newest in (("sunak-rutte", RUTTE[2]), ("harris-marcos", MARCOS[2])):
        document = json.loads((tmp_path / f"c.{name}.json").read_text("utf-8"))
        assert Path(document["new"]["path"]).name == newest
        assert (tmp_path / f"c.{name}.xml").read_text("utf-8").startswith("<?xml")
    assert not (tmp_path / "c.json").exists()
    # the text: each series' check under its line, as --series NAME writes it
    text = run("check", "readouts", "--series", "all", cwd=tmp_path)
    one = [run("check", "readouts", "--series", name, cwd=tmp_path).stdout
           for name in ("sunak-rutte", "harris-marcos")]  # fmt: skip
    assert text.stdout == (
        "sunak-rutte: series 1 of 2 by file name\n" + one[0] + "\n"
        "harris-marcos: series 2 of 2 by file name\n" + one[1]
    )


def test_check_a_series_of_one_readout_has_nothing_to_compare(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE[:2], MARCOS[0])
    done = run("check", "readouts", "--series", "harris-marcos", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout == (
        f"readoutdiff check: passed: nothing to compare yet: readouts/{MARCOS[0]} is the first"
        " readout of harris-marcos in readouts by date; a check compares a readout with the one"
        " before it\n"
    )


def test_check_a_failing_series_fails_the_run(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    rules = tmp_path / "rules.toml"
    rules.write_text('[dropped]\nseverity = "error"\n', "utf-8")
    done = run("check", "readouts", "--series", "all", "--rules", rules, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("failed: ") + done.stdout.count("passed: ") == 2


def test_check_series_misuse_is_one_line(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    cases = {
        ("readouts", "--series", "xi"): "--series xi: no readout's file name says that series or"
        " a participant of it; the readouts hold harris-marcos and sunak-rutte",
        (f"readouts/{RUTTE[0]}", f"readouts/{RUTTE[1]}", "--series", "rutte"): "--series rutte"
        " reads one series of a folder: readoutdiff check DIR --series NAME|all",
        ("readouts", "--series", "all", "-f", "junit"): "--series all writes one junit report a"
        " series: give -o FILE, written once a series as FILE with the series' name before its"
        " suffix",
        ("readouts", "--series", "all", "--since", "HEAD"): "--since checks each readout added"
        " in its own series by file name already: leave --series all out, or give --series NAME"
        " to check the readouts added to one series",  # ux19: --since --series NAME is read
    }
    plain = tmp_path / "plain"  # names that say no series: the samples
    plain.mkdir()
    for sample in sorted((ROOT / "samples").glob("20*-xi-putin.txt")):
        shutil.copyfile(sample, plain / sample.name)
    cases["plain", "--series", "xi"] = (
        "--series xi: no file name of the readouts says its series (SERIES__YYYY-MM-DD__…, as"
        " the evaluation sets name theirs); check a folder of one series"
    )
    for args, said in cases.items():
        done = run("check", *args, cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (
            2,
            "",
            f"readoutdiff: error: {said}\n",
        ), args


def test_a_history_of_the_pair_alone_is_refused(tmp_path: Path) -> None:
    old, new = (BILINGUAL / name for name in ("xi-trump__2017-08-12__mfa.txt",
                                              "xi-trump__2018-05-08__wh.txt"))  # fmt: skip
    copies = tmp_path / "copies"
    copies.mkdir()
    for each in (old, new):
        shutil.copyfile(each, copies / each.name)
    said = (
        "holds only the two readouts compared (A and B, or copies of them: the same text), no"
        " earlier readout; --history learns the phrases recurring in earlier readouts of their"
        " series: give a folder that holds some, or leave --history out\n"
    )
    for a, b in ((old, new), (copies / old.name, copies / new.name)):  # copies, or A and B
        done = run(a, b, "--history", "copies", cwd=tmp_path)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == f"readoutdiff: error: copies: {said}"
    both = run(old, new, "--history", "copies", "--history", "copies2", cwd=tmp_path)
    assert both.returncode == 2  # copies2 is missing: that error first
    (tmp_path / "copies2").mkdir()
    shutil.copyfile(old, tmp_path / "copies2" / "again.txt")
    both = run(old, new, "--history", "copies", "--history", "copies2", cwd=tmp_path)
    assert (both.returncode, both.stdout) == (2, "")
    assert both.stderr == (
        "readoutdiff: error: the --history folders copies and copies2 hold only " + said[11:]
    )
    # one earlier readout more, and the history is read
    shutil.copyfile(BILINGUAL / "xi-trump__2017-10-25__wh.txt", copies / "earlier.txt")
    done = run(old, new, "--history", "copies", cwd=tmp_path)
    assert done.returncode == 0 and "history: 1 earlier readout read from copies" in done.stdout


def test_github_puts_a_dropped_passage_where_it_stood(tmp_path: Path) -> None:
    # "The leaders agreed to stay in close touch." closes the old readout; the new one drops
    # it and ends with passages of its own, the first of them at line 9, column 90 ("The Prime
    # Minister updated Prime Minister Rutte ..."): there the dropped passage stood. The
    # annotation sat on line 1, the title
    old, new = (PAIRS / f"sunak-rutte__{d}__gov-uk.txt" for d in ("2023-04-13", "2023-12-07"))
    done = run("check", old, new, "-f", "github", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    (line,) = [each for each in done.stdout.splitlines() if "“stay in close touch”" in each]
    lines = new.read_text("utf-8").splitlines()
    assert line.startswith(f"::warning file=eval/formulas/{new.name},line=9,col=90,"), line
    assert lines[8][89:].startswith("The Prime Minister updated Prime Minister Rutte")
    assert "was dropped (old line" in line
    # every drop's line is a line of the new readout holding text, none its title
    drops = [each for each in done.stdout.splitlines() if "was dropped" in each]
    for each in drops:
        number = int(each.split(",line=")[1].split(",")[0])
        assert number > 1 and lines[number - 1].strip(), each
