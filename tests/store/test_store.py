"""The store: one write path, whole documents, re-extraction, search, migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from xietong.model import Commitment, Document, Quantity
from xietong.segment import split_sentences
from xietong.store import connect, session_scope
from xietong.store.read import find_commitments, list_documents, load_document
from xietong.store.schema import Base, DocumentRow, QuantityRow
from xietong.store.search import search
from xietong.store.write import save_document

ZH = "天津市要加快建设北方国际航运枢纽。力争集装箱吞吐量达到2300万标准箱。\n市委书记在会上讲话。"
EN = "Tianjin will speed up the northern international shipping hub.\nThe port handled 23 million TEUs last year."


def make_doc(text: str, lang: str, stages: dict[str, int] | None = None) -> Document:
    doc = Document(text=text, path=f"{lang}.txt", lang=lang, date="2024-03-05",
                   sha256=hashlib.sha256(text.encode()).hexdigest(), jurisdictions=["tianjin"],
                   stages=stages or {"sentences": 1, "quantities": 1})
    doc.sentences = split_sentences(text, lang)
    return doc


def zh_doc(stages: dict[str, int] | None = None) -> Document:
    doc = make_doc(ZH, "zh", stages)
    start = ZH.index("2300")
    doc.quantities = [Quantity(start, start + 8, 23_000_000, "teu", "集装箱吞吐量", "target", None)]
    doc.commitments = [Commitment(0, ZH.index("。") + 1, ["transport"], "天津市", "intended")]
    return doc


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, db_url: str):
    url = db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")
    return connect(url)


def test_store_saves_a_document_with_its_facts_and_loads_it_back(engine):
    with session_scope(engine) as s:
        row, status = save_document(s, zh_doc())
    assert status == "added"
    with session_scope(engine) as s:
        _, doc = load_document(s, row.id)
    assert doc.text == ZH
    q = doc.quantities[0]
    assert (doc.text[q.start:q.end], q.value, q.unit) == ("2300万标准箱", 23_000_000, "teu")
    assert doc.commitments[0].areas == ["transport"]
    assert len(doc.sentences) == 3


def test_store_keeps_one_copy_of_the_same_text(engine):
    for _ in range(2):
        with session_scope(engine) as s:
            save_document(s, zh_doc())
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 1
        assert s.scalar(select(func.count()).select_from(QuantityRow)) == 1


def test_store_re_extracts_when_a_stage_version_changes(engine):
    with session_scope(engine) as s:
        _, first = save_document(s, zh_doc())
    newer = zh_doc({"sentences": 1, "quantities": 2})
    newer.quantities = []
    with session_scope(engine) as s:
        row, status = save_document(s, newer)
        assert status == "updated"
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(QuantityRow)) == 0
        assert search(s, "航运枢纽")  # the index was rebuilt, not duplicated or lost
        assert len(search(s, "航运枢纽")) == 1


def test_store_writes_a_document_whole_or_not_at_all(engine):
    bad = zh_doc()
    bad.commitments[0].strength = None  # type: ignore[assignment]  # refused by the database after the text went in
    with pytest.raises(IntegrityError):
        with session_scope(engine) as s:
            save_document(s, bad)
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == 0
        assert search(s, "航运枢纽") == []


@pytest.mark.parametrize("query, expected", [
    ("航运枢纽", "zh"),           # a Chinese word inside a longer run of characters
    ("北方 国际", "zh"),          # several words, all must match
    ("shipping hub", "en"),
    ("TEUs", "en"),               # case-insensitive
])
def test_search_finds_sentences_by_word_in_both_languages(engine, query, expected):
    with session_scope(engine) as s:
        save_document(s, zh_doc())
        save_document(s, make_doc(EN, "en"))
    with session_scope(engine) as s:
        hits = search(s, query)
    assert hits and hits[0].lang == expected
    h = hits[0]
    assert all(h.text[a:b].lower() in query.lower() or query.lower() in h.text[a:b].lower()
               or h.text[a:b] for a, b in h.highlights)
    assert h.highlights, "the matching words are marked"


def test_search_highlights_point_at_the_matching_words(engine):
    with session_scope(engine) as s:
        save_document(s, make_doc(EN, "en"))
        hit = search(s, "shipping")[0]
    assert [hit.text[a:b] for a, b in hit.highlights] == ["shipping"]


def test_search_with_no_match_or_no_words_returns_nothing(engine):
    with session_scope(engine) as s:
        save_document(s, zh_doc())
        assert search(s, "雄安") == []
        assert search(s, "，。") == []


def test_commitments_filter_by_area_and_jurisdiction(engine):
    with session_scope(engine) as s:
        save_document(s, zh_doc())
        assert len(find_commitments(s, area="transport")) == 1
        assert find_commitments(s, area="ecology") == []
        assert len(find_commitments(s, jurisdiction="tianjin")) == 1
        assert find_commitments(s, jurisdiction="hebei") == []


def test_document_list_counts_facts(engine):
    with session_scope(engine) as s:
        save_document(s, zh_doc())
        (summary,) = list_documents(s)
    assert (summary.quantities, summary.commitments, summary.sentences) == (1, 1, 3)


def test_migrations_create_exactly_the_model_schema(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def ours(name, type_, parent):  # the full-text index lives outside the models
        return not (name or "").startswith(("sentence_fts", "ix_sentences_fts"))

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": ours}), Base.metadata)
    assert diff == []
