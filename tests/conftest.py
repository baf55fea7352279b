"""Shared fixtures: the real corpus (skipped when absent) and fresh stores."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval"
SAMPLE = ROOT / "corpus" / "sample"


@pytest.fixture
def corpus() -> Path:
    """``../shared/corpus``; tests using it skip cleanly when it is absent."""
    if not (CORPUS / "seeds").is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL cluster on loopback, started for the test session.

    Uses the server binaries Debian's ``postgresql`` package installs
    (``make test`` installs it when missing); skips when they are absent.
    """
    from postgres_server import PostgresServer

    server = PostgresServer.find()
    if server is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, request: pytest.FixtureRequest) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_server.create_database(f"t_{abs(hash(request.node.nodeid)) % 10**10}")
