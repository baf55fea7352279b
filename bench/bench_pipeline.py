"""The whole extract pipeline against jieba segmentation, and the CLI's cold start."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from .common import ROOT, best_of, read, seed_paths

PAGE = ("天津市发展和改革委员会2024年3月5日发布。今年要加快建设北方国际航运枢纽，力争天津港集装箱吞吐量达到"
        "2300万标准箱，比上年增长5%。市长张工说，我们将推动京津冀协同发展走深走实。\n") * 6


def run() -> list[str]:
    paths = seed_paths()
    if not paths:
        return ["skipped: ../shared/corpus/seeds is absent"]
    import jieba

    from xietong import pipeline
    from xietong.ingest import read_document

    texts = [read(p) for p in paths]
    chars = sum(map(len, texts))
    jieba.lcut("预热")  # load jieba's dictionary outside the timing
    docs = [read_document(p) for p in paths]
    pipeline.run(docs[0])  # load the extractors' data outside the timing

    def extract() -> None:
        for d in docs:
            d.stages.clear()
            pipeline.run(d)

    t_jieba = best_of(lambda: [jieba.lcut(t) for t in texts])
    t_xt = best_of(extract)
    lines = [f"seeds: {chars} characters in {len(texts)} documents",
             f"extract pipeline throughput / jieba.lcut throughput = {t_jieba / t_xt:.2f}x  (aim >= 0.5x)"]

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.txt"
        page.write_text(PAGE, encoding="utf-8")
        xietong = str(Path(sys.executable).with_name("xietong"))
        t_py = best_of(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 5)
        t_cli = best_of(lambda: subprocess.run([xietong, "extract", str(page), "--format", "json"], check=True,
                                               capture_output=True, cwd=ROOT), 5)
    lines.append(f"cold start of `xietong extract` on a one-page document: {t_cli:.2f} s = "
                 f"{t_cli / t_py:.0f}x `python -c pass` ({t_py * 1000:.0f} ms)  (aim < 1.5 s)")
    return lines
