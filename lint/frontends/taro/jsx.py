"""Taro JSX to the UI model, with the same first-render facts as mini-program templates.

Every JSX element becomes a node; components are named through the module's imports and the
library table (`Checkbox` from `@tarojs/components` is the mini-program `checkbox`). Conditional
rendering (`{cond && <X/>}`, `{cond ? <X/> : null}`) decides visibility when `cond` is known;
style objects are inline declarations, `className` is matched against imported style sheets
(attribute resolution: `attrs.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.checkmark import DRAWING
from lint.frontends.css import Declaration, parse_inline
from lint.frontends.expr import UNKNOWN, Lookup, evaluate, to_display, truthy
from lint.frontends.mini.labels import join_inline
from lint.frontends.mini.library import Spec, attribute
from lint.frontends.mini.scale import combine_scale, scale_factor, scaled
from lint.frontends.mini.styles import UNKNOWN_ROOT
from lint.frontends.taro.attrs import UNKNOWN_SPREAD, JsxAttributes, unparen
from lint.frontends.taro.components import local_components, parameter_names, shadowed
from lint.frontends.taro.helpers import MAX_CALLS, arguments_lookup, called, holds_jsx, jsx_starts, render_helpers
from lint.frontends.taro.imported import Flow, Imported
from lint.frontends.taro.maps import MAX_DEPTH, MAX_RENDERED, mapped
from lint.frontends.taro.reached import Test, both, reached_children
from lint.frontends.taro.toggles import LOOK, Handlers, find_custom_toggles, reads
from lint.frontends.taro.uses import ComponentUses
from lint.frontends.vue.library import kebab, option_lists
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_ELEMENTS = ("jsx_element", "jsx_self_closing_element")
_FUNCTION_TYPES = frozenset({"arrow_function", "function_expression", "function", "function_declaration",
                             "generator_function_declaration", "method_definition"})
_PAGE: Element = ("page", frozenset(), None)
_INTRINSIC = {"view": "container", "text": "text", "navigator": "link", "button": "button", "label": "container",
              "image": "image", "input": "input", "checkbox": "toggle", "switch": "toggle", "radio": "toggle"}
_TAPS = frozenset({"onClick", "onTap"})
_LITERAL_TEXT = frozenset({"string", "template_string", "number"})


@dataclass(slots=True)
class _State:
    chain: tuple[Element, ...]
    visible: Fact
    font_size: Fact
    uncertain: bool
    #: What `transform`/`zoom` on the element and its ancestors multiply its text's size by (None: nothing).
    scale: Fact | None = None


#: JSX waiting to be built: (element, parent node, parent's state, condition that renders it, what it reads; None
#: for outermost JSX, which reads its component's state).
_Pending = tuple["TSNode", Node | None, _State, Fact, Lookup | None]


class JsxBuilder(JsxAttributes, ComponentUses):
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
        self.lines = LineIndex(src)
        #: Each node's text pieces and child nodes, with their source offsets (their order on screen).
        self.parts: dict[int, list[tuple[int, Any]]] = {}
        #: Toggles whose label property cannot be known (`title={t('x')}`): their label is unknown, not a neighbour's.
        self.unknown_labels: set[int] = set()
        #: Nodes with an expression child whose text cannot be known (`{t('x')}`, `{userName}`).
        self.unknown_own: set[int] = set()
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
        start = _State((_PAGE,), Fact(True), size, False)
        self.root = root
        self.local = local_components(root, self.src)
        self.jsx_starts = jsx_starts(root, language)
        self.helpers = render_helpers(root, self.src, language, self.jsx_starts)
        # A helper called in JSX is built where it is called (helpers.py); one never called, alone.
        inline = {(fn.start_byte, fn.end_byte) for fn in self.helpers.values()}
        stack: list[_Pending]
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

    def _build(self, doc: Document, stack: list[_Pending]) -> None:
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
                                       for element in _attribute_elements(ts_node)]))

    def _roots(self, top: TSNode, test: Test, skip: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
               ) -> list[tuple[TSNode, Fact]]:
        """The outermost JSX under `top` (nested JSX is reached through its parent), each with whether the code
        returning it runs at first render (reached.py); not inside the functions `skip` spans."""
        found: list[tuple[TSNode, Fact]] = []
        # Each with the innermost function around it, which the conditions below it read (`_component_test`).
        search: list[tuple[TSNode, Fact, TSNode | None]] = [(top, Fact(True), None)]
        while search:
            candidate, reached, function = search.pop()
            if candidate.type in _ELEMENTS:
                found.append((candidate, reached))
                continue
            if skip and (candidate.start_byte, candidate.end_byte) in skip and candidate is not top:
                continue
            if self.jsx_starts is not None and not holds_jsx(candidate, self.jsx_starts):
                continue  # no JSX below: nothing to build, and no condition there to evaluate
            inner = candidate if candidate.type in _FUNCTION_TYPES else function
            self.searching = inner
            search.extend((child, fact, inner) for child, fact in
                          reversed(reached_children(candidate, reached, test, self._note, self.shown)))
        return found

    def _call(self, expr: TSNode, node: Node, state: _State, condition: Fact, found: list[_Pending]) -> bool:
        """`{renderFooter()}`, `{this.renderTerms(true)}`: the helper's JSX built here, under `node` and its
        condition, its parameters the arguments passed (helpers.py). False when `expr` calls no such helper."""
        name = called(expr, self.src, self.helpers)
        if name is None or self.calls.get(name, 0) >= MAX_CALLS:
            return False
        self.calls[name] = self.calls.get(name, 0) + 1
        function = self.helpers[name]
        body = function.child_by_field_name("body")
        if body is None:
            return False
        base = self.lookup_for(function) if self.lookup_for is not None else self.module_lookup
        at_call = self.lookup

        def bound(inner: TSNode) -> Lookup:
            return arguments_lookup(function, expr, self.src, at_call, shadowed(parameter_names(inner, None), base),
                                    self.shown)

        for jsx, reached in self._roots(body, self._test_with(bound(body))):
            found.append((jsx, node, state, both(condition, reached), bound(jsx)))
        self.lookup = at_call
        return True

    def _test_with(self, lookup: Lookup) -> Test:
        """`_test` reading with `lookup` (a use's props, a list item)."""
        def test(cond: TSNode, negate: bool) -> Fact:
            self.lookup = lookup
            return self._test(cond, negate)

        return test

    def _component_test(self, cond: TSNode, negate: bool) -> Fact:
        """`_test` with the state of the component the condition is written in, less what the parameters of the
        functions around it bind (`renderLegal(showLinks) { if (!showLinks) return null … }`). The function is
        the one `_roots` is searching (tree-sitter finds a node's parent by walking down from the root: asking
        for each condition of a 3,000-link `else if` chain would be quadratic)."""
        function = self.searching
        if function is None:
            self.lookup = self.module_lookup
            return self._test(cond, negate)
        lookup = self.function_lookups.get(function.id)
        if lookup is None:  # once per function
            inside = function.child_by_field_name("body") or function
            base = self.lookup_for(inside) if self.lookup_for is not None else self.module_lookup
            lookup = self.function_lookups[function.id] = shadowed(parameter_names(inside, None), base)
        self.lookup = lookup
        return self._test(cond, negate)

    def _children(self, ts_node: TSNode, node: Node, state: _State, condition: Fact | None = None) -> list[_Pending]:
        """The JSX to build under `node`: `condition` renders them (a transparent fragment's), else always."""
        found: list[_Pending] = []
        rendered = condition if condition is not None else Fact(True)
        if rendered.value is False:
            return [(child, node, state, rendered, self.lookup) for child in ts_node.named_children
                    if child.type in _ELEMENTS]  # built hidden, their texts not shown in the row
        found.extend((element, node, state, rendered, self.lookup) for element in _attribute_elements(ts_node))
        for child in ts_node.named_children:
            if child.type == "jsx_text":
                self.parts[id(node)].append((child.start_byte, self._text(child)))
            elif child.type in _ELEMENTS:
                found.append((child, node, state, rendered, self.lookup))
            elif child.type == "jsx_expression" and child.named_children:
                inner = [c for c in child.named_children if c.type != "comment"]
                if inner:
                    self.shows.setdefault(id(node), []).append(inner[0])
                    self._expression(inner[0], node, state, rendered, found)
        return found

    def _expression(self, expr: TSNode, node: Node, state: _State, condition: Fact, found: list[_Pending],
                    depth: int = 0) -> None:
        """`{cond && <X/>}`, `{cond ? <A/> : <B/>}`, `{'text'}`, `{list.map(...)}`.

        A worklist, not recursion: a hostile file may chain thousands of `a ? (b ? ...)`.
        Branches are taken in source order (consequence before alternative).
        """
        pending = [(expr, condition)]
        while pending:
            current, guard = pending.pop()
            pending.extend(reversed(self._branches(unparen(current), node, state, guard, found, depth)))

    def _branches(self, expr: TSNode, node: Node, state: _State, condition: Fact, found: list[_Pending],
                  depth: int) -> list[tuple[TSNode, Fact]]:
        """One step of `_expression`: the sub-expressions still to visit, each with its condition."""
        if expr.type in _ELEMENTS:
            found.append((expr, node, state, condition, self.lookup))
            return []
        operator = expr.child_by_field_name("operator") if expr.type == "binary_expression" else None
        if operator is not None and self._text(operator) in ("&&", "||"):
            left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
            # Conditional rendering, unless the right side is a literal: a value (`{title || '默认标题'}` shows
            # `title` when it is set), evaluated whole below.
            if left is not None and right is not None and unparen(right).type not in _LITERAL_TEXT:
                self.guards.append((right.start_byte, right.end_byte, left))
                return [(right, both(condition, self._test(left, self._text(operator) == "||")))]
        if expr.type == "ternary_expression":
            cond = expr.child_by_field_name("condition")
            branches = []
            for branch, negate in (("consequence", False), ("alternative", True)):
                target = expr.child_by_field_name(branch)
                if cond is not None and target is not None:
                    self.guards.append((target.start_byte, target.end_byte, cond))
                    branches.append((target, both(condition, self._test(cond, negate))))
            return branches
        literal = ("string", "template_string", "identifier", "member_expression")
        if condition.value is not False and expr.type in literal:
            value, _ = evaluate(expr, self.src, self.lookup)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                self.parts[id(node)].append((expr.start_byte, to_display(value)))
            elif value is UNKNOWN:
                self._unknown_text(node)  # `<Checkbox>{label}</Checkbox>`, `<Text>{userName}</Text>`
            return []
        if expr.type == "call_expression" and self.helpers and self._call(expr, node, state, condition, found):
            return []
        if expr.type == "call_expression" and depth < MAX_DEPTH and self.rendered < MAX_RENDERED:
            items = mapped(expr, self.src, self.lookup, self.shown)
            if items is not None:  # `LIST.map(item => <X/>)` over a known list: each item renders (maps.py)
                body, lookups = items
                self.rendered += len(lookups)
                outer = self.lookup
                for item_lookup in lookups:
                    self.lookup = item_lookup
                    if body.type == "statement_block":  # `if (!link.visible) return null; return <X/>`
                        for jsx, reached in self._roots(body, self._test_with(item_lookup)):
                            found.append((jsx, node, state, both(condition, reached), item_lookup))
                    else:
                        self._expression(body, node, state, condition, found, depth + 1)
                self.lookup = outer
                return []
        inside = _jsx_inside(expr)
        for inner in inside:  # a list rendered with map(): items exist only at run time, the callback's names unknown
            found.append((inner, node, state, Fact(None), shadowed(parameter_names(inner, expr), self.lookup)))
        if not inside and condition.value is not False:
            value, _ = evaluate(expr, self.src, self.lookup)  # `{'同意' + APP}`, `{t('reg.agree')}`, `{a ?? b}`
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                self.parts[id(node)].append((expr.start_byte, to_display(value)))
            elif value is UNKNOWN:
                self._unknown_text(node)
        return []

    def _unknown_text(self, node: Node) -> None:
        """The node shows text that cannot be known: a toggle's own label is unknown, and a text with nothing
        else in it is unknown to the label search (`<Text>{t('remember')}</Text>` labels its row's box, not
        the next row's text)."""
        self.unknown_own.add(id(node))
        if node.kind == "toggle":
            self.unknown_labels.add(id(node))

    def _test(self, cond: TSNode, negate: bool) -> Fact:
        value, evidence = evaluate(cond, self.src, self.lookup)
        result = truthy(value)
        if result is UNKNOWN:
            return Fact(None)
        shown = (not result) if negate else bool(result)
        note = f"{{{self._note(cond)}}} is {to_display(bool(result))}"
        return Fact(shown, (Evidence(self.shown, cond.start_point[0] + 1, note), *evidence))

    def _element(self, ts_node: TSNode, parent: Node | None, state: _State, condition: Fact) -> tuple[Node, _State]:
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
        return node, _State(chain, node.facts["visible"], size, uncertain, scale)

    def _rich_text(self, node: Node, nodes: TSNode, line: int) -> list[Declaration]:
        """`<RichText nodes={html}>`: what it shows is its text, a style wrapping all of it its inline style
        (mini/richtext.py); nodes that cannot be known leave its text unknown."""
        from lint.frontends.mini.richtext import shown

        value, _ = self._value(nodes)
        found = shown(value) if value is not UNKNOWN else None
        if found is None:
            self.unknown_labels.add(id(node))
            return []
        text, style = found
        if text:
            self.parts[id(node)].append((nodes.start_byte, text))
        return parse_inline(style, self.shown, line) if style else []

    def _grouped(self, node: Node, attrs: dict[str, TSNode | None], line: int) -> Fact | None:
        """A box in a controlled group (NutUI's and Taroify's `<Checkbox.Group defaultValue={['agree']}>`, `value`;
        `<Radio.Group defaultValue='yes'>`):
        ticked when the group's value lists the box's own `value`; unknown when either cannot be known. None
        outside such a group (the box's own props decide)."""
        group, depth = node.parent, 0
        while group is not None and depth < 4 and not (group.tag == "group" or group.tag.endswith("-group")):
            group, depth = group.parent, depth + 1
        held = self.attrs_of.get(id(group)) if group is not None else None
        prop = next((p for p in ("value", "defaultValue") if held and p in held), None)
        if group is None or held is None or prop is None:
            return None
        # NutUI names a box by `value`, Taroify by `name`; a radio group's value is the one picked (a string).
        written, value = held[prop], attrs.get("value") or attrs.get("name")
        if written is None or value is None:
            return Fact(None)
        listed, evidence = self._value(written)
        own, _ = self._value(value)
        if node.tag.endswith("radio") and isinstance(listed, str | int | float) and not isinstance(listed, bool):
            listed = [listed]
        if not isinstance(listed, list) or own is UNKNOWN or any(v is UNKNOWN for v in listed):
            return Fact(None)
        note = Evidence(self.shown, group.span.line, f"{prop}={self._text(written)} on <{group.tag}>")
        return Fact(own in listed, (note, *evidence))

    def _drawn(self, node: Node) -> list[str]:
        """What an indicator and its children draw, as written: attribute values, shown expressions, text."""
        texts: list[str] = []
        for inner in node.walk():
            texts.extend(self._text(v) for k, v in self.attrs_of.get(id(inner), {}).items()
                         if v is not None and k in DRAWING)
            texts.extend(self._text(e) for e in self.shows.get(id(inner), ()))
            text = inner.facts.get("text")
            if text is not None and isinstance(text.value, str):
                texts.append(text.value)
            if len(texts) > 64:
                break
        return texts

    def _looks(self, node: Node, state: str) -> str | None:
        """How the node's look reads `state` (toggles.py), as evidence: a prop, a shown expression, or a
        condition that renders it."""
        src = self.src
        for name in LOOK:
            value = self.attrs_of.get(id(node), {}).get(name)
            if value is not None and value.type != "string" and reads(value, state, src):
                return f"{name}={self._note(value)}"
        for shown in self.shows.get(id(node), ()):
            if reads(shown, state, src):
                return f"{{{self._note(shown)}}}"
        start = self.starts.get(id(node), -1)
        for first, last, cond in self.guards:
            if first <= start < last and reads(cond, state, src):
                return f"{{{self._note(cond)} && <{node.tag}>}}"
        return None

    def _texts(self) -> dict[int, str]:
        """Each node's text (its descendants' too); returns each node's own text, outside its child elements
        (`<View><Checkbox/>我已阅读并同意</View>`: a bare text beside a toggle is its label)."""
        texts: dict[int, str] = {}
        own: dict[int, str] = {}
        for node in reversed(self.order):
            # By source position: texts are collected while a node is built, child nodes when each is built.
            raw = [piece for _, piece in sorted(self.parts.pop(id(node), []), key=lambda part: part[0])]
            pieces = [p if isinstance(p, str) else texts.get(id(p), "") for p in raw]
            text = " ".join(join_inline(pieces, [not isinstance(p, str) for p in raw]).split())
            texts[id(node)] = text
            if not text and (id(node) in self.unknown_own
                             or any(not isinstance(p, str) and id(p) in self.unknown_labels for p in raw)):
                self.unknown_labels.add(id(node))  # as mini-program templates do (template.py `_texts`)
            if text:
                direct = " ".join("".join(p for p in raw if isinstance(p, str)).split())
                node.facts["text"] = Fact(text, (Evidence(self.shown, node.span.line, f"<{node.tag}> text"),))
                if direct:
                    own[id(node)] = direct
                    if node.kind in ("container", "other"):
                        node.kind = "text"
        return own


_FRAGMENTS = frozenset({b"Fragment", b"React.Fragment", b"Taro.Fragment"})


def _attribute_elements(ts_node: TSNode) -> list[TSNode]:
    """JSX written as an attribute's value, which the component renders in its own place: NutUI's `<Cell
    title='个性化广告推荐' extra={<Switch defaultChecked/>}/>`, an `icon={<Icon/>}`."""
    tag = ts_node if ts_node.type == "jsx_self_closing_element" else ts_node.child_by_field_name("open_tag")
    found = []
    for attr in tag.named_children if tag is not None else ():
        if attr.type != "jsx_attribute" or attr.named_child_count < 2:
            continue
        value = attr.named_children[-1]
        if value.type == "jsx_expression":
            inner = [c for c in value.named_children if c.type != "comment"]
            if len(inner) == 1 and unparen(inner[0]).type in _ELEMENTS:
                found.append(unparen(inner[0]))
        elif value.type in _ELEMENTS:
            found.append(value)
    return found


def _fragment(ts_node: TSNode, src: bytes) -> bool:
    """`<>…</>`, `<Fragment key>`, `<React.Fragment>`: children without an element of their own."""
    if ts_node.type != "jsx_element":
        return False
    opening = ts_node.named_children[0] if ts_node.named_children else None
    name = opening.child_by_field_name("name") if opening is not None else None
    return name is None or src[name.start_byte : name.end_byte] in _FRAGMENTS


def _jsx_inside(expr: TSNode) -> list[TSNode]:
    found, stack = [], [expr]
    while stack:
        node = stack.pop()
        if node.type in _ELEMENTS:
            found.append(node)
            continue
        stack.extend(reversed(node.named_children))
    return found
