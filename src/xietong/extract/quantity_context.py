"""What a found quantity is about: its metric, its kind (actual, target, change) and its year.

None of this is scored (GUIDELINES §2 lists them as descriptive); it reads
the words around a ``Hit`` in its sentence: the phrase before the number
for the metric, goal and change cues for the kind, a stated year or
今年/"this year" with the document date for the year.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from types import ModuleType

from ..lang import en, zh
from ..model import Document
from . import quantities_en as en_finder
from . import quantities_zh as zh_finder
from .quantity_hits import Hit, alternation

_ZH_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_EN_YEAR = re.compile(r"(?<![\w.])((?:19|20)[0-9]{2})(?![\w.])")
_ZH_METRIC_EDGE = re.compile(rf"(?:{alternation(zh.METRIC_STRIP)})+$")
_ZH_METRIC_HEAD = re.compile(rf"^(?:{alternation(zh.METRIC_STRIP)})+")
_ZH_FIRST_NUMBER = re.compile(r"[0-9０-９]")


@dataclass(frozen=True, slots=True)
class _Cues:
    target: re.Pattern[str]
    change: re.Pattern[str]
    level: re.Pattern[str]
    window: int  # characters before the number where change and level cues count


_ZH_CUES = _Cues(
    target=re.compile(alternation(zh.TARGET_STRONG)),
    change=re.compile(alternation(zh.CHANGE_CUES)),
    level=re.compile(rf"(?:{alternation(zh.LEVEL_MARKERS)})(?:{alternation(zh.APPROX_QUALIFIERS)})?$"),
    window=8,
)
_EN_CUES = _Cues(
    target=re.compile("|".join((rf"\b(?:{alternation(en.TARGET_CUES)})\b", *en.TARGET_PATTERNS)), re.IGNORECASE),
    change=re.compile(rf"\b(?:{alternation(en.CHANGE_CUES)})\b", re.IGNORECASE),
    level=re.compile(rf"\b(?:{alternation(en.LEVEL_MARKERS)})\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$",
                     re.IGNORECASE),
    window=30,
)
_EN_METRIC_DROP = en.NOUN_STOP | en.METRIC_VERBS


def _kind(before: str, sentence: str, unit: str, cues: _Cues) -> str:
    """target when the sentence sets a goal; change for growth, reduction or a multiple; else actual."""
    if cues.target.search(sentence):
        return "target"
    local = before[-cues.window:]
    if cues.level.search(local):
        return "actual"  # "下降至35", "fell to 35": the level reached
    if unit in ("times", "pp") or cues.change.search(local):
        return "change"
    return "actual"


def _year(sentence: str, at: int, pattern: re.Pattern[str], lang: ModuleType, date: str | None) -> int | None:
    """The year a value refers to: a stated year in its sentence, else 今年/this year from the document date."""
    years = [(m.start(), int(m.group(1))) for m in pattern.finditer(sentence)]
    if years:
        before = [y for p, y in years if p < at]
        return before[-1] if before else years[0][1]
    if not (date and date[:4].isdigit()):
        return None
    low = sentence.lower()
    for words, offset in ((lang.THIS_YEAR, 0), (lang.LAST_YEAR, -1), (lang.NEXT_YEAR, 1)):
        if any(w in low for w in words):
            return int(date[:4]) + offset
    return None


def describe_zh(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of a Chinese hit in the sentence ``[s0, s1)``."""
    before = text[s0:h.start]
    clause_start = max((m.end() for m in zh_finder.CLAUSE_BREAK.finditer(before)), default=0)
    # "合格率分别超98.5%和99%": the metric is what precedes the clause's first number
    clause = _ZH_FIRST_NUMBER.split(before[clause_start:], maxsplit=1)[0]
    metric = _ZH_METRIC_HEAD.sub("", _ZH_METRIC_EDGE.sub("", clause)).strip()
    if h.unit in ("count", "person", "household"):
        # "开通3条地铁新线": the counted noun follows the measure word
        tail = text[h.end:s1]
        brk = zh_finder.CLAUSE_BREAK.search(tail)
        noun = tail[:brk.start()] if brk else tail
        if 2 <= len(noun) <= 12:
            metric += noun
    kind = _kind(before, before, h.unit or "", _ZH_CUES)
    return metric or None, kind, _year(text[s0:s1], h.start - s0, _ZH_YEAR, zh, date)


def describe_en(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of an English hit in the sentence ``[s0, s1)``."""
    if h.noun_end:
        metric = text[h.num_end:h.noun_end].strip(" -\"“”")
    else:
        phrase = en_finder.APPROX.sub("", text[max(en_finder.clause_start(text, h.start), s0):h.start])
        words = phrase.split()
        while words and words[-1].lower().strip(",") in _EN_METRIC_DROP:
            words.pop()
        words = words[-8:]
        while words and words[0].lower() in _EN_METRIC_DROP:
            words.pop(0)
        metric = " ".join(words)
    kind = _kind(text[s0:h.start], text[s0:s1], h.unit or "", _EN_CUES)
    return metric or None, kind, _year(text[s0:s1], h.start - s0, _EN_YEAR, en, date)


class Sentences:
    """Sentence bounds around a position: the segmenter's sentences, else the line or 。-clause."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.items = sorted((s.start, s.end) for s in doc.sentences)
        self.starts = [s for s, _ in self.items]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.items[i][1] > pos:
            return self.items[i]
        text = self.text
        lo = max(text.rfind("\n", 0, pos), text.rfind("。", 0, pos), text.rfind(". ", 0, pos)) + 1
        ends = [i for i in (text.find("\n", pos), text.find("。", pos)) if i != -1]
        return lo, min(ends) if ends else len(text)
