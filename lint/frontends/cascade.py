"""The cascade: which declaration wins for an element, by importance, specificity and order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from lint.frontends.css import HOST, ROOT, SCALE_PROPERTIES, Declaration, StyleRule, StyleSheet

#: (tag, classes, id) of an element; a chain lists them from the outermost ancestor to the element.
Element = tuple[str, frozenset[str], str | None]
#: An inline style outranks every selector (CSS counts it in a column above ids).
_INLINE = (1 << 30, 0, 0)
#: Where a rule that may apply ranks: above every certain one but an `!important` one.
_MAYBE_RANK = (True, (1 << 20, 0, 0), 1 << 30, 1 << 30, 0)


#: The value of a property a rule that may or may not apply sets: unknown to every reader (`{{` marks it so). For the
#: font size it carries the sizes it may be (`||`-separated, `inherit` for the parent's): all of them known and
#: small is still small (mini/styles.py `font_size`).
DOUBTFUL = "{{may apply}}"


def _sizes(held: tuple[Any, Declaration, str] | None, maybe: Declaration) -> str:
    """The font sizes an element may have: what the certain rules give (or `inherit`), and the doubtful one's."""
    from lint.frontends.mini.styles import shorthand_size

    def size(decl: Declaration) -> str | None:
        return decl.value if decl.prop == "font-size" else shorthand_size(decl.value)

    if held is None:
        base: list[str | None] = ["inherit"]
    elif held[1].value.startswith(DOUBTFUL):
        base = list(held[1].value[len(DOUBTFUL):].split("||")) if held[1].value != DOUBTFUL else [None]
    else:
        base = [size(held[1])]
    found = [*base, size(maybe)]
    return "" if any(not s or "||" in s for s in found) else "||".join(s for s in found if s)


def _key(rule: StyleRule) -> tuple[str, str]:
    last = rule.compounds[-1]
    if last.ident is not None:
        return ("#", last.ident)
    if last.classes:
        return (".", min(last.classes))
    if last.tag is not None:
        return ("t", last.tag)
    return ("*", "")


def _matches(rule: StyleRule, chain: Sequence[Element], index: int, at: int) -> bool:
    """Right-to-left match of compounds[..index] against chain[..at], backtracking on ' '."""
    compound = rule.compounds[index]
    if not compound.matches(*chain[at]):
        return False
    if index == 0:
        return True
    if rule.combinators[index - 1] == ">":
        return at > 0 and _matches(rule, chain, index - 1, at - 1)
    return any(_matches(rule, chain, index - 1, up) for up in range(at - 1, -1, -1))


#: `var(--name)` or `var(--name, fallback)`, the fallback without nested parentheses.
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)")
#: A custom property set in markup (`style="--size: 20rpx"`, `style={{'--size': …}}`): a root value may be
#: overridden below the root, so no custom property of such a page is known.
_INLINE_CUSTOM = re.compile(rb"""--[A-Za-z_][\w-]*['"]?\s*:""")
_ROOTS = ("page", ROOT, HOST)


def sets_custom_properties(markup: bytes) -> bool:
    """Whether a template may set custom properties on its elements (see `Cascade`)."""
    return _INLINE_CUSTOM.search(markup) is not None


