"""The cascade: which declaration wins for an element, by importance, specificity and order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lint.frontends.css import Declaration, StyleRule, StyleSheet

#: (tag, classes, id) of an element; a chain lists them from the outermost ancestor to the element.
Element = tuple[str, frozenset[str], str | None]
#: An inline style outranks every selector (CSS counts it in a column above ids).
_INLINE = (1 << 30, 0, 0)


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


class Cascade:
    """`sheets` in cascade order (an imported sheet before the sheet importing it, app styles before a page's).

    A tie of importance and specificity goes to the later sheet, then to the later rule in its sheet: a rule's
    `order` numbers it within its own sheet only (a mini-program shares one parse of `app.wxss` among pages).
    """

    def __init__(self, sheets: Iterable[StyleSheet]) -> None:
        self.index: dict[tuple[str, str], list[StyleRule]] = {}
        #: Each rule's sheet, by position in `sheets` (by id: rules are frozen dataclasses, equal ones may repeat).
        self.sheet_of: dict[int, int] = {}
        for position, sheet in enumerate(sheets):
            for rule in sheet.rules:
                self.index.setdefault(_key(rule), []).append(rule)
                self.sheet_of.setdefault(id(rule), position)

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

    def computed(
        self, chain: Sequence[Element], inline: Sequence[Declaration] = ()
    ) -> dict[str, tuple[Declaration, str]]:
        """The winning declaration per property, with the selector that carried it."""
        best: dict[str, tuple[tuple[bool, tuple[int, int, int], int, int], Declaration, str]] = {}
        at = len(chain) - 1
        seen: set[int] = set()
        sheet_of = self.sheet_of
        for rule in self.candidates(chain[-1]):
            if id(rule) in seen or not _matches(rule, chain, len(rule.compounds) - 1, at):
                continue
            seen.add(id(rule))
            for decl in rule.declarations:
                rank = (decl.important, rule.specificity, sheet_of[id(rule)], rule.order)
                if decl.prop not in best or rank > best[decl.prop][0]:
                    best[decl.prop] = (rank, decl, rule.selector_text)
        for order, decl in enumerate(inline):
            rank = (decl.important, _INLINE, 1 << 30, order)
            if decl.prop not in best or rank > best[decl.prop][0]:
                best[decl.prop] = (rank, decl, "style")
        return {prop: (decl, selector) for prop, (_, decl, selector) in best.items()}
