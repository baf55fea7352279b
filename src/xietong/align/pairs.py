"""Which documents translate each other: a score from what a translation cannot change.

A translation keeps the date, the numbers, the names and the policy terms of
its original, and its length stays within the usual ratio of English to
Chinese characters.  ``pair_score`` measures each of these on whole
documents, from a ``Fingerprint`` computed once per document; it never
aligns sentences, so scoring every zh×en pair of a collection stays cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import Document
from .anchors import en_name_keys, en_numbers, term_table, zh_numbers, zh_pinyin_keys

THRESHOLD = 0.5
# English characters per Chinese character of a translation (an abridged one is shorter), and how
# fast the score falls outside that range (a factor e away costs about half).
RATIO_LOW, RATIO_HIGH, RATIO_SPREAD = 2.0, 6.5, 0.6
WEIGHTS = {"numbers": 0.45, "terms": 0.25, "names": 0.15, "date": 0.15}
MIN_NUMBER = 10  # small numbers (list items, "two") match between unrelated texts


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What ``pair_score`` compares, computed once per document."""

    lang: str
    numbers: frozenset[float]  # large numbers, rounded to 4 significant digits
    terms: frozenset[int]  # ids of glossary and policy terms
    names: frozenset[str]  # pinyin keys: of the Chinese text, or of the English names
    chars: int  # non-space characters
    date: str | None


def fingerprint(doc: Document) -> Fingerprint:
    return _fingerprint(doc.lang, doc.text, doc.date)


@lru_cache(maxsize=4096)
def _fingerprint(lang: str, text: str, day: str | None) -> Fingerprint:
    if lang == "zh":
        numbers = zh_numbers(text)
        terms, names = term_table().zh_ids(text), zh_pinyin_keys(text)
    else:
        numbers = en_numbers(text)
        terms, names = term_table().en_ids(text), en_name_keys(text)
    large = frozenset(float(f"{v:.4g}") for *_, v, digits in numbers if digits and v >= MIN_NUMBER)
    return Fingerprint(lang, large, frozenset(terms), frozenset(names), sum(not c.isspace() for c in text), day)


def pair_score(a: Document, b: Document) -> float:
    """How likely ``a`` and ``b`` translate each other, in [0, 1]; 0 for the same language."""
    if a.lang == b.lang or "zh" not in (a.lang, b.lang):
        return 0.0
    zh, en = (fingerprint(a), fingerprint(b)) if a.lang == "zh" else (fingerprint(b), fingerprint(a))
    parts = {
        "numbers": _overlap(zh.numbers, en.numbers),
        "terms": _terms(zh.terms, en.terms),
        "names": min(1.0, len(en.names & zh.names) / 5) if en.names else 0.0,
        "date": _date(zh.date, en.date),
    }
    # A length far from any translation's rules the pair out whatever else it shares.
    return round(_length(zh.chars, en.chars) * sum(WEIGHTS[k] * v for k, v in parts.items()), 4)


def find_pairs(docs: list[Document], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """``(i, j, score)`` for every zh/en pair of ``docs`` scoring at least ``threshold``, best first."""
    out = []
    for i, a in enumerate(docs):
        for j in range(i + 1, len(docs)):
            score = pair_score(a, docs[j])
            if score >= threshold:
                out.append((i, j, score))
    return sorted(out, key=lambda t: -t[2])


def _overlap(xs: frozenset[float], ys: frozenset[float]) -> float:
    """Dice overlap of two sets of numbers (both empty: nothing known, 0.5)."""
    if not xs and not ys:
        return 0.5
    return 2 * len(xs & ys) / (len(xs) + len(ys))


def _terms(tz: frozenset[int], te: frozenset[int]) -> float:
    if not tz or not te:
        return 0.0
    return len(tz & te) / math.sqrt(len(tz) * len(te))


def _length(nz: int, ne: int) -> float:
    if not nz or not ne:
        return 0.0
    ratio = ne / nz
    off = math.log(max(RATIO_LOW / ratio, ratio / RATIO_HIGH, 1.0))
    return math.exp(-((off / RATIO_SPREAD) ** 2))


def _date(a: str | None, b: str | None) -> float:
    """1 for the same day, less with distance; 0.5 when either is unknown."""
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return 0.5
    days = abs((da - db).days)
    return 1.0 if days == 0 else 0.8 if days <= 3 else 0.3 if days <= 31 else 0.0


def _day(text: str | None) -> date | None:
    if not text:
        return None
    parts = (text.split("-") + ["1", "1"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
