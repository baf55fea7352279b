"""zh↔en sentence alignment of translation pairs."""

from .aligner import align_documents

__all__ = ["align_documents"]
