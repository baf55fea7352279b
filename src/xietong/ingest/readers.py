"""One reader per file format: bytes of a file to (text, encoding).

Every reader returns text with ``\\n`` line ends, one paragraph per line, and
raises ``CorruptFile`` with a one-line reason for a damaged file.  Emptiness
is judged by the caller, except for a PDF without a text layer, which is
refused here because only the reader knows why it is empty.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CorruptFile, EmptyDocument, UnsupportedFormat
from .decode import decode, normalize_newlines

if TYPE_CHECKING:  # imported when a reader runs: the CLI starts faster without them
    from docx.table import _Row
    from selectolax.lexbor import LexborHTMLParser, LexborNode

Reader = Callable[[bytes, str], tuple[str, str]]


def read_text(raw: bytes, name: str) -> tuple[str, str]:
    decoded = decode(raw, name)
    return decoded.text, decoded.encoding


# -- HTML -------------------------------------------------------------------------------------------------------

# Elements that never hold article text, and class/id words of page furniture.
_DROP_TAGS = ("script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "button",
              "select", "template", "object", "canvas")
_FURNITURE = re.compile(r"(?:^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|share|sharing|social|footer|"
                        r"sidebar|side|comments?|related|toolbar|copyright|advert|ads?|banner|topbar|"
                        r"pagination|pager)(?:$|[\s_-])", re.I)
_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr td th section article main "
                    "blockquote pre figure figcaption header footer address center".split())
_SPACES = re.compile(r"[ \t\r\n\xa0\u3000]+")
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|_]\s+|_|｜|\s*\|\s*")


def read_html(raw: bytes, name: str) -> tuple[str, str]:
    """The article text of a web page: its title, then the main block's paragraphs, one per line."""
    from selectolax.lexbor import LexborHTMLParser

    decoded = decode(raw, name)
    tree = LexborHTMLParser(decoded.text)
    title_node = tree.css_first("title")
    title = _clean_title(title_node.text() if title_node else "")
    _strip_furniture(tree)
    main = _main_block(tree)
    lines = _lines(main) if main is not None else []
    if title and title not in lines[:3]:
        lines.insert(0, title)
    return "\n".join(lines), decoded.encoding


def _clean_title(title: str) -> str:
    """``"文章标题_新华网"`` → ``"文章标题"``: the longest part, which is the article's own."""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(_SPACES.sub(" ", title)) if p.strip()]
    return max(parts, key=len) if parts else ""


def _strip_furniture(tree: LexborHTMLParser) -> None:
    total = len(tree.body.text(strip=True)) if tree.body is not None else 0
    doomed: dict[int, LexborNode] = {}
    for node in tree.css(", ".join(_DROP_TAGS)):
        doomed[node.mem_id] = node
    for node in tree.css("header, footer"):  # an <article>'s own header holds its title: keep it
        if not _has_ancestor(node, lambda p: p.tag in ("article", "main")):
            doomed[node.mem_id] = node
    for node in tree.css("[class], [id]"):
        attrs = node.attributes
        words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        # "layout-with-sidebar" may wrap the whole page: furniture is never most of it
        if (_FURNITURE.search(words) and node.tag not in ("body", "html", "article", "main")
                and len(node.text(strip=True)) <= total / 2):
            doomed[node.mem_id] = node
    # decompose only the outermost: a node freed with its parent must not be touched again
    for node in [n for n in doomed.values() if not _has_ancestor(n, lambda p: p.mem_id in doomed)]:
        node.decompose()


def _has_ancestor(node: LexborNode, test: Callable[[LexborNode], bool]) -> bool:
    parent = node.parent
    while parent is not None:
        if test(parent):
            return True
        parent = parent.parent
    return False


