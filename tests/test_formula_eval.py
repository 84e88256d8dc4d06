"""The real formula evaluation set holds together, and its scorer gives shares in [0, 1]."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections import Counter
from pathlib import Path

import formula_eval
import pytest
import score_formulas

ROOT = Path(__file__).resolve().parent.parent

EVAL = ROOT / "eval" / "formulas"
PAIRS = formula_eval.load_pairs(EVAL)
RESERVED = [
    {"biden", "xi"},
    {"biden", "putin"},
    {"blinken", "lavrov"},
    {"wang-yi", "blinken"},
    {"sullivan", "wang-yi"},
    {"wang-yi", "lavrov"},
    {"xi", "putin"},
]


def test_set_is_large_and_varied_enough() -> None:
    assert len(PAIRS) >= 16
    assert len({p.series for p in PAIRS}) >= 5
    assert len({p.publisher for p in PAIRS}) >= 4


# The series the held-out draw was made over (benchmarks/README.md, "Held-out split"); pairs of
# series added later without ``fresh`` are dev pairs (the draw is not made again).
DRAWN_SERIES = frozenset(
    {
        "biden-erdogan",
        "biden-kishida",
        "biden-scholz",
        "biden-zelenskyy",
        "blinken-cavusoglu",
        "blinken-kuleba",
        "blinken-le-drian",
        "hayashi-blinken",
        "xi-macron",
    }
)


def seeded_draw() -> set[str]:
    """The pairs the documented seeded draw holds out: one pair per series, for about a third of
    the pairs of ``DRAWN_SERIES``."""
    import random

    drawn = [p for p in PAIRS if p.series in DRAWN_SERIES]
    rng = random.Random(10)
    series = sorted(DRAWN_SERIES)
    rng.shuffle(series)
    return {
        rng.choice(sorted(p.name for p in drawn if p.series == s))
        for s in series[: round(len(drawn) / 3)]
    }


def test_about_a_third_was_drawn_across_series() -> None:
    drawn = [p for p in PAIRS if p.series in DRAWN_SERIES]
    assert not any(p.fresh for p in drawn)
    picked = seeded_draw()
    assert 0.28 <= len(picked) / len(drawn) <= 0.38
    assert len({n.split("__")[0] for n in picked}) == len(picked)  # one pair per series
    # Pairs of the drawn series that the draw did not pick were never held out; the pair files
    # of those it picked say so (they are dev pairs since the tenth session, see below).
    assert not any(p.heldout for p in drawn if p.name not in picked)
    said = {
        path.stem
        for path in (EVAL / "pairs").glob("*.toml")
        if "held out by the seeded draw" in path.read_text(encoding="utf-8")
    }
    assert said == picked
    later = [
        p
        for p in PAIRS
        if p.series
        not in DRAWN_SERIES
        | HELD_LATER
        | LANG_HELD
        | ZH_HELD
        | ZH_HELD_3
        | RU8_BATCH
        | RU9_BATCH
        | RU13_BATCH
        | RU17_BATCH
        | RU21_BATCH
        | RU22_BATCH
        | RU24_BATCH
        | RU_FRESH_E63
        | RU_FRESH_E71
        | RU_FRESH_E82
        | RU_FRESH_E88
        | RU_FRESH_E92
        and not p.fresh
    ]
    assert later and not any(p.heldout for p in later)  # later dev batches stay dev


# Series of a fresh batch that, once reported, was kept aside as held-out pairs (not dev), so
# that about a third of the set stays out of tuning (benchmarks/README.md, "Held-out split"),
# oldest first: e15's batch (9 pairs, held out from the eighth session to the eleventh, dev
# since), e16's (11, held out from the ninth session; two of its four series dev since the
# thirteenth, the other two since the fourteenth), e17's (9, since the tenth; two of its three
# series dev since the fifteenth, the third since the sixteenth), e18's (9, since the eleventh;
# one of its three series dev since the sixteenth, the other two since the seventeenth), e19's
# (8, since the thirteenth; four of its five series dev since the eighteenth, the fifth since the
# nineteenth), e20's (8, since the fourteenth; two of its three series dev since the nineteenth,
# the third since the twentieth), e21's (8, since the fifteenth; one of its three series dev since
# the twentieth, another since the twenty-first), e22's (8, since the sixteenth; four of its five
# series dev since the twenty-second and twenty-third, the fifth since the twenty-fourth), e23's
# (8, since the seventeenth; three of its five series dev since the twenty-fourth, the other two
# since the twenty-fifth), e25's (8, since the eighteenth; two of its five series dev since the
# twenty-fifth, two more since the twenty-sixth), e26's (8, since the nineteenth; four of its
# seven series dev since the twenty-seventh, the other three since the twenty-eighth), e27's (8,
# since the twentieth; one of its seven series dev since the twenty-eighth, three more since the
# twenty-ninth, the last three since the thirtieth), e28's (8, since the twenty-first; one of its
# five series dev since the thirtieth, three more since the thirty-first, the last since the
# thirty-second), e29's (8, since the twenty-second; one of its seven series dev since the
# thirty-second, four more since the thirty-third, the last two since the thirty-fourth), e31's
# (8, since the twenty-third; two of its four series dev since the thirty-fourth, another since the
# thirty-fifth, the last since the thirty-sixth), e34's (8,
# since the twenty-fourth; two of its five series dev since the thirty-sixth, a third since the
# thirty-seventh, the last two since the thirty-eighth), e35's (8, since the twenty-fifth; two of
# its five series dev since the thirty-eighth), e37's (7, since the twenty-sixth),
# e38's (7, since the twenty-seventh), e39's (6, since the twenty-eighth), e40's (6, since the
# twenty-ninth), e41's (6, since the thirtieth), e42's (6, since the thirty-first), e43's (6, since
# the thirty-second), e44's (6, since the thirty-third), e48's (6, since the thirty-fourth),
# e51's (6, since the thirty-fifth), e52's (6, since the thirty-sixth), e53's (6, since the
# thirty-seventh), e54's (6, since the thirty-eighth), e55's (6, since the thirty-ninth), e56's (6,
# since the fortieth), e57's (6, since the forty-first), e58's and e59's (6 each, since the
# forty-second), e60's and e61's (6 each, since the forty-third), e62's, e64's, e65's and e66's (6
# each, since the forty-fourth; e63's Russian batch, held out with them, is in HELD_ORDER["ru"]),
# e67's, e68's, e69's, e70's and e72's (6, 6, 9, 7 and 6, since the forty-fifth, branch e73's
# turnover; e71's Russian batch, held out with them, is in HELD_ORDER["ru"]), e73's, e74's and
# e76's (7, 6 and 7, since the forty-sixth, branch e77's turnover; e74's Chinese batch is in
# HELD_ORDER["zh"] too, as e72's), e77's, e78's and e79's (8, 6 and 6, since the forty-seventh,
# branch e80's turnover; e78's Chinese batch is in HELD_ORDER["zh"] too), e80's, e81's, e84's and
# e85's (8, 6, 6 and 4, since the forty-eighth, branch e86's turnover; e81's and e85's Chinese
# batches are in HELD_ORDER["zh"] too, and e82's Russian batch, held out with them, is in
# HELD_ORDER["ru"]), e86's and e87's (7 and 5, since the forty-ninth, branch e89's turnover; e87's
# Chinese batch is in HELD_ORDER["zh"] too, and e88's Russian batch, held out with them, is in
# HELD_ORDER["ru"]), e89's and e90's (6 and 4, since the fiftieth, branch e93's turnover; e90's
# Chinese batch is in HELD_ORDER["zh"] too, and e92's Russian batch, held out with them, is in
# HELD_ORDER["ru"]), e93's, e94's and e96's (7, 6 and 7, since the fifty-first, branch e98's
# turnover; e94's Chinese batch is in HELD_ORDER["zh"] too), e98's, e99's and e101's (6, 5 and 5,
# since the fifty-second, branch e103's turnover; e99's Chinese batch is in HELD_ORDER["zh"] too),
# e103's and e104's (7 and 5, since the fifty-third, branch e105's turnover; e104's Chinese batch
# is in HELD_ORDER["zh"] too), e105's and e106's (8 and 5, since the fifty-fourth, branch e107's
# turnover; e106's Chinese batch is in HELD_ORDER["zh"] too), e107's and e108's (8 and 5, since
# the fifty-fifth, branch e109's turnover; e108's Chinese batch is in HELD_ORDER["zh"] too), e109's
# and e110's (6 and 5, since the fifty-sixth, branch e111's turnover; e110's Chinese batch is in
# HELD_ORDER["zh"] too).
# From the forty-second session held-out series move per language (see MOVED_BY_LANGUAGE): the
# Chinese series of these batches up to e53's and two of e54's are dev since then; the
# forty-third session's turnover (branch e62) and the forty-fourth's (branch e67) moved none, nor
# did the forty-fifth's (branch e73) itself, nor the forty-sixth's (branch e77) itself, nor the
# forty-seventh's (branch e80) itself, nor the forty-eighth's (branch e86) itself, nor the
# forty-ninth's (branch e89) itself, nor the fiftieth's (branch e93) itself, nor the
# fifty-first's (branch e98) itself, nor the fifty-second's (branch e103) itself, nor the
# fifty-third's (branch e105) itself, nor the fifty-fourth's (branch e107) itself, nor the
# fifty-fifth's (branch e109) itself, nor the fifty-sixth's (branch e111) itself.
HELD_LATER_BATCHES = (
    frozenset({"biden-abdullah", "blinken-al-busaidi", "blinken-al-thani", "starmer-netanyahu"}),
    frozenset({"sullivan-ano", "blinken-jaishankar", "blinken-wong", "blinken-dendias"}),
    frozenset({"harris-herzog", "blinken-ebrard", "starmer-albanese"}),
    frozenset({"sherman-sannino", "harris-marcos", "starmer-tusk"}),
    frozenset(
        {
            "biden-tamim",
            "blinken-borrell",
            "blinken-abdullah-bin-zayed",
            "blinken-al-alimi",
            "starmer-frederiksen",
        }
    ),
    frozenset({"biden-guterres", "biden-ramaphosa", "starmer-carney"}),
    frozenset({"biden-pope-francis", "sullivan-amorim", "blinken-bhutto-zardari"}),
    frozenset(
        {"harris-castro", "harris-arevalo", "biden-sheinbaum", "sherman-mori", "sherman-morgan"}
    ),
    frozenset(
        {
            "sullivan-hanegbi",
            "sullivan-landerholm",
            "biden-lourenco",
            "sherman-cho",
            "blinken-grundberg",
        }
    ),
    frozenset(
        {
            "sung-kim-noh-funakoshi",
            "sullivan-kim-sung-han",
            "harris-hichilema",
            "blinken-faki",
            "sherman-lovegrove",
        }
    ),
    frozenset(
        {
            "sullivan-mufamadi",
            "biden-sudani",
            "harris-davis",
            "finer-rosso",
            "sullivan-siewiera",
            "blinken-allamand",
            "blinken-hamdok",
        }
    ),
    frozenset(
        {
            "biden-king-charles",
            "sullivan-talo",
            "biden-simon-harris",
            "harris-suluhu-hassan",
            "sullivan-doval",
            "sullivan-barzani",
            "starmer-kristersson",
        }
    ),
    frozenset({"starmer-store", "starmer-rutte", "carney-store", "carney-merz", "carney-rutte"}),
    frozenset(
        {
            "carney-albanese",
            "carney-luxon",
            "carney-ishiba",
            "carney-meloni",
            "starmer-luxon",
            "starmer-mitsotakis",
            "starmer-meloni",
        }
    ),
    frozenset({"starmer-erdogan", "starmer-zelenskyy", "carney-zelenskyy", "carney-von-der-leyen"}),
    frozenset(
        {
            "carney-macron",
            "trudeau-yoon",
            "biden-steinmeier",
            "harris-rowley",
            "sherman-landsbergis",
        }
    ),
    frozenset(
        {"sunak-rutte", "johnson-rutte", "starmer-schoof", "trudeau-albanese", "harris-kishida"}
    ),
    frozenset({"sullivan-hulata", "sullivan-beliz", "sherman-cleverly", "xi-ruto"}),
    frozenset(
        {
            "trudeau-marin",
            "trudeau-karins",
            "sullivan-dokos",
            "sullivan-esperon",
            "sullivan-oprisor",
            "xi-ghazouani",
        }
    ),
    frozenset({"kishida-gentiloni", "xi-sassou", "xi-hasina", "xi-berdimuhamedov"}),
    frozenset({"kishida-steinmeier", "sunak-zelenskyy", "xi-prabowo"}),
    frozenset({"kishida-kerry", "kishida-tillerson", "kono-tillerson", "xi-lee-jae-myung"}),
    frozenset(
        {
            "trump-starmer",
            "trump-abdullah",
            "blinken-cortizo",
            "blinken-park",
            "wangyi-balakrishnan",
        }
    ),
    frozenset(
        {"harris-scholz", "harris-zelenskyy", "harris-abdullah", "harris-macron", "liqiang-lula"}
    ),
    frozenset({"harris-trudeau", "harris-sunak", "harris-yoon", "liqiang-sanchez"}),
    frozenset({"sullivan-stoltenberg", "harris-netanyahu", "liqiang-albanese", "liqiang-luxon"}),
    frozenset({"biden-johnson", "biden-truss", "liqiang-hun-manet"}),
    frozenset({"harris-lopez-obrador", "biden-kuleba", "liqiang-prabowo"}),
    frozenset({"sherman-choi-mori", "biden-ishiba", "liqiang-scholz", "liqiang-sisi"}),
    frozenset(
        {
            "sherman-hulata",
            "sung-kim-kim-gunn-funakoshi",
            "liqiang-macron",
            "liqiang-ramaphosa",
            "liqiang-merz",
            "liqiang-rahmon",
        }
    ),
    frozenset(
        {
            "sherman-delattre-michaelis-sequi-cleverly",
            "zhaoleji-rahmon",
            "zhaoleji-tokayev",
            "zhaoleji-sanchez",
        }
    ),
    frozenset(
        {
            "liqiang-thongloun",
            "liqiang-bin-zayed",
            "liqiang-oyun-erdene",
            "lixi-ruto",
            "dingxuexiang-berdimuhamedov",
            "carney-sheinbaum",
        }
    ),
    frozenset(
        {
            "carney-lula",
            "carney-sanchez",
            "trudeau-lula",
            "starmer-ramaphosa",
            "starmer-lula",
        }
    ),
    frozenset({"carney-trump", "starmer-ishiba", "starmer-tamim", "starmer-abdullah"}),
    frozenset({"xi-boluarte", "xi-petro", "xi-maduro", "xi-rabuka", "xi-noboa"}),
    frozenset({"trudeau-tusk", "trudeau-duda", "johnson-bin-salman"}),
    frozenset({"xi-diaz-canel", "xi-mnangagwa", "xi-muizzu", "xi-obiang", "xi-isaias"}),
    frozenset({"johnson-erdogan", "johnson-trudeau", "trudeau-kishida"}),
    frozenset(
        {
            "biden-kishida-yoon",
            "blinken-parolin",
            "sullivan-akiba-cho",
            "sullivan-bonne-ploetner-barrow-yermak",
        }
    ),
    frozenset({"wangyi-amir-abdollahian", "wangyi-cavusoglu", "wangyi-kuleba"}),
    frozenset({"xi-mishustin", "xi-paetongtarn", "xi-mishal", "xi-raisi"}),
    frozenset({"may-trudeau", "may-turnbull", "trudeau-hipkins"}),
    frozenset({"abe-park-geun-hye", "abe-moon", "moon-abe", "hayashi-park-jin", "modi-moon"}),
    frozenset({"wangyi-penny-wong", "wangyi-borrell", "wangyi-marsudi"}),
    frozenset({"may-ardern", "johnson-ardern", "ban-hollande"}),
    frozenset({"wangyi-faisal-bin-farhan"}),
    frozenset({"modi-putin", "sisi-guterres", "sisi-starmer"}),
    frozenset({"wangyi-qureshi"}),
    frozenset({"moon-trump"}),
    frozenset({"ban-obama", "ban-netanyahu", "guterres-erdogan", "stoltenberg-trump"}),
    frozenset({"wangyi-chung-eui-yong", "wangyi-park-jin"}),
    frozenset({"austin-gallant", "austin-wallace", "austin-lambrecht"}),
    frozenset(
        {
            "kenny-theresa-may",
            "varadkar-theresa-may",
            "varadkar-boris-johnson",
            "le-drian-kuleba",
            "borrell-kuleba",
        }
    ),
    frozenset({"wangyi-bonne"}),
    frozenset({"zelenskyy-duda", "erdogan-trump"}),
    frozenset({"wangyi-amorim"}),
    frozenset({"abe-modi", "abe-abbott", "abe-turnbull", "abe-morrison", "modi-trump"}),
    frozenset({"wangyi-szijjarto", "wangyi-shoigu"}),
    frozenset({"kang-tillerson", "kang-pompeo", "kang-kono", "kishida-yun"}),
    frozenset({"dongjun-austin", "dongjun-hegseth", "liqiang-mishustin"}),
    frozenset(
        {
            "balakrishnan-wang-yi",
            "balakrishnan-saifuddin-abdullah",
            "kishida-macron",
            "carney-frederiksen",
        }
    ),
    frozenset({"liqiang-von-der-leyen", "hanzheng-delcy-rodriguez"}),
    frozenset({"kishida-albanese", "kishida-yoon", "may-netanyahu", "johnson-netanyahu"}),
    frozenset({"moon-macron", "moon-morrison", "moon-turnbull", "cho-tae-yul-penny-wong"}),
    frozenset({"liqiang-aripov", "hanzheng-mashatile", "liqiang-noboa", "zhaoleji-noboa"}),
    frozenset({"johnson-duda", "sunak-duda", "johnson-stoltenberg"}),
    frozenset({"kishi-wallace", "esper-kono", "mattis-stoltenberg", "kishida-stoltenberg"}),
    frozenset(
        {
            "liqiang-zardari",
            "liqiang-sultan-ibrahim",
            "liqiang-pak-thae-song",
            "liqiang-hichilema",
            "dingxuexiang-eide",
        }
    ),
    frozenset({"michel-putin", "kishida-von-der-leyen", "kishida-meloni"}),
    frozenset(
        {
            "caiqi-tran-cam-tu",
            "hanzheng-tucker",
            "hanzheng-jakobs",
            "liqiang-kono-yohei",
            "liqiang-isaias",
        }
    ),
    frozenset({"pompeo-cavusoglu", "pompeo-stoltenberg", "pompeo-le-drian", "zelenskyy-guterres"}),
    frozenset({"liqiang-schwab", "liqiang-asakawa", "liqiang-sadyr-japarov", "liqiang-mirziyoyev"}),
    frozenset(
        {
            "landau-funakoshi",
            "rubio-abdullah-bin-zayed",
            "rubio-rutte",
            "rubio-cho",
            "modi-von-der-leyen",
        }
    ),
    frozenset(
        {
            "hanzheng-chretien",
            "wanghuning-allison",
            "dingxuexiang-ishaq-dar",
            "zhaoleji-vuong-dinh-hue",
            "liqiang-yellen",
        }
    ),
)
HELD_LATER = frozenset[str]().union(*HELD_LATER_BATCHES)
# Series of the oldest held-out batch that moved to dev ahead of the rest of it, because moving the
# whole batch would have kept less than a third of the set aside. e21's batch went that way:
# blinken-bhutto-zardari (2 pairs) in the twentieth session (branch e28: 62 of 185 stayed aside),
# biden-pope-francis (3) in the twenty-first (branch e29: 67 of 193), and sullivan-amorim (3), the
# last of it, in the twenty-second (the lead at merge: with e29's pairs held out, e31's 8 fresh and
# e32's 6 Chinese dev pairs, 72 of 213 stayed aside, 33.8 %); then sherman-morgan (1 pair) of e22's
# batch could move too (71 aside, a third of 213), its other series (2 pairs or more) could not. In
# the twenty-third (branch e34: e31's pairs held out, e34's 8 fresh, 221 pairs, 79 aside)
# harris-castro (2), harris-arevalo (2) and sherman-mori (1) followed, taken in the order the batch
# lists them (74 aside, 3 x 74 >= 221); biden-sheinbaum (2) could not (72 aside). In the
# twenty-fourth (branch e35: e34's pairs held out, e35's 8 fresh, 229 pairs, 82 aside)
# biden-sheinbaum (2), the last of e22's batch, moved (80 aside), then of e23's batch, taken in the
# order the test lists it, sullivan-hanegbi (2, 78 aside) and sherman-cho (1, 77 aside, 3 x 77 >=
# 229); sullivan-landerholm and biden-lourenco (2 each) and blinken-grundberg (1) could not (76 or
# 75); blinken-grundberg (1) followed at that session's merge, when e36's held-out Chinese pairs
# kept a third aside. In the twenty-fifth (branch e37: e35's pairs held out, e37's 7 fresh, 242
# pairs, 86 aside) sullivan-landerholm (2, 84 aside) and biden-lourenco (2, 82 aside), the last of
# e23's batch, moved, then of e25's batch, taken in the order the test lists it, harris-hichilema
# (1, 81 aside, 3 x 81 >= 242); sung-kim-noh-funakoshi (3) and sullivan-kim-sung-han (2) could not
# (79 or 80 aside), nor blinken-faki or sherman-lovegrove after harris-hichilema (80). Later in
# the twenty-fifth (branch ru8: two Russian pairs held out, 246 pairs, 83 aside) blinken-faki (1,
# 82 aside, 3 x 82 >= 246) followed, next in the order; sherman-lovegrove (1) could not (81).
# In the twenty-sixth (branch e38: e37's pairs held out, e38's 7 fresh, 253 pairs, 89 aside)
# sung-kim-noh-funakoshi (3, 86 aside), first in the order, and sherman-lovegrove (1, 85 aside,
# 3 x 85 >= 253) moved; sullivan-kim-sung-han (2) could not (83). At that session's merge of ru9
# (three Russian pairs held out, 256 pairs, 88 aside) sullivan-kim-sung-han (2, 86 aside, 3 x 86 >=
# 256), the last of e25's batch, moved too; of e26's batch none could (85 aside). In the
# twenty-seventh (branches e39 and ru13, settled at their merge: e38's pairs held out, e39's 6
# fresh, ru13's two Russian pairs held out and two dev, 266 pairs, 94 aside) e26's batch, taken in
# the order the test lists it: sullivan-mufamadi (2, 92 aside), biden-sudani, harris-davis and
# finer-rosso (1 each, 89 aside, 3 x 89 >= 266) moved; sullivan-siewiera, blinken-allamand and
# blinken-hamdok (1 each) could not (88 aside, 3 x 88 < 266). In the twenty-eighth (branch e40:
# e39's pairs held out, e40's 6 fresh, 272 pairs, 95 aside) sullivan-siewiera, blinken-allamand and
# blinken-hamdok (1 each, 92 aside), the last of e26's batch, moved, then of e27's batch, taken in
# the order the test lists it, sullivan-talo (1, 91 aside, 3 x 91 >= 272); biden-king-charles (2)
# could not (89 aside), nor biden-simon-harris and the other series of one pair after
# sullivan-talo (90 aside, 3 x 90 < 272). ru17's five Russian pairs (two held out) joined at the
# merge: 277 pairs, 93 aside; still none of them could move (biden-simon-harris: 92 aside, 3 x 92
# < 277). In the twenty-ninth (branch e41: e40's pairs held out, e41's 6 fresh, 283 pairs, 99
# aside) biden-king-charles (2, 97 aside), biden-simon-harris (1, 96) and harris-suluhu-hassan (1,
# 95 aside, 3 x 95 >= 283) followed, in the order the test lists e27's batch; sullivan-doval and the
# other series of one pair after it could not (94 aside, 3 x 94 < 283).
# ru21's five Russian pairs (one held out) joined at the merge: 288 pairs, 96 aside (3 x 96 >=
# 288); sullivan-doval still could not move (95 aside, 3 x 95 < 288). In the thirtieth (branch
# e42: e41's pairs held out, e42's 6 fresh, 294 pairs, 102 aside) sullivan-doval (1, 101 aside),
# sullivan-barzani (1, 100) and starmer-kristersson (1, 99), the last of e27's batch, moved, then
# of e28's batch, taken in the order the test lists it, carney-store (1, 98 aside, 3 x 98 >= 294);
# starmer-store (3), starmer-rutte (2), carney-merz and carney-rutte (1 each) could not (95, 96 or
# 97 aside, 3 x 97 < 294). ru22's four Russian pairs (two held out) joined at the merge: 298
# pairs, 100 aside (3 x 100 >= 298); no further series could move (99 aside, 3 x 99 < 298). In
# the thirty-first (branch e43: e42's pairs held out, e43's 6 fresh, 304 pairs, 106 aside) of
# e28's batch, in the order the test lists it, starmer-store (3, 103 aside) and carney-merz (1, 102
# aside, 3 x 102 >= 304) moved; starmer-rutte (2) could not (101 aside). ru24's four Russian pairs
# (two held out) joined at the merge: 308 pairs, 104 aside, so carney-rutte (1, 103 aside,
# 3 x 103 >= 308) moved too; starmer-rutte (2) still could not (101 aside, 3 x 101 < 308). In
# the thirty-second (branch e44: e43's pairs held out, e44's 6 fresh, 314 pairs, 109 aside)
# starmer-rutte (2, 107 aside), the last of e28's batch, moved, then of e29's batch, in the order
# the test lists it, carney-albanese (2, 105 aside, 3 x 105 >= 314); carney-luxon and the other
# series of one pair after it could not (104 aside, 3 x 104 < 314). In the thirty-third (branch
# e48: e44's pairs held out, e48's 6 fresh, 320 pairs, 111 aside) of e29's batch, in the order the
# test lists it, carney-luxon, carney-ishiba, carney-meloni and starmer-luxon (1 pair each, 107
# aside, 3 x 107 >= 320) moved; starmer-mitsotakis and starmer-meloni could not (106 aside,
# 3 x 106 < 320). In the thirty-fourth (branch e51: e48's pairs held out, e51's 6 fresh, 326
# pairs, 113 aside) starmer-mitsotakis and starmer-meloni (1 pair each, 111 aside), the last of
# e29's batch, moved, then of e31's batch, in the order the test lists it, starmer-zelenskyy and
# carney-zelenskyy (1 pair each, 109 aside, 3 x 109 >= 326), passing over starmer-erdogan (4
# pairs: 107 aside, 3 x 107 < 326); starmer-erdogan and carney-von-der-leyen (2) could not. In
# the thirty-fifth (branch e52: e51's pairs held out, e52's 6 fresh, 332 pairs, 115 aside)
# starmer-erdogan (4 pairs, 111 aside, 3 x 111 >= 332), next in the order the test lists e31's
# batch, moved; carney-von-der-leyen (2), the last of it, could not (109 aside, 3 x 109 < 332).
# In the thirty-sixth (branch e53: e52's pairs held out, e53's 6 fresh, 338 pairs, 117 aside)
# carney-von-der-leyen (2 pairs, 115 aside), the last of e31's batch, moved, then of e34's batch,
# in the order the test lists it, trudeau-yoon and biden-steinmeier (1 pair each, 113 aside,
# 3 x 113 >= 338), passing over carney-macron (4 pairs: 111 aside, 3 x 111 < 338); carney-macron,
# harris-rowley and sherman-landsbergis could not (112 aside, 3 x 112 < 338, for the last two).
# In the thirty-seventh (branch e54: e53's pairs held out, e54's 6 fresh, 344 pairs, 119 aside)
# carney-macron (4 pairs, 115 aside, 3 x 115 >= 344), next in the order the test lists e34's
# batch, moved; harris-rowley and sherman-landsbergis (1 pair each) could not (114 aside,
# 3 x 114 < 344). In the thirty-eighth (branch e55: e54's pairs held out, e55's 6 fresh, 350
# pairs, 121 aside) harris-rowley and sherman-landsbergis (1 pair each, 119 aside), the last of
# e34's batch, moved, then of e35's batch, in the order the test lists it, johnson-rutte and
# starmer-schoof (1 pair each, 117 aside, 3 x 117 >= 350), passing over sunak-rutte (4 pairs: 115
# aside, 3 x 115 < 350); trudeau-albanese and harris-kishida (1 each) could not (116 aside,
# 3 x 116 < 350). In the thirty-ninth (branch e56: e55's pairs held out, e56's 6 fresh, 356
# pairs, 123 aside) sunak-rutte (4 pairs, 119 aside, 3 x 119 >= 356), next in the order the test
# lists e35's batch, moved; trudeau-albanese and harris-kishida (1 pair each) could not (118 aside,
# 3 x 118 < 356). In the fortieth (branch e57: e56's pairs held out, e57's 6 fresh, 362 pairs,
# 125 aside) trudeau-albanese and harris-kishida (1 pair each, 123 aside), the last of e35's batch,
# moved, then of e37's batch, in the order the test lists it, sullivan-beliz and sherman-cleverly
# (1 pair each, 121 aside, 3 x 121 >= 362), passing over sullivan-hulata (3 pairs: 120 aside);
# xi-ruto (2 pairs) could not (119 aside, 3 x 119 < 362). In the forty-first (branch e58: e57's
# pairs held out, e58's 6 fresh, 368 pairs, 127 aside) sullivan-hulata (3 pairs, 124 aside,
# 3 x 124 >= 368), next in the order the test lists e37's batch, moved; xi-ruto (2 pairs) could not
# (122 aside, 3 x 122 < 368). Later in the forty-first (branch e59: e59's 6 Chinese fresh pairs
# beside e58's 6, 374 pairs, 130 aside) xi-ruto (2 pairs, 128 aside, 3 x 128 >= 374), the last of
# e37's batch, moved, and then of e38's batch, in the order the test lists it, trudeau-marin,
# trudeau-karins and sullivan-dokos (1 pair each, 125 aside, 3 x 125 >= 374); sullivan-esperon
# (1 pair) could not (124 aside, 3 x 124 < 374).
# e22's series
# went one in the twenty-second session, three in the twenty-third and the last in the
# twenty-fourth; e23's three in the twenty-fourth and two in the twenty-fifth. e16's to e20's batches went the same way: sullivan-ano and blinken-jaishankar in the thirteenth
# session, blinken-wong and blinken-dendias in the fourteenth; harris-herzog and starmer-albanese
# in the fifteenth, blinken-ebrard in the sixteenth; harris-marcos in the sixteenth,
# sherman-sannino and starmer-tusk in the seventeenth; biden-tamim, blinken-borrell,
# blinken-abdullah-bin-zayed and blinken-al-alimi in the eighteenth, starmer-frederiksen in the
# nineteenth; biden-guterres and starmer-carney in the nineteenth, biden-ramaphosa in the twentieth.
# Of e38's batch, the oldest held out since e37's moved whole (forty-first session), three series
# moved by the all-pairs rule (trudeau-marin, trudeau-karins, sullivan-dokos), its Chinese
# xi-ghazouani by the per-language rule (forty-second) and its last two English series,
# sullivan-esperon and sullivan-oprisor, by the per-language rule with e70's English batch 50
# (forty-fourth, TURNOVER_E70): e38's batch is in dev whole. e40's and e41's batches moved whole by
# the per-language rule with e73's English batch 53 (forty-fifth, TURNOVER_E73), then e42's English
# series and the first of e43's batch, blinken-cortizo (one pair), by the per-language rule with
# e76's English batch 56 (forty-fifth, branch e76m, TURNOVER_E76), then the rest of e43's batch
# (blinken-park, trump-abdullah, trump-starmer) and the first of e44's, harris-abdullah (one pair),
# by the per-language rule with e77's English batch 57 (forty-sixth, TURNOVER_E77), then the rest
# of e44's batch (harris-macron, harris-scholz, harris-zelenskyy) by the per-language rule with
# e79's English batch 59 (forty-sixth, TURNOVER_E79): e44's batch is in dev whole (its Chinese
# liqiang-lula moved by the per-language rule before). Then e48's English series (harris-sunak,
# harris-trudeau, harris-yoon; its Chinese liqiang-sanchez moved by the per-language rule before)
# and the first of e51's batch, harris-netanyahu (one pair), by the per-language rule with e80's
# English batch 60 (forty-seventh, TURNOVER_E80). Then the rest of e51's batch,
# sullivan-stoltenberg (two pairs; its Chinese liqiang-albanese and liqiang-luxon moved before), and
# two series of the next batches, by the per-language rule with e84's English batch 64
# (forty-seventh, TURNOVER_E84), which passes over a series whose move would take English under a
# third: biden-truss (one pair) of e52's batch, passing over biden-johnson (three pairs), and
# biden-kuleba (one pair) of e53's, passing over harris-lopez-obrador (three): e51's batch is in
# dev whole, e52's and e53's are split. Then the rest of e52's batch, biden-johnson (three pairs;
# its Chinese liqiang-hun-manet moved before), and, passing over harris-lopez-obrador (e53's,
# three pairs) and sherman-choi-mori (e54's, three pairs), biden-ishiba (one pair) of e54's batch
# and sherman-hulata (one pair) of e55's, by the per-language rule with e86's English batch 66
# (forty-eighth, TURNOVER_E86): e52's batch is in dev whole, e53's, e54's and e55's are split.
# Then the rest of e53's batch, harris-lopez-obrador (three pairs), and, passing over
# sherman-choi-mori (e54's, three pairs), the rest of e55's, sung-kim-kim-gunn-funakoshi (one
# pair), by the per-language rule with e89's English batch 69 (forty-ninth, TURNOVER_E89): e53's
# batch is in dev whole, e54's is split, e55's is in dev whole ahead of e54's. Then the rest of
# e54's batch, sherman-choi-mori (three pairs), and e56's English series,
# sherman-delattre-michaelis-sequi-cleverly (two pairs; its Chinese series moved by the
# per-language rule before), by the per-language rule with e93's English batch 72 (fiftieth,
# TURNOVER_E93): e54's, e55's and e56's batches are in dev whole, and no batch is split. Then
# e57's English series, carney-sheinbaum (one pair; its Chinese series moved by the per-language
# rule before), and carney-lula and carney-sanchez (two pairs and one) of e58's batch, by the
# per-language rule with e96's English batch 74 at the lead's merge of e96 (fiftieth, branch e97,
# TURNOVER_E96): e57's batch is in dev whole, e58's is split. Then the rest of e58's batch,
# starmer-lula, starmer-ramaphosa and trudeau-lula (one pair each), and, passing over carney-trump
# (three pairs), starmer-abdullah (one pair) of e59's batch, by the per-language rule with e98's
# English batch 75 (fifty-first, TURNOVER_E98): e58's batch is in dev whole, e59's is split.
# Then carney-trump (three pairs) and starmer-ishiba (one pair) of e59's batch, by the
# per-language rule with e101's English batch 78 at the lead's merge of e101 (fifty-first, branch
# e102, TURNOVER_E101): e59's batch is still split (starmer-tamim held out). Then the rest of
# e59's batch, starmer-tamim (one pair), and johnson-bin-salman (three pairs) of e60's batch, by the
# per-language rule with e103's English batch 79 (fifty-second, TURNOVER_E103): e59's batch is in
# dev whole, e60's is split. Then the rest of e60's batch, trudeau-duda (one pair) and trudeau-tusk
# (two pairs), and, of e62's batch, johnson-erdogan (three pairs), by the per-language rule with
# e105's English batch 81 (fifty-third, TURNOVER_E105): e60's batch is in dev whole (as e59's
# Chinese one before it, by the per-language rule), e62's is split. Then the rest of e62's batch,
# johnson-trudeau (two pairs) and trudeau-kishida (one pair), and, of e64's batch,
# biden-kishida-yoon and blinken-parolin (one pair each), passing over sullivan-akiba-cho (three
# pairs), by the per-language rule with e107's English batch 83 (fifty-fourth, TURNOVER_E107):
# e62's batch is in dev whole (e61's Chinese one before it, by the per-language rule), e64's is
# split. Then the rest of e64's batch, sullivan-akiba-cho (three pairs) and
# sullivan-bonne-ploetner-barrow-yermak (one pair), by the per-language rule with e109's English
# batch 85 (fifty-fifth, TURNOVER_E109): e64's batch is in dev whole, and no batch is split.
# Then, of e65's batch, wangyi-amir-abdollahian (two pairs) and wangyi-cavusoglu (one pair), by the
# per-language rule with e111's English batch 87 (fifty-sixth, TURNOVER_E111): e65's batch is split
# (wangyi-kuleba, three pairs, held out: moving it would leave 142 of 433 aside).
# Since the per-language rule passes over series, the series moved ahead of the rest of their
# batch may lie in more than one batch.
MOVED_SERIES = frozenset({"wangyi-amir-abdollahian", "wangyi-cavusoglu"})
# Batches that moved to dev whole: e15's (eleventh session), e16's (thirteenth and fourteenth),
# e17's (fifteenth and sixteenth), e18's (sixteenth and seventeenth), e19's (eighteenth and
# nineteenth), e20's (nineteenth and twentieth), e21's (twentieth to twenty-second), e22's
# (twenty-second to twenty-fourth), e23's (twenty-fourth and twenty-fifth), e25's (twenty-fifth
# and twenty-sixth), e26's (twenty-seventh and twenty-eighth), e27's (twenty-eighth to
# thirtieth), e28's (thirtieth to thirty-second), e29's (thirty-second to thirty-fourth), e31's
# (thirty-fourth to thirty-sixth), e34's (thirty-sixth to thirty-eighth), e35's (thirty-eighth to
# fortieth), e37's (fortieth and forty-first), e38's (forty-first to forty-fourth), and e40's and
# e41's (forty-fifth, by the per-language rule with e73's English batch 53, TURNOVER_E73), and
# e42's (forty-fifth, its English series by the per-language rule with e76's English batch 56,
# TURNOVER_E76; its Chinese xi-lee-jae-myung moved by the per-language rule before), and e43's
# (forty-fifth and forty-sixth: blinken-cortizo with e76's batch 56, its other English series with
# e77's batch 57, TURNOVER_E77; its Chinese wangyi-balakrishnan moved by the per-language rule
# before), and e44's (forty-sixth: harris-abdullah with e77's batch 57, its other English series
# with e79's batch 59, TURNOVER_E79; its Chinese liqiang-lula moved by the per-language rule
# before), and e48's (forty-seventh: its English series with e80's batch 60, TURNOVER_E80; its
# Chinese liqiang-sanchez moved by the per-language rule before), and e51's (forty-seventh:
# harris-netanyahu with e80's batch 60, sullivan-stoltenberg with e84's batch 64, TURNOVER_E84; its
# Chinese liqiang-albanese and liqiang-luxon moved by the per-language rule before), and e52's
# (forty-seventh and forty-eighth: biden-truss with e84's batch 64, biden-johnson with e86's batch
# 66, TURNOVER_E86; its Chinese liqiang-hun-manet moved by the per-language rule before), and e53's
# (forty-seventh and forty-ninth: biden-kuleba with e84's batch 64, harris-lopez-obrador with
# e89's batch 69, TURNOVER_E89; its Chinese liqiang-prabowo moved by the per-language rule
# before), and e54's (forty-eighth and fiftieth: biden-ishiba with e86's batch 66,
# sherman-choi-mori with e93's batch 72, TURNOVER_E93; its Chinese liqiang-scholz and liqiang-sisi
# moved by the per-language rule before), e55's (forty-eighth and forty-ninth: sherman-hulata with
# e86's batch 66, sung-kim-kim-gunn-funakoshi with e89's batch 69; its Chinese series moved by the
# per-language rule before), e56's (fiftieth: sherman-delattre-michaelis-sequi-cleverly with
# e93's batch 72; its Chinese zhaoleji series moved by the per-language rule before) and e57's
# (fiftieth: carney-sheinbaum with e96's batch 74 at the lead's merge of e96, TURNOVER_E96; its
# Chinese series moved by the per-language rule before), and e58's (fiftieth and fifty-first:
# carney-lula and carney-sanchez with e96's batch 74 at the lead's merge of e96, the rest with
# e98's batch 75, TURNOVER_E98), and e59's (fifty-first and fifty-second: starmer-abdullah with
# e98's batch 75, carney-trump and starmer-ishiba at the lead's merge of e101, starmer-tamim with
# e103's batch 79, TURNOVER_E103), and e59's Chinese one (ZH_FRESH_E59, by the per-language
# rule), and e60's (fifty-second and fifty-third: johnson-bin-salman with e103's batch 79,
# trudeau-duda and trudeau-tusk with e105's batch 81, TURNOVER_E105), and e61's Chinese one (by
# the per-language rule), and e62's (fifty-third and fifty-fourth: johnson-erdogan with e105's
# batch 81, johnson-trudeau and trudeau-kishida with e107's batch 83, TURNOVER_E107), and e64's
# (fifty-fourth and fifty-fifth: biden-kishida-yoon and blinken-parolin with e107's batch 83,
# sullivan-akiba-cho and sullivan-bonne-ploetner-barrow-yermak with e109's batch 85,
# TURNOVER_E109).
MOVED_BATCHES = 39
# Dev pairs that other branches of a session add beside its turnover, counted when asking whether
# one more held-out series could move to dev; 0 once those pairs are in the set (the lead, at merge).
DEV_PAIRS_JOINING = 0


# The Chinese/Russian batch (branch e24, sixteenth session): not fresh, split by whole series,
# half dev and half held out. The Russian series were drawn with ``random.Random(24)``; the one
# Chinese series is dev so that its failures can be looked at.
LANG_BATCH = frozenset(
    {
        "wangyi-baerbock",
        "putin-bin-salman",
        "putin-mirziyoyev",
        "putin-tokayev",
        "putin-lukashenko",
        "putin-al-nahyan",
    }
)
LANG_HELD = frozenset({"putin-al-nahyan", "putin-lukashenko", "putin-tokayev"})


def test_chinese_russian_batch_is_split_by_a_seeded_draw_of_whole_series() -> None:
    import random

    batch = [p for p in PAIRS if p.series in LANG_BATCH]
    assert len(batch) >= 6 and {p.series for p in batch} == LANG_BATCH
    assert {p.publisher for p in batch} == {"mfa-zh", "kremlin"}
    assert not any(p.fresh for p in batch)
    russian = sorted(s for s in LANG_BATCH if s.startswith("putin-"))
    assert set(russian) - set(random.Random(24).sample(russian, 2)) == LANG_HELD
    for p in batch:  # whole series: every pair of a series on one side (dev since e60's turnover)
        assert p.heldout == (p.series in LANG_HELD - MOVED_BY_LANGUAGE["ru"]), p.name
        assert "branch e24" in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")


# The Russian pairs of a second source, of branch ru8 (twenty-fifth session): the Kyrgyz
# president's press service's Russian readouts of President Japarov's calls with President
# Mirziyoyev, five in a row, four pairs that form a chain; not fresh. With one series the split
# cannot be by whole series: a seeded draw over the two successive halves held out the second,
# so that dev and held-out share one readout, not two (eval/formulas/SOURCES.md).
RU8_BATCH = frozenset({"japarov-mirziyoyev"})
RU8_HELD = frozenset({"japarov-mirziyoyev__2022-09-20", "japarov-mirziyoyev__2023-05-01"})


def test_second_russian_source_is_split_by_a_seeded_draw_of_halves() -> None:
    import random

    batch = sorted((p for p in PAIRS if p.series in RU8_BATCH), key=lambda p: p.name)
    assert len(batch) == 4
    assert all(formula_eval.language_of(p) == "ru" for p in batch)
    assert not any(p.fresh for p in batch)
    for first, second in zip(batch, batch[1:], strict=False):  # a chain of successive readouts
        assert first.b_path == second.a_path
    halves = [tuple(p.name for p in batch[:2]), tuple(p.name for p in batch[2:])]
    assert set(random.Random(25).choice(halves)) == RU8_HELD
    for p in batch:  # the held-out half is dev since e60's turnover
        assert p.heldout == (p.name in RU8_HELD and p.series not in MOVED_BY_LANGUAGE["ru"]), p.name
        assert "branch ru8" in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
    for path in {p.a_path for p in batch} | {p.b_path for p in batch}:
        assert len(path.read_text(encoding="utf-8").split()) >= 80, path.name


# The Russian pairs of a third source, of branch ru9 (twenty-sixth session): the Uzbek
# president's press service's Russian readouts of President Mirziyoyev's calls with President
# Rahmon, four in a row as local outlets carried them, three pairs that form a chain; all held
# out (not fresh) as new unseen Russian text for the Russian rules (eval/formulas/SOURCES.md).
RU9_BATCH = frozenset({"mirziyoyev-rahmon"})


def test_third_russian_source_is_held_out_whole() -> None:
    batch = sorted((p for p in PAIRS if p.series in RU9_BATCH), key=lambda p: p.name)
    assert len(batch) == 3
    assert all(formula_eval.language_of(p) == "ru" for p in batch)
    # held out until the forty-third session's turnover moved the series to dev (TURNOVER_E63)
    assert all(not p.heldout and not p.fresh for p in batch)
    assert "mirziyoyev-rahmon" in MOVED_BY_LANGUAGE["ru"]
    for first, second in zip(batch, batch[1:], strict=False):  # a chain of successive readouts
        assert first.b_path == second.a_path
    assert_written_by(batch, "ru9")


def assert_written_by(batch: list[formula_eval.Pair], branch: str, words: int = 80) -> None:
    """Each pair file names its branch, every hand wording is its readout's own, and every
    readout has ``words`` words or more."""
    for p in batch:
        assert f"branch {branch}" in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
        for event in p.events:
            assert event.a is None or event.a in p.a_path.read_text(encoding="utf-8"), event
            assert event.b is None or event.b in p.b_path.read_text(encoding="utf-8"), event
    for path in {p.a_path for p in batch} | {p.b_path for p in batch}:
        assert len(path.read_text(encoding="utf-8").split()) >= words, path.name


# The Russian pairs of a fourth and fifth source, of branch ru13 (twenty-seventh session): the
# Kazakh president's press service's (Akorda) Russian readouts of President Tokayev's calls with
# President Aliyev, four in a row (three chained pairs), and the Tajik president's of President
# Rahmon's calls with President Lukashenko (one pair), as local outlets carried them; the two pairs
# earlier in time dev, the two later held out, not fresh (eval/formulas/SOURCES.md).
RU13_BATCH = frozenset({"tokayev-aliyev", "rahmon-lukashenko"})
# held out by ru13 until the forty-fourth session's turnover at e71's fresh batch 51 moved the
# series to dev (MOVED_BY_LANGUAGE, TURNOVER_E71)
RU13_HELD = frozenset({"tokayev-aliyev__2024-09-09", "tokayev-aliyev__2024-12-27"})


def test_fourth_and_fifth_russian_sources_hold_out_the_later_pairs() -> None:
    batch = [p for p in PAIRS if p.series in RU13_BATCH]
    assert len(batch) == 4 and {p.publisher for p in batch} >= {"mfa-tj", "vecher-kz"}
    assert all(formula_eval.language_of(p) == "ru" for p in batch)
    assert not any(p.fresh for p in batch)
    by_date = sorted(batch, key=lambda p: p.name.split("__")[1])
    assert {p.name for p in by_date[2:]} == RU13_HELD  # the later two held out
    aliyev = [p for p in by_date if p.series == "tokayev-aliyev"]
    for first, second in zip(aliyev, aliyev[1:], strict=False):  # a chain of successive readouts
        assert first.b_path == second.a_path
    for p in batch:  # the later two were held out; the turnover per language moved them to dev
        assert not p.heldout, p.name
        text = (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
        assert (TURNOVER_E71 in text) == (p.name in RU13_HELD), p.name
    assert_written_by(batch, "ru13")


# The Russian pairs of a sixth and seventh source, of branch ru17 (twenty-eighth session): the
# Kazakh presidents' press services' Russian readouts of their calls with President Erdoğan, as
# Kazakh and Russian outlets carried them — the First President's office (Nazarbayev, three
# readouts) and Akorda (Tokayev, four) —, each series a chain of successive readouts; the later
# pair of each series held out, the others dev, not fresh (eval/formulas/SOURCES.md). Akorda's
# readouts of a condolence call are short: two have 54 and 66 words, so the batch asks 50.
RU17_BATCH = frozenset({"nazarbayev-erdogan", "tokayev-erdogan"})
# nazarbayev-erdogan__2021-02-26 was held out too until the forty-third session's turnover moved
# its series to dev (MOVED_BY_LANGUAGE, TURNOVER_E63), and tokayev-erdogan__2023-06-10 until the
# forty-fourth session's turnover at e71's fresh batch 51 (TURNOVER_E71): none held out now
RU17_HELD = frozenset[str]()


def test_sixth_and_seventh_russian_sources_hold_out_the_later_pair_of_each_series() -> None:
    assert_russian_chains(RU17_BATCH, RU17_HELD, "ru17", {"informburo", "zakon"}, 5, words=50)


def assert_russian_chains(
    series: frozenset[str], held: frozenset[str], branch: str, publishers: set[str], pairs: int,
    words: int,
) -> None:  # fmt: skip
    """A Russian batch of ``pairs`` pairs, not fresh, each series a chain of successive readouts
    whose last pair is held out (and ``held`` names every held-out pair), written by ``branch``;
    a series a turnover per language moved to dev (MOVED_BY_LANGUAGE) is dev whole."""
    batch = [p for p in PAIRS if p.series in series]
    assert len(batch) == pairs and {p.publisher for p in batch} >= publishers
    assert all(formula_eval.language_of(p) == "ru" and not p.fresh for p in batch)
    for name in series:
        chain = sorted((p for p in batch if p.series == name), key=lambda p: p.name)
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
        if name in MOVED_BY_LANGUAGE["ru"]:
            assert not any(p.heldout for p in chain)
            continue
        assert [p.heldout for p in chain] == [p.name in held for p in chain]
        assert chain[-1].heldout
    assert {p.name for p in batch if p.heldout} == held
    assert_written_by(batch, branch, words=words)


# The Russian pairs of an eighth and ninth series, of branch ru21 (twenty-ninth session): the
# Uzbek president's press service's Russian readouts of President Mirziyoyev's calls with
# Kazakhstan's First President (five readouts, a chain of four pairs) and the Kyrgyz president's
# of President Japarov's calls with President Tokayev (one pair), as outlets carried them; the
# chain's last pair held out, the others dev, not fresh (eval/formulas/SOURCES.md). The Uzbek
# readouts are short (67 to 79 words), so the batch asks 60.
RU21_BATCH = frozenset({"mirziyoyev-nazarbayev", "japarov-tokayev"})
# mirziyoyev-nazarbayev__2023-07-10 was held out until the forty-fourth session's turnover at
# e71's fresh batch 51 moved its series to dev (MOVED_BY_LANGUAGE, TURNOVER_E71)
RU21_HELD = frozenset[str]()


def test_eighth_and_ninth_russian_series_hold_out_the_last_pair_of_the_chain() -> None:
    batch = [p for p in PAIRS if p.series in RU21_BATCH]
    assert len(batch) == 5 and {p.publisher for p in batch} >= {"kant-kg", "24-kg"}
    assert all(formula_eval.language_of(p) == "ru" and not p.fresh for p in batch)
    chain = sorted((p for p in batch if p.series == "mirziyoyev-nazarbayev"), key=lambda p: p.name)
    assert len(chain) == 4
    assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    assert not any(p.heldout for p in chain)  # its last pair was held out until TURNOVER_E71
    assert TURNOVER_E71 in (EVAL / "pairs" / f"{chain[-1].name}.toml").read_text(encoding="utf-8")
    assert {p.name for p in batch if p.heldout} == RU21_HELD
    assert_written_by(batch, "ru21", words=60)


# The Russian pairs of a tenth and eleventh series, of branch ru22 (thirtieth session): the Uzbek
# president's press service's Russian readouts of President Mirziyoyev's calls with President
# Aliyev and with President Erdoğan (three readouts each, a chain of two pairs each), as the
# president's site and outlets carried them; the later pair of each chain held out, the earlier
# dev, not fresh (eval/formulas/SOURCES.md). The shortest readout has 69 words, so the batch asks 60.
RU22_BATCH = frozenset({"mirziyoyev-aliyev", "mirziyoyev-erdogan"})
# mirziyoyev-aliyev__2023-12-24 and mirziyoyev-erdogan__2020-04-22 were held out until the
# forty-seventh session's turnover at e82's fresh batch 62 moved both series to dev
# (MOVED_BY_LANGUAGE, TURNOVER_E82): none held out now
RU22_HELD = frozenset[str]()


def test_tenth_and_eleventh_russian_series_hold_out_the_later_pair_of_each_chain() -> None:
    publishers = {"president-uz", "bigasia"}
    assert_russian_chains(RU22_BATCH, RU22_HELD, "ru22", publishers, 4, words=60)


# The Russian pairs of a twelfth and thirteenth series, of branch ru24 (thirty-first session): the
# Uzbek president's press service's Russian readouts of President Mirziyoyev's calls with President
# Tokayev and with President Lukashenko (three readouts each, a chain of two pairs each), as
# outlets carried them; the later pair of each chain held out, the earlier dev, not fresh
# (eval/formulas/SOURCES.md). The shortest readout has 75 words, so the batch asks 70.
RU24_BATCH = frozenset({"mirziyoyev-tokayev", "mirziyoyev-lukashenko"})
# mirziyoyev-lukashenko__2024-07-24 was held out until the forty-seventh session's turnover at
# e82's fresh batch 62 moved its series to dev (MOVED_BY_LANGUAGE, TURNOVER_E82), and
# mirziyoyev-tokayev__2022-04-05 until the forty-eighth session's at e88's fresh batch 68
# (TURNOVER_E88): none held out now
RU24_HELD = frozenset[str]()


def test_twelfth_and_thirteenth_russian_series_hold_out_the_later_pair_of_each_chain() -> None:
    publishers = {"nuz", "kknews", "dunyo", "uz-press"}
    assert_russian_chains(RU24_BATCH, RU24_HELD, "ru24", publishers, 4, words=70)


# The Chinese batch of branch zh2 (seventeenth session): Xinhua readouts of President Xi's calls
# and meetings as CCTV's evening news published them, not fresh, split by whole series. The first
# three series were held out in the order ``random.Random(17)`` drew them until at least half of
# their pairs were; xi-starmer came after the draw and is dev (eval/formulas/SOURCES.md).
ZH_DRAWN = frozenset({"xi-lula", "xi-sanchez", "xi-bin-salman"})
ZH_BATCH = ZH_DRAWN | {"xi-starmer"}
ZH_HELD = frozenset({"xi-lula", "xi-sanchez"})


def test_chinese_batch_is_split_by_a_seeded_draw_of_whole_series() -> None:
    import random

    batch = [p for p in PAIRS if p.series in ZH_BATCH]
    assert len(batch) >= 6 and {p.series for p in batch} == ZH_BATCH
    assert {p.publisher for p in batch} == {"cctv"}
    assert not any(p.fresh for p in batch)
    assert all(formula_eval.language_of(p) == "zh" for p in batch)
    pairs_of = {s: sum(p.series == s for p in batch) for s in ZH_DRAWN}
    held: set[str] = set()
    for series in random.Random(17).sample(sorted(ZH_DRAWN), len(ZH_DRAWN)):
        if 2 * sum(pairs_of[s] for s in held) >= sum(pairs_of.values()):
            break
        held.add(series)
    assert held == ZH_HELD
    for p in batch:  # whole series: every pair of a series on one side (dev since e60's turnover)
        assert p.heldout == (p.series in ZH_HELD - MOVED_BY_LANGUAGE["zh"]), p.name
        assert "branch zh2" in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
    drawn = [p for p in batch if p.series in ZH_HELD]
    assert 2 * len(drawn) >= len(batch) > len(drawn)


# The Chinese dev batch of branch e30 (twenty-first session): Xinhua readouts of President Xi's
# meetings as CCTV's evening news published them, in four series new to the set, every pair dev so
# that Chinese rules are tuned on more than a handful of series; written by hand before the tool
# ran on them (eval/formulas/SOURCES.md). With e29's turnover the split is 132 dev / 59 held out /
# 8 fresh: 67 of 199 aside, a third (the aside-third checks need both branches).
ZH_DEV_BATCH = frozenset({"xi-lukashenko", "xi-tokayev", "xi-albanese", "xi-scholz"})


def chinese_dev_batch(series: frozenset[str], branch: str) -> list[formula_eval.Pair]:
    """The six pairs of a Chinese dev batch, checked: dev, CCTV's, in Chinese, written before
    the tool ran on them."""
    batch = [p for p in PAIRS if p.series in series]
    assert len(batch) == 6 and {p.series for p in batch} == series
    assert {p.publisher for p in batch} == {"cctv"}
    assert all(formula_eval.language_of(p) == "zh" for p in batch)
    assert not any(p.heldout or p.fresh for p in batch)
    for p in batch:
        text = (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
        assert f"written before the tool ran, branch {branch}" in text, p.name
    return batch


def test_chinese_dev_batch_is_dev_cctv_and_written_before_the_tool() -> None:
    chinese_dev_batch(ZH_DEV_BATCH, "e30")
    assert not ZH_DEV_BATCH & (ZH_BATCH | LANG_BATCH | HELD_LATER | DRAWN_SERIES)


# The second Chinese dev batch, of branch e32 (twenty-second session): three series of President
# Xi's calls and meetings (a Western, a Global South and a neighbouring leader) and one of Premier
# Li Qiang's talks, as CCTV's evening news published them, every pair dev; written by hand before
# the tool ran on them (eval/formulas/SOURCES.md). On this branch alone 67 of 205 pairs are aside
# (32.7 %), under a third: the aside-third checks need e31's fresh batch of this session.
ZH_DEV_BATCH_2 = frozenset({"xi-merz", "xi-ramaphosa", "xi-hun-manet", "liqiang-lawrence-wong"})


def test_second_chinese_dev_batch_is_dev_cctv_and_written_before_the_tool() -> None:
    for p in chinese_dev_batch(ZH_DEV_BATCH_2, "e32"):
        for event in p.events:  # every wording is the readout's own
            assert event.a is None or event.a in p.a_path.read_text(encoding="utf-8"), event
            assert event.b is None or event.b in p.b_path.read_text(encoding="utf-8"), event
    assert not ZH_DEV_BATCH_2 & (ZH_BATCH | ZH_DEV_BATCH | LANG_BATCH | HELD_LATER | DRAWN_SERIES)
    # with sullivan-amorim and sherman-morgan, moved at merge, harris-castro, harris-arevalo and
    # sherman-mori, moved by e34's turnover, biden-sheinbaum, sullivan-hanegbi and sherman-cho,
    # moved by e35's, e36's three Chinese dev pairs, and blinken-grundberg, moved at the merge
    # of e35 and e36 (the Chinese pairs e36 held out keep a third aside), and sullivan-landerholm,
    # biden-lourenco and harris-hichilema, moved by e37's turnover, ru8's two Russian dev pairs and
    # blinken-faki, moved by ru8's turnover, sung-kim-noh-funakoshi and sherman-lovegrove, moved by
    # e38's, and sullivan-kim-sung-han, moved at the merge of ru9 (its three held-out pairs), ru13's
    # two Russian dev pairs, and sullivan-mufamadi, biden-sudani, harris-davis and finer-rosso,
    # moved at the merge of e39 and ru13, sullivan-siewiera, blinken-allamand, blinken-hamdok and
    # sullivan-talo, moved by e40's, ru17's three Russian dev pairs, biden-king-charles,
    # biden-simon-harris and harris-suluhu-hassan, moved by e41's, ru21's four, sullivan-doval,
    # sullivan-barzani, starmer-kristersson and carney-store, moved by e42's, ru22's two, and
    # starmer-store (3) and carney-merz, moved by e43's, ru24's two, and carney-rutte, moved at the
    # merge of e43 and ru24, and starmer-rutte (2) and carney-albanese (2), moved by e44's, and
    # carney-luxon, carney-ishiba, carney-meloni and starmer-luxon, moved by e48's, and
    # starmer-mitsotakis, starmer-meloni, starmer-zelenskyy and carney-zelenskyy, moved by e51's,
    # and starmer-erdogan (4), moved by e52's, and carney-von-der-leyen (2), trudeau-yoon and
    # biden-steinmeier, moved by e53's, and carney-macron (4), moved by e54's, and harris-rowley,
    # sherman-landsbergis, johnson-rutte and starmer-schoof, moved by e55's, and sunak-rutte (4),
    # moved by e56's, and trudeau-albanese, harris-kishida, sullivan-beliz and sherman-cleverly,
    # moved by e57's, and sullivan-hulata (3), moved by e58's, and xi-ruto (2), trudeau-marin,
    # trudeau-karins and sullivan-dokos, moved by e59's, and 31 Chinese and Russian pairs of 20
    # series, moved by e60's turnover per language, and liqiang-hun-manet and liqiang-prabowo (4), moved at
    # the merge of e61 (its Chinese batch 41), and mirziyoyev-rahmon (3) and nazarbayev-erdogan,
    # moved at the merge of e63 (its Russian batch 43), and liqiang-scholz, liqiang-sisi,
    # liqiang-macron and liqiang-merz, moved at the merge of e66 (its Chinese batch 46), and
    # tokayev-aliyev (2), tokayev-erdogan and mirziyoyev-nazarbayev, moved by e71's turnover per
    # language (its Russian batch 51); sullivan-esperon and sullivan-oprisor, moved with e70's
    # English batch 50; liqiang-rahmon, liqiang-ramaphosa, zhaoleji-rahmon and zhaoleji-tokayev,
    # moved by e72's turnover per language (its Chinese batch 52); kishida-gentiloni,
    # kishida-steinmeier (2) and sunak-zelenskyy (2), moved by e73's turnover per language (its
    # English batch 53); zhaoleji-sanchez (2), dingxuexiang-berdimuhamedov and liqiang-bin-zayed,
    # moved by e74's turnover per language (its Chinese batch 54); kishida-kerry (2),
    # kishida-tillerson, kono-tillerson and blinken-cortizo, moved at the merge of e76 (its English
    # batch 56, branch e76m); blinken-park (2), trump-abdullah, trump-starmer and harris-abdullah,
    # moved by e77's turnover per language (its English batch 57); liqiang-oyun-erdene,
    # liqiang-thongloun, lixi-ruto and xi-maduro, moved by e78's turnover per language (its Chinese
    # batch 58); harris-macron, harris-scholz (2) and harris-zelenskyy, moved by e79's turnover per
    # language (its English batch 59); harris-sunak, harris-trudeau (2), harris-yoon and
    # harris-netanyahu, moved by e80's turnover per language (its English batch 60); xi-boluarte
    # (2), xi-noboa and xi-petro, moved by e81's turnover per language (its Chinese batch 61);
    # mirziyoyev-aliyev, mirziyoyev-erdogan and mirziyoyev-lukashenko, moved by e82's turnover per
    # language (its Russian batch 62); sullivan-stoltenberg (2), biden-truss and biden-kuleba, moved
    # by e84's turnover per language (its English batch 64); xi-rabuka and xi-diaz-canel (2), moved
    # by e85's turnover per language (its Chinese batch 65); biden-johnson (3), biden-ishiba and
    # sherman-hulata, moved by e86's turnover per language (its English batch 66); xi-isaias,
    # xi-mnangagwa and xi-muizzu, moved by e87's turnover per language (its Chinese batch 67);
    # mirziyoyev-tokayev, moved by e88's turnover per language (its Russian batch 68);
    # harris-lopez-obrador (3) and sung-kim-kim-gunn-funakoshi, moved by e89's turnover per
    # language (its English batch 69); xi-obiang, xi-mishal and xi-paetongtarn, moved by e90's
    # turnover per language (its Chinese batch 70); mirziyoyev-berdimuhamedov, moved by e92's
    # turnover per language (its Russian batch 71); sherman-choi-mori (3) and
    # sherman-delattre-michaelis-sequi-cleverly (2), moved by e93's turnover per language (its
    # English batch 72); xi-mishustin (3) and xi-raisi, moved by e94's turnover per language (its
    # Chinese batch 73); carney-sheinbaum, carney-lula (2) and carney-sanchez, moved at the lead's
    # merge of e96 (its English batch 74, branch e97); starmer-lula, starmer-ramaphosa, trudeau-lula
    # and starmer-abdullah, moved by e98's turnover per language (its English batch 75);
    # wangyi-park-jin and wangyi-shoigu (2), moved by e99's turnover per language (its Chinese
    # batch 76); carney-trump (3) and starmer-ishiba, moved at the lead's merge of e101 (its English
    # batch 78, branch e102); starmer-tamim and johnson-bin-salman (3), moved by e103's turnover per
    # language (its English batch 79); wangyi-amorim (4), moved by e104's turnover per language (its
    # Chinese batch 80); trudeau-duda, trudeau-tusk (2) and johnson-erdogan (3), moved by e105's
    # turnover per language (its English batch 81); wangyi-szijjarto (3), moved by e106's turnover per
    # language (its Chinese batch 82); johnson-trudeau (2), trudeau-kishida, biden-kishida-yoon and
    # blinken-parolin, moved by e107's turnover per language (its English batch 83); dongjun-austin,
    # dongjun-hegseth and hanzheng-mashatile (one each), moved by e108's turnover per language (its
    # Chinese batch 84); sullivan-akiba-cho (3) and sullivan-bonne-ploetner-barrow-yermak, moved by
    # e109's turnover per language (its English batch 85); liqiang-mishustin (2) and
    # hanzheng-delcy-rodriguez (2), moved by e110's turnover per language (its Chinese batch 86);
    # wangyi-amir-abdollahian (2) and wangyi-cavusoglu, moved by e111's turnover per language (its
    # English batch 87);
    # liqiang-aripov (2) and liqiang-noboa, moved by e112's turnover per language (its Chinese
    # batch 88)
    assert len(formula_eval.load_pairs(EVAL, split="dev")) == 428


# The third Chinese batch, of branch e36 (twenty-fourth session): President Xi's meetings with six
# counterparts new to the Chinese side of the set, one pair a series, as CCTV's evening news
# published them; written by hand before the tool ran on them (eval/formulas/SOURCES.md). Split by
# ``random.Random(36)``: three pairs held out (plain held-out, not fresh), three dev.
ZH_BATCH_3 = frozenset({"xi-modi", "xi-erdogan", "xi-fico", "xi-luxon", "xi-carney", "xi-boric"})
ZH_HELD_3 = frozenset({"xi-boric", "xi-erdogan", "xi-luxon"})
# The Chinese series of e37's fresh batch (twenty-fifth session): President Xi's meetings with
# Kenyan President Ruto as CCTV's evening news published them, two pairs, fresh (not drawn); the
# Kremlin scrape held no Putin series new to the set (eval/formulas/SOURCES.md). Held out since
# the twenty-sixth session with the rest of e37's batch (HELD_LATER_BATCHES).
ZH_FRESH_E37 = frozenset({"xi-ruto"})
# The Chinese series of e38's fresh batch (twenty-sixth session): President Xi's meetings with
# Mauritanian President Ghazouani as CCTV's evening news published them, two pairs, fresh; held
# out since the twenty-seventh session with the rest of e38's batch (HELD_LATER_BATCHES).
ZH_FRESH_E38 = frozenset({"xi-ghazouani"})
# The Chinese series of e39's fresh batch (twenty-seventh session): President Xi's meetings with
# Congo-Brazzaville's President Sassou, Bangladesh's Prime Minister Hasina and Turkmenistan's
# President Berdimuhamedov as CCTV's evening news published them, five pairs, fresh; held out
# since the twenty-eighth session with the rest of e39's batch (HELD_LATER_BATCHES).
ZH_FRESH_E39 = frozenset({"xi-sassou", "xi-hasina", "xi-berdimuhamedov"})
# The Chinese series of e40's fresh batch (twenty-eighth session): President Xi's talks and meeting
# with Indonesia's President Prabowo as CCTV's evening news published them, two pairs, fresh; held
# out since the twenty-ninth session with the rest of e40's batch (HELD_LATER_BATCHES).
ZH_FRESH_E40 = frozenset({"xi-prabowo"})
# The Chinese series of e41's fresh batch (twenty-ninth session): President Xi's call and talks with
# the Republic of Korea's President Lee Jae-myung as CCTV's evening news published them, two pairs,
# fresh; held out since the thirtieth session with the rest of e41's batch (HELD_LATER_BATCHES).
ZH_FRESH_E41 = frozenset({"xi-lee-jae-myung"})
# The Chinese series of e42's fresh batch (thirtieth session): Foreign Minister Wang Yi's meeting and
# call with Singapore's Foreign Minister Vivian Balakrishnan (the ministry's release and Xinhua's
# dispatch, from the `pages` corpus), one pair, fresh; held out since the thirty-first session
# with the rest of e42's batch (HELD_LATER_BATCHES).
ZH_FRESH_E42 = frozenset({"wangyi-balakrishnan"})
# The Chinese series of e43's fresh batch (thirty-first session): Premier Li Qiang's meetings with
# Brazil's President Lula as CCTV's evening news published them, one pair, fresh; held out since
# the thirty-second session with the rest of e43's batch (HELD_LATER_BATCHES).
ZH_FRESH_E43 = frozenset({"liqiang-lula"})
# The Chinese series of e44's fresh batch (thirty-second session): Premier Li Qiang's talks with
# Spain's Prime Minister Sánchez as CCTV's evening news published them, two pairs (a chain), fresh;
# held out since the thirty-third session with the rest of e44's batch (HELD_LATER_BATCHES).
ZH_FRESH_E44 = frozenset({"liqiang-sanchez"})
# The Chinese series of e48's fresh batch (thirty-third session): Premier Li Qiang's talks and
# meetings with Australia's Prime Minister Albanese (two pairs, a chain) and New Zealand's Prime
# Minister Luxon (one pair) as CCTV's evening news published them, fresh; held out since the
# thirty-fourth session with the rest of e48's batch (HELD_LATER_BATCHES).
ZH_FRESH_E48 = frozenset({"liqiang-albanese", "liqiang-luxon"})
# The Chinese series of e51's fresh batch (thirty-fourth session): Premier Li Qiang's meetings and
# talks with Cambodia's Prime Minister Hun Manet as CCTV's evening news published them, two pairs
# (a chain), fresh; held out since the thirty-fifth session with the rest of e51's batch
# (HELD_LATER_BATCHES).
ZH_FRESH_E51 = frozenset({"liqiang-hun-manet"})
# The Chinese series of e52's fresh batch (thirty-fifth session): Premier Li Qiang's meetings and
# talks with Indonesia's President Prabowo as CCTV's evening news published them, two pairs (a
# chain), fresh; held out since the thirty-sixth session with the rest of e52's batch
# (HELD_LATER_BATCHES).
ZH_FRESH_E52 = frozenset({"liqiang-prabowo"})
# The Chinese series of e53's fresh batch (thirty-sixth session): Premier Li Qiang's talks with
# Germany's Chancellor Scholz and his meetings with Egypt's President Sisi as CCTV's evening news
# published them, one pair each, fresh; held out since the thirty-seventh session with the rest of
# e53's batch (HELD_LATER_BATCHES).
ZH_FRESH_E53 = frozenset({"liqiang-scholz", "liqiang-sisi"})
# The Chinese series of e54's fresh batch (thirty-seventh session): Premier Li Qiang's meetings
# with France's President Macron, South Africa's President Ramaphosa and Tajikistan's President
# Rahmon, and his meeting and talks with Germany's Chancellor Merz, as CCTV's evening news
# published them, one pair each, fresh; held out since the thirty-eighth session with the rest of
# e54's batch (HELD_LATER_BATCHES).
ZH_FRESH_E54 = frozenset({"liqiang-macron", "liqiang-ramaphosa", "liqiang-merz", "liqiang-rahmon"})
# The Chinese series of e55's fresh batch (thirty-eighth session): Chairman Zhao Leji's meetings
# with Tajikistan's President Rahmon (one pair), Kazakhstan's President Tokayev (one pair) and
# Spain's Prime Minister Sánchez (two pairs, a chain), as CCTV's evening news published them,
# fresh. e55's zhaoleji-macron, zhaoleji-lula and dingxuexiang-lawrence-wong were taken by the
# outside set too (out7, the same session) and stay there; branch e55b put zhaoleji-tokayev and
# zhaoleji-sanchez in their place. Held out since the thirty-ninth session with the rest of e55's
# batch (HELD_LATER_BATCHES).
ZH_FRESH_E55 = frozenset({"zhaoleji-rahmon", "zhaoleji-tokayev", "zhaoleji-sanchez"})
# The Chinese series of e56's fresh batch (thirty-ninth session): Premier Li Qiang's meetings with
# the UAE's President Mohamed bin Zayed, Laos' General Secretary and President Thongloun and
# Mongolia's Prime Minister Oyun-Erdene, Li Xi's with Kenya's President Ruto and Vice Premier Ding
# Xuexiang's with Turkmenistan's President Serdar Berdimuhamedov, as CCTV's evening news published
# them, one pair each, fresh; held out since the fortieth session with the rest of e56's batch
# (HELD_LATER_BATCHES).
ZH_FRESH_E56 = frozenset(
    {
        "liqiang-bin-zayed",
        "liqiang-thongloun",
        "liqiang-oyun-erdene",
        "lixi-ruto",
        "dingxuexiang-berdimuhamedov",
    }
)
# The Chinese series of e59's fresh batch (forty-first session): President Xi's meetings and talks
# with Peru's President Boluarte (two pairs, a chain), Colombia's President Petro, Venezuela's
# President Maduro, Fiji's Prime Minister Rabuka and Ecuador's President Noboa (one pair each), as
# CCTV's evening news published them, fresh; their counterparts joined
# build_background_zh.LEFT_OUT_NAMES and the Chinese background was rebuilt first. Held out since
# the forty-second session with e58's batch (HELD_LATER_BATCHES).
ZH_FRESH_E59 = frozenset({"xi-boluarte", "xi-petro", "xi-maduro", "xi-rabuka", "xi-noboa"})
# The Chinese series of e61's fresh batch (forty-second session): President Xi's meetings and talks
# with Cuba's President Díaz-Canel (two pairs, a chain), Zimbabwe's President Mnangagwa, the
# Maldives' President Muizzu, Equatorial Guinea's President Obiang and Eritrea's President Isaias
# (one pair each), as CCTV's evening news published them, fresh; their counterparts joined
# build_background_zh.LEFT_OUT_NAMES and the Chinese background was rebuilt first. Held out since
# the forty-third session with e60's batch (HELD_LATER_BATCHES).
ZH_FRESH_E61 = frozenset({"xi-diaz-canel", "xi-mnangagwa", "xi-muizzu", "xi-obiang", "xi-isaias"})
# The Russian series of e63's fresh batch (forty-third session), the first Russian fresh pairs:
# the Uzbek press service's readouts of President Mirziyoyev's calls and a meeting with
# Turkmenistan's President Serdar Berdimuhamedov (one pair), its National Leader Gurbanguly
# Berdimuhamedov (two pairs, a chain) and UAE President Mohamed bin Zayed (three, a chain), as
# Uzbek and Russian outlets carried them; fresh. The Russian background needed no rebuild (no
# Kremlin readout of its corpus names them; build_background_ru.EXCLUDED names them now). Held out
# since the forty-fourth session's turnover (branch e67), the first Russian series held out as a
# fresh batch turned over (HELD_ORDER["ru"]).
RU_FRESH_E63 = frozenset(
    {"mirziyoyev-berdimuhamedov", "mirziyoyev-gurbanguly", "mirziyoyev-al-nahyan"}
)
# The Chinese series of e66's fresh batch 46 (forty-third session): President Xi's meetings with
# Russia's Prime Minister Mishustin (three pairs, a chain), Thailand's Prime Minister Paetongtarn,
# Kuwait's Crown Prince Mishal and his talks and meeting with Iran's President Raisi (one pair
# each), as CCTV's evening news published them, fresh; their counterparts joined
# build_background_zh.LEFT_OUT_NAMES and the Chinese background was rebuilt first. Held out since
# the forty-fourth session with e62's, e63's, e64's and e65's batches (HELD_LATER_BATCHES).
ZH_FRESH_E66 = frozenset({"xi-mishustin", "xi-paetongtarn", "xi-mishal", "xi-raisi"})
# The Russian series of e71's fresh batch 51 (forty-fourth session), from a publisher other than
# the Kremlin and the Uzbek presidency: the Kyrgyz president's press service's readouts of
# President Japarov's calls and meetings with President Erdoğan (four pairs, a chain) and with
# President Rahmon (two pairs, a chain), as Kyrgyz and other outlets carried them; fresh.
# build_background_ru.EXCLUDED names both counterparts and Japarov already: no rebuild.
RU_FRESH_E71 = frozenset({"japarov-erdogan", "japarov-rahmon"})
# The Russian series of e82's fresh batch 62 (forty-seventh session), from two press services:
# the Uzbek president's readouts of President Mirziyoyev's talks, meeting and calls with the Emir
# of Qatar, Sheikh Tamim (2023-10-02 to 2025-09-12, three pairs, a chain), and the Azerbaijani
# president's readouts of President Aliyev's calls with President Lukashenko (2019-07-02 and
# 2021-11-08, one pair), as outlets and president.az carried them; fresh until the
# forty-eighth session's turnover (branch e86), held out since.
# build_background_ru.EXCLUDED names Mirziyoyev, Aliyev and Lukashenko already and "Тамим" now
# (the background rebuilt: its two Putin–Tamim readouts left out, the same phrase kept).
RU_FRESH_E82 = frozenset({"mirziyoyev-tamim", "aliyev-lukashenko"})
# The Russian series of e88's fresh batch 68 (forty-eighth session), from two publishers: the
# Azerbaijani president's press service's readouts of President Aliyev's calls with President
# Zelensky (2020-05-27 and 2020-09-22, one pair), as APA's copies on ona.az and vesti.az carried
# them, and the Turkmen state news agency TDH's readouts of the National Leader Gurbanguly
# Berdimuhamedov's calls with President Erdoğan (2024-06-29 and 2024-10-09, one pair), as the
# Turkmen consulate in Herat and AsmanNews carried them; fresh until the forty-ninth session's
# turnover (branch e89), held out since. build_background_ru.EXCLUDED names Aliyev, Erdoğan and
# the Berdimuhamedovs already and "Зеленск" now (no Kremlin readout of the background names him:
# the same 19 readouts, the background file unchanged).
RU_FRESH_E88 = frozenset({"aliyev-zelensky", "gurbanguly-erdogan"})
# The Russian series of e92's fresh batch 71 (forty-ninth session), the Kremlin's own texts found
# outside the scrape for the first time: President Putin's calls with President Vučić on
# 2024-10-20 (the Kremlin's accessible site special.kremlin.ru as the pages corpus holds it, cut)
# and 2025-03-07 (the scrape's kremlin.ru news 76422), one pair; fresh until the fiftieth
# session's turnover (branch e93), held out since. build_background_ru leaves out "Вучич" and the
# page 76422 (18 readouts of 16 counterparts, the same phrase).
RU_FRESH_E92 = frozenset({"putin-vucic"})
# The Chinese series of e72's fresh batch 52 (forty-fourth session), from publishers other than
# CCTV's evening news: Wang Yi's calls and meetings with Saudi Arabia's Foreign Minister Faisal bin
# Farhan, 2021-07-15 to 2026-03-04 (six pairs, a chain), the PRC MFA's, Xinhua's and China News
# Service's Chinese texts as outlets carried them; fresh. build_background_zh.LEFT_OUT_NAMES names
# 费萨尔 (joined with it).
ZH_FRESH_E72 = frozenset({"wangyi-faisal-bin-farhan"})
# The Chinese series of e74's fresh batch 54 (forty-fifth session), from publishers other than
# CCTV's evening news: Wang Yi's meetings, strategic dialogues and calls with Pakistan's Foreign
# Minister Qureshi, 2018-09-25 to 2022-03-21 (six pairs, a chain), Xinhua's, the PRC MFA's and
# China News Service's Chinese texts as outlets carried them; fresh. build_background_zh.
# LEFT_OUT_NAMES names 库雷希 (joined with it; no CCTV item of the background's corpus names him).
ZH_FRESH_E74 = frozenset({"wangyi-qureshi"})
# The Chinese series of e78's fresh batch 58 (forty-sixth session), from publishers other than
# CCTV's evening news: Wang Yi's calls and meetings with Korea's Foreign Minister Chung Eui-yong,
# 2021-02-16 to 2022-02-28 (five pairs, a chain), and his Qingdao talks and video meeting with
# his successor Park Jin, 2022-08-09 and 2022-12-12 (one pair): the PRC MFA's and Xinhua's
# Chinese texts as outlets carried them; fresh. build_background_zh.LEFT_OUT_NAMES names 郑义溶
# and 朴振 (joined with it; no CCTV item of the background's corpus names them).
ZH_FRESH_E78 = frozenset({"wangyi-chung-eui-yong", "wangyi-park-jin"})
# The Chinese series of e81's fresh batch 61 (forty-seventh session), from publishers other than
# CCTV's evening news: Wang Yi's calls and strategic dialogues with French President Macron's
# diplomatic adviser Emmanuel Bonne, 2024-04-27 to 2026-03-20 (six pairs, a chain of seven
# readouts): Xinhua's, the PRC MFA's and China News Service's Chinese texts as outlets carried
# them; fresh. build_background_zh.LEFT_OUT_NAMES names 博纳 (joined with it; no CCTV item of the
# background's corpus names him).
ZH_FRESH_E81 = frozenset({"wangyi-bonne"})
# The Chinese series of e85's fresh batch 65 (forty-seventh session, round 3), from publishers other
# than CCTV's evening news: Wang Yi's meetings and calls with Brazilian President Lula's chief
# special adviser Celso Amorim, 2023-04-13 to 2025-09-04 (four pairs, a chain of five readouts):
# China News Service's, the PRC MFA's, People's Daily's and Xinhua's Chinese texts as outlets
# carried them; fresh. build_background_zh.LEFT_OUT_NAMES names 阿莫林 (joined with it; no CCTV
# item of the background's corpus names him).
ZH_FRESH_E85 = frozenset({"wangyi-amorim"})
# The Chinese series of e87's fresh batch 67 (forty-eighth session), from publishers other than
# CCTV's evening news: Wang Yi's call, meetings and talks with Hungary's Foreign Minister Péter
# Szijjártó, 2024-07-16 to 2026-02-11 (three pairs, a chain of four readouts), and his strategic
# security consultations and meeting with the Secretary of Russia's Security Council Sergei Shoigu,
# 2024-11-12 to 2026-02-01 (two pairs, a chain of three readouts): Xinhua's, China News Service's
# and the PRC MFA's Chinese texts as outlets carried them; fresh. build_background_zh.
# LEFT_OUT_NAMES names 西雅尔多 and 绍伊古 (joined with it; no CCTV item of the background's corpus
# names them).
ZH_FRESH_E87 = frozenset({"wangyi-szijjarto", "wangyi-shoigu"})
# The Chinese series of e90's fresh batch 70 (forty-ninth session), from publishers other than
# CCTV's evening news, with principals other than Xi and Wang Yi: Defence Minister Dong Jun's video
# calls and talks with US Defense Secretaries Lloyd Austin (2024-04-16 to 2024-05-31) and Pete
# Hegseth (2025-09-09 to 2025-10-31), one pair each, the PRC Ministry of National Defense's releases
# as outlets carried them, and Premier Li Qiang's regular meeting, meeting and regular meeting with
# Russian Prime Minister Mishustin, 2024-08-21 to 2025-11-03 (two pairs, a chain of three
# readouts), China News Service's and Xinhua's texts; fresh. build_background_zh.LEFT_OUT_NAMES
# names 奥斯汀 and 赫格塞思 (joined with it; no CCTV item of the background's corpus names them)
# and 米舒斯京 (since e66). Fresh until the fiftieth session's turnover (branch e93), held out since.
ZH_FRESH_E90 = frozenset({"dongjun-austin", "dongjun-hegseth", "liqiang-mishustin"})
# The Chinese series of e94's fresh batch 73 (fiftieth session), with principals other than Xi
# and Wang Yi: Premier Li Qiang's meetings and call with the President of the European Commission
# Ursula von der Leyen, 2023-04-06 to 2025-09-24 (four pairs, a chain of five readouts), and
# Vice-President Han Zheng's meetings with Venezuela's Vice-President Delcy Rodríguez, 2023-09-08
# to 2025-04-24 (two pairs, a chain of three readouts): CCTV's evening news items; fresh.
# build_background_zh.LEFT_OUT_NAMES names 冯德莱恩 and 罗德里格斯 (joined with it, and the
# Chinese background was rebuilt first: the archive holds these very items). Fresh until the
# fifty-first session's turnover (branch e98), held out since.
ZH_FRESH_E94 = frozenset({"liqiang-von-der-leyen", "hanzheng-delcy-rodriguez"})
# The Chinese series of e99's fresh batch 76 (fifty-first session), with principals other than Xi
# and Wang Yi: Premier Li Qiang's meetings with Uzbekistan's Prime Minister Aripov, 2023-10-08 to
# 2026-05-07 (two pairs, a chain of three readouts), Vice-President Han Zheng's meetings with South
# Africa's Deputy President Mashatile, 2023-11-03 and 2025-07-17 (one pair), and Li Qiang's and
# NPC Chairman Zhao Leji's meetings with Ecuador's President Noboa, 2025-06 and 2026-08 (one pair
# each): CCTV's evening news items. build_background_zh.LEFT_OUT_NAMES names 阿里波夫 and
# 马沙蒂莱 (joined with it, the Chinese background rebuilt first) and 诺沃亚 (since e59). Fresh until
# the fifty-second session's turnover (branch e103), held out since.
ZH_FRESH_E99 = frozenset(
    {"liqiang-aripov", "hanzheng-mashatile", "liqiang-noboa", "zhaoleji-noboa"}
)
# The Chinese series of e104's fresh batch 80 (fifty-second session), with principals other than
# Xi and Wang Yi: Premier Li Qiang's meetings with Pakistan's President Zardari (2024-10-15,
# 2025-02-06), Malaysia's King Sultan Ibrahim (2024-06-19, 2024-09-20) and Zambia's President
# Hichilema (2023-09-15, talks 2025-11-20), his talks with the DPRK's Premier Pak Thae Song
# (2025-10-11, 2026-07-11), and Vice-Premier Ding Xuexiang's meetings with Norway's Foreign
# Minister Eide (2024-02-06, 2025-11-11), one pair each: CCTV's evening news items; fresh until
# the fifty-third session's turnover (branch e105), held out since.
# build_background_zh.LEFT_OUT_NAMES names 扎尔达里, 易卜拉欣, 朴泰成, 希奇莱马 and 艾德 since branch
# bg3 (fifty-third session): the Chinese background was rebuilt without them (24 items out, 43
# phrases gone), the tests that leaned on those phrases moved to other real pairs.
ZH_FRESH_E104 = frozenset(
    {
        "liqiang-zardari",
        "liqiang-sultan-ibrahim",
        "liqiang-pak-thae-song",
        "liqiang-hichilema",
        "dingxuexiang-eide",
    }
)
# The Chinese series of e106's fresh batch 82 (fifty-third session), with principals other than
# Xi and Wang Yi: Cai Qi's talks with the Vietnamese party's Standing Member of the Secretariat
# Tran Cam Tu (Hanoi 2025-04-14, Beijing 2026-04-15), Vice-President Han Zheng's meetings with
# HSBC's Group Chairman Mark Tucker (2024-01-22, 2025-04-02) and Royal Philips' Chief Executive
# Roy Jakobs (2024-04-03, 2025-04-01), Premier Li Qiang's meetings with Kono Yohei's delegation of
# the Japan Association for the Promotion of International Trade (2023-07-05, 2025-06-03) and with
# Eritrea's President Isaias (2023-05-15, 2024-09-03), one pair each: CCTV's evening news items;
# fresh until the fifty-fourth session's turnover (branch e107), held out since.
# build_background_zh.LEFT_OUT_NAMES names 伊萨亚斯 already (xi-isaias); 陈锦绣, 杜嘉祺,
# 贾博瑞 and 河野洋平 since the lead's rebuild at the merge (fifty-third session, after bg3's).
ZH_FRESH_E106 = frozenset(
    {
        "caiqi-tran-cam-tu",
        "hanzheng-tucker",
        "hanzheng-jakobs",
        "liqiang-kono-yohei",
        "liqiang-isaias",
    }
)
# The Chinese series of e108's fresh batch 84 (fifty-fourth session), Premier Li Qiang's meetings:
# with the World Economic Forum's Klaus Schwab (Summer Davos: Tianjin 2023-06-26, Dalian
# 2024-06-25), with the Asian Development Bank's President Asakawa Masatsugu (Beijing 2023-07-11,
# Kunming 2024-11-06), with Kyrgyzstan's President Sadyr Japarov (Beijing 2023-05-19, Bishkek
# 2023-10-25, Beijing 2025-02-05: two pairs, a chain) and with Uzbekistan's President Mirziyoyev
# (Beijing 2024-01-24, 2025-09-02): CCTV's evening news items (the brief's other publishers were
# searched and not found whole, SOURCES.md); fresh until the fifty-fifth session's turnover (branch
# e109), held out since. build_background_zh.LEFT_OUT_NAMES names 施瓦布, 浅川雅嗣, 扎帕罗夫 and
# 米尔济约耶夫 since branch bg4's rebuild (fifty-fourth session).
ZH_FRESH_E108 = frozenset(
    {
        "liqiang-schwab",
        "liqiang-asakawa",
        "liqiang-sadyr-japarov",
        "liqiang-mirziyoyev",
    }
)
# The Chinese series of e110's fresh batch 86 (fifty-fifth session), one pair each, principals
# other than Xi and Wang Yi: Vice-President Han Zheng's meetings with Canada's former Prime
# Minister Jean Chrétien (2023-11-01, 2026-01-05), CPPCC Chairman Wang Huning's with Harvard's
# Professor Graham Allison (2024-12-19, 2026-03-20), Vice-Premier Ding Xuexiang's with Pakistan's
# Deputy Prime Minister and Foreign Minister Ishaq Dar (2024-05-15, 2026-01-04), NPC Chairman Zhao
# Leji's talks with the Chairman of Vietnam's National Assembly Vuong Dinh Hue (2023-03-27 by
# video, 2024-04-08) and Premier Li Qiang's meetings with US Treasury Secretary Janet Yellen
# (2023-07-07, 2024-04-07): CCTV's evening news items (the brief's other publishers were searched
# again and not found with successive whole readouts, SOURCES.md); fresh until the fifty-sixth
# session's turnover (branch e111), held out since.
# The five counterparts are left out of the Chinese background since the lead merged e110's
# rebuild (tag keep/e110-bg-rebuild, branch bg5).
ZH_FRESH_E110 = frozenset(
    {
        "hanzheng-chretien",
        "wanghuning-allison",
        "dingxuexiang-ishaq-dar",
        "zhaoleji-vuong-dinh-hue",
        "liqiang-yellen",
    }
)
# The Chinese series of e112's fresh batch 88 (fifty-sixth session), principals other than Xi and
# Wang Yi: Han Zheng's call (as Vice-Premier, 2022-12-29) and meetings (as Vice-President,
# 2024-04-09, 2025-03-26) with Singapore's Deputy Prime Minister Heng Swee Keat (a chain of two
# pairs), Premier Li Qiang's meetings with the President of the European Council Charles Michel
# (Paris 2023-06-22, New Delhi 2023-09-10, Vientiane 2024-10-11: a chain of two pairs) and NPC
# Chairman Zhao Leji's talks and meeting with the President of Cambodia's National Assembly Khuon
# Sudary (2024-09-23, 2025-10-14; one pair): CCTV's evening news items (the brief's other
# publishers were searched again and not found with successive whole readouts, SOURCES.md); fresh.
# build_background_zh.LEFT_OUT_NAMES names 王瑞杰, 米歇尔 and 昆索达莉 since e112's rebuild (its
# own commit after the batch's).
ZH_FRESH_E112 = frozenset({"hanzheng-heng-swee-keat", "liqiang-michel", "zhaoleji-khuon-sudary"})
# The English series of e69's fresh batch 49 (forty-fourth session): Wang Yi's meetings with
# Australia's Foreign Minister Penny Wong (five pairs, a chain), his calls, video conference and
# meeting with the EU's High Representative Borrell (three pairs, a chain) and his calls with
# Indonesia's Foreign Minister Retno Marsudi (one pair), in the PRC Foreign Ministry's and
# Xinhua's English; fresh. build_background.EXCLUDED names them (marsudi and retno joined it).
EN_FRESH_E69 = frozenset({"wangyi-penny-wong", "wangyi-borrell", "wangyi-marsudi"})
# The English series of e70's fresh batch 50 (forty-fourth session): Prime Minister May's and
# Prime Minister Johnson's calls and meetings with New Zealand's Prime Minister Ardern (gov.uk,
# 2017-2020; three pairs each, a chain) and Secretary-General Ban Ki-moon's call and meeting with
# France's President Hollande (un.org, November 2015; one pair); fresh. build_background.EXCLUDED
# names them (ardern, hollande and ban ki-moon joined it).
EN_FRESH_E70 = frozenset({"may-ardern", "johnson-ardern", "ban-hollande"})
# The English series of e68's fresh batch 48 (forty-fourth session): Japan's and Korea's leaders'
# and foreign ministers' telephone talks (mofa.go.jp, Cheong Wa Dae's archived briefings) and
# Prime Minister Modi's calls with President Moon (India's PIB and MEA releases), fresh; their
# counterparts joined build_background.EXCLUDED first.
EN_FRESH_E68 = frozenset(
    {"abe-park-geun-hye", "abe-moon", "moon-abe", "hayashi-park-jin", "modi-moon"}
)
# The English series of e76's fresh batch 56 (forty-fifth session): President Moon Jae-in's calls
# with President Trump, 2017-08-07 to 2018-09-04 (seven pairs, a chain), as Cheong Wa Dae's English
# pages published them (its archived briefings and news, korea.net's reprint of its briefings);
# fresh. build_background.EXCLUDED names Moon Jae-in (e68) and "moon" (e76, for the series
# name; it leaves out no readout of either corpus).
EN_FRESH_E76 = frozenset({"moon-trump"})

# The turnover per language (forty-second session, branch e60; eval/formulas/SOURCES.md, "Split
# per language"): in each language, held-out series move to dev in the order they were held out,
# by whole series, while at least a third of that language's pairs stays aside; a language with
# less than a third aside (English, 63 of 273) moves nothing. Chinese kept 51 of its 73 pairs
# aside and Russian 17 of 34, so these series moved (Chinese 25 of 73 aside after, Russian 12 of
# 34). Their ``heldout`` notes say the date and branch (TURNOVER_E60).
TURNOVER_E60 = "until 6 Dec 2026 (forty-second session, branch e60); a dev pair since"
# The same rule applied again at the lead's merge of e63 (forty-third session), when the first
# Russian fresh batch took Russian over a third aside.
TURNOVER_E63 = (
    "(forty-third session, branch e62's turnover per language, applied at the lead's merge of e63);"
    " a dev pair since"
)
# And at the lead's merge of e66 (forty-third session), when its Chinese fresh batch 46 took
# Chinese over a third aside.
TURNOVER_E66 = (
    "(forty-third session, branch e62's turnover per language, applied at the lead's merge of e66);"
    " a dev pair since"
)
# And on branch e71 (forty-fourth session), when its Russian fresh batch 51 took Russian over a
# third aside (20 of 46).
TURNOVER_E71 = (
    "(forty-fourth session, branch e71's turnover per language with its fresh batch 51);"
    " a dev pair since"
)
# And with e70's English fresh batch 50 (forty-fourth session), which took English over a third
# aside for the first time since the rule was written.
TURNOVER_E70 = (
    "(forty-fourth session, branch e62's turnover per language, applied with e70's English fresh"
    " batch 50); a dev pair since"
)
# And on branch e72 (forty-fourth session), when its Chinese fresh batch 52 took Chinese over a
# third aside (35 of 91).
TURNOVER_E72 = (
    "(forty-fourth session, branch e72's turnover per language with its fresh batch 52);"
    " a dev pair since"
)
# And on branch e73 (forty-fifth session), after the session's turnover, when its English fresh
# batch 53 took English to 114 of 326 aside.
TURNOVER_E73 = (
    "(forty-fifth session, branch e73's turnover per language with its fresh batch 53);"
    " a dev pair since"
)
# And on branch e74 (forty-fifth session), when its Chinese fresh batch 54 took Chinese over a
# third aside (37 of 97).
TURNOVER_E74 = (
    "(forty-fifth session, branch e74's turnover per language with its fresh batch 54);"
    " a dev pair since"
)
# And on branch e76m (forty-fifth session), merging e76's English fresh batch 56 after e73's batch
# 53 and its move, when English stood at 116 of 333 aside.
TURNOVER_E76 = (
    "(forty-fifth session, branch e76m's turnover per language with e76's fresh batch 56);"
    " a dev pair since"
)
# And on branch e77 (forty-sixth session), after the session's turnover, when its English fresh
# batch 57 took English to 119 of 341 aside.
TURNOVER_E77 = (
    "(forty-sixth session, branch e77's turnover per language with its fresh batch 57);"
    " a dev pair since"
)
# And on branch e78 (forty-sixth session), when its Chinese fresh batch 58 took Chinese over a
# third aside (39 of 103).
TURNOVER_E78 = (
    "(forty-sixth session, branch e78's turnover per language with its fresh batch 58);"
    " a dev pair since"
)
# And on branch e79 (forty-sixth session, round 2), when its English fresh batch 59 took English
# to 120 of 347 aside.
TURNOVER_E79 = (
    "(forty-sixth session, branch e79's turnover per language with its fresh batch 59);"
    " a dev pair since"
)
# And on branch e80 (forty-seventh session), after the session's turnover, when its English fresh
# batch 60 took English to 124 of 355 aside.
TURNOVER_E80 = (
    "(forty-seventh session, branch e80's turnover per language with its fresh batch 60);"
    " a dev pair since"
)
# And on branch e81 (forty-seventh session), when its Chinese fresh batch 61 took Chinese over a
# third aside (41 of 109).
TURNOVER_E81 = (
    "(forty-seventh session, branch e81's turnover per language with its fresh batch 61);"
    " a dev pair since"
)
# And on branch e82 (forty-seventh session), when its Russian fresh batch 62 took Russian over a
# third aside (20 of 50).
TURNOVER_E82 = (
    "(forty-seventh session, branch e82's turnover per language with its fresh batch 62);"
    " a dev pair since"
)
# And on branch e84 (forty-seventh session, round 2), when its English fresh batch 64 took English
# to 125 of 361 aside.
TURNOVER_E84 = (
    "(forty-seventh session, branch e84's turnover per language with its fresh batch 64);"
    " a dev pair since"
)
# And on branch e85 (forty-seventh session, round 3), when its Chinese fresh batch 65 took Chinese
# over a third aside (41 of 113).
TURNOVER_E85 = (
    "(forty-seventh session, branch e85's turnover per language with its fresh batch 65);"
    " a dev pair since"
)
# And on branch e86 (forty-eighth session), when its English fresh batch 66 took English to 128
# of 368 aside.
TURNOVER_E86 = (
    "(forty-eighth session, branch e86's turnover per language with its fresh batch 66);"
    " a dev pair since"
)
# And on branch e87 (forty-eighth session), when its Chinese fresh batch 67 took Chinese over a
# third aside (43 of 118).
TURNOVER_E87 = (
    "(forty-eighth session, branch e87's turnover per language with its fresh batch 67);"
    " a dev pair since"
)
# And on branch e88 (forty-eighth session), when its Russian fresh batch 68 took Russian over a
# third aside (19 of 52).
TURNOVER_E88 = (
    "(forty-eighth session, branch e88's turnover per language with its fresh batch 68);"
    " a dev pair since"
)
# And on branch e89 (forty-ninth session), when its English fresh batch 69 took English to 129 of
# 374 aside.
TURNOVER_E89 = (
    "(forty-ninth session, branch e89's turnover per language with its fresh batch 69);"
    " a dev pair since"
)
# And on branch e90 (forty-ninth session), when its Chinese fresh batch 70 took Chinese over a
# third aside (44 of 122).
TURNOVER_E90 = (
    "(forty-ninth session, branch e90's turnover per language with its fresh batch 70);"
    " a dev pair since"
)
# And on branch e92 (forty-ninth session), when its Russian fresh batch 71 took Russian over a
# third aside (19 of 53).
TURNOVER_E92 = (
    "(forty-ninth session, branch e92's turnover per language with its fresh batch 71);"
    " a dev pair since"
)
# And on branch e93 (fiftieth session), when its English fresh batch 72 took English to 132 of 381
# aside.
TURNOVER_E93 = (
    "(fiftieth session, branch e93's turnover per language with its fresh batch 72);"
    " a dev pair since"
)
# And on branch e94 (fiftieth session), when its Chinese fresh batch 73 took Chinese over a third
# aside (47 of 128).
TURNOVER_E94 = (
    "(fiftieth session, branch e94's turnover per language with its fresh batch 73);"
    " a dev pair since"
)
# And at the lead's merge of e96 (fiftieth session, branch e97), when e96's English fresh batch 74,
# which moved nothing on its branch, took English to 134 of 388 aside.
TURNOVER_E96 = (
    "(fiftieth session, branch e93's turnover per language, applied at the lead's merge of e96,"
    " branch e97); a dev pair since"
)
# And on branch e98 (fifty-first session), when its English fresh batch 75 took English to 136 of
# 394 aside.
TURNOVER_E98 = (
    "(fifty-first session, branch e98's turnover per language with its fresh batch 75);"
    " a dev pair since"
)
# And at the lead's merge of e101 (fifty-first session, branch e102), when e101's English fresh
# batch 78, which moved nothing on its branch, took English to 137 of 399 aside.
TURNOVER_E101 = (
    "(fifty-first session, branch e98's turnover per language, applied at the lead's merge of"
    " e101, branch e102); a dev pair since"
)
# And on branch e99 (fifty-first session), when its Chinese fresh batch 76 took Chinese to 48 of
# 133 aside.
TURNOVER_E99 = (
    "(fifty-first session, branch e99's turnover per language with its fresh batch 76);"
    " a dev pair since"
)
# And on branch e103 (fifty-second session), when its English fresh batch 79 took English to 140 of
# 406 aside.
TURNOVER_E103 = (
    "(fifty-second session, branch e103's turnover per language with its fresh batch 79);"
    " a dev pair since"
)
# And on branch e104 (fifty-second session), when its Chinese fresh batch 80 took Chinese to 50 of
# 138 aside.
TURNOVER_E104 = (
    "(fifty-second session, branch e104's turnover per language with its fresh batch 80);"
    " a dev pair since"
)
# And on branch e105 (fifty-third session), when its English fresh batch 81 took English to 144 of
# 414 aside.
TURNOVER_E105 = (
    "(fifty-third session, branch e105's turnover per language with its fresh batch 81);"
    " a dev pair since"
)
# And on branch e106 (fifty-third session), when its Chinese fresh batch 82 took Chinese to 51 of
# 143 aside.
TURNOVER_E106 = (
    "(fifty-third session, branch e106's turnover per language with its fresh batch 82);"
    " a dev pair since"
)
# And on branch e107 (fifty-fourth session), when its English fresh batch 83 took English to 146
# of 422 aside.
TURNOVER_E107 = (
    "(fifty-fourth session, branch e107's turnover per language with its fresh batch 83);"
    " a dev pair since"
)
# And on branch e108 (fifty-fourth session), when its Chinese fresh batch 84 took Chinese to 53 of
# 148 aside.
TURNOVER_E108 = (
    "(fifty-fourth session, branch e108's turnover per language with its fresh batch 84);"
    " a dev pair since"
)
# And on branch e110 (fifty-fifth session), when its Chinese fresh batch 86 took Chinese to 55 of
# 153 aside.
TURNOVER_E110 = (
    "(fifty-fifth session, branch e110's turnover per language with its fresh batch 86);"
    " a dev pair since"
)
# And on branch e112 (fifty-sixth session), when its Chinese fresh batch 88 took Chinese to 56 of
# 158 aside.
TURNOVER_E112 = (
    "(fifty-sixth session, branch e112's turnover per language with its fresh batch 88);"
    " a dev pair since"
)
# And on branch e109 (fifty-fifth session), when its English fresh batch 85 took English to 147
# of 428 aside.
TURNOVER_E109 = (
    "(fifty-fifth session, branch e109's turnover per language with its fresh batch 85);"
    " a dev pair since"
)
# And on branch e111 (fifty-sixth session), when its English fresh batch 87 took English to 148
# of 433 aside.
TURNOVER_E111 = (
    "(fifty-sixth session, branch e111's turnover per language with its fresh batch 87);"
    " a dev pair since"
)
MOVED_BY_LANGUAGE = {
    "zh": frozenset(
        {
            "xi-lula",
            "xi-sanchez",
            "xi-boric",
            "xi-erdogan",
            "xi-luxon",
            "xi-ghazouani",
            "xi-sassou",
            "xi-hasina",
            "xi-berdimuhamedov",
            "xi-prabowo",
            "xi-lee-jae-myung",
            "wangyi-balakrishnan",
            "liqiang-lula",
            "liqiang-sanchez",
            "liqiang-albanese",
            "liqiang-luxon",
            "liqiang-hun-manet",
            "liqiang-prabowo",
            "liqiang-scholz",  # at the lead's merge of e66 (TURNOVER_E66)
            "liqiang-sisi",
            "liqiang-macron",
            "liqiang-merz",
            "liqiang-rahmon",  # on branch e72, with its fresh batch 52 (TURNOVER_E72)
            "liqiang-ramaphosa",
            "zhaoleji-rahmon",
            "zhaoleji-tokayev",
            "zhaoleji-sanchez",  # on branch e74, with its fresh batch 54 (TURNOVER_E74)
            "dingxuexiang-berdimuhamedov",
            "liqiang-bin-zayed",
            "liqiang-oyun-erdene",  # on branch e78, with its fresh batch 58 (TURNOVER_E78)
            "liqiang-thongloun",
            "lixi-ruto",
            "xi-maduro",
            "xi-boluarte",  # on branch e81, with its fresh batch 61 (TURNOVER_E81)
            "xi-noboa",
            "xi-petro",
            "xi-rabuka",  # on branch e85, with its fresh batch 65 (TURNOVER_E85)
            "xi-diaz-canel",
            "xi-isaias",  # on branch e87, with its fresh batch 67 (TURNOVER_E87)
            "xi-mnangagwa",
            "xi-muizzu",
            "xi-obiang",  # on branch e90, with its fresh batch 70 (TURNOVER_E90)
            "xi-mishal",
            "xi-paetongtarn",
            "xi-mishustin",  # on branch e94, with its fresh batch 73 (TURNOVER_E94)
            "xi-raisi",
            "wangyi-park-jin",  # on branch e99, with its fresh batch 76 (TURNOVER_E99)
            "wangyi-shoigu",
            "wangyi-amorim",  # on branch e104, with its fresh batch 80 (TURNOVER_E104)
            "wangyi-szijjarto",  # on branch e106, with its fresh batch 82 (TURNOVER_E106)
            "dongjun-austin",  # on branch e108, with its fresh batch 84 (TURNOVER_E108)
            "dongjun-hegseth",
            "hanzheng-mashatile",
            "liqiang-mishustin",  # on branch e110, with its fresh batch 86 (TURNOVER_E110)
            "hanzheng-delcy-rodriguez",
            "liqiang-aripov",  # on branch e112, with its fresh batch 88 (TURNOVER_E112)
            "liqiang-noboa",
        }
    ),
    "ru": frozenset(
        {
            "putin-al-nahyan",
            "putin-lukashenko",
            "putin-tokayev",
            "japarov-mirziyoyev",
            "mirziyoyev-rahmon",  # at the lead's merge of e63 (TURNOVER_E63)
            "nazarbayev-erdogan",
            "tokayev-aliyev",  # on branch e71, with its fresh batch 51 (TURNOVER_E71)
            "tokayev-erdogan",
            "mirziyoyev-nazarbayev",
            "mirziyoyev-aliyev",  # on branch e82, with its fresh batch 62 (TURNOVER_E82)
            "mirziyoyev-erdogan",
            "mirziyoyev-lukashenko",
            "mirziyoyev-tokayev",  # on branch e88, with its fresh batch 68 (TURNOVER_E88)
            "mirziyoyev-berdimuhamedov",  # on branch e92, with its fresh batch 71 (TURNOVER_E92)
        }
    ),
    # with e70's batch 50 (TURNOVER_E70): the older series of 3 and more pairs passed over
    "en": frozenset(
        {
            "sullivan-esperon",
            "sullivan-oprisor",
            "kishida-gentiloni",  # on branch e73, with its fresh batch 53 (TURNOVER_E73)
            "kishida-steinmeier",
            "sunak-zelenskyy",
            "kishida-kerry",  # on branch e76m, with e76's fresh batch 56 (TURNOVER_E76)
            "kishida-tillerson",
            "kono-tillerson",
            "blinken-cortizo",
            "blinken-park",  # on branch e77, with its fresh batch 57 (TURNOVER_E77)
            "trump-abdullah",
            "trump-starmer",
            "harris-abdullah",
            "harris-macron",  # on branch e79, with its fresh batch 59 (TURNOVER_E79)
            "harris-scholz",
            "harris-zelenskyy",
            "harris-sunak",  # on branch e80, with its fresh batch 60 (TURNOVER_E80)
            "harris-trudeau",
            "harris-yoon",
            "harris-netanyahu",
            "sullivan-stoltenberg",  # on branch e84, with its fresh batch 64 (TURNOVER_E84)
            "biden-truss",
            "biden-kuleba",
            "biden-johnson",  # on branch e86, with its fresh batch 66 (TURNOVER_E86)
            "biden-ishiba",
            "sherman-hulata",
            "harris-lopez-obrador",  # on branch e89, with its fresh batch 69 (TURNOVER_E89)
            "sung-kim-kim-gunn-funakoshi",
            "sherman-choi-mori",  # on branch e93, with its fresh batch 72 (TURNOVER_E93)
            "sherman-delattre-michaelis-sequi-cleverly",
            "carney-sheinbaum",  # at the lead's merge of e96, branch e97 (TURNOVER_E96)
            "carney-lula",
            "carney-sanchez",
            "starmer-lula",  # on branch e98, with its fresh batch 75 (TURNOVER_E98)
            "starmer-ramaphosa",
            "trudeau-lula",
            "starmer-abdullah",
            "carney-trump",  # at the lead's merge of e101, branch e102 (TURNOVER_E101)
            "starmer-ishiba",
            "starmer-tamim",  # on branch e103, with its fresh batch 79 (TURNOVER_E103)
            "johnson-bin-salman",
            "trudeau-duda",  # on branch e105, with its fresh batch 81 (TURNOVER_E105)
            "trudeau-tusk",
            "johnson-erdogan",
            "johnson-trudeau",  # on branch e107, with its fresh batch 83 (TURNOVER_E107)
            "trudeau-kishida",
            "biden-kishida-yoon",
            "blinken-parolin",
            "sullivan-akiba-cho",  # on branch e109, with its fresh batch 85 (TURNOVER_E109)
            "sullivan-bonne-ploetner-barrow-yermak",
            "wangyi-amir-abdollahian",  # on branch e111, with its fresh batch 87 (TURNOVER_E111)
            "wangyi-cavusoglu",
        }
    ),
}
# The held-out series of each language in the order they were held out: a draw's or a fresh batch
# turned held-out, by the session it happened in (within a group, the series are taken in sorted
# order; the rule's margin never fell inside a group whose order mattered).
HELD_ORDER = {
    "zh": (
        ZH_HELD,  # zh2's draw, seventeenth session
        ZH_HELD_3,  # e36's draw, twenty-fourth
        ZH_FRESH_E37,  # held out since the twenty-sixth, and so on one session a batch
        ZH_FRESH_E38,
        ZH_FRESH_E39,
        ZH_FRESH_E40,
        ZH_FRESH_E41,
        ZH_FRESH_E42,
        ZH_FRESH_E43,
        ZH_FRESH_E44,
        ZH_FRESH_E48,
        ZH_FRESH_E51,
        ZH_FRESH_E52,
        ZH_FRESH_E53,
        ZH_FRESH_E54,
        ZH_FRESH_E55,
        ZH_FRESH_E56,
        ZH_FRESH_E59,
        ZH_FRESH_E61,  # held out since the forty-third
        ZH_FRESH_E66,  # held out since the forty-fourth
        ZH_FRESH_E72,  # held out since the forty-fifth
        ZH_FRESH_E74,  # held out since the forty-sixth
        ZH_FRESH_E78,  # held out since the forty-seventh
        ZH_FRESH_E81,  # held out since the forty-eighth
        ZH_FRESH_E85,
        ZH_FRESH_E87,  # held out since the forty-ninth
        ZH_FRESH_E90,  # held out since the fiftieth
        ZH_FRESH_E94,  # held out since the fifty-first
        ZH_FRESH_E99,  # held out since the fifty-second
        ZH_FRESH_E104,  # held out since the fifty-third
        ZH_FRESH_E106,  # held out since the fifty-fourth
        ZH_FRESH_E108,  # held out since the fifty-fifth
        ZH_FRESH_E110,  # held out since the fifty-sixth
    ),
    "ru": (
        LANG_HELD,  # e24's draw, sixteenth session
        RU8_BATCH,  # twenty-fifth
        RU9_BATCH,  # twenty-sixth
        RU13_BATCH,
        RU17_BATCH,
        RU21_BATCH,
        RU22_BATCH,
        RU24_BATCH,  # thirty-first
        RU_FRESH_E63,  # fresh in the forty-third, held out since the forty-fourth
        RU_FRESH_E71,  # fresh in the forty-fourth, held out since the forty-fifth
        RU_FRESH_E82,  # fresh in the forty-seventh, held out since the forty-eighth
        RU_FRESH_E88,  # fresh in the forty-eighth, held out since the forty-ninth
        RU_FRESH_E92,  # fresh in the forty-ninth, held out since the fiftieth
    ),
    "en": HELD_LATER_BATCHES,
}


def held_before_the_turnover(series: str) -> list[formula_eval.Pair]:
    """The pairs of ``series`` that were aside before the per-language turnover: held out now, or
    moved to dev by it (their ``heldout`` note says so)."""
    return [
        p
        for p in PAIRS
        if p.series == series
        and (
            p.heldout
            or any(
                mark in (EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8")
                for mark in (
                    TURNOVER_E60,
                    TURNOVER_E63,
                    TURNOVER_E66,
                    TURNOVER_E71,
                    TURNOVER_E70,
                    TURNOVER_E72,
                    TURNOVER_E73,
                    TURNOVER_E74,
                    TURNOVER_E76,
                    TURNOVER_E77,
                    TURNOVER_E78,
                    TURNOVER_E79,
                    TURNOVER_E80,
                    TURNOVER_E81,
                    TURNOVER_E82,
                    TURNOVER_E84,
                    TURNOVER_E85,
                    TURNOVER_E86,
                    TURNOVER_E87,
                    TURNOVER_E88,
                    TURNOVER_E89,
                    TURNOVER_E90,
                    TURNOVER_E92,
                    TURNOVER_E93,
                    TURNOVER_E94,
                    TURNOVER_E96,
                    TURNOVER_E98,
                    TURNOVER_E99,
                    TURNOVER_E101,
                    TURNOVER_E103,
                    TURNOVER_E104,
                    TURNOVER_E105,
                    TURNOVER_E106,
                    TURNOVER_E107,
                    TURNOVER_E108,
                    TURNOVER_E109,
                    TURNOVER_E110,
                    TURNOVER_E111,
                    TURNOVER_E112,
                )
            )
        )
    ]


# The per-language turnovers of each language in the order they were applied: the mark its moved
# pairs' ``heldout`` notes carry (TURNOVER_E60 marks two Chinese ones: e60's own and the one at the
# lead's merge of e61, the same session), the language's pairs at that turnover, and a series of
# the first of its batches still fresh then (that batch and the ones after it were no held-out
# series yet, so none of theirs could move; a batch fresh now is not in HELD_ORDER). A turnover
# that moved nothing is listed where its figures were written (English in the forty-second
# session, 63 of 273 aside). A new turnover adds its row here with its TURNOVER_Exx mark.
TURNOVERS_BY_LANGUAGE = {
    "zh": (
        (TURNOVER_E60, 73, "xi-diaz-canel"),  # e60's, forty-second session (e61's batch 41 fresh)
        (TURNOVER_E60, 79, "xi-diaz-canel"),  # at the lead's merge of e61, same session
        (TURNOVER_E66, 85, "xi-mishustin"),
        (TURNOVER_E72, 91, "wangyi-faisal-bin-farhan"),
        (TURNOVER_E74, 97, "wangyi-qureshi"),
        (TURNOVER_E78, 103, "wangyi-chung-eui-yong"),
        (TURNOVER_E81, 109, "wangyi-bonne"),
        (TURNOVER_E85, 113, "wangyi-bonne"),  # batch 61 still fresh (forty-seventh, round 3)
        (TURNOVER_E87, 118, "wangyi-szijjarto"),
        (TURNOVER_E90, 122, "wangyi-szijjarto"),  # on a base with batches 66 to 68 still fresh
        (TURNOVER_E94, 128, "dongjun-austin"),  # on a base with batch 70 still fresh
        (TURNOVER_E99, 133, "liqiang-von-der-leyen"),  # on a base with batch 73 still fresh
        (TURNOVER_E104, 138, "liqiang-aripov"),  # on a base with batch 76 still fresh
        (TURNOVER_E106, 143, "liqiang-zardari"),  # on a base with batch 80 still fresh
        (TURNOVER_E108, 148, "caiqi-tran-cam-tu"),  # on a base with batch 82 still fresh
        (TURNOVER_E110, 153, "liqiang-schwab"),  # on a base with batch 84 still fresh
        (TURNOVER_E112, 158, "hanzheng-chretien"),  # on a base with batch 86 still fresh
    ),
    "ru": (
        (TURNOVER_E60, 34, "mirziyoyev-al-nahyan"),  # e63's batch 43 came in the forty-third
        (TURNOVER_E63, 40, "mirziyoyev-al-nahyan"),
        (TURNOVER_E71, 46, "japarov-erdogan"),
        (TURNOVER_E82, 50, "mirziyoyev-tamim"),
        (TURNOVER_E88, 52, "aliyev-zelensky"),
        (TURNOVER_E92, 53, "aliyev-zelensky"),  # on a base with batches 66 to 68 still fresh
    ),
    "en": (
        (TURNOVER_E60, 273, "trudeau-tusk"),  # e60's batch 40 fresh; 63 aside: nothing moved
        (TURNOVER_E70, 319, "may-trudeau"),
        (TURNOVER_E73, 326, "modi-putin"),
        (TURNOVER_E76, 333, "modi-putin"),  # batches 53 to 56 still fresh (e76m)
        (TURNOVER_E77, 341, "ban-obama"),
        (TURNOVER_E79, 347, "ban-obama"),
        (TURNOVER_E80, 355, "kenny-theresa-may"),
        (TURNOVER_E84, 361, "kenny-theresa-may"),
        (TURNOVER_E86, 368, "abe-modi"),
        (TURNOVER_E89, 374, "abe-modi"),  # its move came before the session's turnover
        (TURNOVER_E93, 381, "kang-tillerson"),  # so did e93's (fiftieth session)
        (TURNOVER_E96, 388, "balakrishnan-wang-yi"),  # at the lead's merge of e96 (batch 72 fresh)
        (TURNOVER_E98, 394, "balakrishnan-wang-yi"),  # its move came before the session's turnover
        (TURNOVER_E101, 399, "moon-macron"),  # at the lead's merge of e101 (batches 75, 78 fresh)
        (TURNOVER_E103, 406, "moon-macron"),  # before the session's turnover (batches 75, 78 fresh)
        (TURNOVER_E105, 414, "kishi-wallace"),  # before the session's turnover (batch 79 fresh)
        (TURNOVER_E107, 422, "michel-putin"),  # before the session's turnover (batch 81 fresh)
        (TURNOVER_E109, 428, "pompeo-cavusoglu"),  # before the session's turnover (batch 83 fresh)
        (TURNOVER_E111, 433, "landau-funakoshi"),  # before the session's turnover (batch 85 fresh)
    ),
}


def turnover_of(pair: formula_eval.Pair) -> tuple[str, int, int] | None:
    """The per-language turnover that moved ``pair`` to dev, as its ``heldout`` note says: the
    TURNOVER_Exx mark and the figures that follow it, the language's pairs aside then and its
    pairs ("kept 128 of its 368 pairs aside"); None for a pair no such turnover moved."""
    text = (EVAL / "pairs" / f"{pair.name}.toml").read_text(encoding="utf-8")
    note = next(line for line in text.splitlines() if line.startswith("heldout = "))
    for language_turnovers in TURNOVERS_BY_LANGUAGE.values():
        for mark, _, _ in language_turnovers:
            if mark in note:
                figures = re.search(r"(\d+) of (?:its )?(\d+)", note.split(mark, 1)[1])
                assert figures, pair.name
                return mark, int(figures[1]), int(figures[2])
    return None


def test_each_language_keeps_a_third_aside_moving_its_oldest_held_out_series() -> None:
    """The per-language rule, replayed turnover by turnover as it was applied: at each one, with
    the language's pairs and pairs aside at that time, take the series then held out in the order
    they were held out and move each one whose move keeps at least a third of the language aside,
    passing over the others. Each turnover moved exactly the series its notes say (whole series,
    with the figures it stood at), together they moved MOVED_BY_LANGUAGE, and each left a third of
    the language aside. The pairs aside at a turnover are read back from today's split: those aside
    now, less the pairs that joined since (fresh, so aside), plus those moved since."""
    for lang, turnovers in TURNOVERS_BY_LANGUAGE.items():
        pairs = [p for p in PAIRS if formula_eval.language_of(p) == lang]
        aside = sum(p.heldout for p in pairs)
        moved = MOVED_BY_LANGUAGE[lang]
        groups = HELD_ORDER[lang]
        of_language = {p.series for p in pairs}  # HELD_LATER_BATCHES mix English and Chinese
        order = [s for group in groups for s in sorted(group) if s in of_language]
        held = {s: held_before_the_turnover(s) for s in order}
        assert {s for s in order if held[s] and not any(p.heldout for p in held[s])} == moved, lang
        when = {p.name: turnover_of(p) for p in pairs}
        # every moved pair belongs to a listed turnover of its language, one after another in time
        marked = [(mark, total) for mark, total, _ in turnovers]
        assert {(w[0], w[2]) for w in when.values() if w} <= set(marked), lang
        assert [total for _, total in marked] == sorted(total for _, total in marked), lang
        assert all(total <= len(pairs) for _, total in marked), lang
        replayed: set[str] = set()
        left = 0
        for step, (mark, total, first_fresh) in enumerate(turnovers):
            assert first_fresh in of_language, (lang, mark, total)
            fresh_from = next(
                (i for i, group in enumerate(groups) if first_fresh in group), len(groups)
            )
            were_held = [s for group in groups[:fresh_from] for s in sorted(group) if s in held]
            later = {name for name, w in when.items() if w and marked.index((w[0], w[2])) >= step}
            before = aside - (len(pairs) - total) + len(later)
            figures = {w[1] for w in when.values() if w and (w[0], w[2]) == (mark, total)}
            assert figures <= {before}, (lang, mark, total, figures, before)
            left, now = before, set()
            for series in (s for s in were_held if held[s] and s not in replayed):
                if 3 * (left - len(held[series])) >= total:
                    left -= len(held[series])
                    now.add(series)
            notes = {
                s: {when[p.name] for p in held[s]} for s in order if held[s] and s not in replayed
            }
            assert {s for s, w in notes.items() if (mark, before, total) in w} == now, (lang, mark)
            assert all(notes[s] == {(mark, before, total)} for s in now), (lang, mark)
            replayed |= now
        assert replayed == moved and left + len(pairs) - turnovers[-1][1] == aside, lang
        assert 3 * aside >= len(pairs), lang
    # Chinese 27 of 79 aside (with e61's batch 41, after liqiang-hun-manet and liqiang-prabowo
    # moved at its merge), English 81 of 291 (with e62's fresh batch 42, e64's batch 44 and e65's
    # batch 45, forty-third session: 28 %, still under a third, so English moves nothing). The forty-third
    # session's turnover (branch e62: batches 40 and 41 held out) moved no Chinese series (one
    # more pair would leave 26 of 79). Russian: e63's fresh batch 43 (6 pairs) made it 18 of 40
    # aside, so at the lead's merge of e63 its next held-out series moved (TURNOVER_E63):
    # mirziyoyev-rahmon (3 pairs) and nazarbayev-erdogan (1), 14 of 40 aside.
    shares = {
        lang: (sum(p.heldout for p in PAIRS if formula_eval.language_of(p) == lang),
               sum(formula_eval.language_of(p) == lang for p in PAIRS))
        for lang in ("en", "zh", "ru")
    }  # fmt: skip
    # e66's Chinese batch 46 (6 fresh pairs) took Chinese to 33 of 85 aside: at the lead's merge
    # of e66 the rule moved its next held-out series (TURNOVER_E66): liqiang-scholz, liqiang-sisi,
    # liqiang-macron and liqiang-merz (one pair each), 29 of 85 aside. The forty-fourth session's
    # turnover (branch e67: batches 42 to 46 held out, e67's English batch 47 fresh) moved none:
    # English keeps 87 of 297 aside (29.3 %, under a third), and in Chinese and Russian every
    # held-out series left would take the language under a third (one pair: 28 of 85, 13 of 40).
    # e68's English fresh batch 48 (6 pairs) and e69's 49 (9 pairs) joined at the lead's merges:
    # English 102 of 312 aside (32.7 %), still under a third, so English moved nothing.
    # e71's Russian fresh batch 51 (6 pairs) took Russian to 20 of 46 aside: the rule moved its
    # next held-out series (TURNOVER_E71): tokayev-aliyev (2 pairs), tokayev-erdogan and
    # mirziyoyev-nazarbayev (1 each), 16 of 46 aside; the next, mirziyoyev-aliyev and
    # mirziyoyev-erdogan of ru22 (1 pair each), would leave 15 (3 x 15 < 46). e70's English
    # fresh batch 50 (7 pairs) took English to 109 of 319 aside (34.2 %): the rule moved its
    # held-out series in the order they were held out while a third stayed aside, passing over
    # every series of three pairs and more (106 of 319 would be under a third): sullivan-esperon
    # and sullivan-oprisor (e38's batch, one pair each), 107 of 319 aside (TURNOVER_E70).
    # e72's Chinese fresh batch 52 (6 pairs) took Chinese to 35 of 91 aside: the rule moved its
    # next held-out series (TURNOVER_E72): liqiang-rahmon and liqiang-ramaphosa (e54's batch),
    # zhaoleji-rahmon and zhaoleji-tokayev (e55's; one pair each), passing over zhaoleji-sanchez
    # (2 pairs: 30 of 91 would be under a third), 31 of 91 aside; the next, dingxuexiang-
    # berdimuhamedov (one pair), would leave 30 (3 x 30 < 91).
    # The forty-fifth session's turnover (branch e73: batches 47 to 52 held out) moved nothing by
    # itself; e73's English fresh batch 53 (7 pairs) took English to 114 of 326 aside: the rule
    # moved its next held-out series (TURNOVER_E73): kishida-gentiloni (e40's batch, one pair),
    # kishida-steinmeier and sunak-zelenskyy (e41's, two pairs each), 109 of 326 aside
    # (3 x 109 >= 326); the next, kishida-kerry (2 pairs), kishida-tillerson and kono-tillerson
    # (one each), would leave 107 or 108 (3 x 108 < 326).
    # e74's Chinese fresh batch 54 (6 pairs) took Chinese to 37 of 97 aside: the rule moved its
    # next held-out series (TURNOVER_E74): zhaoleji-sanchez (e55's batch, 2 pairs),
    # dingxuexiang-berdimuhamedov and liqiang-bin-zayed (e56's, one pair each), 33 of 97 aside; the
    # next, liqiang-oyun-erdene (one pair), would leave 32 (3 x 32 < 97).
    # e76's English fresh batch 56 (7 pairs, moving no pair on its branch) took English to 116 of
    # 333 aside once merged (branch e76m): the rule moved its next held-out series (TURNOVER_E76):
    # kishida-kerry (2 pairs), kishida-tillerson and kono-tillerson (one each; e42's batch) and
    # blinken-cortizo (the first of e43's, one pair), 111 of 333 aside (3 x 111 >= 333); the next,
    # blinken-park (2 pairs), would leave 109, and trump-abdullah or trump-starmer (one each) 110
    # (3 x 110 < 333).
    # The forty-sixth session's turnover (branch e77: batches 53, 54 and 56 held out) moved
    # nothing by itself; e77's English fresh batch 57 (8 pairs) took English to 119 of 341 aside:
    # the rule moved its next held-out series (TURNOVER_E77): blinken-park (2 pairs),
    # trump-abdullah and trump-starmer (one each; the rest of e43's batch) and harris-abdullah (the
    # first of e44's, one pair), 114 of 341 aside (3 x 114 >= 341); the next, harris-macron (one
    # pair), would leave 113 (3 x 113 < 341).
    # e78's Chinese fresh batch 58 (6 pairs) took Chinese to 39 of 103 aside: the rule moved its
    # next held-out series (TURNOVER_E78): liqiang-oyun-erdene, liqiang-thongloun and lixi-ruto
    # (e56's batch) and xi-maduro (e59's; one pair each), passing over xi-boluarte (2 pairs: 34
    # of 103 would be under a third), 35 of 103 aside (3 x 35 >= 103); the next, xi-noboa (one
    # pair), would leave 34 (3 x 34 < 103).
    # e79's English fresh batch 59 (6 pairs) took English to 120 of 347 aside: the rule moved its
    # next held-out series (TURNOVER_E79): harris-macron (one pair), harris-scholz (two) and
    # harris-zelenskyy (one; the rest of e44's batch, now dev whole), 116 of 347 aside
    # (3 x 116 >= 347); the next series (e48's batch) would leave 115 or less (3 x 115 < 347).
    # The forty-seventh session's turnover (branch e80: batches 57, 58 and 59 held out) moved
    # nothing by itself: fresh pairs count as aside, and one pair less would take English (115 of
    # 347), Chinese (34 of 103) or Russian (15 of 46) under a third.
    # e80's English fresh batch 60 (8 pairs) took English to 124 of 355 aside: the rule moved its
    # next held-out series (TURNOVER_E80): harris-sunak (one pair), harris-trudeau (two) and
    # harris-yoon (one; the rest of e48's batch, now dev whole) and harris-netanyahu (the first of
    # e51's, one pair), 119 of 355 aside (3 x 119 >= 355); the next, sullivan-stoltenberg (2 pairs),
    # would leave 117, and biden-truss or any series of one pair 118 (3 x 118 < 355).
    # e81's Chinese fresh batch 61 (6 pairs) took Chinese to 41 of 109 aside: the rule moved its
    # next held-out series (TURNOVER_E81): xi-boluarte (2 pairs), xi-noboa and xi-petro (one pair
    # each; e59's batch), 37 of 109 aside (3 x 37 >= 109); the next, xi-rabuka (one pair), would
    # leave 36 (3 x 36 < 109).
    # e82's Russian fresh batch 62 (4 pairs) took Russian to 20 of 50 aside: the rule moved its
    # next held-out series (TURNOVER_E82): mirziyoyev-aliyev and mirziyoyev-erdogan (ru22's
    # batch) and mirziyoyev-lukashenko (ru24's; one pair each), 17 of 50 aside (3 x 17 >= 50); the
    # next, mirziyoyev-tokayev (one pair), would leave 16 (3 x 16 < 50), and so would every
    # held-out Russian series after it.
    # e84's English fresh batch 64 (6 pairs) took English to 125 of 361 aside: the rule moved its
    # next held-out series (TURNOVER_E84): sullivan-stoltenberg (two pairs, the rest of e51's
    # batch), then, passing over biden-johnson (three pairs: 120 left, 3 x 120 < 361), biden-truss
    # (one pair), then, passing over harris-lopez-obrador (three), biden-kuleba (one pair): 121 of
    # 361 aside (3 x 121 >= 361); any further series would leave 120 or fewer.
    # e85's Chinese fresh batch 65 (4 pairs) took Chinese to 41 of 113 aside: the rule moved its
    # next held-out series (TURNOVER_E85): xi-rabuka (one pair, the last of e59's batch) and
    # xi-diaz-canel (2 pairs, the first of e61's), 38 of 113 aside (3 x 38 >= 113); the next,
    # xi-isaias (one pair), would leave 37 (3 x 37 < 113), and so would every series after it.
    # e86's English fresh batch 66 (7 pairs) took English to 128 of 368 aside: the rule moved its
    # next held-out series (TURNOVER_E86): biden-johnson (three pairs, the rest of e52's batch),
    # then, passing over harris-lopez-obrador (three pairs: 122 left, 3 x 122 < 368), biden-ishiba
    # (one pair, e54's), then, passing over sherman-choi-mori (three), sherman-hulata (one pair,
    # e55's): 123 of 368 aside (3 x 123 >= 368); any further series would leave 122 or fewer.
    # The forty-eighth session's turnover (branch e86: batches 60, 61, 62, 64 and 65 held out)
    # moved nothing by itself: fresh pairs count as aside, and one pair less would take English
    # (122 of 368), Chinese (37 of 113) or Russian (16 of 50) under a third.
    # e88's Russian fresh batch 68 (2 pairs) took Russian to 19 of 52 aside: the rule moved its
    # next held-out series (TURNOVER_E88): mirziyoyev-tokayev (one pair, the last of ru24's
    # batch), 18 of 52 aside (3 x 18 >= 52); the next, mirziyoyev-al-nahyan (3 pairs, e63's), or
    # any one-pair series after it would leave 17 or fewer (3 x 17 < 52).
    # e87's Chinese fresh batch 67 (5 pairs) took Chinese to 43 of 118 aside: the rule moved its
    # next held-out series (TURNOVER_E87): xi-isaias, xi-mnangagwa and xi-muizzu (one pair each,
    # e61's batch), 40 of 118 aside (3 x 40 >= 118); the next, xi-obiang (one pair), would leave
    # 39 (3 x 39 < 118), and so would every series after it.
    # e89's English fresh batch 69 (6 pairs) took English to 129 of 374 aside: the rule moved its
    # next held-out series (TURNOVER_E89): harris-lopez-obrador (three pairs, the rest of e53's
    # batch), then, passing over sherman-choi-mori (e54's, three pairs: 123 left, 3 x 123 < 374),
    # sung-kim-kim-gunn-funakoshi (one pair, the rest of e55's batch): 125 of 374 aside
    # (3 x 125 >= 374); any further series would leave 124 or fewer.
    # The forty-ninth session's turnover (branch e89: batches 66, 67 and 68 held out) moved nothing
    # by itself: fresh pairs count as aside, and one pair less would take English (124 of 374),
    # Chinese (39 of 118) or Russian (17 of 52) under a third.
    # e90's Chinese fresh batch 70 (4 pairs) took Chinese to 44 of 122 aside: the rule moved its
    # next held-out series (TURNOVER_E90): xi-obiang (one pair, the last of e61's batch), xi-mishal
    # (one pair, e66's), then, passing over xi-mishustin (three pairs: 40 left, 3 x 40 < 122),
    # xi-paetongtarn (one pair, e66's), 41 of 122 aside (3 x 41 >= 122); the next, xi-raisi (one
    # pair), would leave 40, and so would every held-out Chinese series after it.
    # e92's Russian fresh batch 71 (1 pair) took Russian to 19 of 53 aside: the rule moved its
    # next held-out series (TURNOVER_E92), passing over mirziyoyev-al-nahyan (3 pairs, e63's: 16
    # left, 3 x 16 < 53): mirziyoyev-berdimuhamedov (one pair, e63's), 18 of 53 aside (3 x 18 >=
    # 53); the next, mirziyoyev-gurbanguly (2 pairs), or any one-pair series after it
    # (aliyev-lukashenko of e82's) would leave 17 or fewer (3 x 17 < 53).
    # e93's English fresh batch 72 (7 pairs) took English to 132 of 381 aside: the rule moved its
    # next held-out series (TURNOVER_E93): sherman-choi-mori (three pairs, the rest of e54's batch)
    # and sherman-delattre-michaelis-sequi-cleverly (two pairs, e56's), 127 of 381 aside
    # (3 x 127 >= 381); any further series would leave 126 or fewer (3 x 126 < 381).
    # The fiftieth session's turnover (branch e93: batches 69, 70 and 71 held out) moved nothing
    # by itself: fresh pairs count as aside, and one pair less would take English (126 of 381),
    # Chinese (40 of 122) or Russian (17 of 53) under a third.
    # e94's Chinese fresh batch 73 (6 pairs) took Chinese to 47 of 128 aside: the rule moved its
    # next held-out series (TURNOVER_E94): xi-mishustin (three pairs, e66's batch) and xi-raisi
    # (one pair, e66's), 43 of 128 aside (3 x 43 >= 128); the next, wangyi-faisal-bin-farhan (six
    # pairs, e72's), or any held-out Chinese series after it would leave 42 or fewer (3 x 42 < 128).
    # e96's English fresh batch 74 (7 pairs, fiftieth session; no move on its branch) took English
    # to 134 of 388 aside: at the lead's merge of e96 (branch e97) the rule moved its next held-out
    # series (TURNOVER_E96): carney-sheinbaum (one pair, e57's batch), then carney-lula (two pairs)
    # and carney-sanchez (one pair) of e58's batch, 130 of 388 aside (3 x 130 >= 388); the next,
    # starmer-lula (one pair, e58's), or any held-out English series after it would leave 129 or
    # fewer (3 x 129 < 388).
    # e98's English fresh batch 75 (6 pairs, fifty-first session) took English to 136 of 394 aside:
    # the rule moved its next held-out series (TURNOVER_E98): the rest of e58's batch, starmer-lula,
    # starmer-ramaphosa and trudeau-lula (one pair each), then, passing over carney-trump (three
    # pairs, e59's batch: 3 x 130 < 394), starmer-abdullah (one pair, e59's), 132 of 394 aside
    # (3 x 132 >= 394); any further held-out English series would leave 131 or fewer.
    # The fifty-first session's turnover (branch e98: batches 72, 73 and 74 held out) moved nothing
    # by itself: fresh pairs count as aside, and one pair less would take English (131 of 394),
    # Chinese (42 of 128) or Russian (17 of 53) under a third.
    # e101's English fresh batch 78 (5 pairs, fifty-first session; no move on its branch) took
    # English to 137 of 399 aside: at the lead's merge of e101 (branch e102) the rule moved its next
    # held-out series (TURNOVER_E101): carney-trump (three pairs, e59's batch, passed over by
    # e98's move), then starmer-ishiba (one pair, e59's), 133 of 399 aside (3 x 133 >= 399); the
    # next, starmer-tamim (one pair, e59's), or any held-out English series after it would leave
    # 132 or fewer (3 x 132 < 399).
    # e99's Chinese fresh batch 76 (5 pairs, fifty-first session) took Chinese to 48 of 133 aside:
    # the rule moved its next held-out series (TURNOVER_E99), passing over wangyi-faisal-bin-farhan
    # and wangyi-qureshi (six pairs each) and wangyi-chung-eui-yong (five): wangyi-park-jin (one
    # pair, e78's batch), then, passing over wangyi-bonne (six) and wangyi-amorim (four),
    # wangyi-shoigu (two pairs, e87's), 45 of 133 aside (3 x 45 >= 133); any further series would
    # leave 44 or fewer (3 x 44 < 133).
    # e103's English fresh batch 79 (7 pairs, fifty-second session, before the session's turnover)
    # took English to 140 of 406 aside: the rule moved its next held-out series (TURNOVER_E103):
    # starmer-tamim (one pair, the rest of e59's batch), then johnson-bin-salman (three pairs, e60's
    # batch), 136 of 406 aside (3 x 136 >= 406); the next, trudeau-duda (one pair, e60's), or any
    # held-out English series after it would leave 135 or fewer (3 x 135 < 406).
    # The fifty-second session's turnover (branch e103: batches 75, 76 and 78 held out) moved
    # nothing by itself: fresh pairs count as aside, and one pair less would take English (135 of
    # 406), Chinese (44 of 133) or Russian (17 of 53) under a third.
    # e104's Chinese fresh batch 80 (5 pairs, fifty-second session) took Chinese to 50 of 138
    # aside: the rule moved its next held-out series (TURNOVER_E104), passing over
    # wangyi-faisal-bin-farhan and wangyi-qureshi (six pairs each), wangyi-chung-eui-yong (five) and
    # wangyi-bonne (six): wangyi-amorim (four pairs, e85's batch), 46 of 138 aside (3 x 46 >= 138);
    # any further series would leave 45 or fewer (3 x 45 < 138).
    # The fifty-third session's turnover (branch e105: batches 79 and 80 held out) moved nothing by
    # itself: fresh pairs count as aside, and one pair less would take English (137 of 414, after
    # batch 81's move below), Chinese (45 of 138, before batch 82) or Russian (17 of 53) under a
    # third.
    # e105's English fresh batch 81 (8 pairs, fifty-third session, before the session's turnover)
    # took English to 144 of 414 aside: the rule moved its next held-out series (TURNOVER_E105):
    # the rest of e60's batch, trudeau-duda (one pair) and trudeau-tusk (two pairs), then
    # johnson-erdogan (three pairs, e62's batch), 138 of 414 aside (3 x 138 >= 414); the next,
    # johnson-trudeau (two pairs, e62's) and trudeau-kishida (one pair, e62's), or any held-out
    # English series after them would leave 137 or fewer (3 x 137 < 414).
    # e106's Chinese fresh batch 82 (5 pairs, fifty-third session) took Chinese to 51 of 143 aside:
    # the rule moved its next held-out series (TURNOVER_E106), passing over
    # wangyi-faisal-bin-farhan and wangyi-qureshi (six pairs each), wangyi-chung-eui-yong (five) and
    # wangyi-bonne (six): wangyi-szijjarto (three pairs, e87's batch), 48 of 143 aside (3 x 48 >=
    # 143); any further series would leave 47 or fewer (3 x 47 < 143).
    # e107's English fresh batch 83 (8 pairs, fifty-fourth session, before the session's turnover)
    # took English to 146 of 422 aside: the rule moved its next held-out series (TURNOVER_E107):
    # the rest of e62's batch, johnson-trudeau (two pairs) and trudeau-kishida (one pair), then, of
    # e64's batch, biden-kishida-yoon and blinken-parolin (one pair each), passing over
    # sullivan-akiba-cho (three pairs), 141 of 422 aside (3 x 141 >= 422); any further series, even
    # of one pair (sullivan-bonne-ploetner-barrow-yermak), would leave 140 or fewer (3 x 140 < 422).
    # The fifty-fourth session's turnover (branch e107: batches 81 and 82 held out) moved nothing by
    # itself: fresh pairs count as aside, and one pair less would take English (140 of 422, after
    # batch 83's move above), Chinese (47 of 143) or Russian (17 of 53) under a third.
    # e108's Chinese fresh batch 84 (5 pairs, fifty-fourth session; merged after e107) took Chinese to
    # 53 of 148 aside:
    # the rule moved its next held-out series (TURNOVER_E108), passing over the same four Wang Yi
    # series: dongjun-austin and dongjun-hegseth (one pair each, e90's batch), passing over
    # liqiang-mishustin (two, e90's), hanzheng-delcy-rodriguez (two) and liqiang-von-der-leyen
    # (four, e94's), then hanzheng-mashatile (one, e99's), 50 of 148 aside (3 x 50 >= 148); any
    # further series would leave 49 or fewer (3 x 49 < 148).
    # e109's English fresh batch 85 (6 pairs, fifty-fifth session, before the session's turnover)
    # took English to 147 of 428 aside: the rule moved its next held-out series (TURNOVER_E109):
    # the rest of e64's batch, sullivan-akiba-cho (three pairs) and
    # sullivan-bonne-ploetner-barrow-yermak (one pair), 143 of 428 aside (3 x 143 >= 428); any
    # further series, even of one pair (wangyi-cavusoglu, e65's batch), would leave 142 or fewer
    # (3 x 142 < 428).
    # e110's Chinese fresh batch 86 (5 pairs, fifty-fifth session; batch 84 still fresh on its
    # base) took Chinese to 55 of 153 aside: the rule moved its next held-out series
    # (TURNOVER_E110), passing over the same four Wang Yi series: liqiang-mishustin (two pairs,
    # e90's batch) and hanzheng-delcy-rodriguez (two, e94's), 51 of 153 aside (3 x 51 >= 153);
    # any further series, even of one pair (liqiang-noboa), would leave 50 or fewer (3 x 50 < 153).
    # The fifty-fifth session's turnover (branch e109: batches 83 and 84 held out) moved nothing by
    # itself: fresh pairs count as aside, and one pair less would take English (142 of 428, after
    # batch 85's move above), Chinese (50 of 153, after batch 86's) or Russian (17 of 53) under a
    # third.
    # e111's English fresh batch 87 (5 pairs, fifty-sixth session, before the session's turnover)
    # took English to 148 of 433 aside: the rule moved its next held-out series (TURNOVER_E111):
    # of e65's batch, wangyi-amir-abdollahian (two pairs) and wangyi-cavusoglu (one pair), 145 of
    # 433 aside (3 x 145 >= 433); any further series, even of one pair, would leave 144 or fewer
    # (3 x 144 < 433): wangyi-kuleba (three pairs, the rest of e65's batch) is passed over.
    # The fifty-sixth session's turnover (branch e111: batches 85 and 86 held out) moved nothing by
    # itself: fresh pairs count as aside, and one pair less would take English (144 of 433, after
    # batch 87's move above), Chinese (50 of 153) or Russian (17 of 53) under a third.
    # e112's Chinese fresh batch 88 (5 pairs, fifty-sixth session, merged after e111) took Chinese to 56 of 158 aside: the rule moved its next held-out series
    # (TURNOVER_E112), passing over the same four Wang Yi series and liqiang-von-der-leyen (four
    # pairs, e94's: 52): liqiang-aripov (two pairs, e99's batch) and liqiang-noboa (one, e99's), 53
    # of 158 aside (3 x 53 >= 158); any further series, even of one pair (zhaoleji-noboa), would
    # leave 52 or fewer (3 x 52 < 158).
    assert shares == {"en": (145, 433), "zh": (53, 158), "ru": (18, 53)}


def test_third_chinese_batch_is_split_by_a_seeded_draw_and_written_before_the_tool() -> None:
    import random

    batch = [p for p in PAIRS if p.series in ZH_BATCH_3]
    assert len(batch) == 6 and {p.series for p in batch} == ZH_BATCH_3  # one pair a series
    assert {p.publisher for p in batch} == {"cctv"}
    assert all(formula_eval.language_of(p) == "zh" for p in batch)
    assert not any(p.fresh for p in batch)
    names = sorted(p.name for p in batch)
    held = {p.series for p in batch if p.name in random.Random(36).sample(names, 3)}
    assert held == ZH_HELD_3
    for p in batch:
        assert p.heldout == (p.series in ZH_HELD_3 - MOVED_BY_LANGUAGE["zh"]), p.name
        text = (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
        assert "written before the tool ran, branch e36" in text, p.name
        for event in p.events:  # every wording is the readout's own
            assert event.a is None or event.a in p.a_path.read_text(encoding="utf-8"), event
            assert event.b is None or event.b in p.b_path.read_text(encoding="utf-8"), event
    earlier = ZH_BATCH | ZH_DEV_BATCH | ZH_DEV_BATCH_2 | LANG_BATCH | HELD_LATER | DRAWN_SERIES
    assert not ZH_BATCH_3 & earlier


def test_fresh_batches_turned_held_out_stay_aside() -> None:
    later = [p for p in PAIRS if p.series in HELD_LATER]
    counts = [sum(p.series in batch for p in later) for batch in HELD_LATER_BATCHES]
    assert counts == [
        9, 11, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 6, 7, 6, 7, 8, 6, 6, 8, 6, 6, 4, 7, 5, 6, 4,
        7, 6, 7, 6, 5, 5, 7, 5, 8, 5, 8, 5, 6, 5,
    ]  # fmt: skip
    assert not any(p.fresh for p in later)
    held = [p for p in later if p.heldout]  # e15's to e20's batch and part of e21's dev
    moved = HELD_LATER_BATCHES[:MOVED_BATCHES]
    by_language = MOVED_BY_LANGUAGE["zh"] | MOVED_BY_LANGUAGE["en"]
    assert {p.series for p in held} == HELD_LATER.difference(*moved, MOVED_SERIES, by_language)
    assert {p.name for p in held} <= {
        p.name for p in formula_eval.load_pairs(EVAL, split="heldout")
    }
    # Held-out and fresh pairs together: until the forty-first session at least a third of the
    # whole set was kept aside; from the forty-second a third of each language as whole series and
    # fresh batches allow (test_each_language_keeps_a_third_aside_moving_its_oldest_held_out_series):
    # the all-pairs share is what the languages' shares give, 130 of 422 (30.8 %; e62's batch 42,
    # e64's batch 44, e65's batch 45, e63's Russian batch 43 and e66's Chinese batch 46 in, four
    # Russian and four Chinese pairs moved to dev; held out since the forty-fourth session's
    # turnover, branch e67, whose English fresh batch 47 is in too); with e68's English batch 48
    # and e69's 49, 145 of 437 (33.2 %); with e71's Russian batch 51 and the four Russian pairs
    # its turnover moved to dev, 147 of 443; with e70's English batch 50 (7 pairs) and the two
    # English pairs it moved to dev (TURNOVER_E70), 152 of 450 (33.8 %); with e72's Chinese batch
    # 52 (6 pairs) and the four Chinese pairs it moved to dev (TURNOVER_E72), 154 of 456 (33.8 %).
    # The forty-fifth session's turnover (branch e73: batches 47 to 52 held out) keeps them aside;
    # with e73's English batch 53 (7 pairs), 161 of 463, and the five English pairs it moved to dev
    # (TURNOVER_E73), 156 of 463 (33.7 %); with e74's Chinese batch 54 (6 pairs) and the four
    # Chinese pairs it moved to dev (TURNOVER_E74), 158 of 469 (33.7 %); with e76's English fresh
    # batch 56 (7 pairs, no pair moved on its branch), 165 of 476, and the five English pairs its
    # merge moved to dev (branch e76m, TURNOVER_E76), 160 of 476 (33.6 %). The forty-sixth
    # session's turnover (branch e77: batches 53, 54 and 56 held out) keeps them aside; with
    # e77's English fresh batch 57 (8 pairs), 168 of 484, and the five English pairs it moved to
    # dev (TURNOVER_E77), 163 of 484 (33.7 %); with e78's Chinese batch 58 (6 pairs), 169 of 490,
    # and the four Chinese pairs it moved to dev (TURNOVER_E78), 165 of 490 (33.7 %); with e79's
    # English fresh batch 59 (6 pairs), 171 of 496, and the four English pairs it moved to dev
    # (TURNOVER_E79), 167 of 496 (33.7 %). The forty-seventh session's turnover (branch e80:
    # batches 57, 58 and 59 held out) keeps them aside; with e80's English fresh batch 60 (8
    # pairs), 175 of 504, and the five English pairs it moved to dev (TURNOVER_E80), 170 of 504
    # (33.7 %); with e81's Chinese fresh batch 61 (6 pairs), 176 of 510, and the four Chinese
    # pairs it moved to dev (TURNOVER_E81), 172 of 510; with e82's Russian fresh batch 62 (4
    # pairs), 176 of 514, and the three Russian pairs it moved to dev (TURNOVER_E82), 173 of 514
    # (33.7 %); with e84's English fresh batch 64 (6 pairs), 179 of 520, and the four English
    # pairs it moved to dev (TURNOVER_E84), 175 of 520 (33.7 %); with e85's Chinese fresh batch 65
    # (4 pairs), 179 of 524, and the three Chinese pairs it moved to dev (TURNOVER_E85), 176 of 524
    # (33.6 %). With e86's English fresh batch 66 (7 pairs), 183 of 531, and the five English
    # pairs it moved to dev (TURNOVER_E86), 178 of 531 (33.5 %). The forty-eighth session's
    # turnover (branch e86: batches 60, 61, 62, 64 and 65 held out) keeps them aside. With e87's
    # Chinese fresh batch 67 (5 pairs), 183 of 536, and the three Chinese pairs it moved to dev
    # (TURNOVER_E87), 180 of 536; with e88's Russian fresh batch 68 (2 pairs), 182 of 538, and the
    # Russian pair it moved to dev (TURNOVER_E88), 181 of 538 (33.6 %). With e89's English fresh
    # batch 69 (6 pairs), 187 of 544, and the four English pairs it moved to dev (TURNOVER_E89),
    # 183 of 544 (33.6 %). The forty-ninth session's turnover (branch e89: batches 66, 67 and 68
    # held out) keeps them aside. With e90's Chinese fresh batch 70 (4 pairs), 187 of 548, and the
    # three Chinese pairs it moved to dev (TURNOVER_E90), 184 of 548; with e92's Russian fresh
    # batch 71 (1 pair), 185 of 549, and the Russian pair it moved to dev (TURNOVER_E92), 184 of
    # 549 (33.5 %). With e93's English fresh batch 72 (7 pairs), 191 of 556, and the five English
    # pairs it moved to dev (TURNOVER_E93), 186 of 556 (33.5 %). The fiftieth session's turnover
    # (branch e93: batches 69, 70 and 71 held out) keeps them aside. With e94's Chinese fresh
    # batch 73 (6 pairs), 192 of 562, and the four Chinese pairs it moved to dev (TURNOVER_E94),
    # 188 of 562 (33.5 %). With e96's English fresh batch 74 (7 pairs), 195 of 569, and the four
    # English pairs moved to dev at the lead's merge of e96 (TURNOVER_E96), 191 of 569 (33.6 %).
    # With e98's English fresh batch 75 (6 pairs), 197 of 575, and the four English pairs it moved
    # to dev (TURNOVER_E98), 193 of 575 (33.6 %). The fifty-first session's turnover (branch e98:
    # batches 72, 73 and 74 held out) keeps them aside. With e99's Chinese fresh batch 76 (5 pairs),
    # 198 of 580, and the three Chinese pairs it moved to dev (TURNOVER_E99), 195 of 580 (33.6 %).
    # With e101's English fresh batch 78 (5 pairs), 200 of 585, and the four English pairs moved to
    # dev at the lead's merge of e101 (TURNOVER_E101), 196 of 585 (33.5 %). With e103's English fresh
    # batch 79 (7 pairs), 203 of 592, and the four English pairs it moved to dev (TURNOVER_E103),
    # 199 of 592 (33.6 %). The fifty-second session's turnover (branch e103: batches 75, 76 and 78
    # held out) keeps them aside. With e104's Chinese fresh batch 80 (5 pairs), 204 of 597, and the
    # four Chinese pairs it moved to dev (TURNOVER_E104), 200 of 597 (33.5 %). With e105's English
    # fresh batch 81 (8 pairs), 208 of 605, and the six English pairs it moved to dev
    # (TURNOVER_E105), 202 of 605 (33.4 %). The fifty-third session's turnover (branch e105:
    # batches 79 and 80 held out) keeps them aside. With e106's Chinese
    # fresh batch 82 (5 pairs), 207 of 610, and the three Chinese pairs it moved to dev
    # (TURNOVER_E106), 204 of 610 (33.4 %). With e107's English fresh batch 83 (8 pairs), 212 of
    # 618, and the five English pairs it moved to dev (TURNOVER_E107), 207 of 618 (33.5 %). The
    # fifty-fourth session's turnover (branch e107: batches 81 and 82 held out) keeps them aside.
    # With e108's Chinese fresh batch 84 (5 pairs), 212 of 623, and the three Chinese pairs it moved
    # to dev (TURNOVER_E108), 209 of 623 (33.5 %). With e109's English fresh batch 85 (6 pairs),
    # 215 of 629, and the four English pairs it moved to dev (TURNOVER_E109), 211 of 629; with
    # e110's Chinese fresh batch 86 (5 pairs), 216 of 634, and the four Chinese pairs it moved to
    # dev (TURNOVER_E110), 212 of 634 (33.4 %). The fifty-fifth session's turnover (branch e109:
    # batches 83 and 84 held out) keeps them aside. With e111's English fresh batch 87 (5 pairs),
    # 217 of 639, and the three English pairs it moved to dev (TURNOVER_E111), 214 of 639 (33.5 %).
    # The fifty-sixth session's turnover (branch e111: batches 85 and 86 held out) keeps them aside.
    aside = [p for p in PAIRS if p.heldout]
    # With e112's Chinese fresh batch 88 (5 pairs, fifty-sixth session), 221 of 644, and the three
    # Chinese pairs it moved to dev (TURNOVER_E112), 216 of 644 (33.5 %).
    assert (len(aside), len(PAIRS)) == (216, 644)


def test_the_oldest_held_out_pairs_move_to_dev_first() -> None:
    """When fresh batches turning held out would keep more than 40 % aside, held-out pairs move
    into dev, the oldest batch first: the seeded draw's (looked at while the engine was
    developed) went in the tenth session, e15's batch in the eleventh; the later batches follow
    in the order they were held out. A batch moves whole, or by whole series when moving all of
    it would keep less than a third aside (e16's batch: two series in the thirteenth session,
    the other two in the fourteenth; e17's: two of its three series in the fifteenth, the third
    in the sixteenth; e18's: one of its three series in the sixteenth, the other two in the
    seventeenth; e19's: four of its five series in the eighteenth, the fifth in the nineteenth;
    e20's: two of its three series in the nineteenth, the third in the twentieth; e21's: one of
    its three series in the twentieth, another in the twenty-first, the third in the
    twenty-second; e22's: one of its five series, of one pair, in the twenty-second, three more
    (five pairs) in the twenty-third, the last in the twenty-fourth; e23's: two of its five series
    (three pairs) by e35 in the twenty-fourth, a third (blinken-grundberg, one pair) at that
    session's merge, when e36's held-out Chinese pairs kept a third aside, the last two by e37 in
    the twenty-fifth; e25's: one of its five series (one pair) by e37 and another (one pair) by
    ru8 in the twenty-fifth, two more (four pairs) by e38 in the twenty-sixth and the last (two
    pairs) at that session's merge of ru9; e26's: four of its seven series (five pairs) at the
    merge of e39 and ru13 in the twenty-seventh, the other three (one pair each) by e40 in the
    twenty-eighth; e27's: one of its seven series (one pair) by e40 in the twenty-eighth, three more
    (four pairs) by e41 in the twenty-ninth, the last three (one pair each) by e42 in the thirtieth;
    e28's: one of its five series (one pair) by e42 in the thirtieth, two more (four pairs) by
    e43 and one more (one pair) at the merge of e43 and ru24 in the thirty-first, the last (two
    pairs) by e44 in the thirty-second; e29's: one of its seven series (two pairs) by e44 in the
    thirty-second, four more (one pair each) by e48 in the thirty-third, the last two (one pair
    each) by e51 in the thirty-fourth; e31's: two of its four series (one pair each) by e51 in the
    thirty-fourth, a third (four pairs) by e52 in the thirty-fifth, the last (two pairs) by e53 in
    the thirty-sixth; e34's: two of its five series (one pair each) by e53 in the thirty-sixth,
    passing over carney-macron (four pairs), carney-macron by e54 in the thirty-seventh, the last
    two (one pair each) by e55 in the thirty-eighth; e35's: two of its five series (one pair each)
    by e55 in the thirty-eighth, passing over sunak-rutte (four pairs), sunak-rutte by e56 in the
    thirty-ninth, the last two (one pair each) by e57 in the fortieth; e37's: two of its four
    series (one pair each) by e57 in the fortieth, passing over sullivan-hulata (three pairs),
    sullivan-hulata by e58 and xi-ruto by e59 in the forty-first; e38's: three of its six series
    (one pair each) by e59 in the forty-first, its Chinese one by the per-language rule in the
    forty-second, its last two English ones (one pair each) by the per-language rule with e70's
    English batch 50 in the forty-fourth; e40's and e41's whole by the per-language rule with
    e73's English batch 53 in the forty-fifth; e42's English series (four pairs) and the first of
    e43's, blinken-cortizo (one pair), by the per-language rule with e76's English batch 56 at its
    merge (branch e76m) in the forty-fifth; the rest of e43's (four pairs) and the first of e44's,
    harris-abdullah (one pair), by the per-language rule with e77's English batch 57 in the
    forty-sixth, the rest of e44's (four pairs) with e79's English batch 59 in the forty-sixth;
    e48's English series (four pairs) and the first of e51's, harris-netanyahu (one pair), with
    e80's English batch 60 in the forty-seventh; the rest of e51's, sullivan-stoltenberg (two
    pairs), and, passing over biden-johnson and harris-lopez-obrador (three pairs each),
    biden-truss of e52's and biden-kuleba of e53's (one pair each) with e84's English batch 64 in
    the forty-seventh; the rest of e52's, biden-johnson (three pairs), and, passing over
    harris-lopez-obrador and sherman-choi-mori (three pairs each), biden-ishiba of e54's and
    sherman-hulata of e55's (one pair each) with e86's English batch 66 in the forty-eighth; the
    rest of e53's, harris-lopez-obrador (three pairs), and, passing over sherman-choi-mori (three
    pairs), the rest of e55's, sung-kim-kim-gunn-funakoshi (one pair), with e89's English batch
    69 in the forty-ninth, so that e55's batch is in dev whole after e54's split one; the rest of
    e54's, sherman-choi-mori (three pairs), and e56's English series,
    sherman-delattre-michaelis-sequi-cleverly (two pairs), with e93's English batch 72 in the
    fiftieth, so that no batch was split; e57's English series, carney-sheinbaum (one pair), and,
    of e58's, carney-lula (two pairs) and carney-sanchez (one pair), passing over nothing, with
    e96's English batch 74 at the lead's merge of e96 in the fiftieth, so that e58's is split;
    the rest of e58's, starmer-lula, starmer-ramaphosa and trudeau-lula (one pair each), and,
    passing over carney-trump (three pairs), starmer-abdullah of e59's (one pair), with e98's
    English batch 75 in the fifty-first, so that e59's is split; of e59's, carney-trump (three
    pairs) and starmer-ishiba (one pair), passing over nothing, with e101's English batch 78 at
    the lead's merge of e101 in the fifty-first, so that e59's is still split)."""
    by_name = {p.name: p for p in PAIRS}
    # Up to the forty-first session the rule ran over all pairs, and the batches' English series
    # still follow it (no English series moved since: English keeps less than a third aside). The
    # Chinese series of these batches move by the per-language rule from the forty-second
    # (test_each_language_keeps_a_third_aside_moving_its_oldest_held_out_series), so they are left
    # out here; xi-ruto, the one Chinese series the all-pairs rule moved, with them.
    batches = [seeded_draw()] + [
        {p.name for p in PAIRS if p.series in batch and formula_eval.language_of(p) == "en"}
        for batch in HELD_LATER_BATCHES
    ]
    kept = [all(by_name[n].heldout for n in batch) for batch in batches]
    moved = [not any(by_name[n].heldout for n in batch) for batch in batches]
    split = [not k and not m for k, m in zip(kept, moved, strict=True)]
    oldest = MOVED_BATCHES + 1  # the draw (tenth session), e15's to e58's batch
    assert moved[:oldest] == [True] * oldest
    # The batches held out since are kept whole or split by whole series: the series that moved
    # ahead of the rest of their batch are MOVED_SERIES. The per-language rule passes over a series
    # it cannot move and may move one of a later batch (e84's: biden-truss of e52's batch, then
    # biden-kuleba of e53's; e86's: biden-ishiba of e54's, then sherman-hulata of e55's; e89's:
    # sung-kim-kim-gunn-funakoshi, the rest of e55's), so more than one batch may be split, and a
    # batch after a split one may have moved whole; none is touched after the last split or moved
    # one. e93's turnover (the rest of e54's and e56's English series) left none split; the move at
    # the lead's merge of e96 split e58's (carney-lula and carney-sanchez); e98's moved the rest of
    # e58's and split e59's (starmer-abdullah, passing over carney-trump); the move at the lead's
    # merge of e101 moved carney-trump and starmer-ishiba, leaving e59's split (starmer-tamim);
    # e103's moved the rest of e59's and split e60's (johnson-bin-salman); e105's moved the rest
    # of e60's and split e62's (johnson-erdogan, passing over johnson-trudeau and trudeau-kishida);
    # e107's moved the rest of e62's and split e64's (biden-kishida-yoon and blinken-parolin,
    # passing over sullivan-akiba-cho); e109's moved the rest of e64's (sullivan-akiba-cho and
    # sullivan-bonne-ploetner-barrow-yermak), leaving none split; e111's split e65's
    # (wangyi-amir-abdollahian and wangyi-cavusoglu, passing over wangyi-kuleba).
    later = [[by_name[n] for n in batch] for batch in batches[oldest:]]
    for batch in later:
        for series in {p.series for p in batch}:
            assert len({p.heldout for p in batch if p.series == series}) == 1, series
    assert {p.series for batch in later for p in batch if not p.heldout} == MOVED_SERIES
    assert MOVED_SERIES <= HELD_LATER
    split_at = [i for i, batch in enumerate(later) if split[oldest + i]]
    assert bool(split_at) == bool(MOVED_SERIES)
    touched = [i for i, batch in enumerate(later) if not kept[oldest + i]]
    last = touched[-1] if touched else -1
    assert kept[oldest + last + 1 :] == [True] * (len(batches) - oldest - last - 1)
    # No English series held out in a batch up to the last split or moved one (e59's since e98's
    # move and the one at the lead's merge of e101), nor in the first batch kept whole after it, could move
    # too: moving it would leave less than a third of English aside, counting the dev pairs other
    # branches of the session add.
    english = [p for p in PAIRS if formula_eval.language_of(p) == "en"]
    aside = [p for p in english if p.heldout]
    for batch in later[: last + 2]:
        for series in {p.series for p in batch if p.heldout}:
            held = sum(p.series == series for p in aside)
            assert held, series
            assert 3 * (len(aside) - held) < len(english) + DEV_PAIRS_JOINING, series


def fresh_batch(
    series: frozenset[str],
    size: int,
    lang: str,
    marker: str,
    *,
    fresh: bool = True,
    moved: frozenset[str] = frozenset(),
) -> list[formula_eval.Pair]:
    """The pairs of one batch, checked: ``size`` pairs of exactly ``series``, held out (but the
    series a later turnover per language ``moved`` to dev), fresh or (a batch an earlier turnover
    held out) not, and in ``lang``; each pair file says ``marker`` (its batch and branch: written
    by hand before the tool ran); no series of the batch in another folder of ``eval/``."""
    batch = [p for p in PAIRS if p.series in series]
    assert len(batch) == size and {p.series for p in batch} == series
    assert moved <= series
    assert all(p.heldout is (p.series not in moved) for p in batch)
    assert all(formula_eval.language_of(p) == lang for p in batch)
    assert all(p.fresh == fresh for p in batch)
    for p in batch:
        text = (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8")
        assert marker in text, p.name
    elsewhere = {
        f.name.split("__")[0]
        for folder in ("noise", "outside", "series", "agreement", "bilingual")
        for f in (ROOT / "eval" / folder).rglob("*__*.txt")
    }
    assert not series & elsewhere
    return batch


def chained_and_quoted_once(
    batch: list[formula_eval.Pair], sizes: dict[str, int], *, quoted_once: bool = True
) -> None:
    """Each series of ``batch`` a chain of ``sizes[series]`` pairs (the B readout of one pair the
    A readout of the next), and (``quoted_once``) every hand wording of the batch once in its
    readout."""
    for series, size in sizes.items():
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == size, series
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    if not quoted_once:
        return
    for p in batch:
        a, b = (path.read_text(encoding="utf-8") for path in (p.a_path, p.b_path))
        for event in p.events:
            assert event.a is None or a.count(event.a) == 1, event
            assert event.b is None or b.count(event.b) == 1, event


# English fresh series whose counterpart build_background.EXCLUDED does not name: the batch check
# read the whole series' name until the fifty-first session (branch e102), so the principal's
# name let them in. abe-abbott, abe-morrison, kishida-yun and moon-morrison were four such; their
# counterparts joined EXCLUDED on branch bg1 ("abbott", "morrison", "yun"; the background rebuilt,
# the lexicon evidence recounted; reverted at its merge, shipped by bg2 in the fifty-second
# session with the tests that leaned on "allies and partners" moved). modi-trump stays: its counterpart is the US President, whose
# readouts of his calls with Modi "modi" leaves out. No later series may join the list:
# test_the_batch_check_reads_the_counterpart.
COUNTERPART_NOT_IN_EXCLUDED = frozenset({"modi-trump"})


def counterpart_left_out(series: str) -> bool:
    """Whether build_background.EXCLUDED names the counterpart of ``series``, the name its series'
    name ends with (johnson-duda, cho-tae-yul-penny-wong), as a readout's title would spell it:
    the principal's name alone (sunak-morawiecki) does not leave the counterpart out."""
    import build_background

    ending = re.compile(build_background._EXCLUDED.pattern + "$", re.IGNORECASE)
    return bool(ending.search(f"Readout of a Call with {' '.join(series.split('-')).title()}"))


