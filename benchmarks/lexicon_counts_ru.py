"""Count Russian wordings across the Kremlin corpus: the evidence a Russian lexicon entry needs.

A Russian wording joins the built-in lexicon (``data/formulas.toml``, ``ru`` / ``ru_seen_in``)
only when it recurs across >= 3 readouts of >= 3 counterparts of the corpus that
``build_background_ru.py`` reads (the Kremlin scrape, evaluation pages, the counterparts of the
Russian evaluation series and the reserved series left out). A wording is found in a readout
when its word stems occur there in a row, as the engine's matcher finds it (the engine's
folding, words and Snowball stems), so case forms count as one wording.

Counted, one row each: the stock of Kremlin readouts that the sixteenth session's notes name
(:data:`CANDIDATES`), and every ``ru`` wording of the lexicon (``--lexicon``). Each row gives the
readouts and counterparts it is in, the first corpus page, and whether it passes the thresholds.
``--runs`` lists instead every run of 2-6 stems of the corpus at the thresholds (no function
word at an edge), the phrases an entry could be curated from.

    python benchmarks/lexicon_counts_ru.py --mirror /work/.mirror/gabrielkmbo+kremlin-scraper/repo
    python benchmarks/lexicon_counts_ru.py --mirror … --runs
    python benchmarks/lexicon_counts_ru.py --mirror … --wording "обмен мнениями"
"""

from __future__ import annotations

import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import build_background as english
import build_background_ru as corpus_ru
from build_background import Source

from readoutdiff.languages import function_stems, language, match_fold, words

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src" / "readoutdiff" / "data" / "formulas.toml"
CANDIDATES = (
    "стратегическое партнёрство и союзничество",
    "стратегическое партнёрство",
    "взаимовыгодное сотрудничество",
    "торгово-экономическое сотрудничество",
    "взаимовыгодное торгово-экономическое сотрудничество",
    "актуальные вопросы двусторонней повестки дня",
    "двусторонняя повестка дня",
    "актуальные вопросы",
    "позитивная динамика двустороннего сотрудничества",
    "двустороннее сотрудничество",
    "дружественные отношения",
    "обмен мнениями",
    "международная и региональная повестка",
    "условлено о продолжении контактов",
    "контакты на различных уровнях",
    "дальнейшее развитие",
    "80-летие Победы в Великой Отечественной войне",
    "рост товарооборота",
    "в рамках «ОПЕК плюс»",
    "стабильность глобального нефтяного рынка",
    "урегулирование украинского кризиса",
    "суверенитет и территориальная целостность",
)
"""The Kremlin's bilateral stock as the e24 and ru1 notes name it, and a few more of its usual
phrases, to count; none enters the lexicon without passing the thresholds."""


def stems_of(text: str) -> tuple[str, ...]:
    """The engine's stems of ``text``'s words (folded as for matching)."""
    stem = language("ru").stem
    return tuple(stem(word) for word in words(match_fold(text)))


def readout_stems(corpus: list[Source]) -> list[tuple[Source, list[tuple[str, ...]]]]:
    """Each readout with the stems of its lines (a line is a sentence in the corpus text)."""
    return [(s, [stems_of(line) for line in s.text.splitlines() if line]) for s in corpus]


def found_in(pattern: tuple[str, ...], lines: list[tuple[str, ...]]) -> bool:
    """Whether ``pattern`` occurs in a row in one of ``lines``."""
    n = len(pattern)
    return any(line[i : i + n] == pattern for line in lines for i in range(len(line) - n + 1))


def count(wording: str, corpus: list[tuple[Source, list[tuple[str, ...]]]]) -> list[Source]:
    """The readouts of ``corpus`` that hold ``wording``."""
    pattern = stems_of(wording)
    return [source for source, lines in corpus if pattern and found_in(pattern, lines)]


def lexicon_wordings() -> list[tuple[str, str]]:
    """(id, Russian wording) of every ``ru`` wording of the built-in lexicon, in file order."""
    data = tomllib.loads(LEXICON.read_text("utf-8"))
    return [(entry["id"], ru) for entry in data["formula"] for ru in entry.get("ru", ())]


def runs(
    corpus: list[tuple[Source, list[tuple[str, ...]]]], least: int, people: int
) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every run of 2-6 stems, no function word at an edge, in >= ``least`` readouts of >=
    ``people`` counterparts: (readouts, counterparts, stems), most readouts first."""
    edge = function_stems("ru")
    seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
    who: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for source, lines in corpus:
        for line in lines:
            for n in range(2, 7):
                for i in range(len(line) - n + 1):
                    run = line[i : i + n]
                    if run[0] in edge or run[-1] in edge or not run[0].isalpha():
                        continue
                    seen[run].add(source.path)
                    who[run].add(source.counterpart)
    found = [(len(seen[r]), len(who[r]), r) for r in seen]
    kept = [row for row in found if row[0] >= least and row[1] >= people]
    return sorted(kept, key=lambda row: (-row[0], -row[1], row[2]))


def row(label: str, wording: str, hits: list[Source], least: int, people: int) -> str:
    """One printed row: the counts, the verdict and the first corpus page holding the wording."""
    counterparts = len({s.counterpart for s in hits})
    verdict = "kept" if len(hits) >= least and counterparts >= people else "-"
    first = hits[0].path if hits else ""
    return f"{len(hits)}\t{counterparts}\t{verdict}\t{label}\t{wording}\t{first}"


def main(argv: list[str] | None = None) -> int:
    parser = corpus_ru.scrape_parser(__doc__.split("\n")[0])
    parser.add_argument("--runs", action="store_true", help="list the corpus's recurring runs")
    parser.add_argument("--lexicon", action="store_true", help="count the lexicon's wordings too")
    parser.add_argument(
        "--wording", action="append", default=[], help="count this wording instead (repeatable)"
    )
    args = parser.parse_args(argv)
    least, people = args.min_readouts, args.min_counterparts
    commit = english.git(args.mirror, "rev-parse", args.commit).strip()
    sources = corpus_ru.sources(args.mirror, commit)
    corpus = readout_stems(sources)
    print(
        f"{len(sources)} readouts, {len({s.counterpart for s in sources})} counterparts",
        file=sys.stderr,
    )
    if args.runs:
        for readouts, counterparts, stems in runs(corpus, least, people):
            print(f"{readouts}\t{counterparts}\t{' '.join(stems)}")
        return 0
    print("readouts\tcounterparts\tverdict\tid\twording\tfirst page")
    for wording in args.wording or CANDIDATES:
        print(row("candidate", wording, count(wording, corpus), least, people))
    if args.lexicon:
        for entry_id, wording in lexicon_wordings():
            print(row(entry_id, wording, count(wording, corpus), least, people))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
