"""The elements of one layout file a build must turn into nodes for the active rules (lint/reach.py).

Needed are: the elements a rule can select (by kind, because their text passes a rule's text test, or a
toggle whose checked state can pass a rule's checked test); what
a toggle's label may come from (labels.py: a text naming it with `android:labelFor`; all its siblings, which
keep their places, and in a horizontal row the texts and containers two levels below them); `<include>` and
ViewStub elements, which bring in other files; and every ancestor of those, since visibility and `tools:ignore`
come down from the parents. Everything else (rows, cards, icons, captions no rule can select) is skipped with
its subtree.

Labels cross file boundaries: an included root (or a `<merge>`'s children) sits beside the includer's
elements. So an include whose layout puts a toggle at its top keeps its siblings, and an include beside a
toggle is `labelling`: its layout's top levels are kept when it is grafted there.

Whether a text matters is decided once per distinct `android:text` value in a module (`Module.text_matters`):
what it resolves to depends on the module's resources only, and the same few hundred strings recur on
thousands of elements.
"""

from __future__ import annotations

from typing import Any

from lint.frontends.android.include import included_root, layout_name
from lint.frontends.android.module import Module, Parsed
from lint.frontends.android.nodes import BUTTON_TOGGLE_GROUP, CHECKED_CHILD, CHIP, KINDS, Facts, FileText, Site, kind_of
from lint.frontends.android.toggles import DRAWABLE_ATTRS, is_check_mark
from lint.frontends.android.viewids import id_name
from lint.model import Fact
from lint.reach import Reach

_ANDROID = "{http://schemas.android.com/apk/res/android}"
_TEXT = _ANDROID + "text"
_LABEL_FOR = _ANDROID + "labelFor"
_ID = _ANDROID + "id"
#: nodes.CHECKED_CHILD's attributes as lxml spells them.
_CHECKED_CHILD = tuple(("{http://schemas.android.com/apk/res-auto}" if key.startswith("app:") else _ANDROID)
                       + key.split(":", 1)[1] for _, key in CHECKED_CHILD)
#: What Facts.checked reads of a toggle, as lxml and as rules spell it.
_CHECK_ATTRS = ((_ANDROID + "checked", "android:checked"),
                ("{http://schemas.android.com/apk/res-auto}checkedState", "app:checkedState"), ("style", "style"))
_UNCHECKED = Fact(False)  # what pending.py gives a toggle nothing checks
_ORIENTATION = _ANDROID + "orientation"
_PARENT_TAG = "{http://schemas.android.com/tools}parentTag"
_TOOLS_ORIENTATION = "{http://schemas.android.com/tools}orientation"
#: toggles.DRAWABLE_ATTRS as lxml spells them: an image with a check-mark drawable may be a custom toggle.
_DRAWABLES = tuple(("{http://schemas.android.com/apk/res-auto}" if name.startswith("app:") else _ANDROID)
                   + name.split(":", 1)[1] for name in DRAWABLE_ATTRS)
#: How far the label search looks below a label source (labels._text_of: it, its children and theirs).
_BELOW = 2


class Needed:
    """The result for one file: the elements to build, and the includes whose layouts may label a toggle."""

    __slots__ = ("keep", "labelling")

    def __init__(self) -> None:
        self.keep: set[Any] = set()
        self.labelling: set[Any] = set()


#: What an element's tag makes of it (`_action`), as bits: tested per element, decided once per tag.
_KEEP, _TOGGLE, _IMAGE, _TEST_TEXT, _INCLUDE, _STUB, _CHECK, _GROUP, _BUTTONS = 1, 2, 4, 8, 16, 32, 64, 128, 256
#: A ConstraintLayout Group's members: it sets their visibility, so it is kept with them (cheaper than asking).
_REFERENCED = "{http://schemas.android.com/apk/res-auto}constraint_referenced_ids"


def _action(tag: Any, reach: Reach) -> int:
    if type(tag) is not str:
        return 0  # comments and processing instructions
    if tag == "include":
        return _INCLUDE
    if tag.rsplit(".", 1)[-1] == "Group":
        return _GROUP
    if tag.endswith("ViewStub") and tag.rsplit(".", 1)[-1] == "ViewStub":
        return _STUB
    kind = KINDS.get(tag) or kind_of(tag)
    if kind == "button" and tag.endswith(CHIP):
        kind = "toggle"  # a checkable chip is one (layout.py decides by its attributes): kept as either
    kinds, texts = reach.kinds, reach.text_kinds
    act = 0
    if kind in kinds or (kind == "text" and "link" in kinds):  # a text becomes a link by its attributes
        act |= _KEEP
    if kind == "toggle":
        act |= _TOGGLE
        if reach.checks and not act & _KEEP:
            act |= _CHECK
    if kind == "image" and ("toggle" in kinds or "toggle" in texts or reach.checks):  # perhaps a custom toggle
        act |= _IMAGE
    if reach.texts and (kind in texts or (kind == "text" and "link" in texts) or act & _IMAGE):
        act |= _TEST_TEXT
    if tag.endswith(BUTTON_TOGGLE_GROUP) and ("toggle" in kinds or "toggle" in texts or reach.checks):
        act |= _BUTTONS  # its buttons are toggles (layout.py): kept as such, whatever their tag
    return act


