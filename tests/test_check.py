"""readoutdiff check: rules, outcomes, exit status and the four output formats."""

from __future__ import annotations

import doctest
import importlib
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from readoutdiff import compare, from_text, load
from readoutdiff.check import CheckResult, check, newest_pair
from readoutdiff.check.rules import DEFAULT, Kind, Severity, parse
from readoutdiff.check.since import repository_path

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "samples" / "2021-06-28-xi-putin.txt"
NEW = ROOT / "samples" / "2021-12-15-xi-putin.txt"
COMMUNITY = "a community with a shared future for mankind"
WORKFLOW_COMMAND = re.compile(
    r"^::(?P<level>error|warning) (?P<props>file=[^,:]+(?:,line=\d+(?:,col=\d+)?)?,title=[^,:]+)::(?P<message>.+)$"
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *map(str, args)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip


def rules_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "module",
    ["check.apply", "check.pair", "check.rules", "ingest.htmltext", "render.check_text",
     "render.check_json", "render.check_github", "render.check_junit", "render.check_formats",
     "render.check_markdown"],
)  # fmt: skip
def test_doctests(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"readoutdiff.{module}"))
    assert result.attempted > 0 and result.failed == 0


def test_done_when_a_dropped_watched_formula_fails_and_a_kept_one_passes(tmp_path: Path) -> None:
    dropped = run(OLD.relative_to(ROOT), NEW.relative_to(ROOT), "--format", "github",
                  "--rules", rules_file(tmp_path, f'[[watch]]\ntext = "{COMMUNITY}"\n'))  # fmt: skip
    assert dropped.returncode == 1, dropped.stderr
    errors = [line for line in dropped.stdout.splitlines() if line.startswith("::error")]
    # on the new readout: its sentence was dropped whole, so where it stood there (ux18: B's
    # first line, the title, before), "They have extended firm mutual support ..."
    assert errors == [
        "::error file=samples/2021-12-15-xi-putin.txt,line=7,col=638,title=readoutdiff%3A watch "
        f"“{COMMUNITY}”::“{COMMUNITY}” was dropped (old line 6, sentence 3); it must persist"
    ]
    kept = run(OLD, NEW, "--format", "github",
               "--rules", rules_file(tmp_path, '[[watch]]\ntext = "core interests"\n'))  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    assert "::error" not in kept.stdout


def test_github_annotates_the_ten_most_severe_of_each_kind_and_logs_the_rest(
    tmp_path: Path,
) -> None:
    process = run(OLD, NEW, "--format", "github", "--rules", rules_file(tmp_path, RICH_RULES))
    lines = process.stdout.splitlines()
    commands = [m for m in map(WORKFLOW_COMMAND.match, lines) if m]
    levels = [match.group("level") for match in commands]
    assert levels == ["error"] * levels.count("error") + ["warning"] * 10  # errors first
    assert lines[-1].startswith("readoutdiff check: failed: ")
    total = int(re.search(r"(\d+) warnings", lines[-1]).group(1))  # type: ignore[union-attr]
    assert total > 10
    assert (
        f"readoutdiff check: {total - 10} more warnings (GitHub shows 10 annotations of each kind):"
        in lines
    )
    logged = [line for line in lines if line.startswith("  ") and ": warning: " in line]
    assert len(logged) == total - 10
    # Most severe first: the broken watch rule and similarity before any dropped formula.
    titles = [m.group(0).split("title=")[1].split("::")[0] for m in commands]
    assert titles[levels.index("warning")] == "readoutdiff%3A watch “pragmatic cooperation”" or (
        "similarity" in titles[levels.index("warning")]
    )
    # the file from the repository's root, as GitHub maps it (fix3): samples/… in a clone
    shown = repository_path(str(NEW))
    assert all(line.startswith(f"::{level} file={shown},") for line, level in zip(
        [line for line in lines if line.startswith("::")], levels, strict=True))  # fmt: skip


def test_github_annotates_the_key_changes_before_the_other_dropped_and_changed_formulas() -> None:
    """The samples drop 24 formulas and change 5: the key changes' formulas come first, in the
    key changes' order (the block's drops lead it since kc1), so the replaced wordings a briefing
    tells (the qualifier "national dignity" put into "safeguarding the common interests", chg9;
    the Treaty's 20th anniversary -> its renewal) are annotated, not hidden behind the other
    drops."""
    process = run(OLD, NEW, "--format", "github")
    annotated = [
        m.group("message") for m in map(WORKFLOW_COMMAND.match, process.stdout.splitlines()) if m
    ]
    assert len(annotated) == 10
    # the key changes' first line: issue 10's dropped formula and the one dropped with it
    assert (
        "formula “community with a shared future for mankind” was dropped (old line 6, sentence 3)"
        in (annotated[:2])
    )
    assert (
        "formula “safeguarding the common interests” changed to “safeguarding the national dignity"
        " and common interests”"
    ) in annotated[2]
    assert "will hail the 20th anniversary" in annotated[3]
    assert "jointly safeguarded true multilateralism" in annotated[4]


