"""The seeded draw of agr1's second annotations (thirty-eighth session): 8 Chinese and 4 Russian
dev pairs of eval/formulas/pairs, sorted by name, ``random.Random(38).sample`` per language.
The population is the dev pairs of the day of the draw: a pair a later turnover moved into dev
(its ``heldout`` comment says "until <date> (<ordinal> session, branch …); a dev pair since") is
left out, so a turnover does not redraw the files.

    PYTHONPATH=src python eval/agreement/draw.py
"""

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from formula_eval import EVAL_DIR, Pair, language_of, load_pairs  # noqa: E402

SEED = 38
SESSION = 38
HOW_MANY = {"zh": 8, "ru": 4}

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_UNITS += ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"]
_UNITS += ["sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60}
_JOINED = re.compile(r"until [^(;]*\(([a-z-]+) session, branch [^)]*\); a dev pair since")


def ordinal(word: str) -> int:
    """The number an English ordinal spells: "forty-first" 41, "fortieth" 40, "eleventh" 11."""
    tens, _, unit = word.rpartition("-")
    if not tens and unit.endswith("ieth"):
        return _TENS[unit.removesuffix("ieth")]
    base = _TENS[tens.removesuffix("y")] if tens else 0
    return base + _UNITS.index(unit) + 1


def joined_dev(name: str) -> int | None:
    """The session in which a turnover moved the pair into dev, or None (dev from the start)."""
    text = (EVAL_DIR / "pairs" / f"{name}.toml").read_text(encoding="utf-8")
    heldout = next(line for line in text.splitlines() if line.startswith("heldout"))
    found = _JOINED.search(heldout)
    return ordinal(found.group(1)) if found else None


def dev_of_session(session: int) -> list[Pair]:
    """The dev pairs as they were in that session: none a later turnover moved in."""
    return [p for p in load_pairs(split="dev") if (joined_dev(p.name) or 0) <= session]


def draw() -> dict[str, list[str]]:
    dev = dev_of_session(SESSION)
    out = {}
    for lang, n in HOW_MANY.items():
        names = sorted(p.name for p in dev if language_of(p) == lang)
        out[lang] = sorted(random.Random(SEED).sample(names, n))
    return out


if __name__ == "__main__":
    for lang, names in draw().items():
        print(lang, " ".join(names))
