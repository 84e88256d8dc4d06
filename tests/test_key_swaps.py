"""A known formula swapped for another leads the changes of the key changes (after the drops,
kc1), however few words differ (u47).

xi-hun-manet (dev, Chinese): "坚定奉行一个中国政策" → "坚定奉行一个中国原则", the one-China policy
become the one-China principle, ranked as a light one-word swap below the lexicon drops and so
out of the block (the drops lead the block since kc1, the changes follow them). Each wording is a formula in its own right (a recurring phrase of the
background on A's side, the lexicon's one-china-principle on B's): a formula replaced by another.
The English dev pair carney-merz shows the same shape across two lexicon entries ("peace and
security" → "lasting peace"); a swap no known formula holds ("Egypt's leading role" →
"Egypt's essential role") stays a light change below the passages.
"""

from __future__ import annotations

from pathlib import Path

from pytest import MonkeyPatch

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_swaps import swapped_formulas

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _keys(a: str, b: str) -> list[tuple[str, str | None, str]]:
    comparison = compare(load(FORMULAS / a), load(FORMULAS / b))
    return [(k.kind, k.change, k.summary) for k in key_changes(comparison)]


def test_one_china_policy_to_principle_leads_the_changes_quoted_with_both_lines() -> None:
    keys = _keys("xi-hun-manet__2025-04-17__cctv.txt", "xi-hun-manet__2025-08-30__cctv.txt")
    # the block's four drops first (kc1: drops lead; the drops of one passage one place since
    # sym7, so the last two whole passages dropped have theirs), then the swap, first of the changes
    assert [kind for kind, _, _ in keys[:4]] == ["formula-dropped"] * 4
    assert keys[4] == (
        "formula-changed",
        "replaced",
        "Formula replaced: “坚定奉行一个中国政策” (A line 7, sentence 5) → “坚定奉行一个中国原则” "
        "(B line 6, sentence 3).",
    )


def test_two_english_lexicon_formulas_swapped_lead_too() -> None:
    keys = _keys("carney-merz__2025-08-26__pm-gc-ca.txt", "carney-merz__2025-11-22__pm-gc-ca.txt")
    assert keys[0] == (
        "formula-changed",
        "replaced",
        "Formula replaced: “peace and security to Ukraine” (A line 7, sentence 1) → “lasting "
        "peace in Ukraine” (B line 7, sentence 2).",
    )


def test_a_swap_no_known_formula_holds_stays_below_the_passages() -> None:
    keys = _keys("biden-sisi__2023-10-29__wh.txt", "biden-sisi__2023-11-22__wh.txt")
    swap = next(i for i, (_, _, line) in enumerate(keys) if "Egypt’s leading role" in line)
    assert keys[swap][1] == "reworded"
    assert any(kind.startswith("passage-") for kind, _, _ in keys[:swap])


def test_a_verb_taken_off_or_two_background_phrases_are_no_formula_replaced() -> None:
    assert not swapped_formulas("澳方坚持奉行一个中国政策", "澳方坚持一个中国政策")
    assert not swapped_formulas("加强沟通协调", "加强沟通合作")
    assert swapped_formulas(
        "Russia’s unprovoked and unjustified war", "Russia’s brutal and unprovoked war"
    )


def test_the_index_of_the_builtin_files_is_read_without_its_wordings_until_a_file_changes(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    """The English and Russian index is keyed on the state of the files its wordings are read
    from and of the code reading them (cli12): read back, the wordings are not listed; a
    spoiled entry, or a data file changed (a copy of the package, one line added to its
    background), makes the index afresh from them; a cache folder that cannot be written
    makes it every time; each is the index of the wordings."""
    import shutil

    from readoutdiff import cache_dir
    from readoutdiff.formulas.keys import key_swaps, swap_index

    wordings = key_swaps.known_wordings(False)
    made = swap_index.index_of(wordings)
    calls: list[int] = []

    def listed() -> list[tuple[str, str]]:
        calls.append(1)
        return wordings

    with cache_dir.used(tmp_path / "cache"):
        assert swap_index.built_of_files(listed, key_swaps.FILES) == made and calls == [1]
        read = swap_index.built_of_files(listed, key_swaps.FILES)
        assert read == made and list(read) == list(made) and calls == [1]  # not listed
        (kept,) = (tmp_path / "cache" / "swaps").glob("*.txt")
        good = kept.read_bytes()
        kept.write_bytes(good.replace(b"sovereignty", b"sovereign"))
        assert swap_index.built_of_files(listed, key_swaps.FILES) == made and calls == [1, 1]
        assert kept.read_bytes() == good  # made afresh and written again
        key_swaps._index.cache_clear()
        assert key_swaps._index(False) == made  # what the key changes read: the same entry
        assert sorted((tmp_path / "cache" / "swaps").iterdir()) == [kept]
    key_swaps._index.cache_clear()
    copy = tmp_path / "copy" / "readoutdiff"
    shutil.copytree(cache_dir.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "data" / "background.tsv").open("a", encoding="utf-8") as file:
        file.write("9\tx\tzz swap\tzz swap wording added\n")
    monkeypatch.setattr(cache_dir, "PACKAGE", copy)
    monkeypatch.setattr(cache_dir, "_sources", {})
    with cache_dir.used(tmp_path / "cache"):
        assert swap_index.built_of_files(listed, key_swaps.FILES) == made
        assert calls == [1, 1, 1]  # another key: listed and made again
        assert len(list((tmp_path / "cache" / "swaps").iterdir())) == 2
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    with cache_dir.used(tmp_path / "file" / "cache"):
        assert swap_index.built_of_files(listed, key_swaps.FILES) == made
        assert swap_index.built_of_files(listed, key_swaps.FILES) == made
        assert calls == [1] * 5
