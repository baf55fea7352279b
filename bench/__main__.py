"""Run every benchmark module in this folder: ``python -m bench [name ...]``.

Each ``bench/bench_*.py`` has ``run() -> list[str]``; its lines are printed
under its name.  Times are never printed alone, only next to the reference
measured in the same run.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def main(names: list[str]) -> int:
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names or m in names]
    for name in modules:
        print(f"== {name.removeprefix('bench_')}", flush=True)
        t = time.perf_counter()
        try:
            lines = importlib.import_module(f"bench.{name}").run()
        except Exception as e:  # one broken benchmark must not hide the others
            lines = [f"FAILED: {e.__class__.__name__}: {e}"]
        for line in lines:
            print(f"  {line}", flush=True)
        print(f"  ({time.perf_counter() - t:.1f} s for this benchmark)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
