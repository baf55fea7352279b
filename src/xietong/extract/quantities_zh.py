"""The Chinese quantity finder: numbers (2000万, 百分之四十, 两千三百) with the unit word after them.

``hits`` scans the text with one regex, reads each number with
``numbers.py``, looks up the unit word that follows in ``lang/zh.py`` and
drops what is not an amount (dates, ordinals, labels, the report's own span).
The rules shared with English (ranges, duplicates) live in ``quantity_hits``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import zh
from ..patterns import alternation
from . import numbers
from .quantity_hits import TIME_UNITS, Hit, inherit, slash_fractions

_DIGITS = "".join(zh.DIGITS)
_MULT = "".join(zh.MULTIPLIERS)
_NUM = re.compile(
    rf"(?P<pct>百分之)?(?P<num>[0-9]+(?:,[0-9]{{3}}(?![0-9]))*(?:\.[0-9]+)?(?:[{zh.APPROX_INNER}]?[{_MULT}]+)?"
    rf"|[{_DIGITS}{_MULT}]+(?:点[{_DIGITS}]+)?)(?P<ap>[{zh.APPROX_INNER}])?"
)
_UNIT = re.compile(alternation(zh.UNITS))
_FRACTION = re.compile(
    rf"(?P<den>[0-9]+|[{_DIGITS}十千万]+){zh.FRACTION_MARK}(?P<num>[0-9.]+|[{_DIGITS}十点]+)"
)
_FIXED = re.compile(alternation(zh.FIXED))
_TAIL = re.compile(rf"{alternation(zh.NAME_TAILS)}|[\u4e00-\u9fff]{{0,4}}(?:{alternation(zh.NAME_TAIL_ENDINGS)})")
_SPAN_AFTER = re.compile(alternation(zh.SPAN_AFTER))
_APPROX_AFTER = re.compile(alternation(zh.APPROX_AFTER))
_RANGE = re.compile(rf"\s?(?:{alternation(zh.RANGE_JOINERS)})\s?")
# Ends a clause: where a counted noun or a metric phrase stops.
CLAUSE_BREAK = re.compile(f"[{re.escape(zh.CLAUSE_BREAKS)}]")
_PEOPLE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(zh.PERSON_NOUNS)})")
_BARE = frozenset("百千万亿萬億")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9.]")


@dataclass(slots=True)
class _ZhNumber:
    """One Chinese number and the unit word after it, while the rules decide whether it is an amount."""

    start: int
    num_end: int
    num: str
    value: float
    before: str  # the four characters before the number
    approx: str | None
    word: str = ""  # the unit word as written
    unit: str | None = None
    factor: float = 1.0
    end: int = 0

    @property
    def chinese(self) -> bool:
        return not self.num[0].isdigit()

    @property
    def bare(self) -> bool:
        """A multiplier with no digit: 千亿元, 万人."""
        return set(self.num) <= _BARE


def _unit_at(norm: str, pos: int) -> tuple[str, str | None, float, int] | None:
    """The unit word at ``pos``: (word, canonical unit or None, factor, end)."""
    m = _UNIT.match(norm, pos)
    if not m:
        return None
    word = m.group()
    nxt = norm[m.end():m.end() + 1]
    if nxt and nxt in zh.UNIT_TAIL_REJECT.get(word, ""):
        return None  # 成为, 台阶, 条件: the unit word starts another word
    unit, factor = zh.UNITS[word]
    return word, unit, factor, m.end()


def _read(norm: str, m: re.Match[str]) -> _ZhNumber | None:
    """The number of ``m`` with the unit word after it, or None when it is not a number at all."""
    num, start = m.group("num"), m.start()
    value = numbers.parse_zh(num)
    if value is None:
        return None
    approx = m.group("ap") or next((c for c in num if c in zh.APPROX_INNER), None)
    n = _ZhNumber(start, m.end("num"), num, value, norm[max(0, start - 4):start], approx, end=m.end())
    if m.group("pct"):
        n.word, n.unit = "百分之", "percent"
        return n
    found = _unit_at(norm, m.end())
    # "450亿千瓦时": the greedy number took 千; give it back when a longer unit results.
    if not approx and num[-1] in zh.MULTIPLIERS:
        k = 1
        while k < len(num) and num[-k - 1] in zh.MULTIPLIERS:
            k += 1
        for cut in range(1, k + 1):
            alt = _unit_at(norm, n.num_end - cut)
            shorter = numbers.parse_zh(num[:-cut]) if cut < len(num) else None
            if alt and shorter is not None and alt[3] > (found[3] if found else 0):
                found, n.num, n.value, n.num_end = alt, num[:-cut], shorter, n.num_end - cut
                break
    if found:
        n.word, n.unit, n.factor, n.end = found
    return n


def _is_amount(norm: str, n: _ZhNumber) -> bool:
    """The exclusion rules of GUIDELINES §2 for a Chinese number that has a unit word."""
    before, end, unit = n.before, n.end, n.unit
    if unit is None:
        return False  # 5月, 31日, 十二届, 三区: dates and labels
    if n.bare and (before.endswith(zh.RATE_BEFORE + zh.LABEL_BEFORE) or norm.startswith(zh.DENOMINATOR_TAILS, end)
                   or not (n.approx or before.endswith(zh.BARE_CUES))):
        return False  # 每万人, 百年, 千家万户, （亿元）, 亿元以上项目, 万元GDP能耗: not amounts
    if norm.startswith(zh.THRESHOLD_AFTER.get(n.word, ()), end):
        return False  # 3岁以下婴幼儿: an age threshold
    if n.word == "成" and (not n.chinese or len(n.num) > 1):
        return False  # 五成 is a share; digits before 成 are the object of a verb
    if _TAIL.match(norm, end):
        return False  # 五年规划, 三次全会, 1小时交通圈, 30万吨级: names and classes
    if unit == "year" and n.word == "年" and "." not in n.num and 1900 <= n.value <= 2100:
        return False  # a calendar year: 2025年, 二〇二五年
    if unit in TIME_UNITS and (before.endswith(zh.SPAN_BEFORE) or _SPAN_AFTER.match(norm, end)):
        return False  # 过去五年, 五年来: the report's own span
    # Official style writes measured counts in Arabic digits: a one-character Chinese numeral
    # before a measure word is a fixed expression (八项规定, 两个市场), and a span in Chinese
    # numerals is a measured fact only after a cue (连续五年, 提前两周).
    if n.chinese and unit == "count" and n.num in zh.DIGITS and n.word not in zh.CN_COUNT_WORDS:
        return False
    if n.chinese and unit in TIME_UNITS and not before.endswith(zh.SPAN_CUES):
        return False
    return not (unit == "count" and _label(norm, end))  # 13项任务举措, 6个维度: policy items


def _label(norm: str, pos: int) -> bool:
    """Whether the noun after a count's measure word names a list of policy items."""
    brk = CLAUSE_BREAK.search(norm, pos, pos + 24)
    noun = norm[pos:brk.start() if brk else pos + 24]
    return noun.startswith(zh.LABEL_NOUNS) or noun.endswith(zh.LABEL_NOUNS)