class Cascade:
    """`sheets` in cascade order (an imported sheet before the sheet importing it, app styles before a page's).

    A tie of importance and specificity goes to the later sheet, then to the later rule in its sheet: a rule's
    `order` numbers it within its own sheet only (a mini-program shares one parse of `app.wxss` among pages).
    """

    def __init__(self, sheets: Iterable[StyleSheet], inline_vars: bool = False) -> None:
        sheets = tuple(sheets)
        #: Kept for `painted`: the same sheets read again with their colours, when a rule asks a contrast.
        self.sheets = sheets
        self._painted: Cascade | bool | None = False
        self.index: dict[tuple[str, str], list[StyleRule]] = {}
        #: Each rule's sheet, by position in `sheets` (by id: rules are frozen dataclasses, equal ones may repeat).
        self.sheet_of: dict[int, int] = {}
        #: Custom properties set on the page's root only (`page { --tip-size: 20rpx }`, `:root`), by name, with the
        #: rule that won there; None for a name some other rule (or, with `inline_vars`, markup) may set below
        #: the root, where an element would inherit another value: unknown.
        self.root_vars: dict[str, tuple[Declaration, str] | None] = {}
        #: An `@import` the repository does not hold: a class no known sheet names may be styled there.
        self.unresolved: str | None = None
        self._classes: frozenset[str] | None = None
        self._reveals: bool | None = None
        #: Whether any rule may scale an element (`transform`, `zoom`): elements read their scale only then.
        self.scales = False
        #: A doubtful declaration as every element sees it, by (declaration, property): see `computed`.
        self._doubtful: dict[tuple[int, str], Declaration] = {}
        ranks: dict[str, tuple[bool, int, int]] = {}
        for position, sheet in enumerate(sheets):
            if sheet.unresolved is not None and self.unresolved is None:
                self.unresolved = sheet.unresolved
            for rule in sheet.rules:
                self.index.setdefault(_key(rule), []).append(rule)
                self.sheet_of.setdefault(id(rule), position)
                at_root = len(rule.compounds) == 1 and rule.compounds[0].tag in _ROOTS and not (
                    rule.compounds[0].classes or rule.compounds[0].ident) and not rule.maybe
                for decl in rule.declarations:
                    if not decl.prop.startswith("--"):
                        if decl.prop in SCALE_PROPERTIES:
                            self.scales = True
                        continue
                    if not at_root or inline_vars or self.root_vars.get(decl.prop, 0) is None:
                        self.root_vars[decl.prop] = None
                        continue
                    rank = (decl.important, position, rule.order)
                    if decl.prop not in ranks or rank > ranks[decl.prop]:
                        ranks[decl.prop] = rank
                        self.root_vars[decl.prop] = (decl, rule.selector_text)
        self.poisoned = inline_vars
        #: Whether a component's sheet styles its host (`:host { … }`): its root state reads them then.
        self.hosted = ("t", HOST) in self.index

    def painted(self) -> Cascade | None:
        """This cascade over its sheets read with their colours and backgrounds too (css.painted), built on first
        demand; None when a sheet cannot be read again (SCSS or Less): no colour is known then."""
        if self._painted is False:
            from lint.frontends.css import painted

            again = [painted(sheet) for sheet in self.sheets]
            self._painted = None if any(sheet is None for sheet in again) else Cascade(
                [sheet for sheet in again if sheet is not None], self.poisoned)
        return self._painted if isinstance(self._painted, Cascade) else None

    def candidates(self, element: Element) -> list[StyleRule]:
        tag, classes, ident = element
        found: list[StyleRule] = []
        found += self.index.get(("t", tag), ())
        found += self.index.get(("*", ""), ())
        for name in classes:
            found += self.index.get((".", name), ())
        if ident is not None:
            found += self.index.get(("#", ident), ())
        return found

    def reveals(self) -> bool:
        """Whether any rule may show an element under `visibility: hidden` again (`visibility: visible`, or a value
        not known): asked only for an element whose classes are not known there, so found on first demand."""
        if self._reveals is None:
            self._reveals = any(decl.prop == "visibility" and decl.value.strip().lower() not in ("hidden", "collapse")
                                for rules in self.index.values() for rule in rules for decl in rule.declarations)
        return self._reveals

    def external(self, classes: Iterable[str]) -> str | None:
        """The unresolved import that may style one of `classes` (one that no known sheet names), else None."""
        if self.unresolved is None:
            return None
        known = self._classes
        if known is None:
            known = self._classes = frozenset(name for rules in self.index.values() for rule in rules
                                              for compound in rule.compounds for name in compound.classes)
        return self.unresolved if any(name not in known for name in classes) else None

    def computed(
        self, chain: Sequence[Element], inline: Sequence[Declaration] = ()
    ) -> dict[str, tuple[Declaration, str]]:
        """The winning declaration per property, with the selector that carried it."""
        best: dict[str, tuple[tuple[bool, tuple[int, int, int], int, int, int], Declaration, str]] = {}
        at = len(chain) - 1
        seen: set[int] = set()
        sheet_of = self.sheet_of
        doubtful: list[tuple[Declaration, str]] = []
        for rule in self.candidates(chain[-1]):
            if id(rule) in seen or not _matches(rule, chain, len(rule.compounds) - 1, at):
                continue
            seen.add(id(rule))
            if rule.maybe:
                doubtful += [(decl, rule.selector_text) for decl in rule.declarations]
                continue
            for position, decl in enumerate(rule.declarations):  # a later declaration in a block wins a tie
                rank = (decl.important, rule.specificity, sheet_of[id(rule)], rule.order, position)
                if decl.prop not in best or rank > best[decl.prop][0]:
                    best[decl.prop] = (rank, decl, rule.selector_text)
        for order, decl in enumerate(inline):
            rank = (decl.important, _INLINE, 1 << 30, 0, order)
            if decl.prop not in best or rank > best[decl.prop][0]:
                best[decl.prop] = (rank, decl, "style")
        shorthand = best.get("font")
        if shorthand is not None and ("font-size" not in best or shorthand[0] > best["font-size"][0]):
            best["font-size"] = shorthand  # `font: 28rpx/1.4 …` sets the size too: whichever ranks higher wins
        for decl, selector in doubtful:  # it may apply: what it sets is not known (an !important one stands)
            for prop in ("font-size", "font") if decl.prop == "font" else (decl.prop,):
                held = best.get(prop)
                if held is None or decl.important or not held[1].important:
                    if prop == "font-size":  # the sizes it may be depend on the element's other rules
                        marked = replace(decl, prop=prop, value=DOUBTFUL + _sizes(held, decl))
                    else:  # the same for every element: made once (a sheet of animations has thousands)
                        marked = self._doubtful.get((id(decl), prop)) or self._doubtful.setdefault(
                            (id(decl), prop), replace(decl, prop=prop, value=DOUBTFUL))
                    best[prop] = (_MAYBE_RANK, marked, f"{selector} (may apply)")
        found = {prop: (decl, selector) for prop, (_, decl, selector) in best.items()}
        for prop, (decl, selector) in found.items():
            if "var(" in decl.value and not prop.startswith("--"):
                found[prop] = self._substituted(decl, selector)
        return found

    def _substituted(self, decl: Declaration, selector: str) -> tuple[Declaration, str]:
        """`decl` with each `var()` replaced by the root's value (or the fallback of a property set nowhere),
        and the selector naming where that value came from; as it is when any value is not known."""
        sources: list[str] = []

        def value(match: re.Match[str]) -> str:
            name, fallback = match.group(1), match.group(2)
            if self.poisoned or (name in self.root_vars and self.root_vars[name] is None):
                raise LookupError(name)
            found = self.root_vars.get(name)
            if found is None:
                if fallback is None or not fallback.strip() or self.unresolved is not None:
                    raise LookupError(name)  # a sheet not in the repository (a theme's tokens) may set it
                sources.append(f"{name} unset, fallback {fallback.strip()}")
                return fallback.strip()
            root, where = found
            if "var(" in root.value:
                raise LookupError(name)  # a custom property defined by another: not followed
            sources.append(f"{name}: {root.value} in {where} ({root.path}:{root.line})")
            return root.value

        try:
            text = _VAR.sub(value, decl.value)
        except LookupError:
            return decl, selector
        if "var(" in text:
            return decl, selector
        return replace(decl, value=text), f"{selector} with {'; '.join(sources)}"
