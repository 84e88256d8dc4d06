"""Write the index at the top of ``benchmarks/README.md``: its scripts, its sections by point.

The file is the lab notebook of every session (one section a branch, appended at the end), so a
reader needs a map. This script writes the part of the top between the two marker comments
``BEGIN`` and ``END`` below, from the file itself and from ``benchmarks/*.py``:

- every script of ``benchmarks/``: the first sentence of its docstring (what it answers) and the
  first section naming it (a section whose heading names it first, else the first whose text
  does), as a link;
- the sections by issue-10 point, each filed under the points its heading names ("issue 10
  point 3", "points 2-3", "points 3 and 5", "all points"), else under the point its heading's
  words say (``KEYWORD_POINTS``), else under "not filed", grouped by session, newest first;
- the sections that close a session ("End of the … session"), newest first.

Links are GitHub's heading anchors (lower case, punctuation but ``-`` and ``_`` dropped, each
space a hyphen, ``-1``, ``-2`` … on a repeated heading). The output depends on nothing but the
files, so it is the same on every machine.

    python benchmarks/index_readme.py            # rewrite the block in benchmarks/README.md
    python benchmarks/index_readme.py --check    # exit 1 unless the block is what it would write
    python benchmarks/index_readme.py --print    # print the block, write nothing

A branch that appends a section or adds a script runs it once more (``tests/test_readme_index.py``
fails until then).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"

BEGIN = (
    "<!-- index: begin (written by benchmarks/index_readme.py; edit the script, not this block) -->"
)
END = "<!-- index: end -->"

POINTS = {
    1: "evaluation data (`eval/`, fresh batches, turnovers, hand lists)",
    2: "noise out (names, boilerplate, reports no hand list holds)",
    3: "wording changes, named (linking, fates, changed events)",
    4: "recurrence across readouts (`series`, `--history`, mining)",
    5: "key changes first",
    6: "the built-in lexicon and the backgrounds",
    7: "speed (the formula stage's share, the whole CLI)",
    8: "layout (modules, imports, start-up)",
}

# Headings that name no point: the first of these patterns (lower case, whole words) that the
# heading holds files it. Order matters: a batch of fresh pairs is evaluation data whatever else
# its heading says.
KEYWORD_POINTS: tuple[tuple[str, int], ...] = (
    (r"new user|reviewer|test suite|readme", 0),
    (
        r"batch|fresh pairs|held.out|turnover|outside (set|sample)|hand lists?|dev pairs in|"
        r"convention",
        1,
    ),
    (r"speed|start-up|instructions|cpu|cost|callgrind|mypyc|htmldiff", 7),
    (r"lexicon|background", 6),
    (r"key.changes?", 5),
    (r"series|history|recurr", 4),
    (r"noise|boilerplate|junk", 2),
    (r"link|changed|reworded|fates?|halves|wording", 3),
    (r"modules?|layout|split under|imported|tracking\.py", 8),
    (r"evaluation set", 1),
)
OTHER = "users, reviews and tests (no point named)"  # point 0 of KEYWORD_POINTS

ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


def session_number(word: str) -> int | None:
    """``forty-second`` -> 42; None for a word that is no ordinal."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    if word in TENTHS:
        return TENTHS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in ORDINALS[:9]:
        return TENS[tens] + ORDINALS.index(unit) + 1
    return None


