"""Composition: `<include>`, `<merge>` and `<ViewStub>` layouts grafted into the includer's tree.

The included layout is built in the includer's context: the include's `android:id`, `android:visibility`
and (when it gives both width and height) its layout params override the included root's, and a `<merge>`
root's children join the includer's parent. A ViewStub's layout hangs under the stub, hidden.
A layout whose root is hidden but that is only ever inflated by includes that make it visible is not hidden
on its own either (`only_shown_by_includes`): the include's visibility replaces the root's wherever it shows.

Reporting (decided so nothing is reported twice): every layout file is also linted on its own, and those
standalone findings stay where they are. A grafted element is reported in the includer only when the
includer's context changes its facts (the include hides it, a label comes from the includer...); the
finding then points at the include site, with the included element as evidence. Grafted elements whose
facts equal their standalone facts are silenced in the includer (`ignores = all`); they still serve as
labels and parents.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.finding import Evidence
from lint.frontends.android.androidannotations import LAYOUT_RES_NAME
from lint.frontends.android.module import Module, Parsed
from lint.frontends.android.nodes import FileText
from lint.frontends.android.standalone import Origin, Table, summary
from lint.model import Node

_LAYOUT_PARAMS = "android:layout_"


@dataclass(slots=True)
class Grafts:
    """What a build remembers about grafted nodes: where each came from and which include it sits under."""

    origins: dict[int, tuple[Node, str, int]] = field(default_factory=dict)  # id -> (node, origin path, line)
    anchors: dict[int, tuple[int, str]] = field(default_factory=dict)  # id -> (line, tag) of the top include


class Grafted(Node):
    """A node grafted from an included layout: whether it is silenced (`ignores` gains "all") is decided with its
    facts, on first demand, by comparing them with the included layout's standalone build (`compare`).

    `ignores` is a property so that reading it settles the node first; `declared` holds the `tools:ignore`
    set the build gave it, which is what its children inherit.
    """

    __slots__ = ("declared", "file", "origin", "scope", "table")

    declared: frozenset[str]
    origin: Origin
    #: The standalone build to compare with, set by `settle` once the includer's tree is built.
    table: Table | None
    file: FileText  # the origin file, where its attributes' evidence points
    scope: frozenset[str]  # included layout names on its include chain: code scoped to them applies too

    @property
    def ignores(self) -> frozenset[str]:
        if self.pending is not None and self.table is not None:
            self.settle()
        return self.declared

    @ignores.setter
    def ignores(self, value: frozenset[str]) -> None:
        self.declared = value


def layout_name(raw: str | None) -> str | None:
    if raw and raw.startswith("@layout/"):
        return raw[len("@layout/"):]
    return None


def included_root(parsed: Parsed) -> Any:
    """The element an include inflates: a data-binding `<layout>` wraps it after its `<data>`."""
    root = parsed.root
    if root is not None and root.tag == "layout":
        return next((c for c in root if isinstance(c.tag, str) and c.tag != "data"), None)
    return root


def overrides(attrs: dict[str, str]) -> dict[str, str]:
    """The include attributes that replace the included root's (layout params only as a width+height pair)."""
    taken = {k: v for k, v in attrs.items() if k in ("android:id", "android:visibility")}
    if "android:layout_width" in attrs and "android:layout_height" in attrs:
        taken.update({k: v for k, v in attrs.items() if k.startswith(_LAYOUT_PARAMS)})
    return taken


def resolve(module: Module, raw: str | None, chain: tuple[Path, ...]) -> Parsed | None:
    name = layout_name(raw)
    path = module.layout(name) if name else None
    if path is None or path in chain:
        return None  # a library's layout (unknown), or an include cycle
    parsed = module.parsed(path)
    return parsed if parsed.root is not None else None


def settle(grafts: Grafts, standalone: Callable[[Path], Table], paths: dict[str, Path]) -> None:
    """Gives every grafted node the standalone build to compare with (built now, in the includer's order: a
    build caught in an include cycle sees the empty table of the layout still being built)."""
    for node, origin, _ in grafts.origins.values():
        path = paths.get(origin)
        assert isinstance(node, Grafted)
        node.table = standalone(path) if path is not None else _NOTHING
        if node.pending is None:  # settled already: compare now
            compare(node)


_NOTHING = Table()


def compare(node: Grafted) -> None:
    """Silences a settled grafted node that reports nothing new; marks the others with the included element."""
    table = node.table
    assert table is not None
    if summary(node) in table.get(node.origin):
        node.ignores = node.declared | {"all"}
        return
    origin, line = node.origin
    ident = node.attrs.get("android:id", "")
    note = f"included element <{node.tag.rsplit('.', 1)[-1]}{' ' + ident if ident else ''}>"
    start = _tag_start(node.file.lines, line, node.tag) if node.table is not _NOTHING else line
    included = Evidence(origin, start, note)
    for name, fact in list(node.facts.items()):
        if fact.evidence and included not in fact.evidence:
            node.facts[name] = type(fact)(fact.value, (*fact.evidence, included), fact.alts)


