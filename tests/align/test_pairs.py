"""Translation-pair detection on hand-written documents."""

from __future__ import annotations

import pytest

from xietong.align.pairs import THRESHOLD, find_pairs, pair_score
from xietong.model import Document

ZH = ("2024年3月5日，市政府宣布将投入45亿元建设天津港智慧码头。"
      "副市长李明远表示，到2025年码头吞吐量将达到2300万标准箱，新能源集卡占比达到60%。"
      "京津冀三地将共同推进港口协同发展。")
EN = ("On March 5, 2024, the municipal government announced an investment of 4.5 billion yuan in smart "
      "terminals at the port of Tianjin. Vice Mayor Li Mingyuan said that by 2025 the terminals would handle "
      "23 million TEUs and that new energy trucks would make up 60 percent of the fleet. Beijing, Tianjin "
      "and Hebei will jointly develop their ports in a coordinated way.")
OTHER_EN = ("The provincial health commission opened 12 new rural clinics in Yunnan last autumn, "
            "training 340 village doctors in remote counties and expanding medical insurance coverage "
            "for elderly residents by 7 percent, officials in Kunming said on Friday.")


def zh(text: str = ZH, date: str | None = "2024-03-05") -> Document:
    return Document(text, path="zh.txt", lang="zh", date=date)


def en(text: str = EN, date: str | None = "2024-03-05") -> Document:
    return Document(text, path="en.txt", lang="en", date=date)


def test_pair_score_is_high_for_a_translation():
    assert pair_score(zh(), en()) >= THRESHOLD


def test_pair_score_is_symmetric():
    assert pair_score(zh(), en()) == pair_score(en(), zh())


@pytest.mark.parametrize(("a", "b"), [
    (zh(), zh()),
    (en(), en()),
])
def test_pair_score_is_zero_for_the_same_language(a, b):
    assert pair_score(a, b) == 0.0


def test_pair_score_is_low_for_an_unrelated_text():
    assert pair_score(zh(), en(OTHER_EN, "2023-10-20")) < THRESHOLD


def test_pair_score_drops_when_dates_differ():
    assert pair_score(zh(), en(date="2021-07-01")) < pair_score(zh(), en())


def test_find_pairs_returns_the_translation_only():
    docs = [zh(), en(OTHER_EN, "2023-10-20"), en()]
    assert [(i, j) for i, j, _ in find_pairs(docs)] == [(0, 2)]