RICH_RULES = f"""
[similarity]
min = 0.9
severity = "warning"

[dropped]
sources = ["builtin"]

[[watch]]
text = "{COMMUNITY}"

[[watch]]
id = "core-interests"

[[watch]]
text = "pragmatic cooperation"
severity = "warning"

[[forbid]]
text = "new era"

[[forbid]]
id = "hegemonism-power-politics"
"""


def test_rules_on_the_samples() -> None:
    result = check(compare(load(OLD), load(NEW)), parse(RICH_RULES))
    outcomes = {outcome.rule.name: outcome for outcome in result.outcomes}
    assert list(outcomes) == [
        "no dropped formulas", "no changed formulas", "similarity at least 0.9",
        f"watch “{COMMUNITY}”", "watch core-interests", "watch “pragmatic cooperation”",
        "forbid “new era”", "forbid hegemonism-power-politics",
    ]  # fmt: skip
    assert result.failed
    assert not outcomes["watch core-interests"].broken
    assert not outcomes["forbid hegemonism-power-politics"].broken
    [changed] = outcomes["watch “pragmatic cooperation”"].findings
    assert (changed.path, changed.line, changed.severity) == (str(NEW), 9, Severity.WARNING)
    assert "“practical cooperation”" in changed.message
    [era] = outcomes["forbid “new era”"].findings
    assert (era.path, era.line) == (str(NEW), 7)
    dropped = outcomes["no dropped formulas"].findings
    assert dropped and all("mined:" not in finding.message for finding in dropped)
    assert not any("community with" in finding.message for finding in dropped)  # the watch has it
    assert result.count(Severity.ERROR) == 2


def test_defaults_warn_on_dropped_and_changed_formulas_and_never_fail() -> None:
    process = run(OLD, NEW)
    assert process.returncode == 0, process.stderr
    assert "warning: formula “community with a shared future for mankind”" in process.stdout
    assert "changed to “officially announced the renewal of the Treaty" in process.stdout
    # 29 since cnv5: Putin's congratulation on the CPC's anniversary, said in A only, dropped;
    # 30 since chg9: the qualifier "national dignity" put into "safeguarding the common interests"
    assert "changed to “safeguarding the national dignity and common interests”" in process.stdout
    assert process.stdout.rstrip().endswith("passed: 0 errors, 30 warnings")
    # words governing a formula kept on both sides are told around it, not as a formula
    assert (
        "warning: wording around kept formula “China-Russia Treaty of Good-Neighborliness and Friendly"
        " Cooperation”: “will hail the 20th anniversary of the signing of the China-Russia Treaty"
        " of Good-Neighborliness and Friendly Cooperation” changed to “officially announced the"
        " renewal of the Treaty of Good-neighborliness and Friendly Cooperation” (sentence 4)\n"
    ) in process.stdout  # on the new readout's line 7: u50 says the line once
    assert "formula “will hail" not in process.stdout


def test_findings_name_formulas_by_their_words_and_the_json_keeps_the_ids(tmp_path: Path) -> None:
    """An analyst reads wordings, not ids: no finding says a formula's id, in any format; the
    JSON gives each finding's formula id in ``formula``."""
    comparison = compare(load(OLD), load(NEW))
    ids = {formula.id for formula in comparison.formulas}
    junit, summary = tmp_path / "j.xml", tmp_path / "summary.md"
    args = ("--rules", rules_file(tmp_path, RICH_RULES), "--junit", junit, "--summary", summary)
    text, github, as_json = (
        run(OLD, NEW, "--format", f, *args) for f in ("text", "github", "json")
    )
    told = text.stdout + github.stdout + junit.read_text("utf-8") + summary.read_text("utf-8")
    assert len(ids) > 30 and not [i for i in ids if f"({i})" in told]
    findings = [f for rule in json.loads(as_json.stdout)["rules"] for f in rule["findings"]]
    assert not [f["message"] for f in findings if any(f"({i})" in f["message"] for i in ids)]
    by_formula = {f["formula"]: f["message"] for f in findings}
    assert by_formula["good-neighbor-treaty/context"].startswith("wording around kept formula")
    assert by_formula["community-shared-future"].endswith("it must persist")  # the watch rule's
    assert by_formula[None].startswith("similarity")
    assert set(by_formula) - {None} <= ids


