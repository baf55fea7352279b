"""Plain data classes passed between the stages of the pipeline.

Every fact carries ``start``/``end``: a half-open code-point span into
``Document.text``, the decoded text exactly as stored.  Nothing here knows
about the database or the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Units of GUIDELINES.md §2; the contract of `xietong extract`.
UNITS = (
    "percent", "pp", "yuan", "usd", "person", "person_time", "household", "count",
    "times", "teu", "tonne", "km", "km2", "m2", "mu", "hectare", "m3", "ug_m3",
    "kwh", "w", "year", "month", "day", "hour", "minute",
)
KINDS = ("actual", "target", "change")
STRENGTHS = ("binding", "intended", "encouraged")
ENTITY_TYPES = ("place", "org", "platform", "slogan")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    index: int = 0
    paragraph: int = 0
    heading: bool = False


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    metric: str | None = None
    kind: str = "actual"
    year: int | None = None
    approx: str | None = None  # 余/多/近/超过/more than ... kept out of the value


@dataclass(slots=True)
class Commitment:
    start: int
    end: int
    areas: list[str] = field(default_factory=list)
    actor: str | None = None
    strength: str = "intended"
    deadline: str | None = None  # ISO date where resolvable
    deadline_text: str | None = None


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    name: str
    title: str | None = None
    org: str | None = None


@dataclass(slots=True)
class EntityMention:
    start: int
    end: int
    type: str  # one of ENTITY_TYPES
    text: str
    ref: str | None = None  # profile id (gazetteer / glossary key) when resolved
    name_zh: str | None = None
    name_en: str | None = None


@dataclass(slots=True)
class Document:
    """A decoded document and everything the stages found in it."""

    text: str
    path: str = ""
    lang: str = "zh"
    date: str | None = None
    title: str | None = None
    source: str | None = None
    jurisdictions: list[str] = field(default_factory=list)
    format: str = "txt"
    encoding: str = "utf-8"
    sha256: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    stages: dict[str, int] = field(default_factory=dict)  # stage name -> version run

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass(slots=True)
class AlignedPair:
    a: tuple[int, int]
    b: tuple[int, int]
    score: float = 0.0


@dataclass(slots=True)
class Alignment:
    a_path: str
    b_path: str
    pairs: list[AlignedPair] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
