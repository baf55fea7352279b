"""What a found quantity is about: its metric, its kind (actual, target, change) and its year.

None of this is scored (GUIDELINES §2 lists the fields as descriptive); each is
read from the words around a ``Hit`` in its sentence.  Kind and year follow
the same rules in both languages, with the cues of ``quantity_cues``; the
year is found by ``quantity_year``, the metric by ``quantity_metric_zh`` and
``quantity_metric_en``.

kind: change for a difference against a base (比上年增加, "230 billion yuan
more than last year") or an amount "by" which something moves; target when
the words before the number set a goal or a deadline not yet past, or a
numbered section plans the document's own year (三、2026年重点工作); change
for growth, reduction or a multiple right before the number; else actual.
"""

from __future__ import annotations

import bisect

from ..model import Document
from . import quantity_metric_en, quantity_metric_zh
from .quantity_cues import CLAUSE_ENDS, EN, ZH, Cues
from .quantity_hits import Hit
from .quantity_year import doc_year, year


def _goal(goal_text: str, cues: Cues, this_year: int | None) -> bool:
    """Whether the words set a goal: a goal word, or a deadline not already past (到2027年 in a 2026 report)."""
    if cues.target.search(goal_text):
        return True
    return any(this_year is None or int(m.group(1)) >= this_year for m in cues.deadline.finditer(goal_text))


def _kind(before: str, after: str, unit: str, cues: Cues, goal: bool) -> str:
    """change against a base; target for a goal; change for growth or a multiple; else actual."""
    # "cut to 31 hours and 1.1 hours": the second of a list reads the cue of the first (not of a range's
    # "to": "rose by 3.5 points to 48%" reaches a level)
    local = cues.list_tail.sub("", before[-3 * cues.window:])[-cues.window:]
    local = local[max(local.rfind(c) for c in CLAUSE_ENDS) + 1:]
    after = after[:cues.window]
    after = after[:min((i for c in CLAUSE_ENDS if (i := after.find(c)) != -1), default=len(after))]
    leveled = cues.level.search(local)  # "下降至35", "grew 5% year on year to 4.38 trillion": the level reached
    if cues.difference.search(local) or (cues.base.search(local) and not leveled) or cues.base.search(after):
        return "change"
    if goal:
        return "target"
    if leveled:
        return "actual"
    if unit in ("times", "pp") or cues.change.search(local):
        return "change"
    return "actual"


def _kind_year(text: str, h: Hit, s0: int, s1: int, date: str | None, cues: Cues,
               goal_text: str) -> tuple[str, int | None]:
    stated, from_heading = year(text, s0, s1, h.start, cues, date)
    this_year = doc_year(date)
    # a numbered section headed with the document's own year or a later one plans it: 三、2026年重点工作
    planned = from_heading and this_year is not None and stated is not None and stated >= this_year
    goal = planned or _goal(goal_text, cues, this_year)
    return _kind(text[s0:h.start], text[h.end:s1], h.unit or "", cues, goal), stated


def describe_zh(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of a Chinese hit in the sentence ``[s0, s1)``."""
    # a Chinese goal word precedes the number it sets: 力争达到…, 将新增…
    kind, stated = _kind_year(text, h, s0, s1, date, ZH, text[s0:h.start])
    return quantity_metric_zh.metric(text, h, s0, s1, kind) or None, kind, stated


def describe_en(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    """(metric, kind, year) of an English hit in the sentence ``[s0, s1)``."""
    # a semicolon joins statements that each have their own tense and year
    s0 = max(s0, text.rfind(";", s0, h.start) + 1)
    stop = text.find(";", h.end, s1)
    s1 = stop if stop != -1 else s1
    # an English goal word may follow the number's noun phrase: "3,000 charging piles will be built"
    kind, stated = _kind_year(text, h, s0, s1, date, EN, text[s0:s1])
    metric = quantity_metric_en.metric(text, h, s0, s1, kind)
    if kind == "actual" and metric and quantity_metric_en.names_change(metric):
        kind = "change"  # "with an average annual growth rate of 6.8%"
    return metric or None, kind, stated


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
        ends = [e for e in (text.find("\n", pos), text.find("。", pos)) if e != -1]
        return lo, min(ends) if ends else len(text)
