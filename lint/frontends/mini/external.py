"""A custom component's own external classes, filled at a use site with the user's classes.

A component that declares `externalClasses: ['text-class']` and writes `<text class="text-class">` lets each use
pick the class: `<agree-line text-class="agree-xs"/>` styles that text with the using page's `.agree-xs` rule,
across the component's style isolation. Library components do the same through the libraries table
(`classes:`); a project's own component says so in its script, and is grafted at each use (graft.py).

Inside the component the external class name stands for the passed classes, marked (`\0agree-xs`) so that only
the user's rules match them, not a rule of the component's own sheets that happens to use the same name. The user's
rules taken are those of one compound of classes only (`.agree-xs`, `.agree-xs.tiny`): a rule that also needs the
user's ancestors (`.pay .agree-xs`) is not matched across the boundary. A class passed through a binding that is not
known leaves the element's classes unknown. WeChat leaves the order between an external class and the element's
own classes undefined: when the component's own rules size one of those too, the size is unknown (`mixed`).
"""

from __future__ import annotations

from dataclasses import replace

from lint.frontends.cascade import Cascade
from lint.frontends.css import Compound, StyleSheet
from lint.frontends.mini.values import Binder

#: Marks a class that came from the user: no class written in a sheet or a template holds a NUL.
MARK = "\0"
#: External class name -> the marked classes the use passes, or None when they are not known.
Passed = dict[str, frozenset[str] | None]


def passed_classes(names: tuple[str, ...], attrs: dict[str, str | None], binder: Binder) -> Passed:
    """The classes a use site passes to the component's external classes (only those it passes)."""
    found: Passed = {}
    for name in names:
        raw = attrs.get(name)
        if raw is None:
            continue
        value = binder.value(raw)[0] if "{{" in raw else raw
        found[name] = frozenset(MARK + c for c in value.split()) if isinstance(value, str) else None
    return found


def user_rules(passed: Passed, sheets: list[StyleSheet]) -> StyleSheet:
    """The user's rules for the passed classes, their compounds marked, as one sheet after the component's own."""
    wanted = frozenset(c for classes in passed.values() if classes for c in classes)
    sheet = StyleSheet()
    for source in sheets:
        for rule in source.rules:
            if len(rule.compounds) != 1:
                continue
            compound = rule.compounds[0]
            marked = frozenset(MARK + c for c in compound.classes)
            if compound.tag is None and compound.ident is None and marked and marked <= wanted:
                sheet.rules.append(replace(rule, compounds=(Compound(None, marked, None),)))
    return sheet


def fill(classes: frozenset[str], passed: Passed) -> frozenset[str] | None:
    """An element's classes with its external classes replaced by what the use passed (None: not known)."""
    filled = set(classes)
    for name in classes & passed.keys():
        given = passed[name]
        if given is None:
            return None
        filled.discard(name)
        filled |= given
    return frozenset(filled)


def mixed(tag: str, classes: frozenset[str], passed: Passed, cascade: Cascade) -> bool:
    """Whether an element with an external class also has own classes the component's sheets size."""
    if classes.isdisjoint(passed.keys()):
        return False
    own = frozenset(c for c in classes if c not in passed)
    return any(rule.compounds[-1].classes and rule.compounds[-1].classes <= own
               and any(decl.prop in ("font-size", "font") for decl in rule.declarations)
               for rule in cascade.candidates((tag, own, None)))
