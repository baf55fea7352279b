"""xietong (协同): policy documents of a coordinated development strategy as a trackable record."""

from .model import Alignment, Commitment, Document, EntityMention, PersonMention, Quantity, Sentence

__all__ = sorted(["Alignment", "Commitment", "Document", "EntityMention", "PersonMention", "Quantity", "Sentence"])
__version__ = "0.1.0"
