"""The one write path: a document and all its facts, stored whole or not at all.

Callers hold a session from ``db.session_scope``; nothing here commits.
"""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ..model import Alignment, Document
from ..segment.words import words
from .schema import (
    CommitmentAreaRow,
    CommitmentRow,
    DocumentRow,
    EntityRow,
    LinkRow,
    PairRow,
    PersonMentionRow,
    PersonRow,
    QuantityRow,
    SentenceRow,
)


def find_by_hash(session: Session, sha256: str) -> DocumentRow | None:
    return session.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha256))


def save_document(session: Session, doc: Document) -> tuple[DocumentRow, str]:
    """Insert ``doc`` or replace the facts of the stored copy of the same text.

    Returns the row and ``"added"``, ``"updated"`` (extractors changed) or
    ``"unchanged"``.
    """
    row = find_by_hash(session, doc.sha256)
    if row is not None and row.stages == doc.stages:
        return row, "unchanged"
    status = "updated" if row is not None else "added"
    if row is None:
        row = DocumentRow(sha256=doc.sha256, text=doc.text)
        session.add(row)
    else:
        _drop_facts(session, row)
    row.path, row.title, row.lang, row.date = doc.path, doc.title, doc.lang, doc.date
    row.source, row.jurisdictions, row.format = doc.source, list(doc.jurisdictions), doc.format
    row.encoding, row.stages = doc.encoding, dict(doc.stages)
    session.flush()
    _add_facts(session, row, doc)
    return row, status


def _drop_facts(session: Session, row: DocumentRow) -> None:
    if session.get_bind().dialect.name == "sqlite":
        for sid, tokens in session.execute(select(SentenceRow.id, SentenceRow.tokens).where(SentenceRow.doc_id == row.id)):
            session.execute(text("INSERT INTO sentence_fts(sentence_fts, rowid, tokens) VALUES('delete', :id, :t)"),
                            {"id": sid, "t": tokens})
    for table in (SentenceRow, QuantityRow, CommitmentRow, PersonMentionRow, EntityRow):
        session.execute(delete(table).where(table.doc_id == row.id))
    session.expire(row)


def _add_facts(session: Session, row: DocumentRow, doc: Document) -> None:
    v = doc.stages
    t = doc.text
    sentences = [SentenceRow(doc_id=row.id, idx=s.index, start=s.start, end=s.end, paragraph=s.paragraph,
                             heading=s.heading, tokens=" ".join(words(t[s.start:s.end]))) for s in doc.sentences]
    session.add_all(sentences)
    session.add_all(QuantityRow(doc_id=row.id, start=q.start, end=q.end, value=q.value, unit=q.unit, metric=q.metric,
                                kind=q.kind, year=q.year, approx=q.approx, version=v.get("quantities", 0))
                    for q in doc.quantities)
    for c in doc.commitments:
        session.add(CommitmentRow(doc_id=row.id, start=c.start, end=c.end, actor=c.actor, strength=c.strength,
                                  deadline=c.deadline, deadline_text=c.deadline_text, version=v.get("commitments", 0),
                                  areas=[CommitmentAreaRow(area=a, rank=i) for i, a in enumerate(c.areas)]))
    session.add_all(EntityRow(doc_id=row.id, start=e.start, end=e.end, type=e.type, text=e.text, ref=e.ref,
                              name_zh=e.name_zh, name_en=e.name_en, version=v.get("entities", 0))
                    for e in doc.entities)
    for p in doc.persons:
        session.add(PersonMentionRow(doc_id=row.id, person_id=_person(session, p.name).id, start=p.start, end=p.end,
                                     name=p.name, title=p.title, org=p.org, version=v.get("persons", 0)))
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO sentence_fts(rowid, tokens) VALUES (:id, :t)"),
                        [{"id": s.id, "t": s.tokens} for s in sentences])


def _person(session: Session, name: str) -> PersonRow:
    """The person a name refers to: 陈敏尔 and Chen Min'er share one row."""
    from ..extract.linking import person_key, same_person

    key = person_key(name)
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in name)
    person = session.scalar(select(PersonRow).where(PersonRow.key == key))
    if person is None:  # a spelling the key misses: 王常松 / "Wang Changshong"
        other = PersonRow.name_en if zh else PersonRow.name_zh
        for cand in session.scalars(select(PersonRow).where(other.is_not(None))):
            if same_person(name, cand.name_en or "") if zh else same_person(cand.name_zh or "", name):
                person = cand
                break
    if person is None:
        person = PersonRow(key=key)
        session.add(person)
    if zh:
        person.name_zh = person.name_zh or name
    else:
        person.name_en = person.name_en or name
    session.flush()
    return person


def save_alignment(session: Session, a_id: int, b_id: int, score: float, alignment: Alignment, version: int) -> PairRow:
    """Store (or replace) the pair ``a_id``/``b_id`` and its sentence links."""
    session.execute(delete(PairRow).where(PairRow.a_id == a_id, PairRow.b_id == b_id))
    pair = PairRow(a_id=a_id, b_id=b_id, score=score, version=version,
                   links=[LinkRow(a_start=p.a[0], a_end=p.a[1], b_start=p.b[0], b_end=p.b[1], score=p.score)
                          for p in alignment.pairs])
    session.add(pair)
    session.flush()
    return pair
