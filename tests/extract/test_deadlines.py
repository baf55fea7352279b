"""Deadlines: the expression as written and the last day it allows."""

from __future__ import annotations

import pytest

from xietong.extract.deadlines import find_deadline


@pytest.mark.parametrize(
    ("text", "lang", "year", "written", "iso"),
    [
        ("力争到2027年建成三条城际铁路", "zh", 2024, "到2027年", "2027-12-31"),
        ("到二〇三五年基本实现现代化", "zh", 2024, "到二〇三五年", "2035-12-31"),
        ("2026年底前完成全部改造任务", "zh", 2024, "2026年底前", "2026-12-31"),
        ("2030年前实现碳达峰", "zh", 2024, "2030年前", "2030-12-31"),
        ("确保上半年完成主要指标的一半", "zh", 2023, "上半年", "2023-06-30"),
        ("年底前全部开工", "zh", 2025, "年底前", "2025-12-31"),
        ("今年新增养老床位五百张", "zh", 2026, "今年", "2026-12-31"),
        ("明年启动第二期工程", "zh", 2026, "明年", "2027-12-31"),
        ("“十五五”时期建成新型电力系统", "zh", 2026, "“十五五”时期", "2030-12-31"),
        ("各地须在6月底前完成排查", "zh", 2025, "6月底前", "2025-06-30"),
        ("2026年9月30日前全部投用", "zh", 2025, "2026年9月30日前", "2026-09-30"),
        ("十一月底完成供暖改造", "zh", 2025, "十一月底", "2025-11-30"),
        ("We will finish the bridge by 2028.", "en", 2024, "by 2028", "2028-12-31"),
        ("The pilot ends by the end of February.", "en", 2024, "by the end of February", "2024-02-29"),
        ("Repairs will be done by June 15, 2026.", "en", 2024, "by June 15, 2026", "2026-06-15"),
        ("The line will open by the end of 2025.", "en", 2024, "by the end of 2025", "2025-12-31"),
        ("This year we will build 40 schools.", "en", 2024, "This year", "2024-12-31"),
        ("Half the funds will be spent in the first half of this year.", "en", 2024,
         "in the first half of this year", "2024-06-30"),
        ("Emissions will peak during the 15th Five-Year Plan period.", "en", 2026,
         "15th Five-Year Plan period", "2030-12-31"),
    ],
)
def test_find_deadline_resolves_expression(text: str, lang: str, year: int, written: str, iso: str) -> None:
    found = find_deadline(text, lang, year)
    assert found is not None
    assert (found.text, found.date) == (written, iso)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("年内完成全部任务", "zh"), ("We will do it this year.", "en")],
)
def test_find_deadline_keeps_relative_text_without_document_year(text: str, lang: str) -> None:
    found = find_deadline(text, lang, None)
    assert found is not None and found.date is None and found.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("持续优化营商环境", "zh"), ("2025年是规划的收官之年", "zh"), ("We will keep prices stable.", "en")],
)
def test_find_deadline_ignores_sentences_without_deadline(text: str, lang: str) -> None:
    assert find_deadline(text, lang, 2025) is None


def test_find_deadline_prefers_the_earliest_date() -> None:
    found = find_deadline("2027年底前建成一期，2030年前全线贯通", "zh", 2025)
    assert found is not None and found.date == "2027-12-31"
