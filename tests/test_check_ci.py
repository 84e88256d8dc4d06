"""check as other repositories run it: the pre-commit hook and the GitHub Action, in a real git repo.

The commands come from .pre-commit-hooks.yaml and action.yml themselves, so they cannot drift.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
COMMUNITY = "a community with a shared future for mankind"
RULES = f'[[watch]]\ntext = "{COMMUNITY}"\n\n[[watch]]\nid = "core-interests"\n'
BIN = str(Path(sys.executable).parent)
FOLDER = "my readouts"


def _hook() -> dict[str, object]:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hook, dict)
    return hook


def _action_step() -> dict[str, object]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {
        "path", "since", "rules", "lexicon", "no-mining", "junit", "python-version"
    }  # fmt: skip
    [step] = [step for step in action["runs"]["steps"] if step.get("id") == "check"]
    assert isinstance(step, dict)
    return step


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def _environment(**extra: str) -> dict[str, str]:
    return {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", ""), **extra}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with two committed readouts (in a folder with a space) and a rules file."""
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    june = (SAMPLES / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")
    (repo / FOLDER / "2021-06-28-xi-putin.txt").write_text(june, encoding="utf-8")
    (repo / "rules.toml").write_text(RULES, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "June readout")
    september = june.replace("June 28, 2021", "September 1, 2021").replace(
        "support each other on issues", "firmly support each other on issues"
    )
    (repo / FOLDER / "2021-09-01-xi-putin.txt").write_text(september, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "September readout")
    return repo


def _add(repo: Path, name: str, text: str) -> None:
    (repo / FOLDER / name).write_text(text, encoding="utf-8")
    _git(repo, "add", ".")


def _run_hook(repo: Path, *more: str) -> subprocess.CompletedProcess[str]:
    """Run the hook as pre-commit would with a user's `args: [readouts, --rules, rules.toml]`
    (and ``more`` of them)."""
    hook = _hook()
    staged = _git(repo, "diff", "--cached", "--name-only").split()
    assert any(re.search(str(hook["files"]), name) for name in staged)  # the hook would run
    assert hook["pass_filenames"] is False and hook["language"] == "python"
    user_args = [FOLDER, "--rules", "rules.toml", "--format", "github", *more]
    command = [*str(hook["entry"]).split(), *user_args]
    return subprocess.run(
        command, cwd=repo, capture_output=True, text=True, env=_environment()
    )  # fmt: skip


def _run_action(
    repo: Path, junit: Path | None = None, path: str = f'"{FOLDER}"', since: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run the action's check step as the runner would, with its inputs and runner files."""
    step = _action_step()
    assert step["shell"] == "bash"
    assert step["run"] == 'bash "$ACTION_PATH/action/check.sh"'
    inputs = {
        "ACTION_PATH": str(ROOT),
        "READOUTDIFF_PATH": path,
        "READOUTDIFF_SINCE": since,
        "READOUTDIFF_RULES": "rules.toml",
        "READOUTDIFF_LEXICON": "",
        "READOUTDIFF_NO_MINING": "false",
        "READOUTDIFF_JUNIT": str(junit or ""),
    }
    assert set(inputs) == set(step["env"])  # type: ignore[arg-type]
    runner = {"GITHUB_STEP_SUMMARY": str(repo.parent / "summary.md"),
              "GITHUB_OUTPUT": str(repo.parent / "output.txt")}  # fmt: skip
    return subprocess.run(
        ["bash", "-c", str(step["run"])], cwd=repo, capture_output=True, text=True,
        env=_environment(**inputs, **runner),
    )  # fmt: skip


def _outputs(repo: Path) -> dict[str, str]:
    lines = (repo.parent / "output.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines)


def _line_of(path: Path, words: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if words in line)


def test_a_new_readout_that_drops_a_watched_formula_fails_hook_and_action(
    repo: Path, tmp_path: Path
) -> None:
    _add(repo, "2021-12-15-xi-putin.txt",
         (SAMPLES / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8"))  # fmt: skip
    old, new = f"{FOLDER}/2021-09-01-xi-putin.txt", f"{FOLDER}/2021-12-15-xi-putin.txt"
    line = _line_of(repo / old, "community with a shared future for mankind")
    # The sentence holding it was dropped whole, so the annotation goes where it stood in B
    # ("They have extended firm mutual support ..."; B's first line before ux18).
    expected = (
        f"::error file={new},line=7,col=638,title=readoutdiff%3A watch “{COMMUNITY}”::"
        f"“{COMMUNITY}” was dropped (old line {line}, sentence 3); it must persist"
    )
    junit = tmp_path / "junit.xml"
    for process in (_run_hook(repo), _run_action(repo, junit)):
        assert process.returncode == 1, process.stderr
        errors = [out for out in process.stdout.splitlines() if out.startswith("::error")]
        assert errors == [expected]
        warnings = process.stdout.count("\n::warning")
        assert warnings == 10  # GitHub shows 10 of each kind; the rest are plain log lines
        closing = re.fullmatch(
            r"readoutdiff check: failed: 1 error, (\d+) warnings \((.+)\)",
            process.stdout.splitlines()[-1],
        )
        assert closing is not None, process.stdout
        # More warnings than GitHub shows: the closing line counts them all.
        total = int(closing[1])
        assert total > warnings and closing[2] == f"{old} → {new}"
    cases = ET.fromstring(junit.read_text(encoding="utf-8")).findall("testsuite/testcase")
    failed = [case for case in cases if case.find("failure") is not None]
    assert [(c.get("name"), c.get("file"), c.get("line")) for c in failed] == [
        (f"watch “{COMMUNITY}”", old, str(line))
    ]
    assert COMMUNITY in (failed[0].find("failure").get("message") or "")  # type: ignore[union-attr]
    summary = (repo.parent / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith(f"## readoutdiff check failed: 1 error, {total} warnings\n")
    # The comparison's own key changes (as every output opens with), ranked and quoted ...
    key_changes = summary.split("### Key changes\n\n")[1].split("\n\n###")[0].splitlines()
    assert 3 <= len(key_changes) <= 7 and key_changes[0].startswith("1. ")
    # (told with the whole passage it went with, beside the other formula of that passage)
    dropped = [k.split(". ", 1)[1] for k in key_changes if COMMUNITY.removeprefix("a ") in k]
    assert len(dropped) == 1 and dropped[0].startswith("Dropped formula"), key_changes
    assert f"(A line {line}, sentence 3), with their whole passage: “" in dropped[0]
    # ... then every finding, the broken watch rule first.
    every = summary.split("### All findings")[1].split("###")[0]
    assert every.count("| warning |") == total and every.count("| error |") == 1
    assert every.split("\n")[4].startswith(f"| error | {old}:{line} | “{COMMUNITY}” was dropped")
    outputs = _outputs(repo)
    assert (outputs["result"], outputs["errors"], outputs["warnings"]) == (
        "failed",
        "1",
        str(total),
    )
    assert int(outputs["formulas-dropped"]) >= 1 and "passages-moved" in outputs


def test_the_action_takes_two_files_with_spaces_and_a_dropped_formula_points_into_b(
    repo: Path,
) -> None:
    september = (repo / FOLDER / "2021-09-01-xi-putin.txt").read_text(encoding="utf-8")
    december = september.replace("September 1, 2021", "December 15, 2021").replace(
        "on issues concerning each other's core interests", "on issues of concern"
    )
    _add(repo, "december readout.txt", december)
    old, new = f"{FOLDER}/2021-09-01-xi-putin.txt", f"{FOLDER}/december readout.txt"
    process = _run_action(repo, path=f"'{old}' \"{new}\"")
    assert process.returncode == 1, process.stdout + process.stderr
    [error] = [out for out in process.stdout.splitlines() if out.startswith("::error")]
    # The passage of "core interests" is still there, changed: the annotation is on its B line.
    line = _line_of(repo / new, "on issues of concern")
    head = f"::error file={new},line={line},col="
    assert error.startswith(head) and ",title=readoutdiff%3A watch" in error
    # the line holds several sentences: the column is where the changed passage's starts
    column = int(error.removeprefix(head).partition(",")[0])
    text = (repo / new).read_text(encoding="utf-8").splitlines()[line - 1]
    assert column == 1 or text[column - 3 : column - 1] == ". "
    assert "on issues of concern" in text[column - 1 :].split(". ")[0]
    assert "core interests" in error and _outputs(repo)["errors"] == "1"


def test_the_action_with_since_checks_the_older_dated_readout_a_pull_request_adds(
    repo: Path,
) -> None:
    """A readout dated between June and September, added by a change: with ``since`` (the
    pull request's base) it is the one checked, against June, where the folder's newest pair is
    June's successor September (chk1)."""
    base = _git(repo, "rev-parse", "HEAD").strip()
    september = (repo / FOLDER / "2021-09-01-xi-putin.txt").read_text(encoding="utf-8")
    july = september.replace("September 1, 2021", "July 15, 2021")
    _add(repo, "2021-07-15-xi-putin.txt", july)
    _git(repo, "commit", "-q", "-m", "July readout")
    process = _run_action(repo, since=base)
    assert process.returncode == 0, process.stdout + process.stderr
    june, added = f"{FOLDER}/2021-06-28-xi-putin.txt", f"{FOLDER}/2021-07-15-xi-putin.txt"
    assert process.stdout.splitlines()[0] == (
        f"readoutdiff check: 1 readout of {FOLDER} added or changed since {base}"
        f" ({base[:7]}): {added}"
    )
    assert process.stdout.splitlines()[-1].endswith(f"({june} → {added})")
    outputs = _outputs(repo)
    assert (outputs["result"], outputs["checked"], outputs["errors"]) == ("passed", "1", "0")
    assert 0 < float(outputs["similarity"]) < 1 and "formulas-changed" in outputs
    summary = (repo.parent / "summary.md").read_text(encoding="utf-8")
    # names as code spans (fix4): a name holding `*` or `[` shows as it is
    assert summary.startswith(f"1 readout of `{FOLDER}` added or changed since `{base}`")
    # the hook with `--since HEAD` checks what the commit adds, before the commit (README)
    _git(repo, "reset", "-q", "--soft", "HEAD~1")
    hook = _run_hook(repo, "--since", "HEAD")
    assert hook.returncode == 0 and hook.stdout.splitlines()[-1].endswith(f"({june} → {added})")
    _git(repo, "commit", "-q", "-m", "July readout")
    # the same run without since checks the newest pair, July → September
    assert (
        _run_action(repo)
        .stdout.splitlines()[-1]
        .endswith(f"({added} → {FOLDER}/2021-09-01-xi-putin.txt)")
    )


def test_a_new_readout_that_keeps_every_watched_formula_passes(repo: Path) -> None:
    september = (repo / FOLDER / "2021-09-01-xi-putin.txt").read_text(encoding="utf-8")
    december = september.replace("September 1, 2021", "December 15, 2021").replace(
        "Putin expressed his warm congratulations", "Putin again expressed his congratulations"
    )
    _add(repo, "2021-12-15-xi-putin.txt", december)
    for process in (_run_hook(repo), _run_action(repo)):
        assert process.returncode == 0, process.stdout + process.stderr
        assert "::error" not in process.stdout
        assert "2021-12-15-xi-putin.txt" in process.stdout.splitlines()[-1]
    assert _outputs(repo)["result"] == "passed" and _outputs(repo)["errors"] == "0"
    _git(repo, "commit", "-q", "-m", "December readout")
    assert "December readout" in _git(repo, "log", "--oneline")


def test_the_action_installs_its_own_checkout_and_documents_its_inputs() -> None:
    action = (ROOT / "action.yml").read_text(encoding="utf-8")
    steps = yaml.safe_load(action)["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert steps[0]["with"]["python-version"] == "${{ inputs.python-version }}"
    assert "github.action_path" in str(steps[1]["env"]) and "pip install" in steps[1]["run"]
    assert "${{" not in steps[2]["run"]  # inputs only through the environment
    outputs = yaml.safe_load(action)["outputs"]
    assert {"result", "errors", "warnings", "formulas-dropped", "passages-added"} <= set(outputs)
    for name, output in outputs.items():
        assert output["value"] == f"${{{{ steps.check.outputs.{name} }}}}"


def test_the_hook_shows_the_warnings_of_a_passing_run(repo: Path) -> None:
    assert _hook()["verbose"] is True  # pre-commit prints a passing hook's output only then
    september = (repo / FOLDER / "2021-09-01-xi-putin.txt").read_text(encoding="utf-8")
    december = september.replace("September 1, 2021", "December 15, 2021").replace(
        "injected positive energy into", "contributed to"
    )
    _add(repo, "2021-12-15-xi-putin.txt", december)
    process = _run_hook(repo)
    assert process.returncode == 0, process.stdout + process.stderr
    warnings = [line for line in process.stdout.splitlines() if line.startswith("::warning")]
    # quoted as the pair's key changes quote it (`readoutdiff OLD NEW`), governing verb and all
    assert any("formula “injected positive energy” was dropped" in line for line in warnings), (
        process.stdout
    )
    assert "passed: 0 errors, " in process.stdout.splitlines()[-1]


@pytest.mark.parametrize("rules", [[], ["--rules", "readouts/rules.toml"]])
def test_the_hook_names_a_missing_folder(tmp_path: Path, rules: list[str]) -> None:
    """With the README's args too (``[readouts, --rules, readouts/rules.toml]``): the missing
    folder is named, not the rules file inside it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "args: [readouts, --rules, readouts/rules.toml]" in readme
    hook = _hook()
    command = [*str(hook["entry"]).split(), *hook["args"], *rules]  # type: ignore[misc]
    process = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, env=_environment()
    )  # fmt: skip
    assert process.returncode == 2
    assert process.stderr == (
        "readoutdiff: error: readouts: no such folder; give OLD NEW (two readouts) or DIR (a folder)\n"
    )


def test_the_action_takes_a_folder_with_a_space_as_written_without_quotes(repo: Path) -> None:
    september = (repo / FOLDER / "2021-09-01-xi-putin.txt").read_text(encoding="utf-8")
    _add(
        repo, "2021-12-15-xi-putin.txt", september.replace("September 1, 2021", "December 15, 2021")
    )
    for path in (FOLDER, f'"{FOLDER}"'):  # my readouts, "my readouts": the same folder
        process = _run_action(repo, path=path)
        assert process.returncode == 0, process.stdout + process.stderr
        assert process.stdout.splitlines()[-1].endswith(
            f"({FOLDER}/2021-09-01-xi-putin.txt → {FOLDER}/2021-12-15-xi-putin.txt)"
        )
    (repo / "my").mkdir()  # a path that is no file is still split: "my", "readouts/nothing.txt"
    missing = _run_action(repo, path="my readouts/nothing.txt")
    assert missing.stderr == "readoutdiff: error: my: is a directory; give a readout file\n"


def test_the_action_names_a_badly_quoted_path_input(repo: Path) -> None:
    process = _run_action(repo, path=f'"{FOLDER}')
    assert process.returncode == 2
    assert process.stderr == (
        "readoutdiff: error: the path input: No closing quotation; quote each path once\n"
    )


@pytest.mark.parametrize(
    ("path", "said"),
    [
        (f'"{FOLDER}', "the path input: No closing quotation; quote each path once"),
        ("nowhere", "nowhere: no such folder; give OLD NEW (two readouts) or DIR (a folder)"),
        # a misspelt folder with a space: named whole, not as its first word ("my: no such file")
        ("my readoutz", "my readoutz: no such file or folder (nor my, readoutz); check the path input"),
    ],
)  # fmt: skip
def test_an_action_that_cannot_run_says_why_in_an_annotation_and_the_summary(
    repo: Path, path: str, said: str
) -> None:
    process = _run_action(repo, path=path)
    line = f"readoutdiff: error: {said}"
    assert process.returncode == 2 and process.stderr == line + "\n"
    assert process.stdout == f"::error title=readoutdiff check could not run::{line}\n"
    summary = (repo.parent / "summary.md").read_text(encoding="utf-8")
    assert summary == f"## readoutdiff check could not run\n\n```text\n{line}\n```\n"


def test_the_first_readout_of_a_folder_passes_hook_and_action_with_a_note(tmp_path: Path) -> None:
    """A repository's first readout (Sunak–Rutte 2022-11-01, of eval/formulas) stopped the
    commit and failed the job (exit 2: "holds 1 readout file; needs at least two"): with
    nothing to compare, nothing is wrong. Both pass and say so; the rules are still read."""
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q")
    first = ROOT / "eval" / "formulas" / "sunak-rutte__2022-11-01__gov-uk.txt"
    (repo / "rules.toml").write_text(RULES, encoding="utf-8")
    _add(repo, first.name, first.read_text(encoding="utf-8"))
    said = (
        f"nothing to compare yet: {FOLDER} holds one readout ({FOLDER}/{first.name}); a check"
        " compares the newest readout with the one before, from the second readout on"
    )
    for process in (_run_hook(repo), _run_action(repo)):
        assert (process.returncode, process.stderr) == (0, ""), process.stderr
        assert process.stdout == (
            f"::notice title=readoutdiff check::{said}\nreadoutdiff check: passed: {said}\n"
        )
    summary = (repo.parent / "summary.md").read_text(encoding="utf-8")
    shown = said.replace("_", "\\_")  # Markdown that shows the names as they are (fix4)
    assert summary == f"## readoutdiff check passed: nothing to compare yet\n\n{shown}.\n"
    assert _outputs(repo) == {"result": "passed"}  # no pair, no counts
    junit = repo.parent / "junit.xml"  # a step uploading the JUnit file finds it (fix2)
    assert _run_action(repo, junit=junit).returncode == 0
    assert '<testcase name="nothing to compare yet"' in junit.read_text(encoding="utf-8")
    (repo / "rules.toml").write_text('[[watch]]\nid = "core-interestz"\n', encoding="utf-8")
    refused = _run_action(repo)  # a misspelt id is found at the first readout already
    assert refused.returncode == 2 and "core-interestz" in refused.stderr
