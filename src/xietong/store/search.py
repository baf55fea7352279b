"""Full-text search over sentences, Chinese and English, with highlights.

The index holds each sentence's terms from ``segment.words`` (FTS5 on
SQLite, a GIN ``tsvector`` index on PostgreSQL).  A query goes through the
same segmenter; a Chinese word also matches when the index holds only its
parts (协同发展 matches 协同 + 发展), and every query word must match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Float, Integer, column, func, select, text
from sqlalchemy.orm import Session

from ..patterns import alternation
from ..segment.words import words
from .schema import DocumentRow, SentenceRow


@dataclass(slots=True)
class SearchHit:
    doc_id: int
    date: str | None
    lang: str
    title: str | None
    start: int
    end: int
    text: str
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets into ``text``


def _terms(query: str) -> list[tuple[str, list[str]]]:
    """Each query word with the smaller words the index may hold instead."""
    out = []
    for w in dict.fromkeys(words(query, for_search=False)):
        parts = [p for p in words(w, for_search=True) if p != w]
        out.append((w, parts))
    return out


def _fts5_query(terms: list[tuple[str, list[str]]]) -> str:
    def q(t: str) -> str:
        return '"' + t.replace('"', '""') + '"'

    return " AND ".join(f"({q(w)} OR ({' AND '.join(map(q, p))}))" if p else q(w) for w, p in terms)


def _ts_query(terms: list[tuple[str, list[str]]]) -> str:
    def q(t: str) -> str:
        return "'" + t.replace("'", "''") + "'"

    return " & ".join(f"({q(w)} | ({' & '.join(map(q, p))}))" if p else q(w) for w, p in terms)


def search(session: Session, query: str, limit: int = 20, lang: str | None = None) -> list[SearchHit]:
    terms = _terms(query)
    if not terms:
        return []
    sentence_text = func.substr(DocumentRow.text, SentenceRow.start + 1, SentenceRow.end - SentenceRow.start)
    cols = (SentenceRow.doc_id, DocumentRow.date, DocumentRow.lang, DocumentRow.title, SentenceRow.start,
            SentenceRow.end, sentence_text)
    if session.get_bind().dialect.name == "sqlite":
        fts = text("SELECT rowid AS id, bm25(sentence_fts) AS rank FROM sentence_fts WHERE sentence_fts MATCH :q") \
            .columns(column("id", Integer), column("rank", Float)).subquery("fts")
        rank: ColumnElement[Any] = fts.c.rank
        stmt = select(*cols, rank).join(fts, fts.c.id == SentenceRow.id)
        params = {"q": _fts5_query(terms)}
    else:
        vec = func.to_tsvector("simple", SentenceRow.tokens)
        tsq = func.to_tsquery("simple", _ts_query(terms))
        rank = -func.ts_rank(vec, tsq)
        stmt = select(*cols, rank).where(vec.op("@@")(tsq))
        params = {}
    stmt = stmt.join(DocumentRow, DocumentRow.id == SentenceRow.doc_id)
    if lang:
        stmt = stmt.where(DocumentRow.lang == lang)
    rows = session.execute(stmt.order_by(rank.asc(), SentenceRow.doc_id, SentenceRow.start).limit(limit), params)
    pattern = _highlighter(terms)
    return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], float(r[7]),
                      [m.span() for m in pattern.finditer(r[6])]) for r in rows]


def _highlighter(terms: list[tuple[str, list[str]]]) -> re.Pattern[str]:
    variants = {t for w, parts in terms for t in [w, *parts]}
    return re.compile(alternation(variants), re.IGNORECASE)
