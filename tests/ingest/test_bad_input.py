"""Bad input gets a clear answer and loses nothing.

Each bad file raises its own error class with a one-line message that names
the file and the reason; the good files beside it still read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.pdfs import make_pdf
from xietong.errors import (
    CorruptFile,
    DecodeError,
    EmptyDocument,
    InputError,
    NotFound,
    TooLarge,
    UnsupportedFormat,
    XietongError,
)
from xietong.ingest import iter_paths, read_document

GOOD = "天津港去年集装箱吞吐量增长5%。\n"


def _docx_bytes(tmp_path: Path) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("河北省推进京津冀协同发展工作要点。")
    document.save(str(tmp_path / "whole.docx"))
    return (tmp_path / "whole.docx").read_bytes()


def _write(name: str, content: Callable[[Path], bytes]) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(content(tmp_path))
        return path
    return make


def _sparse(name: str, size: int) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        with path.open("wb") as f:
            f.truncate(size)  # sparse: no disk space, no time
        return path
    return make


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.txt"


BAD_FILES = [
    # id, make the file, error, words of the reason
    ("missing", _missing, NotFound, "no such file"),
    ("empty", _write("empty.txt", lambda _: b""), EmptyDocument, "empty file"),
    ("blank", _write("blank.txt", lambda _: b" \n\t\r\n  "), EmptyDocument, "only whitespace"),
    ("blank-utf16", _write("blank16.txt", lambda _: "   \n ".encode("utf-16")), EmptyDocument, "no text"),
    ("binary-as-txt", _write("photo.txt", lambda _: os.urandom(4096)), CorruptFile, "binary content"),
    ("png-as-txt", _write("image.txt", lambda _: b"\x89PNG\r\n\x1a\n" + os.urandom(500)), CorruptFile, "PNG"),
    ("undecodable", _write("latin1.txt", lambda _: "Café de la Gare, résumé, naïve élan".encode("latin-1")),
     DecodeError, "not UTF-8, UTF-16 or GB18030"),
    ("broken-utf8-bom", _write("broken.txt", lambda _: b"\xef\xbb\xbf\xe5\xa4\xa9\xff\xfe"), DecodeError,
     "invalid utf-8"),
    ("truncated-docx", _write("cut.docx", lambda t: _docx_bytes(t)[:2000]), CorruptFile, "not a valid DOCX"),
    ("text-as-docx", _write("notes.docx", lambda _: GOOD.encode()), CorruptFile, "not a valid DOCX"),
    ("truncated-pdf", _write("cut.pdf", lambda _: make_pdf([["Tianjin Port will expand."]])[:300]), CorruptFile,
     "truncated PDF"),
    ("text-as-pdf", _write("notes.pdf", lambda _: GOOD.encode()), CorruptFile, "not a PDF"),
    ("scanned-pdf", _write("scan.pdf", lambda _: make_pdf([[], []])), EmptyDocument, "no text layer"),
    ("unknown-suffix", _write("table.xlsx", lambda _: b"PK\x03\x04"), UnsupportedFormat, "cannot read '.xlsx'"),
    ("too-large", _sparse("huge.txt", 200 * 2**20), TooLarge, "200.0 MB is over the 100.0 MB limit"),
]


@pytest.mark.parametrize(("make", "error", "reason"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES])
def test_read_document_refuses_bad_input_with_a_one_line_reason(tmp_path: Path, make: Callable[[Path], Path],
                                                                error: type[InputError], reason: str) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as info:
        read_document(path)
    e = info.value
    assert type(e) is error and isinstance(e, XietongError)
    assert e.path == str(path) and str(e) == f"{path}: {e.reason}"
    assert reason in e.reason
    assert "\n" not in str(e) and len(str(e)) < 300


def test_read_document_checks_the_size_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sparse("huge.txt", 200 * 2**20)(tmp_path)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file that is too large"))
    with pytest.raises(TooLarge):
        read_document(path)


def test_read_document_takes_a_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(TooLarge, match="over the 0.0 MB limit"):
        read_document(path, max_bytes=10)
    assert read_document(path, max_bytes=len(GOOD.encode())).text == GOOD


def test_read_document_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="is a folder"):
        read_document(tmp_path)


@pytest.mark.parametrize(("files", "reason"), [
    ([], "no readable files in this folder"),
    (["photo.jpg", "data.xlsx", ".hidden/notes.txt"], "no readable files in this folder"),
])
def test_iter_paths_refuses_a_folder_without_readable_files(tmp_path: Path, files: list[str], reason: str) -> None:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    with pytest.raises(NotFound) as info:
        list(iter_paths([tmp_path]))
    assert info.value.path == str(tmp_path) and reason in info.value.reason


def test_iter_paths_refuses_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no such file or folder"):
        list(iter_paths([tmp_path / "nowhere"]))


def test_iter_paths_walks_folders_recursively_and_yields_named_files_as_given(tmp_path: Path) -> None:
    for name in ["b.txt", "sub/a.md", "sub/deeper/c.html", "skip.jpg", ".git/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    named = tmp_path / "skip.jpg"
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path, named])]
    assert found == ["b.txt", "sub/a.md", "sub/deeper/c.html", "skip.jpg"]


def test_a_folder_of_good_and_bad_files_reads_every_good_file(tmp_path: Path) -> None:
    """What ``xietong ingest`` does: one error per bad file, and nothing else lost."""
    (tmp_path / "good_zh.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good_gb.txt").write_bytes(GOOD.encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(os.urandom(2048))
    (tmp_path / "cut.pdf").write_bytes(make_pdf([["Text."]])[:200])
    read, failed = [], []
    for path in iter_paths([tmp_path]):
        try:
            read.append(read_document(path).text)
        except XietongError as e:
            failed.append(type(e).__name__)
    assert read == [GOOD, GOOD]
    assert sorted(failed) == ["CorruptFile", "CorruptFile", "EmptyDocument"]
