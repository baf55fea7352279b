"""Date expressions: every printed form, its ISO value, precision and kind; and what is not a date."""

from __future__ import annotations

import pytest

from xietong.ingest.dates import DateMention, find_dates, resolve_year, year_mentions


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(text[d.start:d.end], d.value, d.kind) for d in find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # header timestamps: a time of day on a short line makes a publication date
    ("2023 06/04 16:01:52来源: 天津日报", [("2023 06/04", "2023-06-04", "publication")]),
    ("2023-05-14 10:00\n会议召开。", [("2023-05-14", "2023-05-14", "publication")]),
    ("( Xinhua ) 08:20, October 30, 2020", [("October 30, 2020", "2020-10-30", "publication")]),
    # a marker before the date
    (" date 2023-05-13 The symposium was held.", [("2023-05-13", "2023-05-13", "publication")]),
    ("Article source: Tianjin Daily Release time: June 27th, 2022 17:17",
     [("June 27th, 2022", "2022-06-27", "publication")]),
    ("来源：北京日报\n时间：2026-02-02", [("2026-02-02", "2026-02-02", "publication")]),
    ("发布日期：2025年3月18日", [("2025年3月18日", "2025-03-18", "publication")]),
    ("Published: Jan. 5, 2025", [("Jan. 5, 2025", "2025-01-05", "publication")]),
    ("北京市发展和改革委员会\n2025年2月20日", [("2025年2月20日", "2025-02-20", "publication")]),
    ("【发布时间：2023年06月04日】", [("2023年06月04日", "2023-06-04", "publication")]),
    ("Updated: 2023-06-04 16:01 | By Zhang San | chinadaily.com.cn", [("2023-06-04", "2023-06-04", "publication")]),
    ("《 人民日报 》（ 2023年06月05日 第 01 版）", [("2023年06月05日", "2023-06-05", "publication")]),
    ("Time: 2023-06-04", [("2023-06-04", "2023-06-04", "publication")]),
    ("Issued on June 4, 2023 by the General Office", [("June 4, 2023", "2023-06-04", "publication")]),
    ("2023年6月4日 星期日", [("2023年6月4日", "2023-06-04", "publication")]),
    # a site's month/day/year, day first where the first number cannot be a month; a time after a dash
    ("Wed, 03/08/2023 - 09:15", [("03/08/2023", "2023-03-08", "publication")]),
    ("Posted 25/07/2022", [("25/07/2022", "2022-07-25", "publication")]),
    ("Source: Example TV 08-03-2023 09:15", [("08-03-2023", "2023-03-08", "publication")]),  # dashes: day first
    ("Date: 08.03.2023", [("08.03.2023", "2023-03-08", "publication")]),
    ("Updated 03-25-2023", [("03-25-2023", "2023-03-25", "publication")]),  # 25 cannot be a month
    # bare digits are a date only with a time of day or a marker
    ("晚间新闻 20240415 20:00", [("20240415", "2024-04-15", "publication")]),
    ("发布日期：20240415", [("20240415", "2024-04-15", "publication")]),
    # a source line that names its field in full
    ("【 2024-04-16 】 稿件来源：河北日报 要闻", [("2024-04-16", "2024-04-16", "publication")]),
    # a page whose text lost its line breaks: the credit and the time still make the timestamp
    ("Ports grow fast ( Xinhua ) 10:05, April 16, 2024 TIANJIN, April 15 (Xinhua) -- " + "Cargo grew. " * 20,
     [("April 16, 2024", "2024-04-16", "publication"), ("April 15", "--04-15", "dateline")]),
    # a date at the edge of a short header line that is no sentence
    ("晚间新闻 文字版 2024-04-15", [("2024-04-15", "2024-04-15", "header")]),
    ("2024年4月15日京津冀要闻汇总", [("2024年4月15日", "2024-04-15", "header")]),
    ("2024年4月15日，三地签署合作协议。", [("2024年4月15日", "2024-04-15", "event")]),
    ("Sunday, June 4, 2023", [("June 4, 2023", "2023-06-04", "publication")]),
    # a marker inside running text or a longer word is not a publication line
    ("会议时间：2023年6月4日上午九时，地点在市委。会议由市委常委会主持召开，全体委员出席了会议。会议审议了有关文件并作出决定。",
     [("2023年6月4日", "2023-06-04", "event")]),
    ("The plan sets a deadline date 2025-06-30 for all cities to finish the work and report back to the commission.",
     [("2025-06-30", "2025-06-30", "event")]),
    ("成文日期：2023年05月30日\n发布日期：2023年06月04日",
     [("2023年05月30日", "2023-05-30", "written"), ("2023年06月04日", "2023-06-04", "publication")]),
    # the date line of a speech
    ("(June 16, 2022)", [("June 16, 2022", "2022-06-16", "delivery")]),
    ("——2026年1月25日在市人民代表大会第四次会议上",
     [("2026年1月25日", "2026-01-25", "delivery")]),
    ("（2025年2月18日）", [("2025年2月18日", "2025-02-18", "delivery")]),
    ("在全市推进京津冀协同发展大会上的讲话（2023年5月12日）", [("2023年5月12日", "2023-05-12", "delivery")]),
    # datelines
    ("BEIJING, Oct. 29 (Xinhua) -- The session closed.", [("Oct. 29", "--10-29", "dateline")]),
    ("NANJING, Nov. 15 ( Xinhua ) -- Xi stressed efforts.", [("Nov. 15", "--11-15", "dateline")]),
    ("Beijing, June 4 (Xinhua) -- The meeting was held.", [("June 4", "--06-04", "dateline")]),
    ("新华社北京5月31日电 会议强调", [("5月31日", "--05-31", "dateline")]),
    ("6月1日电视台播出专题节目。", [("6月1日", "--06-01", "event")]),
    # dates in running text are events
    ("5月31日，中国共产党天津市第十二届委员会第三次全体会议召开。", [("5月31日", "--05-31", "event")]),
    ("On the morning of May 13, the meeting was held.", [("May 13", "--05-13", "event")]),
    ("The plan was adopted on 5 March 2024 in Beijing.", [("5 March 2024", "2024-03-05", "event")]),
    ("会议于2026年1月25日开幕，2月2日闭幕。", [("2026年1月25日", "2026-01-25", "event"), ("2月2日", "--02-02", "event")]),
    ("二〇二三年五月三十一日，全会召开。", [("二〇二三年五月三十一日", "2023-05-31", "event")]),
    ("时间：２０２５－０３－１８", [("２０２５－０３－１８", "2025-03-18", "publication")]),
    ("It took effect on Sept. 1st, 2024, nationwide.", [("Sept. 1st, 2024", "2024-09-01", "event")]),
    ("Talks began on the 12th of June, 2021.", [("12th of June, 2021", "2021-06-12", "event")]),
    # month precision
    ("2026年3月，国务院发布报告。", [("2026年3月", "2026-03", "event")]),
    ("The report was issued in March 2026.", [("March 2026", "2026-03", "event")]),
])
def test_find_dates_reads_each_form_with_its_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize("text", [
    "We will strive to reach the target.",  # dateparser's search_dates takes "We" for a date
    "Growth may 5 percent exceed the plan.",
    "The Party will march 10 steps forward.",
    "规划期为2021-2025年。",
    "推广5G应用，PM2.5浓度下降。",
    "增长1.5万亿元，占比12.5%。",
    "实施2035年远景目标。",
    "2月30日",  # no such day
    "13月5日",
    "May 5 million people attend?",
    "at 10:30 the session opened",
    "项目编号20240415，共三册",  # bare digits without a time or marker
    "2024/13/45",
    "version v1.2.2023 of the tool",
])
def test_find_dates_finds_no_date_where_there_is_none(text: str) -> None:
    assert [m for m in find_dates(text) if m.day is not None] == []


