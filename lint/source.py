"""Reading source files as text, whatever encoding a repository holds.

Mini-program and Android projects from China are often GBK/GB18030; APKs contain compiled binary
XML. Decoding problems become `SourceError`s that the runner reports as `parse-error` findings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

_XML_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


class SourceError(Exception):
    """A file that cannot be read as text; carries a location for the finding."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded file: its text and the same text as UTF-8 bytes (what parsers get)."""

    path: Path
    text: str
    data: bytes
    encoding: str


def decode(raw: bytes, path: Path) -> Source:
    """Decodes bytes the way an editor would, rejecting binary content with a hint."""
    if raw[:4] in (b"\x03\x00\x08\x00", b"\x02\x00\x0c\x00"):
        raise SourceError("compiled binary XML (from an APK); decode it first, e.g. with apktool")
    encoding = "utf-8"
    body = raw
    if raw.startswith(codecs.BOM_UTF8):
        body = raw[3:]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = _XML_DECL.match(raw)
        if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
            encoding = declared.group(1).decode("ascii").lower()
    if encoding == "utf-8" and b"\x00" in body:
        line = body.count(b"\n", 0, body.index(b"\x00")) + 1
        raise SourceError("file contains NUL bytes: binary, not a text source", line)
    try:
        text = body.decode(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r} declared") from None
    except UnicodeDecodeError as exc:
        text = _decode_legacy(body, exc)
        encoding = "gb18030"
    if encoding != "utf-8" and "\x00" in text:
        raise SourceError("file contains NUL characters: binary, not a text source")
    data = body if encoding == "utf-8" else text.encode("utf-8")
    return Source(path, text, data, encoding)


def _decode_legacy(body: bytes, error: UnicodeDecodeError) -> str:
    """Older Chinese projects save GBK without a declaration; GB18030 is its superset."""
    try:
        return body.decode("gb18030")
    except UnicodeDecodeError:
        line = body.count(b"\n", 0, error.start) + 1
        column = error.start - (body.rfind(b"\n", 0, error.start) + 1) + 1
        raise SourceError(
            f"invalid byte sequence at byte {error.start}: not UTF-8 or GB18030", line, column
        ) from None


def read_source(path: Path) -> Source:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}") from None
    return decode(raw, path)
