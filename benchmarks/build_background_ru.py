"""Build the Russian background of recurring phrases (``src/readoutdiff/data/background_ru.tsv``).

The corpus is the Kremlin news items of the public scrape ``gabrielkmbo/kremlin-scraper``
(``kremlin_articles_ru_enhanced.csv``: 200 items of kremlin.ru's news list, Feb–May 2025, each
with its page text), read with ``git show`` from a local clone at one commit, recorded in the
file's header. Kept: the readouts of calls, meetings and talks with a foreign counterpart (the
title says so, :data:`_FOREIGN`), each cut to the readout proper (title, lead, body up to a
transcript, "Смотрите также" or the page's footer). Left out: every page of the formula
evaluation set (``eval/formulas/SOURCES.md``), every item naming a counterpart of its Russian
series in any case form, and every item of a reserved series (Xi, Lavrov, Wang Yi, US–Putin;
``/work/shared/REAL-DATA.md``): :data:`EXCLUDED`.

Phrases are counted as for the English background (:func:`build_background.count`: the rules
of :mod:`readoutdiff.formulas.mining.recurrence`, once per readout, maximal, no name, office,
date, boilerplate or cut), the counterpart being the country the page files the item under
("География"). As in the tool's mining, a phrase may not start or end with a Russian function
word (:data:`EDGE`); here it may not end on a capitalised word either (a place or a person), and
needs two words that are no function word (:func:`edge_clean`).

    python benchmarks/build_background_ru.py --mirror /work/.mirror/gabrielkmbo+kremlin-scraper/repo
    python benchmarks/build_background_ru.py --mirror … --stats   # counts, no file

Same mirror commit and thresholds, same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

import build_background as english
from build_background import Source

from readoutdiff.ingest import from_text
from readoutdiff.languages.ru import LANGUAGE as RUSSIAN
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "readoutdiff" / "data" / "background_ru.tsv"
MIRROR = "gabrielkmbo/kremlin-scraper"
FILE = "kremlin_articles_ru_enhanced.csv"
EVAL_PAGES = frozenset("76301 76452 76303 76839 76417 76713 76497 76658 76521 76837 76422".split())
"""kremlin.ru news numbers of the evaluation set's pages (``eval/formulas/SOURCES.md``)."""
EXCLUDED = re.compile(
    # counterparts of the evaluation set's Russian series, any case form, anywhere in the page
    r"Сальман|Мирзи[её]ев|Токаев|Лукашенк|Нахайян|Жапаров|Рахмон|Алиев|Эрдоган|Назарбаев"
    # e63's batch 43: Mirziyoyev with both Berdimuhamedovs (and with Al Nahyan, named above)
    r"|Бердымухамедов"
    # e82's batch 62: Mirziyoyev with the Emir of Qatar, Aliyev with Lukashenko (named above)
    r"|Тамим"
    # e88's batch 68: Aliyev with Zelensky, Gurbanguly Berdimuhamedov with Erdoğan (named above)
    r"|Зеленск"
    # e92's batch 71: Putin with Vučić
    r"|Вучич"
    # reserved series (Xi–Putin, Biden–Putin) named anywhere in the page
    r"|Цзиньпин|Байден",
    re.IGNORECASE,
)
RESERVED_TITLE = re.compile(r"Лавров|Ван И\b|Трамп|США|Соединённ\w* Штат|Уиткофф", re.IGNORECASE)
"""Reserved series by the counterpart the title names: Lavrov, Wang Yi, any US–Putin contact."""
_FOREIGN = re.compile(
    r"^(Российско-\w+ переговоры|Переговоры с|Телефонный разговор с|Беседа с|Встреча с) ?"
    r"(?:с |со )?(?!губернатор|глав|мэр|Председателем Совета Федерации|Министром (?!иностранных))"
)
_OFFICE = re.compile(
    r"(Президент|Премьер-министр|Эмир|Султан|Наследн\w+ принц|Министр\w* иностранных дел"
    r"|членом Политбюро|заместителем Премьер-министра|Председател\w+ КНР)"
)
_END = re.compile(r" (\* \* \*|Смотрите также|География|[А-Я]\.[А-Я][а-яё]+:)")
_STAMP = re.compile(r" \d{1,2} [а-я]+ \d{4} года \d{1,2}:\d{2}( [^.]*?, Кремль)?")
_CARD = re.compile(
    r"\b([А-ЯЁ][а-яё-]+) ([А-ЯЁ][а-яё-]+) \2 \1( [А-ЯЁ][а-яё]+вич| [А-ЯЁ][а-яё]+вна)?"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[«А-ЯЁA-Z0-9])")
