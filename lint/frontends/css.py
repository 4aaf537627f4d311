"""Style sheets (WXSS, ACSS, CSS) to matchable rules, with the cascade the runtime applies.

Only selectors that can be decided statically are kept: type, class, id and `*` compounds
joined by descendant or child combinators. A rule with pseudo-classes, attributes or sibling
combinators is dropped rather than guessed at.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: The properties darklint reads; everything else is skipped while parsing.
#: What shrinks text without its font size (the "under 12px" trick of web views): mini/scale.py reads them.
SCALE_PROPERTIES = frozenset({"transform", "-webkit-transform", "zoom", "scale"})
PROPERTIES = frozenset({"font-size", "display", "visibility", "opacity", "height", "max-height", "overflow", "font",
                        *SCALE_PROPERTIES})
#: A block whose bytes spell none of them (case-insensitively) declares none of them: skipped without walking
#: its declarations (about half the blocks of a page's sheet: paddings, colours, borders).
_MENTIONS = re.compile(rb"font|display|visibility|opacity|height|overflow|transform|zoom|scale|--", re.IGNORECASE)
#: What a text's colour and what is drawn under it depend on (mini/paint.py), read only by a second parse of the
#: sheet made when a rule asks a legal text's contrast: the first parse skips them (most blocks set colours).
PAINT_PROPERTIES = frozenset({
    "color", "background", "background-color", "background-image", "background-clip", "-webkit-background-clip",
    "position", "filter", "-webkit-filter", "backdrop-filter", "-webkit-backdrop-filter", "mix-blend-mode",
    "-webkit-text-fill-color", "-webkit-text-stroke", "-webkit-text-stroke-color", "text-shadow", "mask",
    "-webkit-mask", "mask-image", "-webkit-mask-image", "z-index",
    # What moves an element onto what its earlier siblings draw, fills it over its background, or changes it later.
    "margin", "margin-top", "margin-left", "margin-right", "margin-bottom", "top", "left", "right", "bottom",
    "translate", "box-shadow", "animation", "animation-name"})
_PAINT_MENTIONS = re.compile(rb"font|display|visibility|opacity|height|overflow|transform|zoom|scale|--|color|"
                             rb"background|position|filter|blend|shadow|stroke|mask|z-index|margin|top|left|right|"
                             rb"bottom|translate|animation", re.IGNORECASE)
#: What a `::before`/`::after` box may paint under its element's text (mini/paint.py): its background.
_PSEUDO_FILL = frozenset({"background", "background-color", "background-image", "box-shadow"})
_PSEUDO_BOX = re.compile(r"::?(?:before|after)\b", re.I)
#: The page's root in a selector: a mini-program's `page`, a web page's `:root` (custom properties live there).
ROOT = ":root"
#: A component's host in its own sheet (`:host { display: block; font-size: 24rpx }`): the element its template
#: renders into, not every element in it.
HOST = ":host"


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
    #: A rule that may or may not apply at first render: inside `@media`/`@supports`, or with a selector this
    #: module does not match (`:first-child`, `[data-size]`, `+`, `:deep(.x)`), kept by its rightmost compound.
    #: What it sets is unknown for the elements that compound matches (`Cascade.computed`).
    maybe: bool = False


@dataclass(slots=True)
class StyleSheet:
    rules: list[StyleRule] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    error: tuple[int, int, str] | None = None
    #: SCSS: the global variables the sheet leaves set (its importers read them; lint/frontends/scss.py).
    variables: dict[str, str | None] = field(default_factory=dict)
    #: Set on the empty stand-in for an `@import` whose file is not in the repository (a component library's sheet
    #: under `node_modules/` or `miniprogram_npm/`): its classes may style anything that uses them.
    unresolved: str | None = None
    #: The plain CSS it was parsed from and its shown path (mini/page.py sets them): a second parse reads its
    #: colours (`painted`). None for a sheet read from SCSS or Less, or made otherwise.
    source: tuple[bytes, str] | None = None


@functools.lru_cache(maxsize=64)
def _painted(data: bytes, shown: str) -> StyleSheet:
    return parse(data, shown, paint=True)


def painted(sheet: StyleSheet) -> StyleSheet | None:
    """The sheet with its colours and backgrounds read too (mini/paint.py); None when its source is not plain CSS."""
    if sheet.unresolved is not None:
        return sheet
    if sheet.source is None:
        return None
    return _painted(*sheet.source)


def _text(node: TSNode, src: bytes) -> str:
    return src[node.start_byte : node.end_byte].decode("utf-8", "replace")


class _Kinds:
    """The CSS grammar's node kind ids this module compares (`.type` builds a new string per call)."""

    def __init__(self) -> None:
        from lint.frontends.ts import kinds

        self.declaration = kinds("css", "declaration")
        self.important = kinds("css", "important")
        self.rule_set = kinds("css", "rule_set")
        self.import_statement = kinds("css", "import_statement")
        self.descendant = kinds("css", "descendant_selector")
        self.child = kinds("css", "child_selector")
        self.tag = kinds("css", "tag_name")
        self.universal = kinds("css", "universal_selector")
        self.class_selector = kinds("css", "class_selector")
        self.id_selector = kinds("css", "id_selector")


