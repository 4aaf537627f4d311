"""Whether one view holds another in the layouts' XML, for writes made through a lookup from a view.

`row.findViewById(R.id.checkbox).setChecked(true)` ticks the checkbox inside `row`. Where `row` is an
`<include android:id="@+id/row" layout="@layout/pref_row"/>`, one of several copies of a settings row, only that
copy is ticked (code.py keeps the write for views under `row`). Where `row` holds no such view in the XML (the
framework's `android.R.id.content`, a container a layout is inflated into at runtime, a local of the same name
in another method), the lookup cannot be tied to a place: the write applies as if made from the screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lint.frontends.android.include import layout_name
from lint.frontends.android.module import Module
from lint.frontends.android.viewids import id_name, normal

_ID = "{http://schemas.android.com/apk/res/android}id"
#: How deep includes are followed below the container (a row including a row including its switch).
_DEPTH = 4


def holds(module: Module, layouts: Iterable[str], container: str, view: str) -> bool:
    """Whether a view with id `container` (normalised) in one of `layouts` holds one with id `view` in the XML."""
    names = frozenset(layouts)
    key = ("holds", names, container, view)
    known = module.holds_cache.get(key)
    if known is None:
        known = module.holds_cache[key] = any(_holds_in(module, name, container, view) for name in sorted(names))
    return bool(known)


def _ident(element: Any) -> str:
    return normal(id_name(element.get(_ID) or ""))


def _root(module: Module, name: str | None) -> Any:
    path = module.layout(name) if name else None
    return module.parsed(path).root if path is not None else None


def _holds_in(module: Module, name: str, container: str, view: str) -> bool:
    root = _root(module, name)
    if root is None:
        return False
    return any(type(element.tag) is str and _ident(element) == container and _below(module, element, view, 0)
               for element in root.iter())


def _below(module: Module, top: Any, view: str, depth: int) -> bool:
    for element in top.iter():
        if type(element.tag) is not str:
            continue
        if element is not top and _ident(element) == view:
            return True
        if element.tag == "include" and depth < _DEPTH:
            included = _root(module, layout_name(element.get("layout")))
            if included is not None and (_ident(included) == view or _below(module, included, view, depth + 1)):
                return True
    return False


def copies(module: Module, layouts: Iterable[str], view: str) -> int:
    """How many views with id `view` (normalised) the layouts show, their includes' copies counted (one settings
    row layout included once per setting): `findViewById` from the screen finds the first of several."""
    names = frozenset(layouts)
    key = ("copies", names, view)
    known = module.holds_cache.get(key)
    if known is None:
        known = module.holds_cache[key] = sum(_count(module, _root(module, name), view, 0) for name in sorted(names))
    return int(known)


def _count(module: Module, top: Any, view: str, depth: int) -> int:
    if top is None:
        return 0
    found = 0
    for element in top.iter():
        if type(element.tag) is not str:
            continue
        if _ident(element) == view:
            found += 1
        if element.tag == "include" and depth < _DEPTH:
            found += _count(module, _root(module, layout_name(element.get("layout"))), view, depth + 1)
    return found
