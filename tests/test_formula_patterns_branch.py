"""The formula stage's patterns spell an optional group ``(?:X)?`` as ``(?:X|)`` (sp102, after
cli5's word patterns): ``re`` runs a ``?`` of a group by its general repeat (a mark saved, a
counter kept), an empty last branch by a plain branch; both try ``X`` first, then nothing, so
the matches are the same, in the same order. These tests hold every such pattern of
``readoutdiff.formulas`` to the ``?`` spelling on real lines and on drawn ones."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import readoutdiff.formulas

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _patterns(found: object, depth: int = 0) -> list[re.Pattern[str]]:
    if isinstance(found, re.Pattern):
        return [found] if isinstance(found.pattern, str) else []
    if depth < 3 and isinstance(found, (tuple, list, frozenset, set)):
        return [p for item in found for p in _patterns(item, depth + 1)]
    if depth < 3 and isinstance(found, dict):
        return [p for item in found.values() for p in _patterns(item, depth + 1)]
    return []


def _branched() -> dict[str, re.Pattern[str]]:
    """Every pattern of the formula stage with an empty last branch, by where it is kept."""
    from readoutdiff.formulas.entries import clauses

    kept: dict[str, re.Pattern[str]] = {"entries.clauses._frame()": clauses._frame()}
    package = readoutdiff.formulas
    for info in sorted(pkgutil.walk_packages(package.__path__, package.__name__ + "."), key=str):
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            for number, pattern in enumerate(_patterns(value)):
                kept[f"{info.name}.{name}[{number}]"] = pattern
    return {where: p for where, p in kept.items() if "|)" in p.pattern}


def _question(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with each empty last branch ``(?:X|)`` spelt ``(?:X)?``."""
    assert "\\|)" not in pattern.pattern, pattern.pattern
    return re.compile(pattern.pattern.replace("|)", ")?"), pattern.flags)


_CATEGORY = {"DIGIT": "07", "WORD": "aZé_и中9", "SPACE": " \t"}
_ALPHABET = "aZ9_ '’.-–,;:\tи中方(→"


def _drawn(pattern: str, rng: random.Random, depth: int = 0) -> str:
    """A string the pattern is likely to match (a branch, a count, a character of a set drawn
    at random; what a look-around asks for written in place, what it forbids left out), so the drawn lines reach deep into each pattern."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def walk(items: object) -> str:
        out = []
        for op, arg in items:  # type: ignore[attr-defined]
            if op is c.LITERAL:
                out.append(chr(arg))
            elif op in (c.NOT_LITERAL, c.ANY):
                out.append(rng.choice(_ALPHABET))
            elif op is c.IN:
                choices: list[str] = []
                for kind, value in arg:
                    if kind is c.LITERAL:
                        choices.append(chr(value))
                    elif kind is c.RANGE:
                        choices += [chr(value[0]), chr(value[1])]
                    elif kind is c.CATEGORY:
                        choices += _CATEGORY.get(str(value).removeprefix("CATEGORY_"), _ALPHABET)
                out.append(rng.choice(choices or list(_ALPHABET)))
            elif op is c.BRANCH:
                out.append(walk(rng.choice(arg[1])))
            elif op is c.SUBPATTERN:
                out.append(walk(arg[-1]))
            elif op is c.ASSERT:  # what a look-behind or look-ahead asks for, written there
                out.append(walk(arg[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                low, high, body = arg
                times = rng.randint(low, min(high, low + 3))
                out.append("".join(walk(body) for _ in range(times)))
        return "".join(out)

    return walk(_parser.parse(pattern))


def _lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(EVAL.glob("*.txt"))[::3]:
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_every_optional_group_of_the_stage_is_an_empty_branch() -> None:
    """No ``(?:X)?`` is left in the stage's module patterns, and the ones spelt otherwise are
    found by :func:`_branched` (sp102 changed 25 groups in 16 patterns; with
    the word pattern cli5 spelt so, 17)."""
    branched = _branched()
    assert len({p.pattern for p in branched.values()}) >= 17
    for where, pattern in branched.items():
        assert not re.search(r"\(\?:[^()]*\)\?(?![?+])", pattern.pattern), where


def test_an_empty_last_branch_finds_what_the_question_mark_found() -> None:
    """findall, finditer's spans and groups, and a match at every start of drawn lines: the
    same for each pattern and its ``?`` spelling, on real readouts' lines (English, Chinese,
    Russian; every third eval text), their heads, 2,000 lines drawn from their words and the
    patterns' literal pieces, 2,000 from those pieces alone and 1,000 drawn from each pattern."""
    lines = _lines()
    rng = random.Random(102)
    branched = _branched()
    pieces = {
        piece.removeprefix(":")  # the patterns' literal pieces: " line ", ", sentence " ...
        for pattern in branched.values()
        for piece in re.split(r"\\[a-zA-Z]|[()|?*+\[\]{}^$\\]", pattern.pattern)
        if piece.removeprefix(":")
    } | {"A", "B", "7", "12", "(", "→ ", "first ", "President", "Xi", "Jinping", "行", "方"}
    words = sorted(pieces | {w for line in lines[::40] for w in re.findall(r"\w+|[^\w\s]", line)})
    spaces = [" ", " ", " ", ", ", "’s ", "'s ", "\t", ""]
    drawn = [
        "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(0, 14)))
        for _ in range(2_000)
    ]
    few = sorted(pieces)
    drawn += [
        "".join(rng.choice(few) + rng.choice(("", "", " ")) for _ in range(rng.randint(0, 10)))
        for _ in range(2_000)
    ]
    for where, pattern in branched.items():
        was = _question(pattern)
        assert was.pattern != pattern.pattern
        own = [  # the pattern's own strings, alone, twice, cut short or among drawn words
            rng.choice(("", rng.choice(words) + " "))
            + _drawn(pattern.pattern, rng)[: rng.choice((None, None, -1, -2))]
            + rng.choice(("", " " + rng.choice(words), _drawn(pattern.pattern, rng)))
            for _ in range(1_000)
        ]
        assert sum(bool(pattern.search(line)) for line in own) >= 50, where
        for line in lines + drawn + own:
            assert pattern.findall(line) == was.findall(line), (where, line)
            assert [(m.span(), m.groups()) for m in pattern.finditer(line)] == [
                (m.span(), m.groups()) for m in was.finditer(line)
            ], (where, line)
        for line in lines[::50]:  # the rules read sentences' heads too ("… the people of $")
            for end in (m.end() for m in re.finditer(r"\s", line)):
                now, then = pattern.search(line[:end]), was.search(line[:end])
                assert (now and (now.span(), now.groups())) == (
                    then and (then.span(), then.groups())
                ), (where, line[:end])
        for line in drawn[:400] + drawn[2_000:2_400] + own[:400]:
            for start in range(len(line) + 1):
                now, then = pattern.match(line, start), was.match(line, start)
                assert (now and (now.span(), now.groups())) == (
                    then and (then.span(), then.groups())
                ), (where, line, start)
