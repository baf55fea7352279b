"""The year a quantity is about.

None when the number's clause speaks of a span of years (年均增长); else the
nearest year stated in the sentence, 今年/"last year" resolved with the
document date (a comparison base such as 比2020年 does not count); else a
year opening the paragraph (刚刚过去的2025年，…); else the year in the
heading of its section (一、2025年工作回顾).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .quantity_cues import CLAUSE_ENDS, Cues

# A heading is a short line without a sentence's final stop; "（一）…" opens a subsection of the one before.
# A line ending in a colon leads into a list ("重点抓好以下工作：").
_HEADING_MAX = 40
_SENTENCE_END = "。！？；.!?;…：:"
_SUBHEADING = re.compile(r"^[（(][0-9一二三四五六七八九十]+[）)]")
# A numbered heading opens a part of a report or plan (三、2026年重点工作), unlike a headline.
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[0-9]+[、.．]\s*\D|第[一二三四五六七八九十0-9]+[章部节]|"
                       r"(?:part|chapter|section)\s)", re.IGNORECASE)
_OPENER = 12  # characters at the start of a paragraph that may set its year
_BASE_REACH = 16  # characters before a year where a comparison word makes it a base


@dataclass(frozen=True, slots=True)
class _Section:
    year: int | None  # the year its heading states: 一、2025年工作回顾 -> 2025
    numbered: bool


# Every quantity of a document asks for its section: the headings are read once per text.
@functools.lru_cache(maxsize=4)
def _sections(text: str, cues: Cues) -> tuple[list[int], list[_Section]]:
    """Where each section of ``text`` starts, with its heading's year."""
    starts: list[int] = [0]
    sections = [_Section(None, False)]
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body and len(body) <= _HEADING_MAX and body[-1] not in _SENTENCE_END and not _SUBHEADING.match(body):
            m = cues.heading_year.search(body)
            dated = cues.date_line.search(body)
            starts.append(pos)
            sections.append(_Section(int(m.group(1)) if m and not dated else None, bool(_NUMBERED.match(body))))
        pos += len(line)
    return starts, sections


def _section(text: str, pos: int, cues: Cues) -> _Section:
    starts, sections = _sections(text, cues)
    return sections[bisect.bisect_right(starts, pos) - 1]


def _clause_start(text: str, s0: int, at: int) -> int:
    return max(s0, *(text.rfind(c, s0, at) + 1 for c in CLAUSE_ENDS))


def doc_year(date: str | None) -> int | None:
    """The year of an ISO document date, if it has one."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def _stated_year(sentence: str, at: int, cues: Cues, date: str | None) -> int | None:
    """The year nearest before ``at`` stated in ``sentence`` (else the first after), bases left out."""
    found = [(m.start(), int(m.group(1))) for m in cues.year.finditer(sentence)]
    this_year = doc_year(date)
    if this_year is not None:
        found += [(m.start(), this_year + cues.offsets[m.group().lower()]) for m in cues.relative.finditer(sentence)]
    found = sorted((p, y) for p, y in found if not cues.base_year.search(sentence, max(0, p - _BASE_REACH), p))
    before = [y for p, y in found if p < at]
    # a year after the number counts only close to it, in its clause: "grew 5% in 2025", not "…，计划2026年投运"
    reach = min([at + cues.after_reach, *(i for c in CLAUSE_ENDS if (i := sentence.find(c, at)) != -1)])
    after = [y for p, y in found if at <= p <= reach]
    return before[-1] if before else (after[0] if after else None)


def year(text: str, s0: int, s1: int, at: int, cues: Cues, date: str | None) -> tuple[int | None, bool]:
    """(year, whether it comes from a numbered section heading) of the number at ``at`` in ``[s0, s1)``."""
    sentence = text[s0:s1]
    if cues.period.search(text, _clause_start(text, s0, at), at):
        return None, False  # "规上工业增加值年均增长6.5%"
    stated = _stated_year(sentence, at - s0, cues, date)
    if stated is not None or cues.period.search(sentence):
        return stated, False
    # "刚刚过去的2025年，……": a year opening the paragraph holds for its sentences
    line = text.rfind("\n", 0, s0) + 1
    if line < s0:
        stated = _stated_year(text[line:line + _OPENER], _OPENER, cues, date)
        if stated is not None:
            return stated, False
    section = _section(text, s0, cues)
    return section.year, section.year is not None and section.numbered
