"""What both quantity finders share: the ``Hit`` they produce and the rules that work on hits alone.

A range lends its unit across its joiner (``1.6万—2万亿``, "4 to 5 percent"),
two finds of one number keep the first, and short spans (quotes, entities)
are tested for overlap here, once for both languages.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import numbers

TIME_UNITS = frozenset({"year", "month", "day", "hour", "minute"})
# "1/10", "2/3": a share written as a fraction; not inside a date or a code (2025/1/3, 1/2/3).
_SLASH = re.compile(r"(?<![0-9./])(?P<num>[0-9]+)/(?P<den>[0-9]+)(?![0-9./])")


@dataclass(slots=True)
class Hit:
    """A number found in the text, before it becomes a ``Quantity``."""

    start: int
    end: int  # end of the unit or counted noun as written, else of the number
    num_end: int
    value: float  # in the canonical unit
    unit: str | None  # None: no unit yet; a range's other end may lend one
    approx: str | None = None
    scale: float = 1.0  # the multiplier written with the number (万, million), lent across a range
    factor: float = 1.0  # of the unit word (千瓦 = 1000 w), lent across a range
    noun_end: int | None = None  # end of a counted noun phrase, for the metric


def inherit(norm: str, pending: list[Hit], hits: list[Hit], joiner: re.Pattern[str]) -> None:
    """The first end of a range takes the unit and scale of the second: 1.6万—2万亩, 3—5万吨, 4 to 5 percent."""
    by_start = {h.start: h for h in hits}
    for hit in pending:
        gap = joiner.match(norm, hit.end)
        nxt = by_start.get(gap.end()) if gap and gap.group().strip() else None
        if nxt is None or nxt.unit is None:
            continue
        value = numbers.clean(hit.value * (nxt.scale if hit.scale == 1 else 1.0) * nxt.factor)
        if nxt.unit == "year" and 1900 <= value <= 2100:
            continue  # 2020—2025年
        hit.unit, hit.value = nxt.unit, value
        hits.append(hit)


def lend_forward(norm: str, hit: Hit, pending: list[Hit], hits: list[Hit], joiner: re.Pattern[str]) -> None:
    """"from 226 to 264": once the first end has a unit, the bare second end takes it too."""
    gap = joiner.match(norm, hit.end)
    if gap and gap.group().strip():
        other = next((p for p in pending if p.start == gap.end() and p.unit is None), None)
        if other is not None:
            other.unit = hit.unit
            hits.append(other)


def slash_fractions(norm: str, max_den: int | None = None) -> list[Hit]:
    """Proper fractions written with a slash, as percentages: "1/10" -> 10; none over ``max_den``."""
    out = []
    for m in _SLASH.finditer(norm):
        part, den = int(m.group("num")), int(m.group("den"))
        if 0 < part < den and (max_den is None or den <= max_den):
            out.append(Hit(m.start(), m.end(), m.end(), round(100 * part / den, 4), "percent"))
    return out


def dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per number: the first found wins when two overlap (一半 inside 近一半)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        if out and out[-1].start <= h.start < out[-1].end:
            continue
        out.append(h)
    return out


class Spans:
    """Sorted short spans (quotes, entities) and a fast overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, b - 1) - 1
        while i >= 0 and self.starts[i] >= a - self.longest:
            if self.spans[i][1] > a:
                return True
            i -= 1
        return False
