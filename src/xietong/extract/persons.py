"""Persons extraction (placeholder until its issue lands)."""

from __future__ import annotations

from ..model import Document


def stage(doc: Document, profile: object = None) -> Document:
    return doc
