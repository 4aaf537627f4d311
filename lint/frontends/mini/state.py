"""What a template element passes down to its children while the tree is built.

The binder is needed at once (children's text and `wx:if` chains read it). The rest (the selector
chain, inherited visibility and font size) can wait: a deferred state computes them the first
time they are read, after its ancestors' (iteratively: templates nest deeper than Python's
recursion limit), so an element whose facts no rule asks for never resolves its styles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lint.frontends.cascade import Element
from lint.model import UNKNOWN, Fact

#: Computes (chain, visible, font size, uncertain) from the parent's state, resolved by then.
Resolver = Callable[["State"], tuple[tuple[Element, ...], Fact, Fact, bool]]


class State:
    __slots__ = ("_chain", "_font_size", "_parent", "_resolve", "_uncertain", "_visible", "binder", "root_size")

    def __init__(self, chain: tuple[Element, ...], visible: Fact, font_size: Fact, uncertain: bool, binder: Any,
                 root_size: Any = None) -> None:
        self._chain = chain
        self._visible = visible
        self._font_size = font_size
        self._uncertain = uncertain
        self.binder = binder
        self.root_size = root_size
        self._parent: State | None = None
        self._resolve: Resolver | None = None

    @classmethod
    def deferred(cls, parent: State, binder: Any, resolve: Resolver) -> State:
        state = cls((), UNKNOWN, UNKNOWN, False, binder, parent.root_size)
        state._parent = parent
        state._resolve = resolve
        return state

    def _settle(self) -> None:
        waiting: list[State] = []
        state: State | None = self
        while state is not None and state._resolve is not None:
            waiting.append(state)
            state = state._parent
        for state in reversed(waiting):
            resolve, parent = state._resolve, state._parent
            assert resolve is not None and parent is not None
            state._resolve = state._parent = None
            state._chain, state._visible, state._font_size, state._uncertain = resolve(parent)

    @property
    def chain(self) -> tuple[Element, ...]:
        if self._resolve is not None:
            self._settle()
        return self._chain

    @property
    def visible(self) -> Fact:
        if self._resolve is not None:
            self._settle()
        return self._visible

    @property
    def font_size(self) -> Fact:
        if self._resolve is not None:
            self._settle()
        return self._font_size

    @property
    def uncertain(self) -> bool:
        if self._resolve is not None:
            self._settle()
        return self._uncertain
