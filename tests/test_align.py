"""align: sentences x sentences -> pairs (moves, splits, merges, rewording), via align.align."""

from __future__ import annotations

from readoutdiff import from_text
from readoutdiff.align import align
from readoutdiff.align.similarity import Scorer

SPLIT = (
    "Xi Jinping pointed out that bilateral trade reached a record 107.7 billion US dollars "
    "last year.",
    "The two sides will expand cooperation in energy, agriculture and the digital economy.",
)


def pairs_of(a_lines: list[str], b_lines: list[str]) -> list[tuple[tuple[int, ...], ...]]:
    a = from_text("\n".join(a_lines)).sentences
    b = from_text("\n".join(b_lines)).sentences
    assert len(a) == len(a_lines) and len(b) == len(b_lines)  # one sentence per line
    return [(pair.a, pair.b) for pair in align(a, b)]


def moved_of(a_lines: list[str], b_lines: list[str]) -> dict[tuple[int, ...], bool]:
    a = from_text("\n".join(a_lines)).sentences
    b = from_text("\n".join(b_lines)).sentences
    return {pair.a: pair.moved for pair in align(a, b)}


def test_identical_texts_pair_every_sentence_with_itself(readout_lines) -> None:
    a = from_text("\n".join(readout_lines)).sentences
    result = align(a, a)
    assert [(p.a, p.b, p.score, p.moved) for p in result] == [
        ((i,), (i,), 1.0, False) for i in range(len(readout_lines))
    ]


