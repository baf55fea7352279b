"""Quantities: numbers with their unit, normalised to the units of GUIDELINES.md §2.

The stage scans the whole text with one precompiled regex per language,
reads each number with ``numbers.py``, looks up the unit word that follows
it in ``lang/``, and drops what is not an amount: dates, ordinals,
enumerators, labels in short quotes or names (十四五, "Ten Actions"), the
report's own span (过去五年, "over the past five years") and every number the
entities stage marked as part of a slogan, platform, organisation or place.

    >>> from xietong.model import Document
    >>> [(q.value, q.unit) for q in stage(Document("天津港集装箱吞吐量超过2000万标准箱。")).quantities]
    [(20000000.0, 'teu')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

from ..lang import en, zh
from ..model import Document, Quantity
from . import numbers

BLOCKING_ENTITIES = frozenset({"slogan", "platform", "org", "place"})
TIME_UNITS = frozenset({"year", "month", "day", "hour", "minute"})
MONEY = frozenset({"yuan", "usd"})


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


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------- Chinese

_ZH_DIGITS = "".join(zh.DIGITS)
_ZH_MULT = "".join(zh.MULTIPLIERS)
_ZH_NUM = re.compile(
    rf"(?P<pct>百分之)?(?P<num>[0-9]+(?:,[0-9]{{3}}(?![0-9]))*(?:\.[0-9]+)?(?:[{zh.APPROX_INNER}]?[{_ZH_MULT}]+)?"
    rf"|[{_ZH_DIGITS}{_ZH_MULT}]+(?:点[{_ZH_DIGITS}]+)?)(?P<ap>[{zh.APPROX_INNER}])?"
)
_ZH_UNIT = re.compile(_alternation(zh.UNITS))
_ZH_FRACTION = re.compile(
    rf"(?P<den>[0-9]+|[{_ZH_DIGITS}十千万]+){zh.FRACTION_MARK}(?P<num>[0-9.]+|[{_ZH_DIGITS}十点]+)"
)
_ZH_FIXED = re.compile(_alternation(zh.FIXED))
_ZH_TAIL = re.compile(_alternation(zh.NAME_TAILS))
_ZH_SPAN_AFTER = re.compile(_alternation(zh.SPAN_AFTER))
_ZH_APPROX_AFTER = re.compile(_alternation(zh.APPROX_AFTER))
_ZH_RANGE = re.compile(rf"\s?(?:{_alternation(zh.RANGE_JOINERS)})\s?")
_ZH_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_ZH_CLAUSE_BREAK = re.compile(f"[{re.escape(zh.CLAUSE_BREAKS)}]")
_ZH_METRIC_EDGE = re.compile(rf"(?:{_alternation(zh.METRIC_STRIP)})+$")
_ZH_METRIC_HEAD = re.compile(rf"^(?:{_alternation(zh.METRIC_STRIP)})+")
_ZH_BARE = frozenset("百千万亿萬億")
_ZH_FIRST_NUMBER = re.compile(r"[0-9０-９]")
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
        return set(self.num) <= _ZH_BARE


def _zh_unit_at(norm: str, pos: int) -> tuple[str, str | None, float, int] | None:
    """The unit word at ``pos``: (word, canonical unit or None, factor, end)."""
    m = _ZH_UNIT.match(norm, pos)
    if not m:
        return None
    word = m.group()
    nxt = norm[m.end():m.end() + 1]
    if nxt and nxt in zh.UNIT_TAIL_REJECT.get(word, ""):
        return None  # 成为, 台阶, 条件: the unit word starts another word
    unit, factor = zh.UNITS[word]
    return word, unit, factor, m.end()


def _zh_read(norm: str, m: re.Match[str]) -> _ZhNumber | None:
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
    found = _zh_unit_at(norm, m.end())
    # "450亿千瓦时": the greedy number took 千; give it back when a longer unit results.
    if not approx and num[-1] in zh.MULTIPLIERS:
        k = 1
        while k < len(num) and num[-k - 1] in zh.MULTIPLIERS:
            k += 1
        for cut in range(1, k + 1):
            alt = _zh_unit_at(norm, n.num_end - cut)
            shorter = numbers.parse_zh(num[:-cut]) if cut < len(num) else None
            if alt and shorter is not None and alt[3] > (found[3] if found else 0):
                found, n.num, n.value, n.num_end = alt, num[:-cut], shorter, n.num_end - cut
                break
    if found:
        n.word, n.unit, n.factor, n.end = found
    return n


def _zh_is_amount(norm: str, n: _ZhNumber) -> bool:
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
    if _ZH_TAIL.match(norm, end):
        return False  # 五年规划, 三次全会, 两个确立
    if unit == "year" and n.word == "年" and "." not in n.num and 1900 <= n.value <= 2100:
        return False  # a calendar year: 2025年, 二〇二五年
    if unit in TIME_UNITS and (before.endswith(zh.SPAN_BEFORE) or _ZH_SPAN_AFTER.match(norm, end)):
        return False  # 过去五年, 五年来: the report's own span
    # Official style writes measured counts in Arabic digits: a one-character Chinese numeral
    # before a measure word is a fixed expression (八项规定, 两个市场), and a span in Chinese
    # numerals is a measured fact only after a cue (连续五年, 提前两周).
    if n.chinese and unit == "count" and n.num in zh.DIGITS and n.word not in zh.CN_COUNT_WORDS:
        return False
    if n.chinese and unit in TIME_UNITS and not before.endswith(zh.SPAN_CUES):
        return False
    return not (unit == "count" and _zh_label(norm, end))  # 13项任务举措, 6个维度: policy items


def _zh_label(norm: str, pos: int) -> bool:
    """Whether the noun after a count's measure word names a list of policy items."""
    brk = _ZH_CLAUSE_BREAK.search(norm, pos, pos + 14)
    noun = norm[pos:brk.start() if brk else pos + 12]
    return noun.startswith(zh.LABEL_NOUNS) or noun.endswith(zh.LABEL_NOUNS)


