"""What a found quantity is about: its metric, its kind and its year (GUIDELINES §2).

Every sentence here is made up for the test.  A metric is checked whole where
the rule fixes it and by a required part where only the head of the phrase
matters.
"""

from __future__ import annotations

import pytest

from xietong.extract.quantities import stage
from xietong.model import Document, Quantity


def quantity(text: str, number: str, lang: str = "zh", date: str | None = None) -> Quantity:
    """The quantity of ``text`` whose span starts with ``number``."""
    doc = stage(Document(text, lang=lang, date=date))
    hits = [q for q in doc.quantities if text[q.start:q.end].startswith(number)]
    assert len(hits) == 1, [text[q.start:q.end] for q in doc.quantities]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        # the subject before the verb, with the verb of a change kept
        ("全市粮食总产量达到760万吨。", "760", "全市粮食总产量"),
        ("一般公共预算收入增长4.8%。", "4.8", "一般公共预算收入增长"),
        ("居民人均可支配收入实际增长4.4%。", "4.4", "居民人均可支配收入实际增长"),
        # a clause opening with its verb borrows the subject of the clause before
        ("全市地区生产总值5.2万亿元、增长5.4%。", "5.4", "全市地区生产总值增长"),
        ("全市地区生产总值增长5.4%、高于全国0.4个百分点。", "0.4", "全市地区生产总值高于全国"),
        ("细颗粒物年均浓度27微克/立方米、下降11.5%。", "11.5", "细颗粒物年均浓度下降"),
        # connectives and time words at the start are not part of it
        ("其中，新能源汽车产量达到70万辆。", "70", "新能源汽车产量"),
        ("全年新增城镇就业30万人。", "30", "新增城镇就业"),
        ("2024年全市绿色电力占比36%。", "36", "全市绿色电力占比"),
        # a bracketed note and a name with digits do not cut the phrase
        ("细颗粒物（PM2.5）年均浓度降至30微克/立方米。", "30", "细颗粒物年均浓度"),
        ("PM2.5年均浓度降至30微克/立方米。", "30", "PM2.5年均浓度"),
        ("全市建成5G基站3万个。", "3", "全市建成5G基站"),
        # the counted noun after the measure word
        ("开通3条地铁新线，新建绿道80公里。", "3", "开通地铁新线"),
        ("开通3条地铁新线，新建绿道80公里。", "80", "新建绿道"),
        ("累计推出“一网通办”重点事项119个。", "119", "累计推出“一网通办”重点事项"),
    ],
)
def test_metric_reads_the_chinese_noun_phrase(text: str, number: str, metric: str) -> None:
    assert quantity(text, number).metric == metric


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        # the subject before the clause's verb
        ("Cargo throughput reached 490 million tonnes.", "490", "Cargo throughput"),
        ("And the average life expectancy in the city has reached 80 years.", "80",
         "average life expectancy in the city"),
        ("The deficit-to-GDP ratio for this year is set at 3 percent.", "3", "deficit-to-GDP ratio"),
        # "X of N" and "N of X"
        ("The city keeps an annual investment intensity of 100 billion yuan.", "100",
         "annual investment intensity"),
        ("A relief fund of 50 billion yuan will be created.", "50", "relief fund"),
        ("We will issue 500 billion yuan of special bonds.", "500", "special bonds"),
        ("More than 60 percent of the cargo is shipped by rail.", "60", "share of cargo"),
        # a change names what changed
        ("Retail sales rose by 5% last year.", "5", "increase in Retail sales"),
        ("Pensions for retirees will be raised by 20 yuan per month.", "20", "increase in Pensions for retirees"),
        ("Exports reached 3 billion yuan, up 7% year on year.", "7", "increase in Exports"),
        ("The deficit will be 500 billion yuan, 100 billion yuan more than last year.", "100",
         "increase in deficit"),
        ("Income reached 4000 yuan, with an average annual growth rate of 7.2%.", "7.2",
         "average annual growth rate of Income"),
        # the counted noun with the words that say which
        ("The city opened 16 public libraries.", "16", "public libraries"),
        ("The zone had 38 pilot practices replicated nationwide.", "38", "pilot practices replicated nationwide"),
        ("About 1,200 firms have moved from the capital to Hebei.", "1,200", "firms moved from the capital to Hebei"),
    ],
)
def test_metric_reads_the_english_noun_phrase(text: str, number: str, metric: str) -> None:
    assert quantity(text, number, "en").metric == metric