@pytest.mark.parametrize(("text", "precision"), [
    ("2025年4月1日", "day"), ("April 1, 2025", "day"), ("4月1日", "day"), ("2025年4月", "month"), ("April 2025", "month"),
])
def test_date_mention_precision(text: str, precision: str) -> None:
    assert find_dates(text)[0].precision == precision


def test_find_dates_reads_timestamps_and_lone_dates_as_publication_only_in_header_and_footer() -> None:
    body = "\n".join(f"第{i}段正文。" for i in range(30))
    text = f"标题\n2023-06-04 16:01\n{body}\n2023-05-01 10:00\n2023年5月2日\n{body}\n2023年6月5日"
    assert [(d.value, d.kind) for d in find_dates(text)] == [
        ("2023-06-04", "publication"), ("2023-05-01", "event"), ("2023-05-02", "event"), ("2023-06-05", "publication")]


def test_date_mention_offsets_point_into_the_text() -> None:
    text = "前言。\n本报讯 3月17日，天津市港口管理局发布数据。"
    (d,) = find_dates(text)
    assert text[d.start:d.end] == "3月17日"


@pytest.mark.parametrize(("month", "day", "anchor", "years", "expected"), [
    (5, 31, DateMention(0, 5, 2023, 6, 4, "publication"), [], "2023-05-31"),
    # a December event published in January belongs to the year before
    (12, 30, DateMention(0, 5, 2024, 1, 2, "publication"), [], "2023-12-30"),
    (5, 31, None, [(40, 2022), (500, 2035)], "2022-05-31"),  # the nearest printed year
    (5, 31, None, [], None),  # no year anywhere: no date
])
def test_resolve_year_takes_the_year_from_context(month: int, day: int, anchor: DateMention | None,
                                                  years: list[tuple[int, int]], expected: str | None) -> None:
    resolved = resolve_year(DateMention(10, 15, None, month, day), anchor, years)
    assert (resolved.value if resolved else None) == expected


@pytest.mark.parametrize(("text", "years"), [
    ("2023年是全面贯彻党的二十大精神的开局之年。", [2023]),
    ("In 2022, output grew.", [2022]),
    ("到2035年基本实现现代化，力争2027年建成。", []),  # target years are not the year of writing
    ("by 2030, the region will", []),
    ("2021-2025年", []),
    ("增长2023.5亿元", []),
    # where a story starts, and copyright notices, are not the year of writing
    ("自2014年以来，三地合作不断深化。", []),
    ("Since 2014, the three areas have worked together.", []),
    ("2014年以来", []),
    ("© 2024 某某网 版权所有", []),
    ("Copyright © 2001-2024 Example News. All rights reserved.", []),
])
def test_year_mentions_skip_target_years_and_ranges(text: str, years: list[int]) -> None:
    assert [y for _, y in year_mentions(text)] == years