def test_a_mined_phrase_is_called_one_by_its_words() -> None:
    """biden-duda 2022-03-04 -> 03-26 (a real White House pair): the defaults' [dropped] and
    [changed] rules tell mined phrases too, by their words, never by the id."""
    folder = ROOT / "eval" / "formulas"
    old, new = folder / "biden-duda__2022-03-04__wh.txt", folder / "biden-duda__2022-03-26__wh.txt"
    findings = [
        f
        for rule in json.loads(run(old, new, "--format", "json").stdout)["rules"]
        for f in rule["findings"]
    ]
    mined = [f for f in findings if (f["formula"] or "").startswith("mined:")]
    assert mined
    for finding in mined:
        assert finding["message"].startswith("mined phrase “"), finding
        assert finding["formula"] not in finding["message"]


def test_a_change_around_a_formula_without_an_entry_is_named_in_words_not_its_id() -> None:
    """biden-duda 2022-03-04 -> 03-26 (a real White House pair): the changed wordings around
    "Article 5 commitment" and "impose costs" were told with the ids as their names."""
    folder = ROOT / "eval" / "formulas"
    process = run(
        folder / "biden-duda__2022-03-04__wh.txt", folder / "biden-duda__2022-03-26__wh.txt"
    )
    assert process.returncode == 0, process.stderr
    assert (
        "warning: formula “commitment to Article 5”: “commitment to the security”"
        " changed to “unwavering commitment to Article 5 and to the security” (sentence 5)\n"
    ) in process.stdout  # on the new readout's line 3
    assert "warning: wording inside “impose … Russia”: “impose severe consequences on Russia”" in (
        process.stdout
    )
    assert "article-5-sacred" not in process.stdout and "impose-costs" not in process.stdout


def test_a_watch_by_id_follows_the_formula_in_any_wording_but_not_its_successor() -> None:
    old = from_text(
        "We uphold true multilateralism. We build a new type of international relations."
    )
    new = from_text("We uphold genuine multilateralism. We build a new type of relations.")
    rules = parse(
        '[[watch]]\nid = "true-multilateralism"\n[[watch]]\ntext = "true multilateralism"'
    )
    by_id, by_text = check(compare(old, new), rules).outcomes[2:]
    assert not by_id.broken and by_id.summary.startswith("persisted")
    assert by_text.broken and "changed to “genuine multilateralism”" in by_text.findings[0].message


def test_a_wording_no_lexicon_knows_is_still_watched() -> None:
    old = from_text("The sides praised the spirit of the Blue River talks. Trade grew.", path="o")
    new = from_text("Trade grew.", path="n")
    outcome = check(compare(old, new), parse('[[watch]]\ntext = "Blue River talks"')).outcomes[-1]
    assert outcome.broken and outcome.findings[0].path == "o"


def test_similarity_rule() -> None:
    one = from_text("They met. They agreed.")
    assert not check(compare(one, one), parse("[similarity]\nmin = 1")).failed
    other = from_text("Nothing alike here at all.")
    assert check(compare(one, other), parse("[similarity]\nmin = 0.5")).failed


def test_off_turns_a_default_rule_off() -> None:
    rules = parse('[dropped]\nseverity = "off"\n[changed]\nseverity = "error"')
    assert [(rule.kind, rule.severity) for rule in rules.rules] == [(Kind.CHANGED, Severity.ERROR)]
    assert [rule.kind for rule in DEFAULT.rules] == [Kind.DROPPED, Kind.CHANGED]


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ('[[watch]]\ntext = "core interests"\nseverity = "fatal"\n', 3, "severity must be"),
        ('[[watch]]\ntext = "x"\n\n[[watch]]\nname = "no wording"\n', 4, "give id"),
        ('[[watch]]\nid = "a"\ntext = "b"\n', 3, "one of them"),
        ("[similarity]\nmin = 1.5\n", 2, "from 0 to 1"),
        ('[dropped]\nsources = ["rumour"]\n', 2, "sources must list"),
        ('[changed]\nseverity = "warning"\nwhen = 1\n', 3, "unknown key 'when'"),
        ("watch = 3\n", 1, "array of tables"),
        ("minimum_similarity = 0.3\n", 1, "unknown key"),
        ('[[watch]]\ntext = "core interests\n', 2, "not valid TOML"),
        # A file of another format version was read as version 1, its meaning guessed.
        ('version = 2\n\n[[watch]]\ntext = "core interests"\n', 1, "version must be 1"),
        ('version = "1"\n', 1, "version must be 1"),
    ],
)
def test_a_malformed_rules_file_exits_2_with_one_line_naming_path_and_line(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    path = rules_file(tmp_path, text)
    process = run(OLD, NEW, "--rules", path)
    assert process.returncode == 2
    assert process.stdout == ""
    assert process.stderr.count("\n") == 1
    assert process.stderr.startswith(f"readoutdiff: error: {path}:{line}: "), process.stderr
    assert problem in process.stderr


@pytest.mark.parametrize("text", ["", "# rules to come\n", "version = 1\n"])
def test_a_rules_file_with_no_rule_exits_2_naming_it(tmp_path: Path, text: str) -> None:
    """An empty rules file ran the check on the defaults without a word, as an empty lexicon
    was taken: the wrong file went unnoticed. Both are refused alike."""
    path = rules_file(tmp_path, text)
    process = run(OLD, NEW, "--rules", path)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: {path}: has no rules: write [[watch]], [[forbid]], [similarity],"
        " [dropped] or [changed]; without --rules the defaults apply (dropped and changed"
        " formulas are warnings)\n"
    )


