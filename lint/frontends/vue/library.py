"""Component tables for uni-app and Taro, on top of the mini-program table.

Entries live in `rules/libraries/frameworks.yaml` in the mini-program table's shape and are
read with its `spec_from`, so one notion of "which property holds the state" serves all three.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from lint.frontends.mini.library import Spec, shipped, spec_from


@functools.cache
def _table() -> dict[str, Any]:
    from lint.rules import load_yaml, rules_dir

    data = load_yaml(rules_dir() / "libraries" / "frameworks.yaml")
    return data if isinstance(data, dict) else {}


@functools.cache
def uniapp_specs() -> dict[str, Spec]:
    """Built-ins and mini-program libraries (usable from uni-app too), then uni-app's own."""
    specs = dict(shipped())
    specs.update({tag: spec_from(tag, raw) for tag, raw in (_table().get("uniapp") or {}).items()})
    return specs


@functools.cache
def uview1_specs() -> dict[str, Spec]:
    """`uniapp_specs` with uView 1's keys over its entries (`size-unit: rpx`): for a project on uview-ui 1.x."""
    uniapp = _table().get("uniapp") or {}
    specs = dict(uniapp_specs())
    for tag, raw in (_table().get("uview-1") or {}).items():
        specs[tag] = spec_from(tag, {**(uniapp.get(tag) or {}), **raw})
    return specs


@functools.cache
def taro_specs() -> dict[str, dict[str, Spec]]:
    """Module -> exported name -> entry (its `tag` is the mini-program tag it compiles to)."""
    found: dict[str, dict[str, Spec]] = {}
    for module, exports in (_table().get("taro") or {}).items():
        found[module] = {name: spec_from(str(raw.get("tag", name)), raw) for name, raw in exports.items()}
    return found


def kebab(name: str) -> str:
    """`UCheckbox` → `u-checkbox`: Vue resolves PascalCase tags to the kebab-case component."""
    if not any(c.isupper() for c in name):
        return name
    out = []
    for i, char in enumerate(name):
        if char.isupper() and i > 0 and name[i - 1] != "-":
            out.append("-")
        out.append(char.lower())
    return "".join(out)


@dataclass(frozen=True, slots=True)
class OptionList:
    """A component that renders its choices from a data list (`uni-data-checkbox :localdata`,
    Taro UI `AtCheckbox options`): each item's `label` key is a choice's text, and the choice is
    ticked when its `value` key is in (or equals) the selection property."""

    options: str
    selected: tuple[str, ...]
    value: str
    label: str


@functools.cache
def option_lists() -> dict[str, OptionList]:
    found: dict[str, OptionList] = {}
    for tag, raw in (_table().get("option-lists") or {}).items():
        selected = raw.get("selected") or ()
        found[str(tag)] = OptionList(str(raw.get("options", "options")),
                                     (selected,) if isinstance(selected, str) else tuple(map(str, selected)),
                                     str(raw.get("value", "value")), str(raw.get("label", "label")))
    return found


def choices(options: Any, spec: OptionList) -> list[tuple[Any, str]] | None:
    """(value, text) of every item of a literal options list, or None when it is not literal."""
    if not isinstance(options, list) or not all(isinstance(item, dict) for item in options):
        return None
    return [(item.get(spec.value), str(item.get(spec.label, ""))) for item in options]


def ticked(items: list[tuple[Any, str]] | None, selection: Any) -> bool | None:
    """Whether any choice starts ticked; None when that cannot be known. An empty selection
    (`[]`, `''`, null, absent) ticks nothing, whatever the options; a non-empty one needs literal
    options to say whether it names one of them."""
    from lint.frontends.expr import UNDEFINED, UNKNOWN

    if selection is UNKNOWN:
        return None
    if selection in (None, "", UNDEFINED) or selection == []:
        return False
    if items is None:
        return None
    values = [value for value, _ in items]
    if isinstance(selection, list):
        return any(value in selection for value in values)
    return any(value == selection and not isinstance(value, bool) for value in values)


def shown_texts(items: list[tuple[Any, str]] | None, selection: Any, state: bool | None) -> list[str]:
    """The texts that label an option list: those of the ticked choices when some are (a list of 记住密码 and
    同意接收营销短信 with only the first ticked is not a pre-ticked consent), else all of them."""
    if not items:
        return []
    if state:
        chosen = selection if isinstance(selection, list) else [selection]
        picked = [text for value, text in items if value in chosen and not isinstance(value, bool)]
        if picked:
            return picked
    return [text for _, text in items]


#: uni-app's built-in components and the HTML elements uni-app H5 code writes: never a project component, so a
#: one-word tag outside this list (`<agreement>`, `<Agreement>`, which easycom resolves) is looked up.
_BUILT_IN_NAMES = """
view scroll-view swiper swiper-item movable-area movable-view cover-view cover-image icon text rich-text progress
button checkbox checkbox-group editor form input label picker picker-view picker-view-column radio radio-group
slider switch textarea navigator image video camera map canvas web-view ad audio live-player live-pusher block
template slot component transition keep-alive teleport page-meta navigation-bar match-media unicloud-db
div span p a img ul ol li dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th br hr i b u s em strong
small sub sup section header footer nav main article aside figure figcaption select option optgroup iframe svg
path g circle rect line polyline polygon use defs pre code blockquote details summary fieldset legend
"""
_BUILT_IN = frozenset(_BUILT_IN_NAMES.split())


def maybe_component(tag: str) -> bool:
    """Whether a (kebab-case) tag may name a project component."""
    return "-" in tag or (tag.isalnum() and tag not in _BUILT_IN)
