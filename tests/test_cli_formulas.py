"""The formula options of the real CLI: user lexicons, the built-in switch, `formulas FILE`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JUNE = "samples/2021-06-28-xi-putin.txt"
DECEMBER = "samples/2021-12-15-xi-putin.txt"
MUTUAL_SUPPORT = """
[[formula]]
id = "mutual-support"
text = "mutual support"
variants = ["support each other"]
topic = "bilateral"
"""


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def _formulas(*arguments: str) -> list[dict[str, object]]:
    result = _run(JUNE, DECEMBER, "--format", "json", *arguments)
    assert result.returncode == 0, result.stderr
    formulas: list[dict[str, object]] = json.loads(result.stdout)["formulas"]
    return formulas


def test_a_user_lexicon_adds_a_formula_tracked_as_documented(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(MUTUAL_SUPPORT, encoding="utf-8")
    default_ids = {item["id"] for item in _formulas()}
    with_user = _formulas("--lexicon", str(lexicon))
    assert "mutual-support" not in default_ids
    mutual = [item for item in with_user if item["id"] == "mutual-support"]
    assert len(mutual) == 1
    assert mutual[0]["status"] == "persisted" and mutual[0]["variant"] is True
    assert mutual[0]["source"] == "user"
    assert (mutual[0]["a"], mutual[0]["b"]) == ("support each other", "mutual support")


def test_without_the_builtin_lexicon_only_user_formulas_remain(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(MUTUAL_SUPPORT, encoding="utf-8")
    only_user = _formulas("--lexicon", str(lexicon), "--no-builtin-lexicon", "--no-mining")
    assert [item["id"] for item in only_user] == ["mutual-support"]
    assert _formulas("--no-builtin-lexicon", "--no-mining") == []


def test_the_builtin_lexicon_reports_the_sample_news() -> None:
    by_status: dict[object, set[object]] = {}
    for item in _formulas():
        by_status.setdefault(item["status"], set()).add(item["id"])
    assert {"core-interests", "true-multilateralism"} <= by_status["persisted"]
    assert "community-shared-future-mankind" in by_status["dropped"] or any(
        "shared-future" in str(formula_id) for formula_id in by_status["dropped"]
    )
    changed = [item for item in _formulas() if item["status"] == "changed"]
    assert any(
        "hail the 20th anniversary" in str(item["a"])
        and "officially announced the renewal" in str(item["b"])
        for item in changed
    )


def test_a_malformed_lexicon_is_one_line_with_path_and_line(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text('[[formula]]\nid = "x"\ntext = 3\n', encoding="utf-8")
    for command in ([JUNE, DECEMBER], ["formulas", JUNE]):
        result = _run(*command, "--lexicon", str(lexicon))
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"readoutdiff: error: {lexicon}:3: ")
        assert "Traceback" not in result.stderr


def test_formulas_command_lists_occurrences_with_lines() -> None:
    text = _run("formulas", DECEMBER)
    assert text.returncode == 0, text.stderr
    # line 5 is a paragraph of several sentences: the second holds the formula
    assert "line 5, sentence 2  builtin  core-interests  “core interests”" in text.stdout
    listing = json.loads(_run("formulas", DECEMBER, "--format", "json").stdout)
    assert listing["schema"] == "readoutdiff-formulas/1"
    original = (ROOT / DECEMBER).read_text(encoding="utf-8")
    assert listing["formulas"]
    lines = original.split("\n")
    for item in listing["formulas"]:
        assert original[item["start"] : item["end"]] == item["text"]
        if item["sentence"] is not None:  # the sentence named, cut at its full stops, holds it
            line = lines[item["line"] - 1]
            column = item["start"] - sum(len(x) + 1 for x in lines[: item["line"] - 1])
            assert line[:column].count(". ") == item["sentence"] - 1, item


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (
            '[[formula]]\nid = "x"\ntext = "iron brotherhood"\nsuccessors = ["new-eraa"]\n',
            4,
            "formula \"x\": successor 'new-eraa' is no formula of this lexicon nor of the"
            " built-in one (did you mean 'new-era'?)",
        ),
        (
            '# my lexicon\nremove = ["zzz-nothing-like-it"]\n',
            2,
            "remove: 'zzz-nothing-like-it' is no formula of the built-in lexicon nor of a"
            " --lexicon file",
        ),
        (
            'version = 2\n[[formula]]\nid = "x"\ntext = "iron brotherhood"\n',
            1,
            "version 2 is not one this readoutdiff reads; write version = 1 or leave it out",
        ),
    ],
)
def test_an_unknown_id_or_version_in_a_lexicon_exits_2_naming_file_and_line(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    """A successor or a removed id that no lexicon has would silently do nothing (a misspelt
    id), and a version this readoutdiff does not know may mean keys it would misread: each is
    refused as ``check`` refuses a rule on an unknown id, in every command that takes --lexicon."""
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(text, encoding="utf-8")
    for command in ([JUNE, DECEMBER], ["formulas", JUNE], ["check", JUNE, DECEMBER]):
        result = _run(*command, "--lexicon", str(lexicon))
        assert result.returncode == 2, (command, result.stderr)
        assert result.stdout == ""
        assert result.stderr == f"readoutdiff: error: {lexicon}:{line}: {problem}\n"


def test_a_successor_or_removal_may_name_an_id_of_another_lexicon_file(tmp_path: Path) -> None:
    """Ids are known across every lexicon in use: one file may name a formula another defines,
    and the built-in ids stay known with --no-builtin-lexicon (the file is valid either way)."""
    first = tmp_path / "first.toml"
    first.write_text(
        '[[formula]]\nid = "x"\ntext = "iron brotherhood"\nsuccessors = ["y"]\n', "utf-8"
    )
    second = tmp_path / "second.toml"
    second.write_text(
        'version = 1\nremove = ["new-era"]\n[[formula]]\nid = "y"\ntext = "ironclad friendship"\n'
        'successors = ["core-interests"]\n',
        "utf-8",
    )
    for extra in ([], ["--no-builtin-lexicon"]):
        result = _run(
            JUNE, DECEMBER, "--format", "json", "--lexicon", str(first), "--lexicon", str(second),
            *extra,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


def test_formulas_lists_each_wording_as_the_readout_writes_it_not_as_the_lexicon_does() -> None:
    """The listing's wording is the readout's own (terminal and JSON ``text``, as the
    readoutdiff-formulas/1 schema says), never the lexicon's spelling: a Traditional Chinese
    Xinhua readout lists "一帶一路" where the lexicon spells "一带一路", and the Xi–Putin sample
    "pragmatic cooperation" where the lexicon's entry is "practical cooperation"."""
    from readoutdiff.formulas.lexicon.lexicon import builtin

    spelt = {entry.id: (entry.text, *entry.variants, *entry.zh) for entry in builtin().entries}
    hant = "eval/bilingual/xi-macron__2023-11-20__xinhua-zh-hant.txt"
    shown: dict[tuple[str, object], set[object]] = {}
    for path in (hant, JUNE, "eval/bilingual/xi-trump__2018-05-08__mfa-zh.txt"):
        listing = json.loads(_run("formulas", path, "--format", "json").stdout)
        original = (ROOT / path).read_text(encoding="utf-8")
        for item in listing["formulas"]:
            assert original[item["start"] : item["end"]] == item["text"], (path, item)
            shown.setdefault((path, item["id"]), set()).add(item["text"])
        text = _run("formulas", path).stdout
        assert all(
            f"  {item['id']}  “{item['text']}”" in text
            or f"  {item['source']}  “{item['text']}” (" in text  # a phrase: its kind, not its id
            for item in listing["formulas"]
        )
    assert shown[hant, "belt-and-road"] == {"一帶一路"} and "一帶一路" not in spelt["belt-and-road"]
    assert shown[JUNE, "practical-cooperation"] == {
        "pragmatic cooperation",
        "practical cooperation",
    }
    assert spelt["practical-cooperation"][0] == "practical cooperation"


