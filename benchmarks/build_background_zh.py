"""Build ``src/readoutdiff/data/background_zh.tsv``: Chinese phrases recurring across readouts.

    python benchmarks/build_background_zh.py [--repo DIR] [--least 5] [--counterparts 5] [--shortest 6] [--out FILE]

Source: CCTV's evening news archive ``DuckBurnIncense/xin-wen-lian-bo`` (one Markdown file a day,
``news/<date>.md``, each item a ``### title`` and its ``<p>`` paragraphs) at commit ``ae8d591``,
read from its git mirror (``git archive``; no work tree needed). An item is a readout when its
title is a Chinese leader's call or meeting ("习近平同…通电话", "王毅会见…"); items naming a
counterpart of an evaluation series (``eval/formulas``: Lula, Sánchez, Mohammed bin Salman,
Starmer, Baerbock, Macron, Lukashenko, Tokayev, Albanese, Scholz, Merz,
Ramaphosa, Hun Manet, Lawrence Wong, Modi, Erdoğan, Fico, Luxon, Carney, Boric, Ruto,
Ghazouani, Sassou, Hasina, Berdimuhamedov) or of a reserved series (Putin, Biden, Blinken, Sullivan, Lavrov), or
Trump and Rubio, are left out, as are items under 150 characters (abridged). A phrase is a run
of segmenter words of one readout's clause outside the built-in lexicon's formulas
(:func:`readoutdiff.formulas.mining.recurrence.phrases_of`, as ``build_background.py`` counts),
counted once per readout; it is kept when seen in ``--least`` readouts of ``--counterparts``
counterparts (the headline's words after the leader), of ``--shortest`` characters or more
(three words, a Chinese character weighing half a word as in ``recurrence.from_history``: a
phrase of two words, 务实合作, is mostly the lexicon's core of a longer clause), maximal (no kept phrase holding it is seen
:data:`~readoutdiff.formulas.mining.recurrence.CUT_SHARE` as often), closed on the right
(:func:`~readoutdiff.formulas.mining.recurrence.open_right`) and no noise
(:func:`~readoutdiff.formulas.mining.zh_phrases.standing_why`).
"""

from __future__ import annotations

import argparse
import html
import io
import re
import subprocess
import sys
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.mining import recurrence, zh_phrases
from readoutdiff.ingest import from_text

ROOT = Path(__file__).resolve().parent.parent
REPO = Path("/work/.mirror/DuckBurnIncense+xin-wen-lian-bo/repo")
COMMIT = "ae8d591"
OUT = ROOT / "src" / "readoutdiff" / "data" / "background_zh.tsv"
LEADERS = "习近平|李强|王毅|赵乐际|王沪宁|韩正|丁薛祥|蔡奇|李克强"
TITLE = re.compile(
    rf"^({LEADERS})(同|会见|集体会见|分别会见)(?P<who>.+?)(举行)?(视频)?(通电话|会谈|会晤|会见|通话)?$"
)
LEFT_OUT = re.compile(
    "卢拉|桑切斯|穆罕默德|萨勒曼|斯塔默|贝尔伯克|马克龙|卢卡申科|托卡耶夫|阿尔巴尼斯|朔尔茨"
    "|默茨|拉马福萨|洪玛奈|黄循财"
    "|莫迪|埃尔多安|菲佐|拉克森|卡尼|博里奇"
    "|鲁托|加兹瓦尼"
    "|萨苏|哈西娜|别尔德穆哈梅多夫"
    "|普京|拜登|布林肯|沙利文|拉夫罗夫|特朗普|鲁比奥"
)
"""Counterparts of the evaluation set's series with a Chinese leader, of reserved series, and
the two zh2 left out with them."""
Key = tuple[str, ...]


def readouts(repo: Path) -> Iterator[tuple[str, str]]:
    """Yield (counterpart, text) of every readout item of the archive at ``COMMIT``."""
    archive = subprocess.run(
        ["git", "--git-dir", str(repo), "archive", COMMIT, "news"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None and member.name.endswith(".md"):
                yield from _items(handle.read().decode("utf-8"))


def _items(day: str) -> Iterator[tuple[str, str]]:
    for item in re.split(r"^### ", day, flags=re.M)[1:]:
        title, _, body = item.partition("\n")
        title = title.strip()
        found = TITLE.match(title)
        if found is None or "记者" in title:
            continue
        paragraphs = [
            html.unescape(re.sub("<[^>]+>", "", p)).strip()
            for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)
        ]
        text = "\n".join(p for p in paragraphs if p)
        if len(text) >= 150 and not LEFT_OUT.search(title + text):
            yield found.group("who"), f"{title}\n\n{text}\n"


def count(
    items: list[tuple[str, str]], least: int, counterparts: int, shortest: int = 6
) -> list[tuple[int, int, Key, str]]:
    """The kept phrases as (readouts, counterparts, stems, wording), most readouts first."""
    seen: dict[Key, set[int]] = defaultdict(set)
    who: dict[Key, set[str]] = defaultdict(set)
    after: dict[Key, Counter[str]] = defaultdict(Counter)
    wording: dict[Key, str] = {}
    search = recurrence.matcher_for(builtin())  # words of a lexicon formula are in no phrase
    for number, (counterpart, text) in enumerate(items):
        readout = from_text(text)
        if readout.language != "zh":
            continue
        for gram, (words, first, end), passage in recurrence.phrases_of(readout, search):
            if not passage and number not in seen[gram]:
                seen[gram].add(number)
                who[gram].add(counterpart)
                after[gram][recurrence.next_word((words, first, end), "zh")] += 1
                wording.setdefault(gram, readout.text[words.start(first) : words.end(end - 1)])
    kept = {g: len(n) for g, n in seen.items() if len(n) >= least and len(who[g]) >= counterparts}
    best = recurrence.maximal(kept, {}, recurrence.CUT_SHARE)
    rows = [
        (kept[g], len(who[g]), g, wording[g])
        for g in best
        if len(wording[g]) >= shortest
        and zh_phrases.standing_why(wording[g]) is None
        and not recurrence.open_right(after[g])
    ]
    return sorted(rows, key=lambda row: (-row[0], -row[1], row[2]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--least", type=int, default=5)
    parser.add_argument("--counterparts", type=int, default=5)
    parser.add_argument("--shortest", type=int, default=6)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = list(readouts(args.repo))
    rows = count(items, args.least, args.counterparts, args.shortest)
    people = len({who for who, _ in items})
    print(f"{len(items)} readouts, {people} counterparts, {len(rows)} phrases", file=sys.stderr)
    header = [
        "# Chinese background of recurring phrases: built by benchmarks/build_background_zh.py.",
        f"# Source: github.com/DuckBurnIncense/xin-wen-lian-bo at commit {COMMIT}, news/*.md (CCTV 新闻联播 items).",
        f"# {len(items)} readouts of {people} counterparts (Chinese leaders' calls and meetings), evaluation and reserved series left out.",
        f"# Kept: seen in >= {args.least} readouts of >= {args.counterparts} counterparts, >= {args.shortest} characters, maximal, closed on the right, no Chinese noise.",
        "# readouts\tcounterparts\tstems\twording",
    ]
    lines = [f"{n}\t{c}\t{' '.join(g)}\t{w}" for n, c, g, w in rows]
    args.out.write_text("\n".join(header + lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
