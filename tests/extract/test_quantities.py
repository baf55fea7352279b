"""The quantities stage: what it finds in running text, what it leaves out, and how it describes it.

Every sentence here is made up for the test; the real documents are read
from ../shared/corpus at test time only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xietong.extract.quantities import stage
from xietong.model import Document, EntityMention


def found(text: str, lang: str = "zh", date: str | None = None) -> list[tuple[str, float, str]]:
    doc = stage(Document(text, lang=lang, date=date))
    return [(text[q.start:q.end], round(q.value, 6), q.unit) for q in doc.quantities]


def one(text: str, lang: str = "zh", date: str | None = None):  # type: ignore[no-untyped-def]
    doc = stage(Document(text, lang=lang, date=date))
    assert len(doc.quantities) == 1, [text[q.start:q.end] for q in doc.quantities]
    return doc.quantities[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic digits, separators, full-width forms
        ("今年新建公园128个。", [("128个", 128, "count")]),
        ("全区注册企业12,560家。", [("12,560家", 12560, "count")]),
        ("新增学位１２３个。", [("１２３个", 123, "count")]),
        ("累计发放补贴１，２３４元。", [("１，２３４元", 1234, "yuan")]),
        ("合格率为９８．５％。", [("９８．５％", 98.5, "percent")]),
        # Chinese numerals
        ("共建成二十个公园。", [("二十个", 20, "count")]),
        ("招聘两千三百人。", [("两千三百人", 2300, "person")]),
        ("培训一万二千人次。", [("一万二千人次", 12000, "person_time")]),
        ("新建学校十五所。", [("十五所", 15, "count")]),
        ("先后两次到基层调研。", [("两次", 2, "count")]),
        # multipliers and mixed forms
        ("吞吐量首次突破2000万标准箱。", [("2000万标准箱", 2e7, "teu")]),
        ("建成高标准农田1.6万亩。", [("1.6万亩", 16000, "mu")]),
        ("帮扶困难群众3万余人。", [("3万余人", 30000, "person")]),
        ("吸引游客2000多万人次。", [("2000多万人次", 2e7, "person_time")]),
        ("实现营业收入5.2万亿元。", [("5.2万亿元", 5.2e12, "yuan")]),
        ("一般公共预算收入达到996亿元。", [("996亿元", 9.96e10, "yuan")]),
        ("实际使用外资40亿美元。", [("40亿美元", 4e9, "usd")]),
        ("带动社会投资超千亿元。", [("千亿元", 1e11, "yuan")]),
        ("打造两个千亿级产业集群。", [("千亿级", 1e11, "yuan")]),
        ("服务企业千余家。", [("千余家", 1000, "count")]),
        ("经济总量迈上6万亿台阶。", [("6万亿", 6e12, "yuan")]),
        ("近万人参加活动。", [("万人", 10000, "person")]),
        # shares, points and multiples
        ("研发投入占比达到百分之四十。", [("百分之四十", 40, "percent")]),
        ("失业率为4.5%。", [("4.5%", 4.5, "percent")]),
        ("增速比上年提高0.6个百分点。", [("0.6个百分点", 0.6, "pp")]),
        ("产量是十年前的1.9倍。", [("1.9倍", 1.9, "times")]),
        ("人口自然增长率为6.5‰。", [("6.5‰", 0.65, "percent")]),
        ("近八成企业实现盈利。", [("八成", 80, "percent")]),
        ("新增院士占全国近一半。", [("一半", 50, "percent")]),
        ("人均收入比十年前翻一番。", [("翻一番", 2, "times")]),
        # physical measures
        ("新建绿道1000公里。", [("1000公里", 1000, "km")]),
        ("湿地保护面积达到875平方公里。", [("875平方公里", 875, "km2")]),
        ("改造老旧小区940万平方米。", [("940万平方米", 9.4e6, "m2")]),
        ("造林面积2.3万公顷。", [("2.3万公顷", 23000, "hectare")]),
        ("压减地下水开采量5亿立方米。", [("5亿立方米", 5e8, "m3")]),
        ("细颗粒物浓度降至31微克/立方米。", [("31微克/立方米", 31, "ug_m3")]),
        ("外调绿电450亿千瓦时。", [("450亿千瓦时", 4.5e10, "kwh")]),
        ("新增光伏装机300万千瓦。", [("300万千瓦", 3e9, "w")]),
        ("蔬菜产量稳定在200万吨左右。", [("200万吨", 2e6, "tonne")]),
        # time spans that are measured facts
        ("人均预期寿命达到82.5岁。", [("82.5岁", 82.5, "year")]),
        ("空气质量优良天数达到281天。", [("281天", 281, "day")]),
        ("通勤时间缩短至45分钟。", [("45分钟", 45, "minute")]),
        ("高铁2小时可达。", [("2小时", 2, "hour")]),
        ("连续五年保持全国第一。", [("五年", 5, "year")]),
        ("医院提前两周放号。", [("两周", 14, "day")]),
        ("工期压缩了6个月。", [("6个月", 6, "month")]),
        # people and households
        ("城镇新增就业28万人。", [("28万人", 280000, "person")]),
        ("新当选院士7名。", [("7名", 7, "person")]),
        ("完成退租2006户。", [("2006户", 2006, "household")]),
        # ranges and from-to give two quantities
        ("增长4.5%至5%。", [("4.5%", 4.5, "percent"), ("5%", 5, "percent")]),
        ("年产1.6万—2万吨。", [("1.6万", 16000, "tonne"), ("2万吨", 20000, "tonne")]),
        ("绿色出行比例从75.6%提升到76.5%。", [("75.6%", 75.6, "percent"), ("76.5%", 76.5, "percent")]),
        ("建设20至30个示范村。", [("20", 20, "count"), ("30个", 30, "count")]),
        ("年产3—5万吨", [("3", 30000, "tonne"), ("5万吨", 50000, "tonne")]),
        ("全年增长4.5%—5%", [("4.5%", 4.5, "percent"), ("5%", 5, "percent")]),
        # fractions
        ("约三分之一的企业完成改造。", [("三分之一", 33.3333, "percent")]),
        ("事故率控制在千分之五以内。", [("千分之五", 0.5, "percent")]),
        ("新增就业占全省1/8以上。", [("1/8", 12.5, "percent")]),
        ("2/3的社区建成养老驿站。", [("2/3", 66.6667, "percent")]),
        # a bare 万亿/千亿 after a cue, with no unit, is money
        ("海洋产业产值突破万亿，", [("万亿", 1e12, "yuan")]),
        ("外贸总额首次破千亿。", [("千亿", 1e11, "yuan")]),
        # 一 is a number before a multiple or a share
        ("宽带用户增长一倍。", [("一倍", 1, "times")]),
        ("库存下降一成。", [("一成", 10, "percent")]),
        # more measure words
        ("新装路灯300盏，铺设管线2万根。", [("300盏", 300, "count"), ("2万根", 20000, "count")]),
        ("港口完成集装箱吞吐量120万标箱。", [("120万标箱", 1.2e6, "teu")]),
        # people counted without a measure word
        ("保障65万困难群众基本生活。", [("65万", 650000, "person")]),
        ("帮扶2000多农村留守儿童。", [("2000多", 2000, "person")]),
    ],
)
def test_quantities_reads_chinese_amounts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年5月31日召开全体会议。",  # dates
        "会议于16:30开始。",  # time of day
        "二〇三五年基本实现现代化。",  # a year in Chinese numerals
        "第三次全体会议审议通过了决定。",  # ordinal
        "市委十二届三次全会召开。",  # session labels
        "坚持“一基地三区”功能定位。",  # slogan in quotes
        "深入实施871工程。",  # programme name
        "编制“十四五”规划，谋划十五五时期发展。",  # plan labels
        "学习贯彻党的二十大精神。",  # congress label
        "加快5G基站建设，PM2.5浓度持续下降。",  # alphanumeric tokens
        "1、加快建设。（一）提高质量。一是稳增长。",  # enumerators
        "过去五年，成绩来之不易。",  # the report's own span
        "五年来，我们砥砺奋进。",  # the report's own span
        "落实中央八项规定精神。",  # a rule's name
        "用好两个市场两种资源。",  # a fixed expression
        "实施三年攻坚行动。",  # a programme
        "实施十条支持措施。",  # a policy package
        "统一思想，一体推进。",  # 一 inside words
        "每万人口拥有量明显提升。",  # a per-unit rate
        "万元地区生产总值能耗下降。",  # a denominator
        "出台《2024年重点工作方案》。",  # a title
        "这是极不平凡的五年。",  # the period itself
        "吸引数十家企业入驻，二三十个项目落地。",  # vague amounts
        "完成投资（亿元）",  # a column's unit
        "5月1日起施行，有效期至2030年。",  # dates
        "开工亿元以上项目。",  # a class of projects
        "增加3岁以下婴幼儿托位。",  # an age threshold
        "优化三次产业结构。",  # the three sectors of the economy
        "编制第十四个五年规划。",  # plan
        "打造1小时通勤圈和15分钟便民生活圈。",  # named zones
        "推出助企纾困20条举措。",  # a policy package in digits
        "成本统一成为企业关注点。",  # 一成 inside words
        "日期写作2025/3/8。",  # a date with slashes, not a fraction
        "温度均破亿度。",  # a bare 亿 before another unit is not money
        "建成30万吨级航道和万吨级泊位。",  # a class of vessel or berth
        "出台29项稳增长政策。",  # a policy package
        "分3批推出210项支持民营企业发展壮大的政策和举措。",  # a long-named policy package
        "拨打12345热线咨询工作人员。",  # a hotline number before a noun of people
    ],
)
def test_quantities_leaves_out_dates_labels_and_enumerators_in_chinese(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port handled 20 million TEUs last year.", [("20 million TEUs", 2e7, "teu")]),
        ("Per capita income reached 47,449 yuan.", [("47,449 yuan", 47449, "yuan")]),
        ("Income grew by 6.8% a year.", [("6.8%", 6.8, "percent")]),
        ("Exports rose 4 percent.", [("4 percent", 4, "percent")]),
        ("The rate fell 0.5 percentage points.", [("0.5 percentage points", 0.5, "pp")]),
        ("Output was 1.9 times the 2015 level.", [("1.9 times", 1.9, "times")]),
        ("The fund holds 100 billion yuan.", [("100 billion yuan", 1e11, "yuan")]),
        ("Total spending is CNY 10.4 trillion.", [("CNY 10.4 trillion", 1.04e13, "yuan")]),
        ("The firm invested US$5 million.", [("US$5 million", 5e6, "usd")]),
        ("Trade reached 3 billion US dollars.", [("3 billion US dollars", 3e9, "usd")]),
        ("Some 3.356 million people left poverty.", [("3.356 million people", 3356000, "person")]),
        ("The city renovated 1.6 million square meters of housing.",
         [("1.6 million square meters", 1.6e6, "m2")]),
        ("The wetland covers 875 square kilometers.", [("875 square kilometers", 875, "km2")]),
        ("Crews repaired 153 kilometers of coast.", [("153 kilometers", 153, "km")]),
        ("The farm plants 23,000 mu of forest.", [("23,000 mu", 23000, "mu")]),
        ("The reserve spans 75,000 hectares.", [("75,000 hectares", 75000, "hectare")]),
        ("Grain output stayed above 650 million tonnes.", [("650 million tonnes", 6.5e8, "tonne")]),
        ("The density was 39 micrograms/cubic meter.", [("39 micrograms/cubic meter", 39, "ug_m3")]),
        ("Life expectancy is 82.03 years.", [("82.03 years", 82.03, "year")]),
        ("The trip takes 41 minutes by rail.", [("41 minutes", 41, "minute")]),
        ("The plant produced 2 billion kilowatt-hours.", [("2 billion kilowatt-hours", 2e9, "kwh")]),
        ("The work took twenty-three days.", [("twenty-three days", 23, "day")]),
        ("The city opened 16 new libraries.", [("16 new libraries", 16, "count")]),
        ("We recruited 1000 full-time village workers.", [("1000 full-time village workers", 1000, "person")]),
        ("They built 640 rural household toilets.", [("640 rural household toilets", 640, "count")]),
        ("The four-day meeting closed.", [("four-day", 4, "day")]),
        ("GDP will cross the 90-trillion-yuan mark.", [("90-trillion-yuan", 9e13, "yuan")]),
        ("Saihanba was planted over half a century.", [("half a century", 50, "year")]),
        ("The belt holds about half of the population.", [("half", 50, "percent")]),
        ("Output rose for three consecutive years.", [("three consecutive years", 3, "year")]),
        ("Seven officials spoke at the forum.", [("Seven officials", 7, "person")]),
        ("The band consists of 11 provinces and municipalities.",
         [("11 provinces", 11, "count")]),
        ("The number of clean-air days grew from 220 to 250.", [("220", 220, "day"), ("250", 250, "day")]),
        ("Concentration fell from 60 to 40 micrograms per cubic meter.",
         [("60", 60, "ug_m3"), ("40 micrograms per cubic meter", 40, "ug_m3")]),
        ("Registered startups have exceeded 8000.", [("8000", 8000, "count")]),
        ("Of those firms, 120 of the country's 500 largest groups joined.", [("120", 120, "count")]),
        ("Output will reach 4 to 5 million tonnes.", [("4", 4e6, "tonne"), ("5 million tonnes", 5e6, "tonne")]),
        ("The new line cuts the trip to one hour.", [("one hour", 1, "hour")]),
        ("A 1.2-million-square-meter park opened.", [("1.2-million-square-meter", 1.2e6, "m2")]),
        ("Growth is expected at 3-4 percent", [("3", 3, "percent"), ("4 percent", 4, "percent")]),
        # fractions: shares before "of", or a fraction of a unit
        ("A third of the villages joined.", [("A third", 33.333333, "percent")]),
        ("Two-thirds of the firms export.", [("Two-thirds", 66.666667, "percent")]),
        ("A ride costs half yuan per stop.", [("half yuan", 0.5, "yuan")]),
        ("The queue took half an hour.", [("half an hour", 0.5, "hour")]),
        # pct is percent
        ("Sales rose 4.2 pct.", [("4.2 pct", 4.2, "percent")]),
        # trips of people are person-times; trips that vehicles make are counts
        ("Visitors made 12 million trips.", [("12 million trips", 1.2e7, "person_time")]),
        ("Cargo trains made 4,020 trips last year.", [("4,020 trips", 4020, "count")]),
        # a code inside the noun phrase, and "more" meaning additional
        ("The city has 80,000 5G base stations.", [("80,000 5G base stations", 80000, "count")]),
        ("The park created 2,400 more jobs.", [("2,400 more jobs", 2400, "count")]),
        # people: plurals in -men, more nouns of people, and a population's bare number
        ("The bureau hired 35 fishermen.", [("35 fishermen", 35, "person")]),
        ("The market hosts 800 vendors.", [("800 vendors", 800, "person")]),
        ("The county has a population of about 52,000.", [("52,000", 52000, "person")]),
        ("The resident population stood at 3.2 million.", [("3.2 million", 3.2e6, "person")]),
        # visits that ships make are counted; a share written with a slash
        ("The harbor logged 310 visits by cargo ships.", [("310 visits", 310, "count")]),
        ("Forests cover 3/5 of the county.", [("3/5", 60, "percent")]),
        # a total named with "all of the" is an amount; "the number of" names the noun of a later number
        ("All of the 52,000 registered jobless residents found work.",
         [("52,000 registered jobless residents", 52000, "person")]),
        ("The number of river ferries crossing at the town, a busy hub, has exceeded 400.",
         [("400", 400, "count")]),
    ],
)
def test_quantities_reads_english_amounts(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held on May 31, 2023.",  # dates
        "It opened at 10:00 a.m.",  # time of day
        "The 12th session and the 20th National Congress met.",  # ordinals
        "We will implement the \"Ten Actions\" in full.",  # a quoted programme
        "The 14th Five-Year Plan guides the work.",  # plan label
        "Over the past five years, the city changed.",  # the report's own span
        "The five years since the last congress were hard.",  # the report's own span
        "5G networks cover the city and PM2.5 fell.",  # alphanumeric tokens
        "Firms among the top 500 enterprises invested.",  # a ranking label
        "Services reach the three northern counties.",  # a known group
        "We uphold the 'two safeguards' firmly.",  # a slogan in quotes
        "7. Deepen reform in key areas.",  # enumerator
        "In the first half of the year, work went well.",  # a period, not a share
        "Everyone joined in one way or another.",  # one as a word
        "The 10-year fishing ban continues.",  # a programme
        "COVID-19 measures ended in 2022.",  # a name and a year
        "In the first three quarters, trade grew.",  # a period of the report
        "The fund was set up 10 years ago.",  # a point in time
        "The 1-hour commuting circle links the towns.",  # a named zone
        "Sales grew 300 more than planned.",  # "more than" is a comparison, not a noun
        "Each pit is 60 centimeters deep and 400 meters from the road.",  # lengths describing an object
        "We will carry out the 12 key initiatives on clean air.",  # a named group
        "The plan was adopted on 9/11 and runs 24/7.",  # slashes in dates and phrases
    ],
)
def test_quantities_leaves_out_dates_labels_and_enumerators_in_english(text: str) -> None:
    assert found(text, "en") == []


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("吞吐量超过2000万标准箱。", "超过"),
        ("引进企业约400家。", "约"),
        ("建成公园5000余个。", "余"),
        ("覆盖率达到90%以上。", "以上"),
        ("增长5%左右。", "左右"),
        ("接待游客30余万人次。", "余"),
    ],
)
def test_quantities_keeps_approximate_markers_out_of_the_value(text: str, approx: str) -> None:
    q = one(text)
    assert q.approx == approx
    assert approx not in text[q.start:q.end] or approx in "余多"


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Investment reached more than 50 million yuan.", "more than"),
        ("The park covers nearly 80% of the area.", "nearly"),
        ("Some 300 firms moved in, about 40 percent of them new.", "some"),
    ],
)
def test_quantities_records_english_qualifiers(text: str, approx: str) -> None:
    doc = stage(Document(text, lang="en"))
    assert doc.quantities[0].approx == approx


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("力争到2027年建成绿道500公里。", "zh", "target"),
        ("预期目标为增长5%左右。", "zh", "target"),
        ("去年全市新建绿道300公里。", "zh", "actual"),
        ("地区生产总值同比增长5.4%。", "zh", "change"),
        ("产量是上年的1.5倍。", "zh", "change"),
        ("We will build 20 new schools.", "en", "target"),
        ("Exports increased by 12%.", "en", "change"),
        ("The city has 1700 elderly canteens.", "en", "actual"),
    ],
)
def test_quantities_tells_targets_changes_and_levels_apart(text: str, lang: str, kind: str) -> None:
    assert one(text, lang).kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "date", "year"),
    [
        ("2024年新建公园50个。", "zh", None, 2024),
        ("今年新建公园50个。", "zh", "2023-06-04", 2023),
        ("去年新建公园50个。", "zh", "2023-06-04", 2022),
        ("今年新建公园50个。", "zh", None, None),
        ("In 2021 the city built 50 parks.", "en", None, 2021),
        ("This year the city will build 50 parks.", "en", "2024-03-05", 2024),
        ("The city built 50 parks.", "en", "2024-03-05", None),
    ],
)
def test_quantities_resolves_the_year_a_value_refers_to(text: str, lang: str, date: str | None,
                                                        year: int | None) -> None:
    assert one(text, lang, date).year == year


@pytest.mark.parametrize(
    ("text", "lang", "metric"),
    [
        ("居民人均可支配收入达到47449元。", "zh", "居民人均可支配收入"),
        ("开通3条地铁新线。", "zh", "开通地铁新线"),
        ("Annual container throughput reached 20 million TEUs.", "en", "Annual container throughput"),
        ("The city opened 16 public libraries.", "en", "public libraries"),
    ],
)
def test_quantities_names_the_metric_in_the_documents_language(text: str, lang: str, metric: str) -> None:
    assert one(text, lang).metric == metric


@pytest.mark.parametrize("etype", ["slogan", "platform", "org", "place"])
def test_quantities_skips_numbers_inside_entities(etype: str) -> None:
    text = "加入103个孵化器联盟，新建公园30个。"
    assert len(stage(Document(text)).quantities) == 2
    doc = Document(text, entities=[EntityMention(2, 11, etype, text[2:11])])
    assert [text[q.start:q.end] for q in stage(doc).quantities] == ["30个"]


def test_quantities_ignores_entities_of_other_types() -> None:
    doc = Document("新建公园30个。", entities=[EntityMention(4, 7, "person", "30个")])
    assert len(stage(doc).quantities) == 1


@pytest.mark.parametrize(
    ("zh_text", "en_text"),
    [
        ("天津港年吞吐量2000万标准箱。", "Tianjin Port handles 20 million TEUs a year."),
        ("湿地面积875平方公里。", "Wetlands cover 875 square kilometers."),
        ("居民收入增长6.8%。", "Residents' income grew 6.8%."),
        ("新增就业220万人。", "New jobs reached 2.2 million people."),
        ("拟发行国债1.3万亿元。", "Bonds worth 1.3 trillion yuan will be issued."),
        ("高标准实施20项民心工程。", "Carry out 20 livelihood projects to a high standard."),
    ],
)
def test_quantities_normalises_a_fact_alike_in_both_languages(zh_text: str, en_text: str) -> None:
    a, b = one(zh_text, "zh"), one(en_text, "en")
    assert (a.value, a.unit) == (b.value, b.unit)


def test_quantities_offsets_point_into_the_text_unchanged() -> None:
    text = "一、总体情况\n全年新增就业岗位１２万个，增长５％。"
    doc = stage(Document(text))
    assert [text[q.start:q.end] for q in doc.quantities] == ["１２万个", "５％"]


def _gold_pairs(eval_dir: Path) -> list[tuple[dict, dict]]:  # type: ignore[type-arg]
    out = []
    for path in sorted((eval_dir / "gold").glob("*/alignment-*.json")):
        pair = json.loads(path.read_text(encoding="utf-8"))
        folder = path.parent
        docs = {}
        for g in folder.glob("*.json"):
            data = json.loads(g.read_text(encoding="utf-8"))
            if "quantities" in data:
                docs[data["path"]] = data
        if pair["a"] in docs and pair["b"] in docs:
            out.append((docs[pair["a"]], docs[pair["b"]]))
    return out


@pytest.mark.corpus
def test_quantities_normalise_translated_facts_alike_on_the_real_corpus(corpus: Path) -> None:
    """For each translated pair of documents, every (value, unit) of gold found in both is found in both."""
    pairs = _gold_pairs(corpus.parent / "eval")
    assert pairs
    for a, b in pairs:
        shared = {(g["value"], g["unit"]) for g in a["quantities"]} & {(g["value"], g["unit"]) for g in b["quantities"]}
        assert shared
        found_sets = []
        for gold in (a, b):
            folder = "seeds" if (corpus / "seeds" / gold["path"]).exists() else "extra"
            text = (corpus / folder / gold["path"]).read_text(encoding="utf-8").lstrip("\ufeff")
            doc = stage(Document(text, lang=gold["lang"], date=gold.get("date")))
            found_sets.append({(round(q.value, 6), q.unit) for q in doc.quantities})
        for value, unit in shared:
            assert (round(float(value), 6), unit) in found_sets[0] & found_sets[1]


@pytest.mark.corpus
def test_quantities_find_most_gold_quantities_of_the_seeds(corpus: Path) -> None:
    """A floor, not the gate: strict recall on the seed gold stays above 0.9."""
    hit = total = 0
    for path in sorted((corpus.parent / "eval" / "gold" / "seeds").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "quantities" not in gold:
            continue
        text = (corpus / "seeds" / gold["path"]).read_text(encoding="utf-8").lstrip("\ufeff")
        doc = stage(Document(text, lang=gold["lang"], date=gold.get("date")))
        for g in gold["quantities"]:
            total += 1
            hit += any(q.start < g["end"] and g["start"] < q.end and q.unit == g["unit"]
                       and abs(q.value - g["value"]) <= 0.005 * abs(g["value"]) for q in doc.quantities)
    assert total and hit / total >= 0.9
