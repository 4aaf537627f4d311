"""Inline expectations in fixture files, semgrep-rules style.

`<!-- expect: RULE -->` (or `// expect: RULE`, `/* expect: RULE */`) says a finding of RULE must start on the next
line that is not itself a marker; `ok: RULE` says that line must stay silent. An `expect` marker on the very first
line of a file for `parse-error` means "somewhere in this file" (the line depends on the parser).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MARKER = re.compile(r"(?:<!--|//|/\*)\s*(expect|ok):\s*([a-z0-9, -]+?)\s*(?:-->|\*/|$)")
TEXT_SUFFIXES = {
    ".json",  # only a broken one can hold a marker: comments are not JSON
    ".xml",
    ".wxml",
    ".axml",
    ".swan",
    ".ttml",
    ".qml",
    ".ksml",
    ".jxml",
    ".vue",
    ".nvue",
    ".jsx",
    ".tsx",
    ".js",
    ".ts",
    ".java",  # one-tap login SDK builders (lint/frontends/android/onekey.py)
    ".kt",
    ".wxss",
    ".acss",
    ".css",
    ".ttss",
    ".qss",
    ".jxss",
    ".scss",
    ".less",
}
ANYWHERE = 0


@dataclass(frozen=True)
class Mark:
    kind: str  # "expect" | "ok"
    rule: str
    path: str
    line: int  # 1-based; ANYWHERE for a whole-file expectation


def _read(path: Path) -> list[str]:
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16").splitlines()
    # Not UTF-16 without its mark: nearly any even-length GBK file decodes as UTF-16 (into nonsense).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    return []


def collect(project: Path) -> list[Mark]:
    marks: list[Mark] = []
    for path in sorted(project.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        lines = _read(path)
        rel = path.relative_to(project).as_posix()
        for index, text in enumerate(lines):
            found = MARKER.search(text)
            if not found:
                continue
            kind, rules = found.group(1), [r.strip() for r in found.group(2).split(",") if r.strip()]
            target = index + 1
            while target < len(lines) and (MARKER.search(lines[target]) or not lines[target].strip()):
                target += 1
            for rule in rules:
                anywhere = index == 0 and kind == "expect" and rule == "parse-error"
                marks.append(Mark(kind, rule, rel, ANYWHERE if anywhere else target + 1))
    return marks
