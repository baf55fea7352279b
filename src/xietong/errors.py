"""The exception tree of xietong.

    XietongError
    ├── InputError            a file cannot be read as a document
    │   ├── NotFound          missing path, or a folder with no readable files
    │   ├── UnsupportedFormat a file type no reader handles
    │   ├── EmptyDocument     nothing but whitespace after decoding
    │   ├── DecodeError       bytes that no supported encoding decodes cleanly
    │   ├── CorruptFile       a truncated or damaged DOCX/PDF, a binary renamed .txt
    │   └── TooLarge          over the configured size limit
    ├── StoreError            the database refused or is not migrated
    └── NoSuchRecord          a document, person or task id that does not exist

The library raises these; the CLI and the API translate them to one line or
one JSON error shape.
"""

from __future__ import annotations


class XietongError(Exception):
    """Base of every error xietong raises on purpose."""


class InputError(XietongError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFound(InputError):
    pass


class UnsupportedFormat(InputError):
    pass


class EmptyDocument(InputError):
    pass


class DecodeError(InputError):
    pass


class CorruptFile(InputError):
    pass


class TooLarge(InputError):
    pass


class StoreError(XietongError):
    pass


class NoSuchRecord(XietongError):
    pass