def left_out_and_chained(
    batch: list[formula_eval.Pair], sizes: dict[str, int], *, quoted_once: bool = False
) -> None:
    """An English fresh batch's series: ``sizes`` gives each one's pairs, no pair of them outside
    ``batch``, every series' counterpart left out of the background (build_background.EXCLUDED;
    COUNTERPART_NOT_IN_EXCLUDED were let in before the check read the counterpart), and each
    series a chain (the B readout of one pair the A readout of the next); with ``quoted_once``,
    every hand wording once in its readout (chained_and_quoted_once)."""
    assert not set(sizes) & {p.series for p in PAIRS if p not in batch}
    for series in sizes:
        assert counterpart_left_out(series) or series in COUNTERPART_NOT_IN_EXCLUDED, series
    chained_and_quoted_once(batch, sizes, quoted_once=quoted_once)


def english_batch_holds(
    batch: list[formula_eval.Pair],
    publishers: set[str],
    sizes: dict[str, int],
    counts: dict[str, int],
    moved: set[str],
    turnover: str,
) -> None:
    """An English fresh batch's own checks: the publishers of its A readouts, its series' sizes
    (every counterpart left out of the background, each series a chain, every hand wording once
    in its readout: left_out_and_chained), its hand events by status, and the held-out series its
    turnover per language ``moved`` to dev with the ``turnover`` note."""
    assert {p.publisher for p in batch} == publishers
    assert set(sizes) == {p.series for p in batch}
    left_out_and_chained(batch, sizes, quoted_once=True)
    assert Counter(e.status for p in batch for e in p.events) == counts
    moved_by("en", moved, turnover)