def _main_block(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding most paragraph text (a paragraph counts for its parent, half for the grandparent)."""
    for selector in ("article", "main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and len(node.text(strip=True)) > 100:
            return node
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in tree.css("p"):
        n = len(p.text(strip=True))
        for weight, node in ((1.0, p.parent), (0.5, p.parent.parent if p.parent else None)):
            if node is not None:
                scores[node.mem_id] = scores.get(node.mem_id, 0.0) + weight * n
                nodes[node.mem_id] = node
    if scores:
        return nodes[max(scores, key=scores.__getitem__)]
    return tree.body


def _lines(root: LexborNode) -> list[str]:
    """Text of ``root``, a line per block element or ``<br>``, whitespace collapsed."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(buf)).strip()
        if line:
            lines.append(line)
        buf.clear()

    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:  # iterative, as pages nest deeper than Python's recursion limit
        node, closing = stack.pop()
        if closing:
            flush()
            continue
        if node.tag == "-text":
            buf.append(node.text_content or "")
            continue
        if node.tag == "br":
            flush()
            continue
        block = node.tag in _BLOCKS
        if block:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    flush()
    return lines


# -- DOCX -------------------------------------------------------------------------------------------------------

def read_docx(raw: bytes, name: str) -> tuple[str, str]:
    """Paragraphs and tables in document order; a table row is one line of tab-separated cells."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(raw))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_row_line(row) for row in block.rows)
            else:
                lines.append(block.text)
    except (zipfile.BadZipFile, PackageNotFoundError) as e:
        raise CorruptFile(name, f"not a valid DOCX (damaged or truncated ZIP: {_one_line(e)})") from None
    except (KeyError, ValueError, OSError, EOFError) as e:
        raise CorruptFile(name, f"not a valid DOCX ({_one_line(e)})") from None
    except Exception as e:  # lxml's XMLSyntaxError and kin: a damaged document.xml
        raise CorruptFile(name, f"not a valid DOCX ({e.__class__.__name__}: {_one_line(e)})") from None
    return normalize_newlines("\n".join(line for line in lines if line.strip())), "docx"


def _row_line(row: _Row) -> str:
    cells: list[str] = []
    for cell in row.cells:  # a merged cell is repeated once per grid column
        text = _SPACES.sub(" ", cell.text).strip()
        if not cells or text != cells[-1]:
            cells.append(text)
    return "\t".join(cells)


# -- PDF --------------------------------------------------------------------------------------------------------

def read_pdf(raw: bytes, name: str) -> tuple[str, str]:
    """The text layer, page by page; a PDF without one (a scan) is an ``EmptyDocument``."""
    import pypdf
    from pypdf.errors import PyPdfError

    if not raw.startswith(b"%PDF"):
        raise CorruptFile(name, "not a PDF (no %PDF header)")
    if b"%%EOF" not in raw[-2048:]:  # pypdf would read a truncated file silently, in part
        raise CorruptFile(name, "truncated PDF (no %%EOF end marker)")
    try:
        pdf = pypdf.PdfReader(io.BytesIO(raw))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise CorruptFile(name, "encrypted PDF: cannot read without a password")
        pages = [page.extract_text() or "" for page in pdf.pages]
    except CorruptFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, EOFError) as e:
        raise CorruptFile(name, f"damaged PDF ({e.__class__.__name__}: {_one_line(e)})") from None
    text = normalize_newlines("\n".join(p.strip("\n") for p in pages if p.strip()))
    if not text.strip():
        raise EmptyDocument(name, f"PDF has no text layer in {len(pages)} page(s): a scan needs OCR first")
    return text, "pdf"


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split())[:160] or e.__class__.__name__


# -- dispatch ---------------------------------------------------------------------------------------------------

READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_text), ".md": ("md", read_text), ".text": ("txt", read_text),
    ".html": ("html", read_html), ".htm": ("html", read_html),
    ".docx": ("docx", read_docx), ".pdf": ("pdf", read_pdf),
}
SUFFIXES = tuple(READERS)


def reader_for(path: Path) -> tuple[str, Reader]:
    """The format name and reader of ``path`` by its suffix, or ``UnsupportedFormat``."""
    try:
        return READERS[path.suffix.lower()]
    except KeyError:
        what = f"'{path.suffix}' files" if path.suffix else "files without a suffix"
        known = ", ".join(sorted(set(READERS)))
        raise UnsupportedFormat(str(path), f"cannot read {what} (known: {known})") from None
