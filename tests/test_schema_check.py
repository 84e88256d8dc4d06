"""The JSON of `check` and `formulas`, from the real CLI, against the schemas in the package."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "samples" / "2021-06-28-xi-putin.txt"
NEW = ROOT / "samples" / "2021-12-15-xi-putin.txt"
RULES = """
[similarity]
min = 0.9
severity = "warning"

[[watch]]
text = "a community with a shared future for mankind"

[[watch]]
id = "core-interests"

[[forbid]]
text = "new era"
"""


def _validator(name: str) -> Draft202012Validator:
    text = files("readoutdiff").joinpath("schema", name).read_text("utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _json(*args: str | Path) -> Any:
    result = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def check_output(tmp_path_factory: pytest.TempPathFactory) -> Any:
    rules = tmp_path_factory.mktemp("rules") / "rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    return _json("check", OLD, NEW, "--rules", rules, "--format", "json")


def test_check_json_of_the_samples_matches_its_schema(check_output: Any) -> None:
    _validator("readoutdiff-check-1.schema.json").validate(check_output)
    kinds = {rule["kind"] for rule in check_output["rules"]}
    assert kinds == {"similarity", "watch", "forbid", "dropped", "changed"}
    findings = [f for rule in check_output["rules"] for f in rule["findings"]]
    assert {f["severity"] for f in findings} == {"error", "warning"}
    assert any(f["line"] is None for f in findings)  # the similarity finding: the whole file


def test_check_json_of_an_html_page_matches_its_schema(tmp_path: Path) -> None:
    page = tmp_path / "new.html"
    body = NEW.read_text(encoding="utf-8").replace("\n\n", "</p><p>")
    page.write_text(f"<html><body><main><p>{body}</p></main></body></html>", encoding="utf-8")
    output = _json("check", OLD, page, "--format", "json")
    _validator("readoutdiff-check-1.schema.json").validate(output)
    assert output["new"]["notes"]


# A real White House readout with a mined phrase ("rule of law", a background phrase): both kinds
# of source. (It was Biden–Duda's "Allies and partners" until bg1 took that phrase out of the
# background.)
MINED = ROOT / "eval" / "formulas" / "harris-zelenskyy__2024-09-26__wh.txt"


@pytest.mark.parametrize("readout", [OLD, NEW, MINED])
def test_formulas_json_of_each_readout_matches_its_schema(readout: Path) -> None:
    output = _json("formulas", readout, "--format", "json")
    _validator("readoutdiff-formulas-1.schema.json").validate(output)
    sources = {f["source"] for f in output["formulas"]}
    assert "builtin" in sources and sources <= {"builtin", "mined"}
    if readout == MINED:
        assert "mined" in sources


def _spoiled(document: Any, path: list[Any], value: Any) -> Any:
    spoiled = copy.deepcopy(document)
    target = spoiled
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return spoiled


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["schema"], "readoutdiff-check/2"),
        (["failed"], "yes"),
        (["counts", "notice"], 1),
        (["similarity"], 1.5),
        (["new", "sha256"], "abc"),
        (["rules", 0, "kind"], "maybe"),
        (["rules", 1, "findings", 0, "line"], 0),
        (["rules", 1, "findings", 0, "severity"], "fatal"),
        (["passages", "moved"], -1),
        (["rules"], KeyError),
    ],
)
def test_the_check_schema_rejects_spoiled_output(
    check_output: Any, path: list[Any], value: Any
) -> None:
    validator = _validator("readoutdiff-check-1.schema.json")
    assert validator.is_valid(check_output)
    assert not validator.is_valid(_spoiled(check_output, path, value))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["schema"], "readoutdiff/1"),
        (["formulas", 0, "source"], "web"),
        (["formulas", 0, "line"], 0),
        (["formulas", 0, "confidence"], 2),
        (["formulas", 0, "id"], KeyError),
    ],
)
def test_the_formulas_schema_rejects_spoiled_output(path: list[Any], value: Any) -> None:
    output = _json("formulas", OLD, "--format", "json")
    validator = _validator("readoutdiff-formulas-1.schema.json")
    assert validator.is_valid(output)
    assert not validator.is_valid(_spoiled(output, path, value))
