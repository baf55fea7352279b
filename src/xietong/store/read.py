"""Queries over the store, returning plain rows or model objects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..errors import NoSuchRecord
from ..model import Commitment, Document, EntityMention, PersonMention, Quantity, Sentence
from .schema import (
    CommitmentAreaRow,
    CommitmentRow,
    DocumentRow,
    EntityRow,
    PairRow,
    PersonMentionRow,
    PersonRow,
    QuantityRow,
    SentenceRow,
)


@dataclass(slots=True)
class DocSummary:
    id: int
    date: str | None
    lang: str
    title: str | None
    source: str | None
    path: str
    jurisdictions: list[str]
    sentences: int
    quantities: int
    commitments: int
    persons: int
    pairs: list[int]


def _count(session: Session, table: Any, doc_ids: list[int]) -> dict[int, int]:
    rows = session.execute(select(table.doc_id, func.count()).where(table.doc_id.in_(doc_ids)).group_by(table.doc_id))
    return dict(rows.all())  # type: ignore[arg-type]


def list_documents(session: Session) -> list[DocSummary]:
    docs = session.execute(select(DocumentRow.id, DocumentRow.date, DocumentRow.lang, DocumentRow.title,
                                  DocumentRow.source, DocumentRow.path, DocumentRow.jurisdictions)
                           .order_by(DocumentRow.date.is_(None), DocumentRow.date, DocumentRow.id)).all()
    ids = [d.id for d in docs]
    counts = {t: _count(session, t, ids) for t in (SentenceRow, QuantityRow, CommitmentRow, PersonMentionRow)}
    pairs: dict[int, list[int]] = {}
    for a, b in session.execute(select(PairRow.a_id, PairRow.b_id)):
        pairs.setdefault(a, []).append(b)
        pairs.setdefault(b, []).append(a)
    return [DocSummary(d.id, d.date, d.lang, d.title, d.source, d.path, list(d.jurisdictions or []),
                       counts[SentenceRow].get(d.id, 0), counts[QuantityRow].get(d.id, 0),
                       counts[CommitmentRow].get(d.id, 0), counts[PersonMentionRow].get(d.id, 0),
                       sorted(pairs.get(d.id, []))) for d in docs]


def get_row(session: Session, ref: str | int) -> DocumentRow:
    """A document by id, by a prefix of its content hash, or by its path."""
    ref = str(ref)
    row = session.get(DocumentRow, int(ref)) if ref.isdigit() else None
    if row is None and len(ref) >= 6:
        row = session.scalar(select(DocumentRow).where(DocumentRow.sha256.startswith(ref)))
    if row is None:
        row = session.scalar(select(DocumentRow).where(or_(DocumentRow.path == ref, DocumentRow.path.endswith("/" + ref)))
                             .limit(1))
    if row is None:
        raise NoSuchRecord(f"no document {ref!r} in the database (see `xietong docs`)")
    return row


def load_document(session: Session, ref: str | int) -> tuple[int, Document]:
    """The stored document rebuilt as a ``model.Document`` with all its facts."""
    row = get_row(session, ref)
    doc = Document(text=row.text, path=row.path, lang=row.lang, date=row.date, title=row.title, source=row.source,
                   jurisdictions=list(row.jurisdictions or []), format=row.format, encoding=row.encoding,
                   sha256=row.sha256, stages=dict(row.stages or {}))
    doc.sentences = [Sentence(s.start, s.end, s.idx, s.paragraph, s.heading) for s in row.sentences]
    doc.quantities = [Quantity(q.start, q.end, q.value, q.unit, q.metric, q.kind, q.year, q.approx)
                      for q in row.quantities]
    doc.commitments = [Commitment(c.start, c.end, [a.area for a in sorted(c.areas, key=lambda a: a.rank)], c.actor,
                                  c.strength, c.deadline, c.deadline_text) for c in row.commitments]
    doc.persons = [PersonMention(p.start, p.end, p.name, p.title, p.org) for p in row.mentions]
    doc.entities = [EntityMention(e.start, e.end, e.type, e.text, e.ref, e.name_zh, e.name_en) for e in row.entities]
    return row.id, doc


@dataclass(slots=True)
class CommitmentHit:
    doc_id: int
    date: str | None
    lang: str
    text: str
    commitment: Commitment


def find_commitments(session: Session, area: str | None = None, jurisdiction: str | None = None,
                     strength: str | None = None, doc: str | None = None, limit: int = 200) -> list[CommitmentHit]:
    q: Select = select(CommitmentRow, DocumentRow).join(DocumentRow, CommitmentRow.doc_id == DocumentRow.id)
    if area:
        q = q.where(CommitmentRow.id.in_(select(CommitmentAreaRow.commitment_id).where(CommitmentAreaRow.area == area)))
    if strength:
        q = q.where(CommitmentRow.strength == strength)
    if doc:
        q = q.where(CommitmentRow.doc_id == get_row(session, doc).id)
    hits = []
    for c, d in session.execute(q.order_by(DocumentRow.date.desc(), CommitmentRow.doc_id, CommitmentRow.start)):
        # JSON containment differs between backends; the list is short, so filter here.
        if jurisdiction and jurisdiction not in (d.jurisdictions or []):
            continue
        areas = [a.area for a in sorted(c.areas, key=lambda a: a.rank)]
        hits.append(CommitmentHit(d.id, d.date, d.lang, d.text[c.start:c.end],
                                  Commitment(c.start, c.end, areas, c.actor, c.strength, c.deadline, c.deadline_text)))
        if len(hits) >= limit:
            break
    return hits


@dataclass(slots=True)
class EntitySummary:
    type: str
    name: str
    ref: str | None
    name_zh: str | None
    name_en: str | None
    mentions: int
    documents: int


def list_entities(session: Session, type: str | None = None, limit: int = 200) -> list[EntitySummary]:
    if type == "person":
        rows = session.execute(
            select(PersonRow.id, PersonRow.name_zh, PersonRow.name_en, func.count(PersonMentionRow.id),
                   func.count(func.distinct(PersonMentionRow.doc_id)))
            .join(PersonMentionRow, PersonMentionRow.person_id == PersonRow.id)
            .group_by(PersonRow.id, PersonRow.name_zh, PersonRow.name_en)
            .order_by(func.count(PersonMentionRow.id).desc()).limit(limit))
        return [EntitySummary("person", r[1] or r[2] or "", str(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    name = func.coalesce(EntityRow.ref, EntityRow.text)
    q = select(EntityRow.type, name, func.min(EntityRow.text), func.max(EntityRow.ref), func.max(EntityRow.name_zh),
               func.max(EntityRow.name_en), func.count(EntityRow.id), func.count(func.distinct(EntityRow.doc_id)))
    if type:
        q = q.where(EntityRow.type == type)
    q = q.group_by(EntityRow.type, name).order_by(func.count(EntityRow.id).desc()).limit(limit)
    return [EntitySummary(r[0], r[4] or r[5] or r[2], r[3], r[4], r[5], r[6], r[7]) for r in session.execute(q)]


@dataclass(slots=True)
class PersonPage:
    id: int
    name_zh: str | None
    name_en: str | None
    mentions: list[tuple[int, str | None, str, str | None, str | None, str]]  # doc, date, name, title, org, sentence


def person_page(session: Session, name: str) -> PersonPage:
    from ..extract.linking import person_key

    person = session.scalar(select(PersonRow).where(PersonRow.key == person_key(name)))
    if person is None:
        person = session.scalar(select(PersonRow).where(or_(PersonRow.name_zh == name, PersonRow.name_en.ilike(name))))
    if person is None:
        raise NoSuchRecord(f"no person named {name!r} in the database (see `xietong entities --type person`)")
    rows = session.execute(select(PersonMentionRow, DocumentRow.date, DocumentRow.text)
                           .join(DocumentRow, PersonMentionRow.doc_id == DocumentRow.id)
                           .where(PersonMentionRow.person_id == person.id)
                           .order_by(DocumentRow.date.is_(None), DocumentRow.date, PersonMentionRow.doc_id,
                                     PersonMentionRow.start))
    mentions = []
    for m, date, text in rows:
        mentions.append((m.doc_id, date, m.name, m.title, m.org, _sentence_around(text, m.start, m.end)))
    return PersonPage(person.id, person.name_zh, person.name_en, mentions)


def _sentence_around(text: str, start: int, end: int, width: int = 60) -> str:
    a = max(text.rfind("\n", 0, start) + 1, start - width)
    b = text.find("\n", end)
    b = min(b if b >= 0 else len(text), end + width)
    return text[a:b].strip()
