"""SCSS and Less, as far as a first render can be known without compiling them.

Literal declarations and simple nesting are taken (`.agree { .tip {} &-text {} }` becomes
`.agree .tip` and `.agree-text`); a value that uses a variable, a function or interpolation is
kept as *unknown* (so a lower-priority literal never wins by mistake), and blocks under at-rules
(`@media`, `@include`, mixins) are dropped. A small scanner splits blocks (the CSS grammar reads
neither `$vars` nor `&-suffix`); every flattened rule then goes through the CSS parser, and its
declarations keep the line they were written on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lint.frontends.css import PROPERTIES, StyleSheet
from lint.frontends.css import parse as parse_css

UNRESOLVED = "{{$dynamic}}"
_DYNAMIC_MARKS = ("$", "@", "#{", "(", "~")
_CSS_VAR = re.compile(r"var\(\s*--[\w-]+\s*(?:,[^()$@#~]*)?\)")


@dataclass(slots=True)
class _Frame:
    selectors: list[str] | None  # None: an at-rule or mixin block, whose contents are skipped
    opened: int
    declarations: list[tuple[str, str, int]] = field(default_factory=list)


def _split_top(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _resolve(header: str, parents: list[str] | None) -> list[str] | None:
    mixin_call = header.endswith(")") and "(" in header and not header.startswith((".", "#"))
    if header.startswith("@") or mixin_call:
        return None
    if "#{" in header or "@{" in header:
        return None
    resolved: list[str] = []
    for part in _split_top(header):
        for parent in parents or [""]:
            if "&" in part:
                resolved.append(part.replace("&", parent) if parent else part.replace("&", ""))
            else:
                resolved.append(f"{parent} {part}".strip())
    return resolved


def _value(raw: str) -> str:
    value = " ".join(raw.split())
    plain = _CSS_VAR.sub("", value.replace("!important", ""))  # a CSS custom property is CSS: the cascade reads it
    return UNRESOLVED if any(mark in plain for mark in _DYNAMIC_MARKS) else value


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.rules: list[tuple[int, list[str], list[tuple[str, str, int]]]] = []
        self.opened = 0
        self.imports: list[str] = []

    def run(self) -> None:
        text, pos, line = self.text, 0, 1
        stack: list[_Frame] = []
        buffer: list[str] = []
        start_line = 1
        while pos < len(text):
            char = text[pos]
            if text.startswith("/*", pos):
                end = text.find("*/", pos + 2)
                end = len(text) if end == -1 else end + 2
                line += text.count("\n", pos, end)
                pos = end
                continue
            if text.startswith("//", pos) and (pos == 0 or text[pos - 1] != ":"):
                end = text.find("\n", pos)
                pos = len(text) if end == -1 else end
                continue
            if char in "\"'":
                end = text.find(char, pos + 1)
                end = len(text) if end == -1 else end + 1
                buffer.append(text[pos:end])
                pos = end
                continue
            if char == "\n":
                line += 1
            if char in "{};":
                self._flush("".join(buffer).strip(), char, stack, start_line)
                buffer = []
            else:
                if not "".join(buffer).strip() and not char.isspace():
                    start_line = line
                buffer.append(char)
            pos += 1

    def _flush(self, chunk: str, delimiter: str, stack: list[_Frame], line: int) -> None:
        if delimiter == "{":
            parents = stack[-1].selectors if stack else [""]
            selectors = _resolve(chunk, parents) if parents is not None else None
            self.opened += 1
            stack.append(_Frame(selectors, self.opened))
            return
        if chunk:
            if chunk.startswith("@import"):
                self.imports.extend(p.strip().strip("'\"") for p in chunk[7:].split(",") if p.strip())
            elif stack and ":" in chunk and not chunk.startswith(("$", "@")):
                prop, _, value = chunk.partition(":")
                prop = prop.strip()
                prop = prop if prop.startswith("--") else prop.lower()  # custom properties keep their case
                if prop in PROPERTIES or prop.startswith("--"):
                    stack[-1].declarations.append((prop, _value(value), line))
        if delimiter == "}" and stack:
            frame = stack.pop()
            if frame.selectors and frame.declarations:
                self.rules.append((frame.opened, frame.selectors, frame.declarations))


def parse_nested(data: bytes, shown: str, order_base: int = 0) -> StyleSheet:
    scanner = _Scanner(data.decode("utf-8", "replace"))
    scanner.run()
    sheet = StyleSheet(imports=scanner.imports)
    order = order_base
    for _, selectors, declarations in sorted(scanner.rules, key=lambda r: r[0]):
        # An unresolved value is parsed as a harmless keyword, then restored as unknown.
        body = "\n".join(f"  {prop}: {'inherit' if value == UNRESOLVED else value};" for prop, value, _ in declarations)
        flat = parse_css(f"{', '.join(selectors)} {{\n{body}\n}}\n".encode(), shown, order)
        for rule in flat.rules:
            fixed = tuple(replace(d, line=declarations[d.line - 2][2],
                                  value=d.value if declarations[d.line - 2][1] != UNRESOLVED else UNRESOLVED)
                          for d in rule.declarations)
            sheet.rules.append(replace(rule, declarations=fixed))
            order = max(order, rule.order)
    return sheet
