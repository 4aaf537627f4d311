"""Reading source files as text, whatever encoding a repository holds.

Mini-program and Android projects from China are often GBK/GB18030, with or without a declaration;
APKs contain compiled binary XML. Decoding problems become `SourceError`s that the runner reports
as `parse-error` findings. Reads are bounded by `max-file-size` (see `size_limit`): a file above it
raises `FileTooLarge`, which the runner reports as `file-skipped`, and is never read into memory.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

_XML_DECL = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")
#: aapt's compiled XML (chunk type RES_XML_TYPE 0x0003) and resource table (0x0002) headers.
_BINARY_XML = (b"\x03\x00\x08\x00", b"\x02\x00\x0c\x00")
#: Share of non-ASCII bytes that are invalid UTF-8 from which undeclared text is read as GBK.
_GBK_MIN_INVALID = 0.15
_UTF8_NAMES = frozenset({"utf-8", "utf8", "utf_8"})
#: A declaration of a 16/32-bit encoding in a file whose bytes are ASCII-compatible is a lie.
_WIDE = re.compile(r"^(utf|ucs)[-_]?(16|32|2|4)")
#: The default limit when no configuration is in effect (the config default: 10 MB).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: The start of every `FileTooLarge` message: how the runner tells a skip from a parse error.
TOO_LARGE = "file is larger than max-file-size"

_max_bytes: ContextVar[int] = ContextVar("darklint_max_bytes", default=DEFAULT_MAX_BYTES)


class SourceError(Exception):
    """A file that cannot be read as text; carries a location for the finding."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class FileTooLarge(SourceError):
    """A file above the size limit: not read, reported as skipped rather than as broken."""


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded file: its text and the same text as UTF-8 bytes (what parsers get)."""

    path: Path
    text: str
    data: bytes
    encoding: str


@contextlib.contextmanager
def size_limit(max_bytes: int) -> Iterator[None]:
    """Every `read_source` in this block (this thread, this unit) refuses files above `max_bytes`."""
    token = _max_bytes.set(max_bytes)
    try:
        yield
    finally:
        _max_bytes.reset(token)


def current_limit() -> int:
    """The size limit `read_source` applies here (see `size_limit`)."""
    return _max_bytes.get()


#: Files this process read that hold a suppression directive (`darklint-disable`), by path as given: the runner
#: tells the suppression filter, so a stale directive is found in a file with no finding too (the filter runs in
#: the main process and would otherwise read every file again).
DIRECTIVES: set[str] = set()


def decode(raw: bytes, path: Path) -> Source:
    """Decodes bytes the way an editor would, rejecting binary content with a hint."""
    if raw[:4] in _BINARY_XML:
        raise SourceError("compiled binary XML (from an APK); decode it first, e.g. with apktool")
    encoding, body = _sniff(raw)
    if encoding == "utf-8" and b"\x00" in body:
        line = body.count(b"\n", 0, body.index(b"\x00")) + 1
        raise SourceError("file contains NUL bytes: binary, not a text source", line)
    try:
        text = body.decode(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r} declared") from None
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise _invalid(body, exc, encoding) from None
        text = _decode_legacy(body, exc)
        encoding = "gb18030"
    if encoding != "utf-8" and "\x00" in text:
        raise SourceError("file contains NUL characters: binary, not a text source")
    if encoding.startswith(("utf-16", "utf-32")) and text.strip() and not _has_ascii(text[:4096]):
        # Markup and scripts are mostly ASCII; read as 16-bit units, UTF-8 bytes behind a stray
        # BOM give none at all (every unit pairs two bytes): the text would be nonsense.
        name = encoding[:6].upper()
        raise SourceError(f"starts with a {name} byte order mark but is not {name} text")
    data = body if encoding == "utf-8" else text.encode("utf-8")
    if b"darklint-disable" in data:
        DIRECTIVES.add(os.fspath(path))
    return Source(path, text, data, encoding)


def _has_ascii(text: str) -> bool:
    return len(text.encode("ascii", "ignore")) > 0


def _sniff(raw: bytes) -> tuple[str, bytes]:
    """The encoding (BOM first, then an XML declaration, then UTF-8) and the bytes after any BOM."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8", raw[3:]
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return name, raw[len(bom):]
    if raw.startswith(b"<\x00?\x00"):  # UTF-16 without a BOM: only recognisable by its declaration
        return "utf-16-le", raw
    if raw.startswith(b"\x00<\x00?"):
        return "utf-16-be", raw
    declared = _XML_DECL.match(raw)
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name not in _UTF8_NAMES and not _WIDE.match(name):
            return name, raw
    return "utf-8", raw


