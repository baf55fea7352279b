"""Metadata of a document: language, date (GUIDELINES.md §1), title, source outlet, jurisdictions."""

from __future__ import annotations

import pytest

from xietong.ingest.metadata import detect_lang, document_date, find_jurisdictions, find_source, find_title


@pytest.mark.parametrize(("text", "lang"), [
    ("京津冀协同发展取得新进展。", "zh"),
    ("Tianjin Port handled 23.29 million TEUs.", "en"),
    ("天津港（Tianjin Port）集装箱吞吐量增长5%，海铁联运量再创新高。", "zh"),  # a name in brackets
    ("The plan names 雄安新区 (Xiong'an New Area) as a priority for the coming years.", "en"),
    ("PM2.5 2024 30.5", "en"),
    ("", "en"),
])
def test_detect_lang_weighs_chinese_words_against_latin_words(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(("text", "date"), [
    # a publication line wins over the event, and over the date a speech was delivered
    ("会议纪要\n2025-06-05 10:00 来源：北京市生态环境局\n6月4日，三地召开会议。", "2025-06-05"),
    ("报告\n——2026年1月25日在市人民代表大会上\n来源：北京日报\n时间：2026-02-02\n各位代表：", "2026-02-02"),
    ("Report\n(June 16, 2022)\nArticle source: Tianjin Daily Release time: June 27th, 2022 17:17\nText.", "2022-06-27"),
    ("关于印发工作方案的通知\n成文日期：2023年05月30日\n发布日期：2023年06月04日", "2023-06-04"),
    ("关于印发工作方案的通知\n成文日期：2023年05月30日\n各区人民政府：", "2023-05-30"),
    # a publication timestamp printed after the agency credit
    ("Title\n( Xinhua ) 09:40, March 3, 2021\nHANGZHOU, March 2 (Xinhua) -- A forum on ports opened on March 1, 2021.",
     "2021-03-03"),
    # no publication line: the dateline, its year from elsewhere in the document
    ("2025年雄安新区项目开工\n本报石家庄4月1日电 新区今天举行开工活动。", "2025-04-01"),
    ("BEIJING, Oct. 29 (Xinhua) -- The session adopted proposals for 2021-2025 and the year 2020.", "2020-10-29"),
    # no dateline: the speech's date line, then the event of the lede
    ("工作报告\n（2025年2月18日）\n同志们：", "2025-02-18"),
    ("On May 13, 2023, the committee met in an enlarged session.", "2023-05-13"),
    ("5月31日，全会召开。全会总结了2023年上半年工作。", "2023-05-31"),
    # a date line of the header wins over the dateline of the story
    ("晚间新闻 文字版 2024-04-15\n港口吞吐量创新高\n本报天津4月14日电 记者报道，港口吞吐量增长。", "2024-04-15"),
    # a page that lost its line breaks: the credited timestamp, not the dateline
    ("Ports grow ( Xinhua ) 10:05, April 16, 2024 TIANJIN, April 15 (Xinhua) -- " + "Cargo grew. " * 20, "2024-04-16"),
    # a year-less date takes no year from another paragraph, a "since" year or a copyright line
    ("4月15日晚，发布会召开。\n" + "发言人介绍了有关情况。" * 10 + "\n1998年，他第一次来到天津。", None),
    ("4月15日，三地签署协议。自2014年以来，三地合作不断深化。", None),
    # ... but a year the document prints again and again is its own
    ("TIANJIN, April 15 (Xinhua) -- " + "Ports grew. " * 8 + "\nIn 2019 cargo rose. " + "Ships came. " * 8
     + "\nIn 2024 it rose more, and the year 2024 set a record.", "2024-04-15"),
    ("4月15日，三地签署协议。\n© 2024 某某网", None),
    # no year printed anywhere, or no day: null
    ("On May 31, the committee met for its plenary session.", None),
    ("5月31日，全会召开，提出到2035年的目标。", None),  # a target year is not the year of the event
    ("今年赤字率拟按4%左右安排。四、2026年政府工作任务", None),
    ("We will continue to implement a more proactive fiscal policy.", None),
    ("", None),
])
def test_document_date_prefers_publication_then_dateline_then_delivery_then_event(text: str,
                                                                                   date: str | None) -> None:
    assert document_date(text) == date


def test_document_date_ignores_dates_deep_in_the_history_of_a_report() -> None:
    text = "各位代表：\n" + "过去一年，我们坚持稳中求进。" * 100 + "\n2025年7月1日起施行新条例。"
    assert document_date(text) is None


@pytest.mark.parametrize(("text", "title"), [
    ("2026年北京市政府工作报告\n——2026年1月25日在会议上\n来源：北京日报", "2026年北京市政府工作报告"),
    ("新华网天津 > 正文\n2023 06/04 16:01:52来源: 天津日报\n\n中共天津市委全会召开\n\n字体:", "中共天津市委全会召开"),
    ("Follow | The Plenary Session of the Municipal Committee Held\n\nOn May 31, it was held.",
     "The Plenary Session of the Municipal Committee Held"),
    ("首页 | 新闻 | 政务\n分享到:\n雄安新区项目集中开工\n正文第一段。", "雄安新区项目集中开工"),
    ("2023-05-14 10:00\nOn the morning of May 13, the Standing Committee held a long meeting and decided things.", None),
    ("我们将坚持稳中求进，用好各项政策，形成合力。", None),
    ("", None),
])
def test_find_title_takes_the_first_heading_line_that_is_not_navigation(text: str, title: str | None) -> None:
    assert find_title(text) == title


@pytest.mark.parametrize(("text", "source"), [
    ("标题\n来源：天津日报\n时间：2026-02-03", "天津日报"),
    ("2023 06/04 16:01:52来源: 天津日报", "天津日报"),
    ("Article source: Tianjin Daily Release time: June 27th, 2022", "天津日报"),
    ("Published: Jan. 5, 2025  Source: Beijing Daily", "北京日报"),
    ("Title\n( Xinhua ) 08:20, October 30, 2020\nThe Communist Party of China (CPC) met.", "新华社"),
    ("新华网天津 > 正文\n中共天津市委全会召开", "新华网"),
    ("标题\n来源：北京市生态环境局  时间：2025-06-05", "北京市生态环境局"),  # not in the table: as printed
    ("来源：滨海时报 作者：张三", "滨海时报"),
    ("Source: Tianjin Municipal Bureau of Statistics | Editor: Li Ming", "Tianjin Municipal Bureau of Statistics"),
    ("正文第一段，没有来源。", None),
    ("项目资金来源：市级财政拨款。", None),
])
def test_find_source_normalises_the_outlet(text: str, source: str | None) -> None:
    assert find_source(text) == source


@pytest.mark.parametrize(("text", "expected"), [
    ("天津港服务京津冀，天津滨海新区与北京中关村合作，天津再添新动能。", ["tianjin", "beijing"]),  # hebei once
    ("京津冀协同发展，京津冀交通一体化，京津冀生态共治。", ["beijing", "hebei", "tianjin"]),
    ("河北雄安新区建设提速，保定、廊坊承接北京非首都功能。", ["hebei", "beijing"]),
    ("天津市河北区召开会议，河北区领导出席。天津经济稳步增长。", ["tianjin"]),  # 河北区 is in Tianjin
    ("南京市召开会议，东京客商参加。", []),  # 京 of other cities is not Beijing
    ("BEIJING, Oct. 29 (Xinhua) -- China will make national plans nationwide across the country.", ["national"]),
    ("Beijing and Tianjin will help Hebei. Beijing, Tianjin and Hebei signed an agreement.",
     ["beijing", "hebei", "tianjin"]),
    ("全国人民代表大会审议国务院政府工作报告，我国经济回升向好，全国就业稳定。", ["national"]),
    ("", []),
])
def test_find_jurisdictions_orders_by_salience_above_a_minimum_share(text: str, expected: list[str]) -> None:
    assert find_jurisdictions(text) == expected