EDGE = RUSSIAN.function_words
"""Russian function words, the engine's list (:mod:`readoutdiff.languages.ru`): no phrase starts
or ends with one, by the word or its Snowball stem."""


def sources(mirror: Path, commit: str) -> list[Source]:
    """Return the corpus readouts in the file's order, the excluded ones left out."""
    table = english.git(mirror, "show", f"{commit}:{FILE}")
    csv.field_size_limit(1 << 30)
    found = []
    for row in csv.DictReader(io.StringIO(table.lstrip("\ufeff"))):
        title, page = row["title"], row["article_full_text_1"]
        number = row["url"].rstrip("/").rsplit("/", 1)[-1]
        if number in EVAL_PAGES or not is_readout(title) or RESERVED_TITLE.search(title):
            continue
        text = readout_text(title, page)
        who = country(page)
        if text and who and not EXCLUDED.search(page):
            found.append(Source(path=row["url"], title=title, counterpart=who, text=text))
    return found


def is_readout(title: str) -> bool:
    """A call, meeting or talks with a foreign counterpart, by the title."""
    return bool(_FOREIGN.match(title)) and (
        title.startswith(("Российско-", "Переговоры с")) or bool(_OFFICE.search(title))
    )


def country(page: str) -> str:
    """The country the page files the item under ("География …"), lower case."""
    match = re.search(r" География (.*?) (Темы|Лица|Статус материала)", page)
    return match.group(1).lower() if match else ""


def readout_text(title: str, page: str) -> str:
    """Title, lead and body of a page, one sentence a line; transcripts and footer cut off."""
    body = page.removeprefix("События ").removeprefix(title).strip()
    body = _STAMP.sub("", body, count=1)
    end = _END.search(body)
    body = _CARD.sub(r"\1 \2", body[: end.start()] if end else body)
    lines = _SENTENCE.split(" ".join(body.split()))
    return "\n".join([title, "", *lines]) + "\n"


def edge_clean(
    rows: list[tuple[tuple[str, ...], int, int, str]],
) -> list[tuple[tuple[str, ...], int, int, str]]:
    """Drop the phrases that start or end with a Russian function word, end on a capitalised
    word (a place or a person: "прибыл в Москву", "ситуации в Сирии") or have fewer than two
    words that are no function word."""
    from readoutdiff.languages.ru import stem

    stems = EDGE | {stem(word) for word in EDGE}
    return [
        row for row in rows
        if row[0][0] not in stems and row[0][-1] not in stems
        and not row[3].split()[-1][:1].isupper()
        and sum(s not in stems and s.isalpha() for s in row[0]) >= 2
    ]  # fmt: skip


def scrape_parser(description: str) -> argparse.ArgumentParser:
    """The arguments of every script that reads the scrape: where it is and the thresholds."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the scrape")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--min-readouts", type=int, default=3)
    parser.add_argument("--min-counterparts", type=int, default=3)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = scrape_parser(__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts, write nothing")
    parser.add_argument("--list", action="store_true", help="print the readouts kept")
    args = parser.parse_args(argv)
    commit = english.git(args.mirror, "rev-parse", args.commit).strip()
    corpus: list[tuple[Source, Readout]] = [
        (s, from_text(s.text, path=s.path)) for s in sources(args.mirror, commit)
    ]
    people = len({s.counterpart for s, _ in corpus})
    print(f"{len(corpus)} readouts, {people} counterparts", file=sys.stderr)
    if args.list:
        for source, readout in corpus:
            print(f"{source.path}\t{source.counterpart}\t{readout.language}\t{source.title}")
    rows = edge_clean(english.count(corpus, args.min_readouts, args.min_counterparts, 0))
    print(f"{len(rows)} phrases kept", file=sys.stderr)
    if args.stats or args.list:
        english.print_rows(rows)
        return 0
    header = [
        "Russian background of recurring phrases: built by benchmarks/build_background_ru.py.",
        f"Source: github.com/{MIRROR} at commit {commit}, {FILE}, kremlin.ru news (CC BY 4.0);",
        f"{len(corpus)} readouts of {people} counterparts (calls, meetings, talks with foreign "
        "leaders), evaluation and reserved series left out.",
        f"Kept: seen in >= {args.min_readouts} readouts of >= {args.min_counterparts} "
        "counterparts, maximal, no name/office/boilerplate, no Russian function word at an "
        "edge, no capitalised last word, >= 2 other words.",
    ]
    english.write(rows, header, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
