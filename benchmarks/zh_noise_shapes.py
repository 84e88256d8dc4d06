"""Test general shapes against the Chinese dev pairs' one-sided background reports (zh31).

    python benchmarks/zh_noise_shapes.py [--batches zh10 zh14] [--archive] [--list FILE]

Most Chinese noise (``zh_noise_classes.py``) is a background phrase of
``data/background_zh.tsv`` reported appeared or dropped, found as it is or grown to its clause.
A filter that cuts that noise without a list written from the dev texts would need a shape the
noise has and the right reports have not. This script runs ``compare`` on every Chinese dev
pair (held-out and fresh pairs are never read), judges the reports as ``score_formulas.py``
does, keeps the one-sided reports of background origin and counts noise / right / wrong fate
under each general test:

* ``readouts``: the phrase is seen in fewer than N readouts of the background corpus;
* ``share``: the background phrase is under a share of the reported wording's characters;
* ``subject``: the wording opens on a party (a ns/nr/nt word, 中方, 沙方, 两国, 中德两国…);
* ``place``: where the phrase sits in the wording (start / middle; end / more / 的 after);
* ``length``: the phrase's characters (6 is the background's floor), and the short ones seen
  with few counterparts;
* ``as found``: the wording is the phrase itself, not grown to its clause;
* ``covered``: under 40 % of the wording lies inside any background phrase (a clause of one-off
  content around one recurring phrase);
* ``shape`` (zh36): the phrase's grammatical shape by its segmenter tags (:func:`shape`): a verb
  and its object, a subject and its verb, a preposition's frame, a bare noun phrase, an idiom
  or slogan, an anniversary or number;
* ``counterparts``: the phrase's counterparts in bins (5-6, 7-9, 10-19, 20+);
* ``archive`` (zh36, ``--archive``): how the phrase stands in the archive the background was
  built from (:func:`archive_context`): the share of its uses that open a clause, that a content
  word comes before, that are a whole clause;
* ``series``: the reports of each series, and the noise reports whose phrase is reported right
  elsewhere on the same yardstick (the phrase is no noise in itself);
* ``series-once``: the same wording is reported noise in the next pair of its series with the
  other status (a clause said in one readout only of the series, reported twice).

A test is worth a rule only where its noise outweighs the right reports it would lose.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from formula_eval import Event, Judged, Pair, judge, language_of, load_pairs, verdict

from readoutdiff import compare, load
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages import zh

BACKGROUND = (
    Path(__file__).resolve().parent.parent / "src" / "readoutdiff" / "data" / "background_zh.tsv"
)
PARTY = re.compile(r"^(中国|中方|.{1,4}方|两国|中.两国|.{1,3}中都|.{1,2}中两国)")


def background() -> dict[str, tuple[int, int, str]]:
    """Background id -> (readouts and counterparts it is seen with, its wording)."""
    found = {}
    for line in BACKGROUND.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            readouts, counterparts, stems, wording = line.split("\t")
            found[phrase_id("background", stems.split())] = (
                int(readouts), int(counterparts), wording)  # fmt: skip
    return found


def covered(wording: str, phrases: list[str]) -> float:
    """The share of ``wording``'s characters inside some background phrase."""
    inside = [False] * len(wording)
    for phrase in phrases:
        at = wording.find(phrase)
        while at >= 0:
            inside[at : at + len(phrase)] = [True] * len(phrase)
            at = wording.find(phrase, at + 1)
    return sum(inside) / max(1, len(wording))


def place(wording: str, phrase: str) -> str:
    """Where ``phrase`` sits in ``wording``."""
    at = wording.find(phrase)
    if at < 0:
        return "absent"
    after = wording[at + len(phrase) :]
    tail = "de" if after.startswith("的") else ("end" if not after else "more")
    return ("start" if at == 0 else "middle") + "/" + tail


VERB = ("v", "vd", "vi")
NOUN = ("n", "nr", "ns", "nt", "nz", "vn", "an", "r", "f", "m", "t")


