"""Commitments: directives and goals, told apart from reports, meetings and appraisals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xietong.extract.commitments import cues, stage, strength
from xietong.model import Document
from xietong.segment.sentences import split_sentences


def run(text: str, lang: str = "zh", date: str | None = "2025-01-20") -> Document:
    doc = Document(text=text, lang=lang, date=date)
    doc.sentences = split_sentences(text, lang)
    return stage(doc, None)


def committed(text: str, lang: str = "zh") -> list[str]:
    doc = run(text, lang)
    return [doc.span(c.start, c.end) for c in doc.commitments]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("要加快推进城际铁路建设。", "zh"),
        ("必须守住不发生系统性风险的底线。", "zh"),
        ("力争全年新增就业十万人。", "zh"),
        ("全会强调，要把生态保护放在突出位置。", "zh"),
        ("We will build two new metro lines.", "en"),
        ("Efforts should be made to cut coal use.", "en"),
        ("It is necessary to protect the wetlands.", "en"),
        ("The city must keep its air clean.", "en"),
        ("Strive to double research spending.", "en"),
        ("Accelerate the renewal of old housing estates.", "en"),
        ("Li Ming told reporters that the city will add 500 electric buses.", "en"),
        ("记者从市交通委获悉，今年将新开通三条地铁线路。", "zh"),
        ("水运方面，加快内河航道整治，建成两座货运码头。", "zh"),
        ("（二）用心用力推进社区养老服务。", "zh"),
        ("He stressed creating a fair and open market for small firms.", "en"),
        ("She stressed a steady approach to reforming rural land use.", "en"),
        ("He called on local firms to upgrade their products.", "en"),
    ],
)
def test_directive_sentences_are_commitments(sentence: str, lang: str) -> None:
    assert committed(sentence, lang) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("过去五年，我们新建学校三十所。", "zh"),
        ("一年来，全市地区生产总值增长百分之五。", "zh"),
        ("全会由市委常委会主持。", "zh"),
        ("市委委员、候补委员出席会议。", "zh"),
        ("全会认为，这次讲话具有重大指导意义。", "zh"),
        ("我们也清醒认识到，发展中还有不少短板，服务能力尚需提升。", "zh"),
        ("In the past five years we have built thirty schools.", "en"),
        ("The mayor presided over the meeting.", "en"),
        ("Members of the standing committee attended the meeting.", "en"),
        ("The meeting held that the speech is of great significance.", "en"),
    ],
)
def test_reports_meetings_and_appraisals_are_not_commitments(sentence: str, lang: str) -> None:
    assert committed(sentence, lang) == []


def test_review_section_keeps_its_we_will_as_reports() -> None:
    text = ("1、 Review of our work\n"
            "In the past five years we have doubled the length of the metro.\n"
            "We will always keep people at the centre of our work.\n"
            "We must face our shortcomings squarely.\n"
            "2、 Tasks for the next five years\n"
            "We will build three more metro lines.\n")
    assert committed(text, "en") == ["We must face our shortcomings squarely.",
                                     "We will build three more metro lines."]


def test_plan_section_makes_imperative_lines_commitments_and_review_section_does_not() -> None:
    text = ("一、2024年工作回顾\n"
            "（一）交通更加便捷\n"
            "建成城际铁路两条，新开公交线路十条。\n"
            "二、2025年重点工作\n"
            "（一）加快交通建设\n"
            "建成城际铁路一条，新开公交线路五条。\n"
            "今年是规划的收官之年。\n")
    assert committed(text) == ["（一）加快交通建设", "建成城际铁路一条，新开公交线路五条。"]


def test_roman_numbered_sections_split_from_their_titles_still_set_the_mode() -> None:
    text = ("I.\nReview of Our Work in 2024\n"
            "We expanded the subway network and opened two parks.\n"
            "We will always put the people first.\n"
            "II. Tasks for 2025\n"
            "Open two more parks.\n")
    assert committed(text, "en") == ["Open two more parks."]


def test_notice_sections_on_requirements_and_safeguards_are_plans() -> None:
    text = ("一、总体要求\n到2027年，全市公共充电桩数量翻一番。\n"
            "二、保障措施\n（一）加强组织领导\n各区政府是第一责任主体。各区建立工作专班，按月调度。\n")
    found = committed(text)
    assert "到2027年，全市公共充电桩数量翻一番。" in found
    assert "各区建立工作专班，按月调度。" in found
    assert "各区政府是第一责任主体。" not in found


def test_paragraph_opening_with_retrospection_needs_an_explicit_modal() -> None:
    text = "这五年，我们持续改善生态环境。深入实施大气治理，空气质量明显好转。我们要继续努力。\n"
    assert committed(text) == ["我们要继续努力。"]


def test_goal_paragraph_keeps_its_target_states() -> None:
    text = ("The goals we are building towards are clear. The economy has become stronger and greener. "
            "Every village has clean water.\n")
    assert len(committed(text, "en")) == 3


def test_quoted_pledge_of_an_official_is_a_commitment() -> None:
    text = ("Wang Fang, director of the city transport bureau, said the new line is popular. "
            "\u201cWe will extend it to the airport next year,\u201d she said.\n")
    assert committed(text, "en") == ["\u201cWe will extend it to the airport next year,\u201d she said."]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("必须确保按期完工。", "zh", "binding"),
        ("鼓励企业加大研发投入。", "zh", "encouraged"),
        ("支持雄安新区建设。", "zh", "intended"),
        ("要加强水源保护。", "zh", "encouraged"),
        ("将新建五所学校。", "zh", "intended"),
        ("We must ensure the water is safe.", "en", "binding"),
        ("We should encourage private investment.", "en", "encouraged"),
        ("We will build five schools.", "en", "intended"),
        ("Build five schools.", "en", "intended"),
    ],
)
def test_strength_follows_the_strongest_marker(sentence: str, lang: str, expected: str) -> None:
    assert strength(sentence, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("现在，我代表市人民政府，向大会报告工作。\n三、今年重点工作\n加快建设地铁新线。\n", "zh", "市人民政府"),
        ("全会强调，要守住耕地红线。\n", "zh", "全会"),
        ("各级党组织要带头落实。\n", "zh", "各级党组织"),
        ("The plenary session stressed that efforts should be made to cut emissions.\n", "en",
         "The plenary session"),
    ],
)
def test_actor_is_the_named_subject_or_the_documents_speaker(text: str, lang: str, actor: str) -> None:
    doc = run(text, lang)
    assert doc.commitments and doc.commitments[-1].actor == actor


def test_deadline_is_resolved_with_the_documents_year() -> None:
    doc = run("确保年底前全部建成。\n", "zh", date="2024-03-01")
    assert (doc.commitments[0].deadline, doc.commitments[0].deadline_text) == ("2024-12-31", "年底前")


def test_commitment_carries_areas_from_the_profile() -> None:
    doc = run("深入打好蓝天保卫战，推进湿地保护修复。\n")
    assert doc.commitments[0].areas[0] == "ecology"


def test_short_line_inherits_the_area_of_its_heading() -> None:
    doc = run("二、今年重点工作\n（三）全面推进乡村振兴\n推进移风易俗。\n")
    assert doc.commitments[-1].areas == ["urban_rural"]


def test_cues_see_past_the_opening_quote() -> None:
    assert cues("\u201cAccelerate the building of the port.", "en").imperative


def test_stage_segments_when_sentences_are_missing() -> None:
    doc = stage(Document(text="要加快建设。", lang="zh"), None)
    assert len(doc.commitments) == 1


def test_stage_matches_most_gold_commitments_of_the_corpus(corpus: Path) -> None:
    """A coarse floor on the real documents; the evaluation kit gives the exact figures."""
    gold_dir = corpus.parent / "eval" / "gold" / "seeds"
    tp = total_gold = total_pred = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "commitments" not in gold:
            continue
        text = (corpus / "seeds" / gold["path"]).read_text(encoding="utf-8-sig")
        doc = run(text, gold["lang"], gold.get("date"))
        g = {k for c in gold["commitments"] for k in range(c["start"], c["end"])}
        p = {k for c in doc.commitments for k in range(c.start, c.end)}
        tp, total_gold, total_pred = tp + len(g & p), total_gold + len(g), total_pred + len(p)
    assert 2 * tp / (total_gold + total_pred) > 0.9


def test_plan_section_keeps_targets_that_use_report_verbs() -> None:
    text = ("二、2026年重点工作\n"
            "（一）加快交通建设\n"
            "新开工两条高速公路，通车里程突破一千公里。\n"
            "全市快递业务量已经连续三年位居全省第一。\n")
    found = committed(text)
    assert "新开工两条高速公路，通车里程突破一千公里。" in found
    assert "全市快递业务量已经连续三年位居全省第一。" not in found
