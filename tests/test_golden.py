"""Exact expected output of `xietong extract --format json` on the hand-written sample corpus.

A change to an extractor that changes these files must be deliberate: regenerate
them with ``XIETONG_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from xietong import service

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sorted(p for p in (ROOT / "corpus" / "sample").iterdir() if p.suffix != ".tsv")


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_extract_output_matches_the_golden_file(path: Path):
    got = service.contract(service.extract_file(path))
    got["path"] = path.name  # independent of where the checkout lives
    golden = GOLDEN / f"{path.name}.json"
    if os.environ.get("XIETONG_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
