"""Saved-setting getters: a view checked from `prefs.getConsentBool()` shows the default the getter returns.

A getter whose whole body returns a saved setting with its default (`boolean getConsentBool() { return
prefs.getBoolean("consent", true); }`, Kotlin `fun x() = …` or `val x get() = …`) anywhere in the module gives a
new user that default, as an inline `getBoolean(key, true)` does (codewalk.py). A call reaches it only through a
receiver declared with the getter's class, or with no receiver inside that class: another class's `isEnabled()`
is not this one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: SharedPreferences' `getBoolean(key, default)` and MMKV's `decodeBool(key, default)`, on any receiver.
#: The key may be a call itself (`getString(R.string.pref_consent)`), one level deep.
STORED_DEFAULT = re.compile(
    r"^[^!?:=&|]*?\b(?:getBoolean|decodeBool)\s*\(\s*(?:[^,()]|\([^()]*\))+,\s*(true|false)\s*\)$")
#: A call of a getter with no arguments (`prefs.getConsentBool()`, `isMarketingOn()`), or a property read.
_GETTER = re.compile(r"^(?:(?:this|[\w.]+(?:\(\))?)\.)?(\w+)(\s*\(\s*\))?$")
_JAVA_GETTER = re.compile(
    r"\b[Bb]oolean\s+(\w+)\s*\(\s*\)\s*(?:throws [\w., ]+)?\{\s*return\s+([^;{}]+?)\s*;\s*\}")
_KOTLIN_GETTER = re.compile(
    r"\bfun\s+(\w+)\s*\(\s*\)\s*(?::\s*Boolean\s*)?(?:=\s*([^\n;{}]+)|\{\s*return\s+([^\n;{}]+?)\s*;?\s*\})"
    r"|\bva[lr]\s+(\w+)\s*(?::\s*Boolean\s*)?\s*get\s*\(\s*\)\s*=\s*([^\n;{}]+)")
_CLASS_DECL = re.compile(r"\b(?:class|object|interface)\s+(\w+)")

#: name -> (declaring class, returned expression)
Getters = Mapping[str, tuple[str, str]]


def _owner(classes: list[tuple[int, str]], at: int) -> str:
    """The class declared last before offset `at`: the one a member there belongs to (nesting aside)."""
    return next((name for start, name in reversed(classes) if start < at), "")


def stored_getters(texts: list[str]) -> dict[str, tuple[str, str]]:
    """The module's saved-setting getters, from its sources' texts. A name defined twice with different bodies
    is left out: which one a call reaches is not known here."""
    found: dict[str, set[tuple[str, str]]] = {}
    for text in texts:
        if "getBoolean" not in text and "decodeBool" not in text:
            continue
        classes = [(m.start(), m.group(1)) for m in _CLASS_DECL.finditer(text)]
        for match in _JAVA_GETTER.finditer(text):
            found.setdefault(match.group(1), set()).add((_owner(classes, match.start()),
                                                         " ".join(match.group(2).split())))
        for match in _KOTLIN_GETTER.finditer(text):
            name, expression, returned, prop, getter = match.groups()
            body = " ".join((expression or returned or getter).split())
            where = _owner(classes, match.start())
            found.setdefault(name or prop, set()).add((where, body))
            if prop:  # Java sees a Kotlin property `shareUsage` as `getShareUsage()` (`isShared()` keeps its name)
                java = prop if prop.startswith("is") else f"get{prop[:1].upper()}{prop[1:]}"
                found.setdefault(java, set()).add((where, body))
    return {name: next(iter(bodies)) for name, bodies in found.items()
            if len(bodies) == 1 and STORED_DEFAULT.match(next(iter(bodies))[1])}


def getter_call(getters: Getters, call: str, local: Mapping[str, object], text: str) -> tuple[str, str] | None:
    """(evidence note, returned expression) when `call` (source text) reaches one of `getters`, else None.
    `local`: the functions of the calling file; `text`: its source, where a receiver's type is declared
    (`SharedPrefHelper sharedPref`, `val settings: ShopSettings`, `= new ShopSettings(...)`)."""
    matched = _GETTER.match(call)
    found = getters.get(matched.group(1)) if matched is not None else None
    if matched is None or found is None:
        return None
    name, owner, body = matched.group(1), found[0], found[1]
    receiver = call.rsplit(".", 1)[0] if "." in call.split("(", 1)[0] else ""
    receiver = receiver.removeprefix("this.").removesuffix("()")
    if not receiver or receiver == "this":
        reached = name in local and bool(owner)
    else:
        field = re.escape(receiver)
        declared = re.search(
            rf"\b([A-Z]\w*)(?:<[^<>]*>)?\s+{field}\s*[=;),]|\b{field}\s*:\s*([A-Z]\w*)"
            rf"|\b{field}\s*=\s*(?:new\s+)?([A-Z]\w*)\s*\(", text)
        kind = next((g for g in declared.groups() if g), None) if declared is not None else None
        reached = kind is not None and kind == owner
    if not reached:
        return None
    return f"{name}{'()' if matched.group(2) else ''} returns {body}", body
