"""The README cannot drift from the CLI's --help or from .ci/run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.ingest.readout_paths import READOUT_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = ((), ("diff",), ("formulas",), ("check",), ("series",))


def _help(*command: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *command, "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _options(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", help_text.split("Options:", 1)[1]))


def test_every_option_in_help_is_documented_in_the_readme() -> None:
    options = set().union(*(_options(_help(*command)) for command in COMMANDS))
    assert {"--format", "--exit-code", "--color"} <= options
    missing = sorted(
        option for option in options if f"`{option}" not in README and f" {option}" not in README
    )
    assert not missing, f"options in --help but not in README.md: {missing}"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = [line for line in ci_lines if "pytest" in line and not line.startswith("#")]
    assert len(test_command) == 1
    assert f"\n{test_command[0]}\n" in README


def test_quick_start_commands_name_the_samples() -> None:
    for sample in ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"):
        assert (ROOT / sample).is_file()
        assert f"readoutdiff {sample}" in README or f" {sample}" in README


def _python_examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def test_readme_has_python_examples() -> None:
    examples = _python_examples()
    assert len(examples) >= 2
    assert any("compare_files" in example for example in examples)
    assert any("from readoutdiff.render import" in example for example in examples)


def test_every_python_example_in_the_readme_runs(tmp_path: Path) -> None:
    """Each ```python block runs as a fresh program from the repository root."""
    for number, example in enumerate(_python_examples()):
        script = tmp_path / f"example_{number}.py"
        script.write_text(example, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, f"README example {number} failed:\n{result.stderr}"
        assert result.stdout.strip(), f"README example {number} printed nothing"


def test_every_list_of_readout_suffixes_in_the_readme_is_complete() -> None:
    """Where README says which files of a folder are readouts, it names every suffix."""
    paragraphs = [p for p in README.split("\n\n") if "`.htm`" in p]
    assert len(paragraphs) >= 2
    for paragraph in paragraphs:
        missing = [suffix for suffix in READOUT_SUFFIXES if f"`{suffix}`" not in paragraph]
        assert not missing, f"README lists readout suffixes without {missing}:\n{paragraph}"


def test_the_json_section_names_every_key_of_the_samples_json() -> None:
    """README's JSON section lists each key the samples' JSON has, at every level it describes."""
    document = json.loads((ROOT / "tests" / "golden" / "samples.json").read_text(encoding="utf-8"))
    section = README.split("## JSON output", 1)[1].split("\n## ", 1)[0]
    keys = {*document, *document["a"], *document["key_changes"][0], *document["alignments"][0]}
    keys |= {*document["formulas"][0], *document["ignored"]["a"][0]}
    missing = sorted(
        key for key in keys if f"`{key}`" not in section and f"/`{key}`" not in section
    )
    assert not missing, f"JSON keys not in README's JSON section: {missing}"


def test_the_key_changes_example_is_the_samples_real_output() -> None:
    """Each ranked line of README's key-changes example is a line the samples' terminal view prints."""
    example = README.split("```\nKey changes\n", 1)[1].split("```", 1)[0]
    ranked = [line for line in example.splitlines() if re.match(r"  \d+\. ", line)]
    assert len(ranked) >= 3
    printed = (ROOT / "tests" / "golden" / "samples.txt").read_text(encoding="utf-8").splitlines()
    stale = [line for line in ranked if line not in printed]
    assert not stale, f"README's key changes are not what the samples print: {stale}"


def test_the_screenshot_example_names_a_pair_file_the_series_example_writes(
    tmp_path: Path,
) -> None:
    """The Series section's `series.html.pairs/NNN-DATE.html` is a file its own command writes."""
    section = README.split("\n## Series\n", 1)[1].split("\n## ", 1)[0]
    folder = re.search(r"readoutdiff series (tests/real_series/[\w-]+/) --html", section)
    named = re.findall(r"series\.html\.pairs/([\w-]+\.html)", section)
    assert folder and named
    subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", str(ROOT / folder[1])]
        + ["--html", str(tmp_path / "series.html"), "--pairs", "folder"],
        capture_output=True,
        check=True,
    )
    written = {path.name for path in (tmp_path / "series.html.pairs").iterdir()}
    assert set(named) <= written, f"README names {named}; the series writes {sorted(written)}"


def _section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_each_commands_options_are_documented_in_its_own_section() -> None:
    """A reader of `check` or `series` finds every option its --help lists in that section."""
    sections = {
        "diff": _section("Usage").split("\n```\nreadoutdiff formulas FILE", 1)[0],
        "formulas": README.split("\nreadoutdiff formulas FILE ", 1)[1].split("\n### ", 1)[0],
        "check": _section("Checks in CI"),
        "series": _section("Series"),
    }
    for command, section in sections.items():
        documented = {
            option
            for option in _options(_help(command))
            if f"`{option}" in section
            or f" {option}" in section
            or f"[{option}" in section
            or f"|{option}" in section
            or f"/`{option}" in section
        }
        missing = sorted(_options(_help(command)) - documented)
        assert not missing, f"readoutdiff {command} --help lists {missing}, its README section not"


