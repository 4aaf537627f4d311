"""Components a Taro page imports from the project's own files: a consent box written once and used on pages.

    // components/Agreement/index.tsx
    export default function Agreement({ checked, onChange }) {
      return (<View><Checkbox checked={checked} onChange={onChange}/><Text>我已阅读并同意《用户协议》</Text></View>)
    }
    // pages/login/index.tsx
    const [agreed, setAgreed] = useState(true)
    <Agreement checked={agreed} onChange={setAgreed} />

Linted alone, the component's box is checked by an unknown prop. As uni-app components are (vue/components.py), the
use becomes a toggle: its checked state is what the component's first toggle rendered there takes with the props this
use passes (read with the page's state), its label what the component labels that toggle with, else what the use
holds (`<Agreement checked={agreed}><Text>…</Text></Agreement>` rendering `{children}`), else the text beside the use
on the page. The component's other toggles rendered at the use (a list of consents the page passes) are reported at
the use too, each with its own state and label. A component whose toggle is
known alone (written `checked` inside it) and labelled inside it is reported by its own unit, not again at each use.

Where components live and what each file exports is modules.py's. A class component reads `this.props` (`const { x }
= this.props` too) and `static defaultProps`; a function component also `X.defaultProps`. Nested at most three deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from lint.finding import Evidence
from lint.frontends.expr import UNKNOWN, Valued
from lint.frontends.taro.modules import Import, Module, exported, load, project_imports, resolve
from lint.model import Fact, Node, has_ancestor_in

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

#: Components inside components inside a page: deeper ones stay unknown (and a cycle ends here).
MAX_DEPTH = 3


class Flow(NamedTuple):
    """What a use of an imported component shows: the state and label of its first toggle rendered there."""

    checked: Fact
    label: Fact | None
    unknown_label: bool
    disabled: Fact | None
    #: Whether the component renders what the use holds (`{children}`): then that may label the toggle.
    children: bool
    #: The component's other toggles rendered at this use, that the use decides (a list of consents it passes).
    more: list[Node]


#: Builds a component's JSX with the props a use passes: (module, function, props given, open-ended, depth) -> the
#: built nodes in document order with each one's start offset, and the toggles whose label cannot be known.
Builder = Callable[[Module, "TSNode", dict[str, Valued], bool, int], tuple[list[tuple[int, Node]], set[int]]]


class _Loaded(NamedTuple):
    module: Module
    function: TSNode
    #: Its toggles built alone (every prop unknown), by start offset: whether each is fixed there, i.e. known
    #: checked and labelled inside the component (its own unit reports it, not each use).
    fixed: dict[int, bool]
    children: bool
    #: Where its texts and links start whose visibility alone is unknown: a use's props may hide them.
    shown: frozenset[int]


#: Components built alone (`Imported._load`), by file, bytes, function and depth; the oldest go first.
_ALONE: dict[tuple[Path, bytes, int, int], _Loaded | None] = {}
_MAX_ALONE = 128


class Imported:
    """The project components one module imports, built per use when they render a toggle."""

    def __init__(self, names: dict[str, Import], base: Path, src_root: Path | None, depth: int,
                 build: Builder) -> None:
        self.names = names
        self.base = base
        self.src_root = src_root
        self.depth = depth
        self._build = build
        #: Local name -> the component, or None: not found, or nothing in it a use's props may decide.
        self._loaded: dict[str, _Loaded | None] = {}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names and self.depth < MAX_DEPTH

    def _load(self, name: str) -> _Loaded | None:
        if name in self._loaded:
            return self._loaded[name]
        self._loaded[name] = None  # a component using itself sees nothing
        found = self._component(name)
        if found is None:
            return None
        module, function = found
        # Built alone once per process for a component that imports no project file (what it renders is then its
        # file's bytes alone): every page of an app using `Agreement` asks.
        key = (module.path, module.src, function.start_byte, self.depth) if not project_imports(
            module.tree.root_node, module.src) else None
        if key is not None and key in _ALONE:
            self._loaded[name] = _ALONE[key]
            return self._loaded[name]
        nodes, _ = self._build(module, function, {}, True, self.depth + 1)
        fixed = {start: _fixed(node) for start, node in nodes if node.kind == "toggle"}
        # Shown or not as its props say (unknown alone): a use may hide it. One shown alone shows at every use.
        shown = frozenset(start for start, node in nodes if "text" in node.facts and node.kind in ("link", "text")
                          and node.facts.get("visible", Fact(None)).value is None)
        src = module.src[function.start_byte : function.end_byte]
        loaded = _Loaded(module, function, fixed, re.search(rb"\bchildren\b", src) is not None, shown) \
            if fixed or shown else None
        if key is not None:
            if len(_ALONE) >= _MAX_ALONE:
                _ALONE.pop(next(iter(_ALONE)))
            _ALONE[key] = loaded
        self._loaded[name] = loaded
        return loaded

    def roots(self, name: str) -> list[Node]:
        """The component's tree as it renders alone (every prop unknown): what `Document.beside` asks for — links it
        shows whatever its props are open documents on the page (lint/derived.py)."""
        found = self._component(name)
        if found is None:
            return []
        nodes, _ = self._build(*found, {}, True, self.depth + 1)
        return [node for _, node in nodes if node.parent is None]

    def _component(self, name: str) -> tuple[Module, TSNode] | None:
        """The file and function `name` is imported from (modules.py)."""
        imported = self.names[name]
        path = resolve(imported.specifier, self.base, self.src_root)
        module = load(path) if path is not None else None
        return exported(module, imported.export, self.src_root) if module is not None else None

    def use(self, name: str, given: dict[str, Valued], open_ended: bool) -> tuple[Flow | None, list[Node]]:
        """The component built under one use: its toggle's facts there (`flow`), and the documents it may show alone
        but this use hides while showing none (`<AgreementFooter showLinks={false}/>`: its links), the outermost of
        each, to report at the use."""
        loaded = self._load(name)
        if loaded is None:
            return None, []
        nodes, unknown = self._build(loaded.module, loaded.function, given, open_ended, self.depth + 1)
        hidden = {id(node) for start, node in nodes if start in loaded.shown and node.kind in ("link", "text")
                  and node.facts.get("visible", Fact(None)).value is False}
        outermost = [node for _, node in nodes if id(node) in hidden and not has_ancestor_in(node, hidden)]
        if outermost and any(_names_document(node) for _, node in nodes if node.kind in ("link", "text")
                             and node.facts.get("visible", Fact(None)).value is not False):
            # It shows a document here: what it hides is its other variant (`type === 'subscribe' ? …连续包月… :
            # …会员服务协议…`), not this screen's documents taken away.
            outermost = []
        return self._flow(loaded, nodes, unknown), outermost

    def _flow(self, loaded: _Loaded, nodes: list[tuple[int, Node]], unknown: set[int]) -> Flow | None:
        """The use's toggle facts: the component's first toggle rendered at this use (`{showRemember && <Switch/>}`
        is not, with `showRemember={false}`); None when there is none, or it is the same at every use."""
        toggles = [(start, node) for start, node in nodes if node.kind == "toggle"]
        # The first one rendered here; else the first (a box the use hides is still ticked when it shows).
        found = next((t for t in toggles if t[1].facts.get("visible", Fact(None)).value is not False),
                     toggles[0] if toggles else None)
        if found is None or loaded.fixed.get(found[0], False):
            return None
        toggle = found[1]
        more = [_inner(node) for start, node in toggles if node is not toggle and not loaded.fixed.get(start, False)
                and node.facts.get("visible", Fact(None)).value is not False]
        return Flow(_inner(toggle).facts["checked"], toggle.facts.get("label"), id(toggle) in unknown,
                    toggle.facts.get("disabled"), loaded.children, more)


def _names_document(node: Node) -> bool:
    from lint.frontends.mini.dialogs import DOCUMENT_TITLE

    text = node.facts.get("text")
    return text is not None and isinstance(text.value, str) and DOCUMENT_TITLE.search(text.value) is not None


def _inner(toggle: Node) -> Node:
    """The toggle with where it is in the component as the last evidence of its state."""
    checked = toggle.facts.get("checked", Fact(None))
    if checked.value is not None and checked.value is not UNKNOWN:
        inner = Evidence(toggle.path, toggle.span.line, f"<{toggle.tag}> inside {toggle.path}")
        checked = Fact(checked.value, (*checked.evidence, inner))
    toggle.facts["checked"] = checked
    return toggle


def _fixed(toggle: Node) -> bool:
    checked, label = toggle.facts.get("checked"), toggle.facts.get("label")
    return checked is not None and checked.value is not None and label is not None and bool(label.value)
