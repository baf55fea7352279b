"""Bytes to text: every supported encoding decodes exactly; anything else is refused by name."""

from __future__ import annotations

import codecs

import pytest

from xietong.errors import CorruptFile, DecodeError
from xietong.ingest.decode import decode, normalize_newlines

ZH = "京津冀协同发展走深走实。\n天津港集装箱吞吐量达到2329万标准箱，增长5%。\n"
EN = "Tianjin Port handled 23.29 million TEUs in 2024.\nThe port will expand sea-rail transport.\n"
MIXED = "北京市发展和改革委员会 (Beijing Municipal Commission of Development and Reform)\n"


@pytest.mark.parametrize(("raw", "encoding", "text"), [
    (ZH.encode("utf-8"), "utf-8", ZH),
    (codecs.BOM_UTF8 + ZH.encode("utf-8"), "utf-8-sig", ZH),
    (EN.encode("ascii"), "utf-8", EN),
    (ZH.encode("utf-16"), "utf-16-le", ZH),  # Python writes a little-endian BOM
    (codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), "utf-16-be", ZH),
    (EN.encode("utf-16-le"), "utf-16-le", EN),  # no BOM: found by the NULs of ASCII
    (EN.encode("utf-16-be"), "utf-16-be", EN),
    (ZH.encode("utf-16-le"), "utf-16-le", ZH),  # no BOM, few NULs: found by reading as Chinese
    (ZH.encode("gb18030"), "gb18030", ZH),
    (ZH.encode("gbk"), "gb18030", ZH),
    (MIXED.encode("gb2312"), "gb18030", MIXED),
    ("雄安新区".encode("gbk"), "gb18030", "雄安新区"),  # too short for charset-normalizer alone
    (codecs.BOM_UTF32_LE + EN.encode("utf-32-le"), "utf-32-le", EN),
])
def test_decode_reads_each_supported_encoding_exactly(raw: bytes, encoding: str, text: str) -> None:
    decoded = decode(raw, "doc.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(("text", "expected"), [
    ("a\r\nb\r\n", "a\nb\n"),
    ("a\rb\rc", "a\nb\nc"),
    ("a\n\r\nb", "a\n\nb"),
    ("no newline", "no newline"),
    ("段落一\r\n\r\n段落二", "段落一\n\n段落二"),
])
def test_normalize_newlines_makes_every_line_end_a_newline(text: str, expected: str) -> None:
    assert normalize_newlines(text) == expected


def test_decode_normalises_newlines_of_windows_files() -> None:
    assert decode("第一行\r\n第二行\r\n".encode("gb18030")).text == "第一行\n第二行\n"


def test_decode_keeps_utf8_text_unchanged_apart_from_the_bom() -> None:
    text = "  标题\n\u3000\u3000正文，含全角空格与 tab\t和表情😀。\n"
    assert decode(codecs.BOM_UTF8 + text.encode()).text == text


@pytest.mark.parametrize(("raw", "error", "reason"), [
    ("café au lait, naïve résumé, élan vital".encode("latin-1"), DecodeError, "not UTF-8, UTF-16 or GB18030"),
    ("Пекин, Тяньцзинь и провинция Хэбэй развиваются вместе".encode("cp1251"), DecodeError, "cannot decode"),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", DecodeError, "invalid utf-8"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", DecodeError, "invalid utf-16-le"),  # a lone surrogate
    (bytes(range(256)) * 8, CorruptFile, "control bytes"),
    (b"\x89PNG\r\n\x1a\n" + bytes(64), CorruptFile, "PNG"),
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", CorruptFile, "PDF"),
    (b"PK\x03\x04" + bytes(40), CorruptFile, "ZIP"),
    (b"text\x00with\x01many\x02control\x03bytes\x04" * 20, CorruptFile, "binary content"),
    (b"a long line of plain ASCII text " * 20 + b"\x00", CorruptFile, "NUL character"),  # not UTF-16 either
])
def test_decode_refuses_what_it_cannot_read_faithfully(raw: bytes, error: type[Exception], reason: str) -> None:
    with pytest.raises(error) as info:
        decode(raw, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")
    assert reason.lower() in info.value.reason.lower()  # type: ignore[attr-defined]
    assert "\n" not in str(info.value)


def test_decode_allows_a_stray_form_feed_in_long_text() -> None:
    text = ("第一页内容。" * 200) + "\f" + "第二页内容。"
    assert decode(text.encode()).text == text
