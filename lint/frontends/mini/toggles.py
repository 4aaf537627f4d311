"""Hand-drawn checkboxes: a tapped element that flips a boolean which its own look depends on.

Consent screens often draw the box themselves: two `<image>`s under `wx:if="{{agreed}}"` /
`wx:else`, a `<view class="box {{agreed ? 'checked' : ''}}">`, a `<text>{{agreed ? '✓' : ''}}</text>`,
with a tap handler doing `this.setData({agreed: !this.data.agreed})`. Such a group is a toggle
whose checked state is the boolean's initial value. The tapped element becomes the toggle when it
holds the indicator (a row with icon and text); when only a sibling is tapped, the indicator does.
Requiring the flip, the dependency and an indicator that draws a box (`lint/frontends/checkmark.py`) keeps
accordions, "show more" rows and chips out. Two branches of one `wx:if`, each tapped to set the key to the
other value, are one box too (`_branch_pairs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from lint.finding import Evidence
from lint.frontends.checkmark import DRAWING, look_of, looks_checkable, polarity
from lint.frontends.expr import UNKNOWN, truthy
from lint.frontends.mini.dialects import Dialect
from lint.frontends.mini.handlers import Handler
from lint.frontends.mini.template import tap_handler
from lint.frontends.mini.values import Binder
from lint.model import Fact, Node

_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_PATH = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_DEPTH = 4


def _paths(raw: str) -> set[str]:
    found: set[str] = set()
    pos = raw.find("{{")
    while pos != -1:
        end = raw.find("}}", pos + 2)
        if end == -1:
            break
        found.update(_PATH.findall(_STRING.sub("", raw[pos + 2 : end])))
        pos = raw.find("{{", end + 2)
    return found


def _depends(node: Node, key: str, attrs: Sequence[str], bound_text: Mapping[int, list[str]]) -> str | None:
    """The attribute (or text) through which the node's look depends on `key`, as evidence."""
    for name in attrs:
        raw = node.attrs.get(name)
        if raw and key in _paths(raw):
            return f'{name}="{raw}"'
    for raw in bound_text.get(id(node), ()):
        if key in _paths(raw):
            return f"<{node.tag}>{raw.strip()}</{node.tag}>"
    return None


def _indicator(root: Node, key: str, attrs: Sequence[str],
               bound_text: Mapping[int, list[str]]) -> tuple[Node, str] | None:
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        note = _depends(node, key, attrs, bound_text)
        if note is not None:
            return node, note
        if depth < _DEPTH:
            stack.extend((child, depth + 1) for child in reversed(node.children))
    return None


def find_custom_toggles(order: Iterable[Node], handlers: Mapping[str, Handler], binder: Binder, dialect: Dialect,
                        bound_text: Mapping[int, list[str]]) -> None:
    # Only the handlers the template taps are looked at: a table reads each one on first demand.
    tapped: list[tuple[Node, tuple[str, str], Handler]] = []
    setting: list[tuple[Node, tuple[str, str], Handler]] = []
    for node in order:
        tap = tap_handler(node.attrs)
        handler = handlers.get(tap[1].strip()) if tap is not None else None
        if tap is not None and handler is not None and handler.flips:
            tapped.append((node, tap, handler))
        elif tap is not None and handler is not None and handler.sets:
            setting.append((node, tap, handler))
    if setting:
        _branch_pairs(setting, binder, dialect)
    if not tapped:
        return
    p = dialect.prefix
    # `type`/`name`/`color`: icon components draw the box (`<icon type="{{agreed ? 'success' : 'circle'}}"/>`,
    # `<van-icon name="{{checked ? 'checked' : 'circle'}}"/>`).
    attrs = (f"{p}if", f"{p}elif", "class", "src", "style", "hidden", "type", "name", "color")
    made: set[tuple[int, str]] = set()
    for node, tap, handler in tapped:
        if node.kind == "toggle":
            continue
        if any(n.kind == "toggle" for n in node.walk()) or inside_toggle(node):
            continue
        for key in sorted(handler.flips):
            found = _indicator(node, key, attrs, bound_text)
            target = node
            if found is None and node.parent is not None:
                for sibling in node.parent.children:
                    if sibling is not node and (found := _indicator(sibling, key, attrs, bound_text)) is not None:
                        target = found[0]
                        break
            if found is None or (id(target.parent), key) in made or not _draws_box(found[0], bound_text):
                continue
            made.add((id(target.parent), key))
            _make_toggle(target, key, binder, Evidence(node.path, node.span.line, f'{tap[0]}="{tap[1]}" flips {key}'),
                         Evidence(found[0].path, found[0].span.line, found[1]),
                         polarity(found[1], key, _drawing_or_else(found[0], dialect)))
            break


