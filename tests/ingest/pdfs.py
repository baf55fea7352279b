"""Minimal PDFs written byte by byte, so that tests need neither font files nor a network.

Latin text uses Helvetica, a standard-14 font every reader knows.  Chinese
text uses STSong-Light, one of the Adobe-GB1 fonts a reader must supply
itself, addressed through the predefined ``UniGB-UTF16-H`` CMap: the text is
UTF-16BE, so nothing needs embedding.
"""

from __future__ import annotations

_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_STSONG = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [ "
           b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
           b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> /FontDescriptor "
           b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
           b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >> ] >>")


def make_pdf(pages: list[list[str]], chinese: bool = False) -> bytes:
    """A PDF with one page per item of ``pages``, each a list of text lines (``[]``: a page without text)."""
    n = len(pages)
    font = 3 + 2 * n
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n)) + b"] /Count %d >>" % n,
    ]
    for i, lines in enumerate(pages):
        content = _content(lines, chinese)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >>"
                       b" /Contents %d 0 R >>" % (font, 4 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(_STSONG if chinese else _HELVETICA)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _content(lines: list[str], chinese: bool) -> bytes:
    if not lines:
        return b"0 0 m 100 100 l S"  # a drawing, no text: what a scanned page looks like to a reader
    ops = [b"BT /F1 12 Tf 14 TL 72 770 Td"]
    for line in lines:
        if chinese:
            ops.append(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj T*")
            continue
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)
