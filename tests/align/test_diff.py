"""Differences of an aligned pair: omissions, numbers, names; and the omission report on seed 003/000."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from xietong.align import align_documents
from xietong.align.diff import differences
from xietong.model import Document

ZH = [
    "示范区今年计划新建充电桩1200个。",
    "全市新能源公交车占比将达到85%。",
    "副市长李明远在会上强调要坚决做到“两个维护”并介绍了相关情况。",
    "下一步将加快建设智慧港口。",
]
EN = [
    "The demonstration zone plans to build 1,300 new charging piles this year.",  # 1200 became 1,300
    "New energy buses will account for 85 percent of the city's fleet.",
    "Next, the construction of smart ports will be accelerated.",
]


class Profile:
    """A profile with a one-slogan glossary, in the shape of profiles/jjj/glossary.json."""

    def data(self, stem: str) -> Any:
        if stem != "glossary":
            return {}
        return {"items": [{"zh": "两个维护", "en": "Two Safeguards", "en_variants": ["two upholds"]},
                          {"zh": "新能源", "en": "new energy"}]}


def diff(zh: list[str], en: list[str]):
    a = Document("\n".join(zh), path="zh.txt", lang="zh")
    b = Document("\n".join(en), path="en.txt", lang="en")
    return differences(a, b, align_documents(a, b), Profile())


def test_differences_lists_the_omitted_sentence():
    d = diff(ZH, EN)
    assert [o.text for o in d.omissions] == [ZH[2]]
    assert d.omissions[0].body
    assert d.additions == []


def test_differences_reports_a_number_that_changed():
    d = diff(ZH, EN)
    assert [(n.only_a, n.only_b) for n in d.numbers] == [(["1200"], ["1,300"])]


def test_differences_reports_a_slogan_rendered_otherwise():
    zh = [ZH[2]]
    en = ["Vice Mayor Li Mingyuan stressed the need to uphold the two guarantees and briefed the meeting."]
    d = diff(zh, en)
    assert [(m.zh, m.expected) for m in d.names] == [("两个维护", ["two safeguards", "two upholds"])]


def test_differences_accepts_the_glossary_rendering():
    en = ["Vice Mayor Li Mingyuan stressed the Two Safeguards and briefed the meeting."]
    assert diff([ZH[2]], en).names == []


def test_differences_marks_bylines_as_furniture():
    d = diff(["来源：某某日报", *ZH[:2], ZH[3]], EN)
    assert [o.body for o in d.omissions] == [False]


def test_omissions_of_seed_003_match_the_gold(corpus: Path):
    """The Chinese body sentences the abridged English leaves out are the ones the gold leaves out."""
    from xietong.ingest import read_document

    eval_dir = corpus.parent / "eval"
    gold = json.loads((eval_dir / "gold" / "seeds" / "alignment-003-000.json").read_text(encoding="utf-8"))
    a = read_document(corpus / "seeds" / gold["a"])
    b = read_document(corpus / "seeds" / gold["b"])
    d = differences(a, b, align_documents(a, b))
    sys.path.insert(0, str(eval_dir))
    from segment import sentences

    covered = [tuple(p["a"]) for p in gold["pairs"]]
    gold_left = {(s, e) for s, e in sentences(a.text) if not any(s < y and x < e for x, y in covered)}
    gold_body = {(s, e) for s, e in gold_left if e - s >= 40}  # the long sentences, not the page furniture
    body = {(o.start, o.end) for o in d.omissions if o.body}
    assert len(body & gold_left) >= 0.75 * len(body)  # what it reports is left out indeed
    assert len(body & gold_body) >= 0.5 * len(gold_body)  # and it finds most of what is


def test_cli_diff_prints_the_omission(tmp_path: Path):
    from typer.testing import CliRunner

    from xietong.cli import app

    a, b = tmp_path / "zh.txt", tmp_path / "en.txt"
    a.write_text("\n".join(ZH), encoding="utf-8")
    b.write_text("\n".join(EN), encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [o["text"] for o in report["omissions"]] == [ZH[2]]
    assert report["numbers"][0]["only_a"] == ["1200"]


def test_cli_align_table_shows_both_sides(tmp_path: Path):
    from typer.testing import CliRunner

    from xietong.cli import app

    a, b = tmp_path / "zh.txt", tmp_path / "en.txt"
    a.write_text("\n".join(ZH[:2]), encoding="utf-8")
    b.write_text("\n".join(EN[:2]), encoding="utf-8")
    result = CliRunner().invoke(app, ["align", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert "85%" in result.output and "percent" in result.output
