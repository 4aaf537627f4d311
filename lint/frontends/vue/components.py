"""Project components used by a uni-app page: values bound at the use site flow in.

`<agree-box v-model="agreed">` renders the component's own template with its props set from
the page (`agreed` = true there), falling back to the component's prop defaults for anything
the page does not bind; the use site becomes a toggle with the checked state its inner toggle
takes, and the component's own text joins the use site's label. A component whose toggle is known
alone (`:checked="true"` written inside it) and labelled inside it is reported in its own file, not
again at every use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued
from lint.frontends.mini.library import attribute
from lint.frontends.mini.values import Binder
from lint.frontends.vue.library import kebab, maybe_component
from lint.frontends.vue.project import Project
from lint.model import Document, Fact, Node, release_document

if TYPE_CHECKING:
    from lint.frontends.vue.page import Parsed

_MAX_DEPTH = 3
#: A use's attributes, where each was written, its binder and line -> the checked state and the label (None: the
#: component's label alone) of the component's first toggle there.
Flow = Callable[[dict[str, str], dict[str, str], Binder, int], tuple[Fact, str | None]]


class Components:
    """Tag -> how a use site's attributes decide the checked state (only components that
    render a toggle are listed)."""

    def __init__(self, parsed: Parsed, project: Project | None, display: Callable[[Path], str], depth: int) -> None:
        self.parsed = parsed
        self.project = project
        self.display = display
        self.depth = depth
        self._cache: dict[str, tuple[Parsed, str] | None] = {}

    def _load(self, tag: str) -> tuple[Parsed, str] | None:
        if tag in self._cache:
            return self._cache[tag]
        self._cache[tag] = None
        if self.project is None or self.depth >= _MAX_DEPTH:
            return None
        path = self.project.component(tag, self.parsed.state.imports, self.parsed.path.parent)
        if path is None or path.resolve() == self.parsed.path.resolve():
            return None
        from lint.frontends.vue.page import first_toggle, parse, template_document

        parsed = parse(path, self.display)
        if isinstance(parsed, Document):
            return None
        doc = template_document(parsed, self.project, self.display, depth=self.depth + 1)
        toggle = first_toggle(doc) if doc is not None else None
        label = toggle.fact("label").value if toggle is not None else None
        _discard(doc)
        if toggle is None or self._fixed(parsed):
            # No toggle; or one whose state and label no prop decides: the component's own unit (built with its
            # props unknown) reports it, not every use again. A box labelled by the use (a slot, a `title` prop
            # left to its default) is the use's to report.
            return None
        self._cache[tag] = (parsed, label if isinstance(label, str) else "")
        return self._cache[tag]

    def _fixed(self, parsed: Parsed) -> bool:
        """Whether the component's first toggle has a known state and label with every prop unknown (no use
        changes them)."""
        from lint.frontends.vue.page import first_toggle, props_unknown, template_document

        doc = template_document(parsed, self.project, self.display, props_unknown(parsed), self.depth + 1)
        toggle = first_toggle(doc) if doc is not None else None
        checked = toggle.fact("checked").value if toggle is not None else None
        label = toggle.fact("label").value if toggle is not None else None
        _discard(doc)
        return checked is not None and checked is not UNKNOWN and isinstance(label, str) and bool(label)

    def roots(self, tag: str) -> list[Node]:
        """The component's tree as it renders alone: what `Document.beside` asks for (derived.py)."""
        if self.project is None or self.depth >= _MAX_DEPTH:
            return []
        path = self.project.component(tag, self.parsed.state.imports, self.parsed.path.parent)
        if path is None or path.resolve() == self.parsed.path.resolve():
            return []
        from lint.frontends.vue.page import parse, template_document

        parsed = parse(path, self.display)
        if isinstance(parsed, Document):
            return []
        doc = template_document(parsed, self.project, self.display, depth=self.depth + 1)
        return doc.roots if doc is not None else []

    def __contains__(self, tag: object) -> bool:
        return isinstance(tag, str) and maybe_component(tag) and self._load(tag) is not None

    def get(self, tag: str) -> Flow | None:
        loaded = self._load(tag) if maybe_component(tag) else None
        if loaded is None:
            return None
        parsed, _ = loaded
        return lambda attrs, origins, binder, line: self._checked(parsed, attrs, origins, binder, line)

    def _checked(self, parsed: Parsed, attrs: dict[str, str], origins: dict[str, str], binder: Binder,
                 line: int) -> tuple[Fact, str | None]:
        from lint.frontends.vue.page import first_toggle, template_document

        bound: dict[str, Valued] = {}
        # `v-bind="agreeProps"`: every prop the object holds; one that cannot be known may hold any of them.
        spread = binder.value("{{" + attrs["v-bind"] + "}}") if attrs.get("v-bind") else None
        for prop in parsed.state.props:
            found = attribute(attrs, kebab(prop))
            if found is None and prop in ("modelValue", "value"):
                found = attribute(attrs, "model-value")
            if found is None and spread is not None:
                held, evidence = spread
                if not isinstance(held, dict):
                    bound[prop] = (UNKNOWN, ())
                elif prop in held or kebab(prop) in held:
                    value = held.get(prop, held.get(kebab(prop)))
                    note = Evidence(self.parsed.shown, line, f'v-bind="{attrs["v-bind"]}" passes {prop}')
                    bound[prop] = (value, (note, *evidence))
                continue
            if found is None:
                continue
            value, evidence = binder.value(found[1])
            written = origins.get(found[0], f'{found[0]}="{found[1]}"')
            note = Evidence(self.parsed.shown, line, f"{written} passes {prop}")
            bound[prop] = (value, (note, *evidence))
        own = parsed.state.scope.lookup

        aliases = parsed.state.aliases

        def lookup(path: str) -> Valued:
            head = path.split(".", 1)[0]
            prop = aliases.get(head, head)  # `checked` of `const checked = defineModel()`: the use's v-model
            if prop in bound and head == path:
                return bound[prop]
            if path.startswith("props.") and path[6:] in bound:
                return bound[path[6:]]
            return own(path)

        doc = template_document(parsed, self.project, self.display, lookup, self.depth + 1)
        toggle = first_toggle(doc) if doc is not None else None
        result, label = Fact(None), None
        if toggle is not None:
            fact = toggle.fact("checked")
            if fact.value is not None and fact.value is not UNKNOWN:
                inner = Evidence(parsed.shown, toggle.span.line, f"<{toggle.tag}> inside {parsed.shown}")
                result = Fact(fact.value, (*fact.evidence, inner))
            found = toggle.fact("label").value  # what the props of this use make it (`type="renew"`)
            label = found if isinstance(found, str) else None
        _discard(doc)
        return result, label

    def label(self, tag: str) -> str:
        loaded = self._load(tag) if maybe_component(tag) else None
        return loaded[1] if loaded is not None else ""


def _discard(doc: Document | None) -> None:
    """A component's document built only to be asked about: freed now, not by the cyclic collector."""
    if doc is not None:
        release_document(doc)
