"""Language, date, title, source outlet and jurisdictions of a document.

Each is a pure function of the text; ``fill_metadata`` sets them all.
The words they look for are data: ``lang/meta.py`` (header words),
``profiles/jjj/outlets.json`` and ``profiles/jjj/jurisdictions.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import meta
from ..model import Document
from ..patterns import alternation
from ..profiles import load_profile
from .dates import KINDS, DateMention, find_dates, resolve_year, year_mentions

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
CJK_CHARS_PER_WORD = 1.5  # a Chinese word is one to two characters
LEDE = 1000  # the event a document reports is dated in its first lines, not in its history
HEADER_LINES = 8
DOMINANT_YEAR = 2  # times a year is printed before a dateline without one may take it from afar
TITLE_LINES, TITLE_CHARS = 3, 80  # where a title and its date line print the year a dateline leaves out


# Stored with a document's stage versions: a change here makes `xietong ingest` refresh stored documents.
VERSION = 2


def fill_metadata(doc: Document, profile: str = "jjj") -> Document:
    doc.stages["metadata"] = VERSION
    doc.lang = detect_lang(doc.text)
    doc.date = document_date(doc.text)
    doc.title = find_title(doc.text)
    doc.source = find_source(doc.text, profile)
    doc.jurisdictions = find_jurisdictions(doc.text, profile)
    return doc


# -- language ---------------------------------------------------------------------------------------------------

def detect_lang(text: str) -> str:
    """``zh`` or ``en``, by comparing Chinese words (estimated from characters) with Latin words."""
    sample = text[:20000]
    cjk_words = len(_CJK.findall(sample)) / CJK_CHARS_PER_WORD
    return "zh" if cjk_words >= len(_LATIN_WORD.findall(sample)) and cjk_words > 0 else "en"


# -- date (GUIDELINES.md §1) ------------------------------------------------------------------------------------

def document_date(text: str) -> str | None:
    """The publication date; else the date of the reported event when its year is printed; else None.

    Mentions are tried by kind (``dates.KINDS``): publication line,
    written/signed line, a date line of the header, news dateline, the date
    line of a speech, then an event dated in the lede.  A mention without a
    year takes the year of the publication line, else of a full date or a
    year printed in its own paragraph or in the title lines (a year told
    paragraphs away is often the year of some other part of the story),
    else of the year the document prints most often.
    """
    mentions = [m for m in find_dates(text) if m.day is not None]
    dated = [m for m in mentions if m.year is not None]
    years = year_mentions(text)
    dominant = _dominant_year(years)
    title_end = _title_end(text)
    for kind in KINDS:
        for m in mentions:
            if m.kind != kind or (kind == "event" and m.start >= LEDE):
                continue
            near = _Near(*_paragraph(text, m.start), title_end)
            local = [oy for oy in years if near(oy[0])] or [(m.start, y) for y in dominant]
            resolved = resolve_year(m, _anchor(m, dated, near), local)
            if resolved is not None:
                return resolved.value
    return None


@dataclass(frozen=True, slots=True)
class _Near:
    """Where a year-less date may take its year from: its own paragraph, or the title lines."""
    start: int
    end: int
    title_end: int

    def __call__(self, offset: int) -> bool:
        return offset < self.title_end or self.start <= offset < self.end


def _anchor(m: DateMention, dated: list[DateMention], near: _Near) -> DateMention | None:
    """The publication line (anywhere), else the nearest full date ``near`` the mention."""
    pool = [d for d in dated if d.kind == "publication"] or [d for d in dated if near(d.start)]
    return min(pool, key=lambda d: abs(d.start - m.start)) if pool else None


def _dominant_year(years: list[tuple[int, int]]) -> list[int]:
    """The year printed most often (the later on a tie), if printed at least ``DOMINANT_YEAR`` times.

    A story tells its own year again and again; a year printed once is a
    piece of history ("in 1996 he moved to Beijing").
    """
    counts = Counter(y for _, y in years)
    if not counts:
        return []
    year, n = max(counts.items(), key=lambda yn: (yn[1], yn[0]))
    return [year] if n >= DOMINANT_YEAR else []


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _title_end(text: str) -> int:
    """Offset after the title lines: the first ``TITLE_LINES`` non-empty lines, up to the first paragraph."""
    seen, offset = 0, 0
    for line in text.split("\n"):
        if len(line.strip()) > TITLE_CHARS:
            break
        offset += len(line) + 1
        seen += bool(line.strip())
        if seen >= TITLE_LINES:
            break
    return offset


# -- title ------------------------------------------------------------------------------------------------------

_SENTENCE_END = tuple("。！？；.!?;")
_NAV_SPLIT = re.compile("|".join(map(re.escape, meta.NAV_SEPARATORS)))
_BREADCRUMB = re.compile("|".join(map(re.escape, meta.BREADCRUMB_SEPARATORS)))
_SOURCE_MARKERS = alternation(meta.SOURCE_MARKERS)
_SOURCE_LINE = re.compile(rf"(?<![^\W\d_])(?:{_SOURCE_MARKERS})\s*[:：]", re.I)  # 资金来源： is no source line
_NAV_WORDS = {w.lower() for w in meta.NAVIGATION}
_TITLE_MAX = {"zh": 60, "en": 200}


def find_title(text: str) -> str | None:
    """The first heading-like line of the header: not navigation, a date or source line, nor body text."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEADER_LINES]
    for line in lines:
        if _BREADCRUMB.search(line) or _SOURCE_LINE.search(line) or line.startswith(("——", "—", "(", "（")):
            continue
        candidate = _strip_nav(line)
        if candidate is None or _is_date_line(candidate):
            continue
        limit = _TITLE_MAX[detect_lang(candidate)]
        if len(candidate) > limit or candidate.endswith(_SENTENCE_END):
            return None  # the body has begun: this document prints no title
        if len(candidate) >= 4:
            return candidate
    return None


