"""Rule selectors: conditions over a node's kind and computed facts, compiled to closures.

A selector is a mapping; every key must hold. Keys are `kind`, `not`, `any`, `all`, or a fact
name whose condition is a literal (equality), or one of `matches`, `lt`/`lte`/`gt`/`gte`, `in`,
`ne`, `is: known|unknown`. An unknown fact (value None) never satisfies a positive condition,
which is how "never guess" is enforced for every rule, including users' own.
"""

from __future__ import annotations

import difflib
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any

from lint.lexicon import Lexicon
from lint.model import FACT_TYPES, FACTS, KINDS, UNKNOWN, Fact, Node

#: A compiled condition: returns whether the node matches, appending the facts it relied on.
Matcher = Callable[[Node, list[str]], bool]

_COMPARE = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}


class SelectorError(ValueError):
    """A selector that cannot be compiled: `key` is the dotted path of the offending key within the selector
    (`font_size.lt`, `not.any.0.label`), `value` what it holds, so a config error can name both."""

    def __init__(self, key: str, value: Any, problem: str) -> None:
        super().__init__(f"{key}: {value!r}: {problem}")
        self.key, self.value, self.problem = key, value, problem

    def within(self, outer: str) -> SelectorError:
        return SelectorError(f"{outer}.{self.key}" if self.key else outer, self.value, self.problem)


def kinds_of(spec: Mapping[str, Any]) -> frozenset[str] | None:
    """The node kinds a selector can match at all (lets the engine skip most nodes cheaply)."""
    kind = spec.get("kind")
    if kind is None:
        return None
    return frozenset([kind] if isinstance(kind, str) else kind)


def text_gate(spec: Mapping[str, Any], lexicons: Mapping[str, Lexicon],
              options: Mapping[str, Any]) -> Callable[[Fact], bool] | None:
    """The selector's top-level `text` condition when a node without text can never pass it, else None.

    Every key of a selector must hold, so a node whose text fails this test cannot match: frontends may
    skip building such nodes (lint/reach.py). `text: {is: unknown}` or `text: {ne: ...}` pass for a node
    without text, so they gate nothing.
    """
    return fact_gate(spec, "text", lexicons, options)


def fact_gate(spec: Mapping[str, Any], key: str, lexicons: Mapping[str, Lexicon],
              options: Mapping[str, Any]) -> Callable[[Fact], bool] | None:
    """The selector's top-level test of fact `key` when a node without that fact never passes it, else None."""
    if not isinstance(spec, Mapping) or key not in spec:
        return None
    test = _compile_condition(key, spec[key], lexicons, options)
    return None if test(UNKNOWN) else test


def compile_selector(spec: Mapping[str, Any], lexicons: Mapping[str, Lexicon], options: Mapping[str, Any]) -> Matcher:
    if not isinstance(spec, Mapping):
        raise SelectorError("", spec, "expected a mapping of conditions")
    if not spec:  # would select every element (or, under `not`, none)
        raise SelectorError("", {}, "an empty selector; name a kind or a fact to test")
    keys = list(spec)
    # Kind first, then text searches (memoised per distinct text, and on facts frontends compute
    # eagerly), then the rest, which may make a frontend compute a node's pending facts: most nodes
    # fail on kind or text and never pay for them. Evidence is still reported in the selector's own order.
    parts = sorted(((_cost(k, spec[k]), k, _compile_key(k, spec[k], lexicons, options)) for k in keys),
                   key=lambda item: item[0])
    position = {k: i for i, k in enumerate(keys)}
    matchers = [m for _, _, m in parts]

    def match_all(node: Node, used: list[str]) -> bool:
        local: list[str] = []
        for part in matchers:
            if not part(node, local):
                return False
        if len(local) > 1:
            local.sort(key=lambda name: position.get(name, len(position)))
        used.extend(local)
        return True

    return match_all


def _cost(key: str, condition: Any) -> int:
    if key == "kind":
        return 0
    if isinstance(condition, Mapping) and "matches" in condition:
        return 1
    return 2


