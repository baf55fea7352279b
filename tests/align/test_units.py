"""Alignment units: the segmenter's sentences mended where the layout broke them."""

from __future__ import annotations

import pytest

from xietong.align.units import units
from xietong.segment.sentences import split_sentences


def pieces_of(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in units(text, split_sentences(text, lang), lang == "zh")]


@pytest.mark.parametrize(("text", "pieces"), [
    ("5. Improving public services Acting on the plan, we will open ten clinics.",
     ["5. Improving public services", "Acting on the plan, we will open ten clinics."]),
    ("2. Making cities greener In 2025, the city planted 40,000 trees.",
     ["2. Making cities greener", "In 2025, the city planted 40,000 trees."]),
    ("III. Progress in 2025 — Growth held steady at 5 percent.",
     ["III. Progress in 2025", "— Growth held steady at 5 percent."]),
    ("Growth — the fastest in years — held steady.", ["Growth — the fastest in years — held steady."]),
    ("The plan, approved in 2024, covers Tianjin and Hebei.", ["The plan, approved in 2024, covers Tianjin and Hebei."]),
    ("Officials from Beijing and Tianjin met in Langfang.", ["Officials from Beijing and Tianjin met in Langfang."]),
    ("Linking Chongqing and Chengdu by rail", ["Linking Chongqing and Chengdu by rail"]),
])
def test_units_split_a_heading_without_a_stop_off_its_sentence(text, pieces):
    assert pieces_of(text, "en") == pieces


@pytest.mark.parametrize("lines", [
    ["示范区今年计划新建充电桩1200个。", "全市新能源公交车占比将达到85%，比上年提高六个百分点。",
     "副市长李明远在会上介绍了相关情况。", "下一步将加快建设智慧港口，年内建成两座自动化码头。"],  # lines of any width
    ["第一条 为了规范", "第二条 本办法适用于", "第三条 有关部门", "第四条 附则"],  # short lines with no stop
])
def test_units_leave_text_that_is_not_hard_wrapped_as_it_is(lines):
    text = "\n".join(lines)
    assert pieces_of(text, "zh") == [text[s.start:s.end] for s in split_sentences(text, "zh")]


def test_units_join_a_sentence_back_across_hard_wrapped_lines():
    sentences = ["全市今年将新建充电桩1200个，更新公交车500辆。", "港区将全部使用清洁能源车辆，年内完成改造。",
                 "下一步将加快建设智慧港口。", "两座自动化码头将于年底前投入使用。"]
    body = "".join(sentences)
    text = "\n".join(body[k:k + 20] for k in range(0, len(body), 20))
    assert [p.replace("\n", "") for p in pieces_of(text, "zh")] == sentences


@pytest.mark.parametrize(("text", "pieces"), [
    ("新建充电桩1200个；更新公交车500辆。", ["新建充电桩1200个；", "更新公交车500辆。"]),
    ("推进三项工作：一是扩大开放；二是深化改革。", ["推进三项工作：一是扩大开放；", "二是深化改革。"]),
    ("全市新能源公交车占比将达到85%。", ["全市新能源公交车占比将达到85%。"]),
])
def test_units_cut_chinese_sentences_into_clauses(text, pieces):
    assert pieces_of(text, "zh") == pieces
