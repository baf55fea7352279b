"""Read one file into a Document (minimal version: text files, UTF-8)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import EmptyDocument, NotFound
from ..model import Document
from .metadata import fill_metadata

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            yield p
        else:
            raise NotFound(str(p), "no such file or folder")


def read_document(path: str | Path) -> Document:
    path = Path(path)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    if not text.strip():
        raise EmptyDocument(str(path), "empty document")
    doc = Document(text=text, path=str(path), sha256=hashlib.sha256(text.encode()).hexdigest())
    return fill_metadata(doc)