def test_no_benchmark_is_listed_twice_in_the_development_section() -> None:
    commands = re.findall(r"^(python benchmarks/\S+)", _section("Development"), flags=re.MULTILINE)
    assert len(commands) >= 10
    twice = sorted({command for command in commands if commands.count(command) > 1})
    assert not twice, f"README lists these benchmarks more than once: {twice}"


def test_the_outside_set_is_as_large_as_the_readme_says() -> None:
    """The Development section's size of eval/outside/ (all pairs, the English, the Chinese and
    the Russian ones) is the folder's: a widening that forgets the README leaves a stale count
    behind."""
    said = re.search(
        r"eval/outside/, (\d+) pairs \((\d+) English: [^;]*; (\d+) Chinese[^;]*; (\d+) Russian",
        README,
    )
    assert said, "the Development section no longer says the outside set's size"
    pairs = sorted((ROOT / "eval" / "outside" / "pairs").glob("*.toml"))
    first = [re.search(r'^a = "(.+)"$', p.read_text(encoding="utf-8"), re.M) for p in pairs]
    texts = [(ROOT / "eval" / "outside" / m[1]).read_text(encoding="utf-8") for m in first if m]
    chinese = sum(bool(re.search(r"[\u4e00-\u9fff]{20}", text)) for text in texts)
    russian = sum(bool(re.search(r"[\u0400-\u04ff]{20}", text.replace(" ", ""))) for text in texts)
    assert len(texts) == len(pairs)
    english = len(pairs) - chinese - russian
    assert tuple(map(int, said.groups())) == (len(pairs), english, chinese, russian)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("background.tsv", r"`readoutdiff/data/background\.tsv`, ([\d,]+) phrases?"),
        ("background_ru.tsv", r"so small a corpus gives ([\d,]+) phrases?"),
        ("background_zh.tsv", r"looked for too: ([\d,]+) phrases?"),
    ],
)
def test_each_background_has_as_many_phrases_as_the_readme_says(name: str, said: str) -> None:
    """A background rebuilt (a counterpart left out) changes its size; the README says it."""
    found = re.search(said, " ".join(README.split()))
    assert found, f"the README no longer says how many phrases {name} holds"
    lines = (ROOT / "src" / "readoutdiff" / "data" / name).read_text(encoding="utf-8").splitlines()
    phrases = [line for line in lines if line.strip() and not line.startswith("#")]
    assert int(found[1].replace(",", "")) == len(phrases)


BAD_INPUTS = {
    "missing.txt": (None, "no such file"),
    "folder": (b"", "is a directory"),
    "binary.txt": (b"The sides met.\x00\x01 They agreed.", "is binary"),
    "latin1.txt": (
        "Caf\u00e9 r\u00e9union of the two sides.\n".encode("latin-1"),
        "not valid UTF-8",
    ),
    "empty.txt": (b" \n\n", "is empty"),
    "big.txt": (b"The two sides agreed to deepen cooperation. " * 25_000, "over the 1 MB limit"),
}


