"""zh↔en sentence alignment of translation pairs."""

from .aligner import align_documents

VERSION = 1  # stored with each alignment; bump when the aligner's output changes

__all__ = ["VERSION", "align_documents"]