def _zh_unitless(norm: str, n: _ZhNumber) -> Hit | None:
    """A number with no unit word: a money scale (千亿级, 4万亿) or a range's first end (pending)."""
    end = n.end
    if norm.startswith("级", end) and n.value >= 1e8:
        return Hit(n.start, end + 1, n.num_end, n.value, "yuan", n.approx)  # 千亿级: the scale of a cluster
    if n.chinese or (end < len(norm) and _ASCII_ALNUM.match(norm[end])):
        return None
    if "亿" in n.num:
        return Hit(n.start, end, n.num_end, n.value, "yuan", n.approx)  # 4万亿: money unless said otherwise
    return Hit(n.start, end, n.num_end, n.value, None, n.approx, scale=numbers.multiplier(n.num))


def _zh_hits(norm: str) -> list[Hit]:
    hits: list[Hit] = []
    pending: list[Hit] = []
    for m in _ZH_NUM.finditer(norm):
        before = norm[max(0, m.start() - 4):m.start()]
        if before and _ASCII_ALNUM.match(before[-1]):
            continue  # PM2.5, G7, 3.0: part of an alphanumeric token
        if before.endswith(zh.BEFORE_EXCLUDE):
            continue  # ordinals and codes: 第三, 编号5
        num = m.group("num")
        if not num[0].isdigit() and (num in zh.NOT_NUMBERS or before.endswith(zh.VAGUE_BEFORE)):
            continue  # 一 is an article in running text; 数十 is vague
        n = _zh_read(norm, m)
        if n is None:
            continue
        if n.word == "":
            hit = _zh_unitless(norm, n)
            if hit is not None:
                (pending if hit.unit is None else hits).append(hit)
            continue
        if not _zh_is_amount(norm, n):
            continue
        after = _ZH_APPROX_AFTER.match(norm, n.end)
        approx = n.approx or (after.group() if after else None) or next(
            (w for w in zh.APPROX_QUALIFIERS if n.before.endswith(w)), None)
        hits.append(Hit(n.start, n.end, n.num_end, numbers.clean(n.value * n.factor), n.unit, approx,
                        scale=1.0 if n.chinese else numbers.multiplier(n.num), factor=n.factor))
    _inherit(norm, pending, hits, _ZH_RANGE)
    for m in _ZH_FRACTION.finditer(norm):
        den, part = numbers.parse_zh(m.group("den")), numbers.parse_zh(m.group("num"))
        if den and part is not None and m.group("den") != "百":
            hits.append(Hit(m.start(), m.end(), m.end(), round(100 * part / den, 4), "percent"))
    for m in _ZH_FIXED.finditer(norm):
        value, unit = zh.FIXED[m.group()]
        hits.append(Hit(m.start(), m.end(), m.end(), value, unit))
    return hits


