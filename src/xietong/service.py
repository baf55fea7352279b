"""The one place that wires stages to the store; the CLI (and later the API) call only this.

Every function takes explicit arguments (a database URL, paths); settings are
read once, at the edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import pipeline
from .config import MAX_FILE_BYTES
from .errors import InputError, XietongError
from .ingest import iter_paths, read_document
from .model import Alignment, Document


def extract_file(path: str | Path, stages: tuple[str, ...] = pipeline.DEFAULT,
                 max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read and extract one file without touching a database."""
    return pipeline.run(read_document(path, max_bytes), stages)


def contract(doc: Document) -> dict[str, Any]:
    """The JSON object of GUIDELINES.md's contract for one document, plus extras."""
    return {
        "path": doc.path,
        "lang": doc.lang,
        "date": doc.date,
        "title": doc.title,
        "source": doc.source,
        "jurisdictions": doc.jurisdictions,
        "quantities": [asdict(q) for q in doc.quantities],
        "commitments": [asdict(c) for c in doc.commitments],
        "persons": [asdict(p) for p in doc.persons],
        "entities": [asdict(e) for e in doc.entities],
    }


def align_files(a: str | Path, b: str | Path) -> Alignment:
    """Align two files that translate each other."""
    da, db = (read_document(p) for p in (a, b))
    return align(da, db)


def align(a: Document, b: Document) -> Alignment:
    from .align import NEEDS, align_documents

    a, b = (pipeline.run(d, NEEDS) for d in (a, b))
    return align_documents(a, b)


# -- ingest -----------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class IngestResult:
    path: str
    status: str  # added | updated | unchanged | failed
    doc_id: int | None = None
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    pairs: list[int] = field(default_factory=list)


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestResult]]:
    """Files to ingest under ``paths``, and a failure for each path that gives none."""
    files: list[Path] = []
    failures: list[IngestResult] = []
    for p in paths:
        try:
            files.extend(iter_paths([p]))
        except InputError as e:
            failures.append(IngestResult(e.path, "failed", error=e.reason))
    return files, failures


def ingest(files: Iterable[Path], db_url: str, on_file: Callable[[IngestResult], None] | None = None,
           max_bytes: int = MAX_FILE_BYTES) -> list[IngestResult]:
    """Read, extract and store each file, one transaction each; then pair translations."""
    from .store import connect, session_scope
    from .store.write import find_by_hash, save_document

    engine = connect(db_url)
    versions = pipeline.versions()
    results = []
    for path in files:
        try:
            doc = read_document(path, max_bytes)
            with session_scope(engine) as s:
                row = find_by_hash(s, doc.sha256)
                if row is not None and row.stages == {**doc.stages, **versions}:
                    result = IngestResult(str(path), "unchanged", row.id)
                else:
                    doc = pipeline.run(doc)
                    row, status = save_document(s, doc)
                    result = IngestResult(str(path), status, row.id, counts=_counts(doc))
        except XietongError as e:
            result = IngestResult(str(path), "failed", error=getattr(e, "reason", str(e)))
        except Exception as e:  # an extractor bug must not lose the other files of the run
            result = IngestResult(str(path), "failed", error=f"internal error: {e.__class__.__name__}: {e}")
        results.append(result)
        if on_file:
            on_file(result)
    _pair_new(engine, [r for r in results if r.status in ("added", "updated")])
    return results


def _counts(doc: Document) -> dict[str, int]:
    return {"sentences": len(doc.sentences), "quantities": len(doc.quantities),
            "commitments": len(doc.commitments), "persons": len(doc.persons), "entities": len(doc.entities)}


def _pair_new(engine: Any, new: list[IngestResult]) -> None:
    """Detect which stored documents translate the new ones, and store their alignment."""
    if not new:
        return
    from sqlalchemy import select

    from .align import VERSION, align_documents
    from .align.pairs import THRESHOLD, pair_score
    from .store import session_scope
    from .store.read import load_document
    from .store.schema import DocumentRow
    from .store.write import save_alignment

    with session_scope(engine) as s:
        langs = dict(s.execute(select(DocumentRow.id, DocumentRow.lang)).all())
        cache: dict[int, Document] = {}

        def doc(i: int) -> Document:
            if i not in cache:
                cache[i] = load_document(s, i)[1]
            return cache[i]

        paired: dict[tuple[int, int], bool] = {}  # two new documents of a pair are scored once
        for r in new:
            assert r.doc_id is not None
            for other, lang in langs.items():
                if other == r.doc_id or lang == langs[r.doc_id]:
                    continue
                zh, en = (r.doc_id, other) if langs[r.doc_id] == "zh" else (other, r.doc_id)
                if (zh, en) not in paired:
                    score = pair_score(doc(zh), doc(en))
                    paired[zh, en] = score >= THRESHOLD
                    if paired[zh, en]:
                        save_alignment(s, zh, en, score, align_documents(doc(zh), doc(en)), VERSION)
                if paired[zh, en]:
                    r.pairs.append(other)


# -- queries ----------------------------------------------------------------------------------------------------

def _session(db_url: str):  # type: ignore[no-untyped-def]
    from .store import connect, session_scope

    return session_scope(connect(db_url))


def documents(db_url: str) -> list[Any]:
    from .store.read import list_documents

    with _session(db_url) as s:
        return list_documents(s)


def show(db_url: str, ref: str) -> tuple[int, Document]:
    from .store.read import load_document

    with _session(db_url) as s:
        return load_document(s, ref)


def search(db_url: str, query: str, limit: int = 20, lang: str | None = None) -> list[Any]:
    from .store.search import search as run_search

    with _session(db_url) as s:
        return run_search(s, query, limit=limit, lang=lang)


def commitments(db_url: str, area: str | None = None, jurisdiction: str | None = None,
                strength: str | None = None, doc: str | None = None, limit: int = 200) -> list[Any]:
    from .store.read import find_commitments

    with _session(db_url) as s:
        return find_commitments(s, area=area, jurisdiction=jurisdiction, strength=strength, doc=doc, limit=limit)


def entities(db_url: str, type: str | None = None, limit: int = 200) -> list[Any]:
    from .store.read import list_entities

    with _session(db_url) as s:
        return list_entities(s, type=type, limit=limit)


def person(db_url: str, name: str) -> Any:
    from .store.read import person_page

    with _session(db_url) as s:
        return person_page(s, name)


def diff_files(a: str | Path, b: str | Path) -> Any:
    """Align ``a`` (the original) with its translation ``b`` and list what the translation changed."""
    from .align.diff import differences

    da, db = (read_document(p) for p in (a, b))
    alignment = align(da, db)
    return differences(da, db, alignment)
