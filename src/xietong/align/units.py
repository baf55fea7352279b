"""The units the aligner pairs: the segmenter's sentences, mended where the layout broke them.

- Hard-wrapped text (copied out of a PDF) breaks every line at the same width,
  in the middle of sentences: the pieces are joined back, and a paragraph runs
  until a line that stops short.
- A Chinese sentence is cut into clauses after each ``；``: a translation
  often makes a sentence of each clause, and the aligner still pairs the
  clauses of one sentence together at no extra cost.
- An English heading with no final stop runs into the first sentence of its
  paragraph ("2. Advancing X We will ..."): it is split off, with the bare list
  number before it, so that it can pair with its own Chinese heading.

Units keep offsets into the document's text; scoring and storage map them back
onto whatever sentences they overlap.
"""

from __future__ import annotations

import re

from ..lang import bilingual as bi
from ..model import Sentence
from ..segment.sentences import CLOSERS, EN_FINAL, ZH_FINAL
from .anchors import is_pinyin

WRAP_LINES = 4  # lines a text needs before it can be taken for hard-wrapped ...
WRAP_WIDTH = 20  # ... the width (characters) its long lines run to, at least ...
WRAP_FULL = 0.85  # ... the share of that width from which a line is full ...
WRAP_SHARE = 0.3  # ... and the share of its lines that are full and stop mid-sentence
HEADING_MAX = 160  # characters of an English heading run into the sentence after it
_STOPS = ZH_FINAL + EN_FINAL + CLOSERS + "：:；;"  # a line ending in one of these may end a sentence
_ENUMERATOR_ONLY = re.compile(r"\(?(?:\d+|[IVXivx]+)[.)]")
_SEAM = re.compile(r"(?<=[a-z0-9]) ([A-Z][a-z]+) (?=[a-z0-9])")
_DASH_SEAM = re.compile(r"(?<=[A-Za-z0-9]) (?=[—–] ?[A-Z])")  # "... in 2023 — Overall growth ...": a dash item


def units(text: str, sentences: list[Sentence], chinese: bool) -> list[Sentence]:
    """The sentences of one side of a pair as the aligner should see them."""
    joined = _unwrap(text, sentences)
    # English clauses are left whole: where an English ";" stands, the Chinese has a sentence of its
    # own as often as not, and the gold pairs whole sentences
    return _clauses(text, joined, bi.ZH_CLAUSE_END) if chinese else _unglue_headings(text, joined)


def _unwrap(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences joined back across the line breaks of hard-wrapped text (copied out of a PDF),
    where most lines run to the same width and stop mid-sentence, and its paragraphs made of the
    lines up to one that stops short; other text is left as it is."""
    ends: list[int] = []  # where each non-blank line ends
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            ends.append(pos + len(line.rstrip()))
        pos += len(line) + 1
    if len(ends) < WRAP_LINES:
        return sentences
    lengths = {e: len(text[text.rfind("\n", 0, e) + 1:e].strip()) for e in ends}
    width = sorted(lengths.values())[int(0.9 * (len(ends) - 1))]
    full = {e for e in ends if lengths[e] >= WRAP_FULL * width}  # lines that run on to the next
    broken = {e for e in full if text[e - 1] not in _STOPS}  # ... in the middle of a sentence
    if width < WRAP_WIDTH or len(broken) < WRAP_SHARE * len(ends):
        return sentences
    out: list[Sentence] = []
    paragraph = 0
    for k, s in enumerate(sentences):
        prev = sentences[k - 1] if k else None
        if prev is not None and prev.end in broken:
            out[-1] = Sentence(out[-1].start, s.end, out[-1].index, paragraph, out[-1].heading)
            continue
        if prev is not None and prev.paragraph != s.paragraph and prev.end not in full:
            paragraph += 1
        out.append(Sentence(s.start, s.end, len(out), paragraph, s.heading))
    return out


def _clauses(text: str, sentences: list[Sentence], marks: str) -> list[Sentence]:
    """Sentences cut after each clause mark ("；", "; "): a translation often makes a sentence of each
    clause.  A clause keeps the ``index`` of its sentence, so that the aligner can join them again."""
    out: list[Sentence] = []
    cut = re.compile(rf"[{marks}]\s+" if marks.isascii() else f"[{marks}]")
    for k, s in enumerate(sentences):
        start = s.start
        for m in cut.finditer(text[s.start:s.end - 1]):
            out.append(Sentence(start, s.start + m.start() + 1, k, s.paragraph, s.heading))
            start = s.start + m.end()
        out.append(Sentence(start, s.end, k, s.paragraph, s.heading))
    return out


def _heading_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a heading with no final stop runs into the sentence after it, as (heading end, sentence
    start): before a word that opens sentences ("... layout We will"), before a capitalised -ing word
    ("... governance Acting on") that is no Chinese name (Beijing) and ends a heading with no comma,
    or before a dash that opens a list item ("... in 2023 — Overall growth ...")."""
    dash = _DASH_SEAM.search(text, start, min(end, start + HEADING_MAX))
    for m in _SEAM.finditer(text, start, dash.start() if dash else min(end, start + HEADING_MAX)):
        word = m.group(1)
        if word in bi.EN_SENTENCE_OPENERS:
            return m.start(), m.start(1)
        if word.endswith("ing") and "," not in text[start:m.start()] and not is_pinyin(word):
            return m.start(), m.start(1)
    return (dash.start(), dash.end()) if dash else None


def _unglue_headings(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """English sentences as the aligner sees them: a heading with no final stop split off the first
    sentence of its paragraph where the English runs on ("2. Advancing X We will ..."), together with
    a bare list number ("2.") before it, so that it can pair with its own Chinese heading."""
    out: list[Sentence] = []
    for k, s in enumerate(sentences):
        after_number = k > 0 and sentences[k - 1].paragraph == s.paragraph and \
            _ENUMERATOR_ONLY.fullmatch(text[sentences[k - 1].start:sentences[k - 1].end]) is not None
        first = k == 0 or sentences[k - 1].paragraph != s.paragraph or after_number
        seam = _heading_end(text, s.start, s.end) if first else None
        if seam is None:
            out.append(Sentence(s.start, s.end, len(out), s.paragraph, s.heading))
            continue
        start = s.start
        if after_number:
            start = out.pop().start
        out.append(Sentence(start, seam[0], len(out), s.paragraph, True))
        out.append(Sentence(seam[1], s.end, len(out), s.paragraph, False))
    return out
