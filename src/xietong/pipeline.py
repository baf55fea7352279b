"""The stages a document goes through, and the loop that runs them.

Each stage is a function ``(Document, Profile) -> Document`` registered here
under a name and a version.  Stored facts remember the version of the stage
that made them, so bumping a version makes ``xietong ingest`` re-extract.
Stage modules are imported only when a stage runs, which keeps the CLI's
start-up fast.

    text ─► sentences ─► entities ─► persons ─► quantities ─► commitments
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .model import Document
from .profiles import Profile, load_profile


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    version: int
    target: str  # "module:function", imported on first use
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()

    def load(self) -> Callable[[Document, Profile], Document]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


STAGES: dict[str, Stage] = {
    s.name: s
    for s in (
        Stage("sentences", 1, "xietong.segment.sentences:stage", adds=("sentences",)),
        Stage("entities", 2, "xietong.extract.entities:stage", ("sentences",), ("entities",)),
        Stage("persons", 4, "xietong.extract.persons:stage", ("sentences", "entities"), ("persons",)),
        Stage("quantities", 4, "xietong.extract.quantities:stage", ("sentences", "entities"), ("quantities",)),
        Stage("commitments", 3, "xietong.extract.commitments:stage",
              ("sentences", "entities", "persons"), ("commitments",)),
    )
}
DEFAULT = tuple(STAGES)


def versions(names: Iterable[str] = DEFAULT) -> dict[str, int]:
    """The version of each named stage, as stored next to its facts."""
    return {n: STAGES[n].version for n in names}


def run(doc: Document, names: Iterable[str] = DEFAULT, profile: Profile | None = None) -> Document:
    """Run the named stages in order, adding each stage's needs first."""
    profile = profile or load_profile()
    for name in _with_needs(names):
        if doc.stages.get(name) == STAGES[name].version:
            continue
        doc = STAGES[name].load()(doc, profile)
        doc.stages[name] = STAGES[name].version
    return doc


def _with_needs(names: Iterable[str]) -> list[str]:
    order: list[str] = []

    def visit(name: str) -> None:
        for need in STAGES[name].needs:
            visit(need)
        if name not in order:
            order.append(name)

    for n in names:
        visit(n)
    return order