@pytest.mark.parametrize(
    ("text", "number", "lang", "date", "kind"),
    [
        # goals, also without a goal word in a section planning the document's year
        ("今年主要预期目标是：地区生产总值增长5%左右。", "5", "zh", "2026-01-20", "target"),
        ("一、2026年重点工作\n新建口袋公园60个。", "60", "zh", "2026-01-20", "target"),
        ("A total of 300 billion yuan of bonds will be issued.", "300", "en", None, "target"),
        ("By 2030, the city aims to plant 1,000 hectares of forest.", "1,000", "en", "2026-01-20", "target"),
        # a deadline already past is a level reached
        ("到2020年，人均预期寿命提高到80岁。", "80", "zh", "2026-01-20", "actual"),
        ("到2030年，人均预期寿命提高到83岁。", "83", "zh", "2026-01-20", "target"),
        # a difference against a base or an amount of change stays a change inside a goal
        ("今年赤字规模拟为1.2万亿元、比上年增加500亿元。", "500", "zh", "2026-01-20", "change"),
        ("Pensions will be raised by 20 yuan per month.", "20", "en", None, "change"),
        # growth, a level reached after a change verb, a list read as one
        ("出口额和进口额分别增长4.5%、5%。", "5%", "zh", None, "change"),
        ("The share of clean power rose by 3 percentage points to 48%.", "48", "en", None, "actual"),
        ("细颗粒物年均浓度下降至30微克/立方米。", "30", "zh", None, "actual"),
        ("Clearance time was cut to 30 hours and 2 hours respectively.", "2 hours", "en", None, "actual"),
        ("The concentration fell from 69 micrograms/cubic meter to 39.", "69", "en", None, "actual"),
        ("GDP grew 5 percent year on year to 4 trillion yuan.", "4", "en", None, "actual"),
        ("With an average annual growth rate of 6.8%, income kept rising.", "6.8", "en", None, "change"),
        # a statement of fact after a semicolon keeps its own tense
        ("Output is expected to grow; 55 million people left poverty behind.", "55", "en", None,
         "actual"),
    ],
)
def test_kind_tells_targets_changes_and_levels_apart(text: str, number: str, lang: str, date: str | None,
                                                     kind: str) -> None:
    assert quantity(text, number, lang, date).kind == kind


@pytest.mark.parametrize(
    ("text", "number", "lang", "date", "year"),
    [
        # a stated year, the nearest before the number; a comparison base does not count
        ("2025年，全市地区生产总值比2020年增长12%。", "12", "zh", None, 2025),
        ("地区生产总值比上年增长5%。", "5", "zh", "2026-01-20", None),
        ("Exports grew 5% over last year.", "5", "en", "2026-01-20", None),
        ("Exports grew 5% in 2025.", "5", "en", None, 2025),
        ("该项目总投资36亿元，计划2027年投入运营。", "36", "zh", None, None),
        # relative years with the document date
        ("过去一年，全市新建公园50个。", "50", "zh", "2026-01-20", 2025),
        ("明年将新建公园50个。", "50", "zh", "2026-01-20", 2027),
        ("Last year the city built 50 parks.", "50", "en", "2026-01-20", 2025),
        # a year opening the paragraph or heading the section
        ("刚刚过去的2025年，我们攻坚克难。全市新建公园50个。", "50", "zh", "2026-01-20", 2025),
        ("一、2025年工作回顾\n全市新建公园50个。\n二、2026年重点工作\n新建公园60个。", "50", "zh",
         "2026-01-20", 2025),
        ("一、2025年工作回顾\n全市新建公园50个。\n二、2026年重点工作\n新建公园60个。", "60", "zh",
         "2026-01-20", 2026),
        # a subsection keeps the year of its section; a heading without one ends it
        ("一、2025年工作回顾\n（一）生态建设\n全市新建公园50个。", "50", "zh", None, 2025),
        ("一、2025年工作回顾\n二、五年来的成就\n全市新建公园50个。", "50", "zh", None, None),
        # a span of years has no single year, nor has a date line for a heading
        ("一、2025年工作回顾\n“十四五”时期，全市新建公园500个。", "500", "zh", None, None),
        ("Annual report\n(March 5, 2024)\nThe city built 50 parks.", "50", "en", None, None),
    ],
)
def test_year_is_the_year_the_value_refers_to(text: str, number: str, lang: str, date: str | None,
                                              year: int | None) -> None:
    assert quantity(text, number, lang, date).year == year
