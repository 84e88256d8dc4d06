"""benchmarks/lexicon_evidence.py: the corpus counts behind the US lexicon entries."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import lexicon_evidence as evidence
from build_background import _EXCLUDED, EXCLUDED, Source

from readoutdiff.formulas.lexicon.lexicon import builtin

ROOT = Path(__file__).resolve().parent.parent

# Real sentences of White House readouts (bidenwhitehouse.archives.gov), outside the evaluation series.
OMAN = "President Biden thanked Sultan Haitham for his personal leadership and support for the UN-mediated truce in Yemen."
QATAR = "They discussed the importance of planning for the day after the fighting ends in Gaza."
JORDAN = "The President reiterated the importance of protecting civilian lives and respecting international humanitarian law."


def _corpus(*readouts: tuple[str, str]) -> list[tuple[Source, str]]:
    sources = [Source(f"r{i}", "", who, text) for i, (who, text) in enumerate(readouts)]
    return [(s, evidence.normalise(s.text)) for s in sources]


def test_wordings_match_across_case_hyphens_possessives_and_plurals() -> None:
    text = evidence.normalise("They condemned Russia’s Full-Scale invasions of Ukraine.")
    assert text == " they condemned russia full scale invasions of ukraine "
    assert evidence.pattern("Russia's full-scale invasion").search(text)
    assert not evidence.pattern("Russia's invasion").search(text)


def test_count_is_per_readout_and_per_counterpart() -> None:
    corpus = _corpus(
        ("oman", OMAN), ("oman", OMAN + " " + OMAN), ("qatar", QATAR), ("jordan", JORDAN)
    )
    assert evidence.count(corpus, ["truce in Yemen"]) == evidence.Count(2, 1, "r0")
    assert evidence.count(
        corpus, ["truce in Yemen", "day after the fighting ends"]
    ) == evidence.Count(3, 2, "r0")
    assert evidence.count(corpus, ["immediate ceasefire"]) == evidence.Count(0, 0, "")


def test_report_marks_an_entry_below_the_thresholds() -> None:
    three = _corpus(
        ("oman", OMAN), ("qatar", "Support for the truce in Yemen."), ("saudi arabia", OMAN)
    )
    lines = evidence.report(three, ["yemen-truce"], [])
    assert lines[0].split() == ["3", "3", "yemen-truce"]
    assert lines[1].split()[:2] == ["3", "3"] and lines[2].split()[:2] == ["2", "2"]
    low = evidence.report(three[:2], ["yemen-truce"], ["day after the fighting ends in Gaza"])
    assert low[0].split() == ["2", "2", "yemen-truce", "LOW"]
    assert low[-1].split()[:2] == ["0", "0"]


def test_no_readout_named_in_the_lexicon_is_of_an_evaluation_or_reserved_series() -> None:
    readouts = [
        e for e in builtin().entries if "readout" in e.seen_in.lower() or "state.gov/" in e.seen_in
    ]
    assert len(readouts) >= 60
    assert [e.id for e in readouts if _EXCLUDED.search(e.seen_in.replace("-", " "))] == []


def _page(address: str) -> str:
    """An address without its scheme, ``www.`` and closing slash, in lower case."""
    address = re.sub(r"^https?://(www\.)?", "", address.lower())
    return address.rstrip("/.,;")


def test_no_page_named_in_the_lexicon_in_any_language_is_a_page_of_the_evaluation_set() -> None:
    # The English corpus leaves out the English series' counterparts by name (above); the
    # Chinese and Russian wordings are kept apart from the Chinese and Russian series' texts here.
    sources = (ROOT / "eval" / "formulas" / "SOURCES.md").read_text(encoding="utf-8")
    evaluated = {_page(a) for a in re.findall(r"https?://[^\s)`>\]]+", sources)}
    assert len(evaluated) >= 100 and any("kremlin.ru" in a for a in evaluated)
    lexicon = ROOT / "src" / "readoutdiff" / "data" / "formulas.toml"
    entries = tomllib.loads(lexicon.read_text(encoding="utf-8"))["formula"]
    named = [
        (entry["id"], key, _page(address))
        for entry in entries
        for key in ("seen_in", "zh_seen_in", "ru_seen_in")
        for address in re.findall(r"https?://[^\s)]+", entry.get(key, ""))
    ]
    assert {key for _, key, _ in named} == {"seen_in", "zh_seen_in", "ru_seen_in"}
    assert [(i, page) for i, _, page in named if page in evaluated] == []


def test_since_picks_the_entries_an_older_lexicon_lacks() -> None:
    entries = builtin().entries
    old = "".join(f'[[formula]]\nid = "{e.id}"\ntext = "x"\n' for e in entries[1:-1])
    assert evidence.added_since(old) == [entries[0].id, entries[-1].id]
    assert evidence.added_since(old + f'[[formula]]\nid = "{entries[0].id}"\ntext = "x"\n') == [
        entries[-1].id
    ]


def test_a_two_member_list_counts_alone_only_outside_a_longer_list() -> None:
    corpus = _corpus(
        ("ireland", "Their efforts to provide economic, security, and humanitarian assistance."),
        ("finland", "Their efforts to provide security and humanitarian assistance to Ukraine."),
        ("sweden", "Sweden’s extensive humanitarian and security assistance to Ukraine."),
    )
    both = "security and humanitarian assistance"
    assert evidence.count(corpus, [both]) == evidence.Count(2, 2, "r0")
    assert evidence.alone(corpus, both) == evidence.Count(1, 1, "r1")
    assert evidence.listed(both) and not evidence.listed("security, economic, and humanitarian")
    lines = evidence.report(corpus, ["security-and-humanitarian-assistance"], [])
    assert lines[1].split()[:2] == ["2", "2"] and lines[1].endswith("(alone: 1 1)")


# The US entries below the thresholds (3 readouts of 3 counterparts) when the record was first
# written (l14): earlier sessions took them from speeches, fact sheets or joint statements. The set
# may only shrink; every other US entry must meet the thresholds without the evaluation series.
EARLIER_LOW = set(
    """
