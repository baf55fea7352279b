"""Linking: one person named in Chinese and in English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xietong.extract.linking import link_persons, same_person
from xietong.extract.persons import stage as persons_stage
from xietong.model import AlignedPair, Alignment, Document, PersonMention


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("陈敏尔", "Chen Min'er"),
        ("陈敏尔", "Chen Min’er"),
        ("陈敏尔", "Chen Miner"),
        ("陈敏尔", "Min'er Chen"),
        ("陈敏尔", "CHEN Min-er"),
        ("习近平", "Xi Jinping"),
        ("张工", "Zhang Gong"),
        ("欧阳明远", "Ouyang Mingyuan"),
        ("吕晓丽", "Lü Xiaoli"),
        ("吕晓丽", "Lyu Xiaoli"),
        ("吕晓丽", "Lv Xiaoli"),
        ("曾庆红", "Zeng Qinghong"),
        ("单立军", "Shan Lijun"),
        ("王常松", "Wang Changshong"),
        ("李伟", "Wei Li"),
    ],
)
def test_same_person_matches_pinyin_spellings(zh: str, en: str) -> None:
    assert same_person(zh, en)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("张工", "Zhang Gang"),
        ("李伟", "Li Wen"),
        ("陈敏尔", "Chen Min"),
        ("王常松", "Wang Changsheng"),
        ("刘明波", "Liu Bozheng"),
        ("陈敏尔", ""),
    ],
)
def test_same_person_rejects_other_names(zh: str, en: str) -> None:
    assert not same_person(zh, en)


def _doc(text: str, lang: str, path: str = "") -> Document:
    return persons_stage(Document(text=text, lang=lang, path=path))


def test_link_persons_pairs_the_names_of_a_translation() -> None:
    zh = _doc("市委书记王海东讲话，市长周建平出席。（记者 孙悦）", "zh")
    en = _doc("Wang Haidong, the city's Party chief, spoke; Zhou Jianping, Mayor, attended.", "en")
    assert sorted(link_persons(zh, en)) == [("周建平", "Zhou Jianping"), ("王海东", "Wang Haidong")]


def test_link_persons_uses_the_alignment_to_split_homophones() -> None:
    zh = Document(text="王丽讲话。汪莉出席。", lang="zh", path="a.txt",
                  persons=[PersonMention(0, 2, "王丽"), PersonMention(5, 7, "汪莉")])
    en = Document(text="Wang Li attended.", lang="en", path="b.txt", persons=[PersonMention(0, 7, "Wang Li")])
    assert sorted(link_persons(zh, en)) == [("汪莉", "Wang Li"), ("王丽", "Wang Li")]
    aligned = Alignment("a.txt", "b.txt", [AlignedPair((5, 10), (0, 17))])
    assert link_persons(zh, en, aligned) == [("汪莉", "Wang Li")]


def test_seed_persons_are_linked_to_their_english_spelling(corpus: Path) -> None:
    gold = corpus.parent / "eval" / "gold" / "seeds"
    zh_name, en_name = "003_a1aa3f8d02a72061", "000_36a4cc956af14d17"
    zh_gold = {p["name"] for p in json.loads((gold / f"{zh_name}.json").read_text("utf-8"))["persons"]}
    en_gold = {p["name"] for p in json.loads((gold / f"{en_name}.json").read_text("utf-8"))["persons"]}
    zh = _doc((corpus / "seeds" / f"{zh_name}.txt").read_text("utf-8-sig"), "zh", f"{zh_name}.txt")
    en = _doc((corpus / "seeds" / f"{en_name}.txt").read_text("utf-8-sig"), "en", f"{en_name}.txt")
    pairs = json.loads((gold / f"alignment-{zh_name[:3]}-{en_name[:3]}.json").read_text("utf-8"))["pairs"]
    alignment = Alignment(f"{zh_name}.txt", f"{en_name}.txt",
                          [AlignedPair(tuple(p["a"]), tuple(p["b"])) for p in pairs])  # type: ignore[arg-type]
    expected = {(z, e) for z in zh_gold for e in en_gold if same_person(z, e)}
    assert len(expected) >= 5  # the leaders named in both
    for links in (link_persons(zh, en), link_persons(zh, en, alignment)):
        assert expected <= set(links)
        assert all(z in zh_gold and e in en_gold for z, e in links)