def _invalid(body: bytes, error: UnicodeDecodeError, encoding: str) -> SourceError:
    line = body.count(b"\n", 0, error.start) + 1
    column = error.start - (body.rfind(b"\n", 0, error.start) + 1) + 1
    return SourceError(f"invalid byte sequence at byte {error.start}: not valid {encoding}", line, column)


def _decode_legacy(body: bytes, error: UnicodeDecodeError) -> str:
    """Older Chinese projects save GBK without a declaration; GB18030 is its superset.

    GB18030 accepts most byte strings, so a UTF-8 file with a few corrupt bytes would silently
    turn into nonsense. In GBK text most non-ASCII bytes are invalid UTF-8 (over half for typical
    Chinese, rarely under a fifth even for a few words); in damaged UTF-8 only the damage is. Few
    invalid bytes among many non-ASCII ones: report the damage instead of guessing GBK.
    """
    invalid = body.decode("utf-8", "replace").count("\ufffd") - body.decode("utf-8", "ignore").count("\ufffd")
    non_ascii = len(body) - len(body.decode("ascii", "ignore"))
    if invalid >= non_ascii * _GBK_MIN_INVALID:
        try:
            return body.decode("gb18030")
        except UnicodeDecodeError:
            pass
    raise _invalid(body, error, "UTF-8 or GB18030")


def read_source(path: Path) -> Source:
    """Reads a regular file, never more than the size limit (a FIFO or a device is refused).

    With `os.read` on a descriptor: a file object (buffer, raw reader) per file was a tenth of reading
    7,000 small files, and nothing here needs its buffering.
    """
    limit = _max_bytes.get()
    try:
        fd = open_nonblocking(os.fspath(path), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise SourceError("not a regular file")
            if info.st_size > limit:
                raise FileTooLarge(f"{TOO_LARGE} ({info.st_size} > {limit} bytes); not linted")
            # Ask for what fstat promised (plus one byte to notice growth), not for the whole limit:
            # reading limit + 1 would allocate a 10 MB buffer for every two-line layout. Getting exactly the
            # promised size is the end of the file: no second read just to see it empty.
            want = min(info.st_size, limit) + 1
            raw = os.read(fd, want)
            if raw and len(raw) < info.st_size:  # a short read: read on up to what was asked
                raw += _read_upto(fd, want - len(raw))
            if len(raw) > info.st_size:  # it grew after fstat: read on, still bounded by the limit
                raw += _read_upto(fd, limit + 1 - len(raw))
        finally:
            os.close(fd)
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > limit:  # it grew after fstat
        raise FileTooLarge(f"{TOO_LARGE} (> {limit} bytes); not linted")
    return decode(raw, path)


def _read_upto(fd: int, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file (a read may return less than asked)."""
    first = os.read(fd, size)
    if len(first) == size or not first:
        return first
    chunks = [first]
    got = len(first)
    while got < size:
        chunk = os.read(fd, size - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def open_nonblocking(path: str, flags: int = os.O_RDONLY) -> int:
    """Opening a FIFO for reading would wait for a writer forever; O_NONBLOCK returns at once. Every read of a
    source file opens it here (the include scan too), so a test can make files unreadable in one place."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
