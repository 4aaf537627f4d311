"""The rule engine: evaluates compiled selectors over a unit's UI trees and builds findings.

Platform knowledge stays in the frontends; here every rule is data, so a user's YAML rule runs
exactly like a shipped one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lint.finding import Evidence, Finding, shorten
from lint.model import KINDS, Document, Fact, Node, Span, Variants, has_ancestor_in
from lint.rules import Rule
from lint.selector import Matcher, kinds_of


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule as configured for one run: its severity, options and compiled selector."""

    rule: Rule
    severity: str
    options: Mapping[str, Any]
    kinds: frozenset[str] | None
    matcher: Matcher | None
    #: The selector's top-level text test, when a node without matching text cannot match (`text_gate`).
    gate: Callable[[Fact], bool] | None = None
    #: The selector's top-level `checked` test, when a node without a checked state cannot match (`fact_gate`).
    checked_gate: Callable[[Fact], bool] | None = None
    #: Top-level tests of the facts a message quotes (`label`, `text`): when only another locale's text passes,
    #: the message quotes that text, not the default locale's.
    quoted: tuple[tuple[str, Callable[[Fact], bool]], ...] = ()

    @property
    def id(self) -> str:
        return self.rule.id


def activate(rule: Rule, severity: str, options: Mapping[str, Any], lexicons: Mapping[str, Any]) -> ActiveRule:
    from lint.selector import compile_selector, fact_gate, text_gate

    merged = {**rule.default_options(), **options}
    matcher = compile_selector(rule.select, lexicons, merged) if rule.select else None
    kinds = kinds_of(rule.select) if rule.select else None
    gate = text_gate(rule.select, lexicons, merged) if rule.select else None
    checked = fact_gate(rule.select, "checked", lexicons, merged) if rule.select else None
    quoted = tuple((key, test) for key in ("label", "text")
                   if rule.select and (test := fact_gate(rule.select, key, lexicons, merged)) is not None)
    return ActiveRule(rule, severity, merged, kinds, matcher, gate, checked, quoted)


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, bool):  # as the rule files write them (`checked: true`), not Python's True
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4g}"
    return shorten(str(value), limit)