# One sentence of Xinhua's readout of Xi Jinping's talks with Gabriel Boric, 17 October 2023
# (CCTV Xinwen Lianbo, tv.cctv.com; mirror DuckBurnIncense/xin-wen-lian-bo, news/20231017.md):
# "一带一路" three times in it.
BORIC = (
    "习近平同智利总统博里奇举行会谈\n\n"
    "以签署“一带一路”合作规划为契机，加强发展战略对接，高质量共建“一带一路”，深化经贸、基础设施等"
    "传统合作，培养清洁能源、数字经济、科技创新等领域合作新增长极，使智利成为中拉高质量共建“一带一路”"
    "的桥头堡。\n"
)


def test_formulas_tells_a_wording_said_twice_in_one_sentence_by_its_column(tmp_path: Path) -> None:
    readout = tmp_path / "boric.txt"
    readout.write_text(BORIC, encoding="utf-8")
    result = _run("formulas", str(readout), "--no-mining")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()[1:]
    assert [line.split("  ")[1] for line in lines if "belt-and-road" in line] == [
        "line 3, column 5", "line 3, column 33", "line 3, column 93",
    ]  # fmt: skip
    assert "  line 3  builtin  development-strategy-synergy  “发展战略对接”" in lines
    assert len(set(lines)) == len(lines)


@pytest.mark.parametrize("text", ["", "# my lexicon, to fill in\nversion = 1\n", "formula = []\n"])
def test_a_lexicon_with_no_formula_is_refused_naming_the_file(tmp_path: Path, text: str) -> None:
    """An empty lexicon file was taken silently: the run went on as without it, and a user who
    picked the wrong file (or one not yet written) never knew. It is refused as a --history
    folder with no readout is, in every command that takes --lexicon."""
    lexicon = tmp_path / "empty.toml"
    lexicon.write_text(text, encoding="utf-8")
    for command in ([JUNE, DECEMBER], ["formulas", JUNE], ["check", JUNE, DECEMBER]):
        result = _run(*command, "--lexicon", str(lexicon))
        assert result.returncode == 2 and result.stdout == "", (command, result.stderr)
        assert result.stderr == (
            f"readoutdiff: error: {lexicon}: has no formulas: a lexicon holds [[formula]] tables"
            " (or remove = [...]); check that it is the file meant\n"
        )
