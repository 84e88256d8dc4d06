"""The missed *changed* events of the dev pairs, by where their two wordings sit against the
aligned pairs around them ("slots"), and by the role each wording plays in its sentence.

    python benchmarks/slot_halves.py [--lang en] [--pair TEXT] [--list] [--set outside]

Each missed changed event (``missed_changed.classify``'s events) is placed by its two
sentences (``formulaness_reach.sentence_of``):

- *where*: in one aligned pair; in two different aligned pairs; one or both sentences unpaired;
- *anchors*: the aligned pairs (a sentence each side at least) just before and just after each
  sentence in its readout's order, its own pair left out; *same anchors* when A's sentence and
  B's sentence have the same pair before and the same pair after (one aligned pair: always);
- *alone*: both sentences are the only unpaired sentence of their side between those anchors
  (only for "both unpaired");
- *role*: the class of the verb that governs each wording (`role_objects.ROLES`: the last verb of a
  class before the wording in its sentence, else the first after it, else "none"); *same
  role* when both wordings have one and it is the same class.

Dev pairs only; ``--set outside`` reads the outside set's tuning part (its aside part never).
``--list`` prints each event with its classes.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event  # noqa: E402
from formulaness_reach import sentence_of  # noqa: E402
from halves import dev_pairs  # noqa: E402
from latent_reach import _located  # noqa: E402
from missed_changed import missed_class, missed_events, shared  # noqa: E402

from readoutdiff.formulas.unpaired.role_objects import ROLES  # noqa: E402
from readoutdiff.model import Alignment, Comparison, Readout  # noqa: E402

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def role_of_word(word: str) -> str | None:
    """The class of one word, or None."""
    w = word.lower()
    return next((name for name, stems in ROLES.items() if w.startswith(stems)), None)


def role(readout: Readout, text: str | None) -> str:
    """The class of the verb that governs ``text`` in its sentence."""
    at = _located(readout.text, text)
    index = sentence_of(readout, text)
    if at is None or index is None:
        return "none"
    sentence = readout.sentences[index]
    before = _WORD.findall(readout.text[sentence.span.start : at[0]])
    for word in reversed(before):
        if (found := role_of_word(word)) is not None:
            return found
    after = _WORD.findall(readout.text[at[0] : sentence.span.end])
    return next((r for w in after if (r := role_of_word(w)) is not None), "none")


def anchors(
    comparison: Comparison, side: str, index: int
) -> tuple[tuple[int | None, int | None], Alignment | None, int]:
    """The aligned pairs (by their place in ``alignments``) just before and after sentence
    ``index`` of ``side``, the sentence's own pair, and how many unpaired sentences of that
    side stand between the two anchors."""
    paired = [x for x in comparison.alignments if x.a and x.b]

    def indices(x: Alignment) -> list[int]:
        return [s.index for s in (x.a if side == "a" else x.b)]

    own = next((x for x in paired if index in indices(x)), None)
    before = [x for x in paired if x is not own and max(indices(x)) < index]
    after = [x for x in paired if x is not own and min(indices(x)) > index]
    first = max(before, key=lambda x: max(indices(x)), default=None)
    last = min(after, key=lambda x: min(indices(x)), default=None)
    low = max(indices(first)) if first else -1
    high = min(indices(last)) if last else 10**9
    taken = {i for x in paired for i in indices(x)}
    total = len(comparison.a.sentences if side == "a" else comparison.b.sentences)
    loose = sum(1 for i in range(low + 1, min(high, total)) if i not in taken)
    ids = {id(x): n for n, x in enumerate(comparison.alignments)}
    return (ids.get(id(first)) if first else None, ids.get(id(last)) if last else None), own, loose


def slot(event: Event, a: Readout, b: Readout, comparison: Comparison) -> tuple[str, str, str]:
    """Where, anchors, role of one event's two wordings."""
    sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
    if sa is None or sb is None:
        return "a wording not located", "-", "-"
    (anch_a, own_a, loose_a), (anch_b, own_b, loose_b) = (
        anchors(comparison, "a", sa), anchors(comparison, "b", sb),
    )  # fmt: skip
    if own_a is not None and own_a is own_b:
        where, same = "in one aligned pair", "same anchors"
    else:
        where = (
            "in two different aligned pairs" if own_a is not None and own_b is not None
            else "both unpaired" if own_a is None and own_b is None
            else "one unpaired, the other paired"
        )  # fmt: skip
        same = "same anchors" if anch_a == anch_b else "other anchors"
        if where == "both unpaired" and same == "same anchors":
            same += ", each alone" if loose_a == loose_b == 1 else ", not alone"
    ra, rb = role(a, event.a), role(b, event.b)
    the_role = (
        f"same role ({ra})" if ra == rb and ra != "none"
        else "no role" if ra == rb == "none" else "other roles"
    )  # fmt: skip
    return where, same, the_role


def main(argv: list[str] | None = None) -> int:
    args, pairs = dev_pairs(argv, __doc__.split("\n", 1)[0], "each missed event with its classes")
    counts: Counter[tuple[str, str, str]] = Counter()
    roles: Counter[str] = Counter()
    lines: list[str] = []
    for pair, a, b, comparison, event in missed_events(pairs):
        where, same, the_role = slot(event, a, b, comparison)
        kind = "same role" if the_role.startswith("same") else the_role
        counts[where, same, kind] += 1
        roles[the_role] += 1
        why = missed_class(event, a, b, comparison)
        lines.append(
            f"{where} | {same} | {the_role} | shared {shared(event)} | {why} | "
            f"{pair.name}: {event.a!r} -> {event.b!r}"
        )
    print(f"{len(pairs)} {args.set} dev pairs, {sum(counts.values())} changed events missed\n")
    print("| where | anchors | same role | other roles | no role | all |")
    print("|---|---|---:|---:|---:|---:|")
    for where, same in sorted({(w, s) for w, s, _ in counts}):
        row = [counts[where, same, k] for k in ("same role", "other roles", "no role")]
        print(f"| {where} | {same} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print("\n| role | events |\n|---|---:|")
    for name, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {name} | {n} |")
    if args.list:
        print("", *sorted(lines), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
