"""The component-library table: which tags are toggles and which property holds their state.

Shipped in `rules/libraries/components.yaml`; a project adds or overrides entries with the
`libraries:` key of `.darklint.yaml`. A component registered under another tag name is still
recognised by the ending of its `usingComponents` path (`"agree": "@vant/weapp/checkbox/index"`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, to_display
from lint.model import Fact, Node

if TYPE_CHECKING:
    from lint.frontends.mini.values import Binder


@dataclass(frozen=True, slots=True)
class Spec:
    tag: str
    library: str
    kind: str
    checked: tuple[str, ...] = ()
    disabled: tuple[str, ...] = ()
    label: tuple[str, ...] = ()
    #: (group tag, group value property, member name property)
    group: tuple[str, str, str] | None = None
    paths: tuple[str, ...] = ()
    #: External-class properties (`t-class-label="tip"`, Vant's `label-class`): the component puts the classes
    #: they name on its root or its label, so page rules for them size the component's text.
    classes: tuple[str, ...] = ()
    #: Properties that make a list row a switch itself (`show-switch` on uni-ui's list item, Taro UI's `isSwitch`):
    #: with one of them true the element is a toggle, its `checked` properties its state, its `label` its text.
    toggle_when: tuple[str, ...] = ()
    #: Properties that set the component's text size (uView's `size`, `label-size`): a number is in `size_unit`.
    size: tuple[str, ...] = ()
    #: The unit a bare number in a `size` property is read in: px, or rpx (uView 1's `label-size`).
    size_unit: str = "px"
    #: The size the library's own template and styles draw the component's text at (its label, what its slots
    #: hold): a number (px), "inherit" (it leaves font-size alone: the page's size holds), or None: not known.
    text_size: str | None = None
    #: (property, value) pairs with which the library's own rule for its text outranks a page's class passed
    #: through `classes` (Vant's `size="large"`: `.van-cell--large .van-cell__title`, two classes, sets 16px):
    #: only an `!important` page declaration then sizes the text.
    outranks: tuple[tuple[str, str], ...] = ()
    #: That rule's selector (`.van-cell--large .van-cell__title`): a page rule more specific still wins.
    own_selector: str = ""


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (str(value),) if isinstance(value, str) else tuple(str(v) for v in value)


def spec_from(tag: str, raw: Mapping[str, Any]) -> Spec:
    group = raw.get("group")
    return Spec(
        tag=tag, library=str(raw.get("library", "project")), kind=str(raw.get("kind", "other")),
        checked=_tuple(raw.get("checked")), disabled=_tuple(raw.get("disabled")), label=_tuple(raw.get("label")),
        group=(str(group["tag"]), str(group.get("value", "value")), str(group.get("name", "name")))
        if isinstance(group, Mapping) and "tag" in group else None,
        paths=tuple(p.lower().strip("/") for p in _tuple(raw.get("paths"))),
        classes=_tuple(raw.get("classes")),
        toggle_when=_tuple(raw.get("toggle-when")),
        size=_tuple(raw.get("size")), size_unit=str(raw.get("size-unit", "px")),
        text_size=None if raw.get("text-size") is None else str(raw.get("text-size")),
        outranks=tuple((str(k), str(v)) for k, v in (raw.get("outranks-classes") or {}).items()),
        own_selector=str(raw.get("own-selector") or ""),
    )


#: Libraries whose components are not drawn by a template darklint reads: the page's own elements and the
#: platforms' built-ins (their label is the page's text), and a project's own entries (its templates are grafted).
_OWN_TEXT = frozenset({"built-in", "project"})


def library_text_size(spec: Spec | None, size: Fact, line: int, shown: str) -> Fact:
    """The size a library component's text renders at: its table entry's `text-size` (a number, px), the page's
    size when the library leaves font-size alone (`inherit`), and otherwise unknown. A label prop, an option's text
    or a slot's content is drawn inside the library's own boxes (Vant's `.van-submit-bar__tip` 12px, NutUI's
    `.nut-checkbox-label` 14px), whose styles are not read here: taking the page container's size instead reported
    text the library draws larger (helper-120)."""
    if spec is None or spec.library in _OWN_TEXT or spec.text_size == "inherit":
        return size
    try:
        px = float(spec.text_size) if spec.text_size is not None else None
    except ValueError:
        px = None
    if px is None:
        return Fact(None)
    return Fact(px, (Evidence(shown, line, f"{spec.library} draws <{spec.tag}>'s text at {px:g}px"),))


def sized(spec: Spec | None, attrs: Mapping[str, str | None], binder: Binder, size: Fact, line: int, shown: str,
          root: Any = None) -> Fact:
    """The text size a library property sets (`<u-checkbox labelSize="10">`, `<up-text size="20rpx">`), over what
    the cascade gives; unknown when bound to what cannot be known."""
    found = next((a for a in (attribute(attrs, p) for p in spec.size) if a is not None), None) if spec else None
    if found is None:
        return size
    from lint.frontends.mini.styles import to_px

    value, evidence = binder.value(found[1] or "")
    if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
        return Fact(None)
    number = _number(value)
    unit = spec.size_unit if spec is not None and number is not None else ""
    # `size="10"`: the library's number is in its unit (px, uView 1's rpx)
    px = to_px(f"{number:g}{unit}", size.value, root) if number is not None else to_px(str(value), size.value, root)
    if px is None:
        return Fact(None)
    shown_as = f" = {number:g}{unit}" if unit and unit != "px" else ""
    return Fact(px, (Evidence(shown, line, f'{found[0]}="{found[1]}"{shown_as} = {px:g}px'), *evidence))


def _number(value: str | int | float) -> float | None:
    """A bare number (`10`, `"10"`), else None (`"20rpx"`: a size with its unit)."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@functools.cache
