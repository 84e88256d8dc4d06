"""A background of recurring phrases: formula candidates learned offline from real readouts.

``data/background.tsv`` lists phrases that recur across many White House readouts of many
counterparts (built by ``benchmarks/build_background.py`` with the counting rules of
:mod:`readoutdiff.formulas.mining.recurrence`; its header names the source and the thresholds).
In a comparison they are formulas like the lexicon's (source ``mined``, topic
``background``, ids ``background:<stems>``), so a pair of readouts finds the standing
phrases of diplomatic usage without a ``--history``. ``Options.background`` turns them off.

The file is read on first use, once per process.

>>> entry = next(e for e in entries() if e.text == "rule of law")
>>> entry.id, entry.topic, entry.source.value
('background:rule-of-law', 'background', 'mined')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from readoutdiff.model import Entry, FormulaSource, Lexicon

_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "background.tsv"
TOPIC = "background"


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Return the background phrases as lexicon entries, in file order."""
    found = []
    for line in _FILE.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        readouts, _, stems, wording = line.split("\t")
        found.append(Entry(
            id="background:" + "-".join(stems.split()), text=wording, topic=TOPIC, fuzzy=False,
            source=FormulaSource.MINED, confidence=round(min(0.9, 0.5 + 0.02 * int(readouts)), 2),
        ))  # fmt: skip
    return tuple(found)


@lru_cache(maxsize=8)
def joined(lexicon: Lexicon) -> Lexicon:
    """Return ``lexicon`` with the background phrases added (its own entries win on an id)."""
    from readoutdiff.formulas.lexicon.lexicon import merge

    return merge(Lexicon(entries=entries()), lexicon)
