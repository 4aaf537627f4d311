"""WXML-family templates to the UI model, with first-render facts.

The HTML grammar reads the masked template; one iterative pass builds nodes and resolves, per
element, its visibility (`hidden`, `wx:if` chains, styles, ancestors), computed font size (the
cascade over app, page and inline styles, inherited) and toggle state. Text and labels need
the finished tree and are set afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.css import Declaration, parse_inline
from lint.frontends.expr import UNKNOWN, to_display, truthy
from lint.frontends.mini.dialects import Dialect
from lint.frontends.mini.mask import mask
from lint.frontends.mini.values import Binder, describe
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

TOGGLES = frozenset({"checkbox", "switch", "radio"})
_KINDS = {"navigator": "link", "text": "text", "rich-text": "text", "button": "button", "input": "input",
          "textarea": "input", "image": "image", "label": "container", "block": "container"}
_TAPS = frozenset({"bindtap", "catchtap", "bind:tap", "catch:tap", "ontap", "@tap", "@click"})
#: Longest suffix first: "20rpx" must not be read as "20r" px.
_UNIT_PX = {"rpx": 0.5, "upx": 0.5, "px": 1.0, "pt": 4 / 3}
_PAGE: Element = ("page", frozenset(), None)


@dataclass(slots=True)
class _State:
    """What a child inherits from its parent while the tree is built."""

    chain: tuple[Element, ...]
    visible: Fact
    font_size: Fact
    uncertain: bool


class TemplateBuilder:
    def __init__(self, shown: str, data: bytes, dialect: Dialect, binder: Binder, cascade: Cascade) -> None:
        self.shown = shown
        self.data = data
        self.dialect = dialect
        self.binder = binder
        self.cascade = cascade
        self.lines = LineIndex(data)
        self.parts: dict[int, list[Any]] = {}

    def build(self) -> Document:
        from lint.frontends.ts import first_error, parser

        doc = Document(self.shown)
        tree = parser("html").parse(mask(self.data))
        broken = first_error(tree.root_node)
        if broken is not None:
            line, column = self.lines.point(*broken.start_point)
            doc.errors.append((line, column, f"template syntax error near {broken.type!r}"))
        page = self.cascade.computed([_PAGE])
        root_size = self._font_size(page, Fact(None), [])
        root = _State((_PAGE,), Fact(True), root_size, False)
        stack: list[tuple[TSNode, Node | None, _State]] = [(c, None, root) for c in reversed(tree.root_node.children)]
        chains: dict[int, Any] = {}
        order: list[Node] = []
        while stack:
            ts_node, parent, state = stack.pop()
            if ts_node.type == "text":
                if parent is not None:
                    self.parts[id(parent)].append(self.binder.text(self._raw(ts_node)))
                continue
            if ts_node.type != "element":
                continue  # comments are never linted; stray tags are parse errors
            node, child_state = self._element(ts_node, parent, state, chains)
            order.append(node)
            if parent is None:
                doc.roots.append(node)
            else:
                parent.children.append(node)
                self.parts[id(parent)].append(node)
            kids = [c for c in ts_node.children if c.type in ("element", "text")]
            stack.extend((c, node, child_state) for c in reversed(kids))
        self._texts(order)
        from lint.frontends.mini.labels import assign_labels

        assign_labels(order)
        return doc

    def _raw(self, ts_node: TSNode) -> str:
        return self.data[ts_node.start_byte : ts_node.end_byte].decode("utf-8", "replace")

    def _attributes(self, tag_node: TSNode) -> dict[str, str | None]:
        attrs: dict[str, str | None] = {}
        for attr in tag_node.named_children:
            if attr.type != "attribute" or attr.named_child_count == 0:
                continue
            name = self._raw(attr.named_children[0])
            value: str | None = None
            if attr.named_child_count > 1:
                value_node = attr.named_children[1]
                if value_node.type == "quoted_attribute_value":
                    inner = value_node.named_children
                    value = self._raw(inner[0]) if inner else ""
                else:
                    value = self._raw(value_node)
            attrs[name] = value
        return attrs

    def _element(self, ts_node: TSNode, parent: Node | None, state: _State, chains: dict[int, Any]) -> tuple[Node, _State]:
        tag_node = ts_node.children[0]
        name_node = tag_node.named_children[0] if tag_node.named_child_count else tag_node
        tag = self._raw(name_node)
        attrs = self._attributes(tag_node)
        line, column = self.lines.point(*ts_node.start_point)
        _, end_column = self.lines.point(*name_node.end_point)
        node = Node(kind="other", tag=tag, path=self.shown, span=Span(line, column, line, end_column),
                    attrs={k: v if v is not None else "" for k, v in attrs.items()}, parent=parent)
        self.parts[id(node)] = []
        element = self._selector_element(tag, attrs)
        chain = (*state.chain, element)
        uncertain = state.uncertain or self._classes_uncertain(attrs)
        inline = parse_inline(attrs.get("style") or "", self.shown, line) if attrs.get("style") else []
        styles = self.cascade.computed(chain, inline)
        node.kind = self._kind(tag, attrs)
        node.facts["visible"] = self._visibility(node, attrs, state, styles, chains, parent, uncertain)
        size = self._font_size(styles, state.font_size, [] if not attrs.get("class") else [
            Evidence(self.shown, line, f'class="{attrs["class"]}"')], uncertain, "font-size" in {d.prop for d in inline})
        if size.value is not None:
            node.facts["font_size"] = size
            node.facts["size_unit"] = Fact("px")
        if node.kind == "toggle":
            node.facts["checked"] = self._flag(attrs, "checked", line)
            if "disabled" in attrs:
                node.facts["disabled"] = self._flag(attrs, "disabled", line)
        return node, _State(chain, node.facts["visible"], size, uncertain)

    def _selector_element(self, tag: str, attrs: dict[str, str | None]) -> Element:
        raw_class = attrs.get("class") or ""
        if "{{" in raw_class:
            value, _ = self.binder.value(raw_class)
            raw_class = value if isinstance(value, str) else raw_class.split("{{", 1)[0]
        return (tag, frozenset(raw_class.split()), attrs.get("id") or None)

    def _classes_uncertain(self, attrs: dict[str, str | None]) -> bool:
        raw = attrs.get("class") or ""
        return "{{" in raw and not isinstance(self.binder.value(raw)[0], str)

    def _kind(self, tag: str, attrs: dict[str, str | None]) -> str:
        if tag in TOGGLES:
            return "toggle"
        kind = _KINDS.get(tag)
        if kind is not None:
            return kind
        if any(name.lower() in _TAPS for name in attrs):
            return "link"
        return "container" if tag in ("view", "scroll-view", "swiper", "form", "checkbox-group", "radio-group") else "other"

    def _flag(self, attrs: dict[str, str | None], name: str, line: int) -> Fact:
        if name not in attrs:
            return Fact(False)
        raw = attrs[name]
        value, evidence = self.binder.value(raw)
        result = truthy(value)
        if result is UNKNOWN:
            return Fact(None)
        note = describe(name, raw)
        if raw is not None and "{{" not in raw and raw.strip().lower() == "false":
            note += ' (a non-empty string: the runtime reads "false" as true)'
        return Fact(bool(result), (Evidence(self.shown, line, note), *evidence))

    def _visibility(self, node: Node, attrs: dict[str, str | None], state: _State,
                    styles: dict[str, tuple[Declaration, str]], chains: dict[int, Any],
                    parent: Node | None, uncertain: bool) -> Fact:
        if state.visible.value is False:
            return state.visible
        reasons: list[Fact] = [self._conditional(attrs, chains, parent, node.span.line)]
        if "hidden" in attrs:
            hidden = self._flag(attrs, "hidden", node.span.line)
            reasons.append(Fact(None if hidden.value is None else not hidden.value, hidden.evidence))
        reasons.append(self._style_visibility(styles, uncertain))
        for fact in reasons:
            if fact.value is False:
                return fact
        if state.visible.value is None or any(f.value is None for f in reasons):
            return Fact(None)
        return Fact(True)

    def _conditional(self, attrs: dict[str, str | None], chains: dict[int, Any], parent: Node | None, line: int) -> Fact:
        """`wx:if` / `wx:elif` / `wx:else`: the chain state is kept per parent."""
        when, elif_, else_, _ = self.dialect.directives
        key = id(parent)
        bare = self.dialect.bare_directives
        if when in attrs:
            value, evidence = self.binder.value(attrs[when], bare)
            shown = truthy(value)
            chains[key] = shown
            note = Evidence(self.shown, line, f"{describe(when, attrs[when])} is {to_display(shown)}", )
            return Fact(None) if shown is UNKNOWN else Fact(bool(shown), (note, *evidence))
        if elif_ in attrs or else_ in attrs:
            taken = chains.get(key, UNKNOWN)
            if taken is True:
                return Fact(False, (Evidence(self.shown, line, f"an earlier {when} branch is taken"),))
            if taken is UNKNOWN:
                return Fact(None)
            if else_ in attrs:
                chains.pop(key, None)
                return Fact(True)
            value, evidence = self.binder.value(attrs[elif_], bare)
            shown = truthy(value)
            chains[key] = UNKNOWN if shown is UNKNOWN else bool(shown)
            note = Evidence(self.shown, line, f"{describe(elif_, attrs[elif_])} is {to_display(shown)}")
            return Fact(None) if shown is UNKNOWN else Fact(bool(shown), (note, *evidence))
        chains.pop(key, None)
        return Fact(True)

    def _style_visibility(self, styles: dict[str, tuple[Declaration, str]], uncertain: bool) -> Fact:
        for prop, hidden_values in (("display", ("none",)), ("visibility", ("hidden", "collapse"))):
            if prop in styles:
                decl, selector = styles[prop]
                if "{{" in decl.value:
                    return Fact(None)
                if decl.value.lower() in hidden_values:
                    return Fact(None) if uncertain else Fact(False, (self._style_evidence(decl, selector),))
        if "opacity" in styles:
            decl, selector = styles["opacity"]
            try:
                if float(decl.value) < 0.05:
                    return Fact(None) if uncertain else Fact(False, (self._style_evidence(decl, selector),))
            except ValueError:
                pass
        return Fact(True)

    def _style_evidence(self, decl: Declaration, selector: str, result: str = "") -> Evidence:
        where = "inline style" if selector == "style" else selector
        return Evidence(decl.path, decl.line, f"{where} {{ {decl.prop}: {decl.value} }}{result}")

    def _font_size(self, styles: dict[str, tuple[Declaration, str]], inherited: Fact, via: list[Evidence],
                   uncertain: bool = False, inline: bool = False) -> Fact:
        if "font-size" not in styles:
            return Fact(None) if uncertain else inherited
        decl, selector = styles["font-size"]
        if uncertain and not inline:
            return Fact(None)
        px = _to_px(decl.value, inherited.value)
        if px is None:
            return Fact(None)
        return Fact(px, (*via, self._style_evidence(decl, selector, f" = {px:g}px")))

    def _texts(self, order: list[Node]) -> None:
        """Each node's text is all its descendants' text, in document order."""
        texts: dict[int, str] = {}
        for node in reversed(order):
            parts = self.parts.pop(id(node), ())
            pieces = [p if isinstance(p, str) else texts.get(id(p), "") for p in parts]
            text = " ".join("".join(pieces).split())
            texts[id(node)] = text
            if text:
                # Only text of its own makes a wrapper a text element; its children speak for themselves.
                direct = any(isinstance(p, str) and p.strip() for p in parts)
                node.facts["text"] = Fact(text, (Evidence(self.shown, node.span.line, f"<{node.tag}> text"),))
                if direct and node.kind in ("container", "other"):
                    node.kind = "text"


def _to_px(value: str, parent: Any) -> float | None:
    value = value.strip().lower()
    if "{{" in value:
        return None
    for unit, factor in _UNIT_PX.items():
        if value.endswith(unit):
            try:
                return round(float(value[: -len(unit)]) * factor, 2)
            except ValueError:
                return None
    relative = {"em": 1.0, "%": 0.01}
    for unit, factor in relative.items():
        if value.endswith(unit) and isinstance(parent, int | float):
            try:
                return round(float(value[: -len(unit)]) * factor * parent, 2)
            except ValueError:
                return None
    if value.endswith("rem"):
        try:
            return round(float(value[:-3]) * 16, 2)
        except ValueError:
            return None
    return None
