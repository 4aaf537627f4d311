"""AndroidAnnotations (`org.androidannotations`): annotations that stand for a screen's lifecycle code.

The library generates a subclass (`CheckoutActivity_`) that does what a hand-written screen does itself:

- `@EActivity(R.layout.checkout)` (`@EFragment`, `@EViewGroup`) sets the class's layout, as `setContentView` does.
  Its `R.layout.x` is read where every other one is (code.py); `resName = "checkout"` names it by string.
- `@ViewById TextView tos;` is `tos = findViewById(R.id.tos)`: the field's name is the id unless
  `@ViewById(R.id.terms_text)` or `@ViewById(resName = "terms_text")` names it (code.py's injected fields).
- `@AfterViews` methods run once the views are injected, before the user can act: lifecycle entry points
  (codewalk.entry_points). `@AfterInject` methods run before the views exist, so no write there reaches one: not read.
- `@Click`, `@CheckedChange`, … methods are listeners: they run when the user acts, not at first render.

Only the annotation's simple name is read (`@org.androidannotations.annotations.Click` is `@Click`): the older
`com.googlecode.androidannotations` package spells them the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node

AFTER_VIEWS = "AfterViews"
#: Methods the generated class calls from a listener it sets on the view. `@ItemSelect` is not one: a Spinner calls
#: its listener on its first layout, without the user acting. Text and checked-change listeners also run when code
#: sets the text or the state; like a `TextWatcher` or `setOnCheckedChangeListener` (codewalk), they are still
#: the user's: what they do is not read as first render.
USER_ACTIONS = frozenset({
    "Click", "LongClick", "Touch", "ItemClick", "ItemLongClick", "CheckedChange", "EditorAction", "FocusChange",
    "BeforeTextChange", "TextChange", "AfterTextChange", "SeekBarProgressChange", "SeekBarTouchStart",
    "SeekBarTouchStop", "KeyDown", "KeyUp", "KeyLongPress", "KeyMultiple", "OptionsItem"})
#: An annotation's simple name, past a Kotlin use-site target (`@field:`) and a package.
_ANNOTATION = re.compile(r"@\s*(?:\w+:)?([\w.]+)")
_ANNOTATION_NODES = {"annotation", "marker_annotation"}
#: `@EActivity(resName = "checkout")`: the layout named by string (an `R.layout.x` is read as every other one).
LAYOUT_RES_NAME = re.compile(r"@E(?:Activity|Fragment|ViewGroup)\s*\(\s*resName\s*=\s*\"(\w+)\"")
#: `@Click void agreeClicked()`, `@Click(R.id.agree) fun onAgree()`, `@Click({R.id.a, R.id.b})`: the annotation's
#: argument (if any) and the method's name.
_CLICK = re.compile(
    r"@(?:[\w.]+\.)?Click\b\s*(?:\(([^)]*)\))?"
    r"(?:\s*@[\w.]+(?:\([^)]*\))?|\s*(?:public|protected|private|internal|final|open|override|suspend)\b)*"
    r"\s*(?:fun|void)\s+(\w+)\s*\(")
_ID_ARGUMENT = re.compile(r"\bR2?\.id\.(\w+)|\"(\w+)\"")


def annotated(declaration: Node) -> frozenset[str]:
    """The simple names of a declaration's annotations (Java's and Kotlin's `modifiers`)."""
    modifiers = next((c for c in declaration.children if c.type == "modifiers"), None)
    if modifiers is None:
        return frozenset()
    names: set[str] = set()
    for child in modifiers.children:
        if child.type in _ANNOTATION_NODES and child.text is not None:
            found = _ANNOTATION.match(child.text.decode("utf-8", "replace"))
            if found is not None:
                names.add(found.group(1).rsplit(".", 1)[-1])
    return frozenset(names)


def after_views(function: Node) -> bool:
    return AFTER_VIEWS in annotated(function)


def user_action(function: Node) -> bool:
    """Whether the generated class calls the method from a listener (`USER_ACTIONS`)."""
    return not USER_ACTIONS.isdisjoint(annotated(function))


def clicked_ids(text: str) -> set[str]:
    """The view ids `@Click` methods listen to: the annotation's `R.id.x` and `resName` strings, else the method's
    name, less the `Clicked` it may end with (`agreeClicked()` listens to `R.id.agree`), as the library reads it.
    An argument that names no id this way (a constant) is not known: no id."""
    found: set[str] = set()
    for argument, method in _CLICK.findall(text):
        if argument.strip():
            found.update(view or named for view, named in _ID_ARGUMENT.findall(argument))
            continue
        cut = method.rfind("Clicked")
        found.add(method[:cut] if cut > 0 else method)
    return found
