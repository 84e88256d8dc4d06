"""The one-sided noise of the young dev pairs and the outside tuning part (reports no hand list holds that are no link) by the step, origin, speaker and shape that made them, each class with the right reports of the same class beside it.

    python benchmarks/one_sided_noise.py [--lang en|zh|ru] [--list] [--shapes-only]

nz8's study (issue 10 point 2, forty-sixth session). About half of the noise on unseen text is
two wordings wrongly linked as one change (the linkers'); this script reads the other half: a
formula reported dropped, appeared or persisted that the hand list does not hold. A rule that
removes a class is worth writing only when the class holds few right reports and spreads over
several series, so every table counts, on the young dev pairs (``score_formulas.py --split
young``) and on the outside set's tuning part (its ``dev`` split) apart, the noise reports, the
right reports and the wrong fates of each class with the distinct series of each:

- by the last step of the formula stage that made the report (``origins.origins``, as
  ``fates_by_origin.py --by last``) and by its origin (built-in, background, mined, a Russian lone
  point …, ``score_formulas.origin``);
- by who says the wording in its sentence: a clause after a verb of saying (reported speech:
  "said that", "stressed", 表示, 指出, "отметил, что"), in Chinese told apart by the speaker before
  the verb (the Chinese side, or the other party), else narration (:func:`speaker`);
- by candidate shapes of language that earlier sessions or the brief named (:data:`SHAPES`);
- the noise reports whose exact wording is a right report in another pair of the same sets: the
  hand lists judging one wording both ways, which no rule can follow.

``--list`` prints every one-sided noise report with its class. Held-out, fresh and aside pairs are
never read here.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from formula_eval import language_of, load_pairs
from score_formulas import SETS, judged_both_ways, run_tool

SETS_READ = (("young dev", "formulas", "young"), ("tuning", "outside", "dev"))
"""The two yardsticks of a rule on unseen text: (title, set, split)."""
ONE_SIDED = ("dropped", "appeared", "persisted")

_SAYING = {
    "en": re.compile(
        r"\b(?:said|says|stressed|noted|underscored|emphasi[sz]ed|affirmed|reaffirmed|agreed|"
        r"expressed|welcomed|hoped|highlighted|reiterated|added)\b"
    ),
    "zh": re.compile("表示|指出|强调|认为|希望|祝贺|感谢|赞赏|说"),
    "ru": re.compile(
        r"(?:отметил|подчеркнул|заявил|выразил|сказал|констатировал|указал)\w*,? что|"
        r"отмечено|подчеркнуто"
    ),
}
"""Verbs of saying before a wording in its sentence: the wording is reported speech."""
_CHINESE_SIDE = re.compile("习近平|李强|王毅|赵乐际|韩正|丁薛祥|中方|中国")
"""The Chinese side's speakers: a clause they say is in the Chinese readout's own register."""
_SENTENCE_ENDS = "。；！？\n.;!?"

SHAPES: dict[str, Callable[[str, str], bool]] = {
    "a quotation mark the wording opens or closes alone": lambda w, lang: bool(
        re.search(r"[“\"][^”\"]*$|^[^“\"]*[”\"]", w)
    ),
    "English: a Title Case wording (a name's words)": lambda w, lang: (
        lang == "en" and bool(re.fullmatch(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and|the|for))+", w))
    ),
    "English: his, her or their": lambda w, lang: (
        lang == "en" and bool(re.search(r"\b(?:his|her|their)\b", w))
    ),
    "English: two words": lambda w, lang: lang == "en" and len(w.split()) == 2,
    "Chinese: 4 characters or fewer": lambda w, lang: lang == "zh" and len(w) <= 4,
    "Chinese: the other party's wish (X方愿同中方, 希望X方)": lambda w, lang: (
        lang == "zh" and bool(re.search("愿同中方|^[^，、]{1,3}方愿|^希望[^，]{1,3}方", w))
    ),
    "Chinese: first or second person (我, 您)": lambda w, lang: (
        lang == "zh" and bool(re.search("您|^我(?!们|国)", w))
    ),
    "Chinese: a past deed (了)": lambda w, lang: lang == "zh" and "了" in w,
    "Chinese: praise of a contribution or achievement": lambda w, lang: (
        lang == "zh" and bool(re.search("作出了?[^，]{0,4}贡献|取得了?[^，]*成就", w))
    ),
    "Chinese: an anniversary of relations (建交N周年)": lambda w, lang: (
        lang == "zh" and bool(re.search(r"建交\d+周年", w))
    ),
    "Chinese: a numbered point (一是, 四是)": lambda w, lang: (
        lang == "zh" and bool(re.match("[一二三四五六七八九十]是", w))
    ),
    "Russian: topical questions discussed (актуальные вопросы)": lambda w, lang: (
        lang == "ru" and bool(re.search(r"актуальн\w+ вопрос", w))
    ),
    "Russian: a date or a number": lambda w, lang: (
        lang == "ru"
        and bool(
            re.search(
                r"\d|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*",
                w,
            )
        )
    ),
    "Russian: a birthday (день рождения)": lambda w, lang: (
        lang == "ru" and bool(re.search(r"дн[её]м? рождения", w))
    ),
}
"""Candidate shapes of a one-sided report's wording (its text, the pair's language)."""


@dataclass(frozen=True)
class Report:
    """One judged one-sided report of the tool."""

    where: str
    pair: str
    series: str
    language: str
    verdict: str
    """``noise``, ``right`` or ``wrong`` (a wrong fate or a repeat)."""
    status: str
    wording: str
    origin: str
    step: str
    speaker: str
    elsewhere_right: bool = False
    """For noise: the same wording is a right report in another pair of the same sets."""


def speaker(text: str, wording: str, language: str) -> str:
    """Who says ``wording`` where it first stands in ``text``: ``said`` (after a verb of saying
    in its sentence; in Chinese ``said: Chinese side`` or ``said: other party`` by the words
    before the verb), ``narration``, or ``not in the text``."""
    at = text.find(wording)
    if at < 0:
        return "not in the text"
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
    before = text[start:at]
    verb = _SAYING[language].search(before)
    if verb is None:
        return "narration"
    if language != "zh":
        return "said"
    subject = before[: verb.start()]
    if _CHINESE_SIDE.search(subject):
        return "said: Chinese side"
    return "said: other party" if subject.strip() else "said: no subject"


def collect(language: str | None = None) -> list[Report]:
    """Every one-sided report of the young dev pairs and the tuning part, judged."""
    reports: list[Report] = []
    for where, set_name, split in SETS_READ:
        pairs = [
            p
            for p in load_pairs(SETS[set_name], split=split)
            if language is None or language_of(p) == language
        ]
        results, _ = judged_both_ways(pairs, partial(run_tool, steps=True))
        for result in results:
            pair = result.pair
            lang = language_of(pair)
            texts = {
                "a": pair.a_path.read_text(encoding="utf-8"),
                "b": pair.b_path.read_text(encoding="utf-8"),
            }
            for judged in result.judged:
                event = judged.report
                if event.status not in ONE_SIDED:
                    continue
                side = "b" if event.status == "appeared" else "a"
                wording = (event.b if side == "b" else event.a) or ""
                verdict = "noise" if judged.noise else "right" if judged.right else "wrong"
                reports.append(
                    Report(
                        where, pair.name, pair.series, lang, verdict, event.status, wording,
                        event.note, event.step.rsplit(">", 1)[-1] or "-",
                        speaker(texts[side], wording, lang),
                    )
                )  # fmt: skip
    right = defaultdict(set)
    for r in reports:
        if r.verdict == "right":
            right[r.wording].add(r.pair)
    return [
        Report(**{**r.__dict__, "elsewhere_right": bool(right[r.wording] - {r.pair})})
        if r.verdict == "noise"
        else r
        for r in reports
    ]


def counts(reports: Iterable[Report], key: Callable[[Report], str | None]) -> list[str]:
    """Rows of a Markdown table: per class (``key``; None leaves a report out), per set, noise,
    right and wrong with their distinct series; the rows with noise first, most noise first."""
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    series: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for r in reports:
        name = key(r)
        if name is None:
            continue
        table[name][r.where][r.verdict] += 1
        series[(name, r.where, r.verdict)].add(r.series)

    def cell(name: str, where: str) -> str:
        c = table[name][where]
        return " / ".join(
            f"{c[v]} ({len(series[(name, where, v)])})" for v in ("noise", "right", "wrong")
        )

    def noise(name: str) -> int:
        return sum(table[name][w]["noise"] for w, _, _ in SETS_READ)

    names = sorted(table, key=lambda n: (-noise(n), n))
    return [f"| {n} | " + " | ".join(cell(n, w) for w, _, _ in SETS_READ) + " |" for n in names]


def table(title: str, rows: list[str]) -> str:
    """Rows of :func:`counts` under a header naming the class ``title``."""
    cells = " | ".join(f"{w}: noise / right / wrong (series)" for w, _, _ in SETS_READ)
    rule = "|---|" + "---:|" * len(SETS_READ)
    return "\n".join([f"| {title} | {cells} |", rule, *rows])


def _shape(name: str) -> Callable[[Report], str | None]:
    test = SHAPES[name]
    return lambda r: name if test(r.wording, r.language) else None


def render(reports: list[Report], shapes_only: bool = False, listed: bool = False) -> str:
    """The tables of the module's docstring (``shapes_only``: the shapes' table alone), and with
    ``listed`` every one-sided noise report."""
    totals = Counter((r.where, r.verdict) for r in reports)
    parts = [
        "One-sided reports: "
        + "; ".join(
            f"{w} {totals[(w, 'noise')]} noise, {totals[(w, 'right')]} right, "
            f"{totals[(w, 'wrong')]} wrong"
            for w, _, _ in SETS_READ
        )
    ]
    if not shapes_only:
        for title, field in (("last step", "step"), ("origin", "origin"), ("speaker", "speaker")):
            rows = counts(reports, lambda r, f=field: f"{r.language}, {getattr(r, f)}")
            parts.append(table(f"language, {title}", rows))
    parts.append(table("shape", [row for name in SHAPES for row in counts(reports, _shape(name))]))
    both = Counter(r.where for r in reports if r.verdict == "noise" and r.elsewhere_right)
    noise = Counter(r.where for r in reports if r.verdict == "noise")
    parts.append(
        "Noise whose exact wording is a right report in another pair: "
        + "; ".join(f"{w} {both[w]} of {noise[w]}" for w, _, _ in SETS_READ)
    )
    if listed:
        parts.append(
            "\n".join(
                f"{r.where} | {r.pair} | {r.status} | {r.wording!r} | {r.origin} | {r.step} | "
                f"{r.speaker}{' | right elsewhere' if r.elsewhere_right else ''}"
                for r in reports
                if r.verdict == "noise"
            )
        )
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only that language's pairs")
    parser.add_argument("--list", action="store_true", help="every one-sided noise report")
    parser.add_argument(
        "--shapes-only",
        action="store_true",
        help="the shapes' table only (no step, origin, speaker)",
    )
    args = parser.parse_args(argv)
    print(render(collect(args.lang), shapes_only=args.shapes_only, listed=args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
