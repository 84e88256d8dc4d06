"""Build the background of recurring phrases (``src/readoutdiff/data/background.tsv``).

The corpus is the White House readouts of the public mirror ``brian14708/wh-briefings``
(files named ``…readout-of-…`` under ``statements-releases/`` and ``briefings-statements/``),
read with ``git show`` from a local clone at one commit, recorded in the file's header.
Left out: every readout whose title or first paragraph names a counterpart of an English
series of the formula evaluation set (``eval/formulas/``) or of a reserved series (see
``/work/shared/REAL-DATA.md``), so that no phrase is learned from text the scorer uses. The
Chinese and Russian series are not named: this corpus is English and shares no wording with
their readouts (an English readout of the same counterpart with a US official is another
relationship in another language); what keeps the lexicon's Chinese and Russian wordings apart
from them is that no page the lexicon names is a page of the evaluation set (a test checks).

Each readout's phrases are counted with the rules of
:mod:`readoutdiff.formulas.mining.recurrence` (its ``phrases_of`` and ``maximal``; words inside a
built-in lexicon formula are skipped), once per readout. A phrase is kept when it occurs in
at least ``--min-readouts`` readouts of at least ``--min-counterparts`` different counterparts
(the country or organisation the title names), is maximal, and is no name, office, date,
boilerplate or cut (:mod:`readoutdiff.formulas.mining.noise`).

    python benchmarks/build_background.py --mirror /work/.mirror/brian14708+wh-briefings/repo
    python benchmarks/build_background.py --mirror … --stats   # counts per threshold, no file

Same mirror commit and thresholds, same bytes.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from revision_src import formulas_module

from readoutdiff.ingest import from_text
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "readoutdiff" / "data" / "background.tsv"
FOLDERS = ("statements-releases", "briefings-statements")
MIRROR = "brian14708/wh-briefings"
STATE_MIRROR = "markschaver/State-Department-PR"
AU_MIRROR = "wragge/pm-transcripts"
EXCLUDED = (
    # counterparts of the evaluation set's English series (eval/formulas/)
    "erdogan", "erdoğan", "kishida", "scholz", "zelensky", "zelenskyy", "cavusoglu", "çavuşoğlu", "kuleba",
    "le drian", "hayashi", "macron", "sunak", "meloni", "yoon", "truss", "trudeau", "duda", "lapid",
    "faisal bin farhan", "modi", "lopez obrador", "lópez obrador", "rau", "boris johnson",
    "prime minister johnson", "minister johnson", "pashinyan", "aliyev", "stoltenberg", "delattre", "von der leyen",
    "albanese", "lula", "sisi",
    "al-busaidi", "al busaidi", "busaidi", "al-thani", "al thani", "abdullah", "netanyahu", "starmer",
    "año", "ano", "jaishankar", "penny wong", "minister wong", "dendias",
    "herzog", "ebrard",
    "sannino", "marcos", "tusk",
    "tamim", "borrell", "abdullah bin zayed", "al-alimi", "alimi", "frederiksen",
    "guterres", "ramaphosa", "carney",
    "pope francis", "amorim", "bhutto", "zardari",
    "castro", "arévalo", "arevalo", "sheinbaum", "mori", "morgan",
    "hanegbi", "landerholm", "lourenço", "lourenco", "cho", "grundberg",
    "kim sung-han", "kim sung han", "hichilema", "faki", "lovegrove", "funakoshi", "noh",
    "mufamadi", "sudani", "davis", "rosso", "siewiera", "allamand", "hamdok",
    "king charles", "talo", "talò", "simon harris", "suluhu", "doval", "barzani", "kristersson",
    "støre", "gahr", "rutte", "merz",
    "luxon", "ishiba", "mitsotakis",
    "steinmeier", "rowley", "landsbergis",
    "schoof",
    "hulata", "beliz", "cleverly",
    "dokos", "esperon", "oprisor", "oprișor", "marin", "kariņš", "karins",
    "gentiloni",
    "kono",
    "cortizo", "park jin", "minister park",
    "akiba", "parolin", "bonne", "ploetner", "plötner", "barrow", "yermak",
    "abdollahian",
    "theresa may", "turnbull", "hipkins",
    "marsudi", "retno",
    "abe", "park geun-hye", "park geun hye", "moon jae-in",
    "ardern", "hollande", "ban ki-moon",
    "obama",  # e77: ban-obama (Ban Ki-moon with President Obama)
    "gallant", "wallace", "lambrecht",  # e79: austin-gallant, austin-wallace, austin-lambrecht
    "moon",  # e76: moon-trump (Moon Jae-in's family name, as "abe" for Abe)
    "tillerson", "pompeo",  # e89: kang-tillerson, kang-pompeo (Kang Kyung-wha's counterparts)
    # bg1: abe-abbott, abe-morrison, moon-morrison (e86, e98: Tony Abbott, Scott Morrison) and
    # kishida-yun (e89: Yun Byung-se), let in on the principal's name alone (e102's check)
    "abbott", "morrison", "yun",
    # out of the set (the same US-China channel as the reserved Sullivan-Wang Yi), kept out so
    # the background and the lexicon evidence never learn from that channel either
    "yang jiechi",
    # reserved series (REAL-DATA.md)
    "xi jinping", "president xi", "putin", "lavrov", "wang yi",
)  # fmt: skip
# bg6: the Australian Prime Ministers' media releases (wragge/pm-transcripts) are written by the
# Prime Minister whose name EXCLUDED holds as a counterpart of other publishers' series (Abe with
# Abbott, Turnbull, Morrison): his own name does not leave a release out there. What does is the
# country of every counterpart of an evaluation series with an Australian party (Japan: Abe,
# Kishida; the United States: Biden, Blinken; Canada: Trudeau, Carney; Korea: Moon, Cho; China:
# Li Qiang, Wang Yi, Xi; the United Kingdom: May, Starmer, and the British royals' visits), named
# anywhere in the title or the first paragraph, on top of every name EXCLUDED holds.
AU_OWN = ("abbott", "turnbull", "morrison")
AU_EXCLUDED = (
    "japan", "japanese", "united states", "america", "american", "u.s.", "canada", "canadian",
    "korea", "korean", "china", "chinese", "united kingdom", "britain", "british", "u.k.",
    "wales", "royal highness", "royal highnesses",
)  # fmt: skip
_WORD_EDGE = r"(?<![\w])({})(?![\w])"
_OFFICE = re.compile(
    r"\b(President|Prime Minister|Chancellor|Secretary[- ]General|King|Queen|Prince|Emir|Sultan"
    r"|Minister|Premier|Taoiseach|Pope|Director[- ]General|Sheikh|Leaders)\b"
)
_STATE_READOUT = re.compile(r"\b(Call|Meeting|Meets|Speaks) [Ww]ith\b")
_STATE_JUNK = re.compile(r"(Office of the Spokesperson|The (below|following) is attributable)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EXCLUDED = re.compile(_WORD_EDGE.format("|".join(map(re.escape, EXCLUDED))), re.IGNORECASE)
_AU_EXCLUDED = re.compile(
    _WORD_EDGE.format(
        "|".join(map(re.escape, [n for n in EXCLUDED if n not in AU_OWN] + list(AU_EXCLUDED)))
    ),
    re.IGNORECASE,
)
_AU_OFFICE = re.compile(
    r"\b(?:President|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Premier|Taoiseach"
    r"|Secretary[- ]General|Foreign Minister|Crown Prince|Prince)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][a-z][\w’'-]*)*)"
)
_AU_PLACE = re.compile(
    r"\b(?:[Vv]isit(?:s|ing)? to|[Mm]eet(?:ing|s)? with|[Tt]alks with|[Cc]all with)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][a-z][\w’'-]*)*)"
)
_AU_DIPLOMATIC = re.compile(
    r"\b(visit|meeting|meets|talks|call|joint statement|leaders|bilateral)\b", re.IGNORECASE
)
_AU_NOT_A_COUNTERPART = re.compile(
    r"^(?:Australia|Prime Minister|President|His|Her|Their|Mr|Mrs|Ms|Dr|The|Minister|Premier)\b"
)
# a release at home: a state, a territory, a community (the words of such counterparts seen)
_AU_AT_HOME = re.compile(
    r"\b(australia\w*|victoria|queensland|new south wales|nsw|tasmania|northern territory"
    r"|canberra|indigenous|aboriginal|islamic|local government|community|forces)\b"
)
_AU_STATE_OF = re.compile(r"^(?:\w+ )?(?:republic|kingdom|state|commonwealth) of (?:the )?")


# formulas/ in sub-packages; a --base revision from before them has the flat layout
builtin = formulas_module("lexicon.lexicon").builtin
noise = formulas_module("mining.noise")
_recurrence = formulas_module("mining.recurrence")
CUT_SHARE, SAME_NEXT_SHARE, Place = (
    _recurrence.CUT_SHARE, _recurrence.SAME_NEXT_SHARE, _recurrence.Place,
)  # fmt: skip
matcher_for, maximal, next_word = (
    _recurrence.matcher_for,
    _recurrence.maximal,
    _recurrence.next_word,
)
open_right, phrases_of = _recurrence.open_right, _recurrence.phrases_of
_phrases = formulas_module("words.phrases")
STOCK, Words = _phrases.STOCK, _phrases.Words
STOP_WORDS = formulas_module("words.roles").STOP_WORDS


@dataclass(frozen=True)
class Source:
    path: str
    title: str
    counterpart: str
    text: str


def git(mirror: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(mirror), *args], check=True, capture_output=True, text=True
    ).stdout


def sources(mirror: Path, commit: str) -> Iterator[Source]:
    """Yield the corpus readouts in path order, the excluded ones left out."""
    listing = git(mirror, "ls-tree", "-r", "--name-only", commit, "--", *FOLDERS).split("\n")
    for path in sorted(p for p in listing if "readout-of" in p.rsplit("/", 1)[-1]):
        title, paragraphs = parse(git(mirror, "show", f"{commit}:{path}"))
        if not title or not paragraphs:
            continue
        if _EXCLUDED.search(title) or _EXCLUDED.search(paragraphs[0]):
            continue
        who = counterpart(title)
        if not who:  # a domestic readout: no one "of" a country or organisation
            continue
        text = "\n\n".join([title, *paragraphs]) + "\n"
        yield Source(path=path, title=title, counterpart=who, text=text)


def state_sources(mirror: Path, commit: str) -> Iterator[Source]:
    """Yield the State Department readouts ("… Call with …", "… Meeting with …") of the RSS
    snapshots in the history of ``markschaver/State-Department-PR`` up to ``commit``, each
    page once (its earliest snapshot), the excluded ones left out."""
    commits = git(mirror, "rev-list", "--reverse", commit, "--", "data.rss").split()
    batch = "".join(f"{c}:data.rss\n" for c in commits)
    blobs = subprocess.run(
        ["git", "--git-dir", str(mirror), "cat-file", "--batch"],
        input=batch, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    seen: set[str] = set()
    for item in re.findall(r"<item>(.*?)</item>", blobs, flags=re.DOTALL):
        link = _first(r"<link>(.*?)</link>", item)
        if link and link not in seen:
            seen.add(link)
            source = state_item(item, link)
            if source is not None:
                yield source


def state_item(item: str, link: str) -> Source | None:
    """Return one RSS item as a readout, or None if it is no readout or is left out."""
    title = " ".join(
        html.unescape(re.sub(r"<[^>]+>", "", _first(r"<title>(.*?)</title>", item))).split()
    )
    if not _STATE_READOUT.search(title):
        return None
    # The item holds the text twice, in <description> and in <content:encoded>: read one.
    content = _first(r"<content:encoded>(.*?)</content:encoded>", item) or item
    body = re.sub(r"<script.*?</script>", "", content, flags=re.DOTALL)
    paragraphs = [
        " ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
        for p in re.findall(r"<p(?:\s[^>]*)?>(.*?)</p>", body, flags=re.DOTALL)
    ]
    paragraphs = [p for p in paragraphs if p and not _STATE_JUNK.match(p)]
    who = counterpart(title)
    if not paragraphs or not who or _EXCLUDED.search(title) or _EXCLUDED.search(paragraphs[0]):
        return None
    text = "\n\n".join([title, *paragraphs]) + "\n"
    return Source(path=link, title=title, counterpart=who, text=text)


def au_sources(mirror: Path, commit: str, since: str = "1996") -> Iterator[Source]:
    """Yield the Australian Prime Ministers' media releases of ``wragge/pm-transcripts`` at
    ``commit`` (one XML file a release under ``transcripts/``) that tell of a foreign visit, meeting,
    talks, call or joint statement with a counterpart the title or first paragraph names, from the
    year ``since`` on, the excluded ones left out; in path order."""
    listing = git(mirror, "ls-tree", "-r", "--name-only", commit, "--", "transcripts").split("\n")
    paths = sorted(p for p in listing if re.fullmatch(r"transcripts/transcript-\d+\.xml", p))
    batch = "".join(f"{commit}:{p}\n" for p in paths).encode()
    blobs = subprocess.run(
        ["git", "--git-dir", str(mirror), "cat-file", "--batch"],
        input=batch, check=True, capture_output=True,
    ).stdout  # fmt: skip
    at = 0
    for path in paths:  # "<sha> blob <size>\n<bytes>\n" each, or "<name> missing\n"
        end = blobs.index(b"\n", at)
        head = blobs[at:end].split()
        at = end + 1
        if len(head) < 3:
            continue
        page = blobs[at : at + int(head[2])].decode("utf-8", errors="replace")
        at += int(head[2]) + 1
        source = au_item(page, path, since)
        if source is not None:
            yield source


def au_item(page: str, path: str, since: str = "1996") -> Source | None:
    """Return one release as a readout, or None if it is no diplomatic media release or is left
    out."""
    kind = _first(r"<release-type>(.*?)</release-type>", page).strip()
    year = _first(r"<release-date>(.*?)</release-date>", page).rpartition("/")[2]
    title = " ".join(html.unescape(_first(r"<title>(.*?)</title>", page)).split())
    if kind != "Media Release" or year < since or not _AU_DIPLOMATIC.search(title):
        return None
    content = _first(r"<!\[CDATA\[(.*?)\]\]>", _first(r"<content>(.*?)</content>", page))
    paragraphs = [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", p)).split())
        for p in re.findall(r"<p(?:\s[^>]*)?>(.*?)</p>", content, flags=re.DOTALL)
    ]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs or _AU_EXCLUDED.search(title) or _AU_EXCLUDED.search(paragraphs[0]):
        return None
    who = au_counterpart(f"{title}. {paragraphs[0]}")
    if not who:
        return None
    text = "\n\n".join([title, *paragraphs]) + "\n"
    return Source(path=path, title=title, counterpart=who, text=text)


def au_counterpart(text: str) -> str:
    """Return the country or organisation an Australian release is with: the capitalised words after
    an office's "of" ("the Prime Minister of Papua New Guinea": "papua new guinea"), else after
    "visit to", "meeting with", "talks with" or "call with"; lower case, a possessive cut; "" when
    none."""
    for pattern in (_AU_OFFICE, _AU_PLACE):
        for match in pattern.finditer(text):
            name = re.sub(r"[’']s$", "", match.group(1))
            if not _AU_NOT_A_COUNTERPART.match(name):
                key = " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())
                return "" if _AU_AT_HOME.search(key) else _AU_STATE_OF.sub("", key)
    return ""


def _first(pattern: str, text: str) -> str:
    match = re.search(pattern, text, flags=re.DOTALL)
    return match.group(1) if match else ""


def parse(page: str) -> tuple[str, list[str]]:
    """Return a mirror page's title (YAML front matter) and its paragraphs, lines unwrapped,
    Markdown links and escapes gone."""
    import yaml  # a test dependency (pyproject [test]); front-matter titles span lines

    title, body = "", page
    if page.startswith("---"):
        head, _, body = page[3:].partition("\n---")
        meta = yaml.safe_load(head)
        title = str(meta.get("title", "")) if isinstance(meta, dict) else ""
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        text = " ".join(_LINK.sub(r"\1", block).split()).replace("\\", "")
        if text and text.strip("#* ") and not text.startswith("!["):
            paragraphs.append(text)
    return " ".join(title.split()), paragraphs


def counterpart(title: str) -> str:
    """Return the country or organisation a readout is with: the words after the last "of"
    of the part after "with" ("… with President Ruto of Kenya": "kenya"), lower case; "" when
    the title names none (a domestic meeting)."""
    tail = re.split(r"\bwith\b", title, flags=re.IGNORECASE)
    parts = re.split(r"\bof\b", tail[-1], flags=re.IGNORECASE) if len(tail) > 1 else []
    if len(parts) < 2:  # "… with NATO Secretary General Jens Stoltenberg": the last two words
        office = len(tail) > 1 and _OFFICE.search(tail[-1])
        return " ".join(tail[-1].lower().split()[-2:]) if office else ""
    key = " ".join(re.sub(r"[^\w\s]", " ", parts[-1].lower()).split())
    return "" if key.startswith("the united states") else key


def telling(words: Words, start: int, end: int) -> int:
    """Return how many words of a phrase tell what it is about: lower-case content words (no
    numbers) that are not the stock verbs and nouns every readout uses ("reaffirmed the importance",
    "committed to continue", "efforts to strengthen" recur in hundreds of readouts of every
    counterpart and are no formula)."""
    return sum(
        not words.caps[i]
        and words.stems[i].isalpha()
        and words.stems[i] not in STOP_WORDS
        and words.stems[i] not in STOCK
        for i in range(start, end)
    )


def count(
    corpus: list[tuple[Source, Readout]], least: int, counterparts: int, least_telling: int = 2
) -> list[tuple[tuple[str, ...], int, int, str]]:
    """Return (stems, readouts, counterparts, wording) of the phrases kept, by stems."""
    search = matcher_for(builtin())
    readouts: Counter[tuple[str, ...]] = Counter()
    for _, readout in corpus:
        readouts.update({gram for gram, _, passage in phrases_of(readout, search) if not passage})
    frequent = {gram for gram, n in readouts.items() if n >= least}
    who: dict[tuple[str, ...], set[str]] = defaultdict(set)
    first: dict[tuple[str, ...], tuple[Readout, Place]] = {}
    after: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for source, readout in corpus:
        for gram, place, passage in phrases_of(readout, search):
            if not passage and gram in frequent:
                who[gram].add(source.counterpart)
                first.setdefault(gram, (readout, place))
                after[gram][next_word(place)] += 1
    kept = {gram: readouts[gram] for gram in frequent if len(who[gram]) >= counterparts}
    rows = []
    for gram in sorted(maximal(kept, {}, CUT_SHARE)):
        readout, (sentence, start, end) = first[gram]
        if (
            noise.why(sentence, start, end) is None
            and not open_right(after[gram])
            and telling(sentence, start, end) >= least_telling
        ):
            wording = readout.text[sentence.start(start) : sentence.end(end - 1)]
            rows.append((gram, kept[gram], len(who[gram]), " ".join(wording.split())))
    return rows


def write(rows: list[tuple[tuple[str, ...], int, int, str]], header: list[str], out: Path) -> None:
    lines = [f"# {line}" for line in header]
    lines.append("# readouts\tcounterparts\tstems\twording")
    lines += [f"{n}\t{m}\t{' '.join(gram)}\t{wording}" for gram, n, m, wording in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_rows(rows: list[tuple[tuple[str, ...], int, int, str]]) -> None:
    """Print the phrases kept, most readouts first: readouts, counterparts, wording."""
    for _, n, m, wording in sorted(rows, key=lambda r: (-r[1], r[3])):
        print(f"{n}\t{m}\t{wording}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the mirror")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument(
        "--state-mirror", type=Path, help="git dir of markschaver/State-Department-PR"
    )
    parser.add_argument("--state-commit", default="HEAD")
    parser.add_argument("--au-mirror", type=Path, help="git dir of wragge/pm-transcripts")
    parser.add_argument("--au-commit", default="HEAD")
    parser.add_argument("--au-since", default="1996", help="the first year of releases read")
    parser.add_argument("--min-readouts", type=int, default=8)
    parser.add_argument("--min-counterparts", type=int, default=5)
    parser.add_argument("--min-telling", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts, write nothing")
    args = parser.parse_args(argv)
    commit = git(args.mirror, "rev-parse", args.commit).strip()
    found = list(sources(args.mirror, commit))
    state = ""
    if args.state_mirror:
        state = git(args.state_mirror, "rev-parse", args.state_commit).strip()
        found += state_sources(args.state_mirror, state)
    au = ""
    if args.au_mirror:
        au = git(args.au_mirror, "rev-parse", args.au_commit).strip()
        found += au_sources(args.au_mirror, au, args.au_since)
    corpus = [(s, from_text(s.text, path=s.path)) for s in found]
    people = len({s.counterpart for s, _ in corpus})
    print(f"{len(corpus)} readouts, {people} counterparts", file=sys.stderr)
    rows = count(corpus, args.min_readouts, args.min_counterparts, args.min_telling)
    print(f"{len(rows)} phrases kept", file=sys.stderr)
    if args.stats:
        print_rows(rows)
        return 0
    header = [
        "Background of recurring phrases: built by benchmarks/build_background.py.",
        f"Source: github.com/{MIRROR} at commit {commit}, White House readouts (public domain);",
        *(
            [
                f"and github.com/{STATE_MIRROR} at commit {state}, State Department readouts (RSS history);"
            ]
            if state
            else []
        ),
        *(
            [
                f"and github.com/{AU_MIRROR} at commit {au}, Australian Prime Ministers' media releases of visits, meetings and calls from {args.au_since} (pmtranscripts.pmc.gov.au);"
            ]
            if au
            else []
        ),
        f"{len(corpus)} readouts of {people} counterparts, evaluation and reserved series left out.",
        f"Kept: seen in >= {args.min_readouts} readouts of >= {args.min_counterparts} "
        f"counterparts, maximal (a phrase held by a longer one seen {CUT_SHARE:.0%} as often is a cut), no name/office/boilerplate, >= {args.min_telling} telling words;",
        f"closed on the right (not followed by a content word {CUT_SHARE:.0%} of the time, nor by one same word {SAME_NEXT_SHARE:.0%}).",
    ]
    write(rows, header, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
