"""Taro JSX to the UI model, with the same first-render facts as mini-program templates.

Every JSX element becomes a node; components are named through the module's imports and the
library table (`Checkbox` from `@tarojs/components` is the mini-program `checkbox`). Conditional
rendering (`{cond && <X/>}`, `{cond ? <X/> : null}`) decides visibility when `cond` is known;
style objects are inline declarations, `className` is matched against imported style sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.css import PROPERTIES, Declaration
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, evaluate, to_display, truthy
from lint.frontends.mini.library import Spec, attribute
from lint.frontends.mini.styles import font_size, style_visibility
from lint.frontends.vue.library import OptionList, choices, kebab, option_lists, ticked
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

_ELEMENTS = ("jsx_element", "jsx_self_closing_element")
_PAGE: Element = ("page", frozenset(), None)
_INTRINSIC = {"view": "container", "text": "text", "navigator": "link", "button": "button", "label": "container",
              "image": "image", "input": "input", "checkbox": "toggle", "switch": "toggle", "radio": "toggle"}
_TAPS = frozenset({"onClick", "onTap"})
_CLASS_HELPERS = frozenset({"classNames", "classnames", "clsx", "cx", "cn", "classnames.default"})


@dataclass(slots=True)
class _State:
    chain: tuple[Element, ...]
    visible: Fact
    font_size: Fact
    uncertain: bool


class JsxBuilder:
    def __init__(self, shown: str, src: bytes, lookup: Lookup, cascade: Cascade, components: dict[str, Spec],
                 modules: frozenset[str], design_factor: float) -> None:
        self.shown = shown
        self.src = src
        self.lookup = lookup
        self.cascade = cascade
        self.components = components  # local name -> library entry
        self.modules = modules  # local names of imported CSS modules (`styles.agree`)
        self.design_factor = design_factor
        self.lines = LineIndex(src)
        self.parts: dict[int, list[Any]] = {}
        self.order: list[Node] = []

    def _text(self, node: TSNode) -> str:
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def _note(self, node: TSNode) -> str:
        return " ".join(self._text(node).split())[:80]

    def build(self, root: TSNode) -> Document:
        doc = Document(self.shown)
        page = self.cascade.computed([_PAGE])
        start = _State((_PAGE,), Fact(True), font_size(page, Fact(None), []), False)
        stack: list[tuple[TSNode, Node | None, _State, Fact]] = []
        search = [root]
        while search:  # outermost JSX only; nested JSX is reached through its parent
            candidate = search.pop()
            if candidate.type in _ELEMENTS:
                stack.append((candidate, None, start, Fact(True)))
                continue
            search.extend(reversed(candidate.named_children))
        stack.reverse()
        while stack:
            ts_node, parent, state, condition = stack.pop()
            node, child_state = self._element(ts_node, parent, state, condition)
            self.order.append(node)
            if parent is None:
                doc.roots.append(node)
            else:
                parent.children.append(node)
                self.parts[id(parent)].append(node)
            if ts_node.type == "jsx_element":
                pending = self._children(ts_node, node, child_state)
                stack.extend(reversed(pending))
        self._texts()
        from lint.frontends.mini.labels import assign_labels

        assign_labels(self.order)
        return doc

    def _children(self, ts_node: TSNode, node: Node, state: _State) -> list[tuple[TSNode, Node | None, _State, Fact]]:
        found: list[tuple[TSNode, Node | None, _State, Fact]] = []
        for child in ts_node.named_children:
            if child.type == "jsx_text":
                self.parts[id(node)].append(self._text(child))
            elif child.type in _ELEMENTS:
                found.append((child, node, state, Fact(True)))
            elif child.type == "jsx_expression" and child.named_children:
                inner = [c for c in child.named_children if c.type != "comment"]
                if inner:
                    self._expression(inner[0], node, state, Fact(True), found)
        return found

    def _expression(self, expr: TSNode, node: Node, state: _State, condition: Fact,
                    found: list[tuple[TSNode, Node | None, _State, Fact]]) -> None:
        """`{cond && <X/>}`, `{cond ? <A/> : <B/>}`, `{'text'}`, `{list.map(...)}`.

        A worklist, not recursion: a hostile file may chain thousands of `a ? (b ? ...)`.
        Branches are taken in source order (consequence before alternative).
        """
        pending = [(expr, condition)]
        while pending:
            current, guard = pending.pop()
            pending.extend(reversed(self._branches(_unparen(current), node, state, guard, found)))

    def _branches(self, expr: TSNode, node: Node, state: _State, condition: Fact,
                  found: list[tuple[TSNode, Node | None, _State, Fact]]) -> list[tuple[TSNode, Fact]]:
        """One step of `_expression`: the sub-expressions still to visit, each with its condition."""
        if expr.type in _ELEMENTS:
            found.append((expr, node, state, condition))
            return []
        operator = expr.child_by_field_name("operator") if expr.type == "binary_expression" else None
        if operator is not None and self._text(operator) in ("&&", "||"):
            left, right = expr.child_by_field_name("left"), expr.child_by_field_name("right")
            if left is not None and right is not None:
                return [(right, _and(condition, self._test(left, self._text(operator) == "||")))]
        if expr.type == "ternary_expression":
            cond = expr.child_by_field_name("condition")
            branches = []
            for branch, negate in (("consequence", False), ("alternative", True)):
                target = expr.child_by_field_name(branch)
                if cond is not None and target is not None:
                    branches.append((target, _and(condition, self._test(cond, negate))))
            return branches
        literal = ("string", "template_string", "identifier", "member_expression")
        if condition.value is not False and expr.type in literal:
            value, _ = evaluate(expr, self.src, self.lookup)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                self.parts[id(node)].append(to_display(value))
            return []
        for inner in _jsx_inside(expr):  # a list rendered with map(): items exist only at run time
            found.append((inner, node, state, Fact(None)))
        return []

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
        tag = spec.tag if spec is not None else kebab(local.split(".")[-1])
        attrs = self._attributes(opening)
        line, column = self.lines.point(*ts_node.start_point)
        _, end_column = self.lines.point(*name_node.end_point)
        node = Node(kind="other", tag=tag, path=self.shown, span=Span(line, column, line, end_column),
                    attrs={k: self._text(v) if v is not None else "" for k, v in attrs.items()}, parent=parent)
        self.parts[id(node)] = []
        node.kind = spec.kind if spec is not None else _INTRINSIC.get(tag, "other")
        if node.kind in ("container", "other", "text") and any(a in attrs for a in _TAPS):
            node.kind = "link"
        classes, uncertain = self._classes(attrs.get("className") or attrs.get("class"))
        element: Element = (tag, classes, None)
        chain = (*state.chain, element)
        uncertain = uncertain or state.uncertain
        inline = self._inline(attrs.get("style"), line)
        styles = self.cascade.computed(chain, inline)
        node.facts["visible"] = self._visibility(attrs, state, condition, styles, uncertain, line)
        class_node = attrs.get("className")
        via = [Evidence(self.shown, line, f"className={self._note(class_node)}")] if class_node is not None else []
        size = self._font_size(styles, state.font_size, via, uncertain, any(d.prop == "font-size" for d in inline))
        if size.value is not None:
            node.facts["font_size"] = size
            node.facts["size_unit"] = Fact("px")
        if node.kind == "toggle":
            node.facts["checked"] = Fact(False)
            for prop in spec.checked if spec is not None else ("checked",):
                found = attribute(attrs, prop)  # type: ignore[arg-type]
                if found is not None:
                    node.facts["checked"] = self._flag(found[0], attrs[found[0]], line)
                    break
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
                    self.parts[id(node)].append(value)
                break
        return node, _State(chain, node.facts["visible"], size, uncertain)

    def _option_list(self, node: Node, attrs: dict[str, TSNode | None], listed: OptionList, line: int) -> None:
        """`<AtCheckbox options={[...]} selectedList={selected} />`: label and state from the data."""
        options, _ = self._value(attrs.get(listed.options)) if listed.options in attrs else (UNKNOWN, ())
        items = choices(options, listed)
        self.parts[id(node)].extend(text for _, text in items or ())
        name = next((p for p in listed.selected if p in attrs), None)
        selection, evidence = self._value(attrs[name]) if name is not None else (UNDEFINED, ())
        state = ticked(items, selection)
        if node.kind == "toggle":
            bound = attrs[name] if name is not None else None
            written = f"{name}={self._note(bound)}" if bound is not None else ""
            node.facts["checked"] = Fact(None) if state is None else \
                Fact(state, (Evidence(self.shown, line, written), *evidence) if written else ())

    def _attributes(self, opening: TSNode) -> dict[str, TSNode | None]:
        attrs: dict[str, TSNode | None] = {}
        for attr in opening.named_children:
            if attr.type != "jsx_attribute" or not attr.named_children:
                continue
            name = self._text(attr.named_children[0])
            attrs[name] = attr.named_children[1] if attr.named_child_count > 1 else None
        return attrs

    def _value(self, value: TSNode | None) -> tuple[Any, tuple[Evidence, ...]]:
        if value is None:
            return True, ()
        if value.type == "string":
            return self._text(value)[1:-1], ()
        if value.type == "jsx_expression" and value.named_children:
            return evaluate(value.named_children[0], self.src, self.lookup)
        return UNKNOWN, ()

    def _flag(self, name: str, value: TSNode | None, line: int) -> Fact:
        result, evidence = self._value(value)
        test = truthy(result)
        if test is UNKNOWN:
            return Fact(None)
        written = name if value is None else f"{name}={self._note(value)}"
        return Fact(bool(test), (Evidence(self.shown, line, written), *evidence))

    def _classes(self, value: TSNode | None) -> tuple[frozenset[str], bool]:
        if value is None:
            return frozenset(), False
        if value.type == "string":
            return frozenset(self._text(value)[1:-1].split()), False
        inner = value.named_children[0] if value.type == "jsx_expression" and value.named_children else value
        found: set[str] = set()
        known = self._class_parts(inner, found, 0)
        return frozenset(found), not known

    def _class_parts(self, expr: TSNode, found: set[str], depth: int) -> bool:
        """Adds the classes ``expr`` yields to ``found``; False when some may be missing.

        Handles what teams write: `styles.agree` (CSS modules: the class `.agree`), template
        strings, and `classNames`/`clsx` calls over strings, module members and `{name: cond}`
        objects (a condition that cannot be known makes the result uncertain).
        """
        expr = _unparen(expr)
        if depth > 4:
            return False
        if expr.type == "member_expression":
            obj, prop = expr.child_by_field_name("object"), expr.child_by_field_name("property")
            if obj is not None and prop is not None and self._text(obj) in self.modules:
                found.add(self._text(prop))
                return True
        if expr.type == "template_string":
            text = self._text(expr)
            pieces = [text[1:-1]]
            known = True
            for sub in (c for c in expr.named_children if c.type == "template_substitution"):
                start, end = sub.start_byte - expr.start_byte, sub.end_byte - expr.start_byte
                pieces[0] = pieces[0].replace(text[start:end], " ", 1)
                inner = [c for c in sub.named_children if c.type != "comment"]
                known = bool(inner) and self._class_parts(inner[0], found, depth + 1) and known
            found.update(pieces[0].split())
            return known
        if expr.type == "call_expression":
            fn, args = expr.child_by_field_name("function"), expr.child_by_field_name("arguments")
            if fn is not None and args is not None and self._text(fn) in _CLASS_HELPERS:
                known = True
                for arg in (a for a in args.named_children if a.type != "comment"):
                    known = self._class_parts(arg, found, depth + 1) and known
                return known
        if expr.type == "object":
            known = True
            for pair in expr.named_children:
                key, cond = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                if pair.type != "pair" or key is None or cond is None:
                    return False
                test = truthy(evaluate(cond, self.src, self.lookup)[0])
                if test is UNKNOWN:
                    known = False
                elif test and key.type == "computed_property_name" and key.named_children:
                    known = self._class_parts(key.named_children[0], found, depth + 1) and known
                elif test:
                    found.update(self._text(key).strip("'\"").split())
            return known
        result, _ = evaluate(expr, self.src, self.lookup)
        if isinstance(result, str):
            found.update(result.split())
            return True
        return result is None or result is False or result == ""  # `cond && 'x'` that is off adds nothing

    def _inline(self, value: TSNode | None, line: int) -> list[Declaration]:
        if value is None:
            return []
        result, _ = self._value(value)
        if not isinstance(result, dict):
            return [Declaration(p, "{{?}}", False, self.shown, line) for p in ("font-size", "display", "visibility")]
        found = []
        for key, item in result.items():
            prop = "".join(f"-{c.lower()}" if c.isupper() else c for c in key)
            if prop not in PROPERTIES:
                continue
            number = isinstance(item, int | float) and not isinstance(item, bool)
            text = "{{?}}" if item is UNKNOWN else f"{item}px" if number and prop == "font-size" else to_display(item)
            found.append(Declaration(prop, text, False, self.shown, line))
        return found

    def _visibility(self, attrs: dict[str, TSNode | None], state: _State, condition: Fact,
                    styles: dict[str, tuple[Declaration, str]], uncertain: bool, line: int) -> Fact:
        if state.visible.value is False:
            return state.visible
        reasons = [condition]
        if "hidden" in attrs:
            hidden = self._flag("hidden", attrs["hidden"], line)
            reasons.append(Fact(None if hidden.value is None else not hidden.value, hidden.evidence))
        reasons.append(style_visibility(styles, uncertain))
        for fact in reasons:
            if fact.value is False:
                return fact
        if state.visible.value is None or any(f.value is None for f in reasons):
            return Fact(None)
        return Fact(True)

    def _font_size(self, styles: dict[str, tuple[Declaration, str]], inherited: Fact, via: list[Evidence],
                   uncertain: bool, inline: bool) -> Fact:
        """Taro compiles style-sheet `px` as design px (`Px`/`PX` stay as written): scale them."""
        size = font_size(styles, inherited, via, None, uncertain, inline)
        decl_sel = styles.get("font-size")
        if size.value is None or decl_sel is None or size is inherited or self.design_factor == 1:
            return size
        decl, selector = decl_sel
        if selector == "style" or not decl.value.strip().endswith("px") or decl.value.strip().endswith("rpx"):
            return size
        scaled = round(size.value * self.design_factor, 2)
        width = round(375 / self.design_factor)
        note = f"{selector} {{ font-size: {decl.value} }} = {scaled:g}px (design width {width})"
        return Fact(scaled, (*size.evidence[:-1], Evidence(decl.path, decl.line, note)))

    def _texts(self) -> None:
        texts: dict[int, str] = {}
        for node in reversed(self.order):
            raw = self.parts.pop(id(node), [])
            pieces = [p if isinstance(p, str) else texts.get(id(p), "") for p in raw]
            text = " ".join("".join(pieces).split())
            texts[id(node)] = text
            if text:
                direct = any(isinstance(p, str) and p.strip() for p in raw)
                node.facts["text"] = Fact(text, (Evidence(self.shown, node.span.line, f"<{node.tag}> text"),))
                if direct and node.kind in ("container", "other"):
                    node.kind = "text"


def _and(outer: Fact, inner: Fact) -> Fact:
    if outer.value is False:
        return outer
    if inner.value is False:
        return inner
    if outer.value is None or inner.value is None:
        return Fact(None)
    return Fact(True)


def _unparen(expr: TSNode) -> TSNode:
    """`( // note \n <X/> )`: the parenthesised expression, past any comments beside it."""
    while expr.type == "parenthesized_expression":
        inner = [c for c in expr.named_children if c.type != "comment"]
        if not inner:
            break
        expr = inner[0]
    return expr


def _jsx_inside(expr: TSNode) -> list[TSNode]:
    found, stack = [], [expr]
    while stack:
        node = stack.pop()
        if node.type in _ELEMENTS:
            found.append(node)
            continue
        stack.extend(reversed(node.named_children))
    return found
