"""Deadlines of commitments: "到2025年", "年底前", "by the end of 2025", "this year".

``find_deadline(text, lang, year)`` returns the expression as written and the
last day it allows as an ISO date; relative forms (今年, 上半年, this year)
take ``year``, the year of the document.  Where several deadlines appear the
earliest one is kept: it is the first that can be checked.

>>> find_deadline("力争到2027年基本建成", "zh", 2025)
Deadline(text='到2027年', date='2027-12-31')
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..lang.commitments import FIVE_YEAR_PLANS


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str
    date: str | None


_ZH_YEAR = r"(?P<year>20\d\d|二〇[一二三四五六七八九〇]{2})年"
_ZH_MONTH = (
    r"(?:" + _ZH_YEAR + r")?(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    r"(?:(?P<day>[1-3]?\d)日)?(?:底|末)?(?:以前|之前|前)|"
    r"(?:" + _ZH_YEAR.replace("year", "year2") + r")?(?P<month2>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:底|末)"
)
_ZH = [
    # (pattern, month-day of the deadline; "" when the match names its own month)
    (re.compile(_ZH_MONTH), ""),
    (re.compile(_ZH_YEAR + r"(上半年|年中)"), "06-30"),
    (re.compile(_ZH_YEAR + r"(以前|之前|底前|年底|年末|前|底|末|内)"), "12-31"),
    (re.compile(r"(到|至)" + _ZH_YEAR), "12-31"),
    (re.compile(r"(?P<rel>今年|本年度|年内)(上半年|年中)"), "06-30"),
    (re.compile(r"(?P<rel>今年|明年|本年度)(年底|年末|底|内|前)?"), "12-31"),
    (re.compile(r"(?P<rel>上半年|年中)"), "06-30"),
    (re.compile(r"(?P<rel>年底前|年底|年内|年末)"), "12-31"),
]
_MONTHS = ("january february march april may june july august september october november december").split()
_EN_YEAR = r"(?P<year>20\d\d)"
_EN = [
    (re.compile(r"\b(by|before|until) (the end of )?(?P<month>" + "|".join(_MONTHS) + r")"
                r"( (?P<day>[1-3]?\d)(st|nd|rd|th)?)?(,? (?P<year>20\d\d))?\b", re.I), ""),
    (re.compile(r"\b(by|before|in) the (end of the )?first half of " + _EN_YEAR, re.I), "06-30"),
    (re.compile(r"\b(by|before|until|through|in) (the end of )?" + _EN_YEAR + r"\b", re.I), "12-31"),
    (re.compile(r"\b(in )?the first half of (?P<rel>the|this) year\b", re.I), "06-30"),
    (re.compile(r"\b(by )?(the end of )?(?P<rel>this|next) year\b", re.I), "12-31"),
    (re.compile(r"\bby (the )?(?P<rel>year)[- ]end\b", re.I), "12-31"),
]
_PLAN = re.compile(r"[“\"]?(?P<plan>" + "|".join(map(re.escape, FIVE_YEAR_PLANS)) + r")[”\"]?\s*(时期|期间|末|period)?")


def _month(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    if raw.lower() in _MONTHS:
        return _MONTHS.index(raw.lower()) + 1
    digits = "一二三四五六七八九"
    return 10 + (digits.index(raw[1]) + 1 if len(raw) > 1 else 0) if raw[0] == "十" else digits.index(raw) + 1


def _resolve(groups: dict[str, str | None], month_day: str, year: int | None) -> str:
    """The ISO date a match allows, or "" when it needs a year that is unknown."""
    raw_year = groups.get("year") or groups.get("year2")
    if raw_year:
        y = _zh_year(raw_year)
    elif year is None:
        return ""
    else:
        y = year + 1 if groups.get("rel") in ("明年", "next") else year
    raw_month = groups.get("month") or groups.get("month2")
    if not raw_month:
        return f"{y:04d}-{month_day}"
    m = _month(raw_month)
    last = calendar.monthrange(y, m)[1]
    day = groups.get("day")
    d = min(int(day), last) if day else last
    return f"{y:04d}-{m:02d}-{d:02d}"


def _zh_year(raw: str) -> int:
    digits = "〇一二三四五六七八九"
    return int("".join(str(digits.index(c)) for c in raw)) if not raw.isdigit() else int(raw)


def find_deadline(text: str, lang: str, year: int | None = None) -> Deadline | None:
    """The earliest deadline stated in ``text``, or ``None``."""
    found: list[tuple[str, int, int, str]] = []  # (date or "", start, end, text)
    for pattern, month_day in _ZH if lang == "zh" else _EN:
        for m in pattern.finditer(text):
            date = _resolve(m.groupdict(), month_day, year)
            found.append((date, m.start(), m.end(), m.group(0).strip()))
    for m in _PLAN.finditer(text):
        end = FIVE_YEAR_PLANS[m.group("plan")][1]
        found.append((f"{end:04d}-12-31", m.start(), m.end(), m.group(0).strip()))
    # "2025年底前" also holds the relative "年底前": the longer reading wins.
    kept = [f for f in found if not any(o is not f and o[1] < f[2] and f[1] < o[2] and
                                        o[2] - o[1] > f[2] - f[1] for o in found)]
    if not kept:
        return None
    dated = [f for f in kept if f[0]]
    date, _, _, written = min(dated) if dated else min(kept, key=lambda f: f[1])
    return Deadline(written, date or None)
