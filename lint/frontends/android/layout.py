"""Android layouts to the UI model: kinds, and the facts the framework resolves at inflation.

One iterative pass over the lxml tree builds nodes and their facts (parents before children, so
visibility and `tools:ignore` are inherited without recursion); labels need siblings, so they
are set in a second, cheap pass over the toggles only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lint.finding import Evidence
from lint.frontends import xmlsafe
from lint.frontends.android.resources import Resources, literal_bool
from lint.model import Document, Fact, Node, Span
from lint.source import SourceError, read_source

_NS = {
    "http://schemas.android.com/apk/res/android": "android:",
    "http://schemas.android.com/tools": "tools:",
    "http://schemas.android.com/apk/res-auto": "app:",
}
_TOGGLES = ("CheckBox", "Switch", "SwitchCompat", "SwitchMaterial", "RadioButton", "ToggleButton", "CheckedTextView")
_DIMENSION = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(sp|dp|dip|px|pt|in|mm)\s*$")
#: Multipliers to density-independent units at the mdpi baseline (160 dpi).
_UNIT_TO_SP = {"sp": 1.0, "dp": 1.0, "dip": 1.0, "px": 1.0, "pt": 160 / 72, "in": 160.0, "mm": 160 / 25.4}
_BINDING = re.compile(r"^@\{\s*(.*?)\s*\}$", re.S)
_VIEW_CONSTANT = re.compile(r"^(?:android\.view\.)?View\.(GONE|INVISIBLE|VISIBLE)$")


def kind_of(tag: str) -> str:
    simple = tag.rsplit(".", 1)[-1]
    if simple.endswith(_TOGGLES):
        return "toggle"
    if simple.endswith("EditText") or simple.endswith("AutoCompleteTextView"):
        return "input"
    if simple.endswith(("ImageView", "ImageButton")):
        return "image"
    if simple.endswith(("Button", "Chip")):
        return "button"
    if simple.endswith("TextView"):
        return "text"
    if simple.endswith(("Layout", "ScrollView", "CardView", "RecyclerView", "ListView", "ViewGroup", "Group")) or simple == "merge":
        return "container"
    return "other"


class _LayoutBuilder:
    def __init__(self, path: str, lines: list[str], res: Resources) -> None:
        self.path = path
        self.lines = lines
        self.res = res

    def attr_line(self, line: int, qname: str) -> int:
        """The line of an attribute: lxml only knows where the start tag ends."""
        needle = qname + "="
        for candidate in range(min(line, len(self.lines)), max(line - 60, 0), -1):
            text = self.lines[candidate - 1]
            if needle in text:
                return candidate
            if "<" in text and candidate != line:
                break
        return line

    def evidence(self, line: int, qname: str, value: str, note: str = "") -> Evidence:
        return Evidence(self.path, self.attr_line(line, qname), f'{qname}="{value}"{note}')

    def bool_fact(self, attrs: dict[str, str], qname: str, line: int) -> Fact | None:
        raw = attrs.get(qname)
        if raw is None:
            return None
        here = self.evidence(line, qname, raw)
        binding = _BINDING.match(raw)
        if binding:
            value = literal_bool(binding.group(1))
            return Fact(value, (here,) if value is not None else ())
        resolved = self.res.resolve(raw)
        if resolved is None:
            return Fact(None)
        value = literal_bool(resolved.value)
        return Fact(value, (here, *resolved.evidence)) if value is not None else Fact(None)

    def visibility(self, attrs: dict[str, str], line: int) -> Fact | None:
        raw = attrs.get("android:visibility")
        if raw is None:
            return None
        binding = _BINDING.match(raw)
        if binding:
            # Only a literal `@{View.GONE}` is known; `@{vm.x ? View.VISIBLE : View.GONE}` is runtime data.
            literal = _VIEW_CONSTANT.match(binding.group(1))
            if literal is None:
                return Fact(None)
            value = literal.group(1).lower()
        else:
            value = raw.strip().lower()
        if value in ("gone", "invisible"):
            return Fact(False, (self.evidence(line, "android:visibility", raw),))
        if value == "visible":
            return Fact(True)
        return Fact(None)

    def text(self, attrs: dict[str, str], line: int) -> Fact | None:
        raw = attrs.get("android:text")
        if raw is None or _BINDING.match(raw):
            return None
        resolved = self.res.resolve(raw)
        if resolved is None:
            return None
        here = self.evidence(line, "android:text", raw) if raw.startswith("@") else Evidence(self.path, self.attr_line(line, "android:text"), "android:text")
        return Fact(resolved.value, (here, *resolved.evidence), resolved.alts)

    def dimension(self, raw: str, via: list[Evidence]) -> Fact | None:
        resolved = self.res.resolve(raw)
        if resolved is None:
            return None
        match = _DIMENSION.match(resolved.value)
        if match is None:
            return None
        number, unit = float(match.group(1)), match.group(2)
        size = round(number * _UNIT_TO_SP[unit], 2)
        note = [Evidence(via[-1].path, via[-1].line, f"{resolved.value} at the mdpi baseline = {size:g}sp")] if unit == "px" else []
        return Fact(size, (*via, *resolved.evidence, *note))

    def font_size(self, attrs: dict[str, str], line: int) -> Fact | None:
        raw = attrs.get("android:textSize")
        if raw is not None:
            return self.dimension(raw, [self.evidence(line, "android:textSize", raw)])
        # Precedence at inflation: attribute > style > textAppearance.
        chain: list[Evidence] = []
        style = attrs.get("style")
        if style and style.startswith("@style/"):
            chain.append(self.evidence(line, "style", style))
            found = self._from_styles(style[len("@style/"):], chain)
            if found is not None:
                return found
        appearance = attrs.get("android:textAppearance")
        if appearance and appearance.startswith("@style/"):
            chain = [self.evidence(line, "android:textAppearance", appearance)]
            return self._from_styles(appearance[len("@style/"):], chain)
        return None

    def _from_styles(self, name: str, chain: list[Evidence]) -> Fact | None:
        styles = self.res.style_chain(name)
        for index, style in enumerate(styles):
            entry = style.items.get("android:textSize") or style.items.get("textSize")
            if entry is not None:
                links = [Evidence(s.path, s.line, f"parent {s.name}") for s in styles[1 : index + 1]]
                at = Evidence(entry.path, entry.line, f"{style.name}: android:textSize {entry.value}")
                return self.dimension(entry.value, [*chain, *links, at])
        for style in styles:
            appearance = style.items.get("android:textAppearance")
            if appearance is not None and appearance.value.startswith("@style/") and appearance.value[7:] != name:
                at = Evidence(appearance.path, appearance.line, f"{style.name}: textAppearance {appearance.value}")
                return self._from_styles(appearance.value[7:], [*chain, at])
        return None


def attributes(element: Any) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for key, value in element.attrib.items():
        if key[0] == "{":
            uri, local = key[1:].split("}", 1)
            prefix = _NS.get(uri)
            if prefix is None:
                prefix = next((p + ":" for p, u in (element.nsmap or {}).items() if u == uri and p), "")
            attrs[prefix + local] = value
        else:
            attrs[key] = value
    return attrs


def build(path: Path, shown: str, res: Resources) -> Document:
    doc = Document(shown)
    try:
        source = read_source(path)
    except SourceError as exc:
        doc.errors.append((exc.line, exc.column, exc.message))
        return doc
    if not source.text.strip():
        return doc
    root, error = xmlsafe.parse(source.data)
    if root is None:
        assert error is not None
        doc.errors.append(error)
        return doc
    lines = source.text.splitlines()
    builder = _LayoutBuilder(shown, lines, res)
    toggles: list[Node] = []
    stack: list[tuple[Any, Node | None]] = [(root, None)]
    while stack:
        element, parent = stack.pop()
        tag = element.tag
        if not isinstance(tag, str) or tag == "data":
            continue  # comments, and data-binding's <data> declarations
        node = _node(builder, element, tag, parent)
        if parent is None:
            doc.roots.append(node)
        else:
            parent.children.append(node)
        if node.kind == "toggle":
            toggles.append(node)
        stack.extend((child, node) for child in reversed(element))
    for toggle in toggles:
        _label(toggle)
    doc.locate = _locator(lines)
    return doc


def _node(builder: _LayoutBuilder, element: Any, tag: str, parent: Node | None) -> Node:
    attrs = attributes(element)
    line = element.sourceline or 1
    node = Node(kind=kind_of(tag), tag=tag, path=builder.path, span=Span(line, 1, line, 1), attrs=attrs, parent=parent)
    facts = node.facts
    ignore = attrs.get("tools:ignore")
    inherited = parent.ignores if parent is not None else frozenset()
    node.ignores = inherited | frozenset(r.strip() for r in ignore.split(",")) if ignore else inherited
    own = builder.visibility(attrs, line)
    above = parent.fact("visible") if parent is not None else Fact(True)
    if above.value is False:
        facts["visible"] = above
    elif own is not None and own.value is False:
        facts["visible"] = own
    else:
        facts["visible"] = Fact(None) if above.value is None or (own is not None and own.value is None) else Fact(True)
    text = builder.text(attrs, line)
    if text is not None:
        facts["text"] = text
    size = builder.font_size(attrs, line)
    if size is not None:
        facts["font_size"] = size
        facts["size_unit"] = Fact("sp")
    if node.kind == "toggle":
        checked = builder.bool_fact(attrs, "android:checked", line)
        facts["checked"] = checked if checked is not None else Fact(False)
        enabled = builder.bool_fact(attrs, "android:enabled", line)
        if enabled is not None:
            facts["disabled"] = Fact(None if enabled.value is None else not enabled.value, enabled.evidence)
    return node


def _label(toggle: Node) -> None:
    own = toggle.fact("text")
    if isinstance(own.value, str) and own.value.strip():
        toggle.facts["label"] = own
        return
    parent = toggle.parent
    if parent is None:
        return
    siblings = parent.children
    index = siblings.index(toggle)
    # The nearest text sibling, the following one first: rows put the box before its text.
    order = sorted(range(len(siblings)), key=lambda i: (abs(i - index), i < index))
    for i in order:
        sibling = siblings[i]
        if i != index and sibling.kind in ("text", "link"):
            text = sibling.fact("text")
            if isinstance(text.value, str) and text.value.strip():
                toggle.facts["label"] = text
                return


def _locator(lines: list[str]) -> Callable[[Node], Span]:
    def locate(node: Node) -> Span:
        end = node.span.line
        needle = "<" + node.tag
        for line in range(min(end, len(lines)), 0, -1):
            text = lines[line - 1]
            column = text.rfind(needle)
            if column != -1:
                # The span covers `<Tag`: what an editor underlines for an element.
                start = _utf16(text[:column]) + 1
                return Span(line, start, line, start + _utf16(needle))
        return node.span

    return locate


def _utf16(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2
