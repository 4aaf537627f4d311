"""What a template element passes down to its children while the tree is built.

The binder is needed at once (children's text and `wx:if` chains read it). The rest (the selector
chain, inherited visibility and font size, the scale ancestors render at) can wait: a deferred state
(`deferred.Later`) computes them the first time they are read, after its ancestors' (iteratively:
templates nest deeper than Python's recursion limit), so an element whose facts no rule asks for
never resolves its styles.
"""

from __future__ import annotations

from typing import Any

from lint.frontends.cascade import Element
from lint.model import Fact

#: (selector chain, visibility, font size, classes uncertain, scale: None when nothing scales the element)
Resolved = tuple[tuple[Element, ...], Fact, Fact, bool, Fact | None]


class State:
    __slots__ = ("_chain", "_font_size", "_parent", "_scale", "_uncertain", "_visible", "binder", "root_size")

    def __init__(self, chain: tuple[Element, ...], visible: Fact, font_size: Fact, uncertain: bool, binder: Any,
                 root_size: Any = None, scale: Fact | None = None) -> None:
        self._chain = chain
        self._scale = scale
        self._visible = visible
        self._font_size = font_size
        self._uncertain = uncertain
        self.binder = binder
        self.root_size = root_size
        #: Set while the state waits to be computed from its parent's (`_compute`).
        self._parent: State | None = None

    def _compute(self, parent: State) -> Resolved:
        """(chain, visible, font size, uncertain, scale) from the parent's state; only deferred states wait."""
        raise NotImplementedError

    def _settle(self) -> None:
        waiting: list[State] = []
        state: State | None = self
        while state is not None and state._parent is not None:
            waiting.append(state)
            state = state._parent
        for state in reversed(waiting):
            parent = state._parent
            assert parent is not None
            state._parent = None
            (state._chain, state._visible, state._font_size, state._uncertain,
             state._scale) = state._compute(parent)

    @property
    def chain(self) -> tuple[Element, ...]:
        if self._parent is not None:
            self._settle()
        return self._chain

    @property
    def visible(self) -> Fact:
        if self._parent is not None:
            self._settle()
        return self._visible

    @property
    def font_size(self) -> Fact:
        if self._parent is not None:
            self._settle()
        return self._font_size

    @property
    def uncertain(self) -> bool:
        if self._parent is not None:
            self._settle()
        return self._uncertain

    @property
    def scale(self) -> Fact | None:
        """What `transform`/`zoom` on the element and its ancestors multiply its text's size by (None: nothing)."""
        if self._parent is not None:
            self._settle()
        return self._scale