class _MessageValues(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def format_message(active: ActiveRule, node: Node | None, extra: Mapping[str, Any] | None = None) -> str:
    values = _MessageValues({k: _short(v) for k, v in active.options.items()})
    if node is not None:
        node.settle()
        for name, fact in node.facts.items():
            if fact.value is not None:
                values[name] = _short(fact.value)
            if fact.evidence:
                values[f"{name}_reason"] = _short(fact.evidence[0].note, 120)
        values.setdefault("label", values.get("text", node.tag))
        values.setdefault("text", values.get("label", node.tag))
        values["tag"] = node.tag  # the element as written (`CheckBox`, `switch`): a custom rule's message may name it
    for key, value in (extra or {}).items():
        values[key] = _short(value, 200)
    return active.rule.message.format_map(values)


def fingerprint(rule_id: str, path: str, identity: str, occurrence: int) -> str:
    digest = hashlib.sha1(f"{rule_id}\0{path}\0{identity}\0{occurrence}".encode()).hexdigest()
    return digest[:16]


def _suppressed(node: Node, rule_id: str) -> bool:
    return bool(node.ignores) and (rule_id in node.ignores or "all" in node.ignores)


def evaluate(documents: Iterable[Document], rules: Sequence[ActiveRule]) -> list[Finding]:
    findings: list[Finding] = []
    selectable = [r for r in rules if r.matcher is not None]
    parse_rule = next((r for r in rules if r.id == "parse-error"), None)
    # Rules per node kind, looked up once per node: most nodes are of a kind no rule selects.
    by_kind = {kind: [r for r in selectable if r.kinds is None or kind in r.kinds] for kind in KINDS}
    from lint.derived import showing

    for doc in documents:
        if parse_rule is not None:
            findings.extend(_parse_findings(doc, parse_rule))
        if selectable:
            showing(doc.roots, doc.beside, doc.paint)
            findings.extend(_evaluate_document(doc, selectable, by_kind))
    showing(())
    return findings


def _parse_findings(doc: Document, active: ActiveRule) -> Iterable[Finding]:
    for line, column, message in doc.errors:
        yield Finding(
            rule=active.id,
            severity=active.severity,
            message=format_message(active, None, {"error": message}),
            path=doc.path,
            line=line,
            column=column,
            end_line=line,
            end_column=column,
            fingerprint=fingerprint(active.id, doc.path, message, 0),
            identity=message,
        )


def _evaluate_document(doc: Document, rules: Sequence[ActiveRule],
                       by_kind: Mapping[str, Sequence[ActiveRule]]) -> list[Finding]:
    findings: list[Finding] = []
    reported: dict[str, set[int]] = {r.id: set() for r in rules}
    seen: dict[tuple[str, str], int] = {}
    emitted: set[tuple[str, int, int, str]] = set()
    anykind = [r for r in rules if r.kinds is None]  # for a kind outside KINDS (a frontend's own)
    stack = list(reversed(doc.roots))
    while stack:  # pre-order, iteratively (layouts nest deeper than the recursion limit)
        node = stack.pop()
        if node.children:
            stack.extend(reversed(node.children))
        for active in by_kind.get(node.kind, anykind):
            used: list[str] = []
            assert active.matcher is not None
            if not active.matcher(node, used) or _suppressed(node, active.id):
                continue
            if not _every_variant(node, active):
                continue
            if doc.twins and id(node) in doc.twins and _reported_alone(node, doc.twins[id(node)], active):
                continue
            mine = reported[active.id]
            if has_ancestor_in(node, mine):
                continue  # one finding per element subtree: the outermost explains it
            mine.add(id(node))
            finding = _finding(doc, node, active, used, seen)
            # One source element rendered several times alike (a render helper called twice, a loop's items with the
            # same label) is one finding: same rule, place and message.
            key = (finding.rule, finding.line, finding.column, finding.message)
            if key in emitted:
                seen[(active.id, finding.identity)] -= 1  # its occurrence number goes to the next element like it
                continue
            emitted.add(key)
            findings.append(finding)
    return findings


def _every_variant(node: Node, active: ActiveRule) -> bool:
    """Whether the rule matches the node in every build its `Variants` facts stand for (all when it has none): a
    text that each product flavor words differently is reported only when each wording would be."""
    names = [name for name, fact in node.facts.items() if type(fact) is Variants]
    if not names:
        return True
    assert active.matcher is not None
    saved = {name: node.facts[name] for name in names}
    builds = max(len(fact.values()) for fact in saved.values())
    try:
        for build in range(builds):
            for name, fact in saved.items():
                values = fact.values()
                node.facts[name] = Fact(values[min(build, len(values) - 1)], fact.evidence)
            if not active.matcher(node, []):
                return False
        return True
    finally:
        node.facts.update(saved)


def _reported_alone(node: Node, twins: Sequence[Node], active: ActiveRule) -> bool:
    """Whether the element read alone makes the same finding (`Document.twins`): then that one stands for it."""
    assert active.matcher is not None
    message = format_message(active, node, _other_locale(node, active))
    return any(active.matcher(twin, []) and not _suppressed(twin, active.id)
               and format_message(active, twin, _other_locale(twin, active)) == message for twin in twins)


def _other_locale(node: Node, active: ActiveRule) -> dict[str, str]:
    """The texts to quote instead of the default locale's: those of another locale when only they pass the
    rule's test (a marketing opt-in written in Chinese only under `values-zh-rCN`)."""
    found: dict[str, str] = {}
    for key, test in active.quoted:
        fact = node.fact(key)
        if fact.alts and not test(Fact(fact.value)):
            alt = next((a for a in fact.alts if isinstance(a, str) and test(Fact(a))), None)
            if alt is not None:
                found[key] = alt
    return found


def _finding(
    doc: Document, node: Node, active: ActiveRule, used: list[str], seen: dict[tuple[str, str], int]
) -> Finding:
    node.settle()  # a finding shows all its facts, with every piece of evidence the frontend adds on settling
    span: Span = doc.locate(node) if doc.locate is not None else node.span
    evidence: list[Evidence] = []
    for name in dict.fromkeys(used):
        for item in node.fact(name).evidence:
            if item not in evidence:
                evidence.append(item)
    identity = node.identity()
    occurrence = seen.get((active.id, identity), 0)
    seen[(active.id, identity)] = occurrence + 1
    quoted = _other_locale(node, active)
    for key, text in quoted.items():
        evidence.append(Evidence(node.path, node.span.line, f"{key} in another language: {text!r}"))
    return Finding(
        rule=active.id,
        severity=active.severity,
        message=format_message(active, node, quoted),
        path=node.path,
        line=span.line,
        column=span.column,
        end_line=span.end_line,
        end_column=span.end_column,
        fingerprint=fingerprint(active.id, node.path, identity, occurrence),
        evidence=tuple(evidence),
        identity=identity,
    )
