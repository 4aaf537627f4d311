"""GitHub code scanning's ``primaryLocationLineHash``.

GitHub de-duplicates alerts across analyses by this partial fingerprint.  The
codeql-action ``upload-sarif`` step computes it for uploads that lack it; other upload
paths (the REST API, third-party actions) do not, and alerts then reappear as new once
unrelated lines move.  So we compute it ourselves, reproducing ``hash()`` from
codeql-action's ``src/fingerprints.ts`` value for value:

* the file is read as UTF-16 code units (JavaScript strings);
* spaces and tabs are skipped, ``\\r\\n`` and ``\\r`` become ``\\n``;
* each line's hash is a rolling polynomial hash (base 37, 64-bit wrap-around) over the
  next 100 kept code units starting at the line's first one, across line ends, with an
  end-of-file marker (65535) and zero padding;
* the value is the unsigned hex of the hash, plus ``:N`` where N counts earlier lines of
  the file with the same hash value.
"""

from __future__ import annotations

from collections.abc import Iterator

_BLOCK_SIZE = 100
_MOD = 37
_MASK = (1 << 64) - 1
_FIRST_MOD = pow(_MOD, _BLOCK_SIZE, 1 << 64)
_TAB, _SPACE, _LF, _CR = 0x09, 0x20, 0x0A, 0x0D
_EOF = 65535


def line_hashes(text: str) -> dict[int, str]:
    """Map every 1-based line number of ``text`` to its ``primaryLocationLineHash``."""
    window = [0] * _BLOCK_SIZE
    line_numbers = [-1] * _BLOCK_SIZE  # line that starts at each window slot, or -1
    hash_counts: dict[str, int] = {}
    result: dict[int, str] = {}
    hash_raw = 0
    index = 0

    def output_hash() -> None:
        value = format(hash_raw, "x")
        hash_counts[value] = hash_counts.get(value, 0) + 1
        result[line_numbers[index]] = f"{value}:{hash_counts[value]}"
        line_numbers[index] = -1

    def update_hash(current: int) -> None:
        nonlocal hash_raw, index
        begin = window[index]
        window[index] = current
        hash_raw = (_MOD * hash_raw + current - _FIRST_MOD * begin) & _MASK
        index = (index + 1) % _BLOCK_SIZE

    line_number = 0
    line_start = True
    prev_cr = False
    for current in _code_units(text):
        if current in (_SPACE, _TAB) or (prev_cr and current == _LF):
            prev_cr = False
            continue
        if current == _CR:
            current = _LF
            prev_cr = True
        else:
            prev_cr = False
        if line_numbers[index] != -1:
            output_hash()
        if line_start:
            line_start = False
            line_number += 1
            line_numbers[index] = line_number
        if current == _LF:
            line_start = True
        update_hash(current)

    # Flush the lines whose 100-unit window is still open at the end of the file.
    for _ in range(_BLOCK_SIZE):
        if line_numbers[index] != -1:
            output_hash()
        update_hash(0)
    return result


def _code_units(text: str) -> Iterator[int]:
    """The UTF-16 code units of ``text`` followed by the end-of-file marker."""
    for char in text:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            yield 0xD800 + (code >> 10)
            yield 0xDC00 + (code & 0x3FF)
        else:
            yield code
    yield _EOF
