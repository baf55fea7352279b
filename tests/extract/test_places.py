"""The gazetteer: place mentions in Chinese and English resolved to one id."""

from __future__ import annotations

import pytest

from xietong.extract.entities import find_entities
from xietong.extract.linking import resolve_place
from xietong.profiles import load_profile

PLACES = [
    # Chinese: full names, short forms and variants
    ("中国", "zh", "cn"),
    ("中华人民共和国", "zh", "cn"),
    ("京津冀", "zh", "jjj"),
    ("北京市", "zh", "bj"),
    ("北京", "zh", "bj"),
    ("天津市", "zh", "tj"),
    ("天津", "zh", "tj"),
    ("河北省", "zh", "he"),
    ("河北", "zh", "he"),
    ("通州", "zh", "bj.tongzhou"),
    ("通州区", "zh", "bj.tongzhou"),
    ("海淀区", "zh", "bj.haidian"),
    ("石景山", "zh", "bj.shijingshan"),
    ("门头沟区", "zh", "bj.mentougou"),
    ("大兴", "zh", "bj.daxing"),
    ("延庆区", "zh", "bj.yanqing"),
    ("朝阳区", "zh", "bj.chaoyang"),
    ("北京城市副中心", "zh", "bj.subcentre"),
    ("滨海", "zh", "tj.binhai"),
    ("滨海新区", "zh", "tj.binhai"),
    ("天津滨海新区", "zh", "tj.binhai"),
    ("武清", "zh", "tj.wuqing"),
    ("宝坻区", "zh", "tj.baodi"),
    ("蓟州区", "zh", "tj.jizhou"),
    ("河北区", "zh", "tj.hebei"),
    ("和平区", "zh", "tj.heping"),
    ("东丽区", "zh", "tj.dongli"),
    ("静海", "zh", "tj.jinghai"),
    ("石家庄市", "zh", "he.shijiazhuang"),
    ("唐山", "zh", "he.tangshan"),
    ("秦皇岛市", "zh", "he.qinhuangdao"),
    ("张家口", "zh", "he.zhangjiakou"),
    ("承德市", "zh", "he.chengde"),
    ("廊坊", "zh", "he.langfang"),
    ("保定市", "zh", "he.baoding"),
    ("衡水", "zh", "he.hengshui"),
    ("邯郸市", "zh", "he.handan"),
    ("雄安新区", "zh", "he.xiongan"),
    ("雄安", "zh", "he.xiongan"),
    ("雄县", "zh", "he.xiongan.xiongxian"),
    ("容城县", "zh", "he.xiongan.rongcheng"),
    ("安新", "zh", "he.xiongan.anxin"),
    ("三河市", "zh", "he.langfang.sanhe"),
    ("大厂回族自治县", "zh", "he.langfang.dachang"),
    ("香河", "zh", "he.langfang.xianghe"),
    ("北三县", "zh", "he.langfang.north3"),
    ("黄骅市", "zh", "he.cangzhou.huanghua"),
    ("曹妃甸", "zh", "he.tangshan.caofeidian"),
    # English: names, variants, spellings
    ("China", "en", "cn"),
    ("Beijing-Tianjin-Hebei", "en", "jjj"),
    ("Jing-Jin-Ji", "en", "jjj"),
    ("Beijing", "en", "bj"),
    ("Tianjin", "en", "tj"),
    ("Hebei", "en", "he"),
    ("Hebei Province", "en", "he"),
    ("Tongzhou", "en", "bj.tongzhou"),
    ("Tongzhou District", "en", "bj.tongzhou"),
    ("Beijing's urban sub-center", "en", "bj.subcentre"),
    ("Binhai", "en", "tj.binhai"),
    ("Binhai New Area", "en", "tj.binhai"),
    ("Tianjin Binhai New Area", "en", "tj.binhai"),
    ("Hebei District", "en", "tj.hebei"),
    ("Wuqing District", "en", "tj.wuqing"),
    ("Xiong'an", "en", "he.xiongan"),
    ("Xiongan", "en", "he.xiongan"),
    ("Xiong’an New Area", "en", "he.xiongan"),
    ("Xiongan New Area", "en", "he.xiongan"),
    ("Rongcheng County", "en", "he.xiongan.rongcheng"),
    ("Anxin", "en", "he.xiongan.anxin"),
    ("Xianghe County", "en", "he.langfang.xianghe"),
    ("Sanhe", "en", "he.langfang.sanhe"),
    ("Dachang Hui Autonomous County", "en", "he.langfang.dachang"),
    ("the Three Northern Counties of Langfang", "en", "he.langfang.north3"),
    ("Langfang", "en", "he.langfang"),
    ("Zhangjiakou City", "en", "he.zhangjiakou"),
    ("Shijiazhuang", "en", "he.shijiazhuang"),
    ("Huanghua", "en", "he.cangzhou.huanghua"),
    ("Caofeidian", "en", "he.tangshan.caofeidian"),
    ("Daxing District", "en", "bj.daxing"),
    ("beichen district", "en", "tj.beichen"),
]


