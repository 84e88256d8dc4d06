"""Count English noise by its KIND, read off the text's shape (nz13).

    python benchmarks/en_noise_kinds.py [--list] [--right]

The same three yardsticks the tool was tuned on least as ``en_noise_steps.py`` (nz12): the
English young dev pairs (``young``), the outside set's tuning part (``tuning``), the English
tuning pairs of the judged noise readouts (``judged``); held-out, fresh and the aside parts are
never read. Every report is judged as its scorer judges it; every report (noise or not) is then
put under the first kind its wordings have, in this order (a test on the text's shape with closed
classes of the language, no word read off the noise):

* ``date``: a digit, a month or week day, a number or ordinal word, a day word ("this afternoon",
  "anniversary");
* ``boilerplate``: a word of the readout's frame, the meeting itself ("spoke", "call",
  "telephone", "visit", "looked forward to speaking", "stay in touch");
* ``cut``: the wording stops or starts where the text's phrase does not (``is_cut``): on a
  function word or a word leaning on those before it (``words.edges.opens_cut`` /
  ``closes_cut``), over a second predicate ("… and welcomed the progress made", ", which would
  advance …"), with a quote left open, after the "of" of a name ("Korea’s …" of "… Republic of
  Korea’s …"), inside a list, on "between X" of "between X and Y", or before a lower-case word
  that goes on with its noun phrase ("… European" of "European energy security");
* ``name``: a capitalised word that does not open its sentence in the readout (a name, title,
  office or place run with the words of the wording: "Climate Crisis", "DPRK ballistic missile
  launches", "Russia's illegal invasion");
* ``generic``: a phrase of three words or fewer said on one side or kept (a generic phrase two
  readouts share by chance: "shared values", "common interest");
* ``replaced``: a *changed* report of none of the kinds above (a replaced phrase that is no
  formula: the brief's "said changed, no event");
* ``other``: the rest (a longer clause said on one side or kept).

The table gives each kind's noise per yardstick, the series its noise stands in, the right
reports of the same kind (a rule for a kind weighs both) and, beside, how many noise reports
*hold* the kind at all (a report can have several; only the first counts in the main columns).
``--list`` prints every noise report under its kind; ``--right`` the right reports too.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from en_noise_steps import english, publisher_of
from formula_eval import judge, verdict
from score_formulas import report_of
from score_noise import NOISE_DIR, tuning_labels

from readoutdiff import compare, load
from readoutdiff.formulas.entries.quotes_cut import two_predicates
from readoutdiff.formulas.words.edges import closes_cut, opens_cut
from readoutdiff.model import Formula, Span

KINDS = ("date", "boilerplate", "cut", "name", "generic", "replaced", "other")
"""The kinds, in the order a report is put under the first it has."""

FUNCTION = frozenset(
    """a an and as at by for from in of on or so than that the to which with who whom whose its
    their his her our your this these those be is are was were will would can could should
    may might must has have had not nor but if""".split()
)
"""English function words (the closed class): a wording opening or closing on one was cut."""

DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    morning afternoon evening week weeks month months year years anniversary annual
    one two three four five six seven eight nine ten eleven twelve twenty hundred thousand
    million billion first second third fourth fifth sixth seventh eighth ninth tenth""".split()
)
"""Dates, numbers and days ("May" the month: a capitalised "May" opening a wording is rare)."""

FRAME_WORDS = frozenset(
    """met meet meets meeting meetings spoke speak speaks speaking call calls called phone
    telephone talk talks visit visits visited visiting touch readout counterpart counterparts
    thanked thank forward""".split()
)
"""The readout's frame: the words a readout tells the meeting itself with (who met whom, by
telephone, looking forward to the next talk), not what was said in it."""

_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?:;\n]\W*$")


@dataclass(frozen=True)
class Side:
    """One side's wording and the text it stands in (``start``: its offset, -1 if not found)."""

    wording: str
    text: str
    start: int


