"""Documents, sentences with a full-text index, and the extracted facts.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _span() -> list[sa.Column]:
    return [sa.Column("start", sa.Integer(), nullable=False), sa.Column("end", sa.Integer(), nullable=False)]


def _doc_fk() -> sa.Column:
    return sa.Column("doc_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                     index=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("source", sa.Text()),
        sa.Column("jurisdictions", sa.JSON(), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), primary_key=True),
        _doc_fk(),
        sa.Column("idx", sa.Integer(), nullable=False),
        *_span(),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Boolean(), nullable=False),
        sa.Column("tokens", sa.Text(), nullable=False),
    )
    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer(), primary_key=True),
        _doc_fk(),
        *_span(),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False, index=True),
        sa.Column("metric", sa.Text()),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("year", sa.Integer()),
        sa.Column("approx", sa.String(16)),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _doc_fk(),
        *_span(),
        sa.Column("actor", sa.Text()),
        sa.Column("strength", sa.String(12), nullable=False, index=True),
        sa.Column("deadline", sa.String(10)),
        sa.Column("deadline_text", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "commitment_areas",
        sa.Column("commitment_id", sa.Integer(), sa.ForeignKey("commitments.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("area", sa.String(32), primary_key=True, index=True),
        sa.Column("rank", sa.Integer(), nullable=False),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_zh", sa.Text()),
        sa.Column("name_en", sa.Text()),
        sa.Column("key", sa.String(128), nullable=False, unique=True),
    )
    op.create_table(
        "person_mentions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _doc_fk(),
        sa.Column("person_id", sa.Integer(), sa.ForeignKey("persons.id"), nullable=False, index=True),
        *_span(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("org", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_person_mentions_name", "person_mentions", ["name"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), primary_key=True),
        _doc_fk(),
        *_span(),
        sa.Column("type", sa.String(12), nullable=False, index=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ref", sa.String(128), index=True),
        sa.Column("name_zh", sa.Text()),
        sa.Column("name_en", sa.Text()),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "pairs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("a_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("b_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.UniqueConstraint("a_id", "b_id"),
    )
    op.create_table(
        "alignment_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pair_id", sa.Integer(), sa.ForeignKey("pairs.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("a_start", sa.Integer(), nullable=False),
        sa.Column("a_end", sa.Integer(), nullable=False),
        sa.Column("b_start", sa.Integer(), nullable=False),
        sa.Column("b_end", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
    )
    # Full-text search over sentences: FTS5 on SQLite, a GIN index on PostgreSQL.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE sentence_fts USING fts5(tokens, content='sentences', content_rowid='id')")
    else:
        op.execute("CREATE INDEX ix_sentences_fts ON sentences USING gin (to_tsvector('simple', tokens))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE sentence_fts")
    for table in ("alignment_links", "pairs", "entities", "person_mentions", "persons", "commitment_areas",
                  "commitments", "quantities", "sentences", "documents"):
        op.drop_table(table)
