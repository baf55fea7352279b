"""Language, date, title, source and jurisdictions of a document (minimal)."""

from __future__ import annotations

import re

from ..model import Document

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_lang(text: str) -> str:
    sample = text[:20000]
    return "zh" if len(_CJK.findall(sample)) * 2 >= len(_LATIN.findall(sample)) * 0.5 else "en"


def fill_metadata(doc: Document) -> Document:
    doc.lang = detect_lang(doc.text)
    return doc