bloc-confrontation no-limits-friendship six-assurances unilateral-status-quo-changes
indivisible-security legally-binding-guarantees nato-expansion special-military-operation
new-territorial-realities minsk-agreements normandy-format responsibly-manage-competition
competition-not-conflict no-new-cold-war open-lines-of-communication common-sense-guardrails cbdr
global-south us-does-not-support-ti peaceful-resolution-cross-strait nuclear-war-cannot-be-won
afghan-led-zh objective-impartial-position maximum-pressure de-risking-not-decoupling
small-yard-high-fence invest-align-compete decisive-decade inflection-point
foreign-policy-middle-class linchpin-alliance-korea extended-deterrence integrated-deterrence
senkaku-article-v genocide-crimes-against-humanity transnational-repression forced-labor
unlawful-maritime-claims arbitral-award-2016 unclos democracy-vs-autocracy america-is-back
america-first peace-through-strength pivot-to-asia b3w strategic-competition
military-to-military-communication compete-vigorously non-market-practices overcapacity
as-long-as-it-takes nothing-about-ukraine-without-ukraine every-inch-nato article-5-sacred
swift-severe-costs comprehensive-global-strategic-partnership global-comprehensive-strategic-alliance
overseas-contingency-operation global-war-on-terror trilateral-cooperation-jk quad-free-open
rules-of-the-road opposes-unilateral-changes responsible-nuclear-rhetoric climate-existential
net-zero-2050 keep-1-5-within-reach fentanyl-cooperation security-guarantees-proposals
code-of-conduct-scs doc-scs global-public-good internationally-recognized-borders might-makes-right
humanitarian-pauses strategic-stability-dialogue stand-with-ukraine
massive-consequences-severe-costs deterrence-and-defense no-forced-displacement
integrated-middle-east just-energy-transition establishment-of-palestinian-state immediate-ceasefire
historic-status-quo-holy-sites war-of-choice revitalized-palestinian-authority
strong-international-response-ukraine afghanistan-peace-negotiations
""".split()
)


def _record() -> tuple[dict[str, str], dict[str, tuple[int, int, list[str]]]]:
    """Return the record's header fields and, per entry, its counts and its wordings."""
    fields: dict[str, str] = {}
    entries: dict[str, tuple[int, int, list[str]]] = {}
    last = ""
    for line in evidence.RECORD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[2:].partition(": ")
            fields[key] = value
        elif line.startswith("      "):
            wording = line.split(None, 2)[2].split("  (alone:")[0]
            entries[last][2].append(wording)
        elif line.strip():
            readouts, counterparts, last = line.split()[:3]
            entries[last] = (int(readouts), int(counterparts), [])
    return fields, entries


def test_the_record_was_counted_without_every_evaluation_and_reserved_series() -> None:
    fields, _ = _record()
    assert fields["excluded"].split("|") == list(EXCLUDED)  # else recount: --write
    for name in ("Xi Jinping", "Putin", "Lavrov", "Wang Yi"):  # REAL-DATA.md's reserved series
        assert _EXCLUDED.search(f"Readout of a call with {name}"), name


def test_the_record_holds_every_us_entry_with_its_current_wordings() -> None:
    us = [e for e in builtin().entries if evidence.US.search(e.seen_in)]
    _, entries = _record()
    assert len(us) >= 150
    assert {e.id: list(e.wordings) for e in us} == {i: w for i, (_, _, w) in entries.items()}


def test_every_us_entry_meets_the_thresholds_without_the_evaluation_series() -> None:
    _, entries = _record()
    low = {
        i for i, (readouts, counterparts, _) in entries.items() if readouts < 3 or counterparts < 3
    }
    assert low - EARLIER_LOW == set()
    assert "day-after-gaza" not in entries and "extremist-settler-violence" not in entries