def test_the_batch_check_reads_the_counterpart() -> None:
    """The fresh batches' background check reads the counterpart's name, not the principal's:
    Johnson-Morawiecki and Sunak-Morawiecki, which e101 found and dropped ("morawiecki" is not in
    build_background.EXCLUDED), fail it though "sunak" is in the list, while the counterparts of
    batch 78 and multi-word names pass; the series let in on the principal's name alone are
    exactly COUNTERPART_NOT_IN_EXCLUDED, all of batches checked before the fifty-first session's
    merge of e101."""
    assert not counterpart_left_out("sunak-morawiecki")
    assert not counterpart_left_out("johnson-morawiecki")
    assert all(map(counterpart_left_out, ("sunak-duda", "johnson-stoltenberg", "johnson-duda")))
    assert counterpart_left_out("cho-tae-yul-penny-wong")
    assert counterpart_left_out("balakrishnan-wang-yi")
    checked = EN_FRESH_E86 | EN_FRESH_E89 | EN_FRESH_E93 | EN_FRESH_E96 | EN_FRESH_E98
    later = (
        EN_FRESH_E101
        | EN_FRESH_E103
        | EN_FRESH_E105
        | EN_FRESH_E107
        | EN_FRESH_E109
        | EN_FRESH_E111
    )
    let_in = {s for s in checked | later if not counterpart_left_out(s)}
    assert let_in == COUNTERPART_NOT_IN_EXCLUDED


