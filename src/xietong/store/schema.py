"""SQLAlchemy 2 tables.  Every fact points to its document and a span of its text.

Migrations in ``migrations/versions`` create exactly these tables; a test
compares them with this module.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SpanMixin:
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    jurisdictions: Mapped[list[str]] = mapped_column(JSON, default=list)
    format: Mapped[str] = mapped_column(String(8))
    encoding: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    stages: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    sentences: Mapped[list[SentenceRow]] = relationship(cascade="all, delete-orphan", order_by="SentenceRow.idx")
    quantities: Mapped[list[QuantityRow]] = relationship(cascade="all, delete-orphan", order_by="QuantityRow.start")
    commitments: Mapped[list[CommitmentRow]] = relationship(cascade="all, delete-orphan",
                                                            order_by="CommitmentRow.start")
    mentions: Mapped[list[PersonMentionRow]] = relationship(cascade="all, delete-orphan",
                                                            order_by="PersonMentionRow.start")
    entities: Mapped[list[EntityRow]] = relationship(cascade="all, delete-orphan", order_by="EntityRow.start")


class SentenceRow(SpanMixin, Base):
    __tablename__ = "sentences"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    heading: Mapped[bool] = mapped_column(Boolean, default=False)
    tokens: Mapped[str] = mapped_column(Text)  # space-joined index terms (segment.words)


class QuantityRow(SpanMixin, Base):
    __tablename__ = "quantities"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16), index=True)
    metric: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(8))
    year: Mapped[int | None] = mapped_column(Integer)
    approx: Mapped[str | None] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)


class CommitmentRow(SpanMixin, Base):
    __tablename__ = "commitments"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str | None] = mapped_column(Text)
    strength: Mapped[str] = mapped_column(String(12), index=True)
    deadline: Mapped[str | None] = mapped_column(String(10))
    deadline_text: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    areas: Mapped[list[CommitmentAreaRow]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class CommitmentAreaRow(Base):
    __tablename__ = "commitment_areas"
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True)
    area: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)
    rank: Mapped[int] = mapped_column(Integer, default=0)


class PersonRow(Base):
    """One real person, however many spellings and documents name them."""

    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_zh: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(128), unique=True)  # pinyin key shared by both spellings
    mentions: Mapped[list[PersonMentionRow]] = relationship(back_populates="person")


class PersonMentionRow(SpanMixin, Base):
    __tablename__ = "person_mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    org: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    person: Mapped[PersonRow] = relationship(back_populates="mentions")


class EntityRow(SpanMixin, Base):
    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(12), index=True)
    text: Mapped[str] = mapped_column(Text)
    ref: Mapped[str | None] = mapped_column(String(128), index=True)
    name_zh: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)


class PairRow(Base):
    """Two documents where one translates the other, with their sentence alignment."""

    __tablename__ = "pairs"
    __table_args__ = (UniqueConstraint("a_id", "b_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    a_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    b_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    version: Mapped[int] = mapped_column(Integer)
    links: Mapped[list[LinkRow]] = relationship(cascade="all, delete-orphan", order_by="LinkRow.a_start")


class LinkRow(Base):
    __tablename__ = "alignment_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    a_start: Mapped[int] = mapped_column(Integer)
    a_end: Mapped[int] = mapped_column(Integer)
    b_start: Mapped[int] = mapped_column(Integer)
    b_end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)


Index("ix_person_mentions_name", PersonMentionRow.name)
