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
