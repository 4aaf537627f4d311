"""Attribute and text values of mini-program templates: literal strings and `{{ }}` bindings."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lint.finding import Evidence
from lint.frontends.expr import UNDEFINED, UNKNOWN, Lookup, Valued, evaluate, parse_expression, to_display


class Binder:
    """Evaluates bindings against a page's data, caching parsed expressions (they repeat)."""

    def __init__(self, lookup: Lookup, loop_names: frozenset[str] = frozenset()) -> None:
        self.lookup = lookup
        self._cache: dict[str, Valued] = {}
        #: The names a known loop item binds here (loops.py): a condition on them is the item's own.
        self.loop_names = loop_names

    def scoped(self, names: frozenset[str]) -> Binder:
        """A binder for a `wx:for` body: the loop's item and index names are unknown there."""
        outer = self.lookup

        def lookup(path: str) -> Valued:
            return (UNKNOWN, ()) if path.split(".", 1)[0] in names else outer(path)

        return Binder(lookup, self.loop_names - names)

    def bound(self, names: dict[str, Any]) -> Binder:
        """A binder for one item of a loop over a known list (loops.py): `names` maps the loop's item and index
        names to what they hold there; other names read as before."""
        outer = self.lookup

        def lookup(path: str) -> Valued:
            head, _, rest = path.partition(".")
            found = names.get(head)
            return outer(path) if found is None else found.read(rest)

        return Binder(lookup, self.loop_names | frozenset(names))

    def expression(self, text: str) -> Valued:
        cached = self._cache.get(text)
        if cached is None:
            node, src = parse_expression(text)
            cached = evaluate(node, src, self.lookup) if node is not None else (UNKNOWN, ())
            self._cache[text] = cached
        return cached

    def value(self, raw: str | None, bare_expression: bool = False) -> Valued:
        """The runtime value of an attribute: a bare attribute is true, `"{{x}}"` (Baidu's two-way `"{= x =}"` too)
        is x's value, anything else is a string (so `checked="false"` is the truthy string "false")."""
        if raw is None:
            return True, ()
        stripped = raw.strip()
        if "{{" not in raw:
            if stripped.startswith("{=") and stripped.endswith("=}"):  # Baidu's two-way binding, `{= agreed =}`
                return self.expression(stripped[2:-2])
            return (self.expression(stripped) if bare_expression and stripped else (raw, ()))
        if stripped.startswith("{{") and stripped.endswith("}}") and stripped.count("{{") == 1:
            return self.expression(stripped[2:-2])
        return self.interpolate(raw)

    def interpolate(self, raw: str) -> Valued:
        parts: list[str] = []
        evidence: list[Evidence] = []
        pos = 0
        while True:
            start = raw.find("{{", pos)
            if start == -1:
                parts.append(raw[pos:])
                break
            end = raw.find("}}", start + 2)
            if end == -1:
                parts.append(raw[pos:])
                break
            parts.append(raw[pos:start])
            value, evid = self.expression(raw[start + 2 : end])
            if value is UNKNOWN or value is UNDEFINED:
                # undefined renders nothing, but a name this page does not define (a component's prop, data set
                # elsewhere) holds what is passed at run time: not known to be empty
                return UNKNOWN, ()
            parts.append(_shown(value))
            evidence.extend(evid)
            pos = end + 2
        return "".join(parts), tuple(evidence)

    def _template_parts(self, expression: str) -> str:
        """A template literal the evaluator does not read (Vue's `:label="`我已阅读并同意${appName}《用户协议》`"`):
        its literal parts and the names it can resolve; an unknown name in the middle (a brand, an app name) is left
        out, one at the start (`${verb}个性化推荐`, which may be 关闭) or a substitution that picks between words
        (`${isVip ? '关闭' : '开启'}`) makes it unknown (""). Any other unknown expression is ""."""
        stripped = expression.strip()
        if len(stripped) < 2 or stripped[0] != "`" or stripped[-1] != "`" or "`" in stripped[1:-1]:
            return ""
        body, parts, pos = stripped[1:-1], [], 0
        while (start := body.find("${", pos)) != -1:
            end = body.find("}", start + 2)
            name = body[start + 2 : end] if end != -1 else ""
            if not _NAME_ONLY.match(name):
                return ""
            parts.append(body[pos:start])
            value, _ = self.expression(name)
            if value is UNKNOWN or value is UNDEFINED:
                if not "".join(parts).strip():
                    return ""  # the first word of the text is not known
            else:
                parts.append(_shown(value))
            pos = end + 1
        parts.append(body[pos:])
        return "".join(parts)

    def text(self, raw: str) -> str:
        """Displayed text: bindings replaced by their values, unknown ones by nothing."""
        if "{{" not in raw:
            return raw
        value, _ = self.interpolate(raw)
        if value is not UNKNOWN:
            return str(value)
        pieces, pos = [], 0
        while (start := raw.find("{{", pos)) != -1:
            end = raw.find("}}", start + 2)
            if end == -1:
                break
            pieces.append(raw[pos:start])
            inner = raw[start + 2 : end]
            known, _ = self.expression(inner)
            pieces.append(self._template_parts(inner) if known is UNKNOWN or known is UNDEFINED else _shown(known))
            pos = end + 2
        pieces.append(raw[pos:])
        return "".join(pieces)


def _shown(value: Any) -> str:
    """A value as a template renders it: null and undefined show nothing (WeChat and Vue alike)."""
    return "" if value is None or value is UNDEFINED else to_display(value)


#: A substitution that names a value (`${appName}`, `${user.nickName}`), not one that picks between words.
_NAME_ONLY = re.compile(r"^\s*[\w$.]+\s*$")




def describe(name: str, raw: str | None) -> str:
    return name if raw is None else f'{name}="{raw}"'


Describer = Callable[[str, Any], str]
