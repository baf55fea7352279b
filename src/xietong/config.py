"""One Settings object, read once at the edge: environment > .env > defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "sqlite:///xietong.db"
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    db_url: str = DEFAULT_DB
    max_file_bytes: int = MAX_FILE_BYTES


def _dotenv(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            k, _, v = line.partition("=")
            out[k.strip()] = v.strip().strip("'\"")
    return out


def load_settings(env: dict[str, str] | None = None, dotenv: Path = Path(".env")) -> Settings:
    values = {**_dotenv(dotenv), **(os.environ if env is None else env)}
    db = values.get("XIETONG_DB", DEFAULT_DB)
    if "://" not in db:  # a bare path means a SQLite file
        db = f"sqlite:///{db}"
    return Settings(db_url=db, max_file_bytes=int(values.get("XIETONG_MAX_FILE_BYTES", MAX_FILE_BYTES)))
