"""Reported wordings cut mid-phrase, counted by language and by the rule that made them.

    python benchmarks/cut_wordings.py [--lang en|zh|ru] [--show] [--dump FILE]

Runs ``compare()`` on the dev pairs of ``eval/formulas/`` and the tuning part of
``eval/outside/`` (held-out, fresh and aside are never read) and reads every reported wording:
both sides of a changed entry, the one side of a dropped or appeared one. A wording is *cut*
when, by a test of its language on the text around it,

* English: it starts right after a preposition other than "to" (whose infinitive opens whole
  wordings), with no punctuation between ("Mexican government’s …" of "for the Mexican
  government’s …" does not count: a determiner stands between), or it ends on a determiner, a
  preposition or a conjunction;
* Russian: it starts right after a preposition ("уровне правительств" of "на уровне
  правительств"), or it ends on a preposition or a conjunction, or on a past-tense or infinitive
  verb whose object follows with no punctuation between ("… обсудили" of "обсудили проекты");
* Chinese: an edge falls inside a jieba word, or the wording starts or ends on 的/和/与/同 read
  as a word of its own ("和平" opens a wording whole).

Each cut wording is counted with its report's origin and the formula stage's steps that made it
(:func:`readoutdiff.formulas.origins.origins`). Counts only unless ``--show`` (dev and tuning
pairs only, as everything here).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator

from formula_eval import LANGUAGES, language_of, load_pairs, split_of
from score_formulas import SETS, origin

from readoutdiff.compare import compare
from readoutdiff.formulas.origins import origins
from readoutdiff.formulas.words.roles import DETERMINERS, PREPOSITIONS
from readoutdiff.ingest import load

EN_CONJUNCTIONS = frozenset("and or but nor as than that which".split())
EN_ENDS = DETERMINERS | PREPOSITIONS | EN_CONJUNCTIONS
EN_BEFORE = PREPOSITIONS - {"to"}
RU_PREPOSITIONS = frozenset(
    """в во на с со к ко о об обо по за из от до для при без через между над под перед про у
    вокруг среди после""".split()
)
RU_CONJUNCTIONS = frozenset("и а но или что чтобы как также либо ни".split())
RU_VERB = re.compile(r"(?:ли|ла|ло|ть)$")
ZH_EDGES = frozenset("的和与同")
_WORD = re.compile(r"[\w’'-]+")
_GAP = re.compile(r"^\s+$")


def _before(text: str, start: int) -> str:
    """The word right before ``start`` when only spaces stand between ("" otherwise)."""
    m = re.search(r"([\w’'-]+)(\s+)$", text[max(0, start - 60) : start])
    return m.group(1) if m else ""


def _after(text: str, end: int) -> str:
    """The word right after ``end`` when only spaces stand between ("" otherwise)."""
    m = re.match(r"\s+([\w’'-]+)", text[end : end + 60])
    return m.group(1) if m else ""


def _cut_by_words(
    text: str, start: int, end: int, before: frozenset[str], ends: frozenset[str]
) -> tuple[str, list[str]]:
    """ "start" when the word before the wording is one of ``before``, "end" when its last word
    is one of ``ends`` ("" otherwise), with the wording's words (lower case)."""
    words = _WORD.findall(text[start:end].lower())
    if words and _before(text, start).lower() in before:
        return "start", words
    return ("end" if words and words[-1] in ends else ""), words


def cut_en(text: str, start: int, end: int) -> str:
    return _cut_by_words(text, start, end, EN_BEFORE, EN_ENDS)[0]


def cut_ru(text: str, start: int, end: int) -> str:
    found, words = _cut_by_words(
        text, start, end, RU_PREPOSITIONS, RU_PREPOSITIONS | RU_CONJUNCTIONS
    )
    if found or not words:
        return found
    after = _after(text, end).lower()
    verb = RU_VERB.search(words[-1]) and len(words[-1]) > 4
    return "end" if verb and after and after not in RU_CONJUNCTIONS else ""


def cut_zh(text: str, start: int, end: int) -> str:
    from readoutdiff.languages.zh import cut

    wording = text[start:end]
    if not wording:
        return ""
    if wording[0] in ZH_EDGES and len(cut(text[start : start + 6])[0]) == 1:
        return "start"
    if wording[-1] in ZH_EDGES and len(cut(text[end - 1 : end + 5])[0]) == 1:
        return "end"
    lo = start
    while (
        lo > 0
        and not re.match(r"[，。；：、！？\s“”《》（）,;:]", text[lo - 1])
        and start - lo < 40
    ):
        lo -= 1
    hi = end
    while (
        hi < len(text)
        and not re.match(r"[，。；：、！？\s“”《》（）,;:]", text[hi])
        and hi - end < 40
    ):
        hi += 1
    bounds, at = {lo}, lo
    for word in cut(text[lo:hi]):
        at += len(word)
        bounds.add(at)
    if start not in bounds:
        return "start"
    if end not in bounds:
        return "end"
    return ""


TESTS = {"en": cut_en, "ru": cut_ru, "zh": cut_zh}


def wordings(comparison, formula) -> Iterator[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(side, wording, cut) of each reported side of ``formula``."""
    lang = comparison.a.language if comparison.a.language in TESTS else comparison.b.language
    test = TESTS.get(lang)
    for side, readout, spans in (
        ("a", comparison.a, formula.a_spans),
        ("b", comparison.b, formula.b_spans),
    ):
        if not spans or test is None:
            continue
        text = readout.text
        yield side, text[spans[0].start : spans[-1].end], test(text, spans[0].start, spans[-1].end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--show", action="store_true", help="print each cut wording")
    parser.add_argument("--dump", help="write every reported wording as JSON lines")
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    by_step: Counter[tuple[str, str, str]] = Counter()
    rows: list[str] = []
    for name in ("formulas", "outside"):
        for pair in load_pairs(SETS[name]):
            if split_of(pair) != "dev":
                continue
            lang = language_of(pair)
            if args.lang and lang != args.lang:
                continue
            group = "dev" if name == "formulas" else "tuning"
            with origins() as step_of:
                comparison = compare(load(pair.a_path), load(pair.b_path))
                for formula in comparison.formulas:
                    if formula.status.value == "persisted":
                        continue
                    step = step_of(formula)
                    where = origin(formula.id, formula.source.value)
                    for side, wording, cut in wordings(comparison, formula):
                        totals[(group, lang)] += 1
                        if args.dump:
                            rows.append(
                                json.dumps(
                                    {
                                        "pair": pair.name,
                                        "group": group,
                                        "lang": lang,
                                        "status": formula.status.value,
                                        "id": formula.id,
                                        "origin": where,
                                        "step": step,
                                        "side": side,
                                        "wording": wording,
                                        "cut": cut,
                                    },
                                    ensure_ascii=False,
                                )
                            )
                        if not cut:
                            continue
                        counts[(group, lang, cut)] += 1
                        by_step[(lang, formula.status.value, step.split(",")[0] or where)] += 1
                        if args.show:
                            print(
                                f"{group} {lang} {pair.name} {formula.status.value} {side} {cut} [{step}] {wording!r}"
                            )
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            out.writelines(row + "\n" for row in rows)
    for (group, lang), n in sorted(totals.items()):
        s, e = counts[(group, lang, "start")], counts[(group, lang, "end")]
        print(f"{group:7} {lang}: {s + e} cut of {n} wordings (start {s}, end {e})")
    print("by language, status, first step:")
    for key, n in by_step.most_common(40):
        print(f"  {n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
