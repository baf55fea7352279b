"""Pure number parsing: the text of one number in, a float out.

    >>> parse_zh("2000多万"), parse_zh("一万二"), parse_zh("百分之四十")
    (20000000.0, 12000.0, 40.0)
    >>> parse_en("3.356 million"), parse_en("twenty-three")
    (3356000.0, 23.0)

Nothing here looks at running text: the finders ``extract/quantities_zh.py`` and ``_en.py`` find the spans,
this module reads them.  The word tables come from ``lang/``.
"""

from __future__ import annotations

import re

from ..lang import en, zh

# Full-width digits and separators as their ASCII twins; same length, so offsets hold.
_HALFWIDTH = str.maketrans("０１２３４５６７８９．，％－", "0123456789.,%-")
_ARABIC = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?|[+-]?\.\d+")
_MIXED = re.compile(r"(\d[\d,]*(?:\.\d+)?)[多余]?([十百千万亿萬億]*)[多余]?")
_ZH_APPROX = re.compile(f"[{zh.APPROX_INNER}]")
_EN_SPLIT = re.compile(r"[\s\-‐–]+")


def halfwidth(text: str) -> str:
    """``text`` with full-width digits, dot, comma and percent sign made ASCII (same length)."""
    return text.translate(_HALFWIDTH)


def clean(value: float) -> float:
    """``value`` rounded to 12 significant digits: 2.3 * 1e8 is 230000000, not 229999999.99999997."""
    return float(f"{value:.12g}")


def parse_arabic(text: str) -> float | None:
    """"1,234.5" -> 1234.5; full-width digits and the ideographic comma as separators are read too."""
    s = halfwidth(text).replace(",", "").strip()
    if not _ARABIC.fullmatch(s):
        return None
    return float(s)


def parse_zh_numeral(text: str) -> float | None:
    """A number written in Chinese numerals: 二十, 两千三百, 一万二, 十五, 三点五, 二〇二三."""
    text = _ZH_APPROX.sub("", text)
    if not text:
        return None
    whole, _, frac = text.partition("点")
    value = _zh_integer(whole) if whole else 0.0
    if value is None:
        return None
    if frac:
        digits = [zh.DIGITS.get(c) for c in frac]
        if any(d is None for d in digits):
            return None
        value += float("0." + "".join(str(d) for d in digits))
    return value


def _zh_integer(text: str) -> float | None:
    if all(c in zh.DIGITS for c in text):
        if len(text) > 1 and len(text) < 4 and not set(text) & {"零", "〇", "○"}:
            return None  # 三四 is "three or four", not 34
        # Digit by digit, as in years and codes: 二〇二三.
        return float("".join(str(zh.DIGITS[c]) for c in text))
    total = 0.0  # what is already scaled by 万/亿
    section = 0.0  # below the next 万/亿
    num = 0.0  # the pending digit
    largest = 1
    last_unit = 1
    zero_since_unit = False
    has_num = False
    for c in text:
        if c in zh.DIGITS:
            if has_num and num and zh.DIGITS[c]:
                return None  # 二三十 is "twenty or thirty": vague, not a number
            num = zh.DIGITS[c]
            has_num = True
            if num == 0:
                zero_since_unit = True
        elif c in zh.SMALL_UNITS:
            u = zh.SMALL_UNITS[c]
            section += (num if has_num else 1) * u
            num, has_num, last_unit, zero_since_unit = 0, False, u, False
        elif c in zh.LARGE_UNITS:
            u = zh.LARGE_UNITS[c]
            seg = section + num
            if u > largest:
                total = (total + (seg or (0 if total else 1))) * u
                largest = u
            else:
                total += (seg or 1) * u
            section, num, has_num, last_unit, zero_since_unit = 0, 0, False, u, False
        else:
            return None
    if has_num and last_unit >= 100 and not zero_since_unit:
        # An abbreviated tail scales to one step below the last unit: 一万二 = 12000, 两千三 = 2300.
        num *= last_unit // 10
    return clean(total + section + num)


def multiplier(text: str) -> float:
    """The product of the Chinese multipliers in ``text``: 万亿 -> 1e12, 余万 -> 1e4."""
    out = 1.0
    for c in text:
        out *= zh.MULTIPLIERS.get(c, 1)
    return out


def parse_zh(text: str) -> float | None:
    """Any Chinese way of writing a number: 2000万, 1.6万, 3万余, 2000多万, 百分之四十, 两千三百, １２３."""
    s = halfwidth(text).replace("，", ",").strip()
    if s.startswith("百分之"):
        s = s[3:]
    if not s:
        return None
    m = _MIXED.fullmatch(s)
    if m:
        return clean(float(m.group(1).replace(",", "")) * multiplier(m.group(2)))
    return parse_zh_numeral(s)


def parse_en(text: str) -> float | None:
    """An English number: 1,234.5, 3.356 million, twenty-three, two hundred thousand, half, 100-trillion."""
    words = [w for w in _EN_SPLIT.split(text.lower().strip()) if w and w != "and"]
    if not words:
        return None
    if len(words) >= 2 and " ".join(words[:2]) in en.FRACTIONS:
        return en.FRACTIONS[" ".join(words[:2])]
    if words[0] in en.FRACTIONS:
        return en.FRACTIONS[words[0]]
    total = current = 0.0
    seen = False
    for w in words:
        number = parse_arabic(w)
        if number is not None:
            current += number
        elif w in en.ONES:
            current += en.ONES[w]
        elif w in en.TENS:
            current += en.TENS[w]
        elif w == "a" and not seen:
            current = 1
        elif w in en.HUNDRED:
            current = (current or 1) * en.HUNDRED[w]
        elif w in en.SCALES:
            total += (current or 1) * en.SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return clean(total + current)
