"""How often each Russian boilerplate phrase (``languages/ru.py``'s ``BOILERPLATE``) recurs in
the Kremlin scrape: readouts and counterparts whose sentences hold its stems, so that the list
holds the scaffolding of every readout (the call, the visit, the venue), not one series' words.

The corpus is the Russian background's (:mod:`build_background_ru`: calls, meetings and talks
with foreign counterparts; evaluation pages, the evaluation series' counterparts and reserved
series left out). Extra phrases to weigh may follow as arguments (words, stemmed here).

    python benchmarks/boilerplate_ru.py --mirror /work/.mirror/gabrielkmbo+kremlin-scraper/repo \\
        --commit 0e25ac4ef80c66740f9b01831bf1554f8cb57520 ["в ходе беседы" …]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import build_background_ru as builder

from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.languages.ru import BOILERPLATE, stem


def holds(stems: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(stems[i : i + size] == phrase for i in range(len(stems) - size + 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the scrape")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("phrases", nargs="*", help="more phrases to count (words)")
    args = parser.parse_args(argv)
    commit = builder.english.git(args.mirror, "rev-parse", args.commit).strip()
    corpus = builder.sources(args.mirror, commit)
    extra = [tuple(stem(w.lower()) for w in p.split()) for p in args.phrases]
    print(f"{len(corpus)} readouts, {len({s.counterpart for s in corpus})} counterparts")
    print("| readouts | counterparts | stems |\n|---:|---:|---|")
    for phrase in [*BOILERPLATE, *extra]:
        pages, who = set(), set()
        for source in corpus:
            sentences = readout_words(from_text(source.text, path=source.path))
            if any(holds(words.stems, phrase) for words in sentences):
                pages.add(source.path)
                who.add(source.counterpart)
        print(f"| {len(pages)} | {len(who)} | {' '.join(phrase)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
