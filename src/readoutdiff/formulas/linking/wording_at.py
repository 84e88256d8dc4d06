"""The wording a place of a reworded formula says: its words, grown by the words of the
clause around them when too short to stand alone ("unwavering commitment" alone does not say
what the commitment is to), and ending where :mod:`readoutdiff.formulas.words.edges` says. Both
:mod:`readoutdiff.formulas.linking.slots` and :mod:`readoutdiff.formulas.linking.twins` tell their wordings
with :func:`text_at`.
"""

from __future__ import annotations

from readoutdiff.formulas.linking.clauses import grown
from readoutdiff.formulas.matching.content_words import content, trimmed
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import Words, spent_on
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.model import Span

SHORT = 2
"""Content words of a wording too short to stand alone (see :func:`text_at`). Measured on the dev
pairs: 2 or 3 turn two noise reports into right ones (noise 9.0 -> 7.6 %); 4 or more, every
wording grown, turn right fates wrong (fates right 95.5 -> 94.8 / 94.1 %)."""


def text_at(
    view: View, place: tuple[int, int, int], grow: bool, left: bool = False, lists: bool = True
) -> tuple[str, Span]:
    """The wording at ``place``; one of ``SHORT`` content words or fewer takes the words of its
    clause around it (:func:`clauses.grown`; only those before it when ``left``), up to the
    formulas said beside it: "unwavering commitment" alone does not say what the commitment
    is to. ``lists``: see :func:`edges.end`."""
    sentence, first, last = place
    words = view.words[sentence]
    if (grow or left) and len(content(words, first, last)) <= SHORT:
        beside = view.by_sentence.get(sentence, ())
        lo, hi = grown(words, first, last, lists)
        lo = max([lo, *(o.last for o in beside if o.last <= first)])
        hi = last if left else min([hi, *(o.first for o in beside if o.first >= last)])
        first, last = trimmed(
            words, min(lo, first), max(hi, last), keep=(first, last), text=view.readout.text
        )
    last = edges.trimmed_end(words, first, edges.end(words, last, lists))
    last = edges.owned(view.readout.text, words, last)  # never on a possessive
    span = word_span(view.readout, view.words[sentence], first, last)
    return view.readout.text[span.start : span.end], span


LINKING = frozenset("的和与及")
"""Chinese words that link a phrase to the one before or after it: "的" ends a modifier, "和",
"与", "及" join two phrases. A wording of a Chinese place (a character is a word) that starts or
ends on one standing as a word of its own (jieba's) was cut from the phrase it links: "的中非命运
共同体" of "构建更加紧密的中非命运共同体", "和全方位互利合作" of "…战略伙伴关系和全方位互利合作",
"乃至世界和平和" of "…乃至世界和平和发展" (branch ext2, from the dev and tuning pairs)."""


JOINING = LINKING - {"的"}
"""The linking words a wording's end gives back: a wording ending on "的" is a modifier whose noun
was cut ("互利合作的" of "互利合作的积极信号"), not made whole by dropping it (the formula stage
tells no such wording: :data:`~readoutdiff.formulas.entries.one_event_zh.ENDS_ON_MODIFIER`)."""


def off_linking(view: View, sentence: int, said: tuple[str, Span]) -> tuple[str, Span]:
    """The wording ``said`` (its text and span) of ``view``'s sentence without a Chinese linking
    word at either edge (:func:`off_linking_words`); as given when it has none."""
    text, span = said
    if not text or not (LINKING & {text[0], text[-1]}):  # most wordings: no words read
        return said
    inside = words_at(view, sentence, span)
    if not inside:
        return said
    words = view.words[sentence]
    first, last = off_linking_words(words, inside[0], inside[-1] + 1)
    if (first, last) == (inside[0], inside[-1] + 1):
        return said
    span = word_span(view.readout, words, first, last)
    return view.readout.text[span.start : span.end], span


def off_linking_words(words: Words, first: int, last: int) -> tuple[int, int]:
    """``[first, last)`` of ``words`` without a Chinese linking word at its start
    (:data:`LINKING`) or a joining one at its end (:data:`JOINING`); the character of a longer
    word ("和平", "与会") stays. Other scripts as given."""
    stems = words.stems
    while last - first > 2 and stems[first] in LINKING and _alone(words, first):
        first += 1
    while last - first > 2 and stems[last - 1] in JOINING and _alone(words, last - 1):
        last -= 1
    return first, last


def _alone(words: Words, k: int) -> bool:
    """Whether the character ``k`` of a Chinese sentence is a word by itself: the first word
    jieba reads in the run of Chinese characters starting there."""
    from readoutdiff.languages.zh import cut

    stems, run = words.stems, [words.stems[k]]
    for j in range(k + 1, min(k + 6, len(stems))):
        if words.breaks[j] or len(stems[j]) != 1 or stems[j] < _CJK:
            break  # the run stops at a mark, a space or a word of another script
        run.append(stems[j])
    return len(cut("".join(run))[0]) == 1


_CJK = "\u2e80"


def words_at(view: View, sentence: int, span: Span) -> list[int]:
    """The words of ``view``'s sentence that start inside ``span``, by number (a Chinese
    character is a word: a wording's spaces do not count them)."""
    return list(view.words[sentence].starting_in(span))


def holds_amount_at(view: View, sentence: int, span: Span) -> bool:
    """The words of ``view``'s sentence inside ``span`` hold an amount, or are what an amount
    right before them is spent on (:func:`~readoutdiff.formulas.words.phrases.spent_on`)."""
    inside = words_at(view, sentence, span)
    return bool(inside) and spent_on(view.words[sentence], inside[0], inside[-1] + 1)