@pytest.mark.parametrize(("text", "lang", "ref"), PLACES)
def test_resolve_place_gives_the_gazetteer_id(text: str, lang: str, ref: str) -> None:
    assert resolve_place(text, lang) == ref


@pytest.mark.parametrize(("text", "lang"), [("火星", "zh"), ("Atlantis", "en"), ("和平", "zh"), ("", "en")])
def test_resolve_place_knows_nothing_else(text: str, lang: str) -> None:
    assert resolve_place(text, lang) is None


def test_gazetteer_covers_the_region_with_a_consistent_hierarchy() -> None:
    items = load_profile().data("places")["items"]
    ids = {i["id"] for i in items}
    assert len(ids) == len(items)
    assert all(i["parent"] in ids for i in items if i["parent"])
    assert sum(i["parent"] == "bj" and i["type"] == "district" for i in items) == 16
    assert sum(i["parent"] == "tj" and i["type"] == "district" for i in items) == 16
    assert sum(i["parent"] == "he" and i["type"] == "city" for i in items) == 11
    assert all(i["zh"] and i["en"] for i in items)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("通州与武清、廊坊携手建设通武廊。", ["bj.tongzhou", "tj.wuqing", "he.langfang"]),
        ("滨海新区和雄安新区签署协议。", ["tj.binhai", "he.xiongan"]),
        ("Tongzhou plus Langfang's three northern counties share a plan.", ["bj.tongzhou", "he.langfang.north3"]),
        ("Xiong'an's new town and Hebei Province", ["he.xiongan", "he"]),
    ],
)
def test_entities_marks_places_in_running_text(text: str, refs: list[str]) -> None:
    found = [e.ref for e in find_entities(text) if e.type == "place"]
    assert found == refs


def test_entities_leaves_ordinary_words_that_share_a_district_name() -> None:
    # 和平 (peace) and 河西 alone are words; the districts need their 区
    text = "坚持和平发展，河西走廊风光好。"
    assert [e for e in find_entities(text) if e.type == "place"] == []


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        ("天津市武清区", "zh", "tj.wuqing"),
        ("河北省廊坊市", "zh", "he.langfang"),
        ("廊坊市香河县", "zh", "he.langfang.xianghe"),
        ("Wuqing District, Tianjin", "en", "tj.wuqing"),
        ("Tianjin's Jinghai District", "en", "tj.jinghai"),
        ("Xianghe, Langfang", "en", "he.langfang.xianghe"),
    ],
)
def test_resolve_place_reads_a_place_qualified_by_its_parent(text: str, lang: str, ref: str) -> None:
    assert resolve_place(text, lang) == ref


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        ("滨海-中关村科技园", "zh", "binhai_zgc"),
        ("Binhai-Zhongguancun Science Park", "en", "binhai_zgc"),
        ("宝坻京津中关村科技城", "zh", "baodi_zgc"),
        ("Beijing-Tianjin Zhongguancun science city", "en", "baodi_zgc"),  # case does not matter
    ],
)
def test_resolve_place_also_resolves_platforms(text: str, lang: str, ref: str) -> None:
    assert resolve_place(text, lang) == ref