def test_a_rule_on_an_id_no_lexicon_has_exits_2_naming_the_id(tmp_path: Path) -> None:
    """A misspelt id ("core-interest") would pass every run watching nothing; it is refused.
    A mined id names a phrase of the readouts themselves and is let through."""
    path = rules_file(tmp_path, '[[watch]]\nid = "core-interest"\n')
    process = run(OLD, NEW, "--rules", path)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr.count("\n") == 1
    assert process.stderr.startswith(f"readoutdiff: error: {path}: watch rule: ")
    assert "'core-interest' (did you mean 'core-interests'? see readoutdiff formulas" in (
        process.stderr
    )
    unlike = rules_file(tmp_path, '[[forbid]]\nid = "zzz-nothing-like-it"\n')
    far = run(OLD, NEW, "--rules", unlike)
    assert far.returncode == 2 and "did you mean" not in far.stderr  # no guess when none is near
    mined = rules_file(tmp_path, '[[forbid]]\nid = "mined:iron-brotherhood"\n')
    assert run(OLD, NEW, "--rules", mined).returncode in (0, 1)


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["one.txt"], "give OLD NEW"),
        ([str(OLD), str(NEW), str(NEW)], "give OLD NEW"),
        ([str(OLD), "missing.txt"], "no such file"),
        ([str(OLD), str(NEW), "--rules", "missing.toml"], "cannot read the rules"),
        ([str(OLD), str(NEW), "--format", "xml"], "xml"),
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: list[str], problem: str) -> None:
    (tmp_path / "one.txt").write_text("They met.", encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *args],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert process.returncode == 2 and problem in process.stderr
    assert process.stderr.startswith("readoutdiff: error: ") and process.stderr.count("\n") == 1


