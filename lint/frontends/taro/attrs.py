"""What a Taro JSX element's attributes say: values, flags, className, inline style, and the facts they give.

`JsxBuilder` (jsx.py) walks the tree and decides conditional rendering; this mixin reads one
element's attributes: `className` matched through CSS modules and `classNames`/`clsx` helpers,
`style` objects as inline declarations, `hidden`/`checked`/`disabled` flags, option-list
components, and from them visibility and the (design-width scaled) font size.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.css import PROPERTIES, Declaration, parse_inline
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, evaluate, to_display, truthy
from lint.frontends.mini.styles import combine_visibility, font_size, shorthand_size, style_visibility
from lint.frontends.vue.library import OptionList, choices, shown_texts, ticked
from lint.model import Fact, Node

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.taro.expressions import State

#: The attribute key a `{...spread}` whose keys cannot be known is kept under (no JSX attribute is named so).
UNKNOWN_SPREAD = "..."


def spread(node: TSNode) -> bool:
    """`{...props}` among a JSX element's attributes."""
    return node.type == "jsx_expression" and node.named_child_count == 1 \
        and node.named_children[0].type == "spread_element"


_CLASS_HELPERS = frozenset({"classNames", "classnames", "clsx", "cx", "cn", "classnames.default"})


class JsxAttributes:
    """Attribute resolution for `JsxBuilder`; the attributes below are set by its `__init__`."""

    shown: str
    src: bytes
    lookup: Lookup
    modules: frozenset[str]  # local names of imported CSS modules (`styles.agree`)
    #: CSS px per design px (375 / designWidth); None when the design width is not known.
    design_factor: float | None
    sheet_fonts_kept: bool | None
    #: The page's own font size (`page { font-size }`), what `rem` counts in; None when unset (16px).
    root_size: Any = None
    parts: dict[int, list[tuple[int, Any]]]

    def _text(self, node: TSNode) -> str:
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def _note(self, node: TSNode) -> str:
        return " ".join(self._text(node).split())[:80]

    def _option_list(self, node: Node, attrs: dict[str, TSNode | None], listed: OptionList, line: int) -> None:
        """`<AtCheckbox options={[...]} selectedList={selected} />`: label and state from the data."""
        options, _ = self._value(attrs.get(listed.options)) if listed.options in attrs else (UNKNOWN, ())
        items = choices(options, listed)
        name = next((p for p in listed.selected if p in attrs), None)
        selection, evidence = self._value(attrs[name]) if name is not None else (UNDEFINED, ())
        state = ticked(items, selection)
        self.parts[id(node)].extend((-1, text) for text in shown_texts(items, selection, state))  # before children
        if node.kind == "toggle":
            bound = attrs[name] if name is not None else None
            written = f"{name}={self._note(bound)}" if bound is not None else ""
            node.facts["checked"] = Fact(None) if state is None else \
                Fact(state, (Evidence(self.shown, line, written), *evidence) if written else ())

    def _attributes(self, opening: TSNode) -> dict[str, TSNode | None]:
        attrs: dict[str, TSNode | None] = {}
        for attr in opening.named_children:
            if spread(attr):
                # `{...props.row}` may set any property, over the ones written before it: their values are its.
                # A known object (`{...switchStyle}`, `{...(vip && {disabled: true})}`) sets its own keys only.
                argument = attr.named_children[0].named_children
                keys = self._spread_keys(argument[0], 0) if argument else None
                attrs.update(dict.fromkeys(list(attrs if keys is None else keys), attr))
                if keys is None:
                    attrs[UNKNOWN_SPREAD] = attr  # what it sets cannot be known: a toggle's state among it
                continue
            if attr.type != "jsx_attribute" or not attr.named_children:
                continue
            name = self._text(attr.named_children[0])
            attrs[name] = attr.named_children[1] if attr.named_child_count > 1 else None
        return attrs

    def _spread_keys(self, expr: TSNode, depth: int) -> set[str] | None:
        """The keys a spread may set: an object's, through `a && {…}`, `a || {…}` and `a ? {…} : {…}` (each side
        that may be spread); None when they cannot be known."""
        expr = unparen(expr)
        if depth > 8:
            return None
        if expr.type == "object":
            keys: set[str] = set()
            for member in expr.named_children:
                if member.type == "shorthand_property_identifier":
                    keys.add(self._text(member))
                elif member.type == "pair" and (key := member.child_by_field_name("key")) is not None \
                        and key.type in ("property_identifier", "string"):
                    keys.add(self._text(key).strip("'\""))
                elif member.type != "comment":
                    return None  # a spread or computed key inside
            return keys
        sides: list[TSNode | None] = []
        if expr.type == "binary_expression" and (op := expr.child_by_field_name("operator")) is not None \
                and self._text(op) in ("&&", "||"):
            sides = [expr.child_by_field_name("right")] if self._text(op) == "&&" else [
                expr.child_by_field_name("left"), expr.child_by_field_name("right")]
        elif expr.type == "ternary_expression":
            sides = [expr.child_by_field_name("consequence"), expr.child_by_field_name("alternative")]
        elif expr.type in ("false", "null", "undefined"):
            return set()
        else:
            value, _ = evaluate(expr, self.src, self.lookup)
            return set(value) if isinstance(value, dict) else None
        found: set[str] = set()
        for side in sides:
            keys_of = self._spread_keys(side, depth + 1) if side is not None else None
            if keys_of is None:
                return None
            found |= keys_of
        return found

    def _value(self, value: TSNode | None) -> tuple[Any, tuple[Evidence, ...]]:
        if value is None:
            return True, ()
        if value.type == "string":
            return self._text(value)[1:-1], ()
        if value.type == "jsx_expression" and value.named_children and not spread(value):
            return evaluate(value.named_children[0], self.src, self.lookup)
        return UNKNOWN, ()

    def _spread_value(self, node: TSNode, name: str) -> tuple[Any, tuple[Evidence, ...]]:
        """What `{...x}` sets `name` to: `x.name` read as a path (a prop through `...rest` keeps its evidence), else
        the key of the object it evaluates to."""
        argument = node.named_children[0].named_children
        if not argument:
            return UNKNOWN, ()
        inner = unparen(argument[0])
        if inner.type in ("identifier", "member_expression"):
            return self.lookup(f"{self._text(inner)}.{name}")
        value, evidence = evaluate(inner, self.src, self.lookup)
        return (value.get(name, UNDEFINED), evidence) if isinstance(value, dict) else (UNKNOWN, ())

    def _flag(self, name: str, value: TSNode | None, line: int) -> Fact:
        result, evidence = self._spread_value(value, name) if value is not None and spread(value) \
            else self._value(value)
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
        expr = unparen(expr)
        if depth > 4:
            return False
        if expr.type == "member_expression":
            obj, prop = expr.child_by_field_name("object"), expr.child_by_field_name("property")
            if obj is not None and prop is not None and self._text(obj) in self.modules:
                found.add(self._text(prop))
                return True
        if expr.type == "subscript_expression":  # `styles['agreement-text']`: a kebab-case class of a module
            obj, index = expr.child_by_field_name("object"), expr.child_by_field_name("index")
            if obj is not None and index is not None and self._text(obj) in self.modules:
                name, _ = evaluate(index, self.src, self.lookup)
                if isinstance(name, str) and name:
                    found.add(name)
                    return True
                return False  # `styles[kind]`: some class, not known which
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
                    # `clsx(['link', !open && 'is-hidden'])`: the helpers read an array's items as arguments
                    items = [c for c in arg.named_children if c.type != "comment"] if arg.type == "array" else [arg]
                    for item in items:
                        known = self._class_parts(item, found, depth + 1) and known
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
        if isinstance(result, str):  # `style='font-size: 18rpx'`: Taro hands a string to the page as written
            return parse_inline(result, self.shown, line)
        if not isinstance(result, dict):
            return [Declaration(p, "{{?}}", False, self.shown, line) for p in ("font-size", "display", "visibility")]
        found = []
        written = self.src[value.start_byte : value.end_byte]
        transformed = self._px_transforms(value) if b"pxTransform" in written or _px_alias(self.src) in written \
            else {}
        for key, item in result.items():
            prop = "".join(f"-{c.lower()}" if c.isupper() else c for c in key)
            if prop not in PROPERTIES:
                continue
            if item is UNKNOWN and key in transformed:
                item = transformed[key]
            number = isinstance(item, int | float) and not isinstance(item, bool)
            text = "{{?}}" if item is UNKNOWN else f"{item}px" if number and prop == "font-size" else to_display(item)
            found.append(Declaration(prop, text, False, self.shown, line))
        return found

    def _px_transforms(self, value: TSNode) -> dict[str, str]:
        """`fontSize: Taro.pxTransform(20)` in a style object: design px to CSS px, as the runtime converts them
        (20 at design width 750 is 20rpx, 10px; a second argument names another design width)."""
        found: dict[str, str] = {}
        # Taro's own only (`Taro.pxTransform`, or `pxTransform` imported from '@tarojs/taro'): a project's
        # `pxTransform` helper may pass another design width, or none at all.
        imported = _IMPORTS_PX_TRANSFORM.search(self.src)
        name = re.escape(imported.group(1).decode()) if imported is not None and imported.group(1) else "pxTransform"
        local = f"|{name}" if imported is not None else ""  # imported by name (or alias): written bare
        call = r"([A-Za-z_$][\w$]*)\s*:\s*(?:Taro\s*\.\s*pxTransform" + local + r")\(\s*(\d+(?:\.\d+)?)\s*"
        for pair in re.finditer(call + r"(?:,\s*(\d+)\s*)?\)", self._text(value)):
            width = float(pair.group(3)) if pair.group(3) else 375 / self.design_factor if self.design_factor else 0
            if width > 0:  # 0: the design width is not known, nor is what the transform gives
                found[pair.group(1)] = f"{round(float(pair.group(2)) * 375 / width, 2):g}px"
        return found

    def _visibility(self, attrs: dict[str, TSNode | None], state: State, condition: Fact,
                    styles: dict[str, tuple[Declaration, str]], uncertain: bool, line: int) -> Fact:
        if state.visible.value is False:
            return state.visible
        reasons = [condition]
        if "hidden" in attrs:
            hidden = self._flag("hidden", attrs["hidden"], line)
            reasons.append(Fact(None if hidden.value is None else not hidden.value, hidden.evidence))
        reasons.append(style_visibility(styles, uncertain))
        return combine_visibility(state.visible, reasons)

    def _font_size(self, styles: dict[str, tuple[Declaration, str]], inherited: Fact, via: list[Evidence],
                   uncertain: bool, inline: bool) -> Fact:
        """Taro compiles style-sheet `px` as design px (`Px`/`PX` stay as written): scale them."""
        size = font_size(styles, inherited, via, self.root_size, uncertain, inline)
        decl_sel = styles.get("font-size")
        if size.value is None or decl_sel is None or size is inherited or self.design_factor == 1 or \
                self.sheet_fonts_kept is True:
            return size
        decl, selector = decl_sel
        written = (decl.value if decl.prop == "font-size" else shorthand_size(decl.value) or "").strip()
        if selector == "style" or not written.endswith("px") or written.endswith("rpx"):
            return size
        if self.design_factor is None or self.sheet_fonts_kept is None:
            return Fact(None)  # design px at a width the config computes, or a propList not read: not known
        scaled = round(size.value * self.design_factor, 2)
        width = round(375 / self.design_factor)
        note = f"{selector} {{ {decl.prop}: {decl.value} }} = {scaled:g}px (design width {width})"
        return Fact(scaled, (*size.evidence[:-1], Evidence(decl.path, decl.line, note)))


#: `import { pxTransform } from '@tarojs/taro'`, or under another name (`pxTransform as px`: group 1).
_IMPORTS_PX_TRANSFORM = re.compile(
    rb"import\s*\{[^}]*\bpxTransform\b(?:\s+as\s+([A-Za-z_$][\w$]*))?[^}]*\}\s*from\s*['\"]@tarojs/taro['\"]")


@functools.lru_cache(maxsize=64)
def _px_alias(src: bytes) -> bytes:
    """The local name `pxTransform` is imported under (`as px`: b"px("), or one no style object holds."""
    imported = _IMPORTS_PX_TRANSFORM.search(src)
    return imported.group(1) + b"(" if imported is not None and imported.group(1) else b"\0"


def unparen(expr: TSNode) -> TSNode:
    """`( // note \n <X/> )`: the parenthesised expression, past any comments beside it."""
    while expr.type == "parenthesized_expression":
        inner = [c for c in expr.named_children if c.type != "comment"]
        if not inner:
            break
        expr = inner[0]
    return expr
