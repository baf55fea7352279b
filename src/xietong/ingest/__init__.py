"""Bytes to a Document: readers per format, decoding, metadata."""

from .reader import read_document, iter_paths

__all__ = ["iter_paths", "read_document"]
