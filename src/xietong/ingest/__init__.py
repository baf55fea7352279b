"""Bytes to a Document: readers per format, decoding, metadata."""

from .reader import iter_paths, read_document

__all__ = ["iter_paths", "read_document"]
