"""Two languages' versions of one call: the status words of every list say "only in A, Chinese".

ux7 and ux8 made the key changes and ``check`` say "Only in A, the Chinese version" for what one
version of a call alone holds; the lists still said ``dropped`` / ``added`` / ``appeared``. Each
view now says it as it says ``paired`` for ``changed``: the counts, the terminal's rows and
formula groups, Markdown's status column and passages, the HTML badges, counts and filters, and
``check --summary``'s tables (``only in old, Chinese``, as its findings say "only in old"). The
JSON keeps its status values and count keys; two languages dated further apart (two calls) keep
``dropped`` / ``added`` / ``appeared``. Every test runs the CLI on the real files of
eval/bilingual: the Chinese MFA readout of the Xi–Trump call of 2018-05-08 and the Global Times
English report of it (4 passages only in the Chinese, 2 only in the English, 3 formulas only in
the Chinese).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BILINGUAL = ROOT / "eval" / "bilingual"
ZH = BILINGUAL / "xi-trump__2018-05-08__mfa-zh.txt"
EN = BILINGUAL / "xi-trump__2018-05-08__globaltimes.txt"
ZH_2017 = BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt"
EN_2018 = BILINGUAL / "xi-trump__2018-03-09__mfa.txt"  # a later call: two calls, not versions
ONLY_A, ONLY_B = "only in A, Chinese", "only in B, English"
COUNTS = f"0 unchanged · 9 paired · 1 moved · 4 {ONLY_A} · 2 {ONLY_B}"


def _run(*args: object) -> str:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_terminal_says_only_in_a_and_only_in_b() -> None:
    """The counts, every lone passage's head and the formula group: no "dropped" or "added"."""
    said = _run(ZH, EN, "-f", "text")
    assert f"similarity 0.47 · {COUNTS}\n" in said
    heads = re.findall(r"^([-+]) ([AB] [\d.]+)  (.+)$", said, re.MULTILINE)
    assert heads.count(("-", "A 1", ONLY_A)) == 1 and ("+", "B 7.1", ONLY_B) in heads
    assert {(sign, word) for sign, _, word in heads} == {("-", ONLY_A), ("+", ONLY_B)}
    assert f"\n  {ONLY_A} (3)\n" in said and "\n  persisted (1)\n" in said
    assert not re.search(r"\b(dropped|added|appeared)\b", said.replace("Xi added.", ""))


def test_markdown_says_it_in_its_counts_passages_and_status_column() -> None:
    said = _run(ZH, EN, "-f", "markdown")
    assert f"· {COUNTS}" in said
    assert f"- **{ONLY_A}** (A 1): 习近平应约同美国总统特朗普通电话" in said
    assert f"- **{ONLY_B}** (B 7.1): Xi stressed" in said
    assert said.count(f"| {ONLY_A} | “") == 3
    assert not re.search(r"\b(dropped|added|appeared)\b", said.replace("Xi added.", ""))


def test_html_shows_the_words_and_keeps_the_status_values_as_keys(tmp_path: Path) -> None:
    """Badges, counts and filter labels say "only in A, Chinese"; the rows' and formulas' CSS
    classes, ``data-status`` and the filters' values stay the status values the script and the
    style sheet match."""
    page = tmp_path / "r.html"
    _run(ZH, EN, "-o", page)
    html = page.read_text("utf-8")
    badges = re.findall(r'<span class="badge">([^<]*)</span>', html)
    assert badges.count(ONLY_A) == 4 + 3 and badges.count(ONLY_B) == 2
    assert not {"dropped", "added", "appeared"} & set(badges)
    assert f'<span class="count s-dropped"><strong>4</strong> {ONLY_A}</span>' in html
    assert f'<span class="count s-added"><strong>2</strong> {ONLY_B}</span>' in html
    assert f'<span class="count f-dropped"><strong>3</strong> {ONLY_A}</span>' in html
    assert f'<input type="checkbox" value="dropped" checked> {ONLY_A} (3)</label>' in html
    assert f'<input type="checkbox" value="appeared" checked> {ONLY_B} (0)</label>' in html
    assert html.count('data-status="dropped"') == 3
    assert len(re.findall(r'<tr id="r\d+" class="s-dropped"', html)) == 4
    assert "passages only in A where they stood in A.</caption>" in html


def test_the_json_keeps_its_status_values(tmp_path: Path) -> None:
    """Schema stable: statuses and counts by value, as before."""
    document = json.loads(_run(ZH, EN, "-f", "json"))
    statuses = [p["status"] for p in document["alignments"]]
    assert statuses.count("dropped") == 4 and statuses.count("added") == 2
    assert [f["status"] for f in document["formulas"]].count("dropped") == 3
    assert "only in" not in json.dumps(
        [document["alignments"], document["formulas"], document["summary"]]
    )


def test_check_summary_tables_say_only_in_old_and_new(tmp_path: Path) -> None:
    """``check --summary``: the two counts tables and "Formulas that did not persist" say it as
    the findings do (old/new); the check JSON keeps its count keys."""
    summary, document = tmp_path / "s.md", tmp_path / "c.json"
    _run("check", ZH, EN, "--summary", summary, "--json", document)
    said = summary.read_text("utf-8")
    old, new = "only in old, Chinese", "only in new, English"
    assert f"| | persisted | changed | {old} | {new} |\n" in said  # old's first (ux10)
    assert f"| | unchanged | paired | moved | {old} | {new} |\n" in said  # moved's place (ux12)
    assert said.count(f"| {old} | “") == 3
    counts = json.loads(document.read_text("utf-8"))
    assert counts["formulas"]["dropped"] == 3 and counts["passages"]["added"] == 2


def test_two_calls_in_two_languages_keep_dropped_and_appeared(tmp_path: Path) -> None:
    """The Chinese readout of 2017-10-25 and the English one of 2018-03-09: a change over time."""
    text = _run(ZH_2017, EN_2018, "-f", "text")
    assert (
        re.search(r"· \d+ dropped · \d+ added\n", text) and "only in" not in text.split("\n\n")[0]
    )
    assert re.search(r"^  (dropped|appeared) \(\d+\)$", text, re.MULTILINE)
    markdown = _run(ZH_2017, EN_2018, "-f", "markdown")
    assert re.search(r"^\| (dropped|appeared) \| ", markdown, re.MULTILINE)
    page = tmp_path / "r.html"
    _run(ZH_2017, EN_2018, "-o", page)
    html = page.read_text("utf-8")
    assert "only in A, Chinese" not in html and "only in B, English" not in html
    assert "dropped passages where they stood in A.</caption>" in html


def test_the_sample_report_is_byte_identical(tmp_path: Path) -> None:
    """reports/ (one language) is what README's command writes, byte for byte."""
    page = tmp_path / "r.html"
    _run("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt", "--format",
         "html", "-o", page)  # fmt: skip
    assert page.read_bytes() == (ROOT / "reports/2021-06-28_vs_2021-12-15.html").read_bytes()