def needed(parsed: Parsed, reach: Reach, module: Module, facts: Facts, labelling: bool) -> Needed:
    """What to build of `parsed`. `labelling`: the file is grafted beside a toggle, so its top levels may hold
    the toggle's label.

    Remembered on `parsed`: nothing here depends on the build asking (`facts` answers for the module: texts,
    styles, and code writes in any scope), so every graft of a layout needs the same elements."""
    known: Needed | None = parsed.needed.get(labelling)
    if known is None:
        known = parsed.needed[labelling] = _needed(parsed, reach, module, facts, labelling)
    return known


def _needed(parsed: Parsed, reach: Reach, module: Module, facts: Facts, labelling: bool) -> Needed:
    found = Needed()
    keep = found.keep
    toggles: list[Any] = []
    includes: list[Any] = []
    texts: list[Any] = []  # kept for their text: the controls beside them may be wanted too (Reach)
    custom = "toggle" in reach.kinds or bool(reach.checks)
    file = FileText(parsed.shown, parsed)
    matters, actions, label_for = module.text_matters, module.tag_actions, parsed.label_for
    code_texts = module.code().writes_text  # lifecycle code that sets texts: a text view may matter by its id
    for element in parsed.root.iter():
        tag = element.tag
        act = actions.get(tag)
        if act is None:
            act = actions[tag] = _action(tag, reach)
        if act & _BUTTONS:
            for child in element:
                if type(child.tag) is str and (KINDS.get(child.tag) or kind_of(child.tag)) == "button":
                    keep.add(child)
                    toggles.append(child)
        if not act:
            if label_for and type(tag) is str and element.get(_LABEL_FOR) is not None:
                keep.add(element)
                _keep_below(element, _BELOW, keep)  # a container naming a toggle lends it a text inside
            continue
        if act & _GROUP:
            if element.get(_REFERENCED) is not None:
                keep.add(element)
            continue
        if act & (_INCLUDE | _STUB):
            keep.add(element)
            if act & _INCLUDE:
                includes.append(element)
            continue
        kept, toggle = act & _KEEP, act & _TOGGLE
        if act & _IMAGE and _check_mark(element):  # Facts.custom_toggle decides while building
            toggle = _TOGGLE
            kept = kept or custom
        if not kept and act & _CHECK:
            kept = _may_be_checked(element, reach, module, facts, file)
        if not kept and act & _TEST_TEXT:
            raw = element.get(_TEXT)
            if raw is not None:
                kept = matters.get(raw)  # type: ignore[assignment]
                if kept is None:
                    fact = facts.text({"android:text": raw}, Site(file, element.sourceline or 1, None))[0]
                    kept = matters[raw] = reach.text_matters(fact)
            if not kept and code_texts:
                raw_id = element.get(_ID)
                kept = bool(raw_id) and "/" in raw_id and facts.written(id_name(raw_id))
        if kept:
            keep.add(element)
            if toggle:
                toggles.append(element)
            elif act & _TEST_TEXT:
                texts.append(element)
        elif label_for and element.get(_LABEL_FOR) is not None:
            keep.add(element)
            _keep_below(element, _BELOW, keep)
    if reach.controls_beside_texts and texts:
        _keep_controls_beside(texts, actions, reach, keep, toggles)
    rows = {id(parent): parent for parent in (toggle.getparent() for toggle in toggles) if parent is not None}
    for parent in list(rows.values()):  # a wrapper holding only the toggle: its row is one level up (labels.py)
        grand = parent.getparent()
        if grand is not None and (sum(type(child.tag) is str for child in parent) == 1
                                  or (type(parent.tag) is str and parent.tag.endswith("RadioGroup"))):
            rows[id(grand)] = grand  # …and a RadioGroup's question is a text before it (labels._question)
    rows.update((id(p), p) for i in includes if (p := i.getparent()) is not None and _toggle_on_top(module, i))
    for parent in rows.values():
        _keep_label_sources(parent, found)
    top = included_root(parsed)
    if top is not None:
        keep.add(top)
        if labelling:  # the root (or a merge's children) is a sibling of the includer's toggle
            _keep_below(top, _BELOW + 1 if top.tag == "merge" else _BELOW, keep)
    for element in list(keep):
        parent = element.getparent()
        while parent is not None and parent not in keep:
            keep.add(parent)
            parent = parent.getparent()
    return found


