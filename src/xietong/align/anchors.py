"""Anchors: what a Chinese sentence and its English translation visibly share.

Three kinds, each a key that both languages produce the same way:

- numbers, normalised to a value (``2300亿`` and ``230 billion`` are both
  ``2.3e11``; ``5月31日`` and ``May 31`` both give 5 and 31);
- names, as toneless pinyin (``陈敏尔`` holds ``miner``, which ``Min'er``
  gives too; places come out the same way: ``tianjin``, ``xiongan``);
- policy terms of ``lang/bilingual.py`` and the profile's glossary.

Nothing here aligns; the aligner, the pair detector and the differ use these keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..extract.numbers import multiplier, parse_arabic, parse_zh_numeral
from ..lang import bilingual as bi
from ..lang import en as en_data
from . import lexicon

_ZH_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(万亿|亿|万|千)?")
_ZH_WORD_NUMBER = re.compile(rf"([〇零一二两三四五六七八九十百]+)(?=[{bi.ZH_MEASURES}])")
_EN_NUMBER = re.compile(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?",
                        re.IGNORECASE)
_ZH_ENUMERATOR = re.compile(rf"^\s*[（(]?([〇零一二两三四五六七八九十]+)[{bi.ZH_LIST_CLOSERS}]")
_EN_ENUMERATOR = re.compile(r"^\s*\(?([IVXivx]+)[.)]")
_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_EN_NAME = re.compile(r"\b[A-Z][a-z]+(?:['’-][a-z]+)*")
_HAN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_NAME = re.compile(r"[^a-z]")
NAME_MIN = 4  # pinyin keys shorter than this (single syllables like "he", "an") match too much


def number_key(value: float) -> float:
    """Values equal to four significant digits share a key."""
    return float(f"{value:.4g}")


def zh_numbers(text: str) -> list[tuple[int, int, float, bool]]:
    """``(start, end, value, written_in_digits)`` of the numbers of a Chinese text."""
    out: list[tuple[int, int, float, bool]] = []
    for m in _ZH_NUMBER.finditer(text):
        value = parse_arabic(m.group(1)) if "," not in m.group(1) or re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?",
                                                                              m.group(1)) else None
        if value is None:
            continue
        mag = multiplier(m.group(2) or "")
        out.append((m.start(), m.end(), value * mag, True))
    enum = _ZH_ENUMERATOR.match(text)
    if enum and (n := parse_zh_numeral(enum.group(1))) is not None:
        out.append((enum.start(1), enum.end(1), float(n), False))
    for m in _ZH_WORD_NUMBER.finditer(text):
        n = parse_zh_numeral(m.group(1))
        if n is not None:
            out.append((m.start(), m.end(), float(n), False))
    return out


def en_numbers(text: str) -> list[tuple[int, int, float, bool]]:
    """``(start, end, value, written_in_digits)`` of the numbers of an English text."""
    out: list[tuple[int, int, float, bool]] = []
    for m in _EN_NUMBER.finditer(text):
        value = parse_arabic(m.group(1))
        if value is None:
            continue
        mag = float(en_data.SCALES.get((m.group(2) or "").lower(), 1))
        out.append((m.start(), m.end(), value * mag, True))
    enum = _EN_ENUMERATOR.match(text)
    if enum and enum.group(1).lower() in bi.ROMAN:
        out.append((enum.start(1), enum.end(1), float(bi.ROMAN[enum.group(1).lower()]), False))
    for m in _EN_WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low in bi.EN_NUMBER_WORDS:
            out.append((m.start(), m.end(), float(bi.EN_NUMBER_WORDS[low]), False))
        elif low in bi.EN_MONTHS and word[0].isupper() and re.match(r"\s+\d", text[m.end():]):
            out.append((m.start(), m.end(), float(bi.EN_MONTHS[low]), True))
    return out


@lru_cache(maxsize=20000)
def _syllable(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(ch, style=Style.NORMAL)[0]


def zh_pinyin_keys(text: str, longest: int = 4) -> set[str]:
    """Toneless pinyin of every run of 2..``longest`` Chinese characters."""
    keys: set[str] = set()
    for run in _HAN.findall(text):
        syl = [_syllable(ch) for ch in run]
        for i in range(len(syl)):
            word = syl[i]
            for k in range(i + 1, min(i + longest, len(syl))):
                word += syl[k]
                if len(word) >= NAME_MIN:
                    keys.add(word)
    return keys


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (about 400), from pypinyin's character table."""
    import unicodedata

    from pypinyin.constants import PINYIN_DICT

    toned = {syl for value in PINYIN_DICT.values() for syl in value.split(",")}
    return frozenset("".join(c for c in unicodedata.normalize("NFD", syl) if not unicodedata.combining(c))
                     for syl in toned)


