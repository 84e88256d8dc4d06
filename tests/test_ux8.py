"""One language version only, said the same way in every view; lines a rule made named so (ux8).

1. ``readoutdiff check`` on two languages' versions of one call: a formula only the old version
   says was not "dropped": the finding says "only in old, the Chinese version: formula “…”" as
   the key changes say "Only in A, the Chinese version" (ux7), in every format; the rule, its
   severity and the exit status stay. Two languages dated apart (two calls) keep "was dropped".
2. The Markdown formula table and the HTML formula panel name a line a rule read ``rule`` and a
   mined phrase ``mined``, as the terminal's ``[rule]``/``[mined]`` do (one helper,
   ``labels.made_by``); the JSON keeps ``source`` ``mined`` and the ``topic`` telling them apart.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
FORMULAS = ROOT / "eval" / "formulas"
SAMPLES = (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt")
ZH, EN = BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt", BILINGUAL / "xi-trump__2017-10-25__mfa.txt"
ONLY = "only in old, the Chinese version: formula “互利合作”"


def _run(*args: object) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


# 1. check on two versions of one call ---------------------------------------------------------


def test_check_says_a_formula_one_version_alone_says_is_only_in_it(tmp_path: Path) -> None:
    """MFA's Chinese readout of the Xi–Trump call of 2017-10-25 against its English version:
    "互利合作" is in the Chinese only. Text, JSON, GitHub, JUnit and the job summary say so as the
    key changes do; the finding stays the ``dropped`` rule's warning (exit status 0)."""
    document, junit, summary = tmp_path / "c.json", tmp_path / "c.xml", tmp_path / "c.md"
    run = _run("check", ZH, EN, "--json", document, "--junit", junit, "--summary", summary)
    assert run.returncode == 0, run.stderr
    assert f"mfa-zh.txt:9: warning: {ONLY} (sentence 2)\n" in run.stdout
    assert "  warning no dropped formulas: 1 only in old, the Chinese version\n" in run.stdout
    assert "was dropped" not in run.stdout
    (outcome,) = [o for o in json.loads(document.read_text("utf-8"))["rules"] if o["findings"]]
    assert (outcome["kind"], outcome["severity"]) == ("dropped", "warning")
    assert outcome["findings"][0]["message"] == f"{ONLY} (old line 9, sentence 2)"
    assert outcome["summary"] == "1 only in old, the Chinese version"
    said = "".join(ET.parse(junit).getroot().itertext())
    assert ONLY in said and "was dropped" not in said
    markdown = summary.read_text("utf-8")
    assert f"| {ONLY} (old line 9, sentence 2) |" in markdown
    assert (
        "\n1. Only in A, the Chinese version: formula “互利合作” (A line 9, sentence 2).\n"
        in markdown
    )
    github = _run("check", ZH, EN, "-f", "github").stdout
    assert f"title=readoutdiff%3A no dropped formulas::{ONLY} (old line 9, sentence 2)\n" in github


def test_a_watch_rule_says_it_too_and_still_fails(tmp_path: Path) -> None:
    """A ``watch`` rule on the formula the English version lacks: an error (exit status 1),
    worded as one version only."""
    rules = tmp_path / "rules.toml"
    rules.write_text('[[watch]]\ntext = "互利合作"\n', encoding="utf-8")
    run = _run("check", ZH, EN, "--rules", rules)
    assert run.returncode == 1
    said = "error: only in old, the Chinese version: “互利合作” (sentence 2); it must persist\n"
    assert said in run.stdout


def test_check_across_two_calls_keeps_dropped() -> None:
    """The Chinese readout of 2017-10-25 against the English one of 2018-03-09: two calls, so
    what the later one lacks was dropped (as the key changes keep "Dropped")."""
    run = _run("check", ZH, BILINGUAL / "xi-trump__2018-03-09__mfa.txt")
    assert "warning: formula “互利合作” was dropped (sentence 2)\n" in run.stdout
    assert "only in old" not in run.stdout


def test_every_finding_of_two_versions_says_it() -> None:
    """The same wording for the other pairs of the set: the Chinese and English of 2018-03-09
    (three formulas only the Chinese says), every finding and the rule's line alike."""
    zh, en = (BILINGUAL / f"xi-trump__2018-03-09__{s}.txt" for s in ("mfa-zh", "mfa"))
    lines = _run("check", zh, en).stdout.splitlines()
    found = [line for line in lines if ": warning: " in line]
    assert len(found) == 3
    assert all(": warning: only in old, the Chinese version: formula “" in f for f in found)
    assert "  warning no dropped formulas: 3 only in old, the Chinese version" in lines


# 2. rule-made lines named alike in every view -------------------------------------------------

_KINDS = {"mined", "recurring", "background"}


def _made(formula: dict[str, str]) -> str:
    if formula["source"] != "mined":
        return ""
    return "mined" if formula["topic"] in _KINDS else "rule"


def test_every_view_names_a_rule_s_line_and_a_mined_phrase_alike(tmp_path: Path) -> None:
    """CCTV's Xi–Hun Manet readouts of 2025-04-17 and 2025-08-30 (a dev pair): both mined phrases
    and lines a rule read ("世界百年变局加速演进"). The terminal tags, the Markdown table's source
    column and the HTML panel's tags count the same as the JSON's source and topic say."""
    pair = [FORMULAS / f"xi-hun-manet__{d}__cctv.txt" for d in ("2025-04-17", "2025-08-30")]
    html, document = tmp_path / "p.html", tmp_path / "p.json"
    text = _run(*pair, "--color", "never", "--html", html, "--json", document).stdout
    formulas = json.loads(document.read_text("utf-8"))["formulas"]
    want = {kind: sum(_made(f) == kind for f in formulas) for kind in ("mined", "rule")}
    assert want["mined"] and want["rule"]
    listed = text.split("\nFormulas\n", 1)[1]
    markdown = _run(*pair, "-f", "markdown").stdout.split("### Formulas\n", 1)[1]
    page = html.read_text("utf-8")
    for kind, count in want.items():
        assert listed.count(f" [{kind}]  ") == count, kind
        assert len(re.findall(rf"^\|.*\| {kind} \|$", markdown, re.M)) == count, kind
        assert page.count(f"[{kind}]</small>") == count, kind
    assert "| “世界百年变局加速演进” | A 4.3 | rule |" in markdown


def test_the_samples_report_tags_the_greeting_as_a_rule_s_line() -> None:
    """The committed report (README's main command) tags the samples' greeting line ``[rule]``
    in its formula panel, and nothing else (the samples' other formulas are the lexicon's)."""
    page = (ROOT / "reports/2021-06-28_vs_2021-12-15.html").read_text("utf-8")
    assert page.count('class="made"') == 1
    item = next(li for li in page.split("<li ") if "[rule]</small>" in li)
    assert "congratulations on the 100th anniversary of the founding of the CPC" in item
    markdown = _run(*SAMPLES, "-f", "markdown").stdout
    row = "| dropped | “congratulations on the 100th anniversary of the founding of the CPC” | A 8.1 | rule |"
    assert row in markdown
