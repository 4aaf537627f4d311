"""A page template's per-element facts computed on first demand (`Node.pending`).

Most elements fail every rule on their kind or text, so their styles, visibility, font size and
toggle state are never read. A lazily built template gives each element a deferred `State` and a
finisher that turns it into exactly the facts the eager build sets, attached once the tree is
finished (text, labels and kinds are then final, and no rule runs before).

Visibility includes the consent-dialog release the eager build applies last
(`dialogs.release_consent_dialogs`): an element hidden with its ancestors shares their hidden
fact, so the release is decided once per hidden fact, at the element that hides them (its
*origin*), and every element sharing the fact gets the same result. Facts that later passes set
(a hand-drawn toggle's `checked`) are already there when the finisher runs, and are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lint.frontends.mini.dialogs import Opener, consent_release
from lint.frontends.mini.facts import SHOWN
from lint.frontends.mini.library import Spec
from lint.frontends.mini.scale import scaled
from lint.frontends.mini.state import Resolved, State
from lint.frontends.mini.styles import Inherited
from lint.frontends.mini.values import Binder
from lint.model import UNKNOWN, Fact, Node

if TYPE_CHECKING:
    from lint.frontends.cascade import Cascade
    from lint.frontends.mini.paint import Painter

_PX = Fact("px")
_SHOWN = SHOWN


class Chain:
    """A parent's run of `wx:if`/`wx:elif`/`wx:else` siblings whose conditions wait until a branch's
    visibility is asked for; then the branches up to it are evaluated in order, as the eager build does."""

    __slots__ = ("branches", "builder", "facts", "state")

    def __init__(self, builder: DeferredFacts) -> None:
        self.builder = builder
        self.branches: list[Branch] = []
        self.facts: list[Fact] = []
        #: The chain's own state for `_conditional`, keyed by `id(self)`: private to this chain.
        self.state: dict[int, Any] = {}

    def fact(self, index: int) -> Fact:
        facts = self.facts
        while len(facts) <= index:
            branch = self.branches[len(facts)]
            facts.append(self.builder._conditional(branch.attrs, self.state, id(self), branch.line, branch.binder))
        return facts[index]


class Branch:
    __slots__ = ("attrs", "binder", "chain", "index", "line")

    def __init__(self, chain: Chain, attrs: dict[str, str | None], line: int, binder: Binder) -> None:
        self.chain = chain
        self.index = len(chain.branches)
        self.attrs = attrs
        self.line = line
        self.binder = binder
        chain.branches.append(self)


class Later(State):
    """An element's deferred state for its children and, called with the element, its finisher.

    One object per element (not closures): a page has thousands of elements, and every object
    they allocate is also work for the garbage collector.
    """

    __slots__ = ("attrs", "builder", "conditional", "looped", "node", "toggle")

    def __init__(self, builder: DeferredFacts, parent: State, node: Node, attrs: dict[str, str | None],
                 binder: Binder, conditional: Fact | Branch, looped: bool, spec: Spec | None) -> None:
        # State's fields, set here rather than through State.__init__: one call less per element. The
        # computed ones (`_chain`, `_visible`, ...) stay unset: they are read only after `_settle` sets them.
        self.binder = binder
        self.root_size = parent.root_size
        self._parent = parent
        self.builder = builder
        self.node = node
        self.attrs = attrs
        self.conditional = conditional
        self.looped = looped
        self.toggle = spec if spec is not None and node.kind == "toggle" else None

    def _compute(self, parent: State) -> Resolved:
        conditional = self.conditional
        if isinstance(conditional, Branch):
            # Under a hidden parent the chain is never read (`_visibility`): left unevaluated, unless only its
            # `visibility` hides it (the element may show itself again).
            hidden = parent.visible
            conditional = conditional.chain.fact(conditional.index) if hidden.value is not False or type(
                hidden) is Inherited else UNKNOWN
        return self.builder._resolve(self.node, self.attrs, parent, self.binder, conditional, self.looped)

    def __call__(self, node: Node) -> None:
        builder = self.builder
        facts: dict[str, Fact] = {"visible": builder._final_visibility(node, self.visible)}
        size = scaled(self.font_size, self.scale)
        if size.value is not None and id(node) not in builder.hosts:
            facts["font_size"] = size
            facts["size_unit"] = _PX
        if self.toggle is not None:
            builder._toggle_facts(facts, node, self.attrs, self.toggle, self.binder)
        own = node.facts
        for name, fact in facts.items():
            own.setdefault(name, fact)  # set by a later pass (a hand-drawn toggle): that one wins


class DeferredFacts:
    """The lazy half of `TemplateBuilder`; `_resolve` and `_toggle_facts` are the builder's."""

    lazy: bool
    directives: tuple[str, str, str, str]
    #: Each lazily built element's state for its children (its own facts derive from it).
    states: dict[int, Later]
    #: The released (or kept) visibility per hidden fact, by id (the fact is kept alive by its nodes).
    released: dict[int, Fact]
    #: (use site, grafted roots, use site's state) of every grafted component.
    grafts: list[tuple[Node, list[Node], State]]
    #: Data keys a visible document link shows (dialogs.document_openers).
    openers: dict[Opener, Node]
    hosts: set[int]
    #: What a page is drawn on below its own background (white for a WeChat page; unknown for a component, a dark-mode
    #: app), and whether the template is a component's (mini/page.py sets them).
    backdrop_of: Callable[[], Fact] | None
    component: bool
    painter: Painter | None
    cascade: Cascade
    shown: str
    order: list[Node]
    direct: dict[int, str]

    if TYPE_CHECKING:
        own_hidden: set[int]

        def _flag(self, attrs: dict[str, str | None], name: str, line: int, binder: Binder) -> Fact: ...

        def _resolve(self, node: Node, attrs: dict[str, str | None], state: State, binder: Binder,
                     conditional: Fact, looped: bool) -> Resolved: ...

        def _conditional(self, attrs: dict[str, str | None], chains: dict[int, Any], key: int, line: int,
                         binder: Binder) -> Fact: ...

        def _toggle_facts(self, facts: dict[str, Fact], node: Node, attrs: dict[str, str | None], spec: Spec,
                          binder: Binder) -> None: ...

    def _branch(self, attrs: dict[str, str | None], chains: dict[int, Any], key: int, line: int,
                binder: Binder) -> Fact | Branch:
        """`_conditional`, deferred: the element's place in its parent's chain (`key`), or its fact when
        that needs no evaluation (no directive: shown; `wx:elif`/`wx:else` with no chain: unknown)."""
        when, elif_, else_, _ = self.directives
        if when in attrs:
            chain = chains[key] = Chain(self)
        elif elif_ in attrs or else_ in attrs:
            found = chains.get(key)
            if found is None:
                return Fact(None)
            chain = found
        else:
            if chains:
                chains.pop(key, None)
            return _SHOWN
        return Branch(chain, attrs, line, binder)

    def _defer(self, node: Node, parent: State, attrs: dict[str, str | None], binder: Binder,
               conditional: Fact | Branch, looped: bool, spec: Spec | None) -> State:
        later = Later(self, parent, node, attrs, binder, conditional, looped, spec)
        self.states[id(node)] = later
        return later
    def _final_visibility(self, node: Node, raw: Fact) -> Fact:
        """`raw` after the consent-dialog release of its origin (`node` shares it, or is the origin)."""
        if raw.value is not False:
            return raw
        found = self.released.get(id(raw))
        if found is None:
            origin = node
            while origin.parent is not None:
                above = self.states.get(id(origin.parent))
                if above is None or above.visible is not raw:
                    break
                origin = origin.parent
            found = self.released[id(raw)] = consent_release(origin, raw, self.openers) or raw
        return found

    def paint(self, node: Node) -> dict[str, Fact]:
        """A node's colour facts (`Document.paint`): the page's painter is made on the first one asked."""
        painter = self.painter
        if painter is None:
            from lint.frontends.mini.paint import Painter

            backdrop = self.backdrop_of() if self.backdrop_of is not None else UNKNOWN
            painter = self.painter = Painter(self.cascade, self.states, self.shown, backdrop, self.component,
                                             self.order, self.direct)
        return painter.facts(node)

    def release(self) -> None:
        """Breaks the builder's cycles (states -> `Later` -> builder, `Chain` <-> `Branch`) once the page is
        linted (`Document.release`): a page's nodes are then freed by reference counting, not by the
        cyclic collector."""
        for later in self.states.values():
            if isinstance(later.conditional, Branch):
                later.conditional.chain.branches.clear()
        self.states.clear()
        self.released.clear()
        self.grafts.clear()
        if self.painter is not None:
            self.painter.release()
            self.painter = None

    def _rendered(self, node: Node) -> bool:
        """Whether the element's own `wx:if` chain renders it at first and its own `hidden` does not hide it
        (labels.py, before visibility is attached): what its ancestors do is shared with the siblings it is compared
        with."""
        later = self.states.get(id(node))
        if later is None:  # built at once (a grafted component, a uni-app page): its own condition, else its
            # visibility, which a hidden parent gives every child alike (then none of them is told apart)
            if id(node) in self.own_hidden:
                return False
            parent = node.parent
            return node.fact("visible").value is not False or (parent is not None and
                                                               parent.fact("visible").value is False)
        conditional = later.conditional
        fact = conditional.chain.fact(conditional.index) if isinstance(conditional, Branch) else conditional
        if fact.value is False:
            return False
        # Its own `hidden` too (`<text hidden="{{mode !== 'renew'}}">`): texts switched that way share the row.
        if "hidden" in later.attrs and self._flag(later.attrs, "hidden", node.span.line, later.binder).value is True:
            return False
        # And its own styles (`<text class="tip hide">` with `.hide { display: none }`): hidden where its parent is
        # not. Read only for a toggle's neighbours, the one place this asks, settling their state early.
        if later.visible.value is not False:
            return True
        above = self.states.get(id(node.parent)) if node.parent is not None else None
        return above is not None and above.visible.value is False

    def _attach(self) -> None:
        """Releases grafted elements hidden with their use site, then leaves the rest for later."""
        for use_site, grafted, state in self.grafts:
            hidden = state.visible
            if hidden.value is not False:
                continue
            final = self._final_visibility(use_site, hidden)
            if final is hidden:
                continue
            for root in grafted:
                for inner in root.walk():
                    if inner.facts.get("visible") is hidden:
                        inner.facts["visible"] = final
        for later in self.states.values():
            later.node.pending = later