def shape(phrase: str) -> str:
    """The phrase's grammatical shape, from its segmenter tags (a general class, no word list).

    >>> shape("两国建交50周年"), shape("推动两国全面战略合作向更高质量"), shape("中方高度赞赏")
    ('number', 'verb-object', 'subject-verb')
    >>> shape("为两国人民带来福祉"), shape("和平共处五项原则"), shape("当今世界面临百年未有之大变局")
    ('frame', 'noun phrase', 'idiom')
    """
    tags = [tag for _, tag in zh.tagged(phrase)]
    if re.search(r"[0-9０-９]|周年", phrase):
        return "number"
    if any(tag in ("i", "l") for tag in tags):
        return "idiom"
    if tags[0] == "p":
        return "frame"
    if not any(tag in VERB for tag in tags):
        return "noun phrase"
    if tags[0] in VERB or tags[0] == "d":
        return "verb-object"
    return "subject-verb"


def counterpart_bin(counterparts: int) -> str:
    """The counterparts' bin a phrase falls in."""
    for low, high in ((5, 6), (7, 9), (10, 19)):
        if counterparts <= high:
            return f"{low}-{high}" if counterparts >= low else f"<{low}"
    return "20+"


def archive_context() -> dict[str, tuple[float, float, float]]:
    """Background wording -> (share of its archive uses opening a clause, share after a content
    word, share that are a whole clause), read from the archive the builder reads (its readouts,
    phrases and stop words): the left side of the builder's ``open_right``."""
    from build_background_zh import OUT, REPO, kept_stems, readouts

    from readoutdiff.formulas.lexicon.lexicon import builtin
    from readoutdiff.formulas.mining import recurrence
    from readoutdiff.ingest import from_text

    keep = kept_stems(OUT)
    search = recurrence.matcher_for(builtin())
    before: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    whole: Counter[tuple[str, ...]] = Counter()
    for _, text in readouts(REPO):
        readout = from_text(text)
        if readout.language != "zh":
            continue
        seen = set()
        for gram, (words, first, end), passage in recurrence.phrases_of(readout, search):
            if passage or gram not in keep or gram in seen:
                continue
            seen.add(gram)
            opens = first == 0 or words.breaks[first]
            word = "" if opens else words.stems[first - 1]
            stop = word in recurrence._ZH_STOPS  # noqa: SLF001 (the builder's own stop words)
            before[gram]["" if opens else ("stop" if stop else "content")] += 1
            if opens and not recurrence.next_word((words, first, end), "zh"):
                whole[gram] += 1
    found = {}
    for line in BACKGROUND.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            stems, wording = line.split("\t")[2:]
            uses = before.get(tuple(stems.split()))
            if uses:
                total = sum(uses.values())
                found[wording] = (uses[""] / total, uses["content"] / total,
                                  whole[tuple(stems.split())] / total)  # fmt: skip
    return found


def dev_judged() -> Iterator[tuple[int, Pair, Judged]]:
    """(pair index, pair, judged report) of every report of the Chinese dev pairs, judged as
    ``score_formulas.py`` does (held-out and fresh pairs are never read)."""
    for index, pair in enumerate(load_pairs(split="dev")):
        if language_of(pair) != "zh":
            continue
        formulas = compare(load(pair.a_path), load(pair.b_path)).formulas
        reports = [Event(f.status.value, f.a_text, f.b_text, f.id) for f in formulas]
        for judged in judge(pair, reports).judged:
            yield index, pair, judged


def dev_reports() -> Iterator[tuple[str, int, str, str, str, str]]:
    """(series, pair index, label, status, wording, id) of every report of the Chinese dev
    pairs, judged as ``score_formulas.py`` does."""
    for index, pair, judged in dev_judged():
        report = judged.report
        label = {"wrong fate": "wrong"}.get(said := verdict(judged), said)
        wording = report.a or report.b or ""
        yield pair.series, index, label, report.status, wording, report.note or ""