# ---------------------------------------------------------------- English

_EN_ONES = _alternation(en.ONES)
_EN_ONES_1_9 = _alternation(w for w, v in en.ONES.items() if 1 <= v <= 9)
_EN_TENS = _alternation(en.TENS)
_EN_WORDNUM = (
    rf"(?:(?:{_EN_TENS})(?:[-\s](?:{_EN_ONES_1_9}))?|{_EN_ONES})"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_EN_TENS})(?:-(?:{_EN_ONES_1_9}))?|{_EN_ONES}))?)?"
)
_EN_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_EN_SCALE = rf"(?:[\s-]+(?:{_alternation([*en.SCALES, *en.HUNDRED])})\b)*"
# Not after a letter and hyphen (COVID-19), a dot (PM2.5), a colon (10:00) or a slash.
_EN_NUM = re.compile(
    rf"(?<![\w.:/])(?<![A-Za-z]-)(?P<num>(?:{_EN_DIGITS}|{_EN_WORDNUM}|an?(?=[\s-]+(?:{_alternation(en.SCALES)})))"
    rf"{_EN_SCALE})(?![\w])",
    re.IGNORECASE,
)
_EN_UNIT = re.compile(rf"[\s-]*(?P<u>%|(?:{_alternation(en.UNITS)})(?![A-Za-z]))", re.IGNORECASE)
_EN_UNIT_WORDS = {k.lower(): v for k, v in en.UNITS.items()}
_EN_WORD = re.compile(r"[ \t\"“”‘’'(]*(?P<w>[A-Za-z0-9][A-Za-z0-9'’\-]*)")
_EN_CURRENCY = re.compile(rf"(?:{_alternation(en.CURRENCY_BEFORE)})\s?$", re.IGNORECASE)
_EN_CURRENCY_WORDS = {k.lower(): v for k, v in en.CURRENCY_BEFORE.items()}
_EN_APPROX = re.compile(rf"\b(?:{_alternation(en.APPROX_BEFORE)})\s+$", re.IGNORECASE)
_EN_EXCLUDE = re.compile(rf"(?:^|\W)(?:{_alternation(en.EXCLUDE_BEFORE)})\s*$", re.IGNORECASE)
_EN_MONTH = re.compile(rf"\b(?:{_alternation(en.MONTHS)})\.?\s+$", re.IGNORECASE)
_EN_SPAN = re.compile(rf"\b(?:{_alternation(en.SPAN_BEFORE)})\s+$", re.IGNORECASE)
_EN_SPAN_AFTER = re.compile(rf"\s+(?:{_alternation(en.SPAN_AFTER)})\b", re.IGNORECASE)
_EN_TAIL = re.compile(rf"(?:[\s-]+[A-Za-z]+){{0,2}}?[\s-]+(?:{_alternation(en.NAME_TAILS)})\b", re.IGNORECASE)
_EN_RANKING = re.compile(rf"\s+(?:{_alternation(en.RANKING_AFTER)})\b", re.IGNORECASE)
_EN_DEFINITE = re.compile(rf"\b(?:{_alternation(en.DEFINITE)})\s+$", re.IGNORECASE)
_EN_RANGE = re.compile(rf"\s*(?:{_alternation(en.RANGE_JOINERS)})\s*", re.IGNORECASE)
_EN_COUNT_VERB = re.compile(rf"\b(?:{_alternation(en.COUNT_VERBS)})\s+$", re.IGNORECASE)
_EN_NUMBER_OF = re.compile(rf"\b(?:{_alternation(en.NUMBER_OF)})\s+", re.IGNORECASE)
_EN_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
_EN_HALF = re.compile(
    rf"(?<!first )(?<!second )(?<!the )(?<!a )\bhalf"
    rf"(?:\s+an?\s+(?P<period>{_alternation(en.PERIODS)})\b|(?=\s+of\b))",
    re.IGNORECASE,
)
_EN_YEAR = re.compile(r"(?<![\w.])((?:19|20)[0-9]{2})(?![\w.])")
_EN_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\.\s")