def test_a_folder_checks_its_newest_readout_against_the_one_before(tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    for name, text in (
        ("b.txt", "Leaders met on 2021-12-15. They upheld core interests."),
        ("a.txt", "Leaders met on 2021-06-28. They upheld core interests."),
        ("c.txt", "Leaders met on 2021-12-16. They talked trade."),
        ("README.md", "Readouts of 2030-01-01 meetings. Nothing here."),
        ("rules.toml", '[[watch]]\ntext = "core interests"\n'),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    process = run(folder, "--rules", folder / "rules.toml", "--format", "json")
    assert process.returncode == 1, process.stderr
    data = json.loads(process.stdout)
    assert data["schema"] == "readoutdiff-check/1"
    assert (Path(data["old"]["path"]).name, Path(data["new"]["path"]).name) == ("b.txt", "c.txt")
    watch = data["rules"][-1]
    assert watch["broken"] and watch["findings"][0]["line"] == 1
    assert data["counts"] == {"error": 1, "warning": 0}  # the watch speaks for the drop
    (folder / "c.txt").unlink()
    (folder / "b.txt").unlink()
    alone = run(folder)  # one readout left: nothing to compare yet, a pass (u62)
    assert alone.returncode == 0 and "passed: nothing to compare yet" in alone.stdout


def test_newest_pair_orders_by_date_then_file_name() -> None:
    readouts = [from_text("Met.", path=p) for p in ("2021-12-15-b.txt", "2021-12-15-a.txt")]
    readouts.append(from_text("Met.", path="undated.txt"))
    assert [r.path for r in newest_pair(readouts)] == ["2021-12-15-a.txt", "2021-12-15-b.txt"]


def test_junit_has_one_test_case_per_rule_and_a_failure_for_broken_error_rules(
    tmp_path: Path,
) -> None:
    junit = tmp_path / "out" / "junit.xml"
    junit.parent.mkdir()
    process = run(OLD, NEW, "--rules", rules_file(tmp_path, RICH_RULES), "--junit", junit)
    assert process.returncode == 1
    root = ET.fromstring(junit.read_text(encoding="utf-8"))
    assert root.tag == "testsuites"
    [suite] = list(root.iter("testsuite"))
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases][3:5] == [
        f"watch “{COMMUNITY}”",
        "watch core-interests",
    ]
    assert suite.get("tests") == root.get("tests") == str(len(cases)) == "8"
    failed = [case for case in cases if case.find("failure") is not None]
    assert suite.get("failures") == root.get("failures") == str(len(failed)) == "2"
    assert all(case.get("classname", "").startswith("readoutdiff.check.") for case in cases)
    community = failed[0]
    assert (community.get("file"), community.get("line")) == (repository_path(str(OLD)), "6")
    failure = community.find("failure")
    assert failure is not None and COMMUNITY in failure.get("message", "")
    assert f"{OLD}:6:" in (failure.text or "")
    warned = [case for case in cases if case.find("system-out") is not None]
    assert {case.get("name") for case in warned} >= {
        "no dropped formulas",
        "similarity at least 0.9",
    }
    names = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert names["old"] == str(OLD) and names["new"] == str(NEW)


def test_junit_is_well_formed_with_control_characters_and_markup_in_the_text() -> None:
    old = from_text("They <b>upheld</b> core interests & \x0bmore. Trade grew.", path="o&<.txt")
    new = from_text("Trade grew.", path="n.txt")
    from readoutdiff.render.check_junit import render_check_junit

    xml = render_check_junit(check(compare(old, new), parse('[[watch]]\ntext = "core interests"')))
    case = ET.fromstring(xml).findall("testsuite/testcase")[-1]
    assert case.get("file") == "o&<.txt" and case.find("failure") is not None


def test_outputs_are_the_same_bytes_each_run(tmp_path: Path) -> None:
    rules = rules_file(tmp_path, RICH_RULES)

    def outputs(run_number: int) -> list[bytes]:
        """Text with JSON and JUnit written beside it, then GitHub annotations: two runs."""
        json_file, junit = tmp_path / f"{run_number}.json", tmp_path / f"{run_number}.xml"
        text = run(OLD, NEW, "--rules", rules, "--json", json_file, "--junit", junit).stdout
        github = run(OLD, NEW, "--rules", rules, "--format", "github").stdout
        return [text.encode(), json_file.read_bytes(), github.encode(), junit.read_bytes()]

    first = outputs(1)
    assert all(first) and first == outputs(2)


README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_rules_example_parses_and_check_options_are_documented() -> None:
    section = README.split("## Checks in CI", 1)[1].split("\n## ", 1)[0]
    [example] = re.findall(r"```toml\n(.*?)```", section, re.S)
    rules = parse(example, path="README.md")
    assert [rule.kind for rule in rules.rules] == [
        Kind.DROPPED, Kind.SIMILARITY, Kind.WATCH, Kind.WATCH, Kind.FORBID,
    ]  # fmt: skip
    help_text = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", "--help"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", help_text.split("Options:", 1)[1]))
    assert {"--rules", "--format", "--junit"} <= options
    assert not sorted(option for option in options if f"`{option}" not in section
                      and f" {option}" not in section and option not in ("-h", "--help"))  # fmt: skip


def test_the_readme_hook_and_action_examples_match_the_files() -> None:
    import yaml

    section = README.split("## Checks in CI", 1)[1].split("\n## ", 1)[0]
    hook_example, workflow_example, pull_request = (yaml.safe_load(block) for block in
                                      re.findall(r"```yaml\n(.*?)```", section, re.S))  # fmt: skip
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook_example["repos"][0]["hooks"][0]["id"] == hook["id"]
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    used = workflow_example["jobs"]["readouts"]["steps"][1]["with"]
    assert set(used) == set(action["inputs"])
    # the pull request's workflow (check --since): the base commit fetched, the inputs the action's
    checkout, check = pull_request["jobs"]["readouts"]["steps"]
    assert checkout["with"]["fetch-depth"] == 0 and set(check["with"]) <= set(action["inputs"])
    assert check["with"]["since"] == "origin/${{ github.base_ref }}"  # never a lagging base.sha
    # and the action's own input says so (rev20: it still gave base.sha as the example)
    assert '"origin/" and github.base_ref' in action["inputs"]["since"]["description"]
    assert "not github.event.pull_request.base.sha" in action["inputs"]["since"]["description"]
    # in words (fix4): GitHub evaluates an expression written in an action.yml description,
    # and the github context is no part of it there (a load error)
    assert all(
        "${{" not in str(field.get("description", "")) for field in action["inputs"].values()
    )
    assert all(f"`{name}`" in section for name in action["outputs"])


