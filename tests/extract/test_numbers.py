"""numbers.py reads one written number into a float; one line per way of writing it."""

from __future__ import annotations

import pytest

from xietong.extract.numbers import halfwidth, multiplier, parse_arabic, parse_en, parse_zh, parse_zh_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0.0),
        ("7", 7.0),
        ("47449", 47449.0),
        ("3.44", 3.44),
        ("1,234.5", 1234.5),
        ("12,000,000", 12_000_000.0),
        ("１２３", 123.0),
        ("１，２３４", 1234.0),
        ("８２．０３", 82.03),
        (" 56 ", 56.0),
    ],
)
def test_parse_arabic_reads_digits_separators_and_full_width(text: str, value: float) -> None:
    assert parse_arabic(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "五", "--"])
def test_parse_arabic_rejects_what_is_not_a_number(text: str) -> None:
    assert parse_arabic(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十二", 22),
        ("九十九", 99),
        ("一百", 100),
        ("一百零五", 105),
        ("三百二", 320),
        ("两千三百", 2300),
        ("两千三", 2300),
        ("一万二", 12000),
        ("一万二千", 12000),
        ("三万零五十", 30050),
        ("十万", 100_000),
        ("二十万", 200_000),
        ("一亿二千万", 120_000_000),
        ("万亿", 1_000_000_000_000),
        ("千亿", 100_000_000_000),
        ("百", 100),
        ("三点五", 3.5),
        ("零点八", 0.8),
        ("二〇三五", 2035),
        ("两", 2),
        ("叁佰", 300),
    ],
)
def test_parse_zh_numeral_reads_chinese_numerals(text: str, value: float) -> None:
    assert parse_zh_numeral(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "三四", "统一", "十A"])
def test_parse_zh_numeral_rejects_ranges_and_other_characters(text: str) -> None:
    assert parse_zh_numeral(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2000万", 20_000_000),
        ("1.6万", 16_000),
        ("3万余", 30_000),
        ("2000多万", 20_000_000),
        ("30余万", 300_000),
        ("5.2万亿", 5_200_000_000_000),
        ("3.68万亿", 3_680_000_000_000),
        ("996亿", 99_600_000_000),
        ("0.94万", 9_400),
        ("１２３", 123),
        ("１．６万", 16_000),
        ("12，345", 12_345),
        ("百分之四十", 40),
        ("百分之三点五", 3.5),
        ("百分之15", 15),
        ("两千三百", 2300),
        ("一万二", 12_000),
        ("十五", 15),
        ("1.9", 1.9),
        ("千余", 1000),
    ],
)
def test_parse_zh_reads_mixed_digits_multipliers_and_markers(text: str, value: float) -> None:
    assert parse_zh(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("万", 1e4),
        ("亿", 1e8),
        ("万亿", 1e12),
        ("余万", 1e4),
        ("", 1.0),
    ],
)
def test_multiplier_multiplies_the_chinese_scale_words(text: str, value: float) -> None:
    assert multiplier(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("eleven", 11),
        ("twenty", 20),
        ("twenty-three", 23),
        ("ninety nine", 99),
        ("one hundred", 100),
        ("two hundred and five", 205),
        ("two hundred thousand", 200_000),
        ("3.356 million", 3_356_000),
        ("20 million", 20_000_000),
        ("100 billion", 100_000_000_000),
        ("10.4 trillion", 10_400_000_000_000),
        ("100-trillion", 100_000_000_000_000),
        ("1,234.5", 1234.5),
        ("a million", 1_000_000),
        ("five thousand", 5000),
        ("half", 0.5),
        ("a quarter", 0.25),
        ("one-third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three-quarters", 0.75),
        ("Seven", 7),
        ("forty-two million", 42_000_000),
    ],
)
def test_parse_en_reads_digits_words_and_scales(text: str, value: float) -> None:
    assert parse_en(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "several", "dozens", "five apples"])
def test_parse_en_rejects_vague_words(text: str) -> None:
    assert parse_en(text) is None


def test_halfwidth_keeps_the_length_so_offsets_hold() -> None:
    text = "增长１２．５％，达到１，２００家"
    assert len(halfwidth(text)) == len(text)
    assert halfwidth(text) == "增长12.5%,达到1,200家"
