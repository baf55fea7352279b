"""Date expressions in running text, with what kind of date each one is.

    >>> [(m.value, m.kind) for m in find_dates("来源：天津日报 时间：2026-02-02\\n5月31日，全会召开。")]
    [('2026-02-02', 'publication'), ('--05-31', 'event')]

Pure functions, no dateparser: its ``search_dates`` takes "We" for a date.
A mention without a year has an ISO 8601 value without one (``--05-31``);
``resolve_year`` gives it one.  Kinds, from the most to the least telling
of when a document appeared:

- ``publication``: after a marker ("时间：", "Release time:", "date"); or, on
  a short line of the header or footer, next to a source ("来源：") or a
  time of day, or alone on its line (where an official document prints the
  date it was issued);
- ``written``: after a marker of the date a document was written or signed ("成文日期：");
- ``header``: a full date at the start or end of a short header line that
  is no sentence ("新闻联播 1995-01-30", "2023年6月4日时事要闻");
- ``dateline``: a news-agency dateline ("BEIJING, Oct. 29 (Xinhua) --", "新华社北京5月31日电");
- ``delivery``: a date line of a speech ("——2026年1月25日在…会议上", "(June 16, 2022)");
- ``event``: any other date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ..lang import meta
from ..patterns import alternation

KINDS = ("publication", "written", "header", "dateline", "delivery", "event")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    kind: str = "event"

    @property
    def precision(self) -> str:
        return "day" if self.day else "month"

    @property
    def value(self) -> str:
        """ISO 8601: ``2023-05-31``, ``2023-05``, or without a year ``--05-31``."""
        tail = f"{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        return f"{self.year:04d}-{tail}" if self.year else f"--{tail}"

    def with_year(self, year: int) -> DateMention:
        return DateMention(self.start, self.end, year, self.month, self.day, self.kind)


# -- patterns (run on a copy with full-width digits made ASCII, so offsets hold) ---------------------------------

_MONTH = "|".join(sorted(meta.MONTHS_EN, key=len, reverse=True))
_CJK_NUM = "[" + "".join(meta.CJK_DIGITS) + meta.CJK_TEN + "]"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_ORD = r"(?:st|nd|rd|th)?"
# A number after "May 5" that makes it a quantity, not a date ("May 5 percent" cannot be).
_NOT_DATE = r"(?!\s*(?:%|percent|per cent|million|billion|thousand)|\d|:)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rx, flags)) for name, rx, flags in (
    # 2023-05-14, 2023/06/04, 2023.6.4, 2026年1月25日, "2023 06/04" (a news-site header)
    ("ymd", r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/))(?P<m>\d{1,2})\s*[-/.月]\s*"
            r"(?P<d>\d{1,2})(?:日|号)?(?![\d.]*\d)", 0),
    # 20250603: only a date where a marker or a time of day says so (else an id or a count)
    ("compact", r"(?<![\w.])(?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>[0-3]\d)(?![\w.])", 0),
    # 12/08/2017: month/day/year, as English sites print it with slashes; 08-12-2017, 08.12.2017:
    # day-month-year; either way round where one order cannot be a month
    ("num_dmy", r"(?<![A-Za-z\d./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.-]\d)",
     0),
    ("cjk_ymd", rf"(?P<y>{_CJK_NUM}{{4}})年(?P<m>{_CJK_NUM}{{1,2}})月(?P<d>{_CJK_NUM}{{1,3}})日", 0),
    ("ym", r"(?<![\d.])(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?!\s*\d|份?\s*[-—至到])", 0),
    ("md", r"(?<![\d年./-])(?P<m>\d{1,2})月(?P<d>\d{1,2})(?:日|号)", 0),
    # June 27th, 2022 / Oct. 29, 2020 / June 16 (and "May" only with a capital)
    ("mdy", rf"\b(?P<mn>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b{_NOT_DATE}(?:,?\s*(?P<y>(?:19|20)\d{{2}})\b)?", re.I),
    ("dmy", rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mn>{_MONTH})\.?(?:,?\s*(?P<y>(?:19|20)\d{{2}})\b)?", re.I),
    ("my", rf"\b(?P<mn>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
))
_FULLWIDTH = {ord(c): ord(unicodedata.normalize("NFKC", c)) for c in "０１２３４５６７８９：／－．"}


def _ascii_digits(text: str) -> str:
    """``text`` with full-width digits and separators made ASCII, one code point for one (offsets hold)."""
    if not any(chr(c) in text for c in _FULLWIDTH):  # translate() is slow; most text has none
        return text
    return text.translate(_FULLWIDTH)


def find_dates(text: str) -> list[DateMention]:
    """Every date expression of ``text`` (day or month precision), in text order, with its kind."""
    ascii_text = _ascii_digits(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[DateMention, bool]] = []  # (mention, written as bare digits "20250603")
    for name, rx in _PATTERNS:  # the most specific pattern claims a span first
        for m in rx.finditer(ascii_text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            mention = _mention(name, m)
            if mention is not None:
                taken.append((m.start(), m.end()))
                found.append((mention, name == "compact"))
    found.sort(key=lambda dc: dc[0].start)
    margins = _margins(ascii_text)
    kinded = ((_with_kind(d, ascii_text, margins), compact) for d, compact in found)
    return [d for d, compact in kinded if not compact or d.kind in ("publication", "written")]


def _mention(name: str, m: re.Match[str]) -> DateMention | None:
    groups = m.groupdict()
    if name == "my" or name == "dmy" or name == "mdy":
        word = groups["mn"]
        if word[0].islower():
            return None  # "may", "march", "dec" are words before they are months
        month = meta.MONTHS_EN[word.lower()]
    elif name == "num_dmy":
        first, second = int(groups["a"]), int(groups["b"])
        month_first = second > 12 or (groups["sep"] == "/" and first <= 12)
        month, groups["d"] = (first, groups["b"]) if month_first else (second, groups["a"])
    else:
        month = _int(groups["m"])
    year = _int(groups["y"]) if groups.get("y") else None
    day = _int(groups["d"]) if groups.get("d") else None
    if name == "my" and year is None:
        return None
    if not _valid(year, month, day):
        return None
    return DateMention(m.start(), m.end(), year, month, day)


def _int(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 4:  # 二〇二三: digit by digit
        return int("".join(str(meta.CJK_DIGITS[c]) for c in s))
    tens, _, ones = s.partition(meta.CJK_TEN)  # 十, 十五, 二十, 三十一
    if meta.CJK_TEN not in s:
        return meta.CJK_DIGITS[s]
    return (meta.CJK_DIGITS[tens] if tens else 1) * 10 + (meta.CJK_DIGITS[ones] if ones else 0)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12 or (year is not None and not 1900 <= year <= 2100):
        return False
    if day is None:
        return True
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "2月29日" stays possible
    except ValueError:
        return False
    return True


# -- kinds ------------------------------------------------------------------------------------------------------

def _markers(words: tuple[str, ...]) -> str:
    return alternation(words)


# A marker is a word of its own ("会议时间" is not "时间"), and either ends in a colon
# or opens its line (" date 2023-05-13 The leader visited ...").
_PUB_MARKER = re.compile(rf"(?<![^\W\d_])(?:(?P<written>{_markers(meta.WRITTEN_MARKERS)})|{_markers(meta.PUBLICATION_MARKERS)})"
                         r"(?P<colon>\s*[:：])?\s*$", re.I)
_LINE_OPENING = " \t|｜·[]【】()（）"
_SOURCE_MARKER = re.compile(rf"(?<![^\W\d_])(?:{_markers(meta.SOURCE_MARKERS)})\s*[:：]", re.I)
_TIME_BEFORE = re.compile(rf"{_TIME}[\s,，]*$")
_TIME_AFTER = re.compile(rf"^[\s,，|｜-]*{_TIME}")  # "2023-06-04 16:01", "12/12/2017 - 01:59"
# "( Xinhua ) 09:42, November 12, 2020": a credit and a time of day make a timestamp even where a
# page's text has lost its line breaks.
_CREDIT_TIME_BEFORE = re.compile(rf"[(（]\s*[^()（）\n]{{2,40}}?\s*[)）]\s*{_TIME}[\s,，]*$")
_EDGE = re.compile(r"^[\s|｜·\[\]【】()（）]*$")
_SENTENCE = re.compile(r"^[，,、:：；;。]|[。！？!?]")  # a date that opens a clause, or a line that is a sentence
_PAGE_AFTER = re.compile(rf"^[\s,，]*(?:{meta.NEWSPAPER_PAGE})")  # 2023年06月05日 第01版
_BARE = re.compile(rf"^[\s.,，。()（）]*(?:(?:{meta.WEEKDAYS})\.?)?[\s.,，。()（）]*$")  # nothing but a weekday
_AGENCY = _markers(meta.AGENCIES)
_DATELINE_BEFORE = re.compile(r"\b[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+)*,\s*$")
_DATELINE_AFTER = re.compile(rf"^\s*\(\s*(?:{_AGENCY})\s*\)", re.I)
_DATELINE_ZH = re.compile(rf"^电(?!{'|'.join(meta.DIAN_WORDS)})")  # 新华社北京5月31日电, not 6月1日电视
_CLOSING_PAREN = re.compile(r"^\s*[)）]\s*$")
_DELIVERY_BEFORE = re.compile(r"^[\s(（—–-]*[(（—–-][\s(（—–-]*$")
SHORT_LINE = 80  # a header line; a timestamp inside running text is not a publication date
HEADER_LINES, FOOTER_LINES = 15, 8  # where a page prints its timestamp and source


def _with_kind(d: DateMention, text: str, margins: tuple[int, int]) -> DateMention:
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:d.start], text[d.end:line_end]
    header = (d.start < margins[0] or d.start >= margins[1]) and line_end - line_start <= SHORT_LINE
    kind = "event"
    marker = _PUB_MARKER.search(before)
    if marker and (marker.group("colon") or not before[:marker.start()].strip(_LINE_OPENING)):
        kind = "written" if marker.group("written") else "publication"
    elif header and _SOURCE_MARKER.search(before + after):
        kind = "publication"
    elif header and (_TIME_BEFORE.search(before) or _TIME_AFTER.match(after) or _PAGE_AFTER.match(after)):
        kind = "publication"
    elif d.year is not None and _CREDIT_TIME_BEFORE.search(before[-60:]):
        kind = "publication"
    elif (_DATELINE_BEFORE.search(before[-40:]) and _DATELINE_AFTER.match(after)) or _DATELINE_ZH.match(after):
        kind = "dateline"
    elif _DELIVERY_BEFORE.match(before) or (_CLOSING_PAREN.match(after) and before.rstrip().endswith(("(", "（"))
                                            and line_end - line_start <= SHORT_LINE):
        kind = "delivery"  # "——2026年1月25日在…上", "(June 16, 2022)", "在…会议上的讲话（2023年5月12日）"
    elif header and d.year is not None and _BARE.match(before) and _BARE.match(after):
        kind = "publication"  # a line that is only a date: the date an official document was issued
    elif header and d.year is not None and (_EDGE.match(before) or _EDGE.match(after)) \
            and not _SENTENCE.search(before) and not _SENTENCE.search(after):
        kind = "header"  # "新闻联播 1995-01-30", "2023年6月4日时事要闻"
    return DateMention(d.start, d.end, d.year, d.month, d.day, kind)


def _margins(text: str) -> tuple[int, int]:
    """Offsets where the header ends and the footer begins."""
    head = 0
    for _ in range(HEADER_LINES):
        head = text.find("\n", head) + 1
        if head == 0:
            return len(text), len(text)
    foot = len(text)
    for _ in range(FOOTER_LINES):
        foot = text.rfind("\n", 0, foot)
        if foot < 0:
            return head, len(text)
    return head, foot


# -- years for mentions without one ----------------------------------------------------------------------------

_YEAR = re.compile(r"(?<![\d.\-–—~])((?:19|20)\d{2})(?:\s*年|\b)(?![\d.]*\d|\s*[-–—~至到]\s*\d)")
_SINCE_BEFORE = re.compile(rf"(?:{_markers(meta.SINCE_YEAR_BEFORE)})\s*$", re.I)
_SINCE_AFTER = re.compile(rf"^\s*年?\s*(?:{_markers(meta.SINCE_YEAR_AFTER)})")
_COPYRIGHT_BEFORE = re.compile(rf"(?:{meta.COPYRIGHT})[\s\d-]*$", re.I)  # "© 2024", "Copyright © 1997-2024"
_TARGET_BEFORE = re.compile(r"(?:" + "|".join(map(re.escape, meta.TARGET_YEAR_MARKERS)) + r")\s*$", re.I)


def year_mentions(text: str) -> list[tuple[int, int]]:
    """``(offset, year)`` of each year printed in ``text``, leaving out target years ("到2035年", "by 2035"),
    the years a story starts from ("自2013年以来", "since 2013") and the years of copyright notices."""
    out = []
    for m in _YEAR.finditer(_ascii_digits(text)):
        before = text[max(0, m.start() - 8):m.start()]
        if not (_TARGET_BEFORE.search(before) or _SINCE_BEFORE.search(before)
                or _SINCE_AFTER.match(text[m.end(1):m.end(1) + 4])
                or _COPYRIGHT_BEFORE.search(text[max(0, m.start() - 30):m.start()])):
            out.append((m.start(), int(m.group(1))))
    return out


def resolve_year(d: DateMention, anchor: DateMention | None, years: list[tuple[int, int]]) -> DateMention | None:
    """Give a year-less mention the year of ``anchor`` (a dated mention), else the nearest printed year.

    A month-day after the anchor's month-day belongs to the year before
    (a report of December 30 published on January 2).
    """
    if d.year is not None:
        return d
    if anchor is not None and anchor.year is not None:
        later = (d.month, d.day or 1) > (anchor.month, anchor.day or 31)
        return d.with_year(anchor.year - 1 if later and anchor.kind == "publication" else anchor.year)
    if years:
        return d.with_year(min(years, key=lambda oy: abs(oy[0] - d.start))[1])
    return None
