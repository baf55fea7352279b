"""Area classification: explainable keyword lexicons per area, 1-3 areas a sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xietong.extract.areas import CONTEXT_EVIDENCE, choose, classify, explain, justify, scores
from xietong.extract.commitments import HEADING_WEIGHT, PARAGRAPH_WEIGHT
from xietong.profiles import load_profile

PROFILE = load_profile("jjj")
CONTRACT = json.loads((PROFILE.path / "areas.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("有序疏解一般制造业企业，腾退空间优先用于公共绿地。", "zh", "relief"),
        ("高标准推进雄安新区起步区建设。", "zh", "two_wings"),
        ("共建联合实验室，攻克一批关键核心技术。", "zh", "innovation"),
        ("培育新能源汽车产业集群，壮大先进制造业。", "zh", "industry"),
        ("加快城际铁路和港口集疏运体系建设。", "zh", "transport"),
        ("深入打好蓝天保卫战，推进湿地保护修复。", "zh", "ecology"),
        ("新增普惠托位，扩大优质养老和医疗服务供给。", "zh", "public_services"),
        ("持续优化营商环境，深化国资国企改革。", "zh", "reform_opening"),
        ("实施乡村振兴行动，稳定粮食播种面积。", "zh", "urban_rural"),
        ("做好防汛准备，守住安全生产底线。", "zh", "security_governance"),
        ("加强干部队伍建设，驰而不息纠治形式主义。", "zh", "party_building"),
        ("健全京津冀协同发展的常态化对接机制。", "zh", "coordination"),
        ("扩大服务贸易和数字贸易，提升口岸通关效率。", "zh", "reform_opening"),
        ("深化国有企业改革，支持民营经济发展壮大。", "zh", "reform_opening"),
        ("加快内河航道整治和货运码头建设。", "zh", "transport"),
        ("预研建设两个大科学装置。", "zh", "innovation"),
        ("推进农村清洁取暖改造。", "zh", "ecology"),
        ("The pilot FTZ will test new rules for cross-border services.", "en", "reform_opening"),
        ("We will relocate non-capital functions such as wholesale markets.", "en", "relief"),
        ("The sub-center will host a second batch of municipal offices.", "en", "two_wings"),
        ("We will build new laboratories and attract young talent.", "en", "innovation"),
        ("We will grow advanced manufacturing clusters.", "en", "industry"),
        ("A new intercity railway and a container port will be built.", "en", "transport"),
        ("Carbon emissions and air pollution will be cut further.", "en", "ecology"),
        ("We will open more elderly care centres and hospitals.", "en", "public_services"),
        ("We will improve the business environment and expand opening up.", "en", "reform_opening"),
        ("Rural revitalization and grain production will be strengthened.", "en", "urban_rural"),
        ("We will prevent financial risks and improve flood control.", "en", "security_governance"),
        ("Party members and cadres must observe discipline.", "en", "party_building"),
        ("We will improve the mechanism for coordinated development of the region.", "en", "coordination"),
    ],
)
def test_classify_picks_the_area_of_each_domain(text: str, lang: str, area: str) -> None:
    assert classify(text, lang, PROFILE)[0] == area


def test_explain_returns_the_matched_keywords() -> None:
    assert "雄安新区" in explain("支持雄安新区建设", "zh", PROFILE)["two_wings"]
    assert "laborator" in explain("two joint laboratories", "en", PROFILE)["innovation"]


def test_explain_counts_a_keyword_inside_a_longer_one_once() -> None:
    found = explain("推进京津冀协同发展", "zh", PROFILE)
    assert found == {"coordination": ["京津冀协同发展"]}


def test_english_keywords_start_at_a_word_boundary() -> None:
    assert "transport" not in scores("We support the report.", "en", PROFILE)


@pytest.mark.parametrize(
    ("own", "expected"),
    [
        ({"ecology": 6.0}, ["ecology"]),
        ({"ecology": 6.0, "industry": 5.0}, ["ecology", "industry"]),
        ({"ecology": 6.0, "industry": 1.0}, ["ecology"]),
        ({"a": 6, "b": 6, "c": 6, "d": 6}, ["a", "b", "c"]),
        ({}, ["coordination"]),
    ],
)
def test_choose_keeps_close_runners_up_up_to_three(own: dict[str, float], expected: list[str]) -> None:
    assert choose(own) == expected


def test_choose_uses_context_for_a_sentence_without_keywords() -> None:
    assert choose({}, [({"urban_rural": 4.0}, 0.5)]) == ["urban_rural"]


def test_choose_gives_a_sentence_without_keywords_only_the_contexts_leading_area() -> None:
    context = [({"industry": 5.0, "transport": 4.0}, 0.5), ({"transport": 3.0, "industry": 3.0}, 0.5)]
    assert choose({}, context) == ["industry"]


def test_justify_names_the_keywords_behind_each_chosen_area() -> None:
    assert justify("加快内河航道整治。", "zh", PROFILE) == {"transport": ["航道"]}


def test_justify_marks_an_area_inherited_from_context() -> None:
    context = [({"public_services": 4.0}, 0.5)]
    assert justify("全力办好这件事。", "zh", PROFILE, context) == {"public_services": [CONTEXT_EVIDENCE]}


def test_choose_keeps_runners_up_when_the_sentence_has_keywords_of_its_own() -> None:
    context = [({"transport": 6.0}, 0.5), ({"transport": 2.0}, 0.5)]
    assert choose({"industry": 3.0}, context) == ["industry", "transport"]


def test_choose_adds_coordination_only_on_the_sentences_own_evidence() -> None:
    assert choose({"transport": 5.0}, [({"coordination": 9.0}, 0.5)]) == ["transport"]


def test_profile_keeps_the_contract_ids_and_adds_lexicons(corpus: Path) -> None:
    contract = json.loads((corpus.parent / "eval" / "areas.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in CONTRACT["areas"]] == [a["id"] for a in contract["areas"]]
    for mine, theirs in zip(CONTRACT["areas"], contract["areas"], strict=True):
        assert {k: mine[k] for k in theirs} == theirs
        assert mine["lexicon"]["zh"] and mine["lexicon"]["en"]


@pytest.mark.parametrize(
    ("text", "lang", "area"),
    [
        ("为失能老人推行长期护理保险，增加全民健身场地。", "zh", "public_services"),
        ("建设一批社区图书馆，扶持优秀文艺作品创作。", "zh", "public_services"),
        ("严厉打击电信诈骗等违法犯罪，及时化解矛盾纠纷。", "zh", "security_governance"),
        ("完善蓄滞洪区建设，提升防灾减灾能力。", "zh", "security_governance"),
        ("深化放管服改革，持续提升行政效能。", "zh", "reform_opening"),
        ("推进高标准农田建设，守住耕地红线。", "zh", "urban_rural"),
        ("加强青少年理想信念教育，传承红色基因。", "zh", "party_building"),
        ("新建城际铁路和特高压输电通道。", "zh", "transport"),
        ("推进碳达峰行动，加强生物多样性保护。", "zh", "ecology"),
        ("培育专精特新企业，壮大低空经济。", "zh", "industry"),
        ("Build more kindergartens and childcare centres.", "en", "public_services"),
        ("Local courts will mediate neighbourhood disputes.", "en", "security_governance"),
        ("Farmers will get help to protect farmland.", "en", "urban_rural"),
        ("More basic research will come from young scientists.", "en", "innovation"),
        ("Customs will cut red tape for exports.", "en", "reform_opening"),
    ],
)
def test_classify_covers_the_scope_of_each_area(text: str, lang: str, area: str) -> None:
    assert classify(text, lang, PROFILE)[0] == area


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们坚信，只要团结奋斗，就一定能实现既定目标。", "zh"),
        ("展望未来，我们有信心战胜前进道路上的各种困难。", "zh"),
        ("We firmly believe that the goals of this plan can be reached.", "en"),
    ],
)
def test_classify_gives_a_generic_political_sentence_to_party_building(text: str, lang: str) -> None:
    assert classify(text, lang, PROFILE) == ["party_building"]


@pytest.mark.parametrize(
    ("text", "area", "matched"),
    [
        ("We aim to publish the plan by spring.", "industry", False),  # "ai" is no prefix of "aim"
        ("AI models will be trained.", "industry", True),
        ("A roadmap will be published.", "transport", False),  # "road" is no prefix of "roadmap"
        ("New roads will be built.", "transport", True),  # a plural still matches
        ("The port will be dredged.", "transport", True),
        ("A carefully drafted plan.", "public_services", False),
        ("Tianjin will build a modern socialist metropolis.", "transport", False),  # not a metro line
        ("Tianjin will build a modern socialist metropolis.", "urban_rural", True),
        ("Industrial parks will expand.", "industry", True),  # a longer stem still runs on
    ],
)
def test_short_english_keywords_match_whole_words_only(text: str, area: str, matched: bool) -> None:
    assert (area in explain(text, "en", PROFILE)) is matched


@pytest.mark.parametrize(
    ("own", "expected"),
    [
        ({"ecology": 6.0, "industry": 4.0}, ["ecology", "industry"]),
        ({"ecology": 6.0, "industry": 3.6}, ["ecology"]),  # a passing mention is not a second topic
    ],
)
def test_choose_needs_a_runner_up_close_to_the_best_area(own: dict[str, float], expected: list[str]) -> None:
    assert choose(own) == expected


def test_choose_lets_the_paragraphs_topic_outweigh_the_headings() -> None:
    context = [({"urban_rural": 5.0}, HEADING_WEIGHT), ({"public_services": 5.0}, PARAGRAPH_WEIGHT)]
    assert choose({}, context) == ["public_services"]


def test_choose_does_not_let_a_heading_alone_add_an_area_to_a_sentence_with_keywords() -> None:
    context = [({"industry": 5.0}, HEADING_WEIGHT), ({"transport": 3.0}, PARAGRAPH_WEIGHT)]
    assert choose({"transport": 3.0}, context) == ["transport"]