@functools.cache
def _kinds() -> _Kinds:
    return _Kinds()


def _compound(node: TSNode, src: bytes, k: _Kinds) -> Compound | None:
    tag: str | None = None
    classes: set[str] = set()
    ident: str | None = None
    current: TSNode | None = node
    while current is not None:
        kind = current.kind_id
        if kind in k.tag:
            tag = _text(current, src)
            return Compound(tag, frozenset(classes), ident)
        if kind in k.universal:
            return Compound(None, frozenset(classes), ident)
        if kind in k.class_selector or kind in k.id_selector:
            count = current.named_child_count
            name = current.named_child(count - 1)
            if kind in k.class_selector:
                classes.add(_text(name, src))
            else:
                ident = _text(name, src)
            current = current.named_child(0) if count > 1 else None
            continue
        return None
    return Compound(tag, frozenset(classes), ident)


#: Selectors already read, by their bytes: pages of an app repeat the same class names (`.title`, `.btn`),
#: and what a selector means does not depend on where it is written. Bounded: cleared when full.
_SELECTORS: dict[bytes, tuple[tuple[Compound, ...], tuple[str, ...], tuple[int, int, int]] | None] = {}
_MAX_SELECTORS = 4096


def _read_selector(node: TSNode, src: bytes, k: _Kinds
                   ) -> tuple[tuple[Compound, ...], tuple[str, ...], tuple[int, int, int]] | None:
    key = src[node.start_byte : node.end_byte]
    if key in _SELECTORS:
        return _SELECTORS[key]
    if key.strip() in (b":root", b":host"):  # `:root`: kept only so custom properties declared there are known
        at_root: tuple[tuple[Compound, ...], tuple[str, ...], tuple[int, int, int]] = (
            (Compound(ROOT if key.strip() == b":root" else HOST, frozenset(), None),), (), (0, 1, 0))
        _SELECTORS[key] = at_root
        return at_root
    parts = _selector(node, src, k)
    found = None if parts is None else (tuple(parts[0]), tuple(parts[1]), _specificity(parts[0]))
    if len(_SELECTORS) >= _MAX_SELECTORS:
        _SELECTORS.clear()
    _SELECTORS[key] = found
    return found


def _selector(node: TSNode, src: bytes, k: _Kinds) -> tuple[list[Compound], list[str]] | None:
    # Combinators nest to the left (`((.a .b) > .c) .d`): walk the left spine iteratively, since a
    # hostile sheet can chain thousands of them.
    rights: list[tuple[str, TSNode]] = []
    combined = k.descendant | k.child
    while node.kind_id in combined:
        count = node.named_child_count
        rights.append((" " if node.kind_id in k.descendant else ">", node.named_child(count - 1)))
        node = node.named_child(0)
    first = _compound(node, src, k)
    if first is None:
        return None
    compounds, joiners = [first], []
    for joiner, right in reversed(rights):
        parts = _selector(right, src, k) if right.kind_id in combined else None
        if parts is None:
            compound = _compound(right, src, k)
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


#: What browsers and the mini-program runtimes read but tree-sitter-css does not: an unquoted `url()` holding a
#: comma or `%` (WeUI's inline SVG icons), and an empty declaration (`display: flex;;`).
_QUIRKS = re.compile(rb"url\(|;[ \t\r\n]*;", re.I)
_UNQUOTED_URL = re.compile(rb"(?<=url\()([ \t]*[^'\"\s)][^)\n]*)(?=\))", re.I)
_EMPTY_DECLARATIONS = re.compile(rb";(?:[ \t\r\n]*;)+")
_FILLER = bytes(0x0A if b == 0x0A else 0x78 for b in range(256))  # `x`, newlines kept