def test_a_moved_sentence_is_paired_and_only_it_is_moved(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines.insert(2, b_lines.pop(6))
    assert sorted(pairs_of(readout_lines, b_lines)) == sorted(
        ((i,), (b_lines.index(line),)) for i, line in enumerate(readout_lines)
    )
    moved = moved_of(readout_lines, b_lines)
    assert [a for a, flag in moved.items() if flag] == [(6,)]


def test_pairs_come_in_b_reading_order(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines.insert(1, b_lines.pop(7))
    b_lines.insert(4, b_lines.pop(2))
    b_sides = [b for _, b in pairs_of(readout_lines, b_lines)]
    assert b_sides == sorted(b_sides)


def test_a_split_is_one_pair_with_two_b_sentences(readout_lines) -> None:
    b_lines = readout_lines[:3] + list(SPLIT) + readout_lines[4:]
    pairs = pairs_of(readout_lines, b_lines)
    assert ((3,), (3, 4)) in pairs
    assert len(pairs) == len(readout_lines)


def test_a_merge_is_one_pair_with_two_a_sentences(readout_lines) -> None:
    a_lines = readout_lines[:3] + list(SPLIT) + readout_lines[4:]
    pairs = pairs_of(a_lines, readout_lines)
    assert ((3, 4), (3,)) in pairs
    assert len(pairs) == len(readout_lines)


def test_a_reworded_sentence_is_paired(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines[5] = (
        "Both leaders agreed to further expand cooperation on vaccine research and joint "
        "production, and on the mutual recognition of health certificates."
    )
    a = from_text("\n".join(readout_lines)).sentences
    b = from_text("\n".join(b_lines)).sentences
    by_a = {pair.a: pair for pair in align(a, b)}
    assert by_a[(5,)].b == (5,)
    assert 0.5 < by_a[(5,)].score < 1.0
    assert len(by_a) == len(readout_lines)


def test_an_unrelated_sentence_is_left_unpaired(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines.insert(4, "Separately, a panda pair will be loaned to the Moscow Zoo.")
    paired_b = {index for _, b in pairs_of(readout_lines, b_lines) for index in b}
    assert paired_b == set(range(len(b_lines))) - {4}


def test_a_deleted_sentence_is_left_unpaired(readout_lines) -> None:
    b_lines = readout_lines[:4] + readout_lines[5:]
    paired_a = {index for a, _ in pairs_of(readout_lines, b_lines) for index in a}
    assert paired_a == set(range(len(readout_lines))) - {4}


def test_repeated_sentences_pair_in_order() -> None:
    a_lines = ["The talks were candid.", "Trade was discussed.", "The talks were candid."]
    b_lines = ["The talks were candid.", "Energy was discussed.", "The talks were candid."]
    pairs = pairs_of(a_lines, b_lines)
    assert ((0,), (0,)) in pairs
    assert ((2,), (2,)) in pairs


def test_copies_competing_for_fewer_places_pair_as_many_as_there_are_places() -> None:
    """Twelve copies of a reworded sentence want the three places of its earlier wording: the
    auction's price war (once ~3 x 9,000 bids, now bounded by the doubling step) ends with
    the three places taken, the other copies added, and swapping the sides mirrors it."""
    earlier = [f"Paragraph {n} opens here." for n in range(6)]
    for n in (1, 3, 5):
        earlier[n] = "The two presidents held a candid and constructive telephone call today."
    later = [f"Section {n} starts now." for n in range(12)]
    for n in range(0, 12):
        later[n] = "The two presidents held a candid and constructive phone call today."
    a, b = from_text("\n".join(earlier)), from_text("\n".join(later))
    forward = align(a.sentences, b.sentences)
    paired_a = sorted(i for pair in forward for i in pair.a)
    assert paired_a == [1, 3, 5]
    assert len({i for pair in forward for i in pair.b}) == 3
    backward = align(b.sentences, a.sentences)
    assert sorted((p.b, p.a) for p in backward) == sorted((p.a, p.b) for p in forward)


def test_every_white_space_but_the_plain_space_is_non_printable() -> None:
    """What ``similarity._one_spaced`` relies on to skip its pattern on printable text."""
    import re

    spaces = re.compile(r"\s")
    assert [
        hex(code)
        for code in range(0x110000)
        if code != 0x20 and spaces.match(chr(code)) and chr(code).isprintable()
    ] == []


def test_rare_neighbours_rank_by_votes_then_a_index_as_written() -> None:
    """``candidates._rare_neighbours`` (sorts and filters made in C) proposes the A sentences
    the rule names: keys by (frequency, key), the rarest ``rare_keys`` up to ``rare_limit``
    vote, the ``candidates`` with most votes win, ties to the lower A index. Checked against
    that rule written out, on indexes of real sentences' keys and on drawn ones full of ties."""
    import random
    from collections import defaultdict
    from pathlib import Path

    from readoutdiff.align.candidates import _keys, _rare_neighbours
    from readoutdiff.align.similarity import Side
    from readoutdiff.model import Options

    def written(keys, index, limit, options):  # type: ignore[no-untyped-def]
        present = sorted((len(index[key]), key) for key in keys if key in index)
        votes: dict[int, int] = defaultdict(int)
        for frequency, key in present[: options.rare_keys]:
            if frequency > limit:
                break
            for a_index in index[key]:
                votes[a_index] += 1
        ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
        return {a_index for a_index, _ in ranked[: options.candidates]}

    root = Path(__file__).parent.parent / "samples"
    sides = [
        Side(from_text(path.read_text("utf-8")).sentences) for path in sorted(root.glob("*.txt"))
    ]
    real = [_keys(side.sentence_words(n)) for side in sides for n in range(side.size)]
    index: dict[str, list[int]] = defaultdict(list)
    for a_index, keys in enumerate(real):
        for key in sorted(keys):
            index[key].append(a_index)
    rng = random.Random(11)
    vocabulary = [f"w{n}" for n in range(40)]
    drawn: dict[str, list[int]] = {
        word: sorted(rng.sample(range(30), rng.randint(1, 12))) for word in vocabulary
    }
    options = Options()
    checked = 0
    for keys in real:
        for limit in (2, 8, 64):
            assert _rare_neighbours(keys, index, limit, options) == written(
                keys, index, limit, options
            )
            checked += 1
    for _ in range(500):
        keys = set(rng.sample([*vocabulary, "absent"], rng.randint(0, 20)))
        limit = rng.choice((3, 8, 12))
        assert _rare_neighbours(keys, drawn, limit, options) == written(keys, drawn, limit, options)
    assert checked > 100


def test_a_pair_of_sentences_scores_as_the_mix_of_its_three_signals() -> None:
    """``Scorer.pair`` (one sentence a side, read without the runs' sums) gives the floats of
    the documented mix, on every pair of the sample readouts' first sentences."""
    from pathlib import Path

    from readoutdiff.align.similarity import Scorer, Side, character_ratio

    samples = Path(__file__).resolve().parent.parent / "samples"
    a = from_text((samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")).sentences
    b = from_text((samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")).sentences
    scorer = Scorer(Side(a[:12]), Side(b[:12]))
    for a_index in range(12):
        for b_index in range(12):
            a_text, b_text = scorer.a.folded[a_index], scorer.b.folded[b_index]
            a_mass, b_mass = scorer.a_mass[a_index], scorer.b_mass[b_index]
            characters = character_ratio(a_text, b_text)
            shared = scorer._shared(scorer.a.stems[a_index], scorer.b.stems[b_index])
            mixed = (
                1.0
                if a_text == b_text
                else characters
                if not a_mass or not b_mass
                else 0.5 * (2.0 * shared / (a_mass + b_mass))
                + 0.25 * (shared / min(a_mass, b_mass))
                + 0.25 * characters
            )
            assert scorer.pair(a_index, b_index) == mixed


def test_the_aligner_s_fast_paths_give_what_their_plain_forms_give_on_the_samples() -> None:
    """sp66's exact cuts, held to the plain forms they replace on the sample readouts: each
    side's stem counts are ``Counter``'s (the same counts in the same order); a B sentence's
    row of candidate scores is ``Scorer.pair`` of each; the grow step's seeds are in the order
    of the ``(-score, b, a)`` key. (``mark_moves``' appended steps: tests/test_moves_chain.py
    holds it to a quadratic search on real and drawn pairs.)"""
    from collections import Counter
    from pathlib import Path

    from readoutdiff.align.groups import _seeds
    from readoutdiff.align.similarity import Side
    from readoutdiff.languages import stem

    samples = Path(__file__).resolve().parent.parent / "samples"
    a = from_text((samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")).sentences
    b = from_text((samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")).sentences
    side_a, side_b = Side(a), Side(b)
    for side in (side_a, side_b):
        for index, counts in enumerate(side.stems):
            expected = Counter(map(stem, side.sentence_words(index)))
            assert type(counts) is dict and list(counts.items()) == list(expected.items())
    scorer, plain = Scorer(side_a, side_b), Scorer(side_a, side_b)
    edges = {}
    for b_index in range(side_b.size):
        row = scorer.row(range(side_a.size), b_index)
        assert row == {i: plain.pair(i, b_index) for i in range(side_a.size)}
        edges[b_index] = row
    seeds = _seeds(edges, 0.1)
    assert len(seeds) > 50
    assert seeds == sorted(seeds, key=lambda seed: (-seed[0], seed[1], seed[2]))


def test_rare_neighbours_counts_the_votes_a_plain_loop_counts_on_the_samples() -> None:
    """sp66: the votes of the rarest keys are counted in C; the candidates are those of the
    plain loop (up to the first key held by more than the limit) for every B sentence of the
    samples, with limits that cut inside the keys and past them."""
    from collections import defaultdict
    from pathlib import Path

    from readoutdiff.align.candidates import _keys, _rare_neighbours
    from readoutdiff.align.similarity import Side
    from readoutdiff.model import Options

    samples = Path(__file__).resolve().parent.parent / "samples"
    a = Side(from_text((samples / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8")).sentences)
    b = Side(from_text((samples / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8")).sentences)
    index: dict[str, list[int]] = defaultdict(list)
    for a_index in range(a.size):
        for key in _keys(a.sentence_words(a_index)):
            index[key].append(a_index)
    options = Options()

    def plain(keys: set[str], limit: int) -> set[int]:
        present = sorted((len(index[key]), key) for key in keys if key in index)
        votes: dict[int, int] = {}
        for frequency, key in present[: options.rare_keys]:
            if frequency > limit:
                break
            for a_index in index[key]:
                votes[a_index] = votes.get(a_index, 0) + 1
        ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
        return {a_index for a_index, _ in ranked[: options.candidates]}

    cut = 0
    for limit in (1, 2, 3, 8, 64):
        for words in map(b.sentence_words, range(b.size)):
            keys = _keys(words)
            assert _rare_neighbours(keys, index, limit, options) == plain(keys, limit)
            cut += any(len(index[key]) > limit for key in keys if key in index)
    assert cut > 20
