"""Paragraphs, headings and sentences with offsets into the stored text."""

from .sentences import split_sentences

__all__ = ["split_sentences"]
