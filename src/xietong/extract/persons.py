"""Persons: every mention of a named person, with the title written next to it.

The stage runs the Chinese finder (``persons_zh``) on text with Han characters
and the English one (``persons_en``) on text with Latin words, so a mixed
document gets both.  A name inside a known place or platform ("Lu Ban
Workshop", 鲁班工坊) is no mention, and the profile's place names (武清, 安新)
are never names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
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
        found += _zh_persons_any_script(text, blocked, _not_names(profile))
    if re.search(r"[A-Z][a-z]", text):
        found += en_persons(text, blocked)
    found.sort(key=lambda p: (p.start, p.end))
    doc.persons = found
    return doc


def _zh_persons_any_script(text: str, blocked: list[Span], exclude: frozenset[str]) -> list[PersonMention]:
    """Chinese names in simplified or traditional script.  Traditional text (韓俊平、
    調研員) is read through a character-for-character simplified copy, so that the
    surnames, titles and jieba's dictionary apply; offsets stay the same and each
    name is reported as written."""
    simple = _simplified(text)
    if simple is None:
        return zh_persons(text, blocked, exclude)
    found = zh_persons(simple, blocked, exclude)
    return [_as_written(p, text, simple) for p in found]


def _as_written(p: PersonMention, text: str, simple: str) -> PersonMention:
    """The mention with its name, title and organisation as the original script has them."""

    def original(part: str | None) -> str | None:
        if not part:
            return part
        i = simple.rfind(part, max(0, p.start - 60), p.end + 60)
        return text[i:i + len(part)] if i >= 0 else part

    return replace(p, name=text[p.start:p.end], title=original(p.title), org=original(p.org))


# Share of Han characters that must change under simplification for a text to be
# read as traditional: a simplified text has a few ambiguous ones at most.
_TRADITIONAL_SHARE = 0.05


def _simplified(text: str) -> str | None:
    """A simplified copy of a traditional ``text`` with the same offsets, or None
    when the text is simplified already (or OpenCC is missing)."""
    convert = _t2s()
    if convert is None:
        return None
    han = [c for c in text if IS_HAN.match(c)]
    simple = convert(text)
    if len(simple) != len(text):  # a phrase rule changed the length: go one character at a time
        simple = "".join(c2 if len(c2 := convert(c)) == 1 else c for c in text)
    changed = sum(a != b for a, b in zip(text, simple, strict=True))
    return simple if han and changed >= _TRADITIONAL_SHARE * len(han) else None


@cache
def _t2s() -> Callable[[str], str] | None:
    try:
        import opencc  # imported here: only traditional text needs it
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


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