def session_name(number: int) -> str:
    for word, value in TENTHS.items():
        if value == number:
            return word
    if number < 20:
        return ORDINALS[number - 1]
    tens = next(word for word, value in TENS.items() if value == number // 10 * 10)
    return f"{tens}-{ORDINALS[number % 10 - 1]}"


ORDINAL = r"((?:twenty|thirty|forty|fifty)-[a-z]+|[a-z]+)"
SESSION_IN_HEADING = re.compile(rf"\b{ORDINAL} session\b", re.IGNORECASE)
END_OF_SESSION = re.compile(rf"^End of (?:the )?{ORDINAL} session\b", re.IGNORECASE)


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    anchor: str
    line: int  # 0-based line of the file


@dataclass(frozen=True)
class Section:
    """A ``## `` heading and the text up to the next one."""

    heading: Heading
    text: str
    session: int | None  # the session the heading names, else the one its place falls in


def _plain(title: str) -> str:
    """A heading's text as GitHub renders it: links by their text, no code or emphasis marks."""
    title = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", title)
    return title.replace("\\", "")


def github_anchor(title: str) -> str:
    """The slug GitHub gives a heading (before a repeat's ``-1`` suffix)."""
    kept = []
    for char in _plain(title).lower():
        if char in " -_" or unicodedata.category(char)[0] in "LMN":
            kept.append(char)
    return "".join(kept).replace(" ", "-")


def headings(lines: list[str]) -> list[Heading]:
    """Every ATX heading outside fenced code, with its anchor made unique as GitHub does."""
    found: list[Heading] = []
    seen: dict[str, int] = {}
    fence = ""  # the opening run of a fenced code block we are in (CommonMark's rules)
    for number, line in enumerate(lines):
        if fence:
            closing = re.match(r"^ {0,3}(`{3,}|~{3,})\s*$", line)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                fence = ""
            continue
        opening = re.match(r"^ {0,3}(`{3,}(?=[^`]*$)|~{3,})", line)
        if opening:
            fence = opening.group(1)
            continue
        match = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if match is None:
            continue
        title = match.group(2)
        base = github_anchor(title)
        anchor = base
        if base in seen:
            seen[base] += 1
            anchor = f"{base}-{seen[base]}"
            while anchor in seen:  # a heading whose own slug ends in -N
                seen[base] += 1
                anchor = f"{base}-{seen[base]}"
        seen.setdefault(anchor, 0)
        found.append(Heading(len(match.group(1)), title, anchor, number))
    return found


def hidden_headings(lines: list[str]) -> list[int]:
    """1-based lines that read as a ``## `` heading but stand in a fenced code block (a fence an
    earlier section left open), so GitHub shows them, and the sections under them, as code."""
    shown = {heading.line for heading in headings(lines)}
    return [
        number + 1
        for number, line in enumerate(lines)
        if line.startswith("## ") and number not in shown
    ]


def notebook_sections(lines: list[str], all_headings: list[Heading]) -> list[Section]:
    """The ``## `` sections after the generated block, each with the session it belongs to."""
    end = next(number for number, line in enumerate(lines) if line.strip() == END)
    level2 = [heading for heading in all_headings if heading.level == 2 and heading.line > end]
    sections = []
    current: int | None = None  # the session after the last one whose end section came before
    for index, heading in enumerate(level2):
        stop = level2[index + 1].line if index + 1 < len(level2) else len(lines)
        said = (
            session_number(match.group(1)) for match in SESSION_IN_HEADING.finditer(heading.title)
        )
        number = next((value for value in said if value is not None), None)
        ending = END_OF_SESSION.match(heading.title)
        if ending:
            number = session_number(ending.group(1))
        session = number if number is not None else current
        sections.append(Section(heading, "\n".join(lines[heading.line : stop]), session))
        if ending and number is not None:
            current = number + 1
    return sections


def points_of(title: str) -> list[int]:
    """The issue-10 points a heading names, else the one its words say; [] for neither."""
    lowered = title.lower()
    match = re.search(r"issue 10,? (all points|points? [0-9][0-9 ,and–-]*)", lowered)
    if match:
        if match.group(1) == "all points":
            return sorted(POINTS)
        said = match.group(1).split(" ", 1)[1]
        found: set[int] = set()
        for first, last in re.findall(r"([1-8])(?:\s*[–-]\s*([1-8]))?", said):
            found.update(range(int(first), int(last or first) + 1))
        return sorted(found)
    for pattern, point in KEYWORD_POINTS:
        if re.search(rf"\b(?:{pattern})\b", lowered):
            return [point]
    return []


def label(title: str) -> str:
    """A short name of a section: its branch (``e64``, ``n11``), else its title cut short."""
    match = re.match(r"^`?([a-z]+[0-9]+[a-z]?(?:\+[a-z]+[0-9]+)?)`?\s*(?:\([^)]*\))?\s*:", title)
    if match:
        return match.group(1)
    match = re.search(r"\(branch ([a-z]+[0-9]+[a-z]?)\b", title)
    if match:
        return match.group(1)
    return _short(title)


def has_branch(title: str) -> bool:
    return label(title) != _short(title)


def _short(title: str) -> str:
    words = _plain(title).replace("`", "").split()
    short = " ".join(words[:5])
    return short if len(words) <= 5 else f"{short} …"


def summary(path: Path) -> str:
    """The first sentence of a script's docstring, on one line."""
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    if not doc:
        raise SystemExit(f"{path.name}: no docstring; say in its first sentence what it answers")
    paragraph = " ".join(doc.split("\n\n", 1)[0].split())
    match = re.match(r"(.+?[.?!])(?=\s+[A-Z(`]|$)", paragraph)
    sentence = match.group(1) if match else paragraph
    return sentence.replace("|", "\\|")


def introduced(path: Path, sections: list[Section]) -> Section | None:
    """The section that introduced a script: the first whose heading names it, else the first of
    a branch its docstring names (``(acc41, issue 10 point 3)``), else the first naming it."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(path.name)}(?!\w)")
    for section in sections:
        if pattern.search(section.heading.title):
            return section
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    for branch in re.findall(r"(?<![\w.-])([a-z]{1,5}[0-9]{1,3}[a-z]?)(?![\w.-]|'s\w)", doc):
        named = [section for section in sections if label(section.heading.title) == branch]
        if named:
            return named[0]
    for section in sections:
        if pattern.search(section.text):
            return section
    return None


def link(section: Section, tip: bool = False) -> str:
    """A link to a section named by its branch; ``tip``: its heading as the link's title, shown
    when the pointer rests on it."""
    title = ""
    if tip:
        words = _plain(section.heading.title).replace("`", "")
        title = ' "' + words.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"[{label(section.heading.title)}](#{section.heading.anchor}{title})"


def session_label(session: int | None) -> str:
    return f"{session_name(session)} session" if session is not None else "the first sessions"


def block(text: str, scripts: list[Path]) -> str:
    lines = text.splitlines()
    sections = notebook_sections(lines, headings(lines))
    first_branch = next(
        i for i, section in enumerate(sections) if has_branch(section.heading.title)
    )
    out = [BEGIN, ""]
    out += [
        "## Scripts of `benchmarks/`",
        "",
        "Each script's `--help` says how to run it; README.md's Development section lists the "
        "scorers' options. *Introduced in*: the first section of this file whose heading names "
        "the script, else the section of the first branch its docstring names, else the first "
        "section whose text names it (a guess: a section may name a script it only used).",
        "",
        "| script | what it answers (its docstring's first sentence) | introduced in |",
        "| --- | --- | --- |",
    ]
    for path in scripts:
        section = introduced(path, sections)
        where = "—"
        if section is not None:
            where = f"{link(section)}, {session_label(section.session)}"
            where = where.replace("|", "\\|")
        out.append(f"| `{path.name}` | {summary(path)} | {where} |")
    out += [
        "",
        "## Sections that describe how the benchmarks work",
        "",
        "The sections before the notebook: how the benchmarks of the first sessions were built "
        "and what they measure (their figures are history).",
        "",
    ]
    out += [f"- {link(section)}" for section in sections[:first_branch]]
    out += [
        "",
        "## Sections by issue-10 point",
        "",
        "Each notebook section under the points its heading names, else under the point its "
        "heading's words suggest (a fresh batch: 1; a speed cut: 7 …; a guess), newest session "
        "first; a section naming several points is under each. Link text: the branch, else the "
        "heading's first words; the heading shows when the pointer rests on the link.",
        "",
    ]
    filed: dict[int, list[Section]] = {point: [] for point in [*POINTS, 0]}
    unfiled: list[Section] = []
    for section in sections[first_branch:]:
        if END_OF_SESSION.match(section.heading.title):
            continue  # the next index lists them
        points = points_of(section.heading.title)
        for point in points:
            filed[point].append(section)
        if not points:
            unfiled.append(section)

    def by_session(group: list[Section]) -> list[str]:
        sessions: dict[int | None, list[Section]] = {}
        for section in group:
            sessions.setdefault(section.session, []).append(section)
        order = sorted(sessions, key=lambda key: -1 if key is None else key, reverse=True)
        return [
            f"- {session_label(key)}: "
            + " · ".join(link(section, tip=True) for section in sessions[key])
            for key in order
        ]

    for point, name in POINTS.items():
        out += [f"### Point {point}: {name} ({len(filed[point])} sections)", ""]
        out += by_session(filed[point]) + [""]
    out += [f"### Other: {OTHER} ({len(filed[0])} sections)", ""]
    out += by_session(filed[0]) + [""]
    out += [f"### Not filed ({len(unfiled)} sections)", ""]
    out += by_session(unfiled) + [""]
    hidden = [lines[number - 1][3:] for number in hidden_headings(lines)]
    if hidden:
        out += [
            f"### Not indexed: {len(hidden)} sections shown as code",
            "",
            "Their headings stand in a code block an earlier section left open (a closing fence "
            "missing), so GitHub shows them as code and gives them no anchor; search the file "
            "for `## NAME:`: " + ", ".join(f"`{label(title)}`" for title in hidden) + ".",
            "",
        ]
    out += [
        "## Sections by session's end",
        "",
        "The section that closes each session, newest first: main's figures at that point and "
        "what each merged branch did.",
        "",
    ]
    ends = [
        heading
        for heading in headings(lines)
        if heading.line > lines.index(END) and heading.title.startswith("End of")
    ]
    numbered = []
    for order, heading in enumerate(ends):
        match = END_OF_SESSION.match(heading.title)
        number = session_number(match.group(1)) if match else None
        numbered.append((number if number is not None else 0, order, heading))
    for _number, _order, heading in sorted(
        numbered, key=lambda row: (row[0], row[1]), reverse=True
    ):
        shown = _plain(heading.title).replace("`", "")
        shown = re.sub(r"\s*\(.*$", "", shown)  # the list of branches stays in the heading
        out.append(f"- [{shown}](#{heading.anchor})")
    out += ["", END]
    return "\n".join(out)


def rewritten(text: str, scripts: list[Path]) -> str:
    """The file with its block written; run until the anchors settle (the block has headings)."""
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{README}: no {BEGIN!r} … {END!r} block to write into")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    for _ in range(3):
        new = head + block(text, scripts) + tail
        if new == text:
            break
        text = new
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless the file is written")
    parser.add_argument("--print", action="store_true", help="print the block, write nothing")
    parser.add_argument("--readme", type=Path, default=README, help="the file (default: ours)")
    args = parser.parse_args(argv)
    scripts = sorted(HERE.glob("*.py"))
    text = args.readme.read_text(encoding="utf-8")
    new = rewritten(text, scripts)
    if args.print:
        print(new.split(BEGIN, 1)[1].split(END, 1)[0].strip())
        return 0
    hidden = hidden_headings(new.splitlines())
    if hidden:
        print(
            f"{args.readme}: {len(hidden)} section headings stand in a code block an earlier "
            f"section left open (lines {', '.join(map(str, hidden))}); not indexed",
            file=sys.stderr,
        )
    if args.check:
        if new != text:
            print(
                f"{args.readme}: the index is not what benchmarks/index_readme.py writes; "
                "run python benchmarks/index_readme.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