def test_a_folder_with_fewer_than_two_readouts_is_named_with_its_count(tmp_path: Path) -> None:
    real = (
        ROOT / "tests" / "real_series" / "biden-zelenskyy" / "biden-zelenskyy__2021-12-09__wh.txt"
    )
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    done = run(tmp_path)
    assert done.returncode == 2
    assert done.stderr == (  # none: the wording of series and --history (readout_paths)
        f"readoutdiff: error: {tmp_path}: holds no readout file (readouts end in .txt, .text,"
        " .md, .html, .htm or .xhtml); check compares the two newest readouts of a folder\n"
    )
    shutil.copy(real, tmp_path)
    done = run(tmp_path)  # one: nothing to compare yet, and nothing wrong (u62)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        f"readoutdiff check: passed: nothing to compare yet: {tmp_path} holds one readout"
        f" ({tmp_path / real.name}); a check compares the newest readout with the one before,"
        " from the second readout on\n"
    )


def test_the_summary_tells_a_change_around_a_formula_with_that_formula(tmp_path: Path) -> None:
    """The job summary's "Formulas that did not persist" showed the Treaty's governing words as
    if they were a formula ("changed | “will hail the 20th anniversary of the signing”")."""
    summary = tmp_path / "summary.md"
    assert run(OLD, NEW, "--summary", summary).returncode == 0
    rows = summary.read_text("utf-8").split("### Formulas that did not persist")[1].splitlines()
    changed = [row for row in rows if row.startswith("| changed |")]
    treaty = "China-Russia Treaty of Good-Neighborliness and Friendly Cooperation"
    for around in (treaty, "true multilateralism"):
        assert any(
            row.startswith(f"| changed | wording around kept formula “{around}” changed: “")
            for row in changed
        ), around
    assert all(": “" in row for row in changed)  # each says what it is around, or reworded


