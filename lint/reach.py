"""Which nodes the active rules can reach, so a frontend may leave the others unbuilt.

A selector matches only when every key holds, so a rule can select a node only if the node's kind is in its
`kind:` list and, when it has a top-level `text:` condition that text-less nodes fail (`selector.text_gate`),
only if the node's text passes it; likewise a toggle, for a rule with a top-level `checked:` condition, only
if its checked state can pass it. Most elements of a real layout are rows, cards and plain captions: no
rule can select them, and building a node for each was most of a cold run. A frontend that honours `Reach`
still builds what the reachable nodes' facts depend on (ancestors, a toggle's label sources); the findings
are the same with and without it (tests/test_reach.py runs every fixture and example both ways).

Derived from the active rules, users' own included: a rule without `kind:` reaches every node, and then
nothing is skipped (`reach_of` returns None).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lint.engine import ActiveRule
from lint.model import Fact


@dataclass(frozen=True, slots=True)
class Reach:
    #: Kinds some rule selects whatever the node's text says.
    kinds: frozenset[str]
    #: Text tests of the other rules: a node of another kind matters only when its text passes one of them.
    texts: tuple[Callable[[Fact], bool], ...]
    #: The kinds those text-tested rules select: a node of any other kind never needs its text tested.
    text_kinds: frozenset[str] = frozenset()
    #: Checked-state tests of rules with no text test that select toggles: a toggle matters to them only when
    #: its checked state can pass one (what it is as written, unless code or its surroundings may change it).
    checks: tuple[Callable[[Fact], bool], ...] = ()
    #: The toggles and buttons beside a text that passes a text test (its siblings, and their children): a rule
    #: asks whether a consent control is hidden with the text (derived.hidden_with_consent), and an agreement
    #: row or a form holds the two side by side.
    controls_beside_texts: bool = False

    def text_matters(self, text: Fact | None) -> bool:
        return text is not None and any(test(text) for test in self.texts)

    def checked_matters(self, checked: Fact) -> bool:
        return any(test(checked) for test in self.checks)


def _names(spec: object, fact: str) -> bool:
    """Whether a selector (a mapping, nested in `not`/`any`/`all`) names the fact."""
    if isinstance(spec, dict):
        return fact in spec or any(_names(value, fact) for value in spec.values())
    if isinstance(spec, list):
        return any(_names(item, fact) for item in spec)
    return False


def reach_of(rules: Iterable[ActiveRule]) -> Reach | None:
    """The reach of a set of active rules, or None when some rule may select any node."""
    kinds: set[str] = set()
    text_kinds: set[str] = set()
    texts: list[Callable[[Fact], bool]] = []
    checks: list[Callable[[Fact], bool]] = []
    beside = False
    for active in rules:
        if active.matcher is None:
            continue  # a built-in rule (parse errors, skipped files) that selects no node
        if active.kinds is None:
            return None
        if active.gate is not None:
            texts.append(active.gate)
            text_kinds |= active.kinds
            if _names(active.rule.select, "linked_elsewhere"):
                # lint/derived.py looks for the same documents in the screen's visible texts, toggles' labels
                # included: those that pass the rule's text test are built too.
                text_kinds |= {"text", "link", "toggle", "button"}
            if _names(active.rule.select, "hidden_with_consent"):
                beside = True  # derived.py looks for the consent control hidden with a text: built beside it
        elif active.checked_gate is not None and "toggle" in active.kinds:
            checks.append(active.checked_gate)  # only toggles have a checked state: its other kinds stay ungated
            kinds |= active.kinds - {"toggle"}
        else:
            kinds |= active.kinds
    # A toggle some rule selects whatever its state is built anyway: the checked tests then decide nothing.
    return Reach(frozenset(kinds), tuple(texts), frozenset(text_kinds),
                 tuple(checks) if "toggle" not in kinds else (), beside)
