"""uni-app templates on the mini-program template builder.

Vue's syntax is rewritten, attribute by attribute, into the builder's own terms before it
resolves anything: `:checked="x"`/`v-bind:checked`/`v-model` become `{{ }}` bindings, `v-show` a
`hidden` flag, `v-if`/`v-else-if` a directive chain, `:class` objects a class expression,
`:style` objects literal declarations when every value is known, `@tap`/`@click` tap handlers.
The library table, labels, groups, links and hand-drawn toggles then work as for WXML, and the
evidence keeps the Vue spelling (`:checked="agreed"`, `v-show="showTerms"`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, to_display
from lint.frontends.mini.dialects import Dialect
from lint.frontends.mini.template import State, TemplateBuilder
from lint.frontends.mini.values import Binder
from lint.frontends.scss import UNRESOLVED
from lint.frontends.vue.handlers import inline_handler, passed
from lint.frontends.vue.library import OptionList, choices, kebab, maybe_component, option_lists, shown_texts, ticked
from lint.model import Fact, Node

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

    from lint.frontends.vue.components import Components

_STYLE_PROPS = ("font-size", "display", "visibility", "opacity")
_TAP_EVENTS = frozenset({"tap", "click"})


@dataclass(frozen=True, slots=True)
class VueDialect(Dialect):
    @property
    def directives(self) -> tuple[str, str, str, str]:
        return ("v-if", "v-else-if", "v-else", "v-for")


VUE = VueDialect("uni-app", ".vue", ".css", "v-")


def _css_name(key: str) -> str:
    return "".join(f"-{c.lower()}" if c.isupper() else c for c in key)


def _wrap(expression: str) -> str:
    return "{{" + expression + "}}"


class VueTemplateBuilder(TemplateBuilder):
    components: Components

    def with_components(self, components: Components) -> VueTemplateBuilder:
        self.components = components
        self._origins: dict[int, dict[str, str]] = {}
        self._beside_tags: set[str] = set()
        return self

    # -- attribute rewriting -------------------------------------------------------------
    def _attributes(self, tag_node: TSNode) -> dict[str, str | None]:
        raw = super()._attributes(tag_node)
        out: dict[str, str | None] = {}
        origins: dict[str, str] = {}
        bound_class = bound_style = None
        for name, value in raw.items():
            if name.startswith(("@", "v-on:")):
                event = name.removeprefix("@").removeprefix("v-on:").split(".", 1)[0]
                if event in _TAP_EVENTS and value:
                    out["bindtap"] = value
                    self._register_handler(value, tag_node.start_point[0] + 1)
                continue
            if name in ("v-if", "v-else-if") and value is not None:
                out[name] = _wrap(value)
                continue
            if name == "v-show":
                out["hidden"] = _wrap(f"!({value})")
                origins["hidden"] = f'v-show="{value}"'
                continue
            if name.startswith(("v-bind:", ":")):
                prop = name.split(":", 1)[1]
            elif name == "v-model" or name.startswith("v-model:"):
                prop = name[8:] or "model-value"
            else:
                out[name] = value
                continue
            prop = kebab(prop.split(".", 1)[0])
            if prop == "class":
                bound_class = value
            elif prop == "style":
                bound_style = value
            elif value is not None:
                for target in ("model-value", "value") if prop == "model-value" else (prop,):
                    out[target] = _wrap(value)
                    origins[target] = f'{name}="{value}"'
        if bound_class is not None:
            out["class"] = " ".join(filter(None, [raw.get("class") or "", class_expression(bound_class)]))
            static = f'class="{raw["class"]}" ' if raw.get("class") else ""
            origins["class"] = f'{static}:class="{bound_class}"'
        if bound_style is not None:
            out["style"] = "; ".join(filter(None, [raw.get("style") or "", self._style(bound_style)]))
        self._origins[id(out)] = origins
        return out

    def _register_handler(self, value: str, line: int) -> None:
        handlers = self.context.handlers
        if value.strip() in handlers:
            return
        call = value.strip().split("(", 1)[0].strip()
        if call in handlers:
            handlers[value.strip()] = passed(handlers[call], value.strip())
            return
        inline = inline_handler(value, line)
        if inline is not None:
            handlers[value.strip()] = inline

    def _style(self, expression: str) -> str:
        value, _ = self.binder.expression(expression)
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            merged: dict[str, Any] = {}
            for item in value:
                merged.update(item)
            value = merged
        if isinstance(value, str):
            return value
        if not isinstance(value, dict):
            return "; ".join(f"{p}: {UNRESOLVED}" for p in _STYLE_PROPS)
        return "; ".join(f"{_css_name(k)}: {UNRESOLVED if v is UNKNOWN else to_display(v)}" for k, v in value.items())

    # -- facts -----------------------------------------------------------------------------
    def _flag(self, attrs: dict[str, str | None], name: str, line: int, binder: Binder) -> Fact:
        fact = super()._flag(attrs, name, line, binder)
        origin = self._origins.get(id(attrs), {}).get(name)
        if origin and fact.evidence:
            first = fact.evidence[0]
            fact = Fact(fact.value, (Evidence(first.path, first.line, origin), *fact.evidence[1:]), fact.alts)
        return fact

    def _conditional(self, *args: Any, **kwargs: Any) -> Fact:
        """Evidence reads `v-if="agreed" is false`, as written, not the internal `{{agreed}}`."""
        fact: Fact = super()._conditional(*args, **kwargs)
        if fact.evidence:
            first = fact.evidence[0]
            note = first.note.replace('="{{', '="', 1).replace('}}" is ', '" is ', 1)
            fact = Fact(fact.value, (Evidence(first.path, first.line, note), *fact.evidence[1:]), fact.alts)
        return fact

    def _element(self, ts_node: TSNode, parent: Node | None, state: State, chains: dict[int, Any],
                 item: int | None = None) -> tuple[Node | None, dict[str, str | None], State]:
        node, attrs, child_state = super()._element(ts_node, parent, state, chains, item)
        if node is None:
            return node, attrs, child_state
        origins = self._origins.get(id(attrs), {})
        if "class" in origins and "font_size" in node.facts:
            size = node.facts["font_size"]
            written = f'class="{attrs.get("class")}"'
            node.facts["font_size"] = Fact(size.value, tuple(
                Evidence(e.path, e.line, origins["class"]) if e.note == written else e for e in size.evidence))
        tag = kebab(node.tag)
        listed = option_lists().get(tag)
        if listed is not None:
            self._option_list(node, attrs, listed, child_state.binder)
        if self.context.library.spec(node.tag) is None:
            flow = self.components.get(tag)
            if flow is not None:
                node.kind = "toggle"
                node.facts["checked"], at_use = flow(node.attrs, self._origins.get(id(attrs), {}), child_state.binder,
                                                     node.span.line)
                inner_label = at_use if at_use is not None else self.components.label(tag)
                if inner_label:
                    self.parts[id(node)].append(inner_label)
            if maybe_component(tag) and tag not in self._beside_tags:
                self._beside_tags.add(tag)  # its links are on this screen too (Document.beside)
                self.context.beside.append(functools.partial(self.components.roots, tag))
        return node, attrs, child_state


    def _option_list(self, node: Node, attrs: dict[str, str | None], listed: OptionList, binder: Binder) -> None:
        """`<uni-data-checkbox v-model="picked" :localdata="[...]">`: label and state from the data."""
        options = binder.value(attrs[listed.options])[0] if attrs.get(listed.options) is not None else UNKNOWN
        items = choices(options, listed)
        name = next((p for p in listed.selected if attrs.get(p) is not None), None)
        selection, evidence = binder.value(attrs[name]) if name is not None else (UNDEFINED, ())
        state = ticked(items, selection)
        self.parts[id(node)].extend(shown_texts(items, selection, state))
        if node.kind == "toggle":
            written = self._origins.get(id(attrs), {}).get(name or "", f'{name}="{attrs.get(name or "")}"')
            node.facts["checked"] = Fact(None) if state is None else \
                Fact(state, (Evidence(self.shown, node.span.line, written), *evidence) if name else ())


def class_expression(expression: str) -> str:
    """`:class` as a `{{ }}` string expression the binder evaluates: an object literal becomes
    `(cond ? 'name' : '') + ' ' + …`, an array (`['box', {on: share}]`, `[isAgree ? 'agree' : '']`) the join of
    its items, so the classes are known exactly when every condition is, and the hand-drawn-toggle detector
    still sees which data the class depends on."""
    from lint.frontends.expr import parse_expression

    node, src = parse_expression(expression)
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node is None:
        return _wrap(UNRESOLVED[2:-2])
    items = [c for c in node.named_children if c.type != "comment"] if node.type == "array" else [node]
    parts = []
    for item in items:
        part = _class_part(item, src)
        if part is None:
            return _wrap(UNRESOLVED[2:-2])
        if part:
            parts.append(part)
    return _wrap(" + ' ' + ".join(parts)) if parts else ""


def _class_part(node: TSNode, src: bytes) -> str | None:
    """One `:class` value (or array item) as a string expression; "" for an empty object; None if unreadable."""
    text = src[node.start_byte : node.end_byte].decode("utf-8", "replace")
    if node.type in ("string", "identifier", "member_expression", "ternary_expression", "template_string"):
        return f"({text})"
    if node.type != "object":
        return None
    parts = []
    for pair in node.named_children:
        key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if pair.type != "pair" or key is None or value is None:
            return None
        name = src[key.start_byte : key.end_byte].decode("utf-8", "replace").strip("'\"")
        condition = src[value.start_byte : value.end_byte].decode("utf-8", "replace")
        parts.append(f"(({condition}) ? '{name}' : '')")
    return " + ' ' + ".join(parts)
