"""Small helpers the Chinese and English person finders share."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int]


def inside(span: Span, blocked: list[Span]) -> bool:
    """Whether ``span`` lies strictly within one of the ``blocked`` spans."""
    return any(s <= span[0] and span[1] <= e and (s, e) != span for s, e in blocked)


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(s < span[1] and span[0] < e and (s, e) != span for s, e in others)
