"""The cue patterns that give a quantity its kind and year, one ``Cues`` per language.

Built here once from the word lists of ``lang.zh`` and ``lang.en``, so the
kind, year and English metric rules read the same patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from ..lang import en, zh
from ..patterns import alternation

# Kind and year cues do not reach across these.
CLAUSE_ENDS = "，；。：、,;"


# eq=False: a ``Cues`` is hashed by identity, so it can key the section cache of ``quantity_year``.
@dataclass(frozen=True, slots=True, eq=False)
class Cues:
    """The cue patterns of one language."""

    target: re.Pattern[str]
    deadline: re.Pattern[str]  # 到2027年, "by 2027"
    change: re.Pattern[str]
    base: re.Pattern[str]  # a comparison base near the number: 比上年, "than last year"
    difference: re.Pattern[str]  # right before the number: the amount of a change ("raised by")
    level: re.Pattern[str]
    list_tail: re.Pattern[str]  # the number before in a list or range: "31 hours and ", "4.5%至"
    window: int  # characters around the number where change, base and level cues count
    after_reach: int  # characters after the number where a stated year still counts
    year: re.Pattern[str]  # a year as stated in a sentence
    heading_year: re.Pattern[str]  # a year in a heading that is not part of a date
    date_line: re.Pattern[str]  # a heading that is a date, not a period: "(June 16, 2022)"
    relative: re.Pattern[str]  # 今年, "last year"
    offsets: dict[str, int]  # relative year word -> offset from the document's year
    base_year: re.Pattern[str]  # before a year: it is the base of a comparison
    period: re.Pattern[str]


def _relative(data: ModuleType) -> dict[str, int]:
    return {**{w: 0 for w in data.THIS_YEAR}, **{w: -1 for w in data.LAST_YEAR}, **{w: 1 for w in data.NEXT_YEAR}}


_NEVER = "(?!)"
_EN_WORDS = re.IGNORECASE
_EN_YEAR = r"(?<![\w.])((?:19|20)[0-9]{2})(?!\w|\.[0-9])"

ZH = Cues(
    target=re.compile(alternation(zh.TARGET_STRONG)),
    deadline=re.compile(rf"(?:{alternation(zh.DEADLINE_BEFORE)})((?:19|20)[0-9]{{2}})年"),
    change=re.compile(rf"(?:{alternation(zh.CHANGE_CUES)})(?:{alternation(zh.CHANGE_FILLERS)})*$"),
    base=re.compile(alternation(zh.BASE_CUES)),
    # an empty alternation would match everywhere
    difference=re.compile(rf"(?:{alternation(zh.DIFFERENCE_BEFORE)})$" if zh.DIFFERENCE_BEFORE else _NEVER),
    level=re.compile(rf"(?:{alternation(zh.LEVEL_MARKERS)})(?:{alternation(zh.APPROX_QUALIFIERS)})?$"),
    list_tail=re.compile(r"[0-9０-９][0-9０-９.]*[^0-9，。；]{0,8}?[、和及或—－~～-]$"),
    window=8,
    after_reach=16,
    year=re.compile(r"((?:19|20)[0-9]{2})年"),
    heading_year=re.compile(r"((?:19|20)[0-9]{2})年(?!\s*[0-9一二三四五六七八九十]{1,2}月)"),
    date_line=re.compile(_NEVER),  # heading_year already passes over 2025年6月
    relative=re.compile(alternation(_relative(zh))),
    offsets=_relative(zh),
    base_year=re.compile(rf"(?:{alternation(zh.BASE_YEAR_BEFORE)})$"),
    period=re.compile(alternation(zh.PERIOD_CUES)),
)
EN = Cues(
    target=re.compile(rf"\b(?:{alternation(en.TARGET_CUES)})\b", _EN_WORDS),
    deadline=re.compile(rf"\b(?:{alternation(en.DEADLINE_BEFORE)})\s+((?:19|20)[0-9]{{2}})\b", _EN_WORDS),
    change=re.compile(rf"\b(?:{alternation(en.CHANGE_CUES)})\b", _EN_WORDS),
    base=re.compile(rf"\b(?:{alternation(en.BASE_CUES)})\b", _EN_WORDS),
    difference=re.compile(rf"\b(?:{alternation(en.DIFFERENCE_BEFORE)})\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$",
                          _EN_WORDS),
    level=re.compile(rf"\b(?:{alternation(en.LEVEL_MARKERS)})\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$",
                     _EN_WORDS),
    list_tail=re.compile(r"[0-9][0-9.,]*[^0-9,;]{0,30}?\s(?:and|or)\s+$"),
    window=30,
    after_reach=40,
    year=re.compile(_EN_YEAR),
    heading_year=re.compile(_EN_YEAR),
    date_line=re.compile(rf"\b(?:{alternation(en.MONTHS)})\b", _EN_WORDS),
    relative=re.compile(rf"\b(?:{alternation(_relative(en))})\b", _EN_WORDS),
    offsets={w.lower(): o for w, o in _relative(en).items()},
    base_year=re.compile(rf"\b(?:{alternation(en.BASE_YEAR_BEFORE)})\s+(?:the\s+)?$", _EN_WORDS),
    period=re.compile(rf"\b(?:{alternation(en.PERIOD_CUES)})\b", _EN_WORDS),
)
