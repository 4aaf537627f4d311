"""Per-element first-render facts of WXML-family templates: toggle state, flags, visibility, size.

The template builder walks the tree; these methods read one element's attributes (with its
binder and inherited state) into `checked`/`disabled`/`visible` facts, including the
`wx:if`/`wx:elif`/`wx:else` chain kept per parent. A mixin, so the Vue builder can still
override `_flag`/`_conditional` and reach these through `super()`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.cascade import Cascade, Element
from lint.frontends.css import parse_inline
from lint.frontends.expr import UNKNOWN, to_display, truthy
from lint.frontends.mini.external import Passed, fill, mixed
from lint.frontends.mini.library import Spec, attribute, group_checked, library_text_size, sized
from lint.frontends.mini.scale import combine_scale, scale_factor
from lint.frontends.mini.styles import Inherited, Styles, combine_visibility, font_size, reveal, style_visibility
from lint.frontends.mini.values import Binder, describe
from lint.model import Fact, Node

if TYPE_CHECKING:
    from lint.frontends.mini.dialects import Dialect
    from lint.frontends.mini.template import Context, State


def _bound_style(raw: str, binder: Binder) -> str:
    """`style="font-size: {{tipSize}}rpx"` with `tipSize` known reads as its value; a declaration
    whose binding is unknown keeps its `{{ }}` (set, to an unknown value)."""
    if "{{" not in raw:
        return raw
    parts = []
    for part in raw.split(";"):
        value = binder.value(part)[0] if "{{" in part else part
        parts.append(value if isinstance(value, str) else part)
    return ";".join(parts)


def _styled_unknown(raw: str | None) -> bool:
    """Whether an inline style holds a binding that may be any declaration (`style="{{rowStyle}}"`), not only the
    value of a named property (`style="color: {{c}}"`)."""
    if not raw or "{{" not in raw:
        return False
    return any("{{" in part and ":" not in part.split("{{", 1)[0] for part in raw.split(";"))


#: A toggle's own on/off values (Vue's `true-value`, uni-app libraries' `active-value`): the model holds one.
_ON_VALUES = ("true-value", "active-value")
_OFF_VALUES = ("false-value", "inactive-value")


def _within(node: Node, tag: str) -> bool:
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != tag:
        ancestor = ancestor.parent
    return ancestor is not None


#: Shared: a shown branch is never an element's visibility itself (`combine_visibility` builds that).
SHOWN = Fact(True)


class TemplateFacts:
    """Fact resolution for `TemplateBuilder`; the attributes below are set by its `__init__`."""

    shown: str
    dialect: Dialect
    cascade: Cascade
    directives: tuple[str, str, str, str]
    #: Per parent, the `wx:if`/`wx:elif` branch that is taken: why its later siblings are not shown.
    taken: dict[int, Evidence]
    context: Context
    #: A grafted component's external classes and what its use passes to them (external.py); empty otherwise.
    external: Passed

    def _toggle_state(self, facts: dict[str, Fact], attrs: dict[str, str | None], checked: tuple[str, ...],
                      disabled: tuple[str, ...], line: int, binder: Binder) -> None:
        facts["checked"] = Fact(False)
        for prop in checked:
            found = attribute(attrs, prop)
            if found is not None:
                on = next((a for a in (attribute(attrs, n) for n in _ON_VALUES) if a is not None), None)
                off = next((a for a in (attribute(attrs, n) for n in _OFF_VALUES) if a is not None), None)
                facts["checked"] = self._flag(attrs, found[0], line, binder) if on is None and off is None \
                    else self._against(found, on, off, line, binder)
                break
        for prop in disabled:
            found = attribute(attrs, prop)
            if found is not None:
                facts["disabled"] = self._flag(attrs, found[0], line, binder)
                break

    def _against(self, model: tuple[str, str | None], on: tuple[str, str | None] | None,
                 off: tuple[str, str | None] | None, line: int, binder: Binder) -> Fact:
        """A toggle with its own on/off values (`true-value="1"`, `active-value="on"`): checked when the
        model equals the on value (or, with only an off value, differs from it); unknown if any is unknown."""
        value, evidence = binder.value(model[1])
        mark, _ = binder.value((on or off)[1])  # type: ignore[index]
        if value is UNKNOWN or mark is UNKNOWN:
            return Fact(None)
        same = to_display(value) == to_display(mark)
        written = on or off
        note = f"{describe(model[0], model[1])}, {describe(written[0], written[1])}"  # type: ignore[index]
        return Fact(same if on is not None else not same, (Evidence(self.shown, line, note), *evidence))

    def _selector_element(self, tag: str, attrs: dict[str, str | None], binder: Binder) -> Element:
        raw_class = attrs.get("class") or ""
        if "{{" in raw_class:
            value, _ = binder.value(raw_class)
            raw_class = value if isinstance(value, str) else raw_class.split("{{", 1)[0]
        classes = frozenset(raw_class.split())
        if self.external and classes:  # a grafted component's external classes, filled by its use (external.py)
            filled = fill(classes, self.external)
            classes = filled if filled is not None else classes  # not known: `_classes_uncertain` says so
        spec = self.context.library.spec(tag) if "-" in tag else None
        for prop in spec.classes if spec is not None else ():
            external = attrs.get(prop)
            if external and "{{" not in external:
                classes |= frozenset(external.split())
        return (tag, classes, attrs.get("id") or None)

    def _classes_uncertain(self, attrs: dict[str, str | None], binder: Binder, tag: str = "") -> bool:
        raw = attrs.get("class") or ""
        value = binder.value(raw)[0] if "{{" in raw else raw
        if not isinstance(value, str):
            return True
        if self.external and value:
            classes = frozenset(value.split())
            return fill(classes, self.external) is None or mixed(tag, classes, self.external, self.cascade)
        return False

    def _flag(self, attrs: dict[str, str | None], name: str, line: int, binder: Binder) -> Fact:
        if name not in attrs:
            return Fact(False)
        raw = attrs[name]
        value, evidence = binder.value(raw)
        result = truthy(value)
        if result is UNKNOWN:
            return Fact(None)
        note = describe(name, raw)
        if raw is not None and "{{" not in raw and raw.strip().lower() == "false":
            note += ' (a non-empty string: the runtime reads "false" as true)'
        return Fact(bool(result), (Evidence(self.shown, line, note), *evidence))

    def _visibility(self, node: Node, attrs: dict[str, str | None], state: State, styles: Styles,
                    conditional: Fact, uncertain: bool, binder: Binder) -> Fact:
        """`conditional` is the element's `wx:if` chain fact (`_conditional`, resolved in document order)."""
        inherited = state.visible
        if inherited.value is False:
            if type(inherited) is not Inherited:
                return inherited  # display, opacity, `wx:if`, `hidden`: nothing below undoes them
            # Under `visibility: hidden` alone: the element's own `visibility: visible` shows it again (a class its
            # binding may add could too, if any rule says so); its own final reasons still hide it for good.
            shown = reveal(styles)
            if shown is None and ((uncertain and self.cascade.reveals()) or _styled_unknown(attrs.get("style"))):
                shown = Fact(None)
            if shown is not None:
                inherited = shown
        reasons: list[Fact] = [conditional]
        if "hidden" in attrs:
            hidden = self._flag(attrs, "hidden", node.span.line, binder)
            reasons.append(Fact(None if hidden.value is None else not hidden.value, hidden.evidence))
        reasons.append(style_visibility(styles, uncertain))
        if inherited.value is False:  # still invisible: an own final reason (first) makes it final for its children
            return next((r for r in reasons if r.value is False and type(r) is not Inherited), inherited)
        return combine_visibility(inherited, reasons)

    def _conditional(self, attrs: dict[str, str | None], chains: dict[int, Any], key: int, line: int,
                     binder: Binder) -> Fact:
        """`wx:if` / `wx:elif` / `wx:else`: the chain state is kept per parent (`key`), in document order."""
        when, elif_, else_, _ = self.directives
        bare = self.dialect.bare_directives
        if when in attrs:
            value, evidence = binder.value(attrs[when], bare)
            shown = truthy(value)
            chains[key] = shown
            note = Evidence(self.shown, line, f"{describe(when, attrs[when])} is {to_display(shown)}")
            self.taken[key] = note
            return Fact(None) if shown is UNKNOWN else Fact(bool(shown), (note, *evidence))
        if elif_ in attrs or else_ in attrs:
            taken = chains.get(key, UNKNOWN)
            if taken is True:
                branch = self.taken.get(key)
                why = f": {branch.note} at line {branch.line}" if branch is not None else ""
                return Fact(False, (Evidence(self.shown, line, f"an earlier {when} branch is taken{why}"),))
            if taken is UNKNOWN:
                return Fact(None)
            if else_ in attrs:
                chains.pop(key, None)
                return Fact(True)
            value, evidence = binder.value(attrs[elif_], bare)
            shown = truthy(value)
            chains[key] = UNKNOWN if shown is UNKNOWN else bool(shown)
            note = Evidence(self.shown, line, f"{describe(elif_, attrs[elif_])} is {to_display(shown)}")
            self.taken[key] = note
            return Fact(None) if shown is UNKNOWN else Fact(bool(shown), (note, *evidence))
        chains.pop(key, None)
        return SHOWN

    def _resolve(self, node: Node, attrs: dict[str, str | None], state: State, binder: Binder, conditional: Fact,
                 looped: bool) -> tuple[tuple[Element, ...], Fact, Fact, bool, Fact | None]:
        """An element's selector chain, visibility, font size, class uncertainty and scale, from its parent's."""
        line = node.span.line
        chain = (*state.chain, self._selector_element(node.tag, attrs, binder))
        uncertain = state.uncertain or self._classes_uncertain(attrs, binder, node.tag)
        style = _bound_style(attrs.get("style") or "", binder)
        inline = parse_inline(style, self.shown, line) if style else []
        styles = self.cascade.computed(chain, inline)
        # A class only a missing sheet may define (`@import` of a library's sheet not in the repository) makes the
        # size this element would inherit unknown, unless a known rule sizes it (the app's own class states the
        # size; the library's would have to outrank it). Its children still inherit only what it passes down.
        raw_class = attrs.get("class")
        own_unknown = uncertain or bool(raw_class and self.cascade.unresolved is not None and "font-size" not in styles
                                        and self.cascade.external(binder.text(raw_class).split()))
        visible = self._visibility(node, attrs, state, styles, conditional, uncertain, binder)
        if looped and visible.value is True:
            visible = Fact(None)  # an empty list renders nothing
        via = [Evidence(self.shown, line, f'class="{attrs["class"]}"')] if attrs.get("class") else []
        sized_inline = any(d.prop in ("font-size", "font") for d in inline)
        size = font_size(styles, state.font_size, via, state.root_size, own_unknown, sized_inline)
        spec = self.context.library.spec(node.tag) if "-" in node.tag else None
        if spec is not None:
            given = sized(spec, attrs, binder, size, line, self.shown, state.root_size) if spec.size else size
            # What the library draws keeps its own size: the page's size reaches it only through the external
            # classes the component passes on (`label-class`, `t-class-label`); a class or inline style on the host
            # sizes the host, inside which the library's boxes set theirs.
            if given is not size or _externally_sized(spec, attrs, binder, styles):
                size = given
            else:
                size = library_text_size(spec, size, line, self.shown)
        scale = state.scale
        if self.cascade.scales or inline:
            scale = combine_scale(scale, scale_factor(styles, node.tag))
        return chain, visible, size, uncertain, scale

    def _toggle_facts(self, facts: dict[str, Fact], node: Node, attrs: dict[str, str | None], spec: Spec,
                      binder: Binder) -> None:
        self._toggle_state(facts, attrs, spec.checked, spec.disabled, node.span.line, binder)
        # A member's name may be the same property as its state (wot-design-uni: `model-value` is a lone
        # checkbox's state, a grouped one's name): inside its group it is the name.
        if spec.group is not None and (not any(attribute(attrs, p) for p in spec.checked) or (
                spec.group[2] in spec.checked and _within(node, spec.group[0]))):
            facts["checked"] = group_checked(node, attrs, spec.group, binder, self.shown)


