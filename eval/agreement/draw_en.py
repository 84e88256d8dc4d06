"""The seeded draw of agr2's second annotations (thirty-ninth session): 8 English dev pairs of
eval/formulas/pairs, spread over publishers — two from each publisher with ten or more English
dev pairs (gov-uk, pm-gc-ca, state, wh), the publisher's dev pairs sorted by name,
``random.Random(39).sample(names, 2)``. No English dev pair has a readout over 600 words, so no
pair was skipped for length. As in draw.py, the population is the dev pairs of the day of the
draw (a pair a later turnover moved into dev is left out).

    PYTHONPATH=src python eval/agreement/draw_en.py
"""

import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw import dev_of_session  # noqa: E402
from formula_eval import language_of  # noqa: E402

SEED = 39
SESSION = 39
PER_PUBLISHER = 2
LEAST = 10


def draw() -> dict[str, list[str]]:
    by_publisher: dict[str, list[str]] = defaultdict(list)
    for p in dev_of_session(SESSION):
        if language_of(p) == "en":
            by_publisher[p.publisher].append(p.name)
    return {
        publisher: sorted(random.Random(SEED).sample(sorted(names), PER_PUBLISHER))
        for publisher, names in sorted(by_publisher.items())
        if len(names) >= LEAST
    }


if __name__ == "__main__":
    for publisher, names in draw().items():
        print(publisher, " ".join(names))