def moved_by(language: str, moved: set[str], marker: str) -> None:
    """Series of ``language`` a fresh batch's turnover per language moved to dev: in
    MOVED_BY_LANGUAGE[language], each of their pair files saying ``marker``."""
    assert moved <= MOVED_BY_LANGUAGE[language]
    for series in moved:
        notes = [(EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8") for p in PAIRS
                 if p.series == series]  # fmt: skip
        assert notes and all(marker in note for note in notes), series


def test_russian_batch_43_was_fresh_russian_and_written_before_the_tool() -> None:
    """e63's batch: six Russian pairs, fresh in the forty-third session and held out since the
    forty-fourth's turnover (branch e67), of three series new to every folder of ``eval/`` (the
    noise sample's Kremlin series were found there first and left out), the Uzbek press service's
    readouts as outlets carried them; written by hand before the tool ran."""
    marker = "branch e67; scored once as a table by branch e63; the forty-third fresh batch"
    moved = {"mirziyoyev-berdimuhamedov"}  # by e92's turnover per language (TURNOVER_E92)
    fresh_batch(RU_FRESH_E63 - moved, 5, "ru", marker, fresh=False)
    moved_by("ru", moved, TURNOVER_E92)
    for p in PAIRS:
        if p.series in moved:
            note = (EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8")
            assert not p.heldout and not p.fresh and "branch e63" in note, p.name


def test_russian_batch_51_was_fresh_russian_and_written_before_the_tool() -> None:
    """e71's batch: six Russian pairs, fresh in the forty-fourth session and held out since the
    forty-fifth's turnover (branch e73), of two series new to every folder of ``eval/``, the
    Kyrgyz president's press service's readouts as outlets carried them (a second publisher of
    Russian fresh pairs, after e63's Uzbek one); written by hand before the tool ran; the Russian
    background leaves out the Kremlin's pages naming Japarov, Erdoğan and Rahmon."""
    import build_background_ru

    marker = "branch e73; scored once as a table by branch e71; the fifty-first fresh batch"
    batch = fresh_batch(RU_FRESH_E71, 6, "ru", marker, fresh=False)
    assert {p.publisher for p in batch} >= {"kabar", "mediaportal", "kant-kg", "sputnik-kg"}
    assert not RU_FRESH_E71 & {p.series for p in PAIRS if p not in batch}
    for name in ("Жапаров", "Эрдоган", "Рахмон"):
        assert build_background_ru.EXCLUDED.search(name), name
    for series in RU_FRESH_E71:  # each series a chain of successive readouts
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))


