"""zh↔en sentence alignment of translation pairs."""

from .aligner import align_documents

VERSION = 1  # stored with each alignment; bump when the aligner's output changes
NEEDS = ("quantities", "persons")  # the stages whose facts the aligner uses as anchors

__all__ = ["NEEDS", "VERSION", "align_documents"]
