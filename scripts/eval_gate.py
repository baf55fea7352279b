"""A quality gate that only moves up: compare `make eval`'s summary lines with eval-baseline.json.

    python scripts/eval_gate.py            # run the evaluation, fail on a drop beyond noise
    python scripts/eval_gate.py --raise    # run it and raise every floor that improved
    python scripts/eval_gate.py --lower --reason "why"   # accept lower scores (say why in the commit)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATE = ROOT.parent / "shared" / "eval" / "evaluate.py"
BASELINE = ROOT / "eval-baseline.json"
NOISE = 0.005
LINE = re.compile(r"^(\w+): ((?:\w+=[\d.]+ ?)+)$")


def measure() -> dict[str, dict[str, float]]:
    out = subprocess.run([sys.executable, str(EVALUATE), "--xietong", str(Path(sys.executable).with_name("xietong"))],
                         capture_output=True, text=True, cwd=ROOT).stdout
    scores = {}
    for line in out.splitlines():
        m = LINE.match(line.strip())
        if m:
            scores[m.group(1)] = {k: float(v) for k, v in (kv.split("=") for kv in m.group(2).split())}
            print(line)
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raise", dest="raise_", action="store_true", help="raise floors that improved")
    ap.add_argument("--lower", action="store_true", help="accept lower scores too (needs --reason)")
    ap.add_argument("--reason", default="")
    args = ap.parse_args()
    if not EVALUATE.exists():
        print("../shared/eval is absent: nothing to gate")
        return 0
    if args.lower and not args.reason:
        ap.error("--lower needs --reason")
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    now = measure()
    drops = [f"{s}.{k}: {base[s][k]:.3f} -> {v:.3f}" for s, ks in now.items() for k, v in ks.items()
             if k in base.get(s, {}) and v < base[s][k] - NOISE]
    if args.raise_ or args.lower:
        merged = {s: {k: (v if args.lower else max(v, base.get(s, {}).get(k, 0.0))) for k, v in ks.items()}
                  for s, ks in now.items()}
        BASELINE.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n")
        print(f"wrote {BASELINE.name}" + (f" (lowered: {args.reason})" if args.lower else ""))
        return 0
    for d in drops:
        print(f"DROP {d}")
    return 1 if drops else 0


if __name__ == "__main__":
    sys.exit(main())