def is_pinyin(word: str) -> bool:
    """Whether ``word`` reads as a run of pinyin syllables (Beijing, Chongqing): a Chinese name, then."""
    low, syllables = word.lower(), _pinyin_syllables()
    ends = {0}
    for i in range(1, len(low) + 1):
        if any(i - k in ends and low[i - k:i] in syllables for k in range(1, min(6, i) + 1)):
            ends.add(i)
    return len(low) in ends


def given_name_key(name: str) -> str:
    """Pinyin of a Chinese name less its (one-character) surname: 陈敏尔 -> miner, 张工 -> gong."""
    return "".join(_syllable(ch) for ch in name[1:]) if len(name) >= 2 else ""


def en_name_keys(text: str) -> set[str]:
    """Capitalised English words, lower-cased without apostrophes or hyphens (Min'er -> miner)."""
    keys = {_LATIN_NAME.sub("", m.group(0).lower()) for m in _EN_NAME.finditer(text)}
    return {k for k in keys if len(k) >= NAME_MIN}


@dataclass(frozen=True, slots=True)
class TermTable:
    """Policy terms as (zh, en prefixes), from the language data and the profile's glossary."""

    zh: tuple[str, ...]
    en: tuple[tuple[str, ...], ...]

    def zh_ids(self, text: str) -> frozenset[int]:
        return frozenset(i for i, term in enumerate(self.zh) if term in text)

    def en_ids(self, text: str) -> frozenset[int]:
        low = " " + text.lower().replace("’", "'") + " "
        return frozenset(i for i, prefixes in enumerate(self.en) if any(_word_start(low, p) for p in prefixes))


def _word_start(low: str, prefix: str) -> bool:
    at = low.find(prefix)
    while at != -1:
        if not low[at - 1].isalnum():
            return True
        at = low.find(prefix, at + 1)
    return False


def glossary_pairs(data: Any) -> Iterable[tuple[str, str]]:
    """(zh, en) pairs of a profile file: ``{"items": [{"zh", "en", "zh_variants", "en_variants"}]}``."""
    records = data.get("items", []) if isinstance(data, dict) else data if isinstance(data, list) else []
    for rec in records:
        if not isinstance(rec, dict):
            continue
        zhs = [rec.get("zh"), *(rec.get("zh_variants") or [])]
        ens = [rec.get("en"), *(rec.get("en_variants") or [])]
        for zh in zhs:
            for en in ens:
                if isinstance(zh, str) and isinstance(en, str) and zh and en:
                    yield zh, en


def term_table(profile: Any = None) -> TermTable:
    """The bilingual lexicon plus, when the profile has them, its glossary and places."""
    pairs: dict[str, set[str]] = {zh: set(en) for zh, en in bi.POLICY_TERMS.items()}
    if profile is not None and hasattr(profile, "data"):
        for stem in ("glossary", "places"):
            try:
                data = profile.data(stem)
            except Exception:  # a malformed profile file must not stop alignment
                continue
            for zh, en in glossary_pairs(data):
                if len(zh) >= 2 and len(en) >= 3:
                    pairs.setdefault(zh, set()).add(en.lower())
    terms = tuple(sorted(pairs))
    return TermTable(terms, tuple(tuple(sorted(pairs[t])) for t in terms))


@dataclass(slots=True)
class Anchors:
    """The anchor keys of one sentence (or one bead of sentences)."""

    numbers: set[float] = field(default_factory=set)  # every number, words included
    digits: set[float] = field(default_factory=set)  # numbers written in digits: missing ones count against
    names: set[str] = field(default_factory=set)  # zh: pinyin runs; en: capitalised words
    terms: frozenset[int] = frozenset()
    persons: set[str] = field(default_factory=set)  # zh: pinyin of the given names of the persons named
    words: tuple[str, ...] = ()  # zh: dictionary words (lexicon.py)
    stems: frozenset[str] = frozenset()  # en: word stems


def zh_anchors(text: str, table: TermTable) -> Anchors:
    nums = zh_numbers(text)
    return Anchors({number_key(v) for *_, v, _ in nums}, {number_key(v) for *_, v, d in nums if d},
                   zh_pinyin_keys(text), table.zh_ids(text), words=lexicon.zh_words(text))


def en_anchors(text: str, table: TermTable) -> Anchors:
    nums = en_numbers(text)
    return Anchors({number_key(v) for *_, v, _ in nums}, {number_key(v) for *_, v, d in nums if d},
                   en_name_keys(text), table.en_ids(text), stems=lexicon.en_stems(text))
