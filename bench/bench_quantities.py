"""Quantity extraction against jieba segmentation and against quantulum3, its English peer.

Both comparisons are measured in the same run: throughput as a ratio to
``jieba.lcut`` over the same seed text, and quality and speed next to
quantulum3 on the English seeds, scored with ``../shared/eval/score.py``'s own
strict matching against the gold of the same documents.
"""

from __future__ import annotations

import json
import sys
import warnings
from typing import Any

from .common import EVAL, best_of, read, seed_paths

# quantulum3 unit names -> contract units; anything else it finds is dropped.
QUANTULUM_UNITS = {
    "percentage": "percent", "percentage point": "pp", "chinese yuan": "yuan", "renminbi": "yuan",
    "united states dollar": "usd", "dollar": "usd", "tonne": "tonne", "ton": "tonne",
    "kilometre": "km", "square kilometre": "km2", "square metre": "m2", "hectare": "hectare",
    "cubic metre": "m3", "microgram per cubic metre": "ug_m3", "kilowatt hour": "kwh", "watt": "w",
    "year": "year", "month": "month", "day": "day", "hour": "hour", "minute": "minute",
    "twenty-foot equivalent unit": "teu",
}


def _gold() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted((EVAL / "gold" / "seeds").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "quantities" in data:
            out[data["path"]] = data
    return out


def _f1(pairs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> float:
    if str(EVAL) not in sys.path:
        sys.path.insert(0, str(EVAL))
    from score import match_quantities  # the scorer's own strict matching

    tp = fp = fn = 0
    for gold, pred in pairs:
        a, b, c = match_quantities(gold, pred, strict=True)[:3]
        tp, fp, fn = tp + a, fp + b, fn + c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _quantulum(parse: Any, text: str) -> list[dict[str, Any]]:
    out = []
    for q in parse(text):
        unit = QUANTULUM_UNITS.get(q.unit.name)
        if unit is not None:
            out.append({"start": q.span[0], "end": q.span[1], "value": q.value, "unit": unit})
    return out


def run() -> list[str]:
    paths = seed_paths()
    if not paths:
        return ["skipped: ../shared/corpus/seeds is absent"]
    import jieba

    from xietong.extract.quantities import stage
    from xietong.ingest.metadata import detect_lang
    from xietong.model import Document

    texts = [read(p) for p in paths]
    langs = [detect_lang(t) for t in texts]
    chars = sum(map(len, texts))
    jieba.lcut("预热")  # load jieba's dictionary outside the timing
    stage(Document("预热2000万元", lang="zh"))

    def extract(items: list[tuple[str, str]]) -> list[Document]:
        return [stage(Document(t, lang=lang)) for t, lang in items]

    items = list(zip(texts, langs, strict=True))
    t_jieba = best_of(lambda: [jieba.lcut(t) for t in texts])
    t_ours = best_of(lambda: extract(items))
    lines = [
        f"seeds: {chars} characters in {len(texts)} documents",
        f"quantities throughput {chars / t_ours:,.0f} chars/s = {t_jieba / t_ours:.2f}x jieba.lcut "
        f"({chars / t_jieba:,.0f} chars/s)  (aim >= 1x)",
    ]

    gold = _gold()
    english = [(p.name, t) for p, t, lang in zip(paths, texts, langs, strict=True) if lang == "en" and p.name in gold]
    if not english:
        return [*lines, "skipped peer comparison: no gold for the English seeds"]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum
    except ImportError:
        return [*lines, "skipped peer comparison: quantulum3 is not installed"]
    en_chars = sum(len(t) for _, t in english)
    en_items = [(t, "en") for _, t in english]
    ours = [[{"start": q.start, "end": q.end, "value": q.value, "unit": q.unit} for q in d.quantities]
            for d in extract(en_items)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        peer = [_quantulum(quantulum.parse, t) for _, t in english]
        t_peer = best_of(lambda: [quantulum.parse(t) for _, t in english], 1)
    t_ours_en = best_of(lambda: extract(en_items))
    golds = [gold[name]["quantities"] for name, _ in english]
    lines += [
        f"English seeds ({', '.join(n[:3] for n, _ in english)}; {en_chars} characters), strict F1 vs gold: "
        f"xietong {_f1(list(zip(golds, ours, strict=True))):.3f}, quantulum3 {_f1(list(zip(golds, peer, strict=True))):.3f}",
        f"English throughput: xietong {en_chars / t_ours_en:,.0f} chars/s, quantulum3 "
        f"{en_chars / t_peer:,.0f} chars/s: xietong is {t_peer / t_ours_en:.0f}x faster  (aim >= 10x)",
    ]
    return lines