def test_chinese_batch_52_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e72's batch: six Chinese pairs, fresh in the forty-fourth session and held out since the
    forty-fifth's turnover (branch e73), of a series new to every folder of ``eval/``, from
    publishers other than CCTV's evening news (the PRC MFA's, Xinhua's and China News Service's
    texts, which Chinese had no fresh pair of), written by hand before the tool ran; the Chinese
    background leaves out the items naming the counterpart, and the batch took Chinese over a
    third aside (TURNOVER_E72)."""
    moved = {"liqiang-rahmon", "liqiang-ramaphosa", "zhaoleji-rahmon", "zhaoleji-tokayev"}
    marker = "branch e73; scored once as a table by branch e72; the fifty-second fresh batch"
    chinese_batch_not_from_cctv(ZH_FRESH_E72, marker, "费萨尔", moved, TURNOVER_E72, fresh=False)


def test_chinese_batch_54_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e74's batch: six Chinese pairs, fresh in the forty-fifth session and held out since the
    forty-sixth's turnover (branch e77), of a series new to every folder of ``eval/``, from
    publishers other than CCTV's evening news (Xinhua's, the PRC MFA's and China News Service's
    texts, as e72's batch 52), written by hand before the tool ran; the Chinese background leaves
    out the items naming the counterpart, and the batch took Chinese over a third aside
    (TURNOVER_E74)."""
    moved = {"zhaoleji-sanchez", "dingxuexiang-berdimuhamedov", "liqiang-bin-zayed"}
    marker = "branch e77; scored once as a table by branch e74; the fifty-fourth fresh batch"
    chinese_batch_not_from_cctv(ZH_FRESH_E74, marker, "库雷希", moved, TURNOVER_E74, fresh=False)


