"""Strategy profiles: the data that makes xietong about one strategy.

A profile is a folder of JSON files (``profiles/<name>/``): its areas with
keyword lexicons, a gazetteer of places, organisations and platforms, and a
zh↔en glossary of slogans.  Another strategy (Yangtze River Delta, Greater
Bay Area) is another folder, not new code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    path: Path
    areas: list[dict[str, Any]] = field(default_factory=list)

    def data(self, stem: str) -> Any:
        """One JSON file of the profile (``places``, ``glossary`` ...), or ``{}``."""
        return _read_json(self.path / f"{stem}.json")


@cache
def _read_json(path: Path) -> Any:
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def load_profile(name: str = "jjj") -> Profile:
    path = HERE / name
    areas = _read_json(path / "areas.json")
    if not areas:
        raise ValueError(f"unknown profile {name!r}: no {path / 'areas.json'}")
    return Profile(name=name, title=areas.get("title", name), path=path, areas=areas["areas"])