def batch_reports(names: tuple[str, ...]) -> Iterator[tuple[str, int, str, str, str, str]]:
    """The same of the *tuning* pairs of the Chinese batches ``names`` of ``eval/noise``,
    judged by ``judged.toml`` (the aside pairs are never read)."""
    from score_noise import tuning_labels

    for index, a, _, f, label in tuning_labels(lambda pair: pair.get("batch") in names):
        yield a.split("__")[0], index, label, f.status.value, f.a_text or f.b_text or "", f.id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="*", default=[], help="count the tuning pairs of "
                        "these Chinese batches of eval/noise (zh10, zh14) instead of dev")  # fmt: skip
    parser.add_argument("--list", type=Path, help="write every one-sided background report "
                        "(label, status, properties, phrase, wording) to this TSV file")  # fmt: skip
    parser.add_argument("--archive", action="store_true", help="also count how each phrase "
                        "stands in the background's archive (reads the archive: ~30 s)")  # fmt: skip
    args = parser.parse_args()
    phrases = background()
    context = archive_context() if args.archive else {}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    noise_phrases: list[str] = []
    rows: list[str] = []
    wordings = [wording for _, _, wording in phrases.values()]
    tests: dict[str, Counter[str]] = defaultdict(Counter)
    noise_by_series: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    found = batch_reports(tuple(args.batches)) if args.batches else dev_reports()
    for series, index, label, status, wording, note in found:
        if label == "noise" and status in ("appeared", "dropped"):
            noise_by_series[series].append((index, status, wording))
        base = note.split("/")[0]
        if status not in ("appeared", "dropped") or base not in phrases:
            continue
        readouts, counterparts, phrase = phrases[base]
        tests["all"][label] += 1
        tests[f"phrase of {min(len(phrase), 8)}{'+' * (len(phrase) >= 8)} characters"][label] += 1
        if len(phrase) <= 7 and counterparts < 10:
            tests["phrase <= 7 characters, < 10 counterparts"][label] += 1
        if readouts / counterparts >= 1.2:
            tests["readouts / counterparts >= 1.2"][label] += 1
        if wording == phrase:
            tests["as found (not grown)"][label] += 1
        if covered(wording, wordings) < 0.4:
            tests["< 40 % of the wording inside background phrases"][label] += 1
        for n in (6, 10, 15):
            if readouts < n:
                tests[f"readouts < {n}"][label] += 1
        for share in (0.25, 0.35, 0.5):
            if len(phrase) / max(1, len(wording)) < share:
                tests[f"share < {share}"][label] += 1
        first = zh.tagged(wording)[0][1] if wording else ""
        tests[f"subject {bool(PARTY.match(wording)) or first in ('ns', 'nr', 'nt')}"][label] += 1
        tests[f"place {place(wording, phrase)}"][label] += 1
        tests[f"series {series}"][label] += 1
        labels[phrase][label] += 1
        if label == "noise":
            noise_phrases.append(phrase)
        if phrase in context:
            opening, content, alone = context[phrase]
            tests[f"archive: opens a clause {'< 0.2' if opening < 0.2 else '>= 0.2'}"][label] += 1
            tests[f"archive: content word before {'>= 0.7' if content >= 0.7 else '< 0.7'}"][
                label] += 1  # fmt: skip
            tests[f"archive: a whole clause {'< 0.1' if alone < 0.1 else '>= 0.1'}"][label] += 1
        kind = shape(phrase)
        tests[f"shape {kind}"][label] += 1
        tests[f"counterparts {counterpart_bin(counterparts)}"][label] += 1
        rows.append("\t".join(map(str, (series, index, label, status, readouts, counterparts,
                                        len(phrase), kind, place(wording, phrase),
                                        round(len(phrase) / max(1, len(wording)), 2),
                                        phrase, wording))))  # fmt: skip
    if args.list:
        header = "series\tpair\tlabel\tstatus\treadouts\tcounterparts\tlength\tshape\tplace"
        args.list.write_text("\n".join([header + "\tshare\tphrase\twording", *rows]) + "\n")
    twice = 0
    for said in noise_by_series.values():
        for index, status, wording in said:
            other = "dropped" if status == "appeared" else "appeared"
            if any(i != index and s == other and w == wording for i, s, w in said):
                twice += 1
    print("| test (one-sided background reports) | noise | right | wrong fate | repeat |")
    print("|---|---:|---:|---:|---:|")
    for name, counts in sorted(tests.items()):
        print(f"| {name} | {counts['noise']} | {counts['right']} | {counts['wrong']} | "
              f"{counts['repeat']} |")  # fmt: skip
    elsewhere = sum(1 for phrase in noise_phrases if labels[phrase]["right"])
    print(f"\nnoise reports whose phrase is reported right elsewhere: {elsewhere} of "
          f"{len(noise_phrases)}")  # fmt: skip
    print(f"one-sided noise said in one readout of its series, reported in two pairs: {twice}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