def test_chinese_batch_58_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e78's batch: six Chinese pairs, fresh in the forty-sixth session and held out since the
    forty-seventh's turnover (branch e80), of two series new to every folder of ``eval/`` (Wang
    Yi with Korea's Foreign Ministers Chung Eui-yong, a chain of five pairs, and Park Jin, one
    pair), from publishers other than CCTV's evening news (the PRC MFA's and Xinhua's texts as
    outlets carried them), written by hand before the tool ran; the Chinese background leaves out
    the items naming either counterpart, and the batch took Chinese over a third aside
    (TURNOVER_E78). Its Park Jin pair is dev since e99's turnover per language (TURNOVER_E99)."""
    import build_background_zh

    marker = "branch e80; scored once as a table by branch e78; the fifty-eighth fresh batch"
    batch = fresh_batch(ZH_FRESH_E78 - {"wangyi-park-jin"}, 5, "zh", marker, fresh=False)
    park_jin = [p for p in PAIRS if p.series == "wangyi-park-jin"]
    assert len(park_jin) == 1 and not park_jin[0].heldout
    assert marker in (EVAL / "pairs" / f"{park_jin[0].name}.toml").read_text(encoding="utf-8")
    assert "cctv" not in {p.publisher for p in batch + park_jin}
    chain = sorted(batch, key=lambda p: p.name)  # wangyi-chung-eui-yong, a chain of five pairs
    assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    for name in ("郑义溶", "朴振"):
        assert build_background_zh.LEFT_OUT.search(name), name
    moved = {"liqiang-oyun-erdene", "liqiang-thongloun", "lixi-ruto", "xi-maduro"}
    moved_by("zh", moved, TURNOVER_E78)
    moved_by("zh", {"wangyi-park-jin"}, TURNOVER_E99)


def test_chinese_batch_61_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e81's batch: six Chinese pairs, fresh in the forty-seventh session and held out since the
    forty-eighth's turnover (branch e86), of one series new to every folder of ``eval/`` (Wang
    Yi with French President Macron's diplomatic adviser Emmanuel Bonne, a chain of seven
    readouts), from publishers other than CCTV's evening news (Xinhua's, the PRC MFA's and China
    News Service's texts as outlets carried them), written by hand before the tool ran; the
    Chinese background leaves out the items naming Bonne, and the batch took Chinese over a third
    aside (TURNOVER_E81)."""
    moved = {"xi-boluarte", "xi-noboa", "xi-petro"}
    marker = "branch e86; scored once as a table by branch e81; the sixty-first fresh batch"
    chinese_batch_not_from_cctv(ZH_FRESH_E81, marker, "博纳", moved, TURNOVER_E81, fresh=False)


def test_chinese_batch_65_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e85's batch: four Chinese pairs, fresh in the forty-seventh session and held out since the
    forty-eighth's turnover (branch e86), of one series new to every folder of ``eval/`` (Wang
    Yi with Brazilian President Lula's chief special adviser Celso Amorim, a chain of five
    readouts), from publishers other than CCTV's evening news (China News Service's, the PRC
    MFA's, People's Daily's and Xinhua's texts as outlets carried them), written by hand before
    the tool ran; the Chinese background leaves out the items naming Amorim, and the batch took
    Chinese over a third aside (TURNOVER_E85). Its pairs are dev since e104's turnover per
    language (TURNOVER_E104)."""
    import build_background_zh

    marker = "branch e86; scored once as a table by branch e85; the sixty-fifth fresh batch"
    batch = [p for p in PAIRS if p.series in ZH_FRESH_E85]  # dev since e104's move
    assert len(batch) == 4 and not any(p.heldout or p.fresh for p in batch)
    assert all(formula_eval.language_of(p) == "zh" for p in batch)
    for p in batch:
        assert marker in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8"), p.name
    assert {p.publisher for p in batch} == {"chinanews", "mfa-zh", "peoples-daily", "xinhua"}
    assert not ZH_FRESH_E85 & {p.series for p in PAIRS if p not in batch}
    assert build_background_zh.LEFT_OUT.search("阿莫林")
    chain = sorted(batch, key=lambda p: p.name)  # a chain of successive readouts
    assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved = {"xi-rabuka", "xi-diaz-canel"}
    moved_by("zh", moved, TURNOVER_E85)
    moved_by("zh", set(ZH_FRESH_E85), TURNOVER_E104)


def test_chinese_batch_67_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e87's batch: five Chinese pairs, fresh in the forty-eighth session and held out since the
    forty-ninth's turnover (branch e89), of two series new to every folder of ``eval/`` (Wang
    Yi with Hungary's Foreign Minister Szijjártó, a chain of four readouts, and with the Secretary
    of Russia's Security Council Shoigu, a chain of three), from publishers other than CCTV's evening
    news (Xinhua's, China News Service's and the PRC MFA's texts as outlets carried them), written
    by hand before the tool ran; the Chinese background leaves out the items naming the two
    counterparts, and the batch took Chinese over a third aside (TURNOVER_E87). Its Shoigu pairs
    are dev since e99's turnover per language (TURNOVER_E99), its Szijjártó pairs since e106's
    (TURNOVER_E106)."""
    import build_background_zh

    marker = "branch e89; scored once as a table by branch e87; the sixty-seventh fresh batch"
    batch = [p for p in PAIRS if p.series in ZH_FRESH_E87]
    assert len(batch) == 5 and {p.series for p in batch} == ZH_FRESH_E87
    assert not any(p.heldout or p.fresh for p in batch)
    assert all(formula_eval.language_of(p) == "zh" for p in batch)
    for p in batch:
        assert marker in (EVAL / "pairs" / f"{p.name}.toml").read_text(encoding="utf-8"), p.name
    shoigu = [p for p in batch if p.series == "wangyi-shoigu"]
    elsewhere = {
        f.name.split("__")[0]
        for folder in ("noise", "outside", "series", "agreement", "bilingual")
        for f in (ROOT / "eval" / folder).rglob("*__*.txt")
    }
    assert not ZH_FRESH_E87 & elsewhere
    assert {p.publisher for p in batch} == {"chinanews", "mfa-zh", "xinhua"}
    assert not ZH_FRESH_E87 & {p.series for p in PAIRS if p not in batch}
    assert build_background_zh.LEFT_OUT.search("西雅尔多")
    assert build_background_zh.LEFT_OUT.search("绍伊古")
    for series, size in (("wangyi-szijjarto", 3), ("wangyi-shoigu", 2)):  # chains of readouts
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == size, series
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved = {"xi-isaias", "xi-mnangagwa", "xi-muizzu"}
    moved_by("zh", moved, TURNOVER_E87)
    moved_by("zh", {"wangyi-shoigu"}, TURNOVER_E99)
    moved_by("zh", {"wangyi-szijjarto"}, TURNOVER_E106)
    assert len(shoigu) == 2


def test_chinese_batch_70_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e90's batch: four Chinese pairs, fresh in the forty-ninth session and held out since the
    fiftieth's turnover (branch e93), of three series new to every folder of ``eval/``
    (Defence Minister Dong Jun with US Defense Secretaries Austin and Hegseth, one pair each, and
    Premier Li Qiang with Russian Prime Minister Mishustin, a chain of three readouts), principals
    other than Xi and Wang Yi, from publishers other than CCTV's evening news (the PRC Ministry of
    National Defense's releases, Xinhua's and China News Service's texts as outlets carried them),
    written by hand before the tool ran; the Chinese background leaves out the items naming the
    counterparts, and the batch took Chinese over a third aside (TURNOVER_E90). Its Dong Jun pairs
    are dev since e108's turnover per language (TURNOVER_E108), its Li Qiang pairs since e110's
    (TURNOVER_E110): the whole batch is dev."""
    import build_background_zh

    marker = "branch e93; scored once as a table by branch e90; the seventieth fresh batch"
    dongjun = frozenset({"dongjun-austin", "dongjun-hegseth"})
    batch = fresh_batch(ZH_FRESH_E90, 4, "zh", marker, fresh=False, moved=ZH_FRESH_E90)
    assert {p.publisher for p in batch} == {"chinanews", "mod-zh", "xinhua"}
    assert not ZH_FRESH_E90 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"dongjun", "liqiang"}
    for name in ("奥斯汀", "赫格塞思", "米舒斯京"):
        assert build_background_zh.LEFT_OUT.search(name), name
    sizes = {"dongjun-austin": 1, "dongjun-hegseth": 1, "liqiang-mishustin": 2}
    chained_and_quoted_once(batch, sizes)
    moved = {"xi-obiang", "xi-mishal", "xi-paetongtarn"}
    moved_by("zh", moved, TURNOVER_E90)
    moved_by("zh", set(dongjun), TURNOVER_E108)
    moved_by("zh", {"liqiang-mishustin"}, TURNOVER_E110)


def test_chinese_batch_73_was_fresh_chinese_and_written_before_the_tool() -> None:
    """e94's batch: six Chinese pairs, fresh in the fiftieth session and held out since the
    fifty-first's turnover (branch e98), of two series new to every folder of ``eval/``
    (Premier Li Qiang with the President of the European Commission von der Leyen, a chain of
    five readouts, and Vice-President Han Zheng with Venezuela's Vice-President Delcy Rodríguez,
    a chain of three), principals other than Xi and Wang Yi, CCTV's evening news items, written by
    hand before the tool ran; the Chinese background leaves out the items naming the two
    counterparts (rebuilt first: the archive held these very readouts), and the batch took Chinese
    over a third aside (TURNOVER_E94). Its Han Zheng pairs are dev since e110's turnover per
    language (TURNOVER_E110)."""
    import build_background_zh

    marker = "branch e98; scored once as a table by branch e94; the seventy-third fresh batch"
    delcy = frozenset({"hanzheng-delcy-rodriguez"})
    batch = fresh_batch(ZH_FRESH_E94, 6, "zh", marker, fresh=False, moved=delcy)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E94 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"liqiang", "hanzheng"}
    for name in ("冯德莱恩", "罗德里格斯"):
        assert build_background_zh.LEFT_OUT.search(name), name
    for series, size in (("liqiang-von-der-leyen", 4), ("hanzheng-delcy-rodriguez", 2)):
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == size, series
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    for p in batch:  # every wording is the readout's own, once
        a, b = (path.read_text(encoding="utf-8") for path in (p.a_path, p.b_path))
        assert build_background_zh.LEFT_OUT.search(a) and build_background_zh.LEFT_OUT.search(b)
        for event in p.events:
            assert event.a is None or a.count(event.a) == 1, event
            assert event.b is None or b.count(event.b) == 1, event
    moved = {"xi-mishustin", "xi-raisi"}
    moved_by("zh", moved, TURNOVER_E94)


def test_chinese_fresh_batch_76_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e99's batch: five Chinese pairs, fresh in the fifty-first session and held out since the
    fifty-second's turnover (branch e103), of four series new to every folder of ``eval/``
    (Premier Li Qiang with Uzbekistan's Prime Minister Aripov, a chain of three readouts,
    Vice-President Han Zheng with South Africa's Deputy President Mashatile, and Li Qiang and NPC
    Chairman Zhao Leji with Ecuador's President Noboa, one pair each), principals other than Xi
    and Wang Yi, CCTV's evening news items, written by hand before the tool ran; the Chinese
    background leaves out the items naming the counterparts (rebuilt first for Aripov and
    Mashatile: the archive held these very readouts), and the batch took Chinese over a third
    aside (TURNOVER_E99). Its Mashatile pair is dev since e108's turnover per language
    (TURNOVER_E108), its Aripov and Li Qiang–Noboa pairs since e112's (TURNOVER_E112)."""
    import build_background_zh

    marker = "branch e103; scored once as a table by branch e99; the seventy-sixth fresh batch"
    mashatile = frozenset({"hanzheng-mashatile"})
    moved_e112 = frozenset({"liqiang-aripov", "liqiang-noboa"})
    batch = fresh_batch(ZH_FRESH_E99, 5, "zh", marker, fresh=False, moved=mashatile | moved_e112)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E99 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"liqiang", "hanzheng", "zhaoleji"}
    for name in ("阿里波夫", "马沙蒂莱", "诺沃亚"):
        assert build_background_zh.LEFT_OUT.search(name), name
    sizes = {"liqiang-aripov": 2, "hanzheng-mashatile": 1, "liqiang-noboa": 1, "zhaoleji-noboa": 1}
    chained_and_quoted_once(batch, sizes)
    for p in batch:  # each readout names its counterpart, so the background never read it
        for path in (p.a_path, p.b_path):
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    moved = {"wangyi-park-jin", "wangyi-shoigu"}
    moved_by("zh", moved, TURNOVER_E99)
    moved_by("zh", set(mashatile), TURNOVER_E108)
    moved_by("zh", set(moved_e112), TURNOVER_E112)


def test_chinese_fresh_batch_80_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e104's batch: five Chinese pairs, fresh in the fifty-second session and held out since the
    fifty-third's turnover (branch e105), of five series new to every folder of ``eval/``
    (Premier Li Qiang with Pakistan's President Zardari, Malaysia's King Sultan Ibrahim, Zambia's
    President Hichilema and the DPRK's Premier Pak Thae Song, Vice-Premier Ding Xuexiang with
    Norway's Foreign Minister Eide, one pair each), principals other than Xi and Wang Yi, CCTV's
    evening news items, written by hand before the tool ran, and the batch took Chinese over a
    third aside (TURNOVER_E104). The Chinese background read the archive's items naming the
    counterparts (these very readouts among them) until branch bg3 left them out."""
    import build_background_zh

    marker = "branch e105; scored once as a table by branch e104; the eightieth fresh batch"
    batch = fresh_batch(ZH_FRESH_E104, 5, "zh", marker, fresh=False)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E104 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"liqiang", "dingxuexiang"}
    for name in ("扎尔达里", "易卜拉欣", "朴泰成", "希奇莱马", "艾德"):
        assert build_background_zh.LEFT_OUT.search(name), name
    chained_and_quoted_once(batch, dict.fromkeys(ZH_FRESH_E104, 1))
    for p in batch:  # each readout names its counterpart, so the background never reads it
        for path in (p.a_path, p.b_path):
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    moved_by("zh", {"wangyi-amorim"}, TURNOVER_E104)


def test_chinese_fresh_batch_82_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e106's batch: five Chinese pairs, fresh in the fifty-third session and held out since the
    fifty-fourth's turnover (branch e107), of five series new to every folder of ``eval/``
    (Cai Qi with the Vietnamese party's Tran Cam Tu, Vice-President Han Zheng with HSBC's Mark
    Tucker and Philips' Roy Jakobs, Premier Li Qiang with Kono Yohei's trade promotion delegation
    and with Eritrea's President Isaias, one pair each), principals other than Xi and Wang Yi,
    CCTV's evening news items, written by hand before the tool ran, and the batch took Chinese
    over a third aside (TURNOVER_E106). Isaias's name was left out of the Chinese background
    already (his Xi series); the other four counterparts since the lead's rebuild at the merge."""
    import build_background_zh

    marker = "branch e107; scored once as a table by branch e106; the eighty-second fresh batch"
    batch = fresh_batch(ZH_FRESH_E106, 5, "zh", marker, fresh=False)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E106 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"caiqi", "hanzheng", "liqiang"}
    for name in ("伊萨亚斯", "陈锦绣", "杜嘉祺", "贾博瑞", "河野洋平"):
        assert build_background_zh.LEFT_OUT.search(name), name
    for path in EVAL.glob("*.txt"):
        if path.name.split("__")[0] in ZH_FRESH_E106:
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    chained_and_quoted_once(batch, dict.fromkeys(ZH_FRESH_E106, 1))
    moved_by("zh", {"wangyi-szijjarto"}, TURNOVER_E106)


def test_chinese_fresh_batch_84_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e108's batch: five Chinese pairs, fresh in the fifty-fourth session and held out since the
    fifty-fifth's turnover (branch e109), of four series new to every folder of ``eval/``
    (Premier Li Qiang with the World Economic Forum's Schwab, the Asian Development Bank's Asakawa
    and Uzbekistan's President Mirziyoyev, one pair each, and with Kyrgyzstan's President Sadyr
    Japarov, a chain of two pairs), a principal other than Xi and Wang Yi, CCTV's evening news
    items, written by hand before the tool ran. The four counterparts are left out of the Chinese
    background since branch bg4's rebuild, so it no longer reads the archive's items naming them
    (these very readouts among them). Li Qiang and Schwab both say 推动构建人类命运
    共同体 in the Tianjin readout, two dropped events of one wording: that series' wordings are
    checked for a chain only, the other three's once in their readouts as well. The batch took
    Chinese over a third aside (TURNOVER_E108: dongjun-austin, dongjun-hegseth, hanzheng-mashatile
    moved to dev)."""
    import build_background_zh

    marker = "branch e109; scored once as a table by branch e108; the eighty-fourth fresh batch"
    batch = fresh_batch(ZH_FRESH_E108, 5, "zh", marker, fresh=False)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E108 & {p.series for p in PAIRS if p not in batch}
    assert {p.series.split("-")[0] for p in batch} == {"liqiang"}
    for name in ("施瓦布", "浅川雅嗣", "扎帕罗夫", "米尔济约耶夫"):
        assert build_background_zh.LEFT_OUT.search(name), name
    for path in EVAL.glob("*.txt"):
        if path.name.split("__")[0] in ZH_FRESH_E108:
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    sizes = {"liqiang-asakawa": 1, "liqiang-sadyr-japarov": 2, "liqiang-mirziyoyev": 1}
    chained_and_quoted_once([p for p in batch if p.series != "liqiang-schwab"], sizes)
    schwab = [p for p in batch if p.series == "liqiang-schwab"]
    chained_and_quoted_once(schwab, {"liqiang-schwab": 1}, quoted_once=False)
    a = schwab[0].a_path.read_text(encoding="utf-8")
    twice = [e for e in schwab[0].events if e.a == "推动构建人类命运共同体"]
    assert len(twice) == a.count("推动构建人类命运共同体") == 2
    assert {e.status for e in twice} == {"dropped"}
    moved_by("zh", {"dongjun-austin", "dongjun-hegseth", "hanzheng-mashatile"}, TURNOVER_E108)


def test_chinese_fresh_batch_86_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e110's batch: five Chinese pairs, fresh in the fifty-fifth session and held out since the
    fifty-sixth's turnover (branch e111), of five series new to every folder of ``eval/``,
    one pair each, each with a principal other than Xi and Wang Yi (Vice-President Han Zheng with
    Canada's former Prime Minister Chrétien, CPPCC Chairman Wang Huning with Harvard's Professor
    Allison, Vice-Premier Ding Xuexiang with Pakistan's Deputy Prime Minister and Foreign Minister
    Ishaq Dar, NPC Chairman Zhao Leji with Vietnam's National Assembly Chairman Vuong Dinh Hue,
    Premier Li Qiang with US Treasury Secretary Yellen), CCTV's evening news items, written by
    hand before the tool ran; every hand wording once in its readout. The five counterparts are
    left out of the Chinese background since e110's rebuild (merged by the lead as branch bg5), so
    it no longer reads the archive's items naming them (these very readouts among them)."""
    import build_background_zh

    marker = "branch e111; scored once as a table by branch e110; the eighty-sixth fresh batch"
    batch = fresh_batch(ZH_FRESH_E110, 5, "zh", marker, fresh=False)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E110 & {p.series for p in PAIRS if p not in batch}
    principals = {p.series.split("-")[0] for p in batch}
    assert principals == {"hanzheng", "wanghuning", "dingxuexiang", "zhaoleji", "liqiang"}
    for name in ("克雷蒂安", "艾利森", "外长达尔", "王庭惠", "耶伦"):
        assert build_background_zh.LEFT_OUT.search(name), name
    assert not build_background_zh.LEFT_OUT.search("瓜达尔港")  # Gwadar stays read
    for path in EVAL.glob("*.txt"):
        if path.name.split("__")[0] in ZH_FRESH_E110:
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    chained_and_quoted_once(batch, dict.fromkeys(ZH_FRESH_E110, 1))
    moved_by("zh", {"liqiang-mishustin", "hanzheng-delcy-rodriguez"}, TURNOVER_E110)


def test_chinese_fresh_batch_88_is_fresh_chinese_and_written_before_the_tool() -> None:
    """e112's batch: five Chinese pairs, fresh, of three series new to every folder of ``eval/``,
    each with a principal other than Xi and Wang Yi (Han Zheng with Singapore's Deputy Prime
    Minister Heng Swee Keat and Premier Li Qiang with the European Council's President Charles
    Michel, a chain of two pairs each; NPC Chairman Zhao Leji with the President of Cambodia's
    National Assembly Khuon Sudary, one pair), CCTV's evening news items, written by hand before
    the tool ran; every hand wording once in its readout. The three counterparts are left out of
    the Chinese background since e112's rebuild (its own commit after the batch's), so it no
    longer reads the archive's items naming them (these very readouts among them)."""
    import build_background_zh

    marker = "the eighty-eighth fresh batch (branch e112"
    batch = fresh_batch(ZH_FRESH_E112, 5, "zh", marker)
    assert {p.publisher for p in batch} == {"cctv"}
    assert not ZH_FRESH_E112 & {p.series for p in PAIRS if p not in batch}
    principals = {p.series.split("-")[0] for p in batch}
    assert principals == {"hanzheng", "liqiang", "zhaoleji"}
    for name in ("王瑞杰", "米歇尔", "昆索达莉"):
        assert build_background_zh.LEFT_OUT.search(name), name
    for path in EVAL.glob("*.txt"):
        if path.name.split("__")[0] in ZH_FRESH_E112:
            assert build_background_zh.LEFT_OUT.search(path.read_text(encoding="utf-8")), path
    sizes = {"hanzheng-heng-swee-keat": 2, "liqiang-michel": 2, "zhaoleji-khuon-sudary": 1}
    chained_and_quoted_once(batch, sizes)
    moved_by("zh", {"liqiang-aripov", "liqiang-noboa"}, TURNOVER_E112)


def chinese_batch_not_from_cctv(
    series: frozenset[str],
    marker: str,
    name: str,
    moved: set[str],
    turnover: str,
    *,
    fresh: bool = True,
) -> None:
    """One Chinese batch of six pairs (``fresh``, or held out by a later turnover), one chain of
    the MFA's, Xinhua's and China News Service's texts, each pair file saying ``marker``; its
    counterpart ``name`` left out of the Chinese background; the series ``moved`` went to dev by
    its turnover per language, each pair saying so with the ``turnover`` note."""
    import build_background_zh

    batch = fresh_batch(series, 6, "zh", marker, fresh=fresh)
    assert {p.publisher for p in batch} == {"xinhua", "mfa-zh", "chinanews"}
    assert not series & {p.series for p in PAIRS if p not in batch}
    assert build_background_zh.LEFT_OUT.search(name)
    chain = sorted(batch, key=lambda p: p.name)  # a chain of successive readouts
    assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved_by("zh", moved, turnover)


def test_english_batch_49_was_fresh_english_and_written_before_the_tool() -> None:
    """e69's batch: nine English pairs written in Beijing (the MFA's and Xinhua's English), fresh
    in the forty-fourth session and held out since the forty-fifth's turnover (branch e73), of
    three series new to every folder of ``eval/``, their counterparts left out of the background;
    written by hand before the tool ran."""
    import build_background

    marker = "branch e73; scored once as a table by branch e69; the forty-ninth fresh batch"
    batch = fresh_batch(EN_FRESH_E69, 9, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"mfa", "xinhua"}
    for name in ("penny wong", "borrell", "marsudi"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name.title()}"), name


# The series of e67's fresh batch 47 (forty-fourth session): Prime Minister May's calls and
# meetings with Canada's Prime Minister Trudeau and Australia's Prime Minister Turnbull (gov.uk,
# 2018; two pairs each, a chain), and Prime Minister Trudeau's call and meetings with New
# Zealand's Prime Minister Hipkins (pm.gc.ca, 2023; two pairs, a chain); fresh.
EN_FRESH_E67 = frozenset({"may-trudeau", "may-turnbull", "trudeau-hipkins"})


