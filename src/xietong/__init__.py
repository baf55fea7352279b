"""xietong (协同): policy documents of a coordinated development strategy as a trackable record.

>>> from xietong import extract_file
>>> doc = extract_file("report.txt")          # doctest: +SKIP
>>> [(doc.text[q.start:q.end], q.value, q.unit) for q in doc.quantities]  # doctest: +SKIP
"""

from .model import Alignment, Commitment, Document, EntityMention, PersonMention, Quantity, Sentence
from .service import align_files, extract_file

__all__ = [
    "Alignment",
    "Commitment",
    "Document",
    "EntityMention",
    "PersonMention",
    "Quantity",
    "Sentence",
    "align_files",
    "extract_file",
]
__version__ = "0.1.0"