def _strip_nav(line: str) -> str | None:
    """``"Follow | Title"`` → ``"Title"``; a line that is all navigation → None."""
    parts = [p.strip() for p in _NAV_SPLIT.split(line)]
    kept = [p for p in parts if p and p.rstrip(":：").lower() not in _NAV_WORDS]
    return max(kept, key=len) if kept else None


def _is_date_line(line: str) -> bool:
    covered = sum(m.end - m.start for m in find_dates(line))
    return covered > 0 and covered >= 0.4 * len(line)


# -- source outlet ----------------------------------------------------------------------------------------------

_SOURCE_VALUE = re.compile(rf"(?<![^\W\d_])(?:{_SOURCE_MARKERS})\s*[:：]\s*(?P<v>[^\n]{{1,40}})", re.I)
_NEXT_FIELD = alternation(meta.PUBLICATION_MARKERS + meta.BYLINE_MARKERS)
# Where the value of "来源：" ends: wide space, punctuation, or the next field ("Release time", "作者：").
_VALUE_END = re.compile(rf"\s{{2,}}|[|｜，,;；。]|\s(?=(?:{_NEXT_FIELD})\b)|\s*(?:{_NEXT_FIELD})\s*[:：]", re.I)
_AGENCY_CREDIT = re.compile(r"[(（]\s*(?P<v>[^()（）\n/]{2,30}?)\s*[)）]")
SOURCE_REGION = 1500


def find_source(text: str, profile: str = "jjj") -> str | None:
    """The outlet a document comes from: its source line, else an agency credit, else a site name in the header."""
    head = text[:SOURCE_REGION]
    for region in (head, text[-SOURCE_REGION:]):
        m = _SOURCE_VALUE.search(region)
        if m:
            value = _VALUE_END.split(m.group("v"), maxsplit=1)[0].strip()
            return _outlet(value, profile) or value or None
    for m in _AGENCY_CREDIT.finditer(head):
        outlet = _outlet(m.group("v"), profile, whole=True)
        if outlet:
            return outlet
    header = "\n".join(head.split("\n")[:3])
    return _outlet(header, profile)


def _outlet(value: str, profile: str, whole: bool = False) -> str | None:
    """The normalised name of the outlet ``value`` names (``whole``: it must be nothing else)."""
    for alias, name in _aliases(profile):
        hit = value.strip().lower() == alias.lower() if whole else alias.lower() in value.lower()
        if hit:
            return name
    return None


@cache
def _aliases(profile: str) -> list[tuple[str, str]]:
    outlets = load_profile(profile).data("outlets").get("outlets", [])
    pairs = [(a, o["name"]) for o in outlets for a in o["aliases"]]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


# -- jurisdictions ----------------------------------------------------------------------------------------------

def find_jurisdictions(text: str, profile: str = "jjj") -> list[str]:
    """Jurisdictions the text concerns, most mentioned first, each with at least a minimum share."""
    data, patterns, targets = _jurisdiction_matcher(profile)
    counts: Counter[str] = Counter()  # weighted
    raw: Counter[str] = Counter()
    for rx in patterns:
        for m in rx.finditer(text):
            for j in targets[m.group(0)]:
                counts[j] += data["jurisdictions"][j].get("weight", 1.0)
                raw[j] += 1
    total = sum(counts.values())
    if not total:
        return []
    return [j for j, n in sorted(counts.items(), key=lambda jn: (-jn[1], jn[0]))
            if raw[j] >= data.get("min_count", 1) and n / total >= data.get("min_share", 0.0)]


@cache
def _jurisdiction_matcher(profile: str) -> tuple[dict[str, Any], list[re.Pattern[str]], dict[str, list[str]]]:
    """One pattern for Latin terms (whole words) and one for the rest; the longest term wins at a position."""
    data = load_profile(profile).data("jurisdictions")
    targets: dict[str, list[str]] = {t: [j] for j, spec in data.get("jurisdictions", {}).items()
                                     for t in spec["terms"]}
    targets.update(data.get("combined", {}))
    latin = [t for t in targets if t.isascii()]
    other = [t for t in targets if not t.isascii()]
    patterns = []
    for terms, edge in ((latin, r"\b"), (other, "")):
        if terms:
            # Python's re tries every alternative at every position: a lookahead
            # on the first characters skips most positions at once.
            firsts = "".join(sorted({re.escape(t[0]) for t in terms}))
            alternatives = alternation(terms)
            patterns.append(re.compile(rf"{edge}(?=[{firsts}])(?:{alternatives}){edge}"))
    return data, patterns, targets
