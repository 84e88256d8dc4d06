"""Benchmark texts made of real readout sentences: the readouts of ``eval/formulas/``.

``build(size, seed)`` returns side A and side B of about ``size`` bytes (UTF-8) each:

* **A** is a run of readouts: each is one real readout of the evaluation set (title line, then
  its paragraphs), drawn at random, with on average one sentence in five swapped for a sentence
  of another readout of the set, so that repeated readouts do not repeat word for word;
* **B** is A edited as a later readout would be, per sentence: about 5 % dropped, 5 % followed
  by a sentence of another readout (added), 4 % swapped with the next sentence of the paragraph
  (reordered), 3 % moved to another paragraph (moved), 8 % reworded: a hand-listed wording of the
  formula evaluation set replaced by its later wording (``changed``/``persisted`` events of the
  pair files) where the sentence holds one, else replaced by the most similar sentence of another
  readout.

The readouts drawn from are those named in ``corpus_readouts.txt`` (beside this script): the
set's readouts that were not fresh when the list was written (``--pin`` writes it again). The
list is fixed so that the corpus, and the speed figures measured on it, do not move each time
a batch of pairs joins the set or turns over: before it, every turnover drew other sentences,
and one session's HtmlDiff took 3.0 s on a seed where the next one's took 0.3 s.

Same size and seed, same bytes. ``python benchmarks/real_corpus.py --size 500k --out DIR``
writes ``DIR/a.txt`` and ``DIR/b.txt`` and prints what was done.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PINNED = Path(__file__).resolve().parent / "corpus_readouts.txt"
"""File names of the readouts the corpus draws from, one a line (``#`` starts a comment)."""
_ABBREV = ("U.S.", "Jr.", "Mr.", "Dr.", "D.C.", "J.", "U.N.", "No.", "St.")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Readout:
    name: str
    title: str
    paragraphs: tuple[tuple[str, ...], ...]


@dataclass
class Edits:
    """How many of each edit ``build`` made (for the benchmark's report)."""

    counts: Counter[str] = field(default_factory=Counter)


def split_sentences(paragraph: str) -> list[str]:
    """Cut a paragraph at sentence ends, not after the abbreviations readouts use."""
    pieces: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[A-Z“\"(0-9])", paragraph):
        head = paragraph[start : m.start() + 1]
        if head.endswith(_ABBREV) or re.search(r"\b[A-Z]\.$|^\(?\d+\)?\.$", head.strip()):
            continue
        pieces.append(paragraph[start : m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _pair_files(eval_dir: Path) -> list[dict[str, Any]]:
    return [
        tomllib.loads(p.read_text(encoding="utf-8"))
        for p in sorted((eval_dir / "pairs").glob("*.toml"))
    ]


@lru_cache(maxsize=4)
def fresh_files(eval_dir: Path = EVAL_DIR) -> frozenset[str]:
    """Readouts of the fresh (unseen) pairs: kept out of this corpus so that nothing built from
    them is looked at, or tuned on, before their scores are reported."""
    pairs = _pair_files(eval_dir)
    fresh = {str(d[k]) for d in pairs if d.get("fresh") for k in ("a", "b")}
    seen = {str(d[k]) for d in pairs if not d.get("fresh") for k in ("a", "b")}
    return frozenset(fresh - seen)


def pinned(pin: Path = PINNED) -> tuple[str, ...]:
    """The file names ``pin`` lists, in its order."""
    lines = pin.read_text(encoding="utf-8").splitlines()
    return tuple(n for n in (line.split("#")[0].strip() for line in lines) if n)


@lru_cache(maxsize=4)
def readouts(eval_dir: Path = EVAL_DIR) -> tuple[Readout, ...]:
    """The readouts the corpus draws from: those of :data:`PINNED` for the evaluation set (a
    listed file that is missing or fresh is an error), every one not fresh for another folder."""
    if eval_dir == EVAL_DIR:
        paths = [eval_dir / name for name in sorted(pinned())]
        wrong = [p.name for p in paths if not p.is_file() or p.name in fresh_files(eval_dir)]
        if wrong:
            raise SystemExit(f"{PINNED.name}: missing or fresh readouts: {', '.join(wrong)}")
    else:
        paths = sorted(eval_dir.glob("*.txt"))
    out = []
    for path in paths:
        if path.name in fresh_files(eval_dir):
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        paragraphs = tuple(tuple(split_sentences(line)) for line in lines[1:] if line.strip())
        out.append(Readout(path.stem, lines[0].strip(), paragraphs))
    return tuple(out)


@lru_cache(maxsize=4)
def rewordings(eval_dir: Path = EVAL_DIR) -> tuple[tuple[str, str], ...]:
    """(earlier, later) wordings of the hand-listed changed and persisted-variant events of the
    pairs whose two readouts the corpus draws from."""
    drawn = {f"{r.name}.txt" for r in readouts(eval_dir)}
    pairs = set()
    for data in _pair_files(eval_dir):
        if data.get("fresh") or not {data["a"], data["b"]} <= drawn:
            continue
        for event in data["events"]:
            a, b = event.get("a"), event.get("b")
            if a and b and a != b:
                pairs.add((a, b))
    return tuple(sorted(pairs))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text) if len(w) > 3)


@lru_cache(maxsize=4)
def _neighbours(eval_dir: Path = EVAL_DIR) -> dict[str, str]:
    """Each sentence -> the most similar sentence of another readout (Jaccard of long words)."""
    pool = [(r.name, s, _words(s)) for r in readouts(eval_dir) for p in r.paragraphs for s in p]
    best: dict[str, str] = {}
    for name, s, ws in pool:
        score, pick = -1.0, s
        for other_name, t, wt in pool:
            if other_name == name or not ws or not wt:
                continue
            j = len(ws & wt) / len(ws | wt)
            if j > score:
                score, pick = j, t
        best[s] = pick
    return best


def complete(sentence: str) -> bool:
    """A sentence that ends as one; a heading or a byline stays in its own paragraph."""
    return sentence.rstrip().endswith((".", "!", "?", "”", '"', ")"))


def _all_sentences(eval_dir: Path) -> list[str]:
    """The complete sentences of the set: the ones that may be swapped, moved or added."""
    return [s for r in readouts(eval_dir) for p in r.paragraphs for s in p if complete(s)]


def side_a(size: int, rng: random.Random, eval_dir: Path = EVAL_DIR) -> list[list[list[str]]]:
    """Readouts (lists of paragraphs of sentences; the first paragraph is the title)."""
    pool = readouts(eval_dir)
    sentences = _all_sentences(eval_dir)
    docs: list[list[list[str]]] = []
    total = 0
    while total < size:
        r = rng.choice(pool)
        doc = [[r.title]]
        for paragraph in r.paragraphs:
            doc.append(
                [
                    rng.choice(sentences) if complete(s) and rng.random() < 0.2 else s
                    for s in paragraph
                ]
            )
        docs.append(doc)
        total += len(render(doc).encode("utf-8")) + 1
    return docs


def render(doc: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in doc)


def _reword(sentence: str, rng: random.Random, eval_dir: Path, edits: Edits) -> str:
    options = [(a, b) for a, b in rewordings(eval_dir) if a in sentence]
    if options:
        a, b = rng.choice(options)
        edits.counts["reworded (formula wording)"] += 1
        return sentence.replace(a, b, 1)
    edits.counts["reworded (similar sentence)"] += 1
    return _neighbours(eval_dir).get(sentence, sentence)


def side_b(
    docs: list[list[list[str]]], rng: random.Random, eval_dir: Path = EVAL_DIR
) -> tuple[list[list[list[str]]], Edits]:
    edits = Edits()
    sentences = _all_sentences(eval_dir)
    out: list[list[list[str]]] = []
    for doc in docs:
        new_doc = [list(doc[0])]
        moved: list[str] = []
        for paragraph in doc[1:]:
            new_p: list[str] = []
            prose = all(complete(s) for s in paragraph)
            for s in paragraph:
                roll = rng.random() if prose else 1.0
                if roll < 0.05:
                    edits.counts["dropped"] += 1
                    continue
                if roll < 0.08:
                    edits.counts["moved"] += 1
                    moved.append(s)
                    continue
                new_p.append(_reword(s, rng, eval_dir, edits) if roll < 0.16 else s)
                if prose and rng.random() < 0.05:
                    edits.counts["added"] += 1
                    new_p.append(rng.choice(sentences))
            if prose and len(new_p) > 1 and rng.random() < 0.04 * len(new_p):
                i = rng.randrange(len(new_p) - 1)
                new_p[i], new_p[i + 1] = new_p[i + 1], new_p[i]
                edits.counts["reordered"] += 1
            if new_p:
                new_doc.append(new_p)
        targets = [i for i, p in enumerate(new_doc) if i and all(complete(s) for s in p)]
        for s in moved:
            if not targets:
                new_doc.append([s])
                continue
            target = new_doc[rng.choice(targets)]
            target.insert(rng.randrange(len(target) + 1), s)
        out.append(new_doc)
    return out, edits


def build(size: int, seed: int = 10, eval_dir: Path = EVAL_DIR) -> tuple[str, str]:
    """Side A and side B, each about ``size`` bytes of real readout sentences."""
    a, b, _ = build_with_edits(size, seed, eval_dir)
    return a, b


def build_with_edits(
    size: int, seed: int = 10, eval_dir: Path = EVAL_DIR
) -> tuple[str, str, Edits]:
    rng = random.Random(seed)
    docs = side_a(size, rng, eval_dir)
    edited, edits = side_b(docs, rng, eval_dir)
    a = "\n\n".join(render(d) for d in docs) + "\n"
    b = "\n\n".join(render(d) for d in edited) + "\n"
    return a, b, edits


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+)([km]?)", text.strip().lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50k, 500k, 2m)")
    return int(m[1]) * {"": 1, "k": 1000, "m": 1_000_000}[m[2]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write A/B benchmark texts of real sentences.")
    parser.add_argument("--size", type=parse_size, default=parse_size("500k"))
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--out", type=Path, help="folder to write a.txt and b.txt in")
    parser.add_argument(
        "--pin",
        action="store_true",
        help=f"write {PINNED.name} again from the set's readouts that are not fresh, and exit",
    )
    args = parser.parse_args(argv)
    if args.pin:
        names = [p.name for p in sorted(EVAL_DIR.glob("*.txt")) if p.name not in fresh_files()]
        head = "# readouts real_corpus.py draws from (written by `real_corpus.py --pin`)\n"
        PINNED.write_text(head + "".join(f"{n}\n" for n in names), encoding="utf-8")
        print(f"{PINNED.name}: {len(names)} readouts")
        return 0
    if args.out is None:
        parser.error("--out is required (or --pin)")
    a, b, edits = build_with_edits(args.size, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "a.txt").write_text(a, encoding="utf-8")
    (args.out / "b.txt").write_text(b, encoding="utf-8")
    print(f"a.txt {len(a.encode())} bytes, b.txt {len(b.encode())} bytes; edits on B:")
    for kind, n in sorted(edits.counts.items()):
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