def _plural_noun(w: str) -> bool:
    return w.endswith("s") and len(w) > 3 and w not in en.NOT_NOUNS and not w.endswith(("ss", "ous", "ics"))


def _en_noun(norm: str, pos: int, limit: int = 6, skip_numbers: bool = False) -> tuple[str, int] | None:
    """The counted noun after ``pos``: ("count" | "person" | a unit, its end), skipping modifiers.

    A singular unit or person word followed by another word is a modifier:
    "rural household toilets" counts toilets, "day care centers" counts centers.
    """
    for _ in range(limit):
        m = _EN_WORD.match(norm, pos)
        if not m:
            return None
        w = m.group("w").lower().rstrip("'’")
        pos = m.end()
        if w[0].isdigit():
            if skip_numbers:
                continue
            return None
        if w in en.NOUN_JOINERS or w.endswith(("'s", "’s")):
            continue  # "diversion and transfer projects", "the world's"
        if w in en.NOUN_STOP:
            return None
        unit = _EN_UNIT_WORDS.get(w, (None, 1))[0]
        if unit in ("percent", "pp"):
            return None
        kind = unit or ("person" if w in en.PERSON_NOUNS else "count" if _plural_noun(w) else None)
        if kind is None:
            continue
        nxt = _EN_WORD.match(norm, pos)
        if not w.endswith("s") and w not in en.PLURAL_PERSONS and nxt \
                and nxt.group("w").lower() not in en.NOUN_STOP and not norm[pos:nxt.start("w")].strip(" \t"):
            continue  # a singular noun before another word is a modifier; the head comes later
        return kind, pos
    return None


def _en_read(norm: str, m: re.Match[str]) -> Hit | None:
    """The number of ``m`` with its unit, counted noun or currency; unit None when it has none."""
    num, start, num_end = m.group("num"), m.start(), m.end()
    before = norm[max(0, start - 30):start]
    if _EN_EXCLUDE.search(before) or _EN_MONTH.search(before):
        return None  # top 500, No. 5, May 31
    um = _EN_UNIT.match(norm, num_end)
    if num[0].isalpha():
        if num.lower() in en.NOT_NUMBERS and not um:
            return None  # "one" and "a" are articles in running text; "one hour" is not
        nxt = _EN_WORD.match(norm, num_end)
        if num[0].isupper() and nxt and nxt.group("w")[0].isupper() and start and norm[start - 1] != "\n":
            return None  # "Ten Actions", "Two Sessions": a name
    value = numbers.parse_en(num)
    if value is None:
        return None
    approx_m = _EN_APPROX.search(before)
    approx = approx_m.group().strip().lower() if approx_m else None
    scale = value / (numbers.parse_en(num.split()[0].split("-")[0]) or 1) if num[0].isdigit() else 1.0
    cur = _EN_CURRENCY.search(before)
    if um:
        unit, factor = _EN_UNIT_WORDS[um.group("u").lower()]
        if unit is None or _EN_TAIL.match(norm, um.end()):
            return None  # 10 a.m.; five-year plan, the 10-year fishing ban
        if unit in TIME_UNITS and (_EN_SPAN.search(before) or _EN_SPAN_AFTER.match(norm, um.end())):
            return None  # over the past five years, the five years since
        if unit == "usd" and cur and _EN_CURRENCY_WORDS[cur.group().strip().lower()] == "yuan":
            unit = "yuan"  # "RMB 5 billion dollars" never happens; "RMB 5 billion yuan" does
        return Hit(start, um.end(), num_end, numbers.clean(value * factor), unit, approx, scale, factor)
    if cur:
        unit = _EN_CURRENCY_WORDS[cur.group().strip().lower()]
        return Hit(start - len(cur.group()), num_end, num_end, value, unit, approx, scale)
    if num.isdigit() and len(num) == 4 and 1900 <= value <= 2100:
        return None  # a year
    noun = _en_noun(norm, num_end)
    if noun is None:
        return Hit(start, num_end, num_end, value, None, approx, scale)
    unit, noun_end = noun
    if unit in TIME_UNITS and (_EN_SPAN.search(before) or _EN_SPAN_AFTER.match(norm, noun_end)
                               or _EN_TAIL.match(norm, noun_end)):
        return None
    if unit in ("count", "person") and (value == 1 or _EN_DEFINITE.search(before) or _EN_RANKING.match(norm, num_end)):
        return None  # "the three northern counties", "500 largest firms": a known group or a ranking
    return Hit(start, noun_end, num_end, value, unit, approx, scale, noun_end=noun_end)


