"""Split a document into sentences, Chinese and English, with offsets.

A sentence never crosses a line break: in every format the readers produce,
a line is a paragraph or a heading.  Inside a line a sentence ends at
。！？ (and a following closing quote or bracket), or at . ! ? followed by
space and something that starts a sentence, unless the dot ends a known
abbreviation.  A line with no sentence-final punctuation that is short is a
heading.  ``；`` is not a boundary: a clause list is one sentence.
"""

from __future__ import annotations

import re

from ..model import Document, Sentence

ZH_FINAL = "。！？"
EN_FINAL = ".!?"
CLOSERS = "”’」』）)\"'】"
OPENERS = "\"“‘'(（【《"
ABBREVIATIONS = frozenset(
    "mr mrs ms dr no st vs etc e.g i.e co ltd inc jan feb mar apr jun jul aug sep sept "
    "oct nov dec u.s u.k p.m a.m prof gen gov rep sen jr sr".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
HEADING_MAX = {"zh": 40, "en": 120}


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in OPENERS or ord(ch) > 0x2E80


def _cuts(line: str) -> list[int]:
    """Offsets inside ``line`` after which a sentence ends."""
    cuts: list[int] = []
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        end = None
        if ch in ZH_FINAL:
            end = i + 1
        elif ch in EN_FINAL:
            j = i + 1
            while j < n and line[j] in EN_FINAL:
                j += 1
            k = j
            while k < n and line[k] in CLOSERS:
                k += 1
            rest = line[k:].lstrip()
            at_end = k == n
            before_new = k < n and line[k].isspace() and rest and _starts_sentence(rest[0])
            if (at_end or before_new) and not (ch == "." and _is_abbreviation(line, i)):
                end = k
            i = j - 1
        if end is not None:
            while end < n and line[end] in CLOSERS:
                end += 1
            cuts.append(end)
            i = end
            continue
        i += 1
    return cuts


def _is_abbreviation(line: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(line[:dot])
    return m is not None and m.group(1).lower().strip(".") in ABBREVIATIONS


def split_sentences(text: str, lang: str = "zh") -> list[Sentence]:
    """Sentences of ``text`` trimmed of surrounding whitespace, in order."""
    out: list[Sentence] = []
    pos = 0
    paragraph = -1
    heading_max = HEADING_MAX.get(lang, 60)
    for line in text.split("\n"):
        bounds = [0, *_cuts(line), len(line)]
        pieces = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            seg = line[a:b]
            stripped = seg.strip()
            if stripped:
                start = pos + a + (len(seg) - len(seg.lstrip()))
                pieces.append((start, start + len(stripped), stripped))
        if pieces:
            paragraph += 1
            only = pieces[0][2] if len(pieces) == 1 else ""
            heading = 0 < len(only) <= heading_max and only[-1] not in ZH_FINAL + EN_FINAL + "；;：:，,"
            for s, e, _ in pieces:
                out.append(Sentence(s, e, index=len(out), paragraph=paragraph, heading=heading))
        pos += len(line) + 1
    return out


def stage(doc: Document, profile: object = None) -> Document:
    doc.sentences = split_sentences(doc.text, doc.lang)
    return doc
