"""A module's resource tables (`res/values*/*.xml`): strings, dimens, bools, styles.

Resources are resolved the way the framework does at inflation: the default `values/` folder
decides the value, other qualifier folders (locales, night, sw600dp) are alternatives. A
reference that cannot be found (a library's, the framework's) resolves to unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lint.finding import Evidence
from lint.frontends import xmlsafe
from lint.source import SourceError, read_source

_REF = re.compile(r"^@(?:\+)?(?:(?P<pkg>[\w.]+):)?(?P<type>[\w-]+)/(?P<name>[\w.]+)$")
_TYPED_TAGS = {"string", "dimen", "bool", "integer", "color", "fraction", "item"}
_MAX_ALIAS_DEPTH = 10


@dataclass(frozen=True, slots=True)
class Entry:
    value: str
    qualifier: str
    path: str
    line: int


@dataclass(slots=True)
class Style:
    name: str
    parent: str | None
    items: dict[str, Entry]
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved reference: the default value, other qualifiers' values, and the chain."""

    value: str
    alts: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(slots=True)
class Resources:
    values: dict[str, list[Entry]] = field(default_factory=dict)
    styles: dict[str, Style] = field(default_factory=dict)
    #: Broken values files: (display path, line, column, message) for parse-error findings.
    errors: list[tuple[str, int, int, str]] = field(default_factory=list)

    def resolve(self, raw: str, depth: int = 0) -> Resolved | None:
        """Resolves `@type/name` (following aliases); a literal resolves to itself."""
        if not raw.startswith("@"):
            return Resolved(raw)
        match = _REF.match(raw)
        if match is None or match.group("pkg") == "android" or depth > _MAX_ALIAS_DEPTH:
            return None
        entries = self.values.get(f"{_kind(match.group('type'))}/{match.group('name')}")
        if not entries:
            return None
        default = next((e for e in entries if e.qualifier == ""), entries[0])
        shown = " ".join(default.value.split())[:60]
        evidence = Evidence(default.path, default.line, f"{raw} = {shown!r}")
        inner = self.resolve(default.value, depth + 1)
        if inner is None:
            return None
        alts: list[str] = []
        for entry in entries:
            if entry is not default:
                alt = self.resolve(entry.value, depth + 1)
                if alt is not None:
                    alts.append(alt.value)
        alts.extend(inner.alts)
        return Resolved(inner.value, tuple(dict.fromkeys(alts)), (evidence, *inner.evidence))

    def style_chain(self, name: str) -> list[Style]:
        """A style and its ancestors: explicit `parent=`, else the implicit dotted parent."""
        chain: list[Style] = []
        current: str | None = name
        while current and len(chain) < _MAX_ALIAS_DEPTH:
            style = self.styles.get(current)
            if style is None or style in chain:
                break
            chain.append(style)
            current = style.parent
        return chain


def _kind(ref_type: str) -> str:
    return "string" if ref_type == "string" else ref_type


def _unescape(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text.replace("\\'", "'").replace('\\"', '"').replace("\\n", "\n").replace("\\@", "@")


def _add_file(res: Resources, path: Path, qualifier: str, display: Callable[[Path], str]) -> None:
    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        res.errors.append((shown, exc.line, exc.column, exc.message))
        return
    root, error = xmlsafe.parse(source.data)
    if root is None:
        assert error is not None
        res.errors.append((shown, *error))
        return
    for element in root:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        name = element.get("name")
        if not name:
            continue
        line = element.sourceline or 1
        if tag == "style":
            items = {
                item.get("name", ""): Entry((item.text or "").strip(), qualifier, shown, item.sourceline or line)
                for item in element if isinstance(item.tag, str) and item.get("name")
            }
            parent = element.get("parent")
            if parent is None and "." in name:
                parent = name.rsplit(".", 1)[0]
            parent = parent.split("/", 1)[1] if parent and "/" in parent else parent
            if qualifier == "" or name not in res.styles:
                res.styles[name] = Style(name, parent or None, items, shown, line)
        elif tag in _TYPED_TAGS:
            kind = element.get("type", "string") if tag == "item" else tag
            value = _unescape("".join(element.itertext()))
            res.values.setdefault(f"{kind}/{name}", []).append(Entry(value, qualifier, shown, line))
        elif tag in ("string-array", "array"):
            for index, item in enumerate(i for i in element if isinstance(i.tag, str)):
                value = _unescape("".join(item.itertext()))
                res.values.setdefault(f"array/{name}[{index}]", []).append(Entry(value, qualifier, shown, item.sourceline or line))


def load(res_dir: Path, display: Callable[[Path], str]) -> Resources:
    res = Resources()
    try:
        folders = sorted(p for p in res_dir.iterdir() if p.is_dir() and p.name.startswith("values"))
    except OSError:
        return res
    # The default folder first, so its entries are the ones every lookup starts from.
    folders.sort(key=lambda p: p.name != "values")
    for folder in folders:
        qualifier = folder.name[len("values"):].lstrip("-")
        for path in sorted(folder.glob("*.xml")):
            _add_file(res, path, qualifier, display)
    return res


def literal_bool(value: str) -> bool | None:
    lowered = value.strip().lower()
    return True if lowered == "true" else False if lowered == "false" else None


