"""A custom component's tree at its use site, with the property values the page passes.

`<agreement checked="{{true}}"/>` makes the component's `checked` property true for this use;
its template is built again with that value (and the use site's visibility and font size) and
grafted under the use-site element. Elements whose facts are the same as in the component's own
unit are made inert, so a finding that does not depend on the page is reported once, at the
component; the rest are reported at the use site, with evidence through both files.

`<include src="...">` works the same way, except that the included markup has no data of its own: it is built
with the includer's data, handlers and styles (its selector chain going on through the include), and compared
with the file linted alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued
from lint.frontends.mini.external import passed_classes, user_rules
from lint.frontends.mini.library import camel
from lint.frontends.mini.script import Script, deciding_switches
from lint.frontends.mini.styles import UNKNOWN_ROOT
from lint.frontends.mini.template import State
from lint.frontends.mini.values import Binder
from lint.model import Node, release_tree
from lint.source import SourceError, read_source

if TYPE_CHECKING:
    from lint.frontends.css import StyleSheet
    from lint.frontends.mini.page import UnitBuilder

_COMPARED = ("kind", "checked", "visible", "font_size", "disabled")


def _signature(node: Node) -> tuple[Any, ...]:
    return (node.kind, *(node.fact(name).value for name in _COMPARED[1:]))


#: Facts whose unknown reads as this value: visible, not disabled (rules report what is hidden, or not disabled).
_BENIGN = ((_COMPARED.index("visible"), True), (_COMPARED.index("disabled"), False))


def _same(mine: tuple[Any, ...], theirs: tuple[Any, ...]) -> bool:
    """Whether a grafted element behaves as in the component's own unit. Shown (or enabled) here where it may or
    may not be alone (a Boolean property decides, `Data.alone`) counts as the same: no rule reports an
    element for being visible rather than unknown, and the own unit has reported what does not depend on it (a
    box ticked by the component's own data would be reported twice)."""
    if mine == theirs:
        return True
    if len(mine) != len(theirs):
        return False
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    return all((i, mine[i]) in _BENIGN and theirs[i] is None for i in differ)


class Grafter:
    def __init__(self, unit: UnitBuilder, template: Path, using: dict[str, tuple[str, Path]], depth: int,
                 including: tuple[Path, ...] = (), source: bytes = b"",
                 beside: list[Callable[[], list[Node]]] | None = None) -> None:
        self.unit = unit
        self.beside = beside if beside is not None else []
        self.template = template
        self.source = source  # the template's bytes: where `<template is>` looks for definitions and imports
        self.shown = unit.display(template)
        self.using = using
        self.depth = depth
        #: The templates whose `<include>` or component use led here, this one first (a file including or using
        #: itself, directly or not, stops there).
        self.including = including or (template,)

    def graft(self, node: Node, attrs: dict[str, str | None], state: State, binder: Binder) -> list[Node]:
        if node.tag == "include":
            return self._include(node, attrs, state, binder)
        if node.tag == "template":
            return self._instance(node, attrs, state, binder)
        entry = self.using.get(node.tag)
        component = self.unit.component_template(*entry) if entry is not None else None
        if component is None or component in self.including:
            # Not a project component; or one inside itself (a tree or markdown node rendering its children):
            # its outer use is grafted, not every level of it (each level again at every use was cubic).
            return []
        chain = (*self.including, component)
        script = self.unit.script(component, quiet=True)
        passed = self._passed(node, attrs, binder, script.data.properties)
        defaults = script.data
        # Linted alone, the component shows what it shows here unless the page passes other values or its
        # surroundings differ: a font size set above it is inherited into it, a hidden ancestor hides it.
        root = state.root_size if state.root_size is not UNKNOWN_ROOT else None
        surroundings = state.visible.value is not True or state.font_size.value != root or state.scale is not None
        # Classes this use passes to the component's own external classes style it here (external.py).
        external = passed_classes(script.external_classes, attrs, binder) if script.external_classes else {}
        # Its deciding Boolean properties are unknown alone (`Data.alone`): known here, passed or defaulted. The
        # template is read for them only when it has Boolean properties (most uses are settled without reading it).
        switches = defaults.switches()
        source: bytes | None = None
        if switches:
            try:
                source = read_source(component).data
            except SourceError:
                return []
        deciding = deciding_switches(source, switches) if source is not None else frozenset()
        if not surroundings and not external and not deciding and \
                not any(v is not UNKNOWN and v != defaults.get(k) for k, (v, _) in passed.items()):
            self.beside.append(lambda: self._standalone(component, script, chain))
            return []
        if source is None:
            try:
                source = read_source(component).data
            except SourceError:
                return []

        def lookup(path: str) -> Valued:
            head = path.split(".", 1)[0]
            if head in passed and head not in script.data.rewritten:  # a hook's setData overwrites what is passed
                value, evidence = passed[head]
                if head == path:
                    return value, evidence
                return UNKNOWN, ()
            return script.data.lookup(path)

        sheets = self.unit.sheets(component, script, [], in_page=True)
        if external:
            sheets = [*sheets, user_rules(external, self._user_sheets())]
        inner = Binder(lookup)
        used = self.unit.builder(component, source, script, sheets, inner, self.depth + 1, chain)
        used.external = external
        size, scale = state.font_size, state.scale
        if used.cascade.hosted:
            size, scale = used.host_styles(size, scale, state.root_size, bool(attrs.get("class") or attrs.get("style")))
        root = State(used.root_state().chain, state.visible, size, False, inner, state.root_size, scale)
        grafted = used.build(root).roots

        def alone() -> list[Node]:
            return self.unit.builder(component, source, script, sheets, Binder(script.data.alone(deciding)),
                                     self.depth + 1, chain).build().roots

        self._settle(grafted, self._alone((component, self.depth + 1, chain), alone), node)
        return grafted

    def _user_sheets(self) -> list[StyleSheet]:
        """The sheets of the template using the component: the page's, or an outer component's."""
        if self.depth == 0:
            return self.unit.page_sheets
        return self.unit.sheets(self.template, self.unit.script(self.template, quiet=True), [], in_page=True)

    def _include(self, node: Node, attrs: dict[str, str | None], state: State, binder: Binder) -> list[Node]:
        """`<include src="footer.wxml"/>`: the file's markup in place, with the includer's data, handlers and
        styles (the selector chain goes on through the include). Elements that behave as in the file's own
        unit are left to it; the rest are reported at the include."""
        included = self.unit.included_template(attrs.get("src"), self.template)
        if included is None or included in self.including:
            return []  # not a literal path of this project, or an include cycle
        try:
            source = read_source(included).data
        except SourceError:
            return []
        script = self.unit.script(self.template, quiet=True)
        sheets = self.unit.sheets(self.template, script, [], in_page=True)
        used = self.unit.builder(included, source, script, sheets, binder, self.depth + 1,
                                 (*self.including, included))
        grafted = used.build(State(state.chain, state.visible, state.font_size, False, binder, state.root_size,
                                   state.scale)).roots

        def alone() -> list[Node]:
            own = Script()
            return self.unit.builder(included, source, own, self.unit.sheets(included, own, [], in_page=False),
                                     Binder(own.data.lookup), self.depth + 1, (*self.including, included)).build().roots

        self._settle(grafted, self._alone((included, self.depth + 1, self.including), alone), node)
        return grafted

    def _instance(self, node: Node, attrs: dict[str, str | None], state: State, binder: Binder) -> list[Node]:
        """`<template is="row" data="{{...}}"/>`: the definition rendered here with only the data passed
        (templates.py), the includer's handlers and styles. Every use is its own rendering: reported here."""
        from lint.frontends.mini.templates import data_binder, find_definition

        name = (attrs.get("is") or "").strip()
        if not name or "{{" in name:
            return []  # which template is chosen at runtime
        found = find_definition(name, self.template, self.source, self.unit.included_template)
        if found is None:
            return []
        defining, source = found
        script = self.unit.script(self.template, quiet=True)
        sheets = self.unit.sheets(self.template, script, [], in_page=True)
        data_raw = attrs.get("data")
        shown = f'data="{" ".join(data_raw.split())[:60]}"' if data_raw else "no data"
        where = Evidence(self.shown, node.span.line, f'{shown} on <template is="{name}">')
        inner = data_binder(data_raw, binder, where)
        used = self.unit.builder(defining, source, script, sheets, inner, self.depth + 1, self.including, name)
        grafted = used.build(State(state.chain, state.visible, state.font_size, False, inner, state.root_size,
                                   state.scale)).roots
        self._relocate(grafted, node)
        return grafted

    def _standalone(self, component: Path, script: Script, chain: tuple[Path, ...]) -> list[Node]:
        """The component's tree as it renders alone (and here): what `Document.beside` asks for."""
        try:
            source = read_source(component).data
        except SourceError:
            return []
        sheets = self.unit.sheets(component, script, [], in_page=True)
        return self.unit.builder(component, source, script, sheets, Binder(script.data.lookup), self.depth + 1,
                                 chain).build().roots

    def _passed(self, node: Node, attrs: dict[str, str | None], binder: Binder,
                properties: set[str]) -> dict[str, Valued]:
        passed: dict[str, Valued] = {}
        for name, raw in attrs.items():
            prop = camel(name)
            if prop not in properties:
                continue
            value, evidence = binder.value(raw)
            shown = name if raw is None else f'{name}="{raw}"'
            note = Evidence(self.shown, node.span.line, f"{shown} on <{node.tag}>")
            passed[prop] = (value, (note, *evidence) if value is not UNKNOWN else ())
        return passed

    def _alone(self, key: tuple[Path, int, tuple[Path, ...]], build: Callable[[], list[Node]]) -> list[tuple[Any, ...]]:
        """The signatures of what a template shows built alone, in walk order: built once per unit and key
        (the same component used on many rows, or nested in others, is not built again for each)."""
        found = self.unit.alone.get(key)
        if found is None:
            standalone = build()
            found = self.unit.alone[key] = [_signature(n) for r in standalone for n in r.walk()]
            release_tree(standalone)  # only compared with: freed now, not by the cyclic collector
        return found

    def _settle(self, grafted: list[Node], standalone: list[tuple[Any, ...]], use_site: Node) -> None:
        """Relocates grafted elements to the use site; those that behave as in the component's
        own unit lose their facts (that unit reports them)."""
        pairs = zip([n for r in grafted for n in r.walk()], standalone, strict=False)
        for mine, theirs in pairs:
            if _same(_signature(mine), theirs):
                mine.kind = "other"
                mine.facts = {k: v for k, v in mine.facts.items() if k in ("text", "label")}
        self._relocate(grafted, use_site)

    @staticmethod
    def _relocate(grafted: list[Node], use_site: Node) -> None:
        """Grafted elements are reported at the use site (their evidence still points into their own file)."""
        for root in grafted:
            root.parent = use_site
            for node in root.walk():
                node.path = use_site.path
                node.span = use_site.span