#: External-class properties that style a component's text, not its root: `label-class`, `t-class-label`,
#: `title-class`, `value-class`, `text-class`.
_TEXT_CLASS = re.compile(r"label|title|value|text|content|desc|note")


def _externally_sized(spec: Spec, attrs: dict[str, str | None], binder: Binder,
                      styles: dict[str, tuple[Any, str]]) -> bool:
    """Whether the element's font-size comes from a page rule for a class passed through one of the component's
    external-class properties that style its text (`label-class="agree-label"` and `.agree-label { font-size:
    10px }`). A root class (`custom-class`, TDesign's `t-class`) lands on a box that sets its own size (`.t-checkbox
    { font-size: 32rpx }`), before or after the page's is not defined: it does not size the text."""
    found = styles.get("font-size") or styles.get("font")
    if found is None or not spec.classes:
        return False
    selector = found[1]
    for prop in spec.classes:
        if not _TEXT_CLASS.search(prop):
            continue
        written = attribute(attrs, prop)
        if written is not None and written[1] and any(re.search(rf"\.{re.escape(name)}(?![\w-])", selector)
                                                       for name in binder.text(written[1]).split()):
            return not (spec.outranks and not found[0].important and not _more_specific(selector, spec.own_selector)
                        and _outranked(spec, attrs, binder))
    return False


