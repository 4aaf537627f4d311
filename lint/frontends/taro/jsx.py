"""Taro JSX to the UI model, with the same first-render facts as mini-program templates.

Every JSX element becomes a node; components are named through the module's imports and the
library table (`Checkbox` from `@tarojs/components` is the mini-program `checkbox`). Conditional
rendering (`{cond && <X/>}`, `{cond ? <X/> : null}`) decides visibility when `cond` is known
(what renders where: `expressions.py`); style objects are inline declarations, `className` is matched
against imported style sheets (attribute resolution: `attrs.py`); texts and labels are read off the built
nodes (`nodefacts.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.expr import UNKNOWN, Lookup
from lint.frontends.mini.library import Spec, attribute, library_text_size
from lint.frontends.mini.scale import combine_scale, scale_factor, scaled
from lint.frontends.mini.styles import UNKNOWN_ROOT
from lint.frontends.taro.attrs import UNKNOWN_SPREAD
from lint.frontends.taro.components import local_components, parameter_names, shadowed
from lint.frontends.taro.expressions import JsxExpressions, Pending, State, attribute_elements
from lint.frontends.taro.helpers import jsx_starts, render_helpers
from lint.frontends.taro.imported import Flow, Imported
from lint.frontends.taro.nodefacts import NodeFacts
from lint.frontends.taro.toggles import Handlers, find_custom_toggles
from lint.frontends.taro.uses import ComponentUses
from lint.frontends.vue.library import kebab, option_lists
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_PAGE: Element = ("page", frozenset(), None)
_INTRINSIC = {"view": "container", "text": "text", "navigator": "link", "button": "button", "label": "container",
              "image": "image", "input": "input", "checkbox": "toggle", "switch": "toggle", "radio": "toggle"}
_TAPS = frozenset({"onClick", "onTap"})


class JsxBuilder(JsxExpressions, NodeFacts, ComponentUses):
    def __init__(self, shown: str, src: bytes, lookup: Lookup, cascade: Cascade, components: dict[str, Spec],
                 modules: frozenset[str], design_factor: float | None,
                 lookup_for: Callable[[TSNode], Lookup] | None = None) -> None:
        self.shown = shown
        self.src = src
        self.lookup = self.module_lookup = lookup
        #: The state an outermost JSX element reads: its component's (two components of a file may both have an
        #: `agree`); None: one lookup for the whole file.
        self.lookup_for = lookup_for
        self.lookup_of: dict[int, Lookup] = {}
        self.cascade = cascade
        self.components = components  # local name -> library entry
        self.modules = modules  # local names of imported CSS modules (`styles.agree`)
        self.design_factor = design_factor
        #: The build leaves sheets' font sizes in CSS px (`pxtransform` off, or its `propList` skips fonts).
        self.sheet_fonts_kept: bool | None = False
        self.lines = LineIndex(src)
        #: Each node's text pieces and child nodes, with their source offsets (their order on screen).
        self.parts: dict[int, list[tuple[int, Any]]] = {}
        #: The line each element closes on: its text's evidence spans its lines (`--diff-from` keeps a finding whose
        #: `<Label>`'s `<Text>` line below was edited).
        self.end_lines: dict[int, int] = {}
        #: Toggles whose label property cannot be known (`title={t('x')}`): their label is unknown, not a neighbour's.
        self.unknown_labels: set[int] = set()
        #: Nodes with an expression child whose text cannot be known (`{t('x')}`, `{userName}`).
        self.unknown_own: set[int] = set()
        #: The messages a node's own text shows through translations (i18n.py), by node.
        self.text_notes: dict[int, list[Evidence]] = {}
        self.order: list[Node] = []
        #: For hand-drawn toggles (toggles.py): each node's attributes and start offset, the expressions it
        #: shows (`{agreed ? '☑️' : '⬜'}`), and the conditions that render parts of the source (start, end, cond).
        self.attrs_of: dict[int, dict[str, TSNode | None]] = {}
        self.starts: dict[int, int] = {}
        self.shows: dict[int, list[TSNode]] = {}
        self.guards: list[tuple[int, int, TSNode]] = []
        #: Components this module defines and renders itself (components.py), and the name of the one each use-site
        #: node renders; `used` is what the element just built names (None: no such component).
        self.local: dict[str, TSNode] = {}
        self.expansions: dict[int, str] = {}
        self.uses: dict[str, int] = {}
        #: Elements a component's definition rendered under a use -> that use (the innermost).
        self.rendered_by: dict[int, Node] = {}
        #: The function `_roots` is searching in, and per function what its conditions read (`_component_test`).
        self.searching: TSNode | None = None
        self.function_lookups: dict[int, Lookup] = {}
        #: Render helpers the module calls in JSX (helpers.py), and how many calls of each were built in place.
        self.helpers: dict[str, TSNode] = {}
        #: Where the module's JSX elements start (helpers.jsx_starts): the root search skips code without any.
        self.jsx_starts: list[int] | None = None
        self.calls: dict[str, int] = {}
        #: List items rendered one by one so far (maps.py): bounded per module.
        self.rendered = 0
        self.used: str | None = None
        self.root: TSNode | None = None
        #: Nodes whose own condition keeps them from rendering (labels skip them beside a toggle).
        self.unrendered: set[int] = set()
        #: Elements not rendered, by the condition that leaves them out: the children of one fragment
        #: (`{mode === 'phone' ? (<><Checkbox/><Text>《用户协议》</Text></>) : …}`) come and go together.
        self.left_out: dict[int, list[Node]] = {}
        self.imported: Imported | None = None
        self.importing: str | None = None
        self.flows: dict[int, Flow] = {}
        self.beside: dict[str, Callable[[], list[Node]]] = {}

    def build(self, root: TSNode, handlers: Handlers | None = None, language: Any = None,
              component: tuple[TSNode, Lookup] | None = None) -> Document:
        """`language`: the module's grammar (its queries find render helpers; None: none are followed).
        `component`: build only that function's JSX, reading with that lookup (a use's props: imported.py)."""
        doc = Document(self.shown)
        page = self.cascade.computed([_PAGE])
        size = self._font_size(page, Fact(None), [], False, False)  # design px scaled, as the page's elements are
        self.root_size = size.value if size.value is not None else (
            UNKNOWN_ROOT if "font-size" in page or self.cascade.unresolved is not None else None)
        start = State((_PAGE,), Fact(True), size, False)
        self.root = root
        self.local = local_components(root, self.src)
        self.jsx_starts = jsx_starts(root, language)
        self.helpers = render_helpers(root, self.src, language, self.jsx_starts)
        # A helper called in JSX is built where it is called (helpers.py); one never called, alone.
        inline = {(fn.start_byte, fn.end_byte) for fn in self.helpers.values()}
        stack: list[Pending]
        if component is not None:
            function, lookup = component
            body = function.child_by_field_name("body") or function
            stack = [(jsx, None, start, reached, shadowed(parameter_names(jsx, function), lookup))
                     for jsx, reached in self._roots(body, self._test_with(lookup))]
        else:
            stack = [(jsx, None, start, reached, None)
                     for jsx, reached in self._roots(root, self._component_test, inline)]
        stack.reverse()
        self._build(doc, stack)
        alone = [r for name, fn in self.helpers.items() if name not in self.calls
                 for r in self._roots(fn, self._component_test)] if component is None else []
        if alone:
            self._build(doc, [(jsx, None, start, reached, None) for jsx, reached in reversed(alone)])
        direct = self._texts()
        if self.flows:
            self._settle_flows()
        doc.beside.extend(self.beside.values())
        if handlers is not None and (handlers.setters or handlers.functions):
            find_custom_toggles(self.order, handlers, self.attrs_of, self._looks,
                                lambda node: self.lookup_of.get(id(node), self.lookup), self.shown, self._drawn)
        from lint.frontends.mini.labels import assign_labels

        assign_labels(self.order, direct, self.unknown_labels, rendered=lambda node: id(node) not in self.unrendered)
        from lint.frontends.mini.dialogs import release_consent_dialogs

        together = {id(node): group for group in self.left_out.values() if len(group) > 1 for node in group}
        # WeChat's privacy popup, a first-launch agreement, a login mode's agreement row: shown when asked
        release_consent_dialogs(self.order, together=together)
        if self.expansions:
            doc.locate = self._settle_uses(doc)
        return doc

    def _build(self, doc: Document, stack: list[Pending]) -> None:
        while stack:
            ts_node, parent, state, condition, lookup = stack.pop()
            if lookup is None:  # outermost JSX: its component's state (or the module's), less what parameters bind
                lookup = self.lookup_for(ts_node) if self.lookup_for is not None else self.module_lookup
                lookup = shadowed(parameter_names(ts_node, None), lookup)
            self.lookup = lookup  # an element's children read what it reads, a mapped item's its item too
            # An element a component's definition renders under a use (not the use's own children, written in the
            # page): `_settle_uses` reports it at the use or makes it inert.
            if parent is not None:
                use = parent if id(parent) in self.expansions and self._defines(parent, ts_node) else \
                    self.rendered_by.get(id(parent))
            else:
                use = None
            if parent is not None and _fragment(ts_node, self.src):
                # `<>…</>`, `<Fragment key>`: no element of its own; its children sit in the parent's row.
                self.lookup_of.setdefault(id(parent), lookup)
                stack.extend(reversed(self._children(ts_node, parent, state, condition)))
                continue
            node, child_state = self._element(ts_node, parent, state, condition)
            if condition.value is False:
                self.unrendered.add(id(node))  # its own condition (a guard, a branch, an early return) is false
                self.left_out.setdefault(id(condition), []).append(node)
            if use is not None:
                self.rendered_by[id(node)] = use
            self.lookup_of[id(node)] = self.lookup
            self.order.append(node)
            if parent is None:
                doc.roots.append(node)
            else:
                parent.children.append(node)
                self.parts[id(parent)].append((ts_node.start_byte, node))
            used, self.used = self.used, None
            importing, self.importing = self.importing, None
            if used is not None:
                stack.extend(reversed(self._expand(used, ts_node, node, child_state)))
            elif importing is not None:
                self._flow(importing, ts_node, node)
            if ts_node.type == "jsx_element":
                pending = self._children(ts_node, node, child_state)
                stack.extend(reversed(pending))
            elif used is None and importing is None:  # `<Cell extra={<Switch/>}/>`: what its attributes render
                stack.extend(reversed([(element, node, child_state, Fact(True), self.lookup)
                                       for element in attribute_elements(ts_node)]))

    def _element(self, ts_node: TSNode, parent: Node | None, state: State, condition: Fact) -> tuple[Node, State]:
        opening = ts_node.named_children[0] if ts_node.type == "jsx_element" else ts_node
        name_node = opening.child_by_field_name("name") or opening
        local = self._text(name_node)
        spec = self.components.get(local)
        self.used = local if spec is None and local in self.local else None
        # A project component from another file (imported.py); the intrinsic `checkbox` a `Checkbox` of the
        # project's own would otherwise be read as stays the fallback.
        self.importing = local if spec is None and self.used is None and self.imported is not None \
            and local in self.imported else None
        tag = spec.tag if spec is not None else kebab(local.split(".")[-1])
        attrs = self._attributes(opening)
        line, column = self.lines.point(*ts_node.start_point)
        _, end_column = self.lines.point(*name_node.end_point)
        node = Node(kind="other", tag=tag, path=self.shown, span=Span(line, column, line, end_column),
                    attrs={k: self._text(v) if v is not None else "" for k, v in attrs.items()}, parent=parent)
        self.parts[id(node)] = []
        self.end_lines[id(node)] = ts_node.end_point[0] + 1
        self.attrs_of[id(node)] = attrs
        self.starts[id(node)] = ts_node.start_byte
        node.kind = spec.kind if spec is not None else _INTRINSIC.get(tag, "other")
        if spec is not None and any(self._flag(prop, attrs[prop], line).value is True
                                    for prop in spec.toggle_when if prop in attrs):
            node.kind = "toggle"  # a list row with a built-in switch (`isSwitch`): library.Spec.toggle_when
        if node.kind in ("container", "other", "text") and any(a in attrs for a in _TAPS):
            node.kind = "link"
        classes, uncertain = self._classes(attrs.get("className") or attrs.get("class"))
        element: Element = (tag, classes, None)
        chain = (*state.chain, element)
        uncertain = uncertain or state.uncertain
        inline = self._inline(attrs.get("style"), line)
        if tag == "rich-text" and attrs.get("nodes") is not None:
            inline += self._rich_text(node, attrs["nodes"], line)  # type: ignore[arg-type]
        styles = self.cascade.computed(chain, inline)
        node.facts["visible"] = self._visibility(attrs, state, condition, styles, uncertain, line)
        class_node = attrs.get("className")
        via = [Evidence(self.shown, line, f"className={self._note(class_node)}")] if class_node is not None else []
        sized_inline = any(d.prop in ("font-size", "font") for d in inline)
        size = self._font_size(styles, state.font_size, via, uncertain, sized_inline)
        if spec is not None:
            # What a library draws has the library's size: a className or style on it sizes its root box, inside
            # which the library's own boxes set theirs (NutUI's `.nut-checkbox-label`), as mini-programs' hosts do.
            size = library_text_size(spec, size, line, self.shown)
        scale = state.scale
        if self.cascade.scales or inline:
            scale = combine_scale(scale, scale_factor(styles, tag))
        shown_size = scaled(size, scale)
        if shown_size.value is not None:
            node.facts["font_size"] = shown_size
            node.facts["size_unit"] = Fact("px")
        if node.kind == "toggle":
            # Unchecked unless written, or a spread whose keys cannot be known may set it (`{...props}`).
            node.facts["checked"] = Fact(None) if UNKNOWN_SPREAD in attrs else Fact(False)
            for prop in spec.checked if spec is not None else ("checked",):
                found = attribute(attrs, prop)  # type: ignore[arg-type]
                if found is not None:
                    node.facts["checked"] = self._flag(found[0], attrs[found[0]], line)
                    break
            else:
                grouped = self._grouped(node, attrs, line)
                if grouped is not None:
                    node.facts["checked"] = grouped
            found = attribute(attrs, "disabled")  # type: ignore[arg-type]
            if found is not None:
                node.facts["disabled"] = self._flag(found[0], attrs[found[0]], line)
        listed = option_lists().get(tag)
        if listed is not None:
            self._option_list(node, attrs, listed, line)
        for prop in spec.label if spec is not None else ():
            found = attribute(attrs, prop)  # type: ignore[arg-type]
            if found is not None and attrs[found[0]] is not None:
                value, _ = self._value(attrs[found[0]])
                if isinstance(value, str):
                    self.parts[id(node)].append((-1, value))  # a label property comes before the children
                elif value is UNKNOWN and node.kind == "toggle":
                    self.unknown_labels.add(id(node))
                break
        return node, State(chain, node.facts["visible"], size, uncertain, scale)

_FRAGMENTS = frozenset({b"Fragment", b"React.Fragment", b"Taro.Fragment"})


def _fragment(ts_node: TSNode, src: bytes) -> bool:
    """`<>…</>`, `<Fragment key>`, `<React.Fragment>`: children without an element of their own."""
    if ts_node.type != "jsx_element":
        return False
    opening = ts_node.named_children[0] if ts_node.named_children else None
    name = opening.child_by_field_name("name") if opening is not None else None
    return name is None or src[name.start_byte : name.end_byte] in _FRAGMENTS