def _as_page(text: str) -> str:
    """A readout as a ministry site serves it: each paragraph a <p>, inside <main>."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return f"<!DOCTYPE html><html><body><nav>Home</nav><main>{paragraphs}</main></body></html>"


def test_github_annotations_give_a_line_only_when_the_new_readout_is_text(tmp_path: Path) -> None:
    """A line of a readout read from HTML counts its extracted text, not the page: an annotation
    on such a new readout names the file only. A dropped formula's finding points into the OLD
    readout, and its annotation took its line-or-not from the old one: a text B after an HTML A
    lost its lines, an HTML B after a text A got lines of extracted text."""
    old_page, new_page = tmp_path / "old.html", tmp_path / "new.html"
    old_page.write_text(_as_page(OLD.read_text("utf-8")), encoding="utf-8")
    new_page.write_text(_as_page(NEW.read_text("utf-8")), encoding="utf-8")
    for old, new, lines in ((OLD, new_page, False), (old_page, NEW, True), (OLD, NEW, True)):
        process = run(old, new, "--format", "github")
        annotations = [line for line in process.stdout.splitlines() if line.startswith("::")]
        shown = repository_path(str(new))  # from the repository's root where there is one
        assert len(annotations) == 10 and all(f"::warning file={shown}," in a for a in annotations)
        dropped = [a for a in annotations if "was dropped" in a]
        assert dropped and all((",line=" in a) is lines for a in annotations), (old, new)


def test_check_json_says_when_new_line_counts_an_html_pages_extracted_text(tmp_path: Path) -> None:
    """A drop's ``new_line`` is a line of the NEW readout, while its ``extracted`` describes the
    old one (``path``): with an HTML B, nothing said ``new_line`` counted extracted text. Now
    ``new_extracted`` does, in step with what ``--format github`` annotates."""
    old_page, new_page = tmp_path / "old.html", tmp_path / "new.html"
    old_page.write_text(_as_page(OLD.read_text("utf-8")), encoding="utf-8")
    new_page.write_text(_as_page(NEW.read_text("utf-8")), encoding="utf-8")
    for old, new in ((OLD, new_page), (old_page, NEW), (OLD, NEW)):
        document = json.loads(run(old, new, "--format", "json").stdout)
        findings = [f for rule in document["rules"] for f in rule["findings"]]
        drops = [f for f in findings if "was dropped" in f["message"]]
        assert drops and all(f["new_line"] is not None for f in drops)
        assert {f["new_extracted"] for f in findings} == {new == new_page}, (old, new)
        assert {f["extracted"] for f in drops} == {old == old_page}, (old, new)


def test_findings_quote_formulas_as_the_key_changes_do_in_every_format(tmp_path: Path) -> None:
    """The samples drop 'under the guise of "democracy" and "human rights"': in straight quotes
    the finding read 'formula "under the guise of "democracy" and "human rights"" was dropped'.
    Curly quotes, as the terminal view's key changes use, keep the formula's own quotes apart."""
    guise = "under the guise of “democracy” and “human rights”"
    said = 'formula “under the guise of "democracy" and "human rights"” was dropped'
    assert guise.replace("“", '"').replace("”", '"') in OLD.read_text("utf-8").replace("“", '"')
    rules = rules_file(tmp_path, '[[watch]]\ntext = "new era"\n')
    outputs = {form: run(OLD, NEW, "--rules", rules, "--format", form).stdout for form in
               ("text", "github", "junit", "json")}  # fmt: skip
    summary = tmp_path / "summary.md"
    assert run(OLD, NEW, "--summary", summary).returncode == 0
    outputs["summary"] = summary.read_text("utf-8")
    messages = [f["message"] for r in json.loads(outputs["json"])["rules"] for f in r["findings"]]
    assert any(m.startswith(said) for m in messages), messages
    outputs["json"] = "\n".join(messages)
    for form, out in outputs.items():
        assert said in out.replace("&quot;", '"'), form
        assert 'formula "' not in out.replace("&quot;", '"'), form  # no straight-quoted formula


def test_three_paths_name_the_extra_one() -> None:
    """As ``readoutdiff A B C`` does: the third path is named (it said only "give OLD NEW")."""
    process = run(OLD, NEW, OLD)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: unexpected extra argument: {OLD}; give OLD NEW (two readouts) or DIR"
        " (a folder)\n"
    )


@pytest.mark.parametrize("option", ["--json", "--junit", "--summary", "-o"])
def test_an_output_onto_an_older_readout_of_the_folder_is_refused(
    tmp_path: Path, option: str
) -> None:
    """``check DIR --json DIR/<oldest>.txt`` wrote the JSON over a readout of the folder that was
    not one of the two compared (only those two were guarded): a readout lost, exit 0."""
    for path in (ROOT / "tests" / "series_readouts").iterdir():
        shutil.copy(path, tmp_path / path.name)
    oldest = tmp_path / "2022-02-04-beijing.txt"
    before = oldest.read_bytes()
    process = run(tmp_path, option, oldest)
    assert process.returncode == 2 and process.stdout == ""
    assert process.stderr == (
        f"readoutdiff: error: {oldest}: is a readout of the folder; write the output to another file\n"
    )
    assert oldest.read_bytes() == before


def test_check_dir_names_a_report_of_ours_in_the_folder_as_series_does(tmp_path: Path) -> None:
    """``check DIR`` passed over a report readoutdiff wrote into the folder (a Markdown view
    saved as .md beside the readouts) without a word, where ``series DIR`` and ``--history DIR``
    warn of it. The folder's rules file, its other non-readout, stays unnamed: a hook's
    ``args: [readouts, --rules, readouts/rules.toml]`` runs on every commit."""
    for path in (OLD, NEW):
        shutil.copy(path, tmp_path / path.name)
    plain = run(tmp_path)
    (tmp_path / "rules.toml").write_text("[dropped]\nseverity = 'warning'\n", encoding="utf-8")
    report = tmp_path / "report.md"
    made = subprocess.run(
        [sys.executable, "-m", "readoutdiff", OLD, NEW, "-f", "markdown", "-o", report],
        capture_output=True, text=True,
    )  # fmt: skip
    assert made.returncode == 0 and report.is_file()
    done = run(tmp_path, "--rules", tmp_path / "rules.toml")
    assert (done.returncode, done.stdout) == (plain.returncode, plain.stdout)
    assert done.stderr == (
        f"readoutdiff: warning: {report}: skipped, written by readoutdiff (a report or timeline),"
        " not a readout\n"
    )
    series = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", tmp_path],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.stderr in series.stderr


def test_check_quotes_a_dropped_formula_as_the_pair_diff_does() -> None:
    """Real White House readouts (dev pair): the pair's key changes and formula list said
    "commitment to a two-state solution" was dropped, ``check`` said "two-state solution"."""
    pair = (
        ROOT / "eval" / "formulas" / "harris-herzog__2023-12-03__wh.txt",
        ROOT / "eval" / "formulas" / "harris-herzog__2024-01-08__wh.txt",
    )
    diff = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, pair)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert "Dropped formula “commitment to a two-state solution” (A line 5" in diff.stdout
    assert "    “commitment to a two-state solution”  A 5.1" in diff.stdout
    done = run(*pair)
    # on the old readout's line 5, the message does not say "old line 5" again
    assert (
        ":5: warning: formula “commitment to a two-state solution” was dropped (sentence 1)"
        in done.stdout
    )
    assert "“two-state solution” was dropped" not in done.stdout


EVAL = ROOT / "eval" / "formulas"


def _folder(tmp_path: Path, series: str) -> list[Path]:
    """Copy one series of the evaluation readouts into a folder of its own (by date order)."""
    files = sorted(EVAL.glob(f"{series}__*.txt"))
    for path in files:
        shutil.copy(path, tmp_path / path.name)
    return [tmp_path / path.name for path in files]


def _dropped(result: CheckResult) -> list[str]:
    return [f.message for o in result.outcomes if o.rule.kind is Kind.DROPPED for f in o.findings]


def test_in_a_folder_a_clause_said_once_is_no_dropped_formula(tmp_path: Path) -> None:
    """Issue 10 point 4 (formulas are what recurs): `check DIR` on the four Akorda readouts of
    Tokayev's calls with Aliyev compares the newest two; the older one's condolences over one air
    crash, dropped later, were five "dropped" mined phrases. A folder is a series: a phrase mined
    from the pair alone counts only where an older readout says it too. OLD NEW (no series)
    reports them as before."""
    from readoutdiff.check import run as run_check

    files = _folder(tmp_path, "tokayev-aliyev")
    assert len(files) == 4
    pair = run_check([str(files[-2]), str(files[-1])], DEFAULT)
    crash = [m for m in _dropped(pair) if m.startswith("mined phrase")]
    assert len(crash) == 5 and any("крушения самолета" in m for m in crash)
    folder = run_check([str(tmp_path)], DEFAULT)
    assert (folder.old.path, folder.new.path) == (str(files[-2]), str(files[-1]))
    assert _dropped(folder) == [m for m in _dropped(pair) if m not in crash] == []


def test_an_english_folder_keeps_its_findings_and_rows(tmp_path: Path) -> None:
    """The same rule leaves a dev English series alone: `check DIR` on three White House readouts
    reports what OLD NEW reports on its newest two, and `series` still gives the recurring mined
    phrase “Egypt’s leading role” its row, its mutations marked changed (to “Egypt’s essential
    role”, then “Egypt’s important role”)."""
    from readoutdiff.check import run as run_check
    from readoutdiff.series import build_series
    from readoutdiff.series.matrix import Fate

    files = _folder(tmp_path, "biden-sisi")
    assert len(files) == 3
    folder = run_check([str(tmp_path)], DEFAULT)
    pair = run_check([str(files[-2]), str(files[-1])], DEFAULT)
    assert [(f.message, f.line) for o in folder.outcomes for f in o.findings] == [
        (f.message, f.line) for o in pair.outcomes for f in o.findings
    ]
    assert any(
        "“Egypt’s essential role” changed" in f.message for o in folder.outcomes for f in o.findings
    )
    series = build_series([load(path) for path in files])
    row = next(t for t in series.formulas if t.text == "Egypt’s leading role")
    assert [cell.fate for cell in row.cells][1:] == [Fate.CHANGED] * 2


def test_a_numbered_point_is_quoted_from_its_text(tmp_path: Path) -> None:
    """Xi's numbered points (xi-merz "一要夯实政治互信" → "一是要做相互支持的可靠伙伴";
    xi-ramaphosa "第一，中南要做…" → "一是共同进步的政治方向", dev pairs) were quoted with their
    numbers, which the two sides write otherwise: the quote starts at the point's text, in the
    findings and in the Markdown summary's table."""
    folder = ROOT / "eval" / "formulas"
    for a, b, said in (
        (
            "xi-merz__2025-05-23__cctv.txt",
            "xi-merz__2026-02-25__cctv.txt",
            "mined phrase “夯实政治互信” changed to “要做相互支持的可靠伙伴” (new line 5, sentence 2)",
        ),
        (
            "xi-ramaphosa__2023-08-22__cctv.txt",
            "xi-ramaphosa__2024-09-02__cctv.txt",
            "mined phrase “中南要做高度互信的战略伙伴” changed to “共同进步的政治方向” (new line 5, sentence 2)",
        ),
    ):
        done = run(folder / a, folder / b, "--format", "json")
        messages = [f["message"] for r in json.loads(done.stdout)["rules"] for f in r["findings"]]
        assert said in messages
        assert not [
            m for m in messages if re.search(r"“(第?[一二三四五六七八九十](是|、|，|要))", m)
        ]
    run(folder / a, folder / b, "--summary", tmp_path / "summary.md")
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "| formula reworded: “中南要做高度互信的战略伙伴” (line 6, sentence 1) |" in summary
