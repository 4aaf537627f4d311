"""Style sheets (WXSS, ACSS, CSS) to matchable rules, with the cascade the runtime applies.

Only selectors that can be decided statically are kept: type, class, id and `*` compounds
joined by descendant or child combinators. A rule with pseudo-classes, attributes or sibling
combinators is dropped rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: The properties darklint reads; everything else is skipped while parsing.
PROPERTIES = frozenset({"font-size", "display", "visibility", "opacity", "height", "max-height", "overflow", "font"})
#: A block whose bytes spell none of them (case-insensitively) declares none of them: skipped without walking
#: its declarations (about half the blocks of a page's sheet: paddings, colours, borders).
_MENTIONS = re.compile(rb"font|display|visibility|opacity|height|overflow", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Compound:
    tag: str | None
    classes: frozenset[str]
    ident: str | None

    def matches(self, tag: str, classes: frozenset[str], ident: str | None) -> bool:
        return (
            (self.tag is None or self.tag == tag)
            and self.classes <= classes
            and (self.ident is None or self.ident == ident)
        )


@dataclass(frozen=True, slots=True)
class Declaration:
    prop: str
    value: str
    important: bool
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class StyleRule:
    #: Rightmost compound last; combinators[i] joins compounds[i] and compounds[i+1] (" " or ">").
    compounds: tuple[Compound, ...]
    combinators: tuple[str, ...]
    specificity: tuple[int, int, int]
    order: int
    declarations: tuple[Declaration, ...]
    selector_text: str


@dataclass(slots=True)
class StyleSheet:
    rules: list[StyleRule] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    error: tuple[int, int, str] | None = None


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


def _compound(node: TSNode, src: bytes) -> Compound | None:
    tag: str | None = None
    classes: set[str] = set()
    ident: str | None = None
    current: TSNode | None = node
    while current is not None:
        kind = current.type
        if kind == "tag_name":
            tag = _text(current, src)
            return Compound(tag, frozenset(classes), ident)
        if kind == "universal_selector":
            return Compound(None, frozenset(classes), ident)
        if kind in ("class_selector", "id_selector"):
            name = current.named_children[-1]
            if kind == "class_selector":
                classes.add(_text(name, src))
            else:
                ident = _text(name, src)
            current = current.named_children[0] if current.named_child_count > 1 else None
            continue
        return None
    return Compound(tag, frozenset(classes), ident)


def _selector(node: TSNode, src: bytes) -> tuple[list[Compound], list[str]] | None:
    # Combinators nest to the left (`((.a .b) > .c) .d`): walk the left spine iteratively, since a
    # hostile sheet can chain thousands of them.
    rights: list[tuple[str, TSNode]] = []
    while node.type in ("descendant_selector", "child_selector"):
        rights.append((" " if node.type == "descendant_selector" else ">", node.named_children[-1]))
        node = node.named_children[0]
    first = _compound(node, src)
    if first is None:
        return None
    compounds, joiners = [first], []
    for joiner, right in reversed(rights):
        parts = _selector(right, src) if right.type in ("descendant_selector", "child_selector") else None
        if parts is None:
            compound = _compound(right, src)
            if compound is None:
                return None
            parts = [compound], []
        compounds += parts[0]
        joiners += [joiner, *parts[1]]
    return compounds, joiners


def _specificity(compounds: list[Compound]) -> tuple[int, int, int]:
    return (
        sum(c.ident is not None for c in compounds),
        sum(len(c.classes) for c in compounds),
        sum(c.tag is not None for c in compounds),
    )


def parse(data: bytes, shown: str, order_base: int = 0) -> StyleSheet:
    from lint.frontends.ts import first_error, parser

    tree = parser("css").parse(data)
    sheet = StyleSheet()
    broken = first_error(tree.root_node)
    if broken is not None:
        sheet.error = (broken.start_point[0] + 1, broken.start_point[1] + 1, "CSS syntax error")
    order = order_base
    for child in tree.root_node.named_children:
        if child.type == "import_statement":
            for part in child.named_children:
                if part.type == "string_value":
                    sheet.imports.append(_text(part, data).strip("'\""))
            continue
        if child.type != "rule_set":
            continue  # @media and friends apply only on some screens: not a first-render fact
        selectors, block = child.named_children[0], child.named_children[-1]
        if _MENTIONS.search(data, block.start_byte, block.end_byte) is None:
            continue
        declarations = _declarations(block, data, shown)
        if not declarations:
            continue
        for selector in selectors.named_children:
            parts = _selector(selector, data)
            if parts is None:
                continue
            compounds, combinators = parts
            order += 1
            sheet.rules.append(StyleRule(tuple(compounds), tuple(combinators), _specificity(compounds), order,
                                         declarations, _text(selector, data)))
    return sheet


def _declarations(block: TSNode, src: bytes, shown: str) -> tuple[Declaration, ...]:
    found: list[Declaration] = []
    for decl in block.named_children:
        if decl.type != "declaration" or decl.named_child_count == 0:
            continue
        name = decl.named_child(0)  # not named_children[0]: most properties are skipped, build no list for them
        prop = _text(name, src).strip().lower() if name is not None else ""
        if prop not in PROPERTIES:
            continue
        children = decl.named_children
        values = [c for c in children[1:] if c.type != "important"]
        important = any(c.type == "important" for c in children)
        value = " ".join(_text(v, src) for v in values).strip()
        found.append(Declaration(prop, value, important, shown, decl.start_point[0] + 1))
    return tuple(found)


def parse_inline(style: str, shown: str, line: int) -> list[Declaration]:
    """The declarations of a `style="..."` attribute; a bound value keeps its `{{ }}` so the
    cascade knows the property is set but not to what (unknown, not the class's value)."""
    found = []
    for part in style.split(";"):
        if ":" not in part:
            continue
        prop, _, value = part.partition(":")
        prop = prop.strip().lower()
        if prop in PROPERTIES:
            important = "!important" in value
            found.append(Declaration(prop, value.replace("!important", "").strip(), important, shown, line))
    return found