def _tag_start(lines: list[str], line: int, tag: str) -> int:
    """The line of `<Tag`: lxml reports where a start tag ends, an editor should jump to where it begins."""
    needle = "<" + tag
    for candidate in range(min(line, len(lines)), max(line - 60, 0), -1):
        if needle in lines[candidate - 1]:
            return candidate
    return line


#: Candidate names after `@layout/` in a file's bytes: up to a double quote, up to a single quote, a plain
#: name. A superset of the includes lxml would report is enough: the scan only has to not miss one.
_REFERENCES = (re.compile(rb'@layout/([^"<]*)"'), re.compile(rb"@layout/([^'<]*)'"),
               re.compile(rb"@layout/([\w.]+)"))
_MAX_SCAN_BYTES = 4 * 1024 * 1024
_SPACES = str.maketrans("\t\r\n", "   ")


@dataclass(frozen=True, slots=True)
class Includes:
    """Which of a module's layouts may share one build between their own unit and their includers.

    `build_with(path)` depends on the module only, except through include cycles: a standalone build caught
    in one sees an empty table, so its result depends on which layout was built first. A layout from which
    no cycle (and no file the scan could not read) is reachable is a pure function of the module: its
    document and its summaries can be built once and used for both roles, with output byte-identical.
    """

    #: Layouts some layout may include (the ones whose summaries are worth keeping from their own build).
    included: frozenset[Path]
    #: Layouts whose build may be shared (see above).
    shareable: frozenset[Path]


def scan(module: Module) -> Includes:
    """The include graph of the module's layouts, from their bytes (no parse): cheap next to building them."""
    layouts = module.layouts()
    edges: dict[Path, set[Path]] = {}
    tainted: set[Path] = set()
    for path in set(layouts.values()):
        data = _read(path)
        if data is not None:
            module.scanned[path] = data  # its parse takes these bytes instead of reading the file again
        if data is None or b"\0" in data or b"&#" in data:
            tainted.add(path)  # unreadable, UTF-16/32, or a character reference could spell `@layout/`
            continue
        if b"@layout/" not in data:  # most layouts include nothing: one C search instead of three regexes
            edges[path] = set()
            continue
        names = {name for pattern in _REFERENCES for name in pattern.findall(data)}
        if any(b"&" in name for name in names):
            tainted.add(path)  # an entity in the name: what lxml reads differs from the bytes
            continue
        # lxml normalises whitespace in attribute values to spaces.
        texts = {name.decode("utf-8", "replace").translate(_SPACES) for name in names}
        edges[path] = {target for text in texts if (target := layouts.get(text))}
    included = frozenset(t for targets in edges.values() for t in targets)
    return Includes(included, frozenset(_acyclic(edges, tainted)))


def _read(path: Path) -> bytes | None:
    """A regular file's bytes (a FIFO or a huge file is not read: its layout simply does not share builds)."""
    from lint import source

    try:
        handle = source.open_nonblocking(os.fspath(path))
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_SCAN_BYTES:
            return None
        # os.read on the descriptor, not a file object: building one per layout was most of the scan.
        data = os.read(handle, info.st_size + 1)
        while len(data) != info.st_size:  # a short read, or it grew since fstat: read on to the end
            more = os.read(handle, _MAX_SCAN_BYTES + 1 - len(data))
            if not more:
                break
            data += more
        return data if len(data) <= _MAX_SCAN_BYTES else None
    except OSError:
        return None
    finally:
        os.close(handle)


def _acyclic(edges: dict[Path, set[Path]], tainted: set[Path]) -> set[Path]:
    """Nodes from which neither a cycle nor a tainted node is reachable (iterative DFS, colours)."""
    state: dict[Path, int] = {}  # 1 on the stack, 2 safe, 3 unsafe
    for start in edges:
        if start in state:
            continue
        stack: list[tuple[Path, list[Path]]] = [(start, sorted(edges[start]))]
        state[start] = 1
        while stack:
            node, todo = stack[-1]
            if todo:
                nxt = todo.pop()
                seen = state.get(nxt)
                if seen == 1 or seen == 3 or nxt in tainted or nxt not in edges:
                    state[node] = 3  # a cycle, a tainted file, or an unread one below
                elif seen is None:
                    state[nxt] = 1
                    stack.append((nxt, sorted(edges[nxt])))
                continue
            stack.pop()
            if state[node] == 1:
                state[node] = 2
            if stack and state[node] == 3:
                state[stack[-1][0]] = 3
    return {path for path, colour in state.items() if colour == 2}


