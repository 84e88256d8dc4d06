"""Where the aligner puts the two sentences of each hand-listed changed event (al2, issue 10).

    python benchmarks/changed_sentences.py [--lang en|zh|ru] [--pair TEXT] [--list]
        [--set outside]

For every *changed* event of the dev hand lists, the A sentence holding the hand's A wording and
the B sentence holding its B wording (the first sentence whose text holds the wording's opening,
case folded; an event whose wording spans sentences or is not found is *not located*) are read
against the aligner's pairs (``align`` with default options, as ``compare()`` runs it):

* **same pair**: one aligned pair (1:1, split or merge) holds both sentences;
* **two pairs**: each is in an aligned pair, not the same one;
* **one unpaired** / **both unpaired**.

For the events whose sentences the aligner keeps apart, the *hand pair* (the two sentences
scored as the aligner scores them, ``Scorer.pair``) against the pairs it chose: how many hand
pairs reach ``Options.min_score`` and how many beat the chosen pair of both of their sentences
(a pair the auction could have taken and did not), with the quartiles of the hand pairs'
scores. ``--list`` prints each kept-apart event with the scores and whether the tool found it. Dev pairs only; ``--set
outside`` reads the outside set's tuning part (its aside part never).
"""

from __future__ import annotations

from collections import Counter
from statistics import quantiles

from formula_eval import Pair
from halves import dev_pairs, judged, table

from readoutdiff import load
from readoutdiff.align.pairing import align
from readoutdiff.align.similarity import Scorer, Side, new_side_memo
from readoutdiff.model import Options, Sentence

_OPENING = 40
"""Characters of a wording's opening looked for in a sentence."""


def sentence_of(sentences: list[Sentence], wording: str) -> int | None:
    """The first sentence whose text holds the wording's opening (case folded), or None."""
    opening = wording.casefold()[:_OPENING]
    for index, sentence in enumerate(sentences):
        if opening in sentence.text.casefold():
            return index
    return None


def placed(pair: Pair) -> list[tuple[int, str, str, float | None, float, float]]:
    """Each changed event of ``pair``: (its index, place, line, hand score, chosen A score,
    chosen B score; an unpaired sentence's chosen score is 0)."""
    a, b = load(str(pair.a_path)).sentences, load(str(pair.b_path)).sentences
    aligned = align(a, b)
    holder_a = {index: group for group in aligned for index in group.a}
    holder_b = {index: group for group in aligned for index in group.b}
    memo = new_side_memo()
    scorer = Scorer(Side(a, memo), Side(b, memo))
    rows = []
    for number, event in enumerate(pair.events):
        if event.status != "changed" or not event.a or not event.b:
            continue
        a_index, b_index = sentence_of(list(a), event.a), sentence_of(list(b), event.b)
        line = f"{pair.name}: {event.a!r} -> {event.b!r}"
        if a_index is None or b_index is None:
            rows.append((number, "not located", line, None, 0.0, 0.0))
            continue
        in_a, in_b = holder_a.get(a_index), holder_b.get(b_index)
        if in_a is not None and in_a is in_b:
            rows.append((number, "same pair", line, None, 0.0, 0.0))
            continue
        place = (
            "two pairs"
            if in_a is not None and in_b is not None
            else "both unpaired"
            if in_a is None and in_b is None
            else "one unpaired"
        )
        hand = scorer.pair(a_index, b_index)
        chosen_a = in_a.score if in_a is not None else 0.0
        chosen_b = in_b.score if in_b is not None else 0.0
        where = f"A{a_index} {in_a.a if in_a else ''}/{in_a.b if in_a else ''}"
        where += f", B{b_index} {in_b.a if in_b else ''}/{in_b.b if in_b else ''}"
        rows.append((number, place, f"{line} [{where}]", hand, chosen_a, chosen_b))
    return rows


def main(argv: list[str] | None = None) -> None:
    args, pairs = dev_pairs(argv, __doc__ or "", "list each kept-apart event with its scores")
    floor = Options().min_score
    places: Counter[str] = Counter()
    found: Counter[str] = Counter()
    apart: Counter[str] = Counter()
    hands: list[float] = []
    listed = []
    for pair in pairs:
        result = judged(pair)[1]
        for number, place, line, hand, chosen_a, chosen_b in placed(pair):
            places[place] += 1
            found[place] += number in result.found
            if hand is None:
                continue
            hands.append(hand)
            apart[f"{place}: hand pair >= min_score {floor}"] += hand >= floor
            chosen = [score for score in (chosen_a, chosen_b) if score]
            if chosen:  # both unpaired: no chosen pair to beat
                apart[f"{place}: hand pair beats every chosen pair"] += all(
                    hand > c for c in chosen
                )
            mark = "found" if number in result.found else "missed"
            listed.append(
                f"- {place}, {mark}: hand {hand:.3f}, chosen {chosen_a:.3f} / {chosen_b:.3f}: {line}"
            )
    print(f"{len(pairs)} dev pairs, {sum(places.values())} changed events\n")
    print("| where the aligner puts the two sentences | events | found by the tool |")
    print("|---|---:|---:|")
    for place, count in places.most_common():
        print(f"| {place} | {count} | {found[place]} |")
    print()
    print(table(apart, "events kept apart", "events"))
    if len(hands) >= 2:
        low, middle, high = quantiles(hands, n=4)
        print(
            f"\nhand pair scores: quartiles {low:.3f} / {middle:.3f} / {high:.3f}, max {max(hands):.3f}"
        )
    if args.list:
        print()
        print("\n".join(listed))


if __name__ == "__main__":
    main()
