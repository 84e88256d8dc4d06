"""languages/: detection, Chinese words and script folding, Russian sentences and stems, fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, from_text
from readoutdiff.formulas import find_formulas
from readoutdiff.formulas.lexicon.lexicon import chosen
from readoutdiff.ingest import load
from readoutdiff.inline import diff_ops
from readoutdiff.languages import detect, html_lang, language, match_fold, tokens, words
from readoutdiff.languages.zh import is_traditional
from readoutdiff.model import Op, Options

BILINGUAL = Path(__file__).resolve().parent.parent / "eval" / "bilingual"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("习近平同法国总统马克龙通电话。两国元首就中法关系交换意见。", "zh"),
        ("習近平同法國總統馬克龍通電話。兩國元首就中法關係交換意見。", "zh"),
        ("Владимир Путин провёл телефонный разговор с Президентом Турции.", "ru"),
        ("President Biden spoke with Prime Minister Kishida of Japan today.", "en"),
        ("ประธานาธิบดีหารือทางโทรศัพท์กับนายกรัฐมนตรี", "und"),
    ],
)
def test_detects_the_language_by_script(text: str, code: str) -> None:
    assert detect(text).code == code


def test_chinese_with_english_names_is_chinese_and_mixed_text_is_said() -> None:
    assert detect("王毅会见美国国务卿 Antony Blinken，双方讨论了 G20 议题。").code == "zh"
    mixed = detect("Both sides discussed trade. 双方讨论了经贸合作和人文交流等问题。")
    assert mixed.code == "zh" and mixed.mixed == ("en",)


def test_tokens_rebuild_the_text_and_keep_chinese_words_whole() -> None:
    text = "中方高度重視發展兩國關係, core interests! สวัสดี"
    found = tokens(text)
    assert "".join(found) == text
    assert "高度重視" in found and "兩國關係" in found  # Traditional cut like Simplified
    assert found[-6:] == list("สวัสดี")  # no segmenter: one character each


def test_traditional_and_simplified_match_but_outputs_keep_the_original() -> None:
    a = from_text("中方堅定支持彼此核心利益。")
    b = from_text("中方坚定支持彼此核心利益。")
    assert a.sentences[0].folded == b.sentences[0].folded
    assert "Traditional Chinese: matched through Simplified characters" in a.notes
    assert is_traditional(a.text) and not is_traditional(b.text)
    result = compare(a, b)
    assert result.alignments[0].a_text == "中方堅定支持彼此核心利益。"
    assert words(match_fold("堅定支持")) == ["坚定", "支持"]


def test_ascii_marks_after_chinese_end_sentences() -> None:
    readout = from_text("双方同意加强合作!中方愿意推进?俄方支持;最后一句。")
    assert [s.text for s in readout.sentences] == [
        "双方同意加强合作!", "中方愿意推进?", "俄方支持;", "最后一句。",
    ]  # fmt: skip


def test_russian_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "В 2021 г. стороны встретились в Москве. В 2020–2021 гг. Россия и Китай "
        "провели переговоры, см. п. 3 Совместного заявления, т.е. Договора. "
        "С.В.Лавров и С. В. Лавров выступили. Итоги подведены."
    )
    readout = from_text(text)
    assert readout.language == "ru"
    assert [s.text for s in readout.sentences] == [
        "В 2021 г. стороны встретились в Москве.",
        "В 2020–2021 гг. Россия и Китай провели переговоры, см. п. 3 Совместного заявления, т.е. Договора.",
        "С.В.Лавров и С. В. Лавров выступили.",
        "Итоги подведены.",
    ]


def test_russian_inflections_share_a_stem() -> None:
    stem = language("ru").stem
    assert stem("коренные") == stem("коренных") and stem("интересы") == stem("интересов")
    assert stem("партнёрства") == stem("партнерство")


def test_russian_inflected_sentences_pair() -> None:
    a = from_text(
        "Стороны поддерживают коренные интересы друг друга. Делегации обменялись подарками."
    )
    b = from_text("Россия поддерживает коренных интересов Китая. Обсуждена торговля зерном.")
    pairs = [(x.a_text, x.b_text) for x in compare(a, b).alignments if x.a and x.b]
    assert pairs == [
        (
            "Стороны поддерживают коренные интересы друг друга.",
            "Россия поддерживает коренных интересов Китая.",
        )
    ]


def test_an_unknown_script_still_compares_by_character_with_a_note() -> None:
    a = from_text("ทั้งสองฝ่ายหารือเรื่องการค้า")
    b = from_text("ทั้งสองฝ่ายหารือเรื่องการลงทุน")
    assert a.language == "und" and any("not recognised" in note for note in a.notes)
    ops = diff_ops(a.text, b.text)
    assert "".join(op.text for op in ops if op.op is not Op.INSERT) == a.text
    assert "".join(op.text for op in ops if op.op is not Op.DELETE) == b.text
    assert [op.text for op in ops if op.op is Op.EQUAL][0] == "ทั้งสองฝ่ายหารือเรื่องการ"
    result = compare(a, b)
    assert [x.status.value for x in result.alignments] == ["changed"]


def test_a_full_stop_of_another_script_is_no_cut_off_text() -> None:
    for ended in ("ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠠᠷᠢᠯᠴᠠᠪᠠ᠃", "दोनों पक्षों ने व्यापार पर चर्चा की।", "ሁለቱ ወገኖች ተወያዩ።"):
        assert not any("cut off" in note for note in from_text(ended).notes), ended
    assert any("cut off" in note for note in from_text("ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠶᠠᠷᠢᠯᠴᠠ").notes)


def test_formulas_match_real_chinese_readouts_in_both_scripts_and_russian_inflections(
    tmp_path: Path,
) -> None:
    lexicon = tmp_path / "lexicon.toml"
    lexicon.write_text(
        '[[formula]]\nid = "denuclearization"\ntext = "朝鲜半岛无核化"\ntopic = "security"\n\n'
        '[[formula]]\nid = "core-interests-ru"\ntext = "коренные интересы"\ntopic = "sovereignty"\n',
        encoding="utf-8",
    )
    options = Options(lexicon=chosen([lexicon], use_builtin=False), mine_formulas=False)
    simplified = load(str(BILINGUAL / "xi-trump__2018-03-09__mfa-zh.txt"))
    traditional = load(str(BILINGUAL / "xi-trump__2017-09-06__people-zh-hant.txt"))
    for readout, wording in ((simplified, "朝鲜半岛无核化"), (traditional, "朝鮮半島無核化")):
        found = find_formulas(readout, options=options)
        assert {readout.text[o.span.start : o.span.end] for o in found} == {wording}
    russian = from_text("Стороны подтвердили поддержку коренных интересов друг друга.")
    found = find_formulas(russian, options=options)
    assert [russian.text[o.span.start : o.span.end] for o in found] == ["коренных интересов"]


def test_a_chinese_diff_of_real_successive_readouts_never_cuts_a_word() -> None:
    a = load(str(BILINGUAL / "xi-trump__2017-10-25__mfa-zh.txt"))
    b = load(str(BILINGUAL / "xi-trump__2018-05-08__mfa-zh.txt"))
    result = compare(a, b, options=Options(formulas=False))
    for alignment in result.alignments:
        for side, ops in (
            (alignment.a_text, (Op.EQUAL, Op.DELETE)),
            (alignment.b_text, (Op.EQUAL, Op.INSERT)),
        ):
            words_of_side = tokens(side)
            bounds = {0}
            for word in words_of_side:
                bounds.add(max(bounds) + len(word))
            position = 0
            for op in alignment.ops:
                if op.op in ops:
                    assert position in bounds, (op, side)
                    position += len(op.text)
                    assert position in bounds, (op, side)


def test_the_builtin_lexicon_finds_formulas_in_real_chinese_readouts_in_both_scripts() -> None:
    for name in ("xi-trump__2018-05-08__mfa-zh.txt", "xi-trump__2018-12-29__xinhua-zh-hant.txt"):
        found = find_formulas(load(str(BILINGUAL / name)), options=Options(mine_formulas=False))
        assert "mutual-respect" in {occurrence.id for occurrence in found}, name


_SERIES = Path(__file__).resolve().parent / "series_readouts"


def test_words_of_ascii_text_are_the_pattern_s_runs() -> None:
    """``words`` cuts ASCII text by ``translate`` and ``split``: the same list as ``\\w+``, on
    every sentence of the series readouts (English) and on drawn ASCII text (every character
    0-127)."""
    import random
    import re

    plain = re.compile(r"\w+")
    sentences = [s.folded for path in sorted(_SERIES.glob("*.txt")) for s in load(path).sentences]
    rng = random.Random(27)
    alphabet = [chr(code) for code in range(128)]
    drawn = ["".join(rng.choices(alphabet, k=rng.randrange(40))) for _ in range(3000)]
    drawn += [
        "".join(rng.choices("ab_9 .,'\t\n\x1c\x1f-", k=rng.randrange(30))) for _ in range(2000)
    ]
    texts = [text for text in sentences + drawn if text.isascii()]
    assert len(texts) > 5000
    for text in texts:
        assert words(text) == plain.findall(text), text


# Two releases of Japan's Ministry of Foreign Affairs (MOFA), opening sentences: "日米外相電話会談",
# https://www.mofa.go.jp/mofaj/press/release/press4_007943.html (22 October 2019) and
# https://www.mofa.go.jp/mofaj/press/release/pressit_000001_02752.html (19 September 2025).
MOFA_2019 = (
    "本22日,午後8時55分頃から約20分間,茂木敏充外務大臣は,マイク・ポンペオ米国国務長官と"
    "日米外相電話会談を行ったところ,概要以下のとおりです。\n"
    "両大臣は,中東情勢を中心に意見交換を行い,中東における緊張緩和と情勢の安定化に向け,"
    "引き続き日米間で緊密に連携していくことを確認しました。\n"
)
MOFA_2025 = (
    "9月19日午前11時30分から約20分間、岩屋毅外務大臣は、マルコ・ルビオ米国国務長官と"
    "電話会談を行ったところ、概要は以下のとおりです。\n"
    "両外相は、現下の中東情勢を中心に意見交換を行いました。\n"
)


def test_japanese_is_told_by_its_kana_and_said_to_have_no_rules() -> None:
    # rev29: a Japanese text was read as "Chinese, Traditional Chinese" (its kanji weighed
    # three times, its kana counted as no script).
    for text in (MOFA_2019, MOFA_2025):
        found = detect(text)
        assert (found.code, found.named) == ("und", "Japanese")
        readout = from_text(text)
        assert readout.language == "und"
        assert readout.notes[0].startswith("Japanese, which readoutdiff has no rules for")
        assert not any("Chinese" in note.split(":")[0] for note in readout.notes)
        assert html_lang(readout.language, readout.notes) == "ja"  # Japanese glyphs in a page
    result = compare(from_text(MOFA_2019), from_text(MOFA_2025))
    assert [x.status.value for x in result.alignments][-1] == "changed"  # still compared


def test_a_japanese_title_in_a_real_chinese_readout_leaves_it_chinese() -> None:
    text = (BILINGUAL / "wangyi-jaishankar__2021-02-25__mfa-zh.txt").read_text(encoding="utf-8")
    head = text[:400]  # a short text: the kana weigh most there
    for titled in (head, head.replace("。", "。日方提到《ひまわり》一书。", 1)):
        assert detect(titled) == detect(head) and detect(titled).code == "zh"


def test_detection_reads_the_characters_past_ascii_as_the_pattern_did() -> None:
    """``detect`` takes a text's characters past ASCII by deleting the ASCII bytes of its UTF-8
    (cli5), where a substitution of ``[\\x00-\\x7f]+`` read each run: the same characters in
    the same order, on readouts of the three languages and on drawn texts of one- to four-byte
    characters."""
    import random
    import re

    from readoutdiff.languages.detect import _ASCII_BYTES, _SAMPLE

    ascii_runs = re.compile("[\x00-\x7f]+")
    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = [path.read_text(encoding="utf-8") for path in sorted(samples.glob("*.txt"))]
    rng = random.Random(5)
    ranges = [(0, 127), (128, 0x7FF), (0x800, 0xD7FF), (0xE000, 0xFFFF), (0x10000, 0x10FFFF)]
    for _ in range(5_000):
        picks = rng.choices(ranges, k=rng.randint(0, 40))
        texts.append("".join(chr(rng.randint(*pick)) for pick in picks))
    assert any(not text.isascii() for text in texts[:-5_000])
    for text in texts:
        sample = text[:_SAMPLE]
        deleted = sample.encode("utf-8").translate(None, _ASCII_BYTES)
        assert deleted.decode("utf-8") == ascii_runs.sub("", sample)