#: What counts in a selector's specificity here: ids and classes (an attribute or pseudo-class left uncounted only
#: makes the page's rule look weaker: its size is then unknown, never taken wrongly).
_IDS = re.compile(r"#[\w-]+")
_CLASSES = re.compile(r"\.[\w-]+")


def _more_specific(selector: str, own: str) -> bool:
    """Whether the page's rule (`.page .renew .price`) outranks the library's own (`.van-cell--large
    .van-cell__title`) by specificity; a tie is not a win (WeChat leaves a page's and a component's order undefined),
    nor is a rule that may not apply or a selector list."""
    if not own or "," in selector or "(may apply)" in selector:
        return False
    page = selector.split(" with ", 1)[0]  # `… with --var: …` (cascade.py names the custom property it read)
    return (len(_IDS.findall(page)), len(_CLASSES.findall(page))) > (len(_IDS.findall(own)), len(_CLASSES.findall(own)))


def _outranked(spec: Spec, attrs: dict[str, str | None], binder: Binder) -> bool:
    """Whether the library's own rule for its text may outrank the page's class (`size="large"` on a Vant cell): a
    property bound to what cannot be known may be the value, so the page's size is not taken then either."""
    for prop, wanted in spec.outranks:
        written = attribute(attrs, prop)
        if written is None:
            continue
        value, _ = binder.value(written[1])
        if value is UNKNOWN or to_display(value) == wanted:
            return True
    return False
