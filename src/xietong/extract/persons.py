"""Persons: every mention of a named person, with the title written next to it.

The stage runs the Chinese finder (``persons_zh``) on text with Han characters
and the English one (``persons_en``) on text with Latin words, so a mixed
document gets both.  A name inside a known place or platform ("Lu Ban
Workshop", 鲁班工坊) is no mention, and the profile's place names (武清, 安新)
are never names.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..model import Document, EntityMention, PersonMention
from .persons_base import Span
from .persons_en import en_persons
from .persons_zh import zh_persons
from .persons_zh_doc import IS_HAN

__all__ = ["en_persons", "stage", "zh_persons"]


def stage(doc: Document, profile: Any = None) -> Document:
    text = doc.text
    blocked = _blocked_spans(doc.entities)
    found: list[PersonMention] = []
    if IS_HAN.search(text):
        found += zh_persons(text, blocked, _not_names(profile))
    if re.search(r"[A-Z][a-z]", text):
        found += en_persons(text, blocked)
    found.sort(key=lambda p: (p.start, p.end))
    doc.persons = found
    return doc


def _not_names(profile: Any) -> frozenset[str]:
    """Chinese place names of the profile's gazetteer, with and without their suffix."""
    name = getattr(profile, "name", None) or "jjj"
    return _place_words(name)


@cache
def _place_words(profile_name: str) -> frozenset[str]:
    from ..profiles import load_profile

    try:
        data = load_profile(profile_name).data("places")
    except ValueError:
        return frozenset()
    if not isinstance(data, dict):
        return frozenset()
    suffixes = sorted((data.get("patterns") or {}).get("zh_suffixes", []), key=len, reverse=True)
    strip = re.compile(f"(?:{'|'.join(map(re.escape, suffixes)) or '(?!)'})$")
    out: set[str] = set()
    for item in data.get("items", []):
        for w in [item.get("zh"), *item.get("zh_variants", [])]:
            if w:
                out.update((w, strip.sub("", w)))
    return frozenset(w for w in out if len(w) >= 2)


def _blocked_spans(entities: list[EntityMention]) -> list[Span]:
    # A name inside a known place or platform name (鲁班工坊 "Luban Workshop") is no
    # mention; spans found only by a suffix pattern are too loose to hide a person.
    return [(e.start, e.end) for e in entities if e.type in ("place", "platform") and e.ref]
