"""Read one file into a Document: size check, reader by suffix, hash, metadata.

    >>> doc = read_document("corpus/sample/tianjin_port_zh.txt")
    >>> doc.lang, doc.date, doc.jurisdictions[:1]
    ('zh', '2025-03-18', ['tianjin'])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import config
from ..errors import EmptyDocument, NotFound, TooLarge
from ..model import Document
from .metadata import fill_metadata
from .readers import SUFFIXES, reader_for

__all__ = ["SUFFIXES", "iter_paths", "read_document"]


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each file named, and the readable files under each folder named (recursively, sorted).

    A missing path, or a folder with no file of a known format, raises ``NotFound``.
    A file named explicitly is yielded whatever its suffix, so that reading it
    says why it cannot be read.
    """
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                raise NotFound(str(p), f"no readable files in this folder (looked for {', '.join(SUFFIXES)})")
            yield from files
        elif p.exists():
            yield p
        else:
            raise NotFound(str(p), "no such file or folder")


def read_document(path: str | Path, max_bytes: int = config.MAX_FILE_BYTES) -> Document:
    """Decode ``path`` into a Document with its metadata, or raise an ``InputError``."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotFound(name, "no such file") from None
    if path.is_dir():
        raise NotFound(name, "is a folder, not a file")
    if size > max_bytes:  # refuse before reading a byte
        raise TooLarge(name, f"{_mb(size)} is over the {_mb(max_bytes)} limit")
    fmt, read = reader_for(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise NotFound(name, f"cannot read: {e.strerror or e}") from None
    if not raw.strip():
        raise EmptyDocument(name, "empty file" if not raw else "only whitespace")
    text, encoding = read(raw, name)
    if not text.strip():
        raise EmptyDocument(name, f"no text in this {fmt.upper()} file")
    doc = Document(text=text, path=name, format=fmt, encoding=encoding,
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    return fill_metadata(doc)


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"