def _unitless(norm: str, n: _ZhNumber) -> Hit | None:
    """A number with no unit word: money (千亿级, 4万亿), people (420万群众) or a range's first end (pending)."""
    end = n.end
    if norm.startswith("级", end) and n.value >= 1e8:
        return Hit(n.start, end + 1, n.num_end, n.value, "yuan", n.approx)  # 千亿级: the scale of a cluster
    # 4万亿, 突破万亿: a sum in 亿 is money unless said otherwise; a bare 万亿 only after a cue and at the
    # end of its clause, since 破亿度 measures something else.
    if "亿" in n.num and n.bare and n.before.endswith(zh.BARE_CUES) \
            and (end == len(norm) or CLAUSE_BREAK.match(norm, end)):
        return Hit(n.start, end, n.num_end, n.value, "yuan", n.approx)
    if n.chinese or (end < len(norm) and _ASCII_ALNUM.match(norm[end])):
        return None
    if "亿" in n.num:
        return Hit(n.start, end, n.num_end, n.value, "yuan", n.approx)
    people = _PEOPLE_AFTER.match(norm, end)
    if people and (n.approx or numbers.multiplier(n.num) > 1):
        # 420万困难群众, 30多万监测对象: people counted without a measure word (not 12345热线工作人员)
        return Hit(n.start, end, n.num_end, n.value, "person", n.approx)
    return Hit(n.start, end, n.num_end, n.value, None, n.approx, scale=numbers.multiplier(n.num))


def hits(norm: str) -> list[Hit]:
    """Every Chinese number with a unit, or a pending range end, in the half-width text ``norm``."""
    found: list[Hit] = []
    pending: list[Hit] = []
    for m in _NUM.finditer(norm):
        before = norm[max(0, m.start() - 4):m.start()]
        if before and _ASCII_ALNUM.match(before[-1]):
            continue  # PM2.5, G7, 3.0: part of an alphanumeric token
        if before.endswith(zh.BEFORE_EXCLUDE):
            continue  # ordinals and codes: 第三, 编号5
        num = m.group("num")
        if not num[0].isdigit() and before.endswith(zh.VAGUE_BEFORE):
            continue  # 数十, 几百: vague
        if num in zh.NOT_NUMBERS and not norm.startswith(zh.ONE_UNITS, m.end()):
            continue  # 一 is an article in running text (一批, 一个), but 增长一倍 is a multiple
        n = _read(norm, m)
        if n is None:
            continue
        if n.word == "":
            hit = _unitless(norm, n)
            if hit is not None:
                (pending if hit.unit is None else found).append(hit)
            continue
        if not _is_amount(norm, n):
            continue
        after = _APPROX_AFTER.match(norm, n.end)
        approx = n.approx or (after.group() if after else None) or next(
            (w for w in zh.APPROX_QUALIFIERS if n.before.endswith(w)), None)
        found.append(Hit(n.start, n.end, n.num_end, numbers.clean(n.value * n.factor), n.unit, approx,
                         scale=1.0 if n.chinese else numbers.multiplier(n.num), factor=n.factor))
    inherit(norm, pending, found, _RANGE)
    for m in _FRACTION.finditer(norm):
        den, part = numbers.parse_zh(m.group("den")), numbers.parse_zh(m.group("num"))
        if den and part is not None and m.group("den") != "百":
            found.append(Hit(m.start(), m.end(), m.end(), round(100 * part / den, 4), "percent"))
    for hit in slash_fractions(norm):
        after = _APPROX_AFTER.match(norm, hit.end)
        hit.approx = after.group() if after else None
        found.append(hit)
    for m in _FIXED.finditer(norm):
        value, unit = zh.FIXED[m.group()]
        found.append(Hit(m.start(), m.end(), m.end(), value, unit))
    return found