_ANDROID_VISIBILITY = "{http://schemas.android.com/apk/res/android}visibility"
_TOOLS_NS = "{http://schemas.android.com/tools}"
#: A layout named in a resource file or in code: `@layout/x` anywhere, `R.layout.x`, `XBinding` (view or data
#: binding, which may inflate it), a data-binding layout's own class name (`<data class="…">`), AndroidAnnotations'
#: `@EActivity(resName = "x")` (androidannotations.LAYOUT_RES_NAME).
_LAYOUT_IN_RES = re.compile(rb"@layout/([\w.]+)")
_LAYOUT_IN_CODE = re.compile(rb"\bR\.layout\.(\w+)|\b(\w+)Binding\b")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class LayoutUses:
    """Where a module names layouts: resource files by name (and files that could not be read), code by name."""

    files: dict[str, list[Path]]
    unread: bool
    code: frozenset[str]


def _uses(module: Module) -> LayoutUses:
    from lint.frontends.android import gradle
    from lint.frontends.android.code import source_files

    if module.layout_uses is not None:
        found: LayoutUses = module.layout_uses
        return found
    files: dict[str, list[Path]] = {}
    unread = False
    for res_dir in module.res_dirs:
        try:
            folders = [p for p in res_dir.iterdir() if p.is_dir()]
        except OSError:
            continue
        for folder in sorted(folders):
            for path in sorted(folder.glob("*.xml")):
                data = _read(path)
                if data is None or b"\0" in data or b"&#" in data:
                    unread = True  # UTF-16, a character reference: what it names is not known from its bytes
                    continue
                if b"@layout/" in data:
                    for name in set(_LAYOUT_IN_RES.findall(data)):
                        files.setdefault(name.decode("utf-8", "replace"), []).append(path)
    code: set[str] = set()
    for path in source_files(gradle.module_dir(module.res_dir)):
        try:
            data = path.read_bytes()
        except OSError:
            unread = True
            continue
        if b"R.layout." in data or b"Binding" in data:
            for layout, binding in _LAYOUT_IN_CODE.findall(data):
                code.add(layout.decode("ascii", "replace") if layout else
                         _CAMEL.sub("_", binding.decode("ascii", "replace")).lower())
        if b"resName" in data:  # AndroidAnnotations' `@EActivity(resName = "x")`
            code.update(LAYOUT_RES_NAME.findall(data.decode("utf-8", "replace")))
    module.layout_uses = found = LayoutUses(files, unread, frozenset(code))
    return found


def only_shown_by_includes(module: Module, name: str) -> bool:
    """Whether every use of layout `name` the module shows is an `<include>` whose `android:visibility` is
    visible: the include's visibility replaces the included root's (LayoutInflater), so a root written hidden
    (a shared footer gone by default) is shown wherever it is inflated. Not when code names the layout
    (`R.layout.x`, `XBinding`: it may inflate it itself), when any other resource names it (a ViewStub, a
    preference's layout, an alias), or when a file could not be read; design-time `tools:` attributes do not count.
    Only what this module sees: a module depending on it may inflate the layout too (not known here)."""
    known = module.shown_by_includes.get(name)
    if known is None:
        known = module.shown_by_includes[name] = _only_shown_by_includes(module, name)
    return known


def _only_shown_by_includes(module: Module, name: str) -> bool:
    from lint.frontends.android import visibility

    uses = _uses(module)
    if uses.unread or name in uses.code:
        return False
    path = module.layout(name)
    if path is None:
        return False
    root = module.parsed(path).root
    data = next((c for c in root if isinstance(c.tag, str) and c.tag == "data"), None) \
        if root is not None and root.tag == "layout" else None
    custom = data.get("class") if data is not None else None
    if custom and _CAMEL.sub("_", custom.rsplit(".", 1)[-1].removesuffix("Binding")).lower() in uses.code:
        return False  # `<data class=".FooterBinding">`: code names the layout by that class
    ref = f"@layout/{name}"
    included = False
    for file in uses.files.get(name, ()):
        if not file.parent.name.startswith("layout"):
            return False  # a preference's, a menu item's, a navigation destination's layout, an alias...
        parsed = module.parsed(file)
        if parsed.root is None:
            return False
        for element in parsed.root.iter():
            if not isinstance(element.tag, str):
                continue
            if (element.text or "").strip() == ref:
                return False
            for key, value in element.items():
                if value.strip() != ref or key.startswith(_TOOLS_NS):
                    continue
                if element.tag != "include" or key != "layout":
                    return False  # a ViewStub's android:layout: shown only when code inflates it
                raw = element.get(_ANDROID_VISIBILITY)
                said = visibility.own(module.res, {"android:visibility": raw}, None, _nowhere) if raw else None
                if said is None or said.value is not True:
                    return False  # this include leaves the root's own visibility (or sets one not known)
                included = True
    return included


def _nowhere(qname: str, value: str) -> Evidence:
    return Evidence("", 0, f'{qname}="{value}"')
