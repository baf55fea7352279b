"""How well the descriptive fields of quantities (metric, kind, year) agree with the gold files.

    python scripts/quantity_fields.py                 # every set under ../shared/eval/gold
    python scripts/quantity_fields.py --set extra --misses 20

Predicted quantities are matched to gold ones as score.py does (overlapping span,
equal value); for each set and language it reports kind accuracy, year accuracy
and metric quality: the token-overlap F1 of predicted and gold metric (Chinese by
characters, English by lower-cased content words; notes in brackets, such as
"(around)", are left out) and the share of empty predicted metrics.  Not a gate:
it always exits 0 and ends with one summary line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from xietong import service
from xietong.lang import en

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
CORPUS = ROOT.parent / "shared" / "corpus"

_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
_ZH_SKIP = re.compile(r"[\s\W_]")
_EN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
# Function words carry no meaning of their own in a metric ("the number of", "in the city").
_EN_STOP = en.NOUN_STOP | {"number", "s"}


def tokens(metric: str | None, lang: str) -> Counter[str]:
    """The bag of tokens a metric is compared by."""
    text = _BRACKETS.sub("", metric or "")
    if lang == "zh":
        return Counter(c for c in text if not _ZH_SKIP.match(c))
    return Counter(w for w in _EN_WORD.findall(text.lower()) if w not in _EN_STOP)


def overlap_f1(pred: Counter[str], gold: Counter[str]) -> float:
    common = sum((pred & gold).values())
    if not common:
        return 1.0 if not pred and not gold else 0.0
    p, r = common / sum(pred.values()), common / sum(gold.values())
    return 2 * p * r / (p + r)


def same_value(x: Any, y: Any) -> bool:
    try:
        a, b = float(x), float(y)
    except (TypeError, ValueError):
        return False
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Gold and predicted quantities paired like score.py's ``match_quantities`` (first free overlap, same value)."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and g["start"] < p["end"] and p["start"] < g["end"] and same_value(g["value"], p["value"]):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


@dataclass
class Tally:
    n: int = 0
    kind: int = 0
    year: int = 0
    metric_f1: float = 0.0
    empty: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, g: dict[str, Any], p: dict[str, Any], lang: str, text: str) -> None:
        self.n += 1
        self.kind += g["kind"] == p["kind"]
        self.year += g["year"] == p["year"]
        f1 = overlap_f1(tokens(p["metric"], lang), tokens(g["metric"], lang))
        self.metric_f1 += f1
        self.empty += not p["metric"]
        if f1 < 0.5 or g["kind"] != p["kind"] or g["year"] != p["year"]:
            self.misses.append(
                f"{text[g['start']:g['end']]!r}: metric {p['metric']!r} / gold {g['metric']!r}  "
                f"kind {p['kind']}/{g['kind']}  year {p['year']}/{g['year']}  F1={f1:.2f}"
            )

    def row(self, name: str) -> str:
        n = self.n or 1
        return (f"{name:<10} n={self.n:<4} kind_acc={self.kind / n:.3f} year_acc={self.year / n:.3f} "
                f"metric_f1={self.metric_f1 / n:.3f} metric_empty={self.empty / n:.3f}")


def measure(name: str) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for gold_path in sorted((EVAL / "gold" / name).glob("*.json")):
        if gold_path.name.startswith("alignment-"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = CORPUS / name / f"{gold_path.stem}.txt"
        doc = service.extract_file(txt, ("quantities",))
        pred = [asdict(q) for q in doc.quantities]
        lang = "en" if (gold.get("lang") or "zh").startswith("en") else "zh"
        for g, p in match(gold["quantities"], pred):
            tallies[lang].add(g, p, lang, doc.text)
    return tallies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", help="gold set(s) to measure (default: all)")
    ap.add_argument("--misses", type=int, default=0, help="print up to N disagreements per set and language")
    args = ap.parse_args()
    sets = args.set or sorted(p.name for p in (EVAL / "gold").iterdir() if p.is_dir())
    summary = []
    for name in sets:
        tallies = measure(name)
        total = Tally()
        for lang in sorted(tallies):
            t = tallies[lang]
            print(t.row(f"{name}/{lang}"))
            for line in t.misses[:args.misses]:
                print("   ", line)
            total.n += t.n
            total.kind += t.kind
            total.year += t.year
            total.metric_f1 += t.metric_f1
            total.empty += t.empty
        print(total.row(f"{name}/all"))
        n = total.n or 1
        summary.append(f"{name}: kind={total.kind / n:.3f} year={total.year / n:.3f} "
                       f"metric={total.metric_f1 / n:.3f} empty={total.empty / n:.3f}")
    print(" | ".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
