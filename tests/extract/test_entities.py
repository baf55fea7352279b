"""Entities: numbered slogans, organisations and platforms, with glossary ids."""

from __future__ import annotations

import pytest

from xietong.extract.entities import find_entities, stage
from xietong.model import Document


def of_type(text: str, typ: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.ref) for e in find_entities(text) if e.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("各级干部要坚决做到“两个维护”。", [("两个维护", "two_safeguards")]),
        ("深刻领悟两个确立的决定性意义。", [("两个确立", "two_establishes")]),
        ("加快建设一基地三区。", [("一基地三区", "one_base_three_zones")]),
        ("全面实施十项行动。", [("十项行动", "ten_actions")]),
        ("高标准建设新两翼。", [("新两翼", "new_two_wings")]),
        ("唱好京津“双城记”。", [("京津“双城记”", "tale_two_cities")]),
        ("树牢全国一盘棋思想。", [("全国一盘棋", "one_chessboard")]),
        ("推进871工程。", [("871工程", "project_871")]),
        ("编制“十五五”规划。", [("“十五五”规划", "fyp15")]),
        ("贯彻党的二十大精神。", [("党的二十大", "congress20")]),
        # not in the glossary: found by pattern, no id
        ("落实“三个着力”要求。", [("三个着力", None)]),
        ("构建一核两带三区格局。", [("一核两带三区", None)]),
        ("打造“1小时通勤圈”。", [("1小时通勤圈", None)]),
        ("推动“4+N”产业合作。", [("4+N", None)]),
        ("实施365工程。", [("365工程", None)]),
        ("谋划十六五时期发展。", [("十六五", None)]),
        ("抗击“21·7”特大暴雨。", [("21·7", None)]),
    ],
)
def test_entities_finds_chinese_slogans(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert of_type(text, "slogan") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Officials must achieve the "two safeguards".', [("two safeguards", "two_safeguards")]),
        ("They uphold the Two Establishes.", [("Two Establishes", "two_establishes")]),
        ("Strengthen the four consciousnesses.", [("four consciousnesses", "four_consciousnesses")]),
        ("Carry out the Ten Actions in full.", [("Ten Actions", "ten_actions")]),
        ("Build “one base, three zones” fast.", [("one base, three zones", "one_base_three_zones")]),
        ("It drafts the 14th Five-Year Plan.", [("14th Five-Year Plan", "fyp14")]),
        ("Study the 20th National Congress spirit.", [("20th National Congress", "congress20")]),
        ("Sing the “Tale of Two Cities” well.", [("Tale of Two Cities", "tale_two_cities")]),
        ('Follow the "three musts" rule.', [("three musts", None)]),
        ("Plan one core, two belts and three rings.", [("one core, two belts and three rings", None)]),
        ("It joined the 19th Party Congress.", [("19th Party Congress", "congress19")]),
    ],
)
def test_entities_finds_english_slogans(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert of_type(text, "slogan") == expected


@pytest.mark.parametrize(
    "text",
    [
        "新建项目三个，两年完成，十大产业加快集聚。",
        "完成“1000万吨”目标，实现“二十连增”。",
        "Two projects were completed in three years.",
        "We built 120 projects and 300 parks.",
        "one of the two cities",
    ],
)
def test_entities_leaves_counts_to_the_quantities(text: str) -> None:
    assert of_type(text, "slogan") == []


def test_glossary_gives_one_id_to_both_languages() -> None:
    zh = of_type("打造一基地三区。", "slogan")
    en = of_type("Build the one base, three zones.", "slogan")
    assert zh[0][1] == en[0][1] == "one_base_three_zones"
    (mention,) = [e for e in find_entities("建设一基地三区") if e.type == "slogan"]
    assert (mention.name_zh, mention.name_en) == ("一基地三区", "one base, three zones")


@pytest.mark.parametrize(
    ("text", "typ", "expected"),
    [
        ("北京市发展和改革委员会发布通知。", "org", [("北京市发展和改革委员会", "bj.drc")]),
        ("天津市科学技术局组织评审。", "org", [("天津市科学技术局", None)]),
        ("河北省交通运输厅部署工作。", "org", [("河北省交通运输厅", None)]),
        ("南开大学与清华大学合作。", "org", [("南开大学", "nankai"), ("清华大学", "thu")]),
        ("The Tianjin Municipal Education Commission and Nankai University met.", "org",
         [("Tianjin Municipal Education Commission", None), ("Nankai University", "nankai")]),
        ("the Beijing Municipal Development and Reform Commission said", "org",
         [("Beijing Municipal Development and Reform Commission", "bj.drc")]),
        ("滨海-中关村科技园新增企业。", "platform", [("滨海-中关村科技园", "binhai_zgc")]),
        ("宝坻京津中关村科技城建设提速。", "platform", [("宝坻京津中关村科技城", "baodi_zgc")]),
        ("廊坊临空经济区加快建设。", "platform", [("廊坊临空经济区", None)]),
        ("the Binhai–Zhongguancun Science Park grew", "platform", [("Binhai–Zhongguancun Science Park", "binhai_zgc")]),
        ("the Cangzhou Bohai Chemical Industrial Park expanded", "platform",
         [("Cangzhou Bohai Chemical Industrial Park", None)]),
        ("天津市第三中心医院开设门诊。", "org", [("天津市第三中心医院", None)]),
        ("北京市新建五个产业园。", "platform", []),
        ("北京市推动协同发展的部署落地。", "org", []),
        # national bodies start with 国家, 国务院, 全国 or 中央 rather than a place
        ("国务院新闻办公室举行发布会。", "org", [("国务院新闻办公室", None)]),
        ("全国人大常委会审议草案。", "org", [("全国人大常委会", None)]),
        ("国家文物局公布名单。", "org", [("国家文物局", None)]),
        # 大局, 格局 end in 局 but name no bureau
        ("服务国家发展大局。", "org", []),
        ("优化北京市空间格局。", "org", []),
    ],
)
def test_entities_finds_organisations_and_platforms(text: str, typ: str, expected: list[tuple[str, str | None]]) -> None:
    assert of_type(text, typ) == expected


def test_entities_spans_do_not_overlap_and_point_into_the_text() -> None:
    text = "北京市发展和改革委员会推动滨海-中关村科技园落实“两个维护”，通州区参与。"
    found = stage(Document(text=text)).entities
    assert all(text[e.start:e.end] == e.text for e in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert {e.type for e in found} == {"org", "platform", "slogan", "place"}