def shipped() -> dict[str, Spec]:
    from lint.rules import load_yaml, rules_dir

    data = load_yaml(rules_dir() / "libraries" / "components.yaml") or {}
    return {tag: spec_from(tag, raw) for tag, raw in (data.get("components") or {}).items()}


def camel(name: str) -> str:
    """`default-checked` → `defaultChecked` (Alipay and property names are camelCase)."""
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def attribute(attrs: Mapping[str, str | None], name: str) -> tuple[str, str | None] | None:
    """The attribute as written (`default-checked` or `defaultChecked`), with its raw value."""
    for written in (name, camel(name)):
        if written in attrs:
            return written, attrs[written]
    return None


def written_true(attrs: Mapping[str, str | None], prop: str, binder: Binder) -> bool:
    """Whether the attribute is written and true at first render: bare, `"{{true}}"` (Vue's `:prop="true"`), or a
    non-empty literal (a string is truthy at runtime; `"false"` is taken at its word). A binding that cannot be
    evaluated is not true."""
    found = attribute(attrs, prop)
    if found is None:
        return False
    value, _ = binder.value(found[1])
    return value is True or (isinstance(value, str) and value.strip() not in ("", "false"))


class Library:
    """The table for one page: shipped entries, the project's overrides, its `usingComponents`."""

    def __init__(self, overrides: Mapping[str, Mapping[str, Any]], using: Mapping[str, str]) -> None:
        self.specs = dict(shipped())
        for tag, raw in overrides.items():
            self.specs[tag] = spec_from(tag, raw)
        self.by_tag: dict[str, Spec] = {}
        for tag, target in using.items():
            found = self._by_path(target)
            if found is not None:
                self.by_tag[tag] = found

    def _by_path(self, target: str) -> Spec | None:
        # Whole folder names: Vant's `weapp/checkbox` must not claim `wux-weapp/checkbox`.
        path = "/" + target.lower().strip("/").removesuffix("/index")
        for spec in self.specs.values():
            if any(path.endswith("/" + ending) for ending in spec.paths):
                return spec
        return None

    def spec(self, tag: str) -> Spec | None:
        return self.by_tag.get(tag) or self.specs.get(tag)


def group_checked(node: Node, attrs: Mapping[str, str | None], group: tuple[str, str, str], binder: Binder,
                  shown: str) -> Fact:
    """A group member's state: `<van-radio-group value="{{pick}}"><van-radio name="a">` is checked
    when `pick` is "a" (for a checkbox group: when the array contains "a")."""
    group_tag, value_prop, name_prop = group
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != group_tag:
        ancestor = ancestor.parent
    own = attribute(attrs, name_prop)
    if ancestor is None or own is None:
        return Fact(False) if ancestor is None else Fact(None)
    found = attribute({k: v for k, v in ancestor.attrs.items()}, value_prop)
    if found is None:
        return Fact(False)
    value, evidence = binder.value(found[1])
    name, _ = binder.value(own[1])
    if value is UNKNOWN or name is UNKNOWN:
        return Fact(None)
    members = value if isinstance(value, list) else [value]
    checked = any(to_display(m) == to_display(name) for m in members)
    note = Evidence(shown, ancestor.span.line, f'<{group_tag} {found[0]}="{found[1]}"> holds {to_display(value)}')
    return Fact(checked, (Evidence(shown, node.span.line, f'{own[0]}="{own[1]}"'), note, *evidence))
