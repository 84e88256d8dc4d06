"""The seeded draw of agr1's second annotations (thirty-eighth session): 8 Chinese and 4 Russian
dev pairs of eval/formulas/pairs, sorted by name, ``random.Random(38).sample`` per language.

    PYTHONPATH=src python eval/agreement/draw.py
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from formula_eval import language_of, load_pairs  # noqa: E402

SEED = 38
HOW_MANY = {"zh": 8, "ru": 4}


def draw() -> dict[str, list[str]]:
    dev = load_pairs(split="dev")
    out = {}
    for lang, n in HOW_MANY.items():
        names = sorted(p.name for p in dev if language_of(p) == lang)
        out[lang] = sorted(random.Random(SEED).sample(names, n))
    return out


if __name__ == "__main__":
    for lang, names in draw().items():
        print(lang, " ".join(names))
