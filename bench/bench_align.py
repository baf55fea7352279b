"""Sentence alignment of the gold translation pairs: xietong against NLTK's Gale–Church aligner.

Both aligners get the same sentences (the evaluation kit's ``segment.py``)
and are scored with the kit's link F1 (``score.links``).  Time is reported as
xietong's time over the peer's, measured in the same run.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from .common import CORPUS, EVAL, best_of


def run() -> list[str]:
    gold_files = sorted(EVAL.glob("gold/*/alignment-*.json"))
    if not (CORPUS / "seeds").is_dir() or not gold_files:
        return ["skipped: ../shared/corpus or its gold alignments are absent"]
    sys.path.insert(0, str(EVAL))
    from score import links  # type: ignore[import-not-found]

    from segment import read_text, sentences  # type: ignore[import-not-found]

    lines, totals = [], {"xietong": [0, 0, 0], "gale-church": [0, 0, 0]}
    t_xt = t_gc = 0.0
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        folder = CORPUS / path.parent.name
        ta, tb = read_text(folder / gold["a"]), read_text(folder / gold["b"])
        sa, sb = sentences(ta), sentences(tb)
        truth = links(gold["pairs"], sa, sb, len(ta), len(tb))
        da, db = _docs(ta, tb, sa, sb)
        runs = {"xietong": lambda da=da, db=db: _xietong(da, db),
                "gale-church": lambda ta=ta, tb=tb, sa=sa, sb=sb: _gale_church(ta, tb, sa, sb)}
        scores = []
        for name, fn in runs.items():
            pairs = fn()
            got = links(pairs, sa, sb, len(ta), len(tb))
            tp, fp, fn_ = len(got & truth), len(got - truth), len(truth - got)
            for k, v in enumerate((tp, fp, fn_)):
                totals[name][k] += v
            scores.append(f"{name} F1={_f1(tp, fp, fn_):.3f}")
        t_xt += best_of(runs["xietong"])
        t_gc += best_of(runs["gale-church"])
        lines.append(f"{path.parent.name}/{path.stem}: " + "  ".join(scores))
    lines.append("overall: " + "  ".join(f"{k} F1={_f1(*v):.3f}" for k, v in totals.items()))
    lines.append(f"alignment time xietong / gale-church (same sentences) = {t_xt / t_gc:.1f}x")
    lines.append("(NLTK's align_blocks is meant for paragraphs; on the abridged seed pair it loses its way "
                 "from the page header on)")
    return lines


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _docs(ta: str, tb: str, sa: list[tuple[int, int]], sb: list[tuple[int, int]]) -> tuple[Any, Any]:
    """Documents on the kit's sentences, with the persons and quantities that `xietong align` has too
    (found here, outside the timing)."""
    from xietong import pipeline
    from xietong.ingest.metadata import detect_lang
    from xietong.model import Document, Sentence

    def doc(text: str, spans: list[tuple[int, int]], lang: str) -> Document:
        line_of = [text.count("\n", 0, s) for s, _ in spans]
        d = Document(text, lang=lang, sentences=[Sentence(s, e, k, line_of[k]) for k, (s, e) in enumerate(spans)])
        d.stages["sentences"] = pipeline.STAGES["sentences"].version  # keep the kit's sentences
        return pipeline.run(d, ("persons", "quantities"))

    return doc(ta, sa, detect_lang(ta)), doc(tb, sb, detect_lang(tb))


def _xietong(a: Any, b: Any) -> list[dict[str, list[int]]]:
    from xietong.align import align_documents

    return [{"a": list(p.a), "b": list(p.b)} for p in align_documents(a, b).pairs]


def _gale_church(ta: str, tb: str, sa: list[tuple[int, int]], sb: list[tuple[int, int]]) -> list[dict[str, list[int]]]:
    """NLTK's Gale–Church over the same sentences, lengths in characters without spaces.

    NLTK expects about one character of one language per character of the other, so the
    Chinese lengths are scaled by xietong's prior ratio: the peer gets the same calibration."""
    from nltk.translate.gale_church import align_blocks

    from xietong.align.aligner import RATIO

    la = [round(RATIO * sum(not c.isspace() for c in ta[s:e])) for s, e in sa]
    lb = [sum(not c.isspace() for c in tb[s:e]) for s, e in sb]
    pairs = []
    for i, j in align_blocks(la, lb):
        pairs.append({"a": list(sa[i]), "b": list(sb[j])})
    return pairs