def _en_bare_unit(norm: str, hit: Hit) -> str | None:
    """The unit of a bare number from its clause: "the number of days ... 226", "226 of the firms",
    "enterprises have exceeded 9000"."""
    clause_start = _clause_start(norm, hit.start)
    clause = norm[clause_start:hit.start]
    of = _EN_NUMBER_OF.search(clause)
    if of and (noun := _en_noun(norm, clause_start + of.end())):
        return noun[0]
    of = _EN_OF.match(norm, hit.end)
    if of and (noun := _en_noun(norm, of.end(), limit=8, skip_numbers=True)):
        return noun[0]
    if _EN_COUNT_VERB.search(clause):
        for w in reversed(re.findall(r"[A-Za-z][A-Za-z\-]*", clause)):
            lw = w.lower()
            if lw in en.PERSON_NOUNS:
                return "person"
            if _plural_noun(lw):
                return "count"
    return None


def _en_hits(norm: str) -> list[Hit]:
    hits: list[Hit] = []
    pending: list[Hit] = []
    for m in _EN_NUM.finditer(norm):
        hit = _en_read(norm, m)
        if hit is not None:
            (pending if hit.unit is None else hits).append(hit)
    for m in _EN_HALF.finditer(norm):
        if m.group("period"):
            unit, factor = en.PERIODS[m.group("period").lower()]
            hits.append(Hit(m.start(), m.end(), m.end(), 0.5 * factor, unit))
        else:
            hits.append(Hit(m.start(), m.end(), m.end(), 50.0, "percent"))
    _inherit(norm, pending, hits, _EN_RANGE)
    for hit in pending:
        if hit.unit is None and (unit := _en_bare_unit(norm, hit)):
            hit.unit = unit
            hits.append(hit)
            _lend_forward(norm, hit, pending, hits)
    return hits


def _lend_forward(norm: str, hit: Hit, pending: list[Hit], hits: list[Hit]) -> None:
    """"from 226 to 264": once the first end has a unit, the bare second end takes it too."""
    gap = _EN_RANGE.match(norm, hit.end)
    if gap and gap.group().strip():
        other = next((p for p in pending if p.start == gap.end() and p.unit is None), None)
        if other is not None:
            other.unit = hit.unit
            hits.append(other)


def _clause_start(norm: str, pos: int) -> int:
    last = lo = max(0, pos - 300)
    for m in _EN_CLAUSE_BREAK.finditer(norm, lo, pos):
        last = m.end()
    return last


# ---------------------------------------------------------------- both languages


def _inherit(norm: str, pending: list[Hit], hits: list[Hit], joiner: re.Pattern[str]) -> None:
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


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per number: the first found wins when two overlap (一半 inside 近一半)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        if out and out[-1].start <= h.start < out[-1].end:
            continue
        out.append(h)
    return out


class _Spans:
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


# A number inside a short quote or a title is a label: “两个确立”, "Ten Actions", 《2025年行动计划》.
_QUOTES = {
    "zh": re.compile(r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|《[^《》\n]{1,60}》|\"[^\"\n]{1,16}\"|‘[^‘’\n]{1,16}’"),
    "en": re.compile(r"“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\"|‘[^‘’\n]{1,60}’|(?<![A-Za-z])'[^'\n]{1,40}'(?![A-Za-z])"),
}


