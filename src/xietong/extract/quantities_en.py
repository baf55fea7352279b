"""The English quantity finder: numbers (3.356 million, twenty-three, half) with their unit or counted noun.

``hits`` scans the text with one regex, reads each number with
``numbers.py`` and finds what it measures: a unit word, a currency before
it, the plural noun it counts ("21 pilot free trade zones"), or for a bare
number the noun of its clause ("the number of days ... 226").  Word lists
come from ``lang/en.py``; ranges and duplicates are ``quantity_hits`` rules.
"""

from __future__ import annotations

import re

from ..lang import en
from ..patterns import alternation
from . import numbers
from .quantity_hits import TIME_UNITS, Hit, inherit, lend_forward, slash_fractions

_ONES = alternation(en.ONES)
_ONES_1_9 = alternation(w for w, v in en.ONES.items() if 1 <= v <= 9)
_TENS = alternation(en.TENS)
_WORDNUM = (
    rf"(?:(?:{_TENS})(?:[-\s](?:{_ONES_1_9}))?|{_ONES})"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS})(?:-(?:{_ONES_1_9}))?|{_ONES}))?)?"
)
_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_SCALE = rf"(?:[\s-]+(?:{alternation([*en.SCALES, *en.HUNDRED])})\b)*"
# Not after a letter and hyphen (COVID-19), a dot (PM2.5), a colon (10:00) or a slash.
_NUM = re.compile(
    rf"(?<![\w.:/])(?<![A-Za-z]-)(?P<num>(?:{_DIGITS}|{_WORDNUM}|an?(?=[\s-]+(?:{alternation(en.SCALES)})))"
    rf"{_SCALE})(?![\w])",
    re.IGNORECASE,
)
_UNIT = re.compile(rf"[\s-]*(?P<u>%|(?:{alternation(en.UNITS)})(?![A-Za-z]))", re.IGNORECASE)
_UNIT_WORDS = {k.lower(): v for k, v in en.UNITS.items()}
_WORD = re.compile(r"[ \t\"“”‘’'(]*(?P<w>[A-Za-z0-9][A-Za-z0-9'’\-]*)")
_CURRENCY = re.compile(rf"(?:{alternation(en.CURRENCY_BEFORE)})\s?$", re.IGNORECASE)
_CURRENCY_WORDS = {k.lower(): v for k, v in en.CURRENCY_BEFORE.items()}
APPROX = re.compile(rf"\b(?:{alternation(en.APPROX_BEFORE)})\s+$", re.IGNORECASE)
_EXCLUDE = re.compile(rf"(?:^|\W)(?:{alternation(en.EXCLUDE_BEFORE)})\s*$", re.IGNORECASE)
_MONTH = re.compile(rf"\b(?:{alternation(en.MONTHS)})\.?\s+$", re.IGNORECASE)
_SPAN = re.compile(rf"\b(?:{alternation(en.SPAN_BEFORE)})\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(rf"\s+(?:{alternation(en.SPAN_AFTER)})\b", re.IGNORECASE)
_TAIL = re.compile(rf"(?:[\s-]+[A-Za-z]+){{0,2}}?[\s-]+(?:{alternation(en.NAME_TAILS)})\b", re.IGNORECASE)
_RANKING = re.compile(rf"\s+(?:{alternation(en.RANKING_AFTER)})\b", re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_DEFINITE = re.compile(rf"\b(?:{alternation(en.DEFINITE)})\s+$", re.IGNORECASE)
_RANGE = re.compile(rf"\s*(?:{alternation(en.RANGE_JOINERS)})\s*", re.IGNORECASE)
_COUNT_VERB = re.compile(rf"\b(?:{alternation(en.COUNT_VERBS)})\s+$", re.IGNORECASE)
_NUMBER_OF = re.compile(rf"\b(?:{alternation(en.NUMBER_OF)})\s+", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)
# "half a century", "half yuan", "a third of the firms"; not "the first half", "a half-day".
_FRACTION_WORDS = alternation(en.FRACTIONS).replace(re.escape(" "), r"[\s-]+")  # "one third" or "one-third"
_FRACTION = re.compile(
    rf"(?<!first )(?<!second )(?<!the )(?<![\w-])(?P<frac>{_FRACTION_WORDS})"
    rf"(?:\s+an?\s+(?P<period>{alternation(en.PERIODS)})\b|\s+(?P<unit>{alternation(en.UNITS)})(?![A-Za-z])"
    rf"|(?=\s+of\b))",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s-]+")
_NUMBER_LIKE = re.compile(r"[0-9][0-9,.]*(?:-[A-Za-z]+)?")  # 2,000 or 10-year: a number, not a code
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_VEHICLE = re.compile(rf"\b(?:{alternation(en.VEHICLE_NOUNS)})\b", re.IGNORECASE)
_PEOPLE_OF = re.compile(
    rf"\b(?:{alternation(en.PEOPLE_OF)})\s+of\s+(?:(?:{alternation(en.APPROX_BEFORE)})\s+)?$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:()\n]|\.\s")


def _plural_noun(w: str) -> bool:
    return w.endswith("s") and len(w) > 3 and w not in en.NOT_NOUNS and not w.endswith(("ss", "ous", "ics"))


def _plural_people(w: str) -> bool:
    """People in the plural without an -s: "children", "police", "fishermen", "women"."""
    return w in en.PLURAL_PERSONS or (len(w) > 4 and w.endswith(en.PLURAL_PERSON_ENDINGS))


def _people(w: str) -> bool:
    return w in en.PERSON_NOUNS or _plural_people(w)


def _noun(norm: str, pos: int, limit: int = 6, skip_numbers: bool = False) -> tuple[str, int] | None:
    """The counted noun after ``pos``: ("count" | "person" | a unit, its end), skipping modifiers.

    A singular unit or person word followed by another word is a modifier:
    "rural household toilets" counts toilets, "day care centers" counts centers.
    """
    for i in range(limit):
        m = _WORD.match(norm, pos)
        if not m:
            return None
        w = m.group("w").lower().rstrip("'’")
        pos = m.end()
        if w[0].isdigit():
            if skip_numbers or not w.isdigit() and not _NUMBER_LIKE.fullmatch(w):
                continue  # "600,000 5G base stations": a code names a kind of the noun
            return None
        more = i == 0 and w in en.MORE_WORDS and not _THAN.match(norm, pos)  # "1,500 more jobs", not "more than"
        if w in en.NOUN_JOINERS or w.endswith(("'s", "’s")) or more:
            continue  # "diversion and transfer projects", "the world's"
        if w in en.NOUN_STOP:
            return None
        unit = _UNIT_WORDS.get(w, (None, 1))[0]
        if unit in ("percent", "pp"):
            return None
        kind = unit or ("person" if _people(w) else "count" if _plural_noun(w) else None)
        if kind is None:
            continue
        nxt = _WORD.match(norm, pos)
        if not w.endswith("s") and not _plural_people(w) and nxt \
                and nxt.group("w").lower() not in en.NOUN_STOP and not norm[pos:nxt.start("w")].strip(" \t"):
            continue  # a singular noun before another word is a modifier; the head comes later
        return kind, pos
    return None


def _names_group(num: str, before: str) -> bool:
    """"the three provinces", "the 10 major initiatives" name a known group; "all of the 628,000 residents"
    counts a part of a total."""
    return bool(_DEFINITE.search(before)) and not (num[0].isdigit() and _OF_THE.search(before))


def _read(norm: str, m: re.Match[str]) -> Hit | None:
    """The number of ``m`` with its unit, counted noun or currency; unit None when it has none."""
    num, start, num_end = m.group("num"), m.start(), m.end()
    before = norm[max(0, start - 30):start]
    if _EXCLUDE.search(before) or _MONTH.search(before):
        return None  # top 500, No. 5, May 31
    um = _UNIT.match(norm, num_end)
    if num[0].isalpha():
        if num.lower() in en.NOT_NUMBERS and not um:
            return None  # "one" and "a" are articles in running text; "one hour" is not
        nxt = _WORD.match(norm, num_end)
        if num[0].isupper() and nxt and nxt.group("w")[0].isupper() and start and norm[start - 1] != "\n":
            return None  # "Ten Actions", "Two Sessions": a name
    value = numbers.parse_en(num)
    if value is None:
        return None
    approx_m = APPROX.search(before)
    approx = approx_m.group().strip().lower() if approx_m else None
    scale = value / (numbers.parse_en(num.split()[0].split("-")[0]) or 1) if num[0].isdigit() else 1.0
    cur = _CURRENCY.search(before)
    if um:
        unit, factor = _UNIT_WORDS[um.group("u").lower()]
        if unit is None or _TAIL.match(norm, um.end()):
            return None  # 10 a.m.; five-year plan, the 10-year fishing ban
        if unit in TIME_UNITS and (_SPAN.search(before) or _SPAN_AFTER.match(norm, um.end())):
            return None  # over the past five years, the five years since
        if um.group("u").lower() in en.TRIP_UNITS and _VEHICLE.search(_clause(norm, start, um.end())):
            unit = "count"  # trips that trains or ships make are counted, not person-times
        if unit == "usd" and cur and _CURRENCY_WORDS[cur.group().strip().lower()] == "yuan":
            unit = "yuan"  # "RMB 5 billion dollars" never happens; "RMB 5 billion yuan" does
        return Hit(start, um.end(), num_end, numbers.clean(value * factor), unit, approx, scale, factor)
    if cur:
        unit = _CURRENCY_WORDS[cur.group().strip().lower()]
        return Hit(start - len(cur.group()), num_end, num_end, value, unit, approx, scale)
    if num.isdigit() and len(num) == 4 and 1900 <= value <= 2100:
        return None  # a year
    noun = _noun(norm, num_end)
    if noun is None:
        return Hit(start, num_end, num_end, value, None, approx, scale)
    unit, noun_end = noun
    if unit in TIME_UNITS and (_SPAN.search(before) or _SPAN_AFTER.match(norm, noun_end)
                               or _TAIL.match(norm, noun_end)):
        return None
    if unit in ("count", "person") and (value == 1 or _names_group(num, before) or _RANKING.match(norm, num_end)):
        return None  # "the three northern counties", "500 largest firms": a known group or a ranking
    return Hit(start, noun_end, num_end, value, unit, approx, scale, noun_end=noun_end)


def _bare_unit(norm: str, hit: Hit) -> str | None:
    """The unit of a bare number from its clause: "the number of days ... 226", "226 of the firms",
    "enterprises have exceeded 9000"."""
    begin = clause_start(norm, hit.start)
    clause = norm[begin:hit.start]
    if _PEOPLE_OF.search(clause):
        return "person"  # "a population of almost 700,000"
    # "The number of trains via the port, China's largest, has surpassed 3,000": the whole sentence
    lo = max(norm.rfind(". ", 0, hit.start) + 1, hit.start - 300)
    of = _NUMBER_OF.search(norm, lo, hit.start)
    if of and (noun := _noun(norm, of.end())):
        return noun[0]
    of = _OF.match(norm, hit.end)
    if of and (noun := _noun(norm, of.end(), limit=8, skip_numbers=True)):
        return noun[0]
    if _COUNT_VERB.search(clause):
        for w in reversed(re.findall(r"[A-Za-z][A-Za-z\-]*", clause)):
            lw = w.lower()
            if _people(lw) or lw in en.PEOPLE_OF:
                return "person"  # "residents have exceeded 9000", "the population stood at 21.85 million"
            if _plural_noun(lw):
                return "count"
    return None


def hits(norm: str) -> list[Hit]:
    """Every English number with a unit, currency or counted noun in the half-width text ``norm``."""
    found: list[Hit] = []
    pending: list[Hit] = []
    for m in _NUM.finditer(norm):
        hit = _read(norm, m)
        if hit is not None:
            (pending if hit.unit is None else found).append(hit)
    for m in _FRACTION.finditer(norm):
        part = en.FRACTIONS[_SPACES.sub(" ", m.group("frac").lower())]
        word = m.group("period") or m.group("unit")
        unit, factor = (en.PERIODS.get(word.lower()) or _UNIT_WORDS[word.lower()]) if word else ("percent", 100)
        if unit is not None:
            found.append(Hit(m.start(), m.end(), m.end(), numbers.clean(part * factor), unit))
    found.extend(slash_fractions(norm, en.SLASH_MAX_DENOMINATOR))
    inherit(norm, pending, found, _RANGE)
    for hit in pending:
        if hit.unit is None and (bare := _bare_unit(norm, hit)):
            hit.unit = bare
            found.append(hit)
            lend_forward(norm, hit, pending, found, _RANGE)
    return found


def _clause(norm: str, start: int, end: int) -> str:
    """The clause holding ``[start, end)``: from the last break before it to the next one after it."""
    brk = _CLAUSE_BREAK.search(norm, end, end + 200)
    return norm[clause_start(norm, start):brk.start() if brk else end + 200]


def clause_start(norm: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma, semicolon, bracket or full stop."""
    last = lo = max(0, pos - 300)
    for m in _CLAUSE_BREAK.finditer(norm, lo, pos):
        last = m.end()
    return last
