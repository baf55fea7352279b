"""Quantities: numbers with their unit, normalised to the units of GUIDELINES.md §2.

The stage finds numbers with the finder of the document's language
(``quantities_zh``, ``quantities_en``), drops those inside a short quote or a
title (labels such as “两个确立”, "Ten Actions") and those the entities stage
marked as part of a slogan, platform, organisation or place, and describes
the rest (``quantity_context``: metric, kind, year).

    >>> from xietong.model import Document
    >>> [(q.value, q.unit) for q in stage(Document("天津港集装箱吞吐量超过2000万标准箱。")).quantities]
    [(20000000.0, 'teu')]
"""

from __future__ import annotations

import re

from ..model import Document, Quantity
from . import numbers, quantities_en, quantities_zh
from .quantity_context import Sentences, describe_en, describe_zh
from .quantity_hits import Hit, Spans, dedupe

__all__ = ["Hit", "find", "stage"]

BLOCKING_ENTITIES = frozenset({"slogan", "platform", "org", "place"})

# A number inside a short quote or a title is a label: “两个确立”, "Ten Actions", 《2025年行动计划》.
_QUOTES = {
    "zh": re.compile(r"“[^“”\n]{1,16}”|「[^「」\n]{1,16}」|《[^《》\n]{1,60}》|\"[^\"\n]{1,16}\"|‘[^‘’\n]{1,16}’"),
    "en": re.compile(r"“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\"|‘[^‘’\n]{1,60}’|(?<![A-Za-z])'[^'\n]{1,40}'(?![A-Za-z])"),
}


def find(text: str, lang: str = "zh") -> list[Hit]:
    """Every number with a unit in ``text``, before entities are applied and facts described."""
    key = "en" if lang.startswith("en") else "zh"
    norm = numbers.halfwidth(text)
    finder = quantities_en.hits if key == "en" else quantities_zh.hits
    hits = dedupe([h for h in finder(norm) if h.unit])
    quotes = Spans(m.span() for m in _QUOTES[key].finditer(text))
    return [h for h in hits if not quotes.overlaps(h.start, h.num_end)]


def stage(doc: Document, profile: object = None) -> Document:
    """Fill ``doc.quantities``; numbers overlapping a slogan, platform, org or place entity are skipped."""
    lang = doc.lang or "zh"
    blocked = Spans((e.start, e.end) for e in doc.entities if e.type in BLOCKING_ENTITIES)
    describe = describe_en if lang.startswith("en") else describe_zh
    sentences = Sentences(doc)
    out: list[Quantity] = []
    for h in find(doc.text, lang):
        if blocked.overlaps(h.start, h.num_end):
            continue
        s0, s1 = sentences.around(h.start)
        metric, kind, year = describe(doc.text, h, s0, s1, doc.date)
        out.append(Quantity(h.start, h.end, h.value, h.unit or "", metric, kind, year, h.approx))
    doc.quantities = out
    return doc
