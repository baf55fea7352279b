"""What a translation changed: left-out sentences, numbers that disagree, names rendered otherwise.

``differences(a, b, alignment)`` reads an alignment of ``a`` (the original)
and ``b`` (its translation) and reports

- omissions: sentences of ``a`` that no pair covers (``body`` tells a real
  sentence from page furniture such as a byline or a share button);
- additions: the same for ``b``;
- number mismatches: an aligned pair where a number written in digits on one
  side is missing on the other (``2300亿`` against ``320 billion``);
- name inconsistencies: an aligned pair where a glossary name or slogan of
  the profile appears in Chinese but none of its English renderings does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Alignment, Document
from .anchors import en_numbers, glossary_pairs, number_key, zh_numbers

BODY_MIN = 20  # characters (Chinese) of a left-out sentence that reads as body text, not furniture


@dataclass(slots=True)
class Omission:
    start: int
    end: int
    text: str
    body: bool


@dataclass(slots=True)
class NumberMismatch:
    a: tuple[int, int]  # the pair's spans
    b: tuple[int, int]
    only_a: list[str]  # numbers as written, with no counterpart on the other side
    only_b: list[str]


@dataclass(slots=True)
class NameMismatch:
    a: tuple[int, int]
    b: tuple[int, int]
    zh: str
    expected: list[str]  # the English renderings of the glossary


@dataclass(slots=True)
class Differences:
    a_path: str
    b_path: str
    omissions: list[Omission] = field(default_factory=list)
    additions: list[Omission] = field(default_factory=list)
    numbers: list[NumberMismatch] = field(default_factory=list)
    names: list[NameMismatch] = field(default_factory=list)


def differences(a: Document, b: Document, alignment: Alignment, profile: Any = None) -> Differences:
    """The differences between ``a`` and its translation ``b`` under ``alignment``."""
    out = Differences(a.path, b.path)
    out.omissions = _uncovered(a, [p.a for p in alignment.pairs])
    out.additions = _uncovered(b, [p.b for p in alignment.pairs])
    glossary = _glossary(profile)
    for p in alignment.pairs:
        ta, tb = a.text[p.a[0]:p.a[1]], b.text[p.b[0]:p.b[1]]
        only_a, only_b = _number_gaps(ta, a.lang, tb, b.lang)
        if only_a or only_b:
            out.numbers.append(NumberMismatch(p.a, p.b, only_a, only_b))
        zh_text, en_text = (ta, tb) if a.lang == "zh" else (tb, ta)
        low = en_text.lower()
        missing = [zh for zh, renderings in glossary.items()
                   if zh in zh_text and not any(r in low for r in renderings)]
        for zh in missing:  # 二十大 inside 党的二十大 is one finding, not two
            if not any(zh != other and zh in other for other in missing):
                out.names.append(NameMismatch(p.a, p.b, zh, sorted(glossary[zh])))
    return out


def _uncovered(doc: Document, spans: list[tuple[int, int]]) -> list[Omission]:
    if not doc.sentences:
        from ..segment.sentences import split_sentences

        doc.sentences = split_sentences(doc.text, doc.lang)
    out = []
    for s in doc.sentences:
        if any(s.start < e and b < s.end for b, e in spans):
            continue
        text = doc.text[s.start:s.end]
        size = len(text) if doc.lang == "zh" else len(text) / 4
        wordy = sum(ch.isalpha() for ch in text) >= len(text) / 2  # not a tracking code or a date line
        out.append(Omission(s.start, s.end, text, body=not s.heading and wordy and size >= BODY_MIN))
    return out


def _numbers(text: str, lang: str) -> dict[float, str]:
    found = zh_numbers(text) if lang == "zh" else en_numbers(text)
    return {number_key(v): text[s:e] for s, e, v, _ in found}


def _digits(text: str, lang: str) -> dict[float, str]:
    found = zh_numbers(text) if lang == "zh" else en_numbers(text)
    return {number_key(v): text[s:e] for s, e, v, digits in found if digits}


def _number_gaps(ta: str, la: str, tb: str, lb: str) -> tuple[list[str], list[str]]:
    """Digit-written numbers of each side that the other side does not have in any form."""
    na, nb = _numbers(ta, la), _numbers(tb, lb)
    only_a = [w for k, w in _digits(ta, la).items() if k not in nb]
    only_b = [w for k, w in _digits(tb, lb).items() if k not in na]
    return only_a, only_b


def _glossary(profile: Any) -> dict[str, set[str]]:
    """Chinese names and slogans of the profile's glossary, with their English renderings (lower case)."""
    if profile is None:
        from ..profiles import load_profile

        profile = load_profile()
    out: dict[str, set[str]] = {}
    for zh, en in glossary_pairs(profile.data("glossary")):
        out.setdefault(zh, set()).add(en.lower())
    return out