def _compile_key(key: str, value: Any, lexicons: Mapping[str, Lexicon], options: Mapping[str, Any]) -> Matcher:
    if key == "kind":
        named = isinstance(value, list) and value and all(isinstance(k, str) for k in value)
        if not (isinstance(value, str) or named):
            raise SelectorError("kind", value, f"expected a node kind or a list of them: {', '.join(KINDS)}")
        kinds = kinds_of({"kind": value}) or frozenset()
        unknown = kinds - set(KINDS)
        if unknown:
            raise SelectorError("kind", value, f"unknown node kind(s) {sorted(unknown)}; known: {', '.join(KINDS)}")
        return lambda node, used: node.kind in kinds
    if key == "not":
        try:
            inner = compile_selector(value, lexicons, options)
        except SelectorError as exc:
            raise exc.within("not") from None
        return lambda node, used: not inner(node, [])
    if key in ("any", "all"):
        if not isinstance(value, list) or not value:
            raise SelectorError(key, value, "expected a list of selectors")
        inners = []
        for index, item in enumerate(value):
            try:
                inners.append(compile_selector(item, lexicons, options))
            except SelectorError as exc:
                raise exc.within(f"{key}.{index}") from None
        combine = any if key == "any" else all
        return lambda node, used: combine(inner(node, used) for inner in inners)
    if key not in FACTS:
        close = difflib.get_close_matches(key, [*FACTS, "kind", "not", "any", "all"], n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"expected kind, not, any, all or a fact: {', '.join(FACTS)}"
        raise SelectorError(key, value, f"unknown fact; {hint}")
    test = _compile_condition(key, value, lexicons, options)

    def match_fact(node: Node, used: list[str]) -> bool:
        fact = node.facts.get(key)
        if fact is None:
            fact = node.fact(key)  # unknown, or computed now from the node's pending facts
        if test(fact):
            used.append(key)
            return True
        return False

    return match_fact


def _compile_condition(
    key: str, cond: Any, lexicons: Mapping[str, Lexicon], options: Mapping[str, Any]
) -> Callable[[Fact], bool]:
    """The test of one fact; only `matches` also looks at the fact's alternative values (other locales).

    Every operand's type is checked here, when the rule is loaded: a test that cannot be evaluated
    (`lt: abc`) would otherwise raise on every page and cost the run all its findings.
    """
    if isinstance(cond, str) and _OPTION_REF.match(cond):  # `text: $caption`: the option's value, as in `{lt: $min}`
        if cond[1:] not in options:
            raise SelectorError(key, cond, f"option {cond[1:]!r} is not declared by the rule")
        cond = options[cond[1:]]
    if not isinstance(cond, Mapping):
        if not _scalar(cond):  # a fact's value is never a list: `checked: [true]` would match nothing
            raise SelectorError(key, cond, "expected a value (true, 12, 'text') or {operator: value}; "
                                           "for one of several values use {in: [...]}")
        _check_type(key, key, cond, "")
        return lambda fact: fact.value is not None and fact.value == cond
    if len(cond) != 1:
        raise SelectorError(key, dict(cond), f"a condition has exactly one operator ({', '.join(_OPERATORS)})")
    ((op, arg),) = cond.items()
    where = f"{key}.{op}"
    option = ""
    if isinstance(arg, str) and _OPTION_REF.match(arg):
        if arg[1:] not in options:
            raise SelectorError(where, arg, f"option {arg[1:]!r} is not declared by the rule")
        option = f" (the value of option {arg[1:]!r})"
        arg = options[arg[1:]]
    if op == "matches":
        if not (isinstance(arg, str) or (isinstance(arg, list) and arg and all(isinstance(r, str) for r in arg))):
            raise SelectorError(where, arg, f"expected a lexicon name or a list of them{option}")
        if FACT_TYPES.get(key, str) is not str:
            raise SelectorError(where, arg, f"{key} holds {_TYPE_WORDS[FACT_TYPES[key]]}, not text: "
                                            "`matches` tests text facts (text, label, href)")
        refs = [arg] if isinstance(arg, str) else list(arg)
        return _matches_any([_lexicon(ref, where, lexicons) for ref in refs])
    if op in _COMPARE:
        if not isinstance(arg, int | float) or isinstance(arg, bool):
            raise SelectorError(where, arg, f"expected a number{option}")
        if FACT_TYPES.get(key, float) is not float:
            raise SelectorError(where, arg, f"{key} holds {_TYPE_WORDS[FACT_TYPES[key]]}: "
                                            f"`{op}` compares numbers (font_size)")
        compare = _COMPARE[op]
        return lambda fact: isinstance(fact.value, int | float) and compare(fact.value, arg)
    if op == "in":
        if not isinstance(arg, list) or not arg or not all(_scalar(v) for v in arg):
            raise SelectorError(where, arg, f"expected a list of values{option}")
        for value in arg:
            _check_type(key, where, value, option)
        allowed = frozenset(arg)
        return lambda fact: fact.value is not None and fact.value in allowed
    if op == "ne":
        if not _scalar(arg):
            raise SelectorError(where, arg, f"expected a value{option}")
        _check_type(key, where, arg, option)
        # Unknown is not equal: `visible: {ne: false}` is "not known to be hidden" (legal-text-small reports a
        # small text whatever decides if it shows). Test `is: known` beside it for "known and not".
        return lambda fact: fact.value != arg
    if op == "is":
        if arg not in ("known", "unknown"):
            raise SelectorError(where, arg, "expected 'known' or 'unknown'")
        want_known = arg == "known"
        return lambda fact: (fact.value is not None) is want_known
    raise SelectorError(key, dict(cond), f"unknown operator {op!r}; expected one of {', '.join(_OPERATORS)}")


_OPERATORS = ("matches", "lt", "lte", "gt", "gte", "in", "ne", "is")
#: An option named in a selector: `$min_size`. A value that only starts with `$` (`text: "$0.99 首月"`) is itself.
_OPTION_REF = re.compile(r"^\$[A-Za-z_][\w-]*$")
_TYPE_WORDS = {bool: "true or false", float: "a number", str: "text"}


def _check_type(key: str, where: str, value: Any, option: str) -> None:
    """A value the fact can hold: `checked: 'true'` (the string, as a layout writes it) or `visible: gone` would
    never equal a fact's value, and `checked: null` never matches (an unknown fact is `is: unknown`)."""
    wanted = FACT_TYPES.get(key)
    if wanted is None:
        return
    if value is None:
        raise SelectorError(where, value, f"null never matches; test an unknown {key} with {{is: unknown}}")
    fits = isinstance(value, bool) if wanted is bool else (
        isinstance(value, int | float) and not isinstance(value, bool) if wanted is float else isinstance(value, str))
    if not fits:
        raise SelectorError(where, value, f"{key} holds {_TYPE_WORDS[wanted]}{option}")


def _scalar(value: Any) -> bool:
    """A value a fact can hold and a test can compare (hashable, for `in`)."""
    return value is None or isinstance(value, str | int | float | bool)


def _matches_any(lexes: list[Lexicon]) -> Callable[[Fact], bool]:
    """Whether any value is text that any of the lexicons matches, answered once per distinct text.

    The same labels and legal lines recur on every screen and every node is asked once per rule, so the
    answer for all of a condition's lexicons together is kept here (bounded like the lexicons' own memo).
    """
    seen: dict[str, bool] = {}

    def one(value: Any) -> bool:
        if not isinstance(value, str):
            return False
        known = seen.get(value)
        if known is None:
            if len(seen) > 100_000:
                seen.clear()
            known = seen[value] = any(lex.matches(value) for lex in lexes)
        return known

    def test(fact: Fact) -> bool:
        return one(fact.value) or (bool(fact.alts) and any(one(alt) for alt in fact.alts))

    return test


def _lexicon(ref: str, key: str, lexicons: Mapping[str, Lexicon]) -> Lexicon:
    name = ref.removeprefix("lexicon:")
    if name not in lexicons:
        raise SelectorError(key, ref, f"unknown lexicon; known: {', '.join(sorted(lexicons))}")
    return lexicons[name]
