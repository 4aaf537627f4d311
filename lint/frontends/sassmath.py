"""Sass arithmetic on numbers with units, as far as a value can be computed without the compiler.

`11 * calc(750 / 375) * 1rpx` is `22rpx`: numbers with at most one unit, `+ - * /`, parentheses, `calc()` and
`math.div(a, b)` of numbers (what scss.py's functions, mixin arguments and loop counters produce). Anything else
(a variable left, another function, two units multiplied, a division by a length) is not known.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?|\.\d+)([a-z%]*)|(math\.div\(|calc\(|[-+*/(),]))", re.I)


def evaluate(expression: str) -> str | None:
    """Sass arithmetic on numbers with at most one unit (`11 * (750 / 375) * 1rpx` -> `22rpx`), with `calc()` and
    `math.div(a, b)` on numbers; None for anything else (a variable, a function, two units multiplied)."""
    tokens: list[str | tuple[float, str]] = []
    at = 0
    text = expression.strip()
    while at < len(text):
        found = _TOKEN.match(text, at)
        if found is None or found.end() == at:
            return None
        at = found.end()
        if found.group(1) is not None:
            tokens.append((float(found.group(1)), found.group(2).lower()))
        else:
            tokens.append({"calc(": "(", "math.div(": "div("}.get(found.group(3).lower(), found.group(3)))
    position = 0

    def peek() -> str | tuple[float, str] | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str | tuple[float, str] | None:
        nonlocal position
        position += 1
        return tokens[position - 1] if position <= len(tokens) else None

    def combine(left: tuple[float, str], op: str, right: tuple[float, str]) -> tuple[float, str]:
        (a, u), (b, v) = left, right
        if op in "+-":
            if u and v and u != v:
                raise ValueError(op)
            return (a + b if op == "+" else a - b), u or v
        if op == "*":
            if u and v:
                raise ValueError(op)
            return a * b, u or v
        if b == 0 or (v and v != u):
            raise ValueError(op)
        return a / b, "" if v else u

    def primary() -> tuple[float, str]:
        token = take()
        if token == "-":
            value, unit = primary()
            return -value, unit
        if token == "(":
            inner = sum_()
            if take() != ")":
                raise ValueError("(")
            return inner
        if token == "div(":
            left = sum_()
            if take() != ",":
                raise ValueError(",")
            right = sum_()
            if take() != ")":
                raise ValueError(")")
            return combine(left, "/", right)
        if isinstance(token, tuple):
            return token
        raise ValueError(str(token))

    def product() -> tuple[float, str]:
        value = primary()
        while peek() in ("*", "/"):
            op = take()
            assert isinstance(op, str)
            value = combine(value, op, primary())
        return value

    def sum_() -> tuple[float, str]:
        value = product()
        while peek() in ("+", "-"):
            op = take()
            assert isinstance(op, str)
            value = combine(value, op, product())
        return value

    try:
        number, unit = sum_()
    except (ValueError, IndexError):
        return None
    if position != len(tokens):
        return None
    return f"{round(number, 4):g}{unit}"
