"""How layouts and code name a view, so that code's writes find the layout's elements.

A layout's `@+id/tv_terms` is code's `R.id.tv_terms` and view binding's `tvTerms` (`normal` joins them); a framework
id `@android:id/checkbox` is code's `android.R.id.checkbox`, another view than the app's `R.id.checkbox`. A lookup
may start from another view (`row.findViewById(…)`, `binding.row.root.findViewById(…)`): `within` names it, and
containers.py decides whether that ties the write to the copy inside it.
"""

from __future__ import annotations

import re

#: `row.findViewById(…)`: the view a lookup starts from (its first name), when it is not the screen itself.
_LOOKUP_FROM = re.compile(r"(?:\(\s*\(\s*\w+\s*\)\s*)?(\w+)[\w.()!?]*?\.findViewById\b")
#: `binding.rowShare.root.findViewById(…)`: an include's binding (its id, camel-cased) is where the lookup starts.
_BINDING_ROW = re.compile(r"\b\w*[Bb]inding(?:\?|!!)?\.(\w+)(?:\?|!!)?\.(?:root|getRoot\(\))(?:\?|!!)?\.findViewById\b")
_SCREEN = frozenset({"this", "view", "getView", "requireView", "itemView", "root", "rootView", "getWindow",
                     "window", "decorView", "binding", "dialog", "getDialog", "requireDialog", "activity",
                     "getActivity", "requireActivity", "mView", "contentView", "parent"})


def id_name(raw: str) -> str:
    """The view a layout's id reference names (`@+id/tv_terms` -> `tv_terms`). A framework id keeps its package
    (`@android:id/checkbox` -> `android:checkbox`): code names it `android.R.id.checkbox`, and the app's own
    `R.id.checkbox` is another view."""
    if "/" not in raw:
        return ""
    head, name = raw.split("/", 1)
    return f"android:{name}" if head.startswith(("@android:", "@+android:")) else name


def code_id(qualifier: str, name: str, framework_r: bool = False) -> str:
    """`R.id.x` / `android.R.id.x` / `com.example.R.id.x` as `id_name` spells the same view. `framework_r`: the
    file imports `android.R`, so a bare `R` is the framework's."""
    return f"android:{name}" if qualifier == "android" or (not qualifier and framework_r) else name


def normal(name: str) -> str:
    """`tv_terms`, `tvTerms` and `TvTerms` are the same view to view binding."""
    return name.replace("_", "").lower()


def within(receiver: str, fields: dict[str, str], assigned: list[tuple[str, str, str, str]]) -> str | None:
    """The view a write's lookup starts from (`dark.findViewById(R.id.box).setChecked(…)`, or `box.setChecked(…)`
    after `box = dark.findViewById(R.id.box)`), as a normalised id, when that view is named by an id."""
    row = _BINDING_ROW.search(receiver)
    if row is not None:
        return normal(row.group(1))
    lookup = _LOOKUP_FROM.search(receiver)
    if lookup is None:
        head = receiver.removeprefix("this.").split(".", 1)[0].strip()
        start = next((prefix for name, prefix, _, _ in assigned if name == head and prefix), None)
        lookup = _LOOKUP_FROM.search(f"{start}findViewById") if start else None
    if lookup is None or lookup.group(1) in _SCREEN:
        return None
    container = fields.get(lookup.group(1))
    return normal(container) if container else None