def _readable(data: bytes) -> bytes:
    """The sheet with those blanked (the same length: lines and columns still point into the file)."""
    data = _UNQUOTED_URL.sub(lambda m: m.group(1).translate(_FILLER), data)
    return _EMPTY_DECLARATIONS.sub(lambda m: b";" + m.group(0)[1:].replace(b";", b" "), data)


class _Wanted:
    """The declarations a parse keeps: the properties, as str and as the sheet's bytes spell them, and a pattern a
    block that declares none of them does not match (skipped unread)."""

    def __init__(self, names: frozenset[str], mentions: re.Pattern[bytes]) -> None:
        self.names = names
        self.spelled = frozenset(p.encode() for p in names)
        self.mentions = mentions


_LAYOUT = _Wanted(PROPERTIES, _MENTIONS)
_PAINT = _Wanted(PROPERTIES | PAINT_PROPERTIES, _PAINT_MENTIONS)


def parse(data: bytes, shown: str, order_base: int = 0, paint: bool = False) -> StyleSheet:
    """The sheet's rules with the declarations the frontends read; with `paint`, colours and backgrounds too."""
    from lint.frontends.ts import first_error, parser

    if _QUIRKS.search(data) is not None:
        data = _readable(data)
    tree = parser("css").parse(data)
    k = _kinds()
    sheet = StyleSheet()
    broken = first_error(tree.root_node)
    if broken is not None:
        from lint.textpos import LineIndex

        sheet.error = (*LineIndex(data).point(*broken.start_point), "CSS syntax error")  # UTF-16 columns
    order = order_base
    wanted = _PAINT if paint else _LAYOUT
    for child in tree.root_node.named_children:
        kind = child.kind_id
        if kind in k.import_statement:
            for part in child.named_children:
                if part.type == "string_value":
                    sheet.imports.append(_text(part, data).strip("'\""))
            continue
        if kind in k.rule_set:
            order = _rule_set(child, data, shown, k, sheet, order, False, wanted)
            continue
        # `@media`, `@supports`: their rules apply on some screens only. What they set is not known. Print styles
        # never apply to a screen.
        last = child.named_child(child.named_child_count - 1) if child.named_child_count else None
        if last is not None and last.type == "block" and wanted.mentions.search(data, last.start_byte, last.end_byte) \
                and not PRINT_ONLY.match(data[child.start_byte : last.start_byte].decode("utf-8", "replace")):
            for inner in last.named_children:
                if inner.kind_id in k.rule_set:
                    order = _rule_set(inner, data, shown, k, sheet, order, True, wanted)
    return sheet


#: `@media print { … }` (or `only print`): a paper's layout, never a phone's screen.
PRINT_ONLY = re.compile(r"@media\s+(?:only\s+)?print\b(?![^{]*\b(?:screen|all)\b)", re.I)


def _rule_set(node: TSNode, data: bytes, shown: str, k: _Kinds, sheet: StyleSheet, order: int, maybe: bool,
              wanted: _Wanted = _LAYOUT) -> int:
    selectors, block = node.named_child(0), node.named_child(node.named_child_count - 1)
    if wanted.mentions.search(data, block.start_byte, block.end_byte) is None:
        return order
    declarations = _declarations(block, data, shown, k, wanted.spelled)
    if not declarations:
        return order
    for selector in selectors.named_children:
        parts = _read_selector(selector, data, k)
        written = _text(selector, data)
        if parts is None:
            loose = _loose(written)
            if loose is None:
                if wanted is _PAINT:
                    order = _pseudo_fill(written, declarations, sheet, order)
                continue  # a state (`:active`) or generated content (`::after`): not the first render's text
            parts, maybe_here = ((loose,), (), (0, 0, 0)), True
        else:
            maybe_here = maybe
        order += 1
        sheet.rules.append(StyleRule(*parts, order, declarations, written, maybe_here))
    return order