@pytest.mark.parametrize("command", ["formulas", "check", "series"])
@pytest.mark.parametrize("name", BAD_INPUTS)
def test_every_command_refuses_the_exit_status_sections_bad_input_in_one_line(
    tmp_path: Path, command: str, name: str
) -> None:
    """Exit status 2 and one `readoutdiff: error:` line naming the file, in each command as in diff."""
    content, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    if name == "folder":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    sample = ROOT / "samples" / "2021-06-28-xi-putin.txt"
    args = {"formulas": [bad], "check": [bad, sample], "series": [sample, bad, "--order", "given"]}
    extra = ["--max-size", "1"] if name == "big.txt" else []
    if command == "series" and name == "folder":
        reason = "holds no readout file"  # series takes folders of readouts
    result = subprocess.run(
        [sys.executable, "-m", "readoutdiff", command, *map(str, args[command]), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and result.stdout == "", result.stderr
    assert len(lines) == 1 and lines[0].startswith("readoutdiff: error: "), result.stderr
    assert name in lines[0] and reason in lines[0], lines[0]


def test_the_top_help_points_to_the_options_of_readoutdiff_a_b() -> None:
    """`readoutdiff --help` lists commands only; it says where `readoutdiff A B`'s options are."""
    top = _help()
    assert "--format" not in _options(top)
    assert "readoutdiff diff --help" in " ".join(top.split())
    assert "`readoutdiff diff --help`" in _section("Usage")


def test_the_library_section_names_each_keyword_that_stands_for_a_cli_option() -> None:
    """Each `compare_files` keyword, and each `Options` field a diff option sets, is named."""
    import inspect

    from readoutdiff import compare_files

    section = _section("As a library")
    keywords = set(inspect.signature(compare_files).parameters) - {"a", "b", "settings"}
    named = {*keywords, "background", "meaning"}
    missing = sorted(name for name in named if f"`{name}=" not in section)
    assert not missing, f"README's library section does not name {missing}"


def test_diff_help_and_readme_name_every_suffix_that_picks_the_format() -> None:
    """`-o FILE`'s suffix picks the format: --help and README's `-f` row name each one."""
    from readoutdiff.cli.shared import _NAMED

    suffixes = [suffix for suffix, name in _NAMED.items() if name != "junit"]
    help_text = " ".join(_help("diff").split())
    row = next(line for line in README.splitlines() if line.startswith("| `-f`, `--format text"))
    missing = [s for s in suffixes if s not in help_text or s not in row]
    assert not missing, f"-o suffixes not named in diff --help or README: {missing}"


def _schema(name: str) -> dict:
    path = ROOT / "src" / "readoutdiff" / "schema" / name
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_label_table_and_the_schema_name_every_kind_of_change() -> None:
    """Each kind of changed formula (``change_names.Change``) is a value of the JSON schema's
    ``change`` and a row of README's label table, with the heading the key changes print; each
    key-change ``kind`` the schema allows is named in the terminal view's section."""
    from readoutdiff.formulas.keys.change_names import _HEADS, Change

    key = _schema("readoutdiff-1.schema.json")["properties"]["key_changes"]["items"]["properties"]
    assert set(key["change"]["enum"]) == {*(change.value for change in Change), None}
    section = README.split("\n### The terminal view\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    by_value = {value: [row for row in rows if f"| `{value}` |" in row] for value in Change}
    missing = sorted(value for value, found in by_value.items() if len(found) != 1)
    assert not missing, f"README's label table has no row (or several) for change {missing}"
    unheaded = [
        head for change, head in _HEADS.items() if not by_value[change][0].startswith(f"| {head}")
    ]
    assert not unheaded, f"README's label table does not open these rows with {unheaded}"
    kinds = [kind for kind in key["kind"]["enum"] if f"`{kind}`" not in section]
    assert not kinds, f"key-change kinds the terminal view's section does not name: {kinds}"


def test_the_development_section_names_every_module() -> None:
    """A developer finds each module of the package in README's Development section: by its
    path under ``formulas/`` for the formula stage's, else by its file name."""
    section = _section("Development")
    package = ROOT / "src" / "readoutdiff"
    unnamed = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if path.name == "__init__.py" and relative.parent != Path("."):
            continue  # a folder's face: the folder is named
        if relative.parts[0] == "formulas" and len(relative.parts) > 2:
            named = f"{Path(*relative.parts[1:]).as_posix()}`" in section
        else:
            named = re.search(rf"(?<![\w/]){re.escape(path.name)}\b", section) is not None
            named = named or f"{relative.as_posix()}`" in section
        if not named:
            unnamed.append(relative.as_posix())
    assert not unnamed, f"modules README's Development section does not name: {unnamed}"
