"""Sentence aligner (placeholder until its issue lands)."""

from __future__ import annotations

from ..model import Alignment, Document


def align_documents(a: Document, b: Document, profile: object = None) -> Alignment:
    return Alignment(a.path, b.path)
