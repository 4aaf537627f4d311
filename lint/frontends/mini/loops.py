"""`wx:for` (and `a:for`, `s-for`, Vue's `v-for`) over a list the page's data holds when it loads.

A settings page or a registration form often renders its agreements from data::

    data: { agreements: [{ text: '同意接收营销短信', checked: true }, ...] }
    <label wx:for="{{agreements}}"><checkbox checked="{{item.checked}}"/>{{item.text}}</label>

When the list is known (a literal in `data`, `ref([...])`, or written in the template) the element is
rendered once per item, each with `item` and `index` known, so each checkbox has its own state and label.
Anything else keeps the loop's names unknown: a list the page fetches, one a handler or a lifecycle write
may change (`setData({'agreements[1].checked': false})` makes the list unknown, script.py), one built with
a spread (`[...defaults, x]`: the number of items is not known), and lists longer than `MAX_ITEMS`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Valued, to_display, truthy

if TYPE_CHECKING:
    from lint.frontends.mini.dialects import Dialect
    from lint.frontends.mini.values import Binder

#: More items than a consent list or a settings screen holds is data (a product list): left unknown.
MAX_ITEMS = 50
#: `item in list`, `(item, index) in list`, `item, index in list` (Baidu), `(value, key, index) of list` (Vue).
_ALIASES = re.compile(r"^\s*\(?\s*([A-Za-z_$][\w$]*)\s*(?:,\s*([A-Za-z_$][\w$]*)\s*)?(?:,\s*[A-Za-z_$][\w$]*\s*)?"
                      r"\)?\s+(?:in|of)\s+(.+?)\s*$", re.S)

#: Baidu's `s-for="item in list trackBy item.id"`: the key, not part of the list.
_TRACK_BY = re.compile(r"\s+trackBy\s+.*$", re.S)


def parts(raw: str, attrs: dict[str, str | None], dialect: Dialect) -> tuple[str, str, str | None]:
    """(item name, index name, list expression or None) of a loop attribute's value."""
    p = dialect.prefix
    item = attrs.get(f"{p}for-item") or "item"
    index = attrs.get(f"{p}for-index") or "index"
    if "{{" in raw:
        # Exactly one binding, nothing around it: `"{{list}} "` is a string to the runtime (its characters).
        if raw.startswith("{{") and raw.endswith("}}") and raw.count("{{") == 1:
            return item, index, raw[2:-2].strip() or None
        return item, index, None
    if not (dialect.bare_directives or p == "v-"):
        return item, index, None  # `wx:for="agreements"`: a string, iterated character by character
    stripped = _TRACK_BY.sub("", raw.strip())
    aliased = _ALIASES.match(stripped)
    if aliased:
        return aliased.group(1), aliased.group(2) or index, aliased.group(3)
    return item, index, stripped or None  # Baidu's `s-for="list"` with `s-for-item`


def rendering(attrs: dict[str, str | None], loop: str, dialect: Dialect, binder: Binder, item: int | None,
              shown: str, line: int) -> tuple[Binder, int]:
    """The binder for one item of a loop element (the first when `item` is None), and how many items it
    renders when the list is known (else 0: the loop's names are unknown in the returned binder)."""
    raw = attrs[loop] or ""
    item_name, index_name, expression = parts(raw, attrs, dialect)
    known = _items(expression, binder) if expression is not None else None
    if known is None:
        return binder.scoped(frozenset({item_name, index_name})), 0
    items, evidence = known
    at = item or 0
    where = evidence[0] if evidence else Evidence(shown, line, f'{loop}="{raw}"')
    names = {item_name: LoopItem(items[at], f"{expression}[{at}]", where), index_name: LoopItem(at, "", where)}
    return binder.bound(names), len(items)


def _items(expression: str, binder: Binder) -> tuple[list[Any], tuple[Evidence, ...]] | None:
    value, evidence = binder.expression(expression)
    if not isinstance(value, list) or not 0 < len(value) <= MAX_ITEMS:
        return None
    if any(entry is UNKNOWN for entry in value):
        return None  # a spread or an unknown entry: how many items there are is not known
    return value, evidence


class LoopItem:
    """One loop name's value in one rendering: `item.checked` reads inside it, with evidence naming the item."""

    __slots__ = ("label", "value", "where")

    def __init__(self, value: Any, label: str, where: Evidence) -> None:
        self.value, self.label, self.where = value, label, where

    def read(self, rest: str) -> Valued:
        value = self.value
        if value is UNKNOWN:
            return UNKNOWN, ()
        for key in rest.split(".") if rest else ():
            if isinstance(value, dict):
                value = value.get(key, UNDEFINED)
            elif isinstance(value, list) and key.isdigit():
                value = value[int(key)] if int(key) < len(value) else UNDEFINED
            else:
                return UNKNOWN, ()  # a string's `.length`, a method: not read
            if value is UNKNOWN:
                return UNKNOWN, ()
        if not self.label:  # the index: a number, no evidence of its own
            return value, ()
        note = f"{self.label}{'.' + rest if rest else ''} = {to_display(value)}"
        return value, (Evidence(self.where.path, self.where.line, note),)


def not_rendered(attrs: dict[str, str | None], directives: tuple[str, str, str, str], bare: bool, binder: Binder,
                 chains: dict[int, Any], key: int) -> bool:
    """Whether an element of a known loop item is left out by a `wx:if` chain on that item's own data
    (`wx:if="{{item.type === 'switch'}}"` ... `wx:else`): the item never renders it, so nothing in it exists (a
    link row has no switch). A condition on anything else stays the template's (`_conditional`: hidden at first
    render, perhaps shown later). `chains` holds, per parent (`key`), whether the chain's branch was taken."""
    when, elif_, else_, _ = directives
    if when in attrs:
        shown = _item_condition(attrs[when], bare, binder)
        chains[key] = shown
        return shown is False
    if elif_ in attrs or else_ in attrs:
        taken = chains.get(key)
        if taken is True:
            return True
        if taken is not False:  # not a chain on the item (None), or not known
            chains.pop(key, None)
            return False
        if else_ in attrs:
            chains.pop(key, None)
            return False
        shown = _item_condition(attrs[elif_], bare, binder)
        chains[key] = shown
        return shown is False
    chains.pop(key, None)
    return False


#: `{{item.show}}`, `{{!doc.hidden}}`: a condition that reads one field of the item and nothing else.
_FLAG = re.compile(r"^\s*(?:\{\{)?\s*!?\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\s*(?:\}\})?\s*$")


def _item_condition(raw: str | None, bare: bool, binder: Binder) -> Any:
    """True/False for a condition that reads the loop's names and is known, else UNKNOWN (None: not the item's).

    A boolean field read as it is (`wx:if="{{item.show}}"` over `{title: '《第三方SDK共享清单》', show: false}`)
    switches an item that is there off rather than picking what kind of row it is: the template's own
    condition (None), so the element is built hidden at first render and reported like any `wx:if` that is false.
    A comparison (`item.type === 'switch'`) or a field that is not a boolean (`item.url`) picks the row's kind."""
    if raw is None or not re.search(r"(?<![\w$.])(?:" + "|".join(map(re.escape, binder.loop_names)) + r")(?![\w$])",
                                    raw):
        return None
    flag = _FLAG.match(raw) if "{{" in raw or bare else None
    if flag is not None and type(binder.expression(flag.group(1))[0]) is bool:
        return None
    return truthy(binder.value(raw, bare)[0])