def side(wording: str | None, text: str, spans: tuple[Span, ...]) -> Side | None:
    """The side of a report: its wording placed in ``text`` (its first span when the span holds
    the wording, else the wording's first place in the text)."""
    if not wording:
        return None
    if spans and text[spans[0].start : spans[0].end] == wording:
        return Side(wording, text, spans[0].start)
    return Side(wording, text, text.find(wording))


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased.

    >>> words("Russia’s illegal and unjustifiable invasion")
    ['russia’s', 'illegal', 'and', 'unjustifiable', 'invasion']
    """
    return [w.lower() for w in _WORD.findall(text)]


def is_date(s: Side) -> bool:
    """A digit, or a date, number or day word.

    >>> is_date(Side("24 intercontinental ballistic missile launch", "", -1))
    True
    >>> is_date(Side("da Silva this afternoon", "", -1))
    True
    >>> is_date(Side("a first-of-its-kind partnership", "", -1))
    False
    """
    return any(c.isdigit() for c in s.wording) or any(w in DATE_WORDS for w in words(s.wording))


def is_boilerplate(s: Side) -> bool:
    """A word of the readout's frame.

    >>> is_boilerplate(Side("leaders looked forward to speaking", "", -1))
    True
    >>> is_boilerplate(Side("support for the people of Ukraine", "", -1))
    False
    """
    return any(w in FRAME_WORDS for w in words(s.wording))


def opens_sentence(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` opens a sentence (or the text, or a line).

    >>> text = "Leaders met. Climate Crisis talks, then the Climate Crisis."
    >>> opens_sentence(text, 0), opens_sentence(text, 13), opens_sentence(text, 44)
    (True, True, False)
    """
    before = text[max(0, at - 4) : at]
    return at <= 0 or not before.strip() or bool(_SENTENCE_END.search(text[max(0, at - 6) : at]))


def is_name(s: Side) -> bool:
    """A capitalised word (not "I") that does not open its sentence in the readout.

    >>> text = "The Vice President discussed the Climate Crisis. Shared values matter."
    >>> is_name(Side("Climate Crisis", text, text.find("Climate")))
    True
    >>> is_name(Side("Shared values", text, text.find("Shared")))
    False
    """
    for match in _WORD.finditer(s.wording):
        word = match.group()
        if not word[0].isupper() or word == "I":
            continue
        if s.start < 0 or not opens_sentence(s.text, s.start + match.start()):
            return True
    return False


PREPOSITIONS = frozenset(
    """about across after against along amid among around before behind below beneath beside
    between beyond despite during into like near over past since through throughout toward
    towards under until upon via within without again also further""".split()
)
"""English prepositions and adverbs a phrase can end before (closed classes)."""

_NEXT_WORD = re.compile(r" ([A-Za-z][\w’'-]*)")


def is_cut(s: Side) -> bool:
    """The wording stops or starts where the text's phrase does not: it opens or ends on a
    function word or a word leaning on the words before it (``words.edges``), its quotes or
    brackets are unbalanced, it runs over a second predicate, it opens after the "of" of a
    name or inside a list after its comma, it ends on "between X" the text goes on from with
    "and", or the text goes on with its noun phrase (a lower-case word that is no function
    word, preposition, verb or adverb form).

    >>> is_cut(Side("strong bond between the UK", "", -1))
    False
    >>> text = "the strong bond between the UK and South Africa."
    >>> is_cut(Side("strong bond between the UK", text, 4))
    True
    >>> is_cut(Side("bring a “first of a kind", "", -1)), is_cut(Side("for the Mexican people", "", -1))
    (True, True)
    >>> is_cut(Side("strength of the relationship and welcomed the progress made", "", -1))
    True
    >>> text = "to advance European energy security."
    >>> is_cut(Side("advance European", text, 3)), is_cut(Side("Russia’s illegal invasion", "", -1))
    (True, False)
    """
    w = s.wording
    said = words(w)
    if not said:
        return False
    if said[0] in FUNCTION or said[-1] in FUNCTION or opens_cut(w) or closes_cut(w):
        return True
    if w.count("“") != w.count("”") or w.count("(") != w.count(")") or w.count('"') % 2:
        return True
    if two_predicates(w):  # the rule of quotes_cut: on its tree, no report is left with one
        return True
    if s.start < 0:
        return False
    before = s.text[max(0, s.start - 40) : s.start]
    after = s.text[s.start + len(w) : s.start + len(w) + 40]
    if w[0].isupper() and re.search(r"[A-Z][\w’'-]* of (?:the )?$", before):
        return True  # "Korea’s …" of "the Democratic People’s Republic of Korea’s …"
    if before.endswith(", ") and re.match(r"[\w’'-]+,? (?:and|or) ", w):
        return True  # "security, and finance challenges" of "economic, security, and …"
    between = "between" in said and "and" not in said[said.index("between") :]
    if between and after.startswith(" and "):
        return True  # "between the UK" of "between the UK and South Africa"
    nxt = _NEXT_WORD.match(after)
    if nxt:
        word = nxt.group(1)
        return (
            word[0].islower()
            and word.lower() not in FUNCTION
            and word.lower() not in PREPOSITIONS
            and not word.endswith(("ed", "ing", "ly", "s"))
        )
    return False


TESTS = {"date": is_date, "boilerplate": is_boilerplate, "cut": is_cut, "name": is_name}


