"""The one place that wires stages to the store; the CLI and API call only this."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from . import pipeline
from .ingest import read_document
from .model import Alignment, Document


def extract_file(path: str | Path, stages: tuple[str, ...] = pipeline.DEFAULT) -> Document:
    """Read and extract one file without touching a database."""
    return pipeline.run(read_document(path), stages)


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
    from .align import align_documents

    da, db = (pipeline.run(read_document(p), ("sentences",)) for p in (a, b))
    return align_documents(da, db)