def find(text: str, lang: str = "zh") -> list[Hit]:
    """Every number with a unit in ``text``, before entities are applied and facts described."""
    key = "en" if lang.startswith("en") else "zh"
    norm = numbers.halfwidth(text)
    hits = _dedupe([h for h in (_en_hits(norm) if key == "en" else _zh_hits(norm)) if h.unit])
    quotes = _Spans(m.span() for m in _QUOTES[key].finditer(text))
    return [h for h in hits if not quotes.overlaps(h.start, h.num_end)]


# ---------------------------------------------------------------- metric, kind, year


@dataclass(frozen=True, slots=True)
class _Cues:
    target: re.Pattern[str]
    change: re.Pattern[str]
    level: re.Pattern[str]
    window: int  # characters before the number where change and level cues count


_ZH_CUES = _Cues(
    target=re.compile(_alternation(zh.TARGET_STRONG)),
    change=re.compile(_alternation(zh.CHANGE_CUES)),
    level=re.compile(rf"(?:{_alternation(zh.LEVEL_MARKERS)})(?:{_alternation(zh.APPROX_QUALIFIERS)})?$"),
    window=8,
)
_EN_CUES = _Cues(
    target=re.compile("|".join((rf"\b(?:{_alternation(en.TARGET_CUES)})\b", *en.TARGET_PATTERNS)), re.IGNORECASE),
    change=re.compile(rf"\b(?:{_alternation(en.CHANGE_CUES)})\b", re.IGNORECASE),
    level=re.compile(rf"\b(?:{_alternation(en.LEVEL_MARKERS)})\s+(?:(?:{_alternation(en.APPROX_BEFORE)})\s+)?$",
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


def _describe_zh(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    before = text[s0:h.start]
    clause_start = max((m.end() for m in _ZH_CLAUSE_BREAK.finditer(before)), default=0)
    # "合格率分别超98.5%和99%": the metric is what precedes the clause's first number
    clause = _ZH_FIRST_NUMBER.split(before[clause_start:], maxsplit=1)[0]
    metric = _ZH_METRIC_HEAD.sub("", _ZH_METRIC_EDGE.sub("", clause)).strip()
    if h.unit in ("count", "person", "household"):
        # "开通3条地铁新线": the counted noun follows the measure word
        tail = text[h.end:s1]
        brk = _ZH_CLAUSE_BREAK.search(tail)
        noun = tail[:brk.start()] if brk else tail
        if 2 <= len(noun) <= 12:
            metric += noun
    kind = _kind(before, before, h.unit or "", _ZH_CUES)
    return metric or None, kind, _year(text[s0:s1], h.start - s0, _ZH_YEAR, zh, date)


def _describe_en(text: str, h: Hit, s0: int, s1: int, date: str | None) -> tuple[str | None, str, int | None]:
    if h.noun_end:
        metric = text[h.num_end:h.noun_end].strip(" -\"“”")
    else:
        phrase = _EN_APPROX.sub("", text[max(_clause_start(text, h.start), s0):h.start])
        words = phrase.split()
        while words and words[-1].lower().strip(",") in _EN_METRIC_DROP:
            words.pop()
        words = words[-8:]
        while words and words[0].lower() in _EN_METRIC_DROP:
            words.pop(0)
        metric = " ".join(words)
    kind = _kind(text[s0:h.start], text[s0:s1], h.unit or "", _EN_CUES)
    return metric or None, kind, _year(text[s0:s1], h.start - s0, _EN_YEAR, en, date)


class _Sentences:
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


def stage(doc: Document, profile: object = None) -> Document:
    """Fill ``doc.quantities``; numbers overlapping a slogan, platform, org or place entity are skipped."""
    lang = doc.lang or "zh"
    blocked = _Spans((e.start, e.end) for e in doc.entities if e.type in BLOCKING_ENTITIES)
    describe = _describe_en if lang.startswith("en") else _describe_zh
    sentences = _Sentences(doc)
    out: list[Quantity] = []
    for h in find(doc.text, lang):
        if blocked.overlaps(h.start, h.num_end):
            continue
        s0, s1 = sentences.around(h.start)
        metric, kind, year = describe(doc.text, h, s0, s1, doc.date)
        out.append(Quantity(h.start, h.end, h.value, h.unit or "", metric, kind, year, h.approx))
    doc.quantities = out
    return doc