def kinds_of(status: str, sides: list[Side]) -> list[str]:
    """Every kind a report has, in :data:`KINDS` order (``generic``, ``replaced`` and ``other``
    only when none of the shape tests holds).

    >>> text = "Both sides noted their common interest."
    >>> kinds_of("dropped", [Side("common interest", text, text.find("common"))])
    ['generic']
    >>> kinds_of("changed", [Side("strategic partnership", "", -1),
    ...                      Side("new strategic partnership", "", -1)])
    ['replaced']
    """
    found = [kind for kind, test in TESTS.items() if any(test(s) for s in sides)]
    if found:
        return found
    if status == "changed":
        return ["replaced"]
    if all(len(words(s.wording)) <= 3 for s in sides):
        return ["generic"]
    return ["other"]


@dataclass(frozen=True)
class Row:
    """One judged report: yardstick, series, publisher, label, status, wordings and kinds."""

    yardstick: str
    series: str
    publisher: str
    label: str
    status: str
    a: str | None
    b: str | None
    kinds: tuple[str, ...]
    sides: tuple[Side, ...] = ()


def _row(name: str, a_file: str, f: Formula, label: str, a_text: str, b_text: str) -> Row:
    sides = [
        s
        for s in (side(f.a_text, a_text, f.a_spans), side(f.b_text, b_text, f.b_spans))
        if s is not None
    ]
    return Row(name, a_file.split("__", 1)[0], publisher_of(a_file), label, f.status.value,
               f.a_text, f.b_text, tuple(kinds_of(f.status.value, sides)), tuple(sides))  # fmt: skip


def rows() -> Iterator[Row]:
    """Every judged report of the three yardsticks, with its kinds."""
    for name, set_name, split in (("young", "formulas", "young"), ("tuning", "outside", "dev")):
        for pair in english(set_name, split):
            comparison = compare(load(pair.a_path), load(pair.b_path))
            made = [(report_of(comparison, f), f) for f in comparison.formulas]
            reports = [report for report, _ in made]
            by_report = {id(report): f for report, f in made}
            for judged in judge(pair, reports).judged:
                said = verdict(judged)
                label = {"wrong fate": "wrong"}.get(said, said)
                f = by_report[id(judged.report)]
                yield _row(name, pair.a_path.name, f, label, comparison.a.text, comparison.b.text)

    def in_english(pair: dict[str, object]) -> bool:
        return not str(pair["a"]).endswith(("__cctv.txt", "__kremlin.txt"))

    texts: dict[str, str] = {}
    for _, a, b, f, label in tuning_labels(in_english):
        for file in (a, b):
            if file not in texts:
                texts[file] = load(Path(NOISE_DIR) / file).text
        yield _row("judged", a, f, label, texts[a], texts[b])


def table(found: list[Row]) -> list[str]:
    """Per kind: noise per yardstick, all, the series its noise stands in, the right reports of
    the kind, and the noise reports holding the kind at all."""
    noise: dict[str, Counter[str]] = defaultdict(Counter)
    right: Counter[str] = Counter()
    holds: Counter[str] = Counter()
    series: dict[str, set[str]] = defaultdict(set)
    for row in found:
        first = row.kinds[0]
        if row.label == "noise":
            noise[first][row.yardstick] += 1
            series[first].add(f"{row.yardstick}:{row.series}")
            holds.update(row.kinds)
        elif row.label == "right":
            right[first] += 1
    names = ("young", "tuning", "judged")
    total = Counter({n: sum(noise[k][n] for k in KINDS) for n in names})
    lines = ["| kind | young | tuning | judged | noise, all | series | right reports | noise holding it |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for kind in KINDS:
        all_ = sum(noise[kind].values())
        lines.append(
            f"| {kind} | {' | '.join(str(noise[kind][n]) for n in names)} | {all_} "
            f"| {len(series[kind])} | {right[kind]} | {holds[kind]} |"
        )
    lines.append(
        f"| all | {' | '.join(str(total[n]) for n in names)} | {sum(total.values())} "
        f"| {len(set().union(*series.values()))} | {sum(right.values())} | |"
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="every noise report under its kind")
    parser.add_argument("--right", action="store_true", help="with --list, the right ones too")
    args = parser.parse_args()
    found = list(rows())
    print("\n".join(table(found)))
    if args.list:
        shown = ("noise", "right") if args.right else ("noise",)
        for kind in KINDS:
            listed = [r for r in found if r.kinds[0] == kind and r.label in shown]
            if listed:
                print(f"\n## {kind}")
            for r in listed:
                also = f" (also {', '.join(r.kinds[1:])})" if len(r.kinds) > 1 else ""
                print(f"- {r.label} {r.yardstick} {r.series} ({r.publisher}): "
                      f"{r.status} {r.a!r} -> {r.b!r}{also}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
