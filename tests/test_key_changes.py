"""Key changes: the three to seven changes that lead every output, ranked and quoted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from importlib.resources import files
from itertools import accumulate
from pathlib import Path
from unicodedata import east_asian_width

from jsonschema import Draft202012Validator
from pytest import MonkeyPatch

from readoutdiff import Comparison, Options, compare, from_text, load
from readoutdiff.formulas.keys.key_changes import NO_CHANGE, _formula, _formula_rank, key_changes
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.formulas.keys.key_shared import shared_told
from readoutdiff.formulas.keys.naming import AskedNames
from readoutdiff.languages import zh
from readoutdiff.model import Entry, FormulaStatus, Lexicon
from readoutdiff.render.html import render_html
from readoutdiff.render.jsonout import render_json
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text
from readoutdiff.text.wide import HAN_CHAR

SAMPLES = Path(__file__).parent.parent / "samples"


def samples() -> Comparison:
    return compare(
        load(SAMPLES / "2021-06-28-xi-putin.txt"), load(SAMPLES / "2021-12-15-xi-putin.txt")
    )


def test_samples_lead_with_the_drops_then_the_renewal_change_quoted_with_lines() -> None:
    keys = key_changes(samples())
    assert 3 <= len(keys) <= 7
    renewal = next(k for k in keys if k.formula == "good-neighbor-treaty")
    assert renewal.kind == "formula-changed"
    assert "20th anniversary" in (renewal.a_text or "") and "renewal" in (renewal.b_text or "")
    assert renewal.a_line == 6 and renewal.b_line == 7
    assert (
        "“will hail the 20th anniversary of the signing of the China-Russia Treaty of"
        " Good-Neighborliness and Friendly Cooperation” (A line 6, sentence 1)"
    ) in renewal.summary
    kinds = [k.kind for k in keys]  # the drops lead (kc1), then the changes, then passages
    assert kinds == sorted(
        kinds, key=["formula-dropped", "formula-changed", "passage-dropped"].index
    )
    assert {"formula-changed", "formula-dropped", "passage-dropped"} <= set(kinds)


def test_ranked_formulas_then_passages_and_appeared_only_to_reach_three() -> None:
    a = from_text("We defend core interests. We oppose hegemonism and power politics.")
    b = from_text("We defend core interests. Trade grew fast this year, both said.")
    # The formula went with its whole passage: one entry tells both.
    dropped, added = key_changes(compare(a, b))
    assert (dropped.kind, added.kind) == ("formula-dropped", "passage-added")
    assert dropped.summary.endswith(
        "(A line 1, sentence 2), with its whole passage: “We oppose hegemonism and power politics.”"
    )
    quiet = compare(from_text("We met."), from_text("We met. We uphold true multilateralism."))
    (new,) = key_changes(quiet)  # the new formula is told in its passage, not again after it
    assert new.kind == "passage-added" and new.formula == "true-multilateralism"
    assert new.summary.startswith(
        "Added passage (B line 1, sentence 2), with the new formula “uphold true"
    )
    unheld = compare(
        from_text("We met."), from_text("We met in the spirit of true multilateralism.")
    )
    assert "formula-appeared" in [k.kind for k in key_changes(unheld)]
    assert key_changes(compare(from_text("We met."), from_text("We met."))) == []


def test_key_changes_lead_every_output() -> None:
    comparison = samples()
    first = key_changes(comparison)[0].summary
    text = render_text(comparison)
    assert text.index("Key changes") < text.index("~ A ") and first in text
    markdown = render_markdown(comparison)
    assert markdown.index("### Key changes") < markdown.index("### Formulas")
    assert markdown.index("### Key changes") < markdown.index("### Passages")
    page = render_html(comparison)
    assert page.index('class="keys"') < page.index("<table")
    document = json.loads(render_json(comparison))
    assert list(document).index("key_changes") < list(document).index("alignments")
    assert document["key_changes"][0]["rank"] == 1
    assert document["key_changes"][0]["summary"] == first
    assert {k["kind"] for k in document["key_changes"]} >= {"formula-changed", "passage-dropped"}


def test_a_formula_losing_an_item_of_its_list_is_a_qualifier_removed() -> None:
    lexicon = Lexicon(
        entries=(Entry(id="ssd", text="sovereignty, security and development interests"),)
    )
    options = Options(lexicon=lexicon, mine_formulas=False)
    a = "Both firmly support each other in safeguarding sovereignty, security and development interests."
    b = "Both firmly support each other in safeguarding sovereignty and security interests."
    (key,) = key_changes(compare(from_text(a), from_text(b), options=options))
    assert key.kind == "qualifier-removed" and key.formula == "ssd"
    assert (key.a_text, key.b_text) == ("security and development interests", "security interests")
    # A user's formula known only by its id is never named by the id in a briefing line.
    assert key.summary.startswith("Qualifier removed: “security and development interests”")
    assert "ssd" not in key.summary


EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


@cache
def _eval_pair(a: str, b: str) -> Comparison:
    """Compare two real readouts of the formula evaluation set, by file name (once a module:
    the briefing-line test reads every dev pair, the others some of them again; nothing here
    patches the engine)."""
    return compare(load(EVAL / a), load(EVAL / b))


def test_a_formula_reworded_elsewhere_reads_as_its_own_change() -> None:
    # Real White House readouts: "extended deterrence" goes in a rewritten passage, and B's
    # commitment is told with what it is to (formulas/entries/complement.py): a reworded formula, not
    # only a qualifier removed.
    comparison = _eval_pair(
        "biden-kishida__2023-05-18__wh.txt", "biden-kishida__2023-08-18__wh.txt"
    )
    keys = key_changes(comparison)
    # the three formulas dropped with their passages lead (kc1), then this change
    assert [k.kind for k in keys[:4]] == ["formula-dropped"] * 3 + ["formula-changed"]
    first = keys[3]
    assert first.summary == (
        "Formula reworded: “U.S. extended deterrence commitment”"
        " (A line 3, sentence 2) → “U.S. commitment to the defense of Japan” (B line 5, sentence 2)."
    )


def test_a_kept_formula_that_loses_its_qualifier_is_changed_not_a_variant() -> None:
    # Real White House readouts: "impose severe costs" is said again as "imposing costs on
    # Russia"; both are wordings of one lexicon formula, but "severe" went.
    comparison = _eval_pair(
        "biden-zelenskyy__2022-10-04__wh.txt", "biden-zelenskyy__2022-10-10__wh.txt"
    )
    (costs,) = [f for f in comparison.formulas if f.id == "impose-costs"]
    assert costs.status is FormulaStatus.CHANGED and not costs.variant
    assert (costs.a_text, costs.b_text) == ("impose severe costs", "imposing costs on Russia")
    keys = key_changes(comparison)
    (lighter,) = [k for k in keys if k.kind == "qualifier-removed"]
    assert lighter.summary.startswith(
        "Qualifier removed: “impose severe costs” (A line 3, sentence 3)"
    )
    # One word taken off ranks below a formula dropped outright ("for as long as it takes").
    dropped = next(k for k in keys if k.a_text == "for as long as it takes")
    assert dropped.kind == "formula-dropped" and keys.index(dropped) < keys.index(lighter)


def test_a_changed_phrase_names_the_wording_of_the_formula_it_is_around() -> None:
    root = Path(__file__).resolve().parent.parent / "samples"
    comparison = compare(
        load(root / "2021-06-28-xi-putin.txt"), load(root / "2021-12-15-xi-putin.txt")
    )
    summaries = [k.summary for k in key_changes(comparison)]
    assert any(
        s.startswith(
            "Wording around kept formula “true multilateralism” changed: “jointly safeguarded true"
            " multilateralism”"
        )
        for s in summaries
    )


def test_a_change_in_a_formula_s_slot_shows_the_frame_it_kept() -> None:
    # Real State Department readouts: "hold … accountable" kept, whom it holds changed.
    comparison = _eval_pair(
        "blinken-le-drian__2022-03-22__state.txt", "blinken-le-drian__2022-04-27__state.txt"
    )
    first = key_changes(comparison)[0]
    assert first.formula == "hold-russia-accountable"
    assert first.summary == (
        "Wording inside “hold … accountable” changed: “hold the Russian Federation and Belarus "
        "accountable” (A line 7, sentence 3) → “hold President Putin and his regime accountable” (B line 7, sentence 2)."
    )


def test_a_qualifier_put_into_a_reworded_formula_reads_as_added() -> None:
    # Real State Department readouts (dev pair): "support Ukraine and its sovereignty" gains
    # "and territorial integrity".
    comparison = _eval_pair(
        "sherman-delattre__2022-05-20__state.txt", "sherman-delattre__2022-06-22__state.txt"
    )
    summaries = [k.summary for k in key_changes(comparison)]
    assert (
        "Qualifier added: “support Ukraine and its sovereignty” (A line 7, sentence 1) → “support Ukraine and"
        " its sovereignty and territorial integrity” (B line 7, sentence 1)."
    ) in summaries
    kinds = {k.kind for k in key_changes(comparison) if k.summary.startswith("Qualifier added")}
    assert kinds == {"formula-changed"}  # the JSON vocabulary of kinds is unchanged


def test_words_swapped_for_others_or_only_a_name_changed_is_no_qualifier() -> None:
    # Real readouts (dev pairs): names put where words stood ("North American economic
    # cooperation" → "the United States-Mexico-Canada Agreement") are a rewording, and so is
    # "Putin's ... war" → "its ... war", where no word but a name went.
    swapped = key_changes(
        _eval_pair(
            "biden-lopez-obrador__2022-10-18__wh.txt", "biden-lopez-obrador__2023-01-09__wh.txt"
        )
    )
    usmca = next(k for k in swapped if "North American economic cooperation" in (k.a_text or ""))
    assert usmca.kind == "formula-changed" and usmca.summary.startswith("Formula reworded:")
    renamed = key_changes(
        _eval_pair(
            "sherman-delattre__2022-06-22__state.txt", "sherman-delattre__2022-07-15__state.txt"
        )
    )
    war = next(k for k in renamed if k.a_text == "Putin’s unprovoked and unjustified war")
    assert war.kind == "formula-changed" and war.summary.startswith("Formula reworded:")


def test_a_formula_told_only_through_a_change_around_it_is_named_by_its_words() -> None:
    # Real White House readouts (dev pair): "Article 5 commitment" is only in B, inside the
    # changed phrase; the line names it as B says it, never by its id "article-5-sacred".
    comparison = _eval_pair("biden-duda__2022-03-04__wh.txt", "biden-duda__2022-03-26__wh.txt")
    keys = key_changes(comparison)
    assert (
        "Formula “commitment to Article 5” reworded: “commitment to the security” (A line 3, sentence 2)"
        " → “unwavering commitment to Article 5 and to the security” (B line 3, sentence 5)."
    ) in [k.summary for k in keys]
    ids = {f.id for f in comparison.formulas} | {f.anchor for f in comparison.formulas}
    told = render_text(comparison).split("\n\n")[1] + json.dumps(
        [k["summary"] for k in json.loads(render_json(comparison))["key_changes"]]
    )
    told += render_markdown(comparison).split("### Formulas")[0]
    page = render_html(comparison)
    told += page[page.index('class="keys"') : page.index("<table")]
    assert [i for i in ids if i and i in told] == []


def test_a_wording_inside_a_fuller_key_change_at_the_same_place_is_told_once() -> None:
    # Real State Department readouts (dev pair): A's "steadfast commitment to Ukraine's
    # sovereignty and territorial integrity" is dropped, and so is the lexicon formula inside it.
    comparison = _eval_pair(
        "blinken-stoltenberg__2022-03-22__state.txt", "blinken-stoltenberg__2022-04-06__state.txt"
    )
    summaries = [k.summary for k in key_changes(comparison)]
    fuller = (
        "Dropped formulas “steadfast commitment to Ukraine’s sovereignty and territorial"
        " integrity” and “brutal war of choice” (A line 7, sentence 3), with their whole passage:"
    )
    told = [s for s in summaries if "sovereignty and territorial integrity”" in s]
    assert len(told) == 1 and told[0].startswith(fuller)
    # The inner formula is still in the formula list: only the briefing lines tell it once.
    assert any(f.a_text == "sovereignty and territorial integrity" for f in comparison.formulas)


def test_a_formula_that_is_most_of_its_passage_is_quoted_once() -> None:
    # Real Russian readouts (dev pair japarov-mirziyoyev__2022-07-04): a mined formula is nearly
    # all of a sentence the later readout drops; its line quotes the passage once, not a long
    # wording and then the same wording again (both cut), while a shorter formula is still named.
    # The line names the formula short (u37: "Dropped formula (A line 9)" named none), cut at a
    # word's end past 40 columns but after six words at least (ux14: "подчеркнул, что
    # благодаря…", three Russian words, said too little), so that it says which words of the
    # passage are the formula.
    comparison = _eval_pair(
        "japarov-mirziyoyev__2022-07-04__vb-kg.txt", "japarov-mirziyoyev__2022-07-24__24-kg.txt"
    )
    summaries = [k.summary for k in key_changes(comparison)]
    told = [s for s in summaries if "Каракалпакстане" in s]
    assert told == [
        "Dropped formula “подчеркнул, что благодаря своевременным…” (A line 9), with its whole"
        " passage: “Он"
        " подчеркнул, что благодаря"
        " своевременным, решительным и скоординированным действиям удалось обеспечить"
        " нормализацию ситуации в Каракалпакстане и не допустить…”"
    ]
    assert any(
        s.startswith("Dropped formula “восприняла происходящие события в Узбекистане” (A line 7)")
        for s in summaries
    )
    # The JSON entry still carries the formula's own wording.
    [entry] = [k for k in key_changes(comparison) if "Каракалпакстане" in k.summary]
    assert entry.a_text and entry.a_text.startswith("подчеркнул, что благодаря")
    # Kremlin readouts (dev pair putin-mirziyoyev__2025-02-21): three formulas that are a whole
    # sentence are named short, and a new sentence that is mostly one formula says which.
    kremlin = _eval_pair(
        "putin-mirziyoyev__2025-02-21__kremlin.txt", "putin-mirziyoyev__2025-05-03__kremlin.txt"
    )
    summaries = [k.summary for k in key_changes(kremlin)]
    assert any(
        s.startswith(
            "Dropped formulas “Отмечены существенный рост товарооборота”, “успешная реализация"
            " крупных совместных проектов…” and “продуктивные контакты между регионами” (A line"
            " 5), with"
            " their whole passage: “Отмечены"
        )
        for s in summaries
    )
    assert any(
        s.startswith(
            "Added passage (B line 5), most of it the new formula “Отмечено, в частности,"
            " результативное проведение совместно…”:"
            " “Отмечено, в частности"
        )
        for s in summaries
    )


def test_a_passage_quoted_whole_does_not_name_formulas_that_are_most_of_it_first() -> None:
    # Real Akorda readouts (dev pair tokayev-aliyev__2022-12-24): a mined formula is 119 of a
    # 152-character sentence B drops; the sentence is short enough to quote whole, and naming
    # the formula first said the same 119 characters twice in one line: it is named short.
    comparison = _eval_pair(
        "tokayev-aliyev__2022-12-24__vestikavkaza.txt", "tokayev-aliyev__2024-09-09__orda-kz.txt"
    )
    summaries = [k.summary for k in key_changes(comparison)]
    assert (
        "Dropped formula “заявил о твердой приверженности курсу…” (A line 7), with its whole"
        " passage: “Президент Казахстана также заявил о"
        " твердой приверженности курсу на дальнейшее развитие сотрудничества с Азербайджаном в"
        " духе дружбы и добрососедства.”"
    ) in summaries
    # (the attribution line "Об этом сообщили в пресс-службе …" is no formula since ru14).
    assert not any("пресс-служб" in s for s in summaries)
    # A wish left over from its greeting (branch cnv3: the greeting is paired with B's): the
    # greeting is told reworded in a line of its own, so the passage did not go whole; the wish
    # is named in full, once, and the passage not quoted (ux28; it was named short beside a
    # quote of the whole passage, greeting included).
    assert (
        "Dropped formula “пожелав ему благополучия и дальнейших успехов в ответственной"
        " государственной деятельности” (A line 5), from a passage B says again in part, reworded."
    ) in summaries
    # A short sentence with a shorter formula keeps it named: the name says which words it is
    # (Akorda and Zakon.kz, dev pair tokayev-erdogan__2023-02-06).
    summaries = [
        k.summary
        for k in key_changes(
            _eval_pair(
                "tokayev-erdogan__2023-02-06__caravan.txt", "tokayev-erdogan__2023-06-10__zakon.txt"
            )
        )
    ]
    assert (
        "Added passage (B line 7), with the new formula “обсудили вопросы двустороннего"
        " сотрудничества”: “В ходе беседы лидеры Казахстана и Турции также обсудили вопросы"
        " двустороннего сотрудничества.”"
    ) in summaries
    # The Tajik press service's readouts (dev pair rahmon-lukashenko__2020-05-08): a new
    # sentence that is mostly one formula says so once.
    tajik = _eval_pair(
        "rahmon-lukashenko__2020-05-08__mfa-tj.txt",
        "rahmon-lukashenko__2021-08-30__centralasia-news.txt",
    )
    assert any(
        s.startswith(
            "Added passage (B line 9), most of it the new formula “подчеркнута важность"
            " дальнейшего развития конструктивного сотрудничества…”: “При этом была"
        )
        for s in (k.summary for k in key_changes(tajik))
    )


def test_a_drop_told_by_the_change_around_it_is_not_told_again() -> None:
    # Real White House readouts (dev pair biden-tamim__2024-01-26): "Wording around dropped
    # formula “prolonged humanitarian pause in the fighting” changed" tells the drop; a line
    # "Dropped formula “prolonged humanitarian pause in the fighting”" after it said it again.
    comparison = _eval_pair("biden-tamim__2024-01-26__wh.txt", "biden-tamim__2024-02-29__wh.txt")
    summaries = [k.summary for k in key_changes(comparison)]
    told = [s for s in summaries if "prolonged humanitarian pause in the fighting" in s]
    assert len(told) == 1 and told[0].startswith("Wording around dropped formula"), summaries
    # The formula list still has the drop.
    assert any(
        f.status is FormulaStatus.DROPPED
        and f.a_text == "prolonged humanitarian pause in the fighting"
        for f in comparison.formulas
    )


def test_a_formula_that_is_all_of_its_passage_is_not_named_again() -> None:
    # A formula that is the whole sentence but its full stop: the line quoted it, then the
    # same words again as its passage. The README's example (a formula and a subject) keeps
    # its name.
    a = from_text("我们举行了会谈。明年将迎来两国建交60周年。双方同意加强合作。")
    b = from_text("我们举行了会谈。双方同意加强合作。")
    summaries = [k.summary for k in key_changes(compare(a, b))]
    told = [s for s in summaries if "60周年" in s]
    assert len(told) == 1 and told[0].count("60周年") == 1, summaries


def test_the_formula_list_names_the_formula_a_change_is_around_by_its_words() -> None:
    # The samples' Treaty line and duda 03-04's Article 5 line (a dev pair, the formula only
    # in B) read "around good-neighbor-treaty:" / "around article-5-sacred:" in the text and
    # Markdown formula lists; JSON's "around" keeps the id.
    text, markdown = render_text(samples()), render_markdown(samples())
    treaty = (
        "wording around kept formula “China-Russia Treaty of Good-Neighborliness and Friendly"
        " Cooperation” changed: “will hail"
    )
    assert treaty in text and treaty in markdown
    assert "around good-neighbor-treaty" not in text + markdown
    duda = _eval_pair("biden-duda__2022-03-04__wh.txt", "biden-duda__2022-03-26__wh.txt")
    listed = render_text(duda).split("\nFormulas\n")[1]
    assert "formula “commitment to Article 5” reworded: “commitment to the security”" in listed
    assert "article-5-sacred" not in listed and "impose-costs" not in listed
    assert (
        "wording inside “impose … Russia” changed: “impose severe consequences" in listed
    )  # as above
    arounds = {f["around"] for f in json.loads(render_json(duda))["formulas"]}
    assert "article-5-sacred" in arounds


def test_a_wording_of_names_only_gains_no_qualifier() -> None:
    # Real White House readouts (dev pair): A's wording is all capitalised words, so it has no
    # word of its own that B could qualify; no line says "Qualifier added". (The quote starts
    # after "U.S.-India": formulas/words/edges.py keeps a name's tail out; since acc14 the
    # relationship is told whole with its parties, after every link.) Since f15 the name is not
    # linked to B's "strategic technology partnership between India" (edges.named_apart): it
    # is dropped, as the pair's hand list has it.
    comparison = _eval_pair("biden-modi__2022-05-24__wh.txt", "biden-modi__2023-02-14__wh.txt")
    summaries = [k.summary for k in key_changes(comparison)]
    assert any(
        s.startswith(
            "Dropped formula “U.S.-India Comprehensive Global Strategic Partnership” "
            "(A line 3, sentence 2)"
        )
        for s in summaries
    )
    assert not [
        s for s in summaries if "Global Strategic Partnership" in s and s.startswith("Qualifier")
    ]


def _minor_edits(tmp_path: Path) -> dict[str, tuple[Path, Path]]:
    """The earlier sample readout against itself edited as no formula or passage changes."""
    a = SAMPLES / "2021-06-28-xi-putin.txt"
    text = a.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    edits = {
        "case": text.replace("core interests", "Core Interests"),
        "style": text.replace(", ", ",  ").replace("“", '"').replace("”", '"'),
        "order": "\n\n".join([*paragraphs[:2], paragraphs[3], paragraphs[2], *paragraphs[4:]]),
    }
    for name, edited in edits.items():
        assert edited != text
        (tmp_path / f"{name}.txt").write_text(edited, encoding="utf-8")
    return {name: (a, tmp_path / f"{name}.txt") for name in edits}


def _cli(*args: object) -> str:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args), "--color", "never"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _views(a: Path, b: Path, folder: Path) -> dict[str, str]:
    """The four views of ``a`` against ``b`` from two runs of the command: the terminal view,
    then Markdown on standard output with ``--html`` and ``--json`` written beside it."""
    html, document = folder / f"{a.stem}-{b.stem}.html", folder / f"{a.stem}-{b.stem}.json"
    markdown = _cli(a, b, "-f", "markdown", "--html", html, "--json", document)
    return {
        "text": _cli(a, b),
        "markdown": markdown,
        "html": html.read_text(encoding="utf-8"),
        "json": document.read_text(encoding="utf-8"),
    }


def test_a_minor_only_pair_says_what_changed_in_every_output(tmp_path: Path) -> None:
    """No formula and no passage changed, so no ranked change: one line says what did, in the
    terminal, Markdown, HTML and JSON alike (JSON valid against the packaged schema)."""
    expected = {
        "case": "Only capitalisation changed: “core interests” → “Core Interests” (A line 6, sentence 5 → B line 6, sentence 5).",
        "style": "Only spacing, quotes or dashes changed: 20 passages spaced or punctuated otherwise (first A line 4, sentence 1 → B line 4, sentence 1), in the same words.",
        "order": "Only the order changed: 3 passages moved (first A line 8, sentence 1 → B line 6, sentence 1).",
    }  # fmt: skip
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    )
    documents = {}
    for name, (a, b) in _minor_edits(tmp_path).items():
        summary = expected[name]
        views = _views(a, b, tmp_path)
        assert f"Key changes\n  1. {summary}\n" in views["text"], name
        assert f"### Key changes\n\n1. {summary}\n" in views["markdown"], name
        html = views["html"]
        assert '<a class="at" href="#r' in html, name  # each place links to its passage's row
        unlinked = re.sub(r'<a class="at" href="#r\d+">(.*?)</a>', r"\1", html)
        assert f'<h2 id="keys-h">Key changes</h2>\n<ol>\n<li>{summary}</li>' in unlinked, name
        documents[name] = document = json.loads(views["json"])
        Draft202012Validator(schema).validate(document)
        assert [(k["kind"], k["summary"]) for k in document["key_changes"]] == [
            ("minor-only", summary)
        ]
    case = documents["case"]["key_changes"][0]
    assert (case["a"], case["b"], case["a_line"], case["b_line"], case["formula"]) == (
        "core interests", "Core Interests", 6, 6, None,
    )  # fmt: skip


def test_identical_readouts_say_that_nothing_changed_in_every_view() -> None:
    """A readout against itself printed no key-changes line at all, and a reader could not
    tell "nothing changed" from "nothing looked at": every view now says it in one line where
    the key changes would be; JSON keeps an empty list (the counts say the rest)."""
    same = SAMPLES / "2021-06-28-xi-putin.txt"
    assert f"\nKey changes\n  {NO_CHANGE}\n\n= A 2 → B 2" in _cli(same, same)
    markdown = _cli(same, same, "-f", "markdown")
    assert f"\n### Key changes\n\n{NO_CHANGE}\n\n### Formulas\n" in markdown
    html = _cli(same, same, "-f", "html")
    assert f'<h2 id="keys-h">Key changes</h2>\n<p class="none">{NO_CHANGE}</p>' in html
    assert html.index('class="keys"') < html.index("<table")
    assert json.loads(_cli(same, same, "-f", "json"))["key_changes"] == []


def test_two_language_versions_that_say_the_same_open_with_that(tmp_path: Path) -> None:
    """The English and the Chinese (or Russian) version of one call, every passage paired and
    no formula changed: the key changes were empty, so an analyst could not tell "nothing to
    say" from "not looked at". The one line says that only the language differs, that every
    passage has its counterpart, and how many formulas both keep (real eval/bilingual pairs)."""
    bilingual = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
    expected = {
        "wangyi-jaishankar__2021-02-25__mfa": (
            "wangyi-jaishankar__2021-02-25__mfa-zh",
            "Only the language differs: A is in English, B in Chinese; every passage has its"
            " counterpart (10 pairs, none only in A or only in B), and the formula both name"
            " is kept.",
        ),
        "lukashenko-putin__2023-11-01__belta": (
            "lukashenko-putin__2023-11-01__presidentby-ru",
            "Only the language differs: A is in English, B in Russian; every passage has its"
            " counterpart (6 pairs, none only in A or only in B).",
        ),
    }
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    )
    for a_name, (b_name, summary) in expected.items():
        a, b = bilingual / f"{a_name}.txt", bilingual / f"{b_name}.txt"
        views = _views(a, b, tmp_path)
        assert f"Key changes\n  1. {summary}\n" in views["text"], a_name
        assert f"### Key changes\n\n1. {summary}\n" in views["markdown"], a_name
        assert f"<li>{summary}</li>" in views["html"], a_name
        document = json.loads(views["json"])
        Draft202012Validator(schema).validate(document)
        assert [
            (k["kind"], k["summary"], k["a_line"], k["b_line"]) for k in document["key_changes"]
        ] == [("minor-only", summary, None, None)]
    # The same call in two languages with a passage one version lacks keeps its ranked changes.
    changed = key_changes(
        compare(
            load(bilingual / "xi-trump__2018-12-29__xinhua.txt"),
            load(bilingual / "xi-trump__2018-12-29__xinhua-zh-hant.txt"),
        )
    )
    assert changed[0].kind == "passage-added" and "language" not in changed[0].summary


def test_two_language_versions_with_a_passage_one_lacks_close_with_the_languages(
    tmp_path: Path,
) -> None:
    """The Russian and the English version of one call where the Russian holds one passage
    the English lacks (BelTA's headline kicker): the key changes listed that passage alone, and
    the line saying that the rest is a translation went, so a reader of the first paragraph
    learned neither that the two are in two languages nor how much pairs. A last line now
    says it, counting every passage paired and only in A or only in B, in every view."""
    bilingual = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
    a = bilingual / "lukashenko-putin__2022-07-11__belta-ru.txt"
    b = bilingual / "lukashenko-putin__2022-07-11__presidentby.txt"
    last = (
        "A is in Russian, B in English; 7 passages paired across the languages, 1 only in A,"
        " none only in B, and the formula both name is kept."
    )
    views = _views(a, b, tmp_path)
    assert f"\n  2. {last}\n" in views["text"]
    assert f"\n2. {last}\n" in views["markdown"]
    assert f"<li>{last}</li>" in views["html"]
    document = json.loads(views["json"])
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    )
    Draft202012Validator(schema).validate(document)
    assert [(k["kind"], k["a_line"]) for k in document["key_changes"]] == [
        ("passage-dropped", 1),
        ("minor-only", None),
    ]
    assert document["key_changes"][-1]["summary"] == last
    # The two sides' readouts of one call in one language (PRC MFA and White House): no such line.
    sides = key_changes(
        compare(
            load(bilingual / "xi-trump__2017-10-25__mfa.txt"),
            load(bilingual / "xi-trump__2017-10-25__wh.txt"),
        )
    )
    assert sides and not any(" is in " in k.summary for k in sides)


def test_minor_only_never_compares_alignments_field_by_field(monkeypatch: MonkeyPatch) -> None:
    # minor_only split the changed passages with "x not in case": the dataclass equality of
    # every pair of them, 2.3 s for a 3,000-sentence readout whose capitals changed.
    from readoutdiff.model import Alignment

    a = " ".join(f"Delegation {i} visited the lake number {i} on day {i}." for i in range(300))
    b = a.replace(" visited ", " Visited ")
    comparison = compare(from_text(a), from_text(b))

    def refuse(self: Alignment, other: object) -> bool:
        raise AssertionError("alignments compared field by field")

    monkeypatch.setattr(Alignment, "__eq__", refuse)
    (change,) = key_changes(comparison)
    assert change.kind == "minor-only"
    assert change.summary.startswith("Only capitalisation changed: 300 passages, first “visited”")
    assert (change.a_text, change.b_text) == ("visited", "Visited")


def test_a_formula_dropped_with_its_whole_passage_is_told_once_with_it() -> None:
    # Real White House readouts (dev pair): "hold Russia accountable" went with the sentence
    # that held it; one entry tells both, and no passage entry quotes that sentence again. The
    # sentence's "security and economic assistance to Ukraine" is told reworded in a line of its
    # own, so the drop's line says the passage did not go whole and does not quote it (ux28:
    # it quoted "…and provide security and economic assistance to Ukraine." as gone whole).
    comparison = _eval_pair("biden-scholz__2022-10-09__wh.txt", "biden-scholz__2022-11-06__wh.txt")
    first, second, *rest = key_changes(comparison)
    assert first.kind == "formula-dropped" and first.a_text == "hold Russia accountable"
    assert first.summary == (
        "Dropped formula “hold Russia accountable” (A line 3, sentence 2), from a passage B says"
        " again in part, reworded."
    )
    assert second.kind == "formula-changed"
    assert second.a_text == "security and economic assistance to Ukraine"
    rest = [second, *rest]
    assert not [k for k in rest if "attempted annexation" in k.summary]
    assert not [k for k in rest if "ongoing commitment to hold Russia" in k.summary]


def test_the_formulas_of_one_dropped_passage_are_one_entry() -> None:
    # Real White House readouts (dev pair): two climate formulas went in one sentence.
    comparison = _eval_pair(
        "biden-trudeau__2021-04-21__wh.txt", "biden-trudeau__2021-08-02__wh.txt"
    )
    keys = key_changes(comparison)
    climate = [k for k in keys if "addressing climate change" in k.summary]
    assert len(climate) == 1 and climate[0].summary.startswith(
        "Dropped formulas “leadership on the climate crisis” and “addressing climate change”"
        " (A line 3, sentence 2), with their whole passage: “The President applauded Canada’s"
    )
    assert (climate[0].kind, climate[0].a_text) == (
        "formula-dropped",
        "leadership on the climate crisis",
    )
    # JSON keeps every formula the line tells, by id, and stays valid against the schema.
    document = json.loads(render_json(comparison))
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    )
    Draft202012Validator(schema).validate(document)
    (entry,) = [k for k in document["key_changes"] if k["summary"] == climate[0].summary]
    dropped = {f["id"]: f["a"] for f in document["formulas"] if f["status"] == "dropped"}
    assert entry["formula"] == entry["formulas"][0] and len(entry["formulas"]) == 2
    assert [dropped[i] for i in entry["formulas"]] == [
        "leadership on the climate crisis",
        "addressing climate change",
    ]


def test_new_formulas_of_an_added_passage_are_named_in_it_not_again_after_it() -> None:
    # Real White House readouts (dev pair): "for as long as it takes" came in a new sentence.
    comparison = _eval_pair(
        "biden-zelenskyy__2022-08-25__wh.txt", "biden-zelenskyy__2022-10-04__wh.txt"
    )
    keys = key_changes(comparison)
    added = next(k for k in keys if k.kind == "passage-added")
    assert added.summary.startswith(
        "Added passage (B line 3, sentence 2), with the new formulas “as it defends itself from Russian"
        " aggression” and “for as long as it takes”: “President Biden pledged"
    )
    assert [k for k in keys if "for as long as it takes" in k.summary] == [added]
    # cnv5: A's congratulation on Independence Day, said in A only, is a dropped formula now
    # (convention (e)) and leads, with its whole passage; "impose severe costs" falls below.
    assert {k.kind for k in keys} == {"passage-added", "passage-dropped", "formula-dropped"}


def test_two_changes_overlapping_on_both_sides_are_told_once_in_both_wordings() -> None:
    # Real White House readouts (dev pairs): the hostage formula and the effort around it were
    # two changed entries over the same words; an analyst reads one change.
    for a, b, was, now in (
        (
            "biden-sisi__2023-10-29__wh.txt", "biden-sisi__2023-11-22__wh.txt",
            "continuing efforts to secure the release of hostages",
            "efforts to reach a deal for the release of hostages held by Hamas",
        ),
        (
            "biden-sisi__2023-11-22__wh.txt", "biden-sisi__2024-01-26__wh.txt",
            "efforts to reach a deal for the release of hostages held by Hamas",
            "efforts to secure the release of all remaining hostages held by Hamas",
        ),
    ):  # fmt: skip
        keys = key_changes(_eval_pair(a, b))
        hostages = [k for k in keys if k.kind.startswith(("formula", "qualifier"))]
        hostages = [k for k in hostages if "release of" in f"{k.a_text} {k.b_text}"]
        assert [(k.a_text, k.b_text) for k in hostages] == [(was, now)], a
        assert f"“{was}” (A line 3, sentence " in hostages[0].summary, a  # a one-line body
        assert f"→ “{now}” (B line 3, sentence " in hostages[0].summary, a


def test_one_word_swapped_ranks_below_drops_and_passages() -> None:
    # Real White House readouts (dev pair): "support for" → "commitment to" ASEAN centrality
    # led the block above the Taiwan Strait and Russia formulas dropped outright. It now comes
    # after them, told in the line of the new passage it stands in.
    keys = key_changes(
        _eval_pair("biden-albanese__2022-11-13__wh.txt", "biden-albanese__2023-03-13__wh.txt")
    )
    kinds = [k.kind for k in keys]
    (asean,) = [i for i, k in enumerate(keys) if "support for ASEAN centrality" in k.summary]
    # The two formulas dropped first (kc1), then the climate formula reworded (a wording the
    # lexicon knows on both sides since acc12), which tells the new passage; the ASEAN swap is
    # told on its own line, last.
    assert kinds[:3] == ["formula-dropped", "formula-dropped", "formula-changed"]
    assert "climate" in keys[2].summary
    assert "resolved to confront climate change" in keys[2].summary  # (u42) its clause
    assert kinds[asean] == "formula-changed" and asean == len(keys) - 1
    assert keys[asean].summary == (
        "Formula reworded: “support for ASEAN centrality” (A line 3, sentence 2) → “commitment to"
        " ASEAN centrality” (B line 3, sentence 4)."
    )
    taiwan = next(k for k in keys if k.a_text == "peace and stability across the Taiwan Strait")
    assert keys.index(taiwan) < asean


def test_a_formula_reworded_out_of_a_passage_or_into_a_new_one_is_told_with_it() -> None:
    # Real readouts (dev pairs): the reworded formula's new wording stands in a new sentence,
    # which was also quoted whole two lines below; now one line tells both, and the passage
    # place goes to another new passage.
    albanese = key_changes(
        _eval_pair("biden-albanese__2022-05-24__wh.txt", "biden-albanese__2022-11-13__wh.txt")
    )
    assert albanese[0].kind == "formula-dropped"  # the congratulations dropped lead (kc1)
    first = albanese[1]
    assert first.summary.startswith(
        "Formula reworded: “existential threat posed by climate change” (A line 3, sentence 6) → “leadership"
        " in tackling the climate crisis” (B line 3, sentence 6); now said in a new passage: “President Biden"
        " thanked Prime Minister Albanese for his leadership"
    )
    assert [k for k in albanese if "Albanese for his leadership" in k.summary] == [first]
    # Both sides in passages of their own (gov.uk): A's passage first, then B's, each once.
    johnson = key_changes(
        _eval_pair(
            "johnson-zelenskyy__2022-03-20__gov-uk.txt", "johnson-zelenskyy__2022-03-23__gov-uk.txt"
        )
    )
    bravery = [k for k in johnson if "bravery" in k.summary]
    assert len(bravery) == 1 and bravery[0].kind == "formula-changed"
    told = bravery[0].summary
    assert told.index("; said in a passage B drops: “The Prime Minister expressed") < told.index(
        "; now said in a new passage: “…and the Prime Minister reiterated his admiration for the"
        " bravery of the Ukrainian armed forces"  # (u42) the clause that holds B's wording
    )


def test_quotes_are_in_plain_spaces_in_every_output() -> None:
    # The later sample writes "acted as the bulwark" with en spaces (U+2002); a briefing line
    # copied from the key changes has ordinary spaces, in the summary and in JSON's a/b.
    comparison = samples()
    bulwark = next(k for k in key_changes(comparison) if "bulwark" in (k.b_text or ""))
    assert "\u2002" in comparison.b.text
    assert bulwark.b_text == "acted as the bulwark of following true multilateralism"
    assert (
        "“acted as the bulwark of following true multilateralism” (B line 9, sentence 6)"
        in bulwark.summary
    )
    document = json.loads(render_json(comparison))
    assert not [k for k in document["key_changes"] if "\u2002" in json.dumps(k, ensure_ascii=False)]


def _dev_pairs() -> list[tuple[str, str]]:
    """The dev pairs of the formula evaluation set (never a held-out or fresh one)."""
    import tomllib

    pairs = []
    for toml in sorted((EVAL / "pairs").glob("*.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        if data.get("heldout") is False:
            pairs.append((data["a"], data["b"]))
    return pairs


def test_every_key_change_of_the_dev_pairs_reads_as_a_briefing_line() -> None:
    """On every dev pair: 3 to 7 entries where anything changed, each quoting with the line
    numbers it carries; a quoted passage cut only after a whole word ("Co-Chairs" and
    "COVID-19" are not cut at their hyphen); no two entries about the same wordings."""
    pairs = _dev_pairs()
    assert len(pairs) >= 40
    for a, b in pairs:
        comparison = _eval_pair(a, b)
        keys = key_changes(comparison)
        assert 1 <= len(keys) <= 7, a
        for key in keys:
            for side, line in (("A", key.a_line), ("B", key.b_line)):
                assert line is None or f"{side} line {line}" in key.summary, (a, key.summary)
            assert key.a_line or key.b_line, (a, key.summary)
            if key.summary.endswith("…”"):
                texts = [" ".join(x.a_text.split()) for x in comparison.alignments]
                texts += [" ".join(x.b_text.split()) for x in comparison.alignments]
                # The quoted passage may itself hold a quote (harris-marcos: a “123” civil
                # nuclear cooperation agreement), written ‘123’ inside the key change's quote:
                # its opening mark is the last “ whose rest begins a passage.
                inner = str.maketrans("“”", "‘’")
                texts = [t.translate(inner) for t in texts]
                opens = [i for i, mark in enumerate(key.summary) if mark == "“"]
                cuts = [key.summary[i + 1 : -2].translate(inner) for i in reversed(opens)]
                cuts = [c.removeprefix("…") for c in cuts]  # (u42) from a clause: "…" before it
                cut, full = next((c, t) for c in cuts for t in texts if c in t)
                full = full[full.index(cut) :]
                after = full[len(cut) : len(cut) + 2]
                if HAN_CHAR().match(cut[-1]) and HAN_CHAR().match(after[0]):  # no spaces
                    ends = set(accumulate(len(word) for word in zh.cut(full)))
                    assert len(cut) in ends, (a, key.summary)  # after a segmenter's word
                    continue
                assert not after[0].isalnum(), (a, key.summary)
                assert not (after[0] in "-’'./" and after[1:].isalnum()), (a, key.summary)
        wordings = [(k.a_text, k.b_text) for k in keys]
        assert len(set(wordings)) == len(wordings), a
        for key in keys:  # no line quotes a long wording and then the passage holding it
            quoted = re.findall(r"“([^”]+)”", key.summary)
            long = [q for q in quoted if columns(q) > 80]
            assert not [q for q in long for p in quoted if q != p and q in p], (a, key.summary)


def test_a_pair_with_few_changes_still_opens_with_three_lines() -> None:
    # Real White House readouts (dev pairs): an earthquake call, then a congratulation; no
    # formula changed, three passages went and two came: a third line fills the block (since
    # cnv5 the congratulation on the re-election, said in B only, a new formula: convention
    # (e)), and new formulas are told with the new passage they came in.
    quake = key_changes(
        _eval_pair("biden-erdogan__2023-02-06__wh.txt", "biden-erdogan__2023-05-29__wh.txt")
    )
    assert [k.kind for k in quake] == ["passage-dropped", "passage-added", "formula-appeared"]
    assert quake[2].b_text == "congratulate him on his re-election as President of Türkiye"
    assert len({k.summary for k in quake}) == 3
    lula = key_changes(
        _eval_pair("biden-lula__2023-08-16__wh.txt", "biden-lula__2023-09-20__wh.txt")
    )
    elections = next(k for k in lula if k.b_text == "free and fair elections")
    assert elections.kind == "formula-appeared" and elections.formulas == (elections.formula,)
    assert elections.summary.startswith(  # (u42) quoted up to the formula it names
        "New formula “free and fair elections” (B line 5), in a new passage: “…Venezuela and"
        " outlined our vision of a step-by-step approach where concrete actions toward restoring"
        " Venezuelan democracy, leading to free and fair elections"
    )


def test_a_chinese_passage_is_quoted_in_as_many_columns_and_cut_after_a_clause() -> None:
    # Real Xinhua readouts (eval/bilingual, the Chinese series): a passage of 95 characters is
    # 190 columns; its quote stops after the last comma within 160 columns, never inside a word.
    bilingual = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
    comparison = compare(
        load(bilingual / "xi-trump__2017-10-25__mfa-zh.txt"),
        load(bilingual / "xi-trump__2018-05-08__mfa-zh.txt"),
    )
    quoted = [k.b_text or k.a_text or "" for k in key_changes(comparison) if "passage" in k.kind]
    cut = [q for q in quoted if q.endswith("…")]
    columns = [sum(2 if east_asian_width(c) in "WF" else 1 for c in q) for q in cut]
    assert cut and max(columns) <= 160
    texts = " ".join(comparison.a.text.split()) + "\n" + " ".join(comparison.b.text.split())
    for q in cut:
        at = texts.index(q[:-1]) + len(q) - 1
        assert texts[at] in "，、；,;", q  # the quote stops where a clause does


def test_a_quote_cut_short_does_not_end_inside_a_quoted_name() -> None:
    """A passage quoted in part ends before a quotation it would leave open: the Kremlin's
    «ИННОПРОМ. Центральная Азия» is not cut after «ИННОПРОМ. (a real Russian pair)."""
    pair = Path(__file__).parent.parent / "eval" / "formulas"
    comparison = compare(
        load(pair / "putin-mirziyoyev__2025-02-21__kremlin.txt"),
        load(pair / "putin-mirziyoyev__2025-05-03__kremlin.txt"),
    )
    added = next(k for k in key_changes(comparison) if "Ташкенте" in k.summary)
    assert added.summary.endswith("пятой Международной промышленной выставки…”")
    quotes = re.findall(r"“[^”]*”", render_text(comparison, color=False))
    cut = [q for q in quotes if q.endswith("…”")]
    assert cut and all(q.count("«") == q.count("»") for q in cut)


def test_a_headline_dropped_ranks_below_a_formula_reworded_in_the_body() -> None:
    # BelTA heads its readout "От калининградского транзита до вопросов обороны. Александр
    # Лукашенко и Владимир Путин провели телефонный разговор"; B without the first half (as the
    # President's site heads it) and with one word of a formula swapped in the body. The
    # heading outranked the body's change; now it comes after it.
    bilingual = Path(__file__).resolve().parent.parent / "eval" / "bilingual"
    a_text = (bilingual / "lukashenko-putin__2022-07-11__belta-ru.txt").read_text("utf-8")
    b_text = a_text.replace("От калининградского транзита до вопросов обороны. ", "").replace(
        "на постсоветском пространстве", "на евразийском пространстве"
    )
    summaries = [k.summary for k in key_changes(compare(from_text(a_text), from_text(b_text)))]
    assert [s.split(" (")[0].split(":")[0] for s in summaries] == [
        "Formula reworded", "Dropped passage",
    ]  # fmt: skip
    assert "постсоветском" in summaries[0] and "обороны" in summaries[1]


def test_words_put_in_two_places_or_many_in_one_are_no_qualifier() -> None:
    # Real readouts (dev pairs): "cooperation on COVID-19" → "cooperation on ending the COVID-19
    # pandemic" puts words before and after the name; "commitment to the people of Ukraine" →
    # "shared commitment to continue supporting the government and people of Ukraine" puts
    # "shared" and four words more. Both read "Qualifier added": the formula said in other words.
    covid = key_changes(
        _eval_pair(
            "biden-von-der-leyen__2021-10-04__wh.txt", "biden-von-der-leyen__2021-11-10__wh.txt"
        )
    )
    assert (
        "Formula reworded: “cooperation on COVID-19” (A line 3, sentence 4) → “cooperation on"
        " ending the COVID-19 pandemic” (B line 3, sentence 2)."
    ) in [k.summary for k in covid]
    duda = render_text(
        _eval_pair("biden-duda__2022-03-04__wh.txt", "biden-duda__2022-03-26__wh.txt")
    )
    assert "formula reworded: “commitment to the people of Ukraine” → “shared commitment" in duda
    assert "qualifier added" not in duda.casefold()


def test_two_changes_sharing_one_side_quote_it_once() -> None:
    # Real readouts (dev pairs): B's "扩大务实合作和人文交流" is the new side of two changes (around
    # 务实合作 and around 人文交流), and A's "中德两国始终秉持相互尊重、求同存异、合作共赢精神…" the old
    # side of two (around 相互尊重 and 合作共赢). Two lines quoted the shared wording twice; one line
    # names both changes, quotes the shared side once and each other side at its place. Since
    # kc5 a kept Chinese formula's rewritten clause ranks after the drops, and in these two
    # pairs drops of whole passages take the places those lines had: the lines are made here
    # from each pair's changed formulas as the key changes make them, then folded.
    def folded(comparison: Comparison) -> list[str]:
        names = AskedNames(comparison)
        changed = [f for f in comparison.formulas if f.status is FormulaStatus.CHANGED]
        keys = [_formula(f, names, comparison) for f in sorted(changed, key=_formula_rank)]
        return [key.summary for _, key in shared_told(keys)]

    salman_pair = _eval_pair(
        "xi-bin-salman__2022-12-08__cctv.txt", "xi-bin-salman__2023-03-28__cctv.txt"
    )
    salman = folded(salman_pair)
    assert (
        "Wording around formulas “务实合作” and “人文交流” changed: “深化各领域务实合作” (A line 5,"
        " sentence 4) and “扩大双方人员往来和人文交流” (A line 6, sentence 8) → “扩大务实合作和人文交流”"
        " (B line 4, sentence 4)."
    ) in salman
    merz_pair = _eval_pair("xi-merz__2025-05-23__cctv.txt", "xi-merz__2026-02-25__cctv.txt")
    merz = folded(merz_pair)
    shared = "中德两国始终秉持相互尊重、求同存异、合作共赢精神发展双边关系"
    line = next(summary for summary in merz if shared in summary)
    assert line.count(shared) == 1
    assert line.startswith("Wording around formulas “相互尊重” and “合作共赢” changed:")
    assert "(B line 9, sentence 3) and “坚持开放包容、合作共赢” (B line 8, sentence 3)." in line
    for summaries in (
        salman,
        merz,
        *([k.summary for k in key_changes(c)] for c in (salman_pair, merz_pair)),
    ):
        quoted = [
            q for summary in summaries for q in re.findall(r"“([^”]+)” \((?:A|B) line", summary)
        ]
        assert len(quoted) == len(set(quoted))  # no wording quoted in two lines
    assert [k.kind for k in key_changes(salman_pair)[:4]] == ["formula-dropped"] * 4


def test_the_key_changes_look_up_only_the_names_of_the_formulas_they_tell(
    monkeypatch: MonkeyPatch,
) -> None:
    # Real White House readouts (dev pair): changed phrases are around four formulas without
    # an entry of their own; the key changes tell two of them and search the readouts for
    # those two only (sp72), finding what anchor_names, which searches for all four, finds:
    # "article-5-sacred" as B says it, "impose-costs" said by neither readout.
    from readoutdiff.formulas.keys import key_changes as module
    from readoutdiff.formulas.keys.naming import AskedNames, anchor_names

    comparison = _eval_pair("biden-duda__2022-03-04__wh.txt", "biden-duda__2022-03-26__wh.txt")
    made: list[AskedNames] = []

    class Kept(AskedNames):
        def __init__(self, comparison: Comparison) -> None:
            super().__init__(comparison)
            made.append(self)

    monkeypatch.setattr(module, "AskedNames", Kept)
    every = anchor_names(comparison)
    assert key_changes(comparison) == key_changes(comparison, every)
    (names,) = made
    asked = dict(names._asked)
    assert len(names._wanted) == 4 and asked == {
        "article-5-sacred": "commitment to Article 5",
        "impose-costs": None,
    }
    assert "impose-costs" not in every and every["article-5-sacred"] == "commitment to Article 5"
    assert dict(names) == every  # walked whole: the same mapping


def test_a_passage_reworded_in_part_is_not_told_as_gone_whole() -> None:
    # Real Kremlin readouts (dev pair putin-tokayev 2025-03-06 → 04-17): A line 4, "Обсуждены
    # некоторые актуальные вопросы … сотрудничества, включая реализацию совместных проектов …",
    # is a passage the alignment reads as dropped, but its opening is told reworded ("Обсуждены
    # актуальные вопросы взаимодействия"). The drop's line said "with its whole passage" and
    # quoted the opening again (ux27 c). Now the drop and the change keep a line each (their
    # kinds, places and wordings: the hand list has both events), and only the change quotes it.
    comparison = _eval_pair(
        "putin-tokayev__2025-03-06__kremlin.txt", "putin-tokayev__2025-04-17__kremlin.txt"
    )
    keys = key_changes(comparison)
    assert [k.kind for k in keys[:2]] == ["formula-dropped", "formula-changed"]
    drop, change = keys[:2]
    assert drop.summary.startswith("Dropped formula “реализацию совместных проектов в торгово-")
    assert drop.summary.endswith("(A line 4), from a passage B says again in part, reworded.")
    assert "whole passage" not in drop.summary and "Обсуждены" not in drop.summary
    assert change.a_text == (
        "Обсуждены некоторые актуальные вопросы дальнейшего развития двустороннего сотрудничества"
    )
    assert change.b_text == "Обсуждены актуальные вопросы взаимодействия"
    assert [k.summary.count("Обсуждены некоторые") for k in keys] == [0, 1, 0, 0]
