"""Bytes to text: UTF-8, UTF-16 and GB18030, detected and never guessed silently wrong.

The order of the checks matters:

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32);
2. BOM-less UTF-16 shows itself by NULs at every other byte of ASCII text;
3. other NULs and control bytes mean a binary file, not text (``CorruptFile``);
4. strict UTF-8 — it almost never decodes anything else by accident;
5. GB18030 (a superset of GBK and GB2312) when charset-normalizer agrees or the
   double-byte characters lie where real Chinese text puts them.

Anything else raises ``DecodeError`` naming what the bytes look like: mojibake
stored is worse than a file refused.  Strict decoding must round-trip, and the
result has ``\\r\\n`` and lone ``\\r`` turned into ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from ..errors import CorruptFile, DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its LE BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive (DOCX/XLSX?)"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an old Office (OLE) file"),
)
_GB_FAMILY = {"gb18030", "gbk", "gb2312", "hz", "hz_gb_2312", "cp936"}
# Verdicts not to trust against GB-shaped bytes: other East Asian codecs, and
# UTF-16/32, which the NUL checks above would have recognised.
_UNRELIABLE = {"big5", "big5hkscs", "cp950", "cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "johab",
               "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"}
_SAMPLE = 64 * 1024
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x0B, 0x7F}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_TEXTLIKE = re.compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027]")
_NEWLINES = re.compile(r"\r\n?")
MAX_CONTROL_SHARE = 0.01  # a stray form feed is text; one byte in a hundred is not


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(raw: bytes, name: str = "<bytes>") -> Decoded:
    """Decode ``raw`` (the bytes of file ``name``) or raise ``DecodeError``/``CorruptFile``."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return Decoded(_strict(raw[len(bom):], encoding, name), encoding + "-sig" * (encoding == "utf-8"))
    utf16 = _utf16_by_nuls(raw[:_SAMPLE])
    if utf16:
        return Decoded(_strict(raw, utf16, name), utf16)
    _refuse_binary(raw, name)
    try:
        return Decoded(_strict(raw, "utf-8", name), "utf-8")
    except DecodeError:
        pass
    guess = _guess(raw)
    # Short Chinese text is sometimes taken for Big5 or Shift-JIS; Cyrillic or
    # Latin-1 verdicts are trusted even when the bytes would pass for GB.
    if guess in _GB_FAMILY or ((guess is None or guess in _UNRELIABLE) and _looks_like_gb(raw)):
        return Decoded(_strict(raw, "gb18030", name), "gb18030")
    looks = f" (looks like {guess})" if guess else ""
    raise DecodeError(name, f"cannot decode: not UTF-8, UTF-16 or GB18030{looks}")


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def _strict(raw: bytes, encoding: str, name: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(name, f"invalid {encoding} at byte {e.start}: {raw[e.start:e.start + 4]!r}") from None
    if text.encode(encoding) != raw:  # never store text that does not give back the file
        raise DecodeError(name, f"{encoding} decoding does not round-trip")
    _refuse_control_chars(text, name)
    return normalize_newlines(text)


def _utf16_by_nuls(sample: bytes) -> str | None:
    """UTF-16 without BOM: NULs pile up at odd (LE) or even (BE) positions."""
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    # Chinese text has few NULs (only its ASCII has them): accept whichever byte
    # order reads as Chinese and ASCII text throughout.  Pairs of ASCII letters
    # read as CJK too, so UTF-8 with a stray NUL must not get here.
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return None
    except UnicodeDecodeError:
        pass
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample[: len(sample) // 2 * 2].decode(encoding, errors="replace")
        if len(_TEXTLIKE.findall(text)) >= 0.97 * len(text):
            return encoding
    return None


def _refuse_binary(raw: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise CorruptFile(name, f"binary content: {what}, not text")
    sample = raw[:_SAMPLE]
    controls = sum(1 for b in sample if b in _CONTROL_BYTES)
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        raise CorruptFile(name, f"binary content: {controls} control bytes in the first {len(sample)}")


def _refuse_control_chars(text: str, name: str) -> None:
    if "\x00" in text:  # no database stores a NUL in text, and no text file holds one
        raise CorruptFile(name, f"binary content: NUL character at position {text.index(chr(0))}")
    controls = len(_CONTROL_CHARS.findall(text[:_SAMPLE]))
    if controls and controls / len(text[:_SAMPLE]) > MAX_CONTROL_SHARE:
        raise CorruptFile(name, f"binary content: {controls} control characters after decoding")


def _guess(raw: bytes) -> str | None:
    best = charset_normalizer.from_bytes(raw[:_SAMPLE]).best()
    return best.encoding if best else None


def _looks_like_gb(raw: bytes) -> bool:
    """Most double-byte characters of real GBK text lie in GB2312's rows A1–F7 × A1–FE.

    Latin-1 or Windows-1252 text that happens to decode as GB18030 pairs an
    accented byte with an ASCII letter (trail byte below 0xA1) instead.
    """
    pairs = inside = 0
    i, n = 0, min(len(raw), _SAMPLE)
    while i < n - 1:
        lead = raw[i]
        if lead < 0x80:
            i += 1
            continue
        pairs += 1
        inside += 0xA1 <= lead <= 0xF7 and 0xA1 <= raw[i + 1] <= 0xFE
        i += 4 if 0x30 <= raw[i + 1] <= 0x39 else 2  # GB18030 four-byte sequences
    return pairs >= 2 and inside / pairs >= 0.9