def _keep_controls_beside(texts: list[Any], actions: dict[Any, int], reach: Reach, keep: set[Any],
                          toggles: list[Any]) -> None:
    """The toggles and buttons among the texts' siblings and their children (Reach.controls_beside_texts)."""
    for text in texts:
        parent = text.getparent()
        if parent is None:
            continue
        for sibling in parent:
            for element in (sibling, *sibling):
                tag = element.tag
                if type(tag) is not str or element in keep:
                    continue
                act = actions.get(tag)
                if act is None:
                    act = actions[tag] = _action(tag, reach)
                if act & (_TOGGLE | _BUTTONS):
                    keep.add(element)
                    toggles.append(element)
                elif (KINDS.get(tag) or kind_of(tag)) == "button":
                    keep.add(element)


def _may_be_checked(element: Any, reach: Reach, module: Module, facts: Facts, file: FileText) -> bool:
    """Whether the toggle's checked state can pass one of `reach`'s checked tests: what pending.py decides
    from its attributes and style, unless lifecycle code writes to its id or its group names a checked
    button (then it may be anything).

    What an includer may change is kept anyway: an include may give the file's root another id (code writes
    by id), but the root is always kept; a `<merge>`'s children may land in the includer's RadioGroup, but an
    include with a toggle on top is `labelling`, which keeps them."""
    parent = element.getparent()
    if parent is not None and any(parent.get(key) is not None for key in _CHECKED_CHILD):
        return True
    raw_id = element.get(_ID)
    if raw_id and "/" in raw_id and facts.written(id_name(raw_id)):
        return True
    written = tuple(element.get(key) for key, _ in _CHECK_ATTRS)
    matters = module.checked_matters.get(written)
    if matters is None:
        attrs = {name: value for (_, name), value in zip(_CHECK_ATTRS, written, strict=True) if value is not None}
        checked = facts.checked(attrs, Site(file, element.sourceline or 1, None))
        matters = module.checked_matters[written] = reach.checked_matters(checked or _UNCHECKED)
    return matters


def _check_mark(element: Any) -> bool:
    """toggles.drawable_of, on the element."""
    for key in _DRAWABLES:
        raw = element.get(key)
        if raw is not None and is_check_mark(raw):
            return True
    return False


def _horizontal(parent: Any) -> bool:
    """labels._horizontal, on the element."""
    simple = parent.tag.rsplit(".", 1)[-1]
    orientation = parent.get(_ORIENTATION)
    if simple == "merge":
        parent_tag = parent.get(_PARENT_TAG)
        if not parent_tag:
            return True
        simple = parent_tag.rsplit(".", 1)[-1]
        orientation = orientation or parent.get(_TOOLS_ORIENTATION)
    if simple.endswith(("LinearLayout", "RadioGroup")):
        default = "vertical" if simple.endswith("RadioGroup") else "horizontal"
        return (orientation or default) == "horizontal"
    return bool(simple.endswith("TableRow"))


def _keep_label_sources(parent: Any, found: Needed) -> None:
    """The siblings a toggle under `parent` may take its label from (labels.label).

    Every sibling keeps its place, whatever its kind: the label is the text *next to* the toggle, so a
    divider or an icon between them counts. Below a sibling only what `labels._text_of` reads is kept (in
    a horizontal row): texts and containers, two levels down; it takes the first text in document order,
    which skipping the other kinds does not change.
    """
    if type(parent.tag) is not str:
        return
    row = _horizontal(parent)
    for child in parent:
        tag = child.tag
        if type(tag) is not str:
            continue
        found.keep.add(child)
        if tag == "include":
            found.labelling.add(child)
        elif row and (KINDS.get(tag) or kind_of(tag)) == "container":
            _keep_texts_below(child, _BELOW, found)


def _keep_texts_below(container: Any, depth: int, found: Needed) -> None:
    for child in container:
        tag = child.tag
        if type(tag) is not str:
            continue
        if tag == "include":  # its layout's root lands here: it may be the text
            found.keep.add(child)
            found.labelling.add(child)
            continue
        kind = KINDS.get(tag) or kind_of(tag)
        if kind in ("text", "toggle"):  # a toggle there makes the container another control's row (labels.py)
            found.keep.add(child)
        elif kind == "container" and depth > 1:
            found.keep.add(child)
            _keep_texts_below(child, depth - 1, found)


def _toggle_on_top(module: Module, include: Any) -> bool:
    """Whether the included layout's root, or a child of its `<merge>`, may be a toggle (or includes one)."""
    name = layout_name(include.get("layout"))
    path = module.layout(name) if name else None
    if path is None:
        return False
    top = included_root(module.parsed(path))
    if top is None:
        return False
    for element in (list(top) if top.tag == "merge" else [top]):
        tag = element.tag
        if type(tag) is not str:
            continue
        kind = KINDS.get(tag) or kind_of(tag)
        if kind == "toggle" or tag == "include" or (kind == "image" and _check_mark(element)):
            return True
    return False


def _keep_below(element: Any, depth: int, keep: set[Any]) -> None:
    level = [element]
    for _ in range(depth):
        level = [child for parent in level for child in parent]
        keep.update(level)