def test_english_batch_50_was_fresh_english_and_written_before_the_tool() -> None:
    """e70's batch: seven English pairs, fresh in the forty-fourth session and held out since the
    forty-fifth's turnover (branch e73), of three series new to every folder of ``eval/``,
    from two publishers (10 Downing Street on gov.uk and its mirrors, the UN Secretary-General's
    readouts), written by hand before the tool ran; their counterparts are in
    build_background.EXCLUDED, and it took English over a third aside (TURNOVER_E70)."""
    import build_background

    marker = "branch e73; scored once as a table by branch e70; the fiftieth fresh batch"
    batch = fresh_batch(EN_FRESH_E70, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"gov-uk", "un"}
    for name in ("Jacinda Ardern", "François Hollande", "Ban Ki-moon"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    moved_by("en", {"sullivan-esperon", "sullivan-oprisor"}, TURNOVER_E70)


def test_english_batch_47_was_fresh_english_and_written_before_the_tool() -> None:
    """e67's batch: six English pairs, fresh in the forty-fourth session and held out since the
    forty-fifth's turnover (branch e73), of three series new to every folder of ``eval/``, from
    two Commonwealth publishers, written by hand before the tool ran; their counterparts are in
    build_background.EXCLUDED."""
    import build_background

    marker = "branch e73; scored once as a table by branch e67; the forty-seventh fresh batch"
    batch = fresh_batch(EN_FRESH_E67, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"gov-uk", "pm-gc-ca"}
    for name in ("Theresa May", "Malcolm Turnbull", "Chris Hipkins", "Justin Trudeau"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name


def test_english_batch_48_was_fresh_english_and_written_before_the_tool() -> None:
    """e68's batch: six English pairs, fresh in the forty-fourth session and held out since the
    forty-fifth's turnover (branch e73), of five series new to every folder of ``eval/``, from
    three governments of Asia (Japan's MOFA, the Korean presidential office, India's PIB and MEA);
    written by hand before the tool ran."""
    marker = "branch e73; scored once as a table by branch e68; the forty-eighth fresh batch"
    batch = fresh_batch(EN_FRESH_E68, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"mofa-jp", "president-go-kr", "pib"}
    assert not EN_FRESH_E68 & {p.series for p in PAIRS if p not in batch}


# The series of e73's fresh batch 53 (forty-fifth session), from publishers the set had used once
# or never: India's Press Information Bureau and Ministry of External Affairs releases of Prime
# Minister Modi's calls with President Putin (five pairs, a chain, 2020-01-14 to 2021-08-24), and
# the Egyptian Presidency's and State Information Service's readouts of President El-Sisi's calls
# with UN Secretary-General Guterres and with Prime Minister Starmer (one pair each); fresh. Every
# principal was in build_background.EXCLUDED already: no rebuild.
EN_FRESH_E73 = frozenset({"modi-putin", "sisi-guterres", "sisi-starmer"})


def test_english_batch_53_was_fresh_english_and_written_before_the_tool() -> None:
    """e73's batch: seven English pairs, fresh in the forty-fifth session and held out since the
    forty-sixth's turnover (branch e77), of three series new to every folder of ``eval/``,
    from publishers other than gov.uk, state.gov, the White House archives, pm.gc.ca and
    mofa.go.jp (India's PIB and MEA as Indian outlets carried them, the Egyptian Presidency and
    State Information Service), written by hand before the tool ran; each series a chain."""
    import build_background

    marker = "branch e77; scored once as a table by branch e73; the fifty-third fresh batch"
    batch = fresh_batch(EN_FRESH_E73, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"pib", "mea", "egypt-presidency"}
    assert not EN_FRESH_E73 & {p.series for p in PAIRS if p not in batch}
    for name in ("Narendra Modi", "Vladimir Putin", "El-Sisi", "António Guterres", "Keir Starmer"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    for series in EN_FRESH_E73:  # each series a chain of successive readouts
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved_by("en", {"kishida-gentiloni", "kishida-steinmeier", "sunak-zelenskyy"}, TURNOVER_E73)


def test_english_batch_56_was_fresh_english_and_written_before_the_tool() -> None:
    """e76's batch: seven English pairs, fresh in the forty-fifth session and held out since the
    forty-sixth's turnover (branch e77), of one series new to every folder of ``eval/``,
    President Moon's calls with President Trump as the Korean presidential office's English pages
    published them (its archive and korea.net), a chain of eight readouts; written by hand before
    the tool ran; Moon Jae-in is in build_background.EXCLUDED."""
    import build_background

    marker = "branch e77; scored once as a table by branch e76; the fifty-sixth fresh batch"
    batch = fresh_batch(EN_FRESH_E76, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"president-go-kr", "korea-net"}
    chain = sorted(batch, key=lambda p: p.name)  # B of one pair is A of the next
    assert all(p.b_path == q.a_path for p, q in zip(chain, chain[1:], strict=False))
    for title in ("Readout of a Call with President Moon Jae-in", "Call with President Moon"):
        assert build_background._EXCLUDED.search(title), title
    moved = {"kishida-kerry", "kishida-tillerson", "kono-tillerson", "blinken-cortizo"}
    moved_by("en", moved, TURNOVER_E76)


# The series of e77's fresh batch 57 (forty-sixth session), from international organisations'
# own readouts, publishers the set had used for one pair or never: the UN Secretary-General's
# office (Ban Ki-moon with President Obama, a chain of three pairs, 2009-2015; Ban with Prime
# Minister Netanyahu, a chain of two, 2011-2014, its first readout the UN News Centre's report;
# Guterres with President Erdoğan, one pair, 2019 and 2022) and NATO (Secretary General
# Stoltenberg with President Trump, a chain of two, 2017-2020); fresh. "obama" joined
# build_background.EXCLUDED for ban-obama; the other principals were in it already.
EN_FRESH_E77 = frozenset({"ban-obama", "ban-netanyahu", "guterres-erdogan", "stoltenberg-trump"})


def test_english_batch_57_was_fresh_english_and_written_before_the_tool() -> None:
    """e77's batch: eight English pairs, fresh in the forty-sixth session and held out since the
    forty-seventh's turnover (branch e80), of four series new to every folder of ``eval/``,
    from the UN's and NATO's readouts (publishers other than the White House, state.gov, gov.uk,
    pm.gc.ca and mofa.go.jp, and other than the forty-fifth session's), written by hand before the
    tool ran; every principal left out of the background; each series a chain."""
    import build_background

    marker = "branch e80; scored once as a table by branch e77; the fifty-seventh fresh batch"
    batch = fresh_batch(EN_FRESH_E77, 8, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"un", "un-news", "nato"}
    assert not EN_FRESH_E77 & {p.series for p in PAIRS if p not in batch}
    for name in ("Ban Ki-moon", "Barack Obama", "Benjamin Netanyahu", "António Guterres",
                 "Recep Tayyip Erdoğan", "Jens Stoltenberg"):  # fmt: skip
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    for series in EN_FRESH_E77:  # each series a chain of successive readouts of its channel
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved = {"blinken-park", "trump-abdullah", "trump-starmer", "harris-abdullah"}
    moved_by("en", moved, TURNOVER_E77)


# The series of e79's fresh batch 59 (forty-sixth session, round 2): the Department of Defense's
# readouts of Secretary of Defense Lloyd J. Austin III with three defence ministers (publisher
# dod, defense.gov, a principal and a publisher new to the set; the local White House and State
# Department mirrors had no series left whose counterpart no folder of eval/ holds): Israel's
# Yoav Gallant (a chain of three pairs, 2023-2024), the United Kingdom's Ben Wallace (a chain of
# two, 2021-2022) and Germany's Christine Lambrecht (one pair, 2022-2023); fresh. "gallant",
# "wallace" and "lambrecht" joined build_background.EXCLUDED.
EN_FRESH_E79 = frozenset({"austin-gallant", "austin-wallace", "austin-lambrecht"})


def test_english_batch_59_was_fresh_english_and_written_before_the_tool() -> None:
    """e79's batch: six English pairs, fresh in the forty-sixth session and held out since the
    forty-seventh's turnover (branch e80), of three series new to every folder of ``eval/``,
    from the Pentagon's readouts of the Secretary of Defense, written by hand before the tool ran;
    every counterpart left out of the background; each series a chain."""
    import build_background

    marker = "branch e80; scored once as a table by branch e79; the fifty-ninth fresh batch"
    batch = fresh_batch(EN_FRESH_E79, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"dod"}
    assert not EN_FRESH_E79 & {p.series for p in PAIRS if p not in batch}
    for name in ("Yoav Gallant", "Ben Wallace", "Christine Lambrecht"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    for series in EN_FRESH_E79:  # each series a chain of the channel's readouts held whole
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved_by("en", {"harris-macron", "harris-scholz", "harris-zelenskyy"}, TURNOVER_E79)


# The series of e80's fresh batch 60 (forty-seventh session): publishers the set had never used —
# the Department of the Taoiseach's statements of calls with the British Prime Minister, as its
# news service merrionstreet.ie published them or as outlets printed them whole
# (kenny-theresa-may, one pair; varadkar-theresa-may and varadkar-boris-johnson, chains of two
# pairs; the counterparts named whole, as wangyi-penny-wong: "may" alone is a word), the French
# Foreign Ministry's English pages (le-drian-kuleba, one pair) and the EEAS's press releases of
# High Representative Borrell's calls (borrell-kuleba, a chain of two pairs); fresh. Every
# counterpart (Theresa May, Boris Johnson, Dmytro Kuleba) was in build_background.EXCLUDED
# already.
EN_FRESH_E80 = frozenset(
    {
        "kenny-theresa-may",
        "varadkar-theresa-may",
        "varadkar-boris-johnson",
        "le-drian-kuleba",
        "borrell-kuleba",
    }
)


def test_english_batch_60_was_fresh_english_and_written_before_the_tool() -> None:
    """e80's batch: eight English pairs, fresh in the forty-seventh session and held out since the
    forty-eighth's turnover (branch e86), of five series new to every folder of ``eval/``,
    from the Irish Government's, the French Foreign Ministry's and the EU External Action
    Service's readouts (publishers other than the White House, state.gov, gov.uk, pm.gc.ca,
    mofa.go.jp, the UN, NATO and the Pentagon), written by hand before the tool ran; every
    counterpart left out of the background; each series a chain; the batch took English over a
    third aside (TURNOVER_E80)."""
    import build_background

    marker = "branch e86; scored once as a table by branch e80; the sixtieth fresh batch"
    batch = fresh_batch(EN_FRESH_E80, 8, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {
        "huffpost", "merrionstreet", "diplomatie", "europediplomatic", "frontierpost"
    }  # fmt: skip
    assert not EN_FRESH_E80 & {p.series for p in PAIRS if p not in batch}
    for name in ("Theresa May", "Boris Johnson", "Dmytro Kuleba"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    sizes = {"kenny-theresa-may": 1, "varadkar-theresa-may": 2, "varadkar-boris-johnson": 2,
             "le-drian-kuleba": 1, "borrell-kuleba": 2}  # fmt: skip
    for series, size in sizes.items():
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == size, series
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved = {"harris-sunak", "harris-trudeau", "harris-yoon", "harris-netanyahu"}
    moved_by("en", moved, TURNOVER_E80)


def test_russian_batch_62_was_fresh_russian_and_written_before_the_tool() -> None:
    """e82's batch: four Russian pairs, fresh in the forty-seventh session and held out since the
    forty-eighth's turnover (branch e86), of two series new to every folder of ``eval/``,
    the Uzbek and the Azerbaijani presidents' press services' readouts (two publishers of Russian
    fresh pairs besides the Kremlin, as e63's and e71's batches), written by hand before the tool
    ran; each series a chain; the Russian background leaves out the Kremlin's pages naming any
    of the four leaders."""
    import build_background_ru

    marker = "branch e86; scored once as a table by branch e82; the sixty-second fresh batch"
    batch = fresh_batch(RU_FRESH_E82, 4, "ru", marker, fresh=False)
    assert {p.publisher for p in batch} >= {"mfa-uz", "raqobat-gov-uz", "apa"}
    assert not RU_FRESH_E82 & {p.series for p in PAIRS if p not in batch}
    for name in ("Мирзиёев", "Тамимом", "Алиев", "Лукашенко"):
        assert build_background_ru.EXCLUDED.search(name), name
    for series, size in (("mirziyoyev-tamim", 3), ("aliyev-lukashenko", 1)):
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == size
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved = {"mirziyoyev-aliyev", "mirziyoyev-erdogan", "mirziyoyev-lukashenko"}
    assert moved <= MOVED_BY_LANGUAGE["ru"]
    for moved_series in moved:  # its one held-out pair moved to dev by the turnover per language
        chain = [p for p in PAIRS if p.series == moved_series]
        notes = [(EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8") for p in chain]
        assert sum(TURNOVER_E82 in note for note in notes) == 1, moved_series
        assert not any(p.heldout for p in chain), moved_series


def test_russian_batch_68_was_fresh_russian_and_written_before_the_tool() -> None:
    """e88's batch: two Russian pairs, fresh in the forty-eighth session and held out since the
    forty-ninth's turnover (branch e89), of two series new to every folder of ``eval/``,
    the Azerbaijani president's press service's readouts and the Turkmen news agency's (TDH's),
    written by hand before the tool ran; the Russian background leaves out the Kremlin's pages
    naming any of the leaders; the turnover per language moved one held-out Russian series."""
    import build_background_ru

    marker = "branch e89; scored once as a table by branch e88; the sixty-eighth fresh batch"
    batch = fresh_batch(RU_FRESH_E88, 2, "ru", marker, fresh=False)
    assert {p.publisher for p in batch} == {"ona", "tmconsulate"}  # A's; B's vesti-az, asmannews
    assert {p.b_path.name.rsplit("__", 1)[1] for p in batch} == {"vesti-az.txt", "asmannews.txt"}
    assert not RU_FRESH_E88 & {p.series for p in PAIRS if p not in batch}
    for name in ("Алиев", "Зеленским", "Зеленский", "Гурбангулы Бердымухамедов", "Эрдоганом"):
        assert build_background_ru.EXCLUDED.search(name), name
    chain = [p for p in PAIRS if p.series == "mirziyoyev-tokayev"]
    notes = [(EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8") for p in chain]
    assert "mirziyoyev-tokayev" in MOVED_BY_LANGUAGE["ru"]
    assert sum(TURNOVER_E88 in note for note in notes) == 1  # its one held-out pair, now dev
    assert not any(p.heldout for p in chain)


def test_russian_batch_71_was_fresh_russian_and_written_before_the_tool() -> None:
    """e92's batch: one Russian pair, fresh in the forty-ninth session and held out since the
    fiftieth's turnover (branch e93), of a series new to every folder of ``eval/``, the
    Kremlin's texts, written by hand before the tool ran; the Russian background leaves out the
    Kremlin's pages naming Vučić and the batch's scrape page; the turnover per language moved one
    held-out Russian series, passing over a larger one."""
    import build_background_ru

    marker = "branch e93; scored once as a table by branch e92; the seventy-first fresh batch"
    (pair,) = fresh_batch(RU_FRESH_E92, 1, "ru", marker, fresh=False)
    assert (pair.a_path.name, pair.b_path.name) == (
        "putin-vucic__2024-10-20__kremlin.txt",
        "putin-vucic__2025-03-07__kremlin.txt",
    )
    assert not RU_FRESH_E92 & {p.series for p in PAIRS if p is not pair}
    for name in ("Вучич", "Вучичем", "Александром Вучичем"):
        assert build_background_ru.EXCLUDED.search(name), name
    assert "76422" in build_background_ru.EVAL_PAGES
    assert "mirziyoyev-berdimuhamedov" in MOVED_BY_LANGUAGE["ru"]
    assert "mirziyoyev-al-nahyan" not in MOVED_BY_LANGUAGE["ru"]  # passed over: 3 pairs
    chain = [p for p in PAIRS if p.series == "mirziyoyev-berdimuhamedov"]
    notes = [(EVAL / "pairs" / f"{p.name}.toml").read_text("utf-8") for p in chain]
    assert sum(TURNOVER_E92 in note for note in notes) == 1  # its one held-out pair, now dev
    assert not any(p.heldout for p in chain)


# The series of e84's fresh batch 64 (forty-seventh session, round 2): publishers the set had
# never used — the Office of the President of Ukraine's English pages (president.gov.ua) and
# Ukrainian outlets reporting its statements (lb.ua, unn.ua): zelenskyy-duda, a chain of three
# pairs; the Turkish Presidency's English statements (tccb.gov.tr) and its Directorate of
# Communications' (iletisim.gov.tr) or outlets printing them (marketscreener, anews):
# erdogan-trump, a chain of three pairs; fresh. Each series' name was in build_background.EXCLUDED
# already (duda, erdogan).
EN_FRESH_E84 = frozenset({"zelenskyy-duda", "erdogan-trump"})


def test_english_batch_64_was_fresh_english_and_written_before_the_tool() -> None:
    """e84's batch: six English pairs, fresh in the forty-seventh session and held out since the
    forty-eighth's turnover (branch e86), of two series new to every folder of ``eval/``,
    from the Ukrainian President's Office's and the Turkish Presidency's readouts (publishers the
    set had never used), written by hand before the tool ran; every series' counterpart left out
    of the background; each series a chain; the batch took English over a third aside
    (TURNOVER_E84)."""
    import build_background

    marker = "branch e86; scored once as a table by branch e84; the sixty-fourth fresh batch"
    batch = fresh_batch(EN_FRESH_E84, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {
        "president-gov-ua", "lb-ua", "tccb", "marketscreener", "iletisim"
    }  # fmt: skip
    assert not EN_FRESH_E84 & {p.series for p in PAIRS if p not in batch}
    for name in ("President Andrzej Duda", "President Erdogan"):
        assert build_background._EXCLUDED.search(f"Readout of a Call with {name}"), name
    for series in EN_FRESH_E84:
        chain = sorted((p for p in batch if p.series == series), key=lambda p: p.name)
        assert len(chain) == 3, series
        assert all(x.b_path == y.a_path for x, y in zip(chain, chain[1:], strict=False))
    moved_by("en", {"sullivan-stoltenberg", "biden-truss", "biden-kuleba"}, TURNOVER_E84)


# The series of e86's fresh batch 66 (forty-eighth session): Japan's Ministry of Foreign Affairs'
# English overviews of Prime Minister Abe's summit telephone talks (mofa.go.jp; the first of
# abe-modi as the Embassy of Japan in India released it) with Prime Minister Modi (abe-modi, a
# chain of three pairs), Prime Minister Abbott (abe-abbott, one pair: the second call after he
# left office), Prime Minister Turnbull (abe-turnbull, one pair) and Prime Minister Morrison
# (abe-morrison, one pair); and India's readouts of Prime Minister Modi's calls with President
# Trump (modi-trump, one pair: the Ministry of External Affairs' release and the Prime Minister's
# Office's statement as narendramodi.in published it); fresh. Every series' name is matched by
# build_background.EXCLUDED already ("abe", "modi"): no background rebuild, no recount. Fresh until
# the forty-ninth session's turnover (branch e89), held out since.
EN_FRESH_E86 = frozenset({"abe-modi", "abe-abbott", "abe-turnbull", "abe-morrison", "modi-trump"})


def test_english_batch_66_was_fresh_english_and_written_before_the_tool() -> None:
    """e86's batch: seven English pairs, fresh in the forty-eighth session and held out since the
    forty-ninth's turnover (branch e89), of five series new to every folder of ``eval/``,
    from Japan's MOFA (its summit telephone talk overviews, and the Embassy of Japan in India's
    release) and India's MEA and Prime Minister's Office, written by hand before the tool ran;
    every series' name left out of the background; each series a chain; the batch took English
    over a third aside (TURNOVER_E86)."""
    marker = "branch e89; scored once as a table by branch e86; the sixty-sixth fresh batch"
    batch = fresh_batch(EN_FRESH_E86, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"emb-japan", "mofa-jp", "mea"}
    sizes = {"abe-modi": 3, "abe-abbott": 1, "abe-turnbull": 1, "abe-morrison": 1,
             "modi-trump": 1}  # fmt: skip
    assert set(sizes) == EN_FRESH_E86
    left_out_and_chained(batch, sizes)
    moved_by("en", {"biden-johnson", "biden-ishiba", "sherman-hulata"}, TURNOVER_E86)


# The series of e89's fresh batch 69 (forty-ninth session): the Republic of Korea's Ministry of
# Foreign Affairs' English press releases (mofa.go.kr, a publisher the set had never used) on
# Foreign Minister Kang Kyung-wha's telephone conversations with Secretary of State Tillerson
# (kang-tillerson, a chain of two pairs, 2017), Secretary of State Pompeo (kang-pompeo, a chain of
# two pairs, 2018) and Foreign Minister Kono of Japan (kang-kono, one pair, 2017), and Japan's
# Ministry of Foreign Affairs' overviews of Foreign Minister Kishida's telephone talks with Foreign
# Minister Yun Byung-se of the Republic of Korea (kishida-yun, one pair, 2016-17); fresh.
# build_background.EXCLUDED names "kono" and "kishida" already and "tillerson" and "pompeo" now
# (they leave out no readout of either mirror: the background rebuilt is byte-identical, the
# lexicon evidence's recount changes only its "excluded:" line). Fresh until the fiftieth
# session's turnover (branch e93), held out since.
EN_FRESH_E89 = frozenset({"kang-tillerson", "kang-pompeo", "kang-kono", "kishida-yun"})


def test_english_batch_69_was_fresh_english_and_written_before_the_tool() -> None:
    """e89's batch: six English pairs, fresh in the forty-ninth session and held out since the
    fiftieth's turnover (branch e93), of four series new to every folder of ``eval/``,
    from Korea's Ministry of Foreign Affairs (its English press releases on the Foreign
    Minister's telephone conversations, a publisher the set had never used) and Japan's (the
    Foreign Minister's telephone talks with Korea's), written by hand before the tool ran; every
    series' name
    left out of the background; each series a chain; the batch took English over a third aside
    (TURNOVER_E89)."""
    marker = "branch e93; scored once as a table by branch e89; the sixty-ninth fresh batch"
    batch = fresh_batch(EN_FRESH_E89, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"mofa-kr", "mofa-jp"}
    sizes = {"kang-tillerson": 2, "kang-pompeo": 2, "kang-kono": 1, "kishida-yun": 1}
    assert set(sizes) == EN_FRESH_E89
    left_out_and_chained(batch, sizes)
    moved_by("en", {"harris-lopez-obrador", "sung-kim-kim-gunn-funakoshi"}, TURNOVER_E89)


# The series of e93's fresh batch 72 (fiftieth session), from publishers the set had never used or
# used little: Singapore's Ministry of Foreign Affairs' press statements (mfa.gov.sg, new) on
# Foreign Minister Vivian Balakrishnan's calls with State Councilor and Foreign Minister Wang Yi
# (balakrishnan-wang-yi, one pair, 2020) and his meetings and call with Malaysia's Foreign
# Minister Saifuddin Abdullah (balakrishnan-saifuddin-abdullah, a chain of three pairs, 2018-19,
# the last two readouts the two ministries' joint press statements, one as Malaysia's Wisma Putra
# published it, kln.gov.my, new); Japan's overviews of Prime Minister Kishida's summit telephone
# talks with President Macron (kishida-macron, a chain of two pairs, 2022: the Ministry of Foreign
# Affairs' page, then the Prime Minister's Office's, japan.kantei.go.jp, new); and the Office of
# the Prime Minister of Canada's readouts of Prime Minister Carney's meeting and call with Prime
# Minister Frederiksen of Denmark (carney-frederiksen, one pair, 2026); fresh until the
# fifty-first session's turnover (branch e98), held out since. build_background.EXCLUDED matches each series' name already ("wang yi", "abdullah", "kishida",
# "macron", "carney", "frederiksen"): no background rebuild, no recount.
EN_FRESH_E93 = frozenset(
    {
        "balakrishnan-wang-yi",
        "balakrishnan-saifuddin-abdullah",
        "kishida-macron",
        "carney-frederiksen",
    }
)


def test_english_batch_72_was_fresh_english_and_written_before_the_tool() -> None:
    """e93's batch: seven English pairs, fresh in the fiftieth session and held out since the
    fifty-first's turnover (branch e98), of four series new to every folder of ``eval/``,
    from Singapore's Ministry of Foreign Affairs (a publisher the set had never used), Japan's
    Ministry of Foreign Affairs and Prime Minister's Office and Canada's Prime Minister's Office,
    written by hand before the tool ran; every series' name left out of the background; each
    series a chain, every hand wording once in its readout; the batch took English over a third
    aside (TURNOVER_E93)."""
    marker = "branch e98; scored once as a table by branch e93; the seventy-second fresh batch"
    batch = fresh_batch(EN_FRESH_E93, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"mfa-sg", "kln", "mofa-jp", "kantei", "pm-gc-ca"}
    sizes = {"balakrishnan-wang-yi": 1, "balakrishnan-saifuddin-abdullah": 3, "kishida-macron": 2,
             "carney-frederiksen": 1}  # fmt: skip
    assert set(sizes) == EN_FRESH_E93
    left_out_and_chained(batch, sizes, quoted_once=True)
    moved_by("en", {"sherman-choi-mori", "sherman-delattre-michaelis-sequi-cleverly"}, TURNOVER_E93)


# The series of e96's fresh batch 74 (fiftieth session): the Prime Minister's Office of Japan's
# English summaries (japan.kantei.go.jp, and one of Japan's MOFA) of Prime Minister Kishida's
# meetings with Prime Minister Albanese of Australia (kishida-albanese, a chain of three pairs,
# 2022-23) and with President Yoon Suk Yeol of the Republic of Korea (kishida-yoon, a chain of two
# pairs, 2023-24), and 10 Downing Street's readouts of the Prime Minister's calls with Prime
# Minister Netanyahu of Israel (may-netanyahu, 2017-18, and johnson-netanyahu, 2020: one pair
# each; gov.uk, one page as wirenews.org reprints it); fresh until the fifty-first session's
# turnover (branch e98), held out since. build_background.EXCLUDED names
# "kishida", "albanese", "yoon", "netanyahu", "theresa may" and "boris johnson" already: no
# background rebuild, no recount. The branch moved no pair: the lead's merge of e96 (branch e97)
# made the English move (TURNOVER_E96).
EN_FRESH_E96 = frozenset({"kishida-albanese", "kishida-yoon", "may-netanyahu", "johnson-netanyahu"})


def test_english_batch_74_was_fresh_english_and_written_before_the_tool() -> None:
    """e96's batch: seven English pairs, fresh in the fiftieth session and held out since the
    fifty-first's turnover (branch e98), of four series new to every folder of ``eval/``,
    from the Prime Minister's Office of Japan (its English summaries of the Prime Minister's
    meetings, a publisher the set had not used), Japan's MOFA and 10 Downing Street (gov.uk and a
    reprint of one of its releases), written by hand before the tool ran; every series' name left
    out of the background; each series a chain; the batch took English over a third aside, and the
    rule moved English series at the lead's merge of e96 (TURNOVER_E96)."""
    marker = "branch e98; scored once as a table by branch e96; the seventy-fourth fresh batch"
    batch = fresh_batch(EN_FRESH_E96, 7, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"kantei", "mofa-jp", "gov-uk"}  # A's; a B: wirenews
    sizes = {"kishida-albanese": 3, "kishida-yoon": 2, "may-netanyahu": 1, "johnson-netanyahu": 1}
    assert set(sizes) == EN_FRESH_E96
    left_out_and_chained(batch, sizes)
    moved_by("en", {"carney-sheinbaum", "carney-lula", "carney-sanchez"}, TURNOVER_E96)


# The series of e98's fresh batch 75 (fifty-first session), from the Republic of Korea's
# government: the English briefings of the Office of the President (Cheong Wa Dae) as the
# Presidential Archives keep them (webarchives.pa.go.kr, `president-go-kr`) on President Moon
# Jae-in's calls and summits with President Macron of France (moon-macron, a chain of three pairs,
# 2017-20), Prime Minister Morrison of Australia (moon-morrison, one pair, 2018-20) and Prime
# Minister Turnbull of Australia (moon-turnbull, one pair, 2017), and the Ministry of Foreign
# Affairs' accounts of Foreign Minister Cho Tae-yul's meetings with Australia's Foreign Minister
# Penny Wong (cho-tae-yul-penny-wong, one pair, 2024; as Public distributed the first, publicnow,
# and onstarplus.com copies the second); fresh until the fifty-second session's turnover (branch
# e103), held out since. build_background.EXCLUDED names "moon", "cho", "macron", "turnbull" and
# "penny wong" already: no background rebuild, no recount.
EN_FRESH_E98 = frozenset(
    {"moon-macron", "moon-morrison", "moon-turnbull", "cho-tae-yul-penny-wong"}
)


def test_english_fresh_batch_75_is_fresh_english_and_written_before_the_tool() -> None:
    """e98's batch: six English pairs, fresh in the fifty-first session and held out since the
    fifty-second's turnover (branch e103), of four series new to every folder of ``eval/``,
    from Korea's presidential office (its English briefings as the Presidential Archives keep
    them) and Ministry of Foreign Affairs, written by hand before the tool ran; every series' name
    left out of the background; each series a chain, every hand wording once in its readout; the
    batch took English over a third aside, and the rule moved the rest of e58's batch and, passing
    over a larger series, one of e59's (TURNOVER_E98)."""
    marker = "branch e103; scored once as a table by branch e98; the seventy-fifth fresh batch"
    batch = fresh_batch(EN_FRESH_E98, 6, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"president-go-kr", "publicnow"}  # A's; a B: onstarplus
    sizes = {"moon-macron": 3, "moon-morrison": 1, "moon-turnbull": 1, "cho-tae-yul-penny-wong": 1}
    assert set(sizes) == EN_FRESH_E98
    left_out_and_chained(batch, sizes, quoted_once=True)
    moved = {"starmer-lula", "starmer-ramaphosa", "trudeau-lula", "starmer-abdullah"}
    moved_by("en", moved, TURNOVER_E98)


# The series of e101's fresh batch 78 (fifty-first session): 10 Downing Street's readouts (gov.uk,
# one page as government-world.com reprints it) of the Prime Minister's calls and meetings with
# President Andrzej Duda of Poland (johnson-duda, a chain of three pairs, 2022; sunak-duda, one
# pair, 2022-23) and with NATO Secretary General Jens Stoltenberg (johnson-stoltenberg, one pair,
# 2021); fresh until the fifty-second session's turnover (branch e103), held out since.
# build_background.EXCLUDED names "duda" and "stoltenberg" already: no background rebuild, no
# recount. The branch moved no pair: the lead's merge of e101 (branch e102), after
# e98's turnover and English move, made the English move (TURNOVER_E101).
EN_FRESH_E101 = frozenset({"johnson-duda", "sunak-duda", "johnson-stoltenberg"})


def test_english_fresh_batch_78_is_fresh_english_and_written_before_the_tool() -> None:
    """e101's batch: five English pairs, fresh in the fifty-first session and held out since the
    fifty-second's turnover (branch e103), of three series new to every folder of ``eval/``,
    10 Downing Street's press releases on the Prime Minister's calls and meetings with Poland's
    President and NATO's Secretary General (gov.uk, one page as a reprint gives it), written by
    hand before the tool ran; every series' name left out of the background; each series a
    chain, every hand wording once in its readout; the batch took English over a third aside,
    and the rule moved two series of e59's batch at the lead's merge of e101 (TURNOVER_E101)."""
    marker = "branch e103; scored once as a table by branch e101; the seventy-eighth fresh batch"
    batch = fresh_batch(EN_FRESH_E101, 5, "en", marker, fresh=False)
    assert {p.publisher for p in batch} == {"gov-uk"}  # A's; a B: government-world
    sizes = {"johnson-duda": 3, "sunak-duda": 1, "johnson-stoltenberg": 1}
    assert set(sizes) == EN_FRESH_E101
    left_out_and_chained(batch, sizes, quoted_once=True)
    counts = Counter(e.status for p in batch for e in p.events)
    assert counts == {"persisted": 1, "changed": 14, "dropped": 22, "appeared": 29}
    moved_by("en", {"carney-trump", "starmer-ishiba"}, TURNOVER_E101)


# The series of e103's fresh batch 79 (fifty-second session): Japan's Ministry of Defense's English
# press releases (mod.go.jp, and one as sldinfo.com reprints it) on Defense Minister Kishi's
# teleconferences and meeting with the UK Secretary of State for Defence Ben Wallace (kishi-wallace,
# a chain of two pairs, 2021), the Department of Defense's readouts of Secretary Esper's meetings
# with Japan's Defense Minister Taro Kono (esper-kono, one pair, 2020, as armyrecognition.com and
# marketscreener.com carry them) and of Secretary Mattis's call and meeting with NATO Secretary
# General Stoltenberg (mattis-stoltenberg, one pair, 2017, defense.gov), and the Prime Minister's
# Office of Japan's summaries (and one of Japan's MOFA) of Prime Minister Kishida's meetings with
# Stoltenberg (kishida-stoltenberg, a chain of three pairs, 2023-24); fresh until the fifty-third
# session's turnover (branch e105), held out since. build_background.EXCLUDED names "wallace",
# "kono" and "stoltenberg" already: no background rebuild, no recount.
EN_FRESH_E103 = frozenset(
    {"kishi-wallace", "esper-kono", "mattis-stoltenberg", "kishida-stoltenberg"}
)


def test_english_fresh_batch_79_is_fresh_english_and_written_before_the_tool() -> None:
    """e103's batch: seven English pairs, fresh in the fifty-second session and held out since the
    fifty-third's turnover (branch e105), of four series new to every folder of ``eval/``,
    from Japan's Ministry of Defense (a publisher the set had not used), the US Department of
    Defense (as reprints carry two of its readouts) and Japan's Prime Minister's Office and MOFA,
    written by hand before the tool ran; every series' counterpart left out of the background; each
    series a chain, every hand wording once in its readout; the batch took English over a third
    aside, and the rule moved the rest of e59's batch and one series of e60's (TURNOVER_E103)."""
    marker = "branch e105; scored once as a table by branch e103; the seventy-ninth fresh batch"
    batch = fresh_batch(EN_FRESH_E103, 7, "en", marker, fresh=False)
    publishers = {"mod-jp", "armyrecognition", "dod", "kantei", "mofa-jp"}
    assert {p.publisher for p in batch} == publishers  # A's; B's: sldinfo, marketscreener too
    sizes = {"kishi-wallace": 2, "esper-kono": 1, "mattis-stoltenberg": 1, "kishida-stoltenberg": 3}
    assert set(sizes) == EN_FRESH_E103
    left_out_and_chained(batch, sizes, quoted_once=True)
    counts = Counter(e.status for p in batch for e in p.events)
    assert counts == {"persisted": 7, "changed": 22, "dropped": 33, "appeared": 35}
    moved_by("en", {"starmer-tamim", "johnson-bin-salman"}, TURNOVER_E103)


# The series of e105's fresh batch 81 (fifty-third session): the European Council's readouts of
# President Charles Michel's telephone conversations with Russian President Putin (michel-putin, a
# chain of two pairs, 2020-21, as europa-nu.nl, Public on marketscreener.com and eubuzz.news
# reprint them), and the summaries of Japan's Ministry of Foreign Affairs and Prime Minister's
# Office of Prime Minister Kishida's talks with European Commission President von der Leyen
# (kishida-von-der-leyen, a chain of four pairs, 2022-24) and with Italy's Prime Minister Meloni
# (kishida-meloni, a chain of two pairs, 2023-24); fresh until the fifty-fourth session's turnover
# (branch e107), held out since. build_background.EXCLUDED names "putin",
# "von der leyen" and "meloni" already: no background rebuild, no recount.
EN_FRESH_E105 = frozenset({"michel-putin", "kishida-von-der-leyen", "kishida-meloni"})


def test_english_fresh_batch_81_is_fresh_english_and_written_before_the_tool() -> None:
    """e105's batch: eight English pairs, fresh in the fifty-third session and held out since the
    fifty-fourth's turnover (branch e107), of three series new to every folder of ``eval/``,
    from the European Council (a publisher the set had not used, as three reprints carry its
    readouts) and Japan's MOFA and Prime Minister's Office, written by hand before the tool ran;
    every series' counterpart left out of the background; each series a chain, every hand wording
    once in its readout; the batch took English over a third aside, and the rule moved the rest of
    e60's batch and one series of e62's (TURNOVER_E105)."""
    marker = "branch e107; scored once as a table by branch e105; the eighty-first fresh batch"
    batch = fresh_batch(EN_FRESH_E105, 8, "en", marker, fresh=False)
    publishers = {"europa-nu", "marketscreener", "mofa-jp", "kantei"}  # A's; a B: eubuzz too
    sizes = {"michel-putin": 2, "kishida-von-der-leyen": 4, "kishida-meloni": 2}
    counts = {"changed": 17, "dropped": 53, "appeared": 52}
    moved = {"trudeau-duda", "trudeau-tusk", "johnson-erdogan"}
    english_batch_holds(batch, publishers, sizes, counts, moved, TURNOVER_E105)


# The English series of e107's fresh batch 83 (fifty-fourth session): Secretary of State Pompeo's
# calls and meetings with Turkey's Foreign Minister Çavuşoğlu (pompeo-cavusoglu, a chain of three
# pairs, 2018-20), NATO Secretary General Stoltenberg (pompeo-stoltenberg, one pair, 2020) and
# France's Foreign Minister Le Drian (pompeo-le-drian, one pair, 2018-20), the State Department's
# readouts as reprint sites carry them (a principal the set had not used), and President
# Zelenskyy's meetings and a call with UN Secretary-General Guterres (zelenskyy-guterres, a chain
# of three pairs, 2021-23), the Office of the President of Ukraine's English pages and ukpol.co.uk's
# copy of one; fresh until the fifty-fifth session's turnover (branch e109), held out since.
# build_background.EXCLUDED names "cavusoglu", "stoltenberg", "le drian" and "guterres" already: no
# background rebuild, no recount.
EN_FRESH_E107 = frozenset(
    {"pompeo-cavusoglu", "pompeo-stoltenberg", "pompeo-le-drian", "zelenskyy-guterres"}
)


def test_english_fresh_batch_83_is_fresh_english_and_written_before_the_tool() -> None:
    """e107's batch: eight English pairs, fresh in the fifty-fourth session and held out since the
    fifty-fifth's turnover (branch e109), of four series new to every folder of ``eval/``,
    from the State Department (as five reprint sites carry its readouts, of a Secretary of State
    the set had not used) and the Office of the President of Ukraine (its English pages, and one
    press release as ukpol.co.uk copies it), written by hand before the tool ran; every series'
    counterpart left out of the background; each series a chain, every hand wording once in its
    readout; the batch took English over a third aside, and the rule moved the rest of e62's
    batch and two series of e64's (TURNOVER_E107)."""
    marker = "branch e109; scored once as a table by branch e107; the eighty-third fresh batch"
    batch = fresh_batch(EN_FRESH_E107, 8, "en", marker, fresh=False)
    # A's publishers; B's: stl-news, wirenews too
    publishers = {
        "yumanewsnow", "winbratech", "miragenews", "government-world", "president-gov-ua", "ukpol"
    }  # fmt: skip
    sizes = {
        "pompeo-cavusoglu": 3,
        "pompeo-stoltenberg": 1,
        "pompeo-le-drian": 1,
        "zelenskyy-guterres": 3,
    }
    counts = {"changed": 7, "dropped": 51, "appeared": 44}
    moved = {"johnson-trudeau", "trudeau-kishida", "biden-kishida-yoon", "blinken-parolin"}
    english_batch_holds(batch, publishers, sizes, counts, moved, TURNOVER_E107)


# The English series of e109's fresh batch 85 (fifty-fifth session): Deputy Secretary of State
# Landau's meetings with Japan's Vice Minister for Foreign Affairs Funakoshi (landau-funakoshi, one
# pair, 2025-26) and Secretary of State Rubio's calls and meetings with the UAE's Foreign Minister
# Sheikh Abdullah bin Zayed (rubio-abdullah-bin-zayed, a chain of two pairs, 2025), NATO Secretary
# General Rutte (rubio-rutte, one pair, 2025) and the Republic of Korea's Foreign Minister Cho Hyun
# (rubio-cho, one pair, 2025), the State Department's readouts as reprint sites carry them (two
# principals the set had not used), and Prime Minister Modi's calls with European Commission
# President von der Leyen (modi-von-der-leyen, one pair, 2020-21), the Prime Minister's Office's
# press releases as the Embassy of India in Stockholm and Mangalore Mirror carry them; fresh until
# the fifty-sixth session's turnover (branch e111), held out since.
# build_background.EXCLUDED names "funakoshi", "abdullah bin zayed", "rutte", "cho" and "von der
# leyen" already: no background rebuild, no recount.
EN_FRESH_E109 = frozenset(
    {
        "landau-funakoshi",
        "rubio-abdullah-bin-zayed",
        "rubio-rutte",
        "rubio-cho",
        "modi-von-der-leyen",
    }
)


def test_english_fresh_batch_85_is_fresh_english_and_written_before_the_tool() -> None:
    """e109's batch: six English pairs, fresh in the fifty-fifth session and held out since the
    fifty-sixth's turnover (branch e111), of five series new to every folder of ``eval/``,
    from the State Department (as five reprint sites carry its readouts, of a Deputy Secretary and
    a Secretary of State the set had not used as principals) and India's Prime Minister's Office
    (its press releases as an embassy's page and a news site carry them), written by hand before
    the tool ran; every series' counterpart left out of the background; each series a chain, every
    hand wording once in its readout; the batch took English over a third aside, and the rule moved
    the rest of e64's batch (TURNOVER_E109)."""
    marker = "branch e111; scored once as a table by branch e109; the eighty-fifth fresh batch"
    batch = fresh_batch(EN_FRESH_E109, 6, "en", marker, fresh=False)
    # A's publishers; B's: blufify, mangaloremirror, pubt too
    publishers = {"menafn", "indembassy-sweden", "globalsecurity", "miragenews"}
    sizes = {
        "landau-funakoshi": 1,
        "rubio-abdullah-bin-zayed": 2,
        "rubio-rutte": 1,
        "rubio-cho": 1,
        "modi-von-der-leyen": 1,
    }
    counts = {"persisted": 1, "changed": 13, "dropped": 21, "appeared": 8}
    moved = {"sullivan-akiba-cho", "sullivan-bonne-ploetner-barrow-yermak"}
    english_batch_holds(batch, publishers, sizes, counts, moved, TURNOVER_E109)


# The English series of e111's fresh batch 87 (fifty-sixth session): the United Arab Emirates'
# President Sheikh Mohamed bin Zayed Al Nahyan (Crown Prince of Abu Dhabi until May 2022) with
# France's President Macron (bin-zayed-macron, a chain of three pairs, 2019-26: calls and the Paris
# meeting of 11 May 2023), Egypt's President el-Sisi (bin-zayed-sisi, one pair, 2020-21) and
# Türkiye's President Erdogan (bin-zayed-erdogan, one pair, 2024-26), the accounts of the UAE's
# state news agency WAM (a publisher the set had not used) as WAM's English site, UrduPoint's feed
# of WAM, Zawya, Khaleej Times and Gulf News carry them; fresh. build_background.EXCLUDED names
# "macron", "sisi" and "erdogan" already: no background rebuild, no recount.
EN_FRESH_E111 = frozenset({"bin-zayed-macron", "bin-zayed-sisi", "bin-zayed-erdogan"})


def test_english_fresh_batch_87_is_fresh_english_and_written_before_the_tool() -> None:
    """e111's batch: five English pairs, fresh, of three series new to every folder of
    ``eval/``, one principal the set had not used as one (the UAE's President Mohamed bin Zayed)
    and one publisher it had not used (the UAE's state news agency WAM, its own English site and
    four sites that carry its items), written by hand before the tool ran; every series'
    counterpart left out of the background; each series a chain, every hand wording once in its
    readout; the batch took English over a third aside, and the rule moved two series of e65's
    batch (TURNOVER_E111)."""
    batch = fresh_batch(EN_FRESH_E111, 5, "en", "the eighty-seventh fresh batch (branch e111")
    # A's publishers; B's: wam, khaleejtimes, gulfnews too
    publishers = {"urdupoint", "zawya"}
    sizes = {"bin-zayed-macron": 3, "bin-zayed-sisi": 1, "bin-zayed-erdogan": 1}
    counts = {"changed": 10, "dropped": 21, "appeared": 25}
    moved = {"wangyi-amir-abdollahian", "wangyi-cavusoglu"}
    english_batch_holds(batch, publishers, sizes, counts, moved, TURNOVER_E111)


def test_fresh_pairs_are_held_out_new_series() -> None:
    fresh = formula_eval.load_pairs(EVAL, split="fresh")
    # five on branch e111 (its English batch 87 alone; e112's Chinese batch joins at the merge)
    assert len(fresh) >= 5
    assert all(p.fresh and p.heldout for p in fresh)
    new_series = {p.series for p in fresh} - {p.series for p in PAIRS if not p.fresh}
    assert len(new_series) >= 3 and {p.series for p in fresh} == new_series
    assert len({p.publisher for p in fresh}) >= 2
    for p in fresh:  # every hand wording is its readout's own
        for event in p.events:
            assert event.a is None or event.a in p.a_path.read_text(encoding="utf-8"), event
            assert event.b is None or event.b in p.b_path.read_text(encoding="utf-8"), event
    # The three splits are disjoint and cover the set.
    splits = [formula_eval.load_pairs(EVAL, split=s) for s in ("dev", "heldout", "fresh")]
    assert sorted(p.name for s in splits for p in s) == sorted(p.name for p in PAIRS)
    assert not any(p.fresh for p in splits[1])


def test_young_dev_pairs_are_the_ones_tuned_on_least() -> None:
    """``--split young``: dev pairs that joined dev on the last two dates of turnover, or that are alone
    in their series among dev pairs; a dev pair always dev in a series of several is not young."""
    dev = formula_eval.load_pairs(EVAL, split="dev")
    young = formula_eval.load_pairs(EVAL, split="young")
    assert {p.name for p in young} < {p.name for p in dev}
    files = {f.stem: f for f in (EVAL / "pairs").glob("*.toml")}
    dates = {p.name: formula_eval.moved_on(files[p.name]) for p in dev}
    latest = sorted({d for d in dates.values() if d is not None})[-2:]
    assert len(latest) == 2 and all(d[0] >= 2026 and 1 <= d[1] <= 12 for d in latest)
    series = Counter(p.series for p in dev)
    for p in dev:
        expected = dates[p.name] in latest or series[p.series] == 1
        assert (p in young) == expected, p.name
    assert any(dates[p.name] is None for p in young)  # alone in its series, always dev
    assert any(dates[p.name] is None and series[p.series] > 1 for p in dev if p not in young)


def test_every_turnover_note_gives_its_date() -> None:
    """``moved_on`` reads the date off each note a turnover wrote ("… until 6 Dec 2026 (…); a dev
    pair since …"): a note worded otherwise would make its pair look always dev and leave it out
    of ``--split young`` without a word (rev28). Every dev pair whose note says it joined dev has
    a real date, and no pair outside dev says it."""
    files = sorted((EVAL / "pairs").glob("*.toml"))
    dev = {p.name for p in formula_eval.load_pairs(EVAL, split="dev")}
    moved = 0
    for file in files:
        note = next(line for line in file.read_text(encoding="utf-8").splitlines()
                    if line.startswith("heldout"))  # fmt: skip
        date = formula_eval.moved_on(file)
        if "a dev pair since" not in note:
            assert date is None, file.name
            continue
        assert file.stem in dev, file.name
        assert date is not None and date[0] >= 2026 and 1 <= date[1] <= 12, (file.name, date)
        assert 1 <= date[2] <= 31, (file.name, date)
        moved += 1
    assert moved >= 200


def test_fresh_readouts_stay_out_of_the_benchmark_corpus() -> None:
    import real_corpus

    fresh = {p.a_path.stem for p in PAIRS if p.fresh} | {p.b_path.stem for p in PAIRS if p.fresh}
    drawn = {r.name for r in real_corpus.readouts()}
    assert fresh and not fresh & drawn
    seen = {
        (e.a, e.b)
        for p in PAIRS
        if not p.fresh and {p.a_path.stem, p.b_path.stem} <= drawn
        for e in p.events
        if e.a and e.b
    }
    assert set(real_corpus.rewordings()) == {(a, b) for a, b in seen if a != b}


def test_benchmark_corpus_draws_from_the_pinned_readouts_only() -> None:
    # The corpus stays the same when pairs join the set: only the readouts of the list are drawn,
    # every one of them is in the set, and a sentence of a readout outside it never shows up.
    import real_corpus

    names = real_corpus.pinned()
    assert len(names) == len(set(names)) >= 150
    assert {f"{r.name}.txt" for r in real_corpus.readouts()} == set(names)
    outside = sorted(p.name for p in EVAL.glob("*.txt") if p.name not in set(names))
    assert outside, "the newest fresh batch is outside the pinned list"
    pinned_text = "\n".join((EVAL / n).read_text(encoding="utf-8") for n in names)
    a, b = real_corpus.build(50_000, seed=3)
    for name in outside:
        lines = (EVAL / name).read_text(encoding="utf-8").split("\n")[1:]
        own = [s for line in lines for s in real_corpus.split_sentences(line)]
        only_there = [s for s in own if len(s) > 80 and s not in pinned_text]
        assert only_there and not any(s in a or s in b for s in only_there), name


def test_file_names_and_series() -> None:
    for path in EVAL.glob("*.txt"):
        series, publisher = formula_eval.split_name(path)
        assert re.fullmatch(r"[a-z0-9-]+__\d{4}-\d{2}-\d{2}__[a-z0-9-]+", path.stem), path.name
        assert set(series.split("-")) not in RESERVED
        assert not any(r <= set(series.split("-")) | {series} for r in RESERVED), path.name


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.name)
def test_pair_is_consistent(pair: formula_eval.Pair) -> None:
    assert pair.a_path.is_file() and pair.b_path.is_file()
    assert pair.a_path.name < pair.b_path.name, "A is the earlier readout"
    b_series, _ = formula_eval.split_name(pair.b_path)
    assert b_series == pair.series
    a_text = pair.a_path.read_text(encoding="utf-8")
    b_text = pair.b_path.read_text(encoding="utf-8")
    assert pair.events and pair.not_formulas
    for event in pair.events:
        if event.status in ("persisted", "changed"):
            assert event.a and event.b, event
        if event.status == "changed":
            assert formula_eval.fold(event.a or "") != formula_eval.fold(event.b or ""), event
        if event.status == "appeared":
            assert event.b and not event.a, event
        if event.status == "dropped":
            assert event.a and not event.b, event
        if event.a:
            assert event.a in a_text, f"{event.a!r} not in {pair.a_path.name}"
        if event.b:
            assert event.b in b_text, f"{event.b!r} not in {pair.b_path.name}"
    for name in pair.not_formulas:
        assert name in a_text or name in b_text, f"{name!r} in neither file"


def named_with_a_page(sources: str) -> set[str]:
    """The files a SOURCES.md names (`` `name.txt` ``) on a line that also holds a web address:
    each file's public source page (or its reprint's) is said beside it."""
    return {
        name
        for line in sources.splitlines()
        if re.search(r"https?://", line)
        for name in re.findall(r"`([^`]+\.txt)`", line)
    }


def test_every_file_is_listed_in_sources() -> None:
    sources = (EVAL / "SOURCES.md").read_text(encoding="utf-8")
    with_page = named_with_a_page(sources)
    for path in EVAL.glob("*.txt"):
        assert path.name in with_page, path.name  # rev5: named with its page, not only named
        title = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert title.strip(), path.name


def test_pair_files_parse_with_known_keys() -> None:
    for path in (EVAL / "pairs").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        keys = {"a", "b", "heldout", "fresh", "not_formulas", "events", "note"}
        assert set(data) <= keys, path.name
        assert not data.get("fresh") or data["heldout"], path.name
        for event in data["events"]:
            assert set(event) <= {"status", "a", "b", "note"}, (path.name, event)


def test_matching_rule() -> None:
    sim = formula_eval.similarity
    assert sim("free and open Indo-Pacific", "Free and Open Indo-Pacific") == 1.0
    assert sim("Russia’s aggression", "Russia's aggression") == 1.0
    assert (
        sim(
            "sovereignty and territorial integrity",
            "Ukraine’s sovereignty and territorial integrity",
        )
        >= 0.8
    )
    assert sim("the two", "the two sides agreed to deepen cooperation further") == 0.0
    assert sim("core interests", "win-win cooperation") == 0.0
    long = (
        "the United States’ unwavering support for Ukraine’s sovereignty and territorial integrity"
    )
    assert 0.0 < sim("sovereignty and territorial integrity", long) < 0.4  # a core of 3+ words
    assert sim("Japan Alliance", "the U.S.-Japan Alliance is the cornerstone of peace") == 0.0


def test_a_kept_core_of_a_changed_formula_has_the_right_fate() -> None:
    changed = formula_eval.Event(
        "changed",
        "strong and vocal support in defense of Ukraine’s sovereignty and territorial integrity",
        "strong support in defense of Ukraine and its sovereignty and territorial integrity",
    )
    core = "sovereignty and territorial integrity"
    assert formula_eval.fate_agrees(formula_eval.Event("persisted", core, core), changed)
    assert not formula_eval.fate_agrees(formula_eval.Event("dropped", core, None), changed)
    vocal = formula_eval.Event("persisted", "strong and vocal support", "strong and vocal support")
    assert not formula_eval.fate_agrees(vocal, changed)  # not kept on B's side


def test_judging_counts_noise_fates_and_finds() -> None:
    pair = next(p for p in PAIRS if p.name == "biden-zelenskyy__2022-10-04")
    Event = formula_eval.Event
    reports = [
        Event("dropped", "for as long as it takes", None),  # right
        Event("persisted", "as enshrined in the United Nations Charter", "x"),  # wrong fate
        Event("persisted", "Vice President Kamala Harris", "Vice President Kamala Harris"),  # noise
        Event("appeared", None, "Kyiv"),  # noise
    ]
    result = formula_eval.judge(pair, reports)
    assert [j.noise for j in result.judged] == [False, False, True, True]
    assert result.judged[1].counterpart is not None
    assert result.judged[1].counterpart.status == "dropped"
    assert result.judged[2].not_formula == "Vice President Kamala Harris"
    figures = score_formulas.totals([result]).figures()
    assert figures["dropped_precision"] == 1.0
    assert figures["persisted_precision"] == 0.0
    assert figures["noise_share"] == 0.5
    assert figures["fates_right"] == 0.5
    assert figures["dropped_recall"] == 0.2  # 1 of the 5 hand-listed drops


def test_scorer_runs_the_tool_on_one_pair() -> None:
    pair = next(p for p in PAIRS if p.name == "biden-kishida__2023-05-18")
    results = score_formulas.score([pair])
    figures = score_formulas.totals(results).figures()
    assert results[0].judged, "the tool reports some formulas on this pair"
    for name, value in figures.items():
        assert value is None or 0.0 <= value <= 1.0, name
    assert figures["noise_share"] is not None
    text = score_formulas.table([("dev", score_formulas.totals(results))])
    assert "changed events found" in text and "noise share" in text


def test_real_corpus_is_deterministic_real_and_edited() -> None:
    import real_corpus

    a, b = real_corpus.build(20_000, seed=3)
    assert (a, b) == real_corpus.build(20_000, seed=3)
    assert real_corpus.build(20_000, seed=4)[0] != a
    assert 20_000 <= len(a.encode()) <= 26_000
    assert 0.8 <= len(b) / len(a) <= 1.2
    assert a != b
    real = {s for r in real_corpus.readouts() for p in r.paragraphs for s in p}
    real |= {r.title for r in real_corpus.readouts()}
    for paragraph in a.split("\n\n"):
        for sentence in real_corpus.split_sentences(paragraph.strip()):
            assert sentence in real, sentence
    a_sentences = {s for p in a.split("\n\n") for s in real_corpus.split_sentences(p.strip())}
    b_sentences = {s for p in b.split("\n\n") for s in real_corpus.split_sentences(p.strip())}
    assert a_sentences - b_sentences, "some sentences dropped or reworded"
    assert b_sentences - a_sentences, "some sentences added or reworded"


def test_sentence_split_keeps_abbreviations() -> None:
    import real_corpus

    text = "President Joseph R. Biden, Jr. spoke today. The U.S. Forces in Japan stay. Done."
    assert real_corpus.split_sentences(text) == [
        "President Joseph R. Biden, Jr. spoke today.",
        "The U.S. Forces in Japan stay.",
        "Done.",
    ]


def test_cli_json_and_library_report_the_same_formulas() -> None:
    pair = next(p for p in PAIRS if p.name == "biden-scholz__2022-11-06")
    assert score_formulas.run_cli(pair) == score_formulas.run_tool(pair)


def test_scorer_command_line_filters_pairs_and_prints_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    assert score_formulas.main(["--pair", "biden-scholz__2022-11-06", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"dev", "all"}  # the pair is a dev pair; no empty held-out column
    assert figures["dev"] == figures["all"]
    assert all(v is None or 0.0 <= v <= 1.0 for v in figures["all"].values())
    with pytest.raises(SystemExit):
        score_formulas.main(["--pair", "no such pair"])


def test_scorer_has_a_fresh_column(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    pair = next(p for p in PAIRS if p.fresh)
    assert score_formulas.main(["--pair", pair.name, "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"fresh", "all"}  # not counted as dev nor as the old held-out pairs
    assert figures["fresh"] == figures["all"]
    dev, held = (formula_eval.load_pairs(EVAL, split=s)[0] for s in ("dev", "heldout"))
    results = score_formulas.score([dev, held, pair])
    groups = score_formulas.columns(results, "all")
    assert [(title, t.pairs) for title, t in groups] == [
        ("dev", 1),
        ("held-out", 1),
        ("fresh (unseen)", 1),
        ("all", 3),
    ]
    fresh_total = groups[2][1]
    assert fresh_total.expected == score_formulas.totals(results[2:]).expected
    assert sum(fresh_total.expected.values()) == len(pair.events)
    assert (
        "| figure | dev (1 pairs) | held-out (1 pairs) | fresh (unseen) (1 pairs) | all (3 pairs) |"
        in (score_formulas.table(groups))
    )
    assert [t for t, _ in score_formulas.columns(results, "fresh")] == ["fresh (unseen)"]


def test_scorer_counts_reports_per_origin() -> None:
    """``--by-origin``: every judged report lands in one row, under its source and kind."""
    pair = next(p for p in PAIRS if p.name == "blinken-kuleba__2022-05-24")
    results = score_formulas.score([pair])
    table = score_formulas.by_origin(results)
    rows = {
        line.split(" | ")[0].lstrip("| "): [int(x) for x in line.strip("| ").split(" | ")[1:]]
        for line in table.splitlines()[2:]
    }
    judged = results[0].judged
    assert sum(row[0] for row in rows.values()) == len(judged)
    assert all(row[0] == sum(row[1:]) for row in rows.values())
    # Kuleba's "unprovoked and unjustified war" -> "brutal and unprovoked war" is a built-in
    # formula reworded (slots.py), told apart from the formulas found as they are.
    assert "builtin/reworded" in rows and "builtin" in rows
    noise = sum(j.noise for j in judged)
    assert sum(row[3] for row in rows.values()) == noise


def test_matching_rule_reads_chinese_and_russian_wordings() -> None:
    """Chinese is written without spaces: each ideograph is a word, and a contained core needs
    six of them (half a word each); Russian "ё" and "е" are one letter."""
    sim = formula_eval.similarity
    long = "寻求构建均衡、有效、可持续的欧洲安全机制"
    assert formula_eval.fold("欧洲安全机制") == ("欧", "洲", "安", "全", "机", "制")
    assert 0.0 < sim("均衡、有效、可持续的欧洲安全机制", long) < 1.0  # a core of 15 ideographs
    assert 0.0 < sim("可持续的欧洲安全机制", long) < 0.6  # six ideographs or more: a core
    assert sim("安全机制", long) == 0.0  # four: too short to be a core of a longer wording
    assert sim("一个中国原则", "一个中国原则") == 1.0
    assert sim("中方坚持一个中国原则", "坚持一个中国原则") >= 0.8
    assert sim("стратегического партнёрства", "стратегического партнерства") == 1.0
    core = "суверенитета и территориальной целостности"
    assert sim(core, "уважение суверенитета и территориальной целостности Украины") >= 0.5
    changed = formula_eval.Event(
        "changed", "全面推进中德全方位战略伙伴关系", "推动中德全方位战略伙伴关系"
    )
    kept = formula_eval.Event("persisted", "中德全方位战略伙伴关系", "中德全方位战略伙伴关系")
    assert formula_eval.fate_agrees(kept, changed)


def test_pairs_are_told_apart_by_the_language_of_their_readouts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    langs = {p.name: formula_eval.language_of(p) for p in PAIRS}
    assert langs["wangyi-baerbock__2022-02-26"] == "zh"
    assert langs["putin-tokayev__2025-03-06"] == "ru"
    assert langs["xi-macron__2021-10-26"] == langs["biden-kishida__2023-05-18"] == "en"
    assert (
        {p.series for p in PAIRS if langs[p.name] != "en"}
        == LANG_BATCH
        | ZH_BATCH
        | ZH_DEV_BATCH
        | ZH_DEV_BATCH_2
        | ZH_BATCH_3
        | ZH_FRESH_E37
        | ZH_FRESH_E38
        | ZH_FRESH_E39
        | ZH_FRESH_E40
        | ZH_FRESH_E41
        | ZH_FRESH_E42
        | ZH_FRESH_E43
        | ZH_FRESH_E44
        | ZH_FRESH_E48
        | ZH_FRESH_E51
        | ZH_FRESH_E52
        | ZH_FRESH_E53
        | ZH_FRESH_E54
        | ZH_FRESH_E55
        | ZH_FRESH_E56
        | ZH_FRESH_E59
        | ZH_FRESH_E61
        | RU_FRESH_E63
        | ZH_FRESH_E66
        | RU_FRESH_E71
        | ZH_FRESH_E72
        | ZH_FRESH_E74
        | ZH_FRESH_E78
        | ZH_FRESH_E81
        | ZH_FRESH_E85
        | ZH_FRESH_E87
        | ZH_FRESH_E90
        | ZH_FRESH_E94
        | ZH_FRESH_E99
        | ZH_FRESH_E104
        | ZH_FRESH_E106
        | ZH_FRESH_E108
        | ZH_FRESH_E110
        | ZH_FRESH_E112
        | RU_FRESH_E82
        | RU_FRESH_E88
        | RU_FRESH_E92
        | RU8_BATCH
        | RU9_BATCH
        | RU13_BATCH
        | RU17_BATCH
        | RU21_BATCH
        | RU22_BATCH
        | RU24_BATCH
    )
    assert score_formulas.main(["--pair", "putin-mirziyoyev", "--lang", "ru", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"dev", "all"}
    with pytest.raises(SystemExit):
        score_formulas.main(["--pair", "putin-mirziyoyev", "--lang", "zh"])


def test_folding_makes_capital_yo_e_and_keeps_a_dotted_capital_i_one_word() -> None:
    """aud1: "ё" is made "е" after case-folding, so a capital "Ё" (a title in capitals) is too;
    casefold writes "İ" as "i" plus a combining dot, which must not cut the word in two."""
    pair = next(p for p in PAIRS if p.name == "mirziyoyev-aliyev__2023-07-10")
    name = "Шавката Мирзиёева"
    assert name in pair.not_formulas and not pair.heldout
    assert formula_eval.fold(name.upper()) == formula_eval.fold(name) == ("шавката", "мирзиеева")
    assert formula_eval.similarity(name.upper(), name) == 1.0
    assert formula_eval.fold("İstanbul") == formula_eval.fold("Istanbul") == ("istanbul",)


def test_chinese_character_similarity_counts_the_characters_not_spaces_put_between_them() -> None:
    """aud1: the ratio is taken on the folded text as written, ideographs run together; with a
    space between every two of them, the spaces matched in any two Chinese wordings and two
    lines of one readout sharing eight characters (Xi's clause and Starmer's, in two sentences)
    scored 85, a match."""
    sim = formula_eval.similarity
    xi, starmer = "无论是维护世界和平稳定", "共同维护世界和平稳定"
    assert sim(xi, starmer) == 0.0
    assert sim("构建高水平中非命运共同体", "携手构建高水平中南命运共同体") == 0.0  # another object
    assert sim("Russia’s unprovoked aggression", "Russia’s unprovoked aggressions") >= 0.85
    Event = formula_eval.Event
    pair = next(p for p in PAIRS if p.name == "xi-starmer__2024-11-18")
    assert not pair.heldout and xi in pair.b_path.read_text(encoding="utf-8")
    (judged,) = formula_eval.judge(pair, [Event("appeared", None, xi)]).judged
    # cnv10 completed the list: Xi's clause is its own listed line, the counterpart; not Starmer's
    line = "无论是维护世界和平稳定，还是促进两国经济民生，都需要加强对话和合作"
    assert judged.counterpart == Event("appeared", None, line) and judged.right
    pair = next(p for p in PAIRS if p.name == "xi-ramaphosa__2023-06-09")
    report = Event("changed", "构建高水平中南命运共同体", "构建高水平中非命运共同体")
    (judged,) = formula_eval.judge(pair, [report]).judged
    assert judged.counterpart == Event("appeared", None, "推动构建高水平中非命运共同体")
    assert not judged.right  # the 中南 line persisted and the 中非 line appeared: two events


def test_audited_edge_cases_of_the_matching_rule() -> None:
    """aud1's targeted checks, on dev pairs: a curly apostrophe or a full-width comma changes
    nothing; a report inside two events is the counterpart of the one it covers best and finds
    that one only; a changed report joining a dropped and an appeared wording is a wrong fate
    (not noise) and finds neither."""
    Event, judge = formula_eval.Event, formula_eval.judge
    by_name = {p.name: p for p in PAIRS}
    pair = by_name["biden-abdullah__2024-04-14"]
    report = Event("appeared", None, "Jordan's critical leadership and partnership")
    result = judge(pair, [report])
    assert result.judged[0].right and len(result.found) == 1
    pair = by_name["liqiang-lawrence-wong__2025-06-23"]
    report = Event("dropped", "双边关系持续提升,务实合作收获丰硕成果", None)
    result = judge(pair, [report])
    assert result.judged[0].right and len(result.found) == 1
    pair = by_name["carney-merz__2025-08-26"]
    both = [e for e in pair.events if e.a and "and energy supply chains" in e.a]
    assert len(both) == 2 and all(e.status == "dropped" for e in both)
    result = judge(pair, [Event("dropped", "and energy supply chains", None)])
    assert [pair.events[i].a for i in result.found] == [
        "diversifying trading relationships and energy supply chains"  # 4 of 7 words, not 4 of 15
    ]
    pair = by_name["liqiang-lawrence-wong__2025-06-23"]
    dropped, appeared = "中新同为经济全球化和自由贸易的受益者和捍卫者", "维护自由贸易和经济全球化"
    assert (
        Event("dropped", dropped) in pair.events
        and Event("appeared", None, appeared) in pair.events
    )
    result = judge(pair, [Event("changed", dropped, appeared)])
    assert not result.judged[0].noise and not result.judged[0].right and not result.found


def _tool_judged(name: str, **switches: bool) -> formula_eval.PairResult:
    pair = next(p for p in PAIRS if p.name == name)
    reports = score_formulas.run_tool(pair)
    with formula_eval.switched(**switches):
        return formula_eval.judge(pair, reports)


def test_a_second_report_of_one_hand_event_is_a_repeat_not_a_right_fate() -> None:
    # biden-zelenskyy 2022-10-10 (dev): "holding Russia accountable" and "war crimes and
    # atrocities", both kept, two cores of one hand line kept; one is judged, the other a
    # repeat (biden-sunak's kept core beside its changed line, the example till dup2, is told
    # by its line now: told_once.cores_in_lines)
    name = "biden-zelenskyy__2022-10-10"
    cores = {"holding Russia accountable", "war crimes and atrocities"}
    both = [j for j in _tool_judged(name).judged if j.report.a in cores]
    assert len(both) == 2 and both[0].counterpart is both[1].counterpart is not None
    assert sorted((j.right, j.repeat, j.noise) for j in both) == [
        (False, True, False),
        (True, False, False),
    ]
    before = [j for j in _tool_judged(name, REPEATS=False).judged if j.report.a in cores]
    assert [j.right for j in before] == [True, True]
    assert not any(j.repeat for j in before)


def test_a_line_the_tool_told_twice_is_reported_once_and_right() -> None:
    # xi-modi 2024-10-23 (dev): the 多极化 line's change was told once per lexicon formula it
    # holds, word for word (a repeat until dup1's told_once); now one report, right
    wording = "为推动世界多极化、国际关系民主化作出贡献"
    once = [j for j in _tool_judged("xi-modi__2024-10-23").judged if j.report.a == wording]
    assert [(j.right, j.repeat, j.noise) for j in once] == [(True, False, False)]


def test_one_to_one_recall_finds_an_event_two_reports_share_no_more() -> None:
    # wangyi-baerbock 2022-02-26 (dev): two appeared reports' best event is one line; assigned one
    # to one, the second finds the anniversary line it also matches
    name = "wangyi-baerbock__2022-02-26"
    greedy, assigned = _tool_judged(name), _tool_judged(name, ONE_TO_ONE=True)
    assert set(greedy.found) < set(assigned.found)
    gained = [assigned.pair.events[i] for i in set(assigned.found) - set(greedy.found)]
    assert [(e.status, e.b) for e in gained] == [("appeared", "今年是中德建交50周年")]
    reports = list(assigned.found.values())
    assert len(reports) == len({id(r) for r in reports})  # each report finds one event at most


def test_a_changed_report_with_one_side_right_is_noise_unless_halves_are_counted() -> None:
    # harris-marcos 2022-11-21 (dev): B matches the B of a changed line of the hand list, A not
    name = "harris-marcos__2022-11-21"
    a = "standing up for international rules and norms"

    def report(result: formula_eval.PairResult) -> formula_eval.Judged:
        return next(j for j in result.judged if j.report.status == "changed" and j.report.a == a)

    headline = report(_tool_judged(name))
    assert headline.noise and headline.counterpart is None
    half = report(_tool_judged(name, HALVES=True))
    assert half.half and not half.noise and not half.right
    assert half.counterpart is not None and half.counterpart.status == "changed"
    b = "upholding international rules and norms, including in the South China Sea"
    assert half.counterpart.b == b


def test_scorer_prints_the_core_only_figures_under_the_headline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    # carney-meloni 2025-05-17 (dev): "lasting peace" is matched by its line in the headline only
    assert score_formulas.main(["--pair", "carney-meloni__2025-05-17"]) == 0
    text = capsys.readouterr().out
    assert "| core only: noise / fates right / changed found |" in text
    assert score_formulas.main(["--pair", "carney-meloni__2025-05-17", "--json"]) == 0
    dev = json.loads(capsys.readouterr().out)["dev"]
    assert dev["noise_share"] < dev["core_only_noise_share"]
    assert (
        score_formulas.main(["--pair", "carney-meloni__2025-05-17", "--json", "--core-only"]) == 0
    )
    core = json.loads(capsys.readouterr().out)["dev"]
    assert core["noise_share"] == dev["core_only_noise_share"]
    assert formula_eval.LINES and formula_eval.REPEATS  # the switches are back to the headline


def test_switches_are_the_headline_outside_a_switched_block() -> None:
    assert (formula_eval.LINES, formula_eval.REPEATS) == (True, True)
    assert (formula_eval.ONE_TO_ONE, formula_eval.HALVES) == (False, False)
    with pytest.raises(ValueError), formula_eval.switched(LINE=False):
        pass


def test_of_two_reports_of_one_event_a_full_match_is_judged_before_a_half() -> None:
    # rev10: xi-ramaphosa 2023-08-22 (dev), under --halves: a dropped report matches the hand's
    # changed 关系不断迈上新台阶 line on its one side (score 0.43, a wrong fate), and a changed
    # report's A matches that line's A alone (a half, its score halved to 0.5). The repeat rule
    # took the higher score, so the full match was the repeat and the half the judged report.
    # cnv9 completed the pair's list: the changed report's A now also matches a line of its own
    # (推动中非全面战略合作伙伴关系向更高水平迈进, dropped), so the tool's reports are judged here against
    # the hand's one changed line alone, the shape the rule is about.
    pair = next(p for p in PAIRS if p.name == "xi-ramaphosa__2023-08-22")
    line = tuple(e for e in pair.events if e.a == "携手推动中南全面战略伙伴关系不断迈上新台阶")
    with formula_eval.switched(HALVES=True):
        result = formula_eval.judge(
            dataclasses.replace(pair, events=line), score_formulas.run_tool(pair)
        )
    full = next(j for j in result.judged if j.report.a == "关系不断迈上新台阶")
    halves = [j for j in result.judged if j.half and j.counterpart is full.counterpart]
    assert full.counterpart is not None and full.score < halves[0].score
    assert not full.repeat and not full.right
    assert [(j.repeat, j.right) for j in halves] == [(True, False)]