def _pseudo_fill(written: str, declarations: tuple[Declaration, ...], sheet: StyleSheet, order: int) -> int:
    """A `::before`/`::after` box that sets a background (`.hero::before { content: ""; position: absolute; inset:
    0; background: #111 }`) may lie under its element's text: kept as a rule that may apply to that element, for its
    background only, so what is under the text there is unknown (the painted parse only)."""
    fills = tuple(decl for decl in declarations if decl.prop in _PSEUDO_FILL)
    if not fills or _PSEUDO_BOX.search(written) is None:
        return order
    owner = _loose(_PSEUDO_BOX.sub("", written))
    if owner is None:
        return order  # `:active::after`: a state the first render does not have
    order += 1
    sheet.rules.append(StyleRule((owner,), (), (0, 0, 0), order, fills, written, True))
    return order


#: Pseudo-classes of a state the first render does not have, and pseudo-elements (generated content, not the text).
_LATER_STATE = re.compile(r":(?:hover|active|focus(?:-within|-visible)?|visited|target|checked|disabled|invalid)\b"
                          r"|::?(?:before|after|placeholder|selection|first-letter|marker|backdrop|-webkit-[\w-]+)\b",
                          re.I)
_UNWRAP = re.compile(r"(?:::?v-deep|:deep|:global|:is|:where|:slotted|:host)\(\s*([^()]*)\)", re.I)
_DROP = re.compile(r"::?v-deep|>>>|/deep/|:not\([^()]*\)|::?[\w-]+(?:\([^()]*\))?|\[[^\]]*\]")
_SIMPLE = re.compile(r"([A-Za-z][\w-]*|\*)?((?:\.[\w-]+|#[\w-]+)*)")


def _loose(selector: str) -> Compound | None:
    """The rightmost compound of a selector the matcher does not read (`.agree :deep(.tip)` → `.tip`,
    `.check + .tip[data-lg]:first-child` → `.tip`): it may match those elements. None for a later state."""
    if _LATER_STATE.search(selector):
        return None
    text = _DROP.sub("", _UNWRAP.sub(r" \1", selector)).strip()
    last = re.split(r"[\s>+~]+", text)[-1] if text else ""
    simple = _SIMPLE.fullmatch(last)
    if simple is None:
        return Compound(None, frozenset(), None)  # not read: it may match anything
    tag = simple.group(1) if simple.group(1) not in (None, "*") else None
    rest = simple.group(2)
    ident = next((part[1:] for part in re.findall(r"#[\w-]+", rest)), None)
    return Compound(tag, frozenset(re.findall(r"\.([\w-]+)", rest)), ident)


#: PROPERTIES as the bytes of a sheet spell them (lower-cased: property names are ASCII, case-insensitive).
_PROPERTY_BYTES = _LAYOUT.spelled


def _declarations(block: TSNode, src: bytes, shown: str, k: _Kinds,
                  spelled: frozenset[bytes] = _PROPERTY_BYTES) -> tuple[Declaration, ...]:
    found: list[Declaration] = []
    wanted, important_ids = k.declaration, k.important
    for decl in block.named_children:
        if decl.kind_id not in wanted or decl.named_child_count == 0:
            continue
        name = decl.named_child(0)  # not named_children[0]: most properties are skipped, build no list for them
        prop = src[name.start_byte : name.end_byte].strip()
        if not prop.startswith(b"--"):  # a custom property's name is case-sensitive; the others are not
            prop = prop.lower()
            if prop not in spelled:
                continue
        values: list[TSNode] = []
        important = False
        for part in decl.named_children[1:]:
            if part.kind_id in important_ids:
                important = True
            else:
                values.append(part)
        # The value as written, whitespace collapsed: the grammar splits `10px/1.5` into `10` and `px/1.5`.
        raw = src[values[0].start_byte : values[-1].end_byte] if values else b""
        value = " ".join(raw.decode("utf-8", "replace").split())
        found.append(Declaration(prop.decode("utf-8", "replace"), value, important, shown, decl.start_point[0] + 1))
    return tuple(found)


def parse_inline(style: str, shown: str, line: int, paint: bool = False) -> list[Declaration]:
    """The declarations of a `style="..."` attribute; a bound value keeps its `{{ }}` so the
    cascade knows the property is set but not to what (unknown, not the class's value)."""
    found = []
    names = _PAINT.names if paint else PROPERTIES
    for part in style.split(";"):
        if ":" not in part:
            continue
        prop, _, value = part.partition(":")
        prop = prop.strip()
        prop = prop if prop.startswith("--") else prop.lower()
        if prop in names or prop.startswith("--"):
            important = "!important" in value
            found.append(Declaration(prop, value.replace("!important", "").strip(), important, shown, line))
    return found