def _branch_pairs(setting: list[tuple[Node, tuple[str, str], Handler]], binder: Binder, dialect: Dialect) -> None:
    """`<image wx:if="{{!agreed}}" bindtap="agree"/><image wx:else bindtap="disagree"/>`: two branches of one
    condition on a key, each tapped to set the key to the other value, are one hand-drawn box, ticked as the key
    starts. The branch the condition shows at first render is the toggle."""
    p = dialect.prefix
    ifs, elses = (f"{p}if", f"{p}elif", "v-if", "v-else-if"), (f"{p}else", "v-else")
    by_node = {id(node): (node, tap, handler) for node, tap, handler in setting}
    for node, tap, handler in setting:
        written = next((name for name in ifs if node.attrs.get(name)), None)
        condition = node.attrs[written] if written is not None else None
        parent = node.parent
        if condition is None or parent is None or node.kind == "toggle" or inside_toggle(node):
            continue
        siblings = parent.children
        at = next((i for i, child in enumerate(siblings) if child is node), -1)
        partner = siblings[at + 1] if 0 <= at < len(siblings) - 1 else None
        other = by_node.get(id(partner)) if partner is not None else None
        if other is None or not any(name in other[0].attrs for name in (*elses, *ifs[1::2])):
            continue
        if not (_draws_box(node, {}) or _draws_box(other[0], {})):
            continue  # two arrows of an accordion, a like button's two hearts: not a box
        mine, theirs = dict(handler.sets), dict(other[2].sets)
        for key in sorted(k for k in _paths(condition) if type(mine.get(k)) is bool and type(theirs.get(k)) is bool):
            if mine[key] == theirs[key]:
                continue
            shown = truthy(binder.value(condition)[0])
            target = node if shown is not False else other[0]
            # The branch shown first draws the box ticked or empty (`checked.png` under `!notAgree`), whatever the
            # key's name says; a look that says neither leaves it unknown.
            drawn = look_of(_drawing(target))
            if drawn is None:  # `radio.svg` says nothing, but its else draws `radio_on.svg`: this one is empty
                hidden = look_of(_drawing(other[0] if target is node else node))
                drawn = None if hidden is None else not hidden
            state = truthy(binder.expression(key)[0])
            sets = (f'{tap[0]}="{tap[1]}" sets {key} to {str(mine[key]).lower()}, '
                    f'{other[1][0]}="{other[1][1]}" to {str(theirs[key]).lower()}')
            look = f'{written}="{condition}" and its else: one box, two looks'
            ticked_when = None if drawn is None or state is UNKNOWN else (bool(state) if drawn else not state)
            _make_toggle(target, key, binder, Evidence(node.path, node.span.line, sets),
                         Evidence(node.path, node.span.line, look), ticked_when)
            break


def _drawing_or_else(node: Node, dialect: Dialect) -> str:
    """The indicator's drawing, read against its twin (the `else` branch, or the next element conditioned on the
    flag): a look that says neither ticked nor empty (`radio.svg`) is the opposite of its twin's (`radio_on.svg`);
    two tick words, one inside the other (`select` / `selected`), make the longer one the tick."""
    drawing = _drawing(node)
    own = look_of(drawing)
    if own is False or node.parent is None:
        return drawing
    siblings = node.parent.children
    at = next((i for i, child in enumerate(siblings) if child is node), -1)
    other = siblings[at + 1] if 0 <= at < len(siblings) - 1 else None
    twin_of = (f"{dialect.prefix}else", "v-else", f"{dialect.prefix}if", "v-if", f"{dialect.prefix}elif", "v-else-if")
    if other is None or not any(name in other.attrs for name in twin_of):
        return drawing
    theirs = _drawing(other)
    seen = look_of(theirs)
    if own is None:
        return drawing if seen is None else ("unchecked" if seen else "checked")
    if seen is True and drawing != theirs and drawing in theirs:
        return "unchecked"  # `select` beside `selected`
    return drawing


def _drawing(node: Node) -> str:
    """What an indicator draws with: its and its children's drawing attributes, and its text (`✓`)."""
    text = node.facts.get("text")
    parts = [text.value if text is not None and isinstance(text.value, str) else ""]
    for inner in node.walk():
        parts.extend(value or "" for key, value in inner.attrs.items() if key in DRAWING)
        if len(parts) > 32:
            break
    return " ".join(parts)


def _draws_box(node: Node, bound_text: Mapping[int, list[str]]) -> bool:
    """Whether the indicator (or what it holds) looks like a check box (lint/frontends/checkmark.py)."""
    texts: list[str | None] = []
    for inner in node.walk():
        texts.extend(value for key, value in inner.attrs.items() if key in DRAWING)
        texts.extend(bound_text.get(id(inner), ()))
        text = inner.facts.get("text")
        texts.append(text.value if text is not None and isinstance(text.value, str) else None)
        if len(texts) > 64:
            break
    return looks_checkable(texts)


def inside_toggle(node: Node) -> bool:
    """Whether an ancestor is a toggle already (a row of a checkbox-group, a library checkbox's slot)."""
    parent = node.parent
    while parent is not None:
        if parent.kind == "toggle":
            return True
        parent = parent.parent
    return False


def _make_toggle(node: Node, key: str, binder: Binder, flip: Evidence, look: Evidence,
                 ticked_when: bool | None = True) -> None:
    """The box is ticked while `key` is `ticked_when` (checkmark.polarity; None: which look is the tick is not
    known, nor is the box's state)."""
    value, evidence = binder.expression(key)
    state = truthy(value)
    node.kind = "toggle"
    if state is UNKNOWN or ticked_when is None:
        node.facts["checked"] = Fact(None)
        return
    node.facts["checked"] = Fact(bool(state) == ticked_when, (look, flip, *evidence))
