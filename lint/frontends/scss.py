"""SCSS and Less, as far as a first render can be known without compiling them.

Literal declarations and simple nesting are taken (`.agree { .tip {} &-text {} }` becomes
`.agree .tip` and `.agree-text`), and the file's own Sass variables with literal values (`$tip: 18rpx`, by
scope, `!default` and `!global`; Less's `@tip: 18rpx` alike); a value that uses any other variable (imported,
or injected by the build such as uni-app's `uni.scss`), a function or interpolation is kept as *unknown* (so a
lower-priority literal never wins by mistake); rules under `@media`/`@supports` may or may not apply (what they
set is unknown for the elements they name), and blocks under other at-rules are dropped. `@include` of a mixin the
file or its imports define (`@mixin caption($size: 22rpx) { font-size: $size; }`) sets what the mixin's body sets,
its arguments bound; any other `@include` (a library's mixin, one with a content block) may set anything, so every
property the rules read is unknown where it stands (a later literal in the rule still wins).
A small scanner splits blocks (the CSS grammar reads neither `$vars` nor `&-suffix`); every flattened rule then
goes through the CSS parser, and its declarations keep the line they were written on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from lint.frontends.css import PRINT_ONLY, PROPERTIES, SCALE_PROPERTIES, StyleSheet
from lint.frontends.css import parse as parse_css
from lint.frontends.sassmath import evaluate

UNRESOLVED = "{{$dynamic}}"
#: `@for $i from 8 through 50 { .fs-#{$i} { font-size: $i * 1px } }`: utility scales written as a loop are
#: expanded (up to this many rounds); the counter is a number, so `#{$i}` and simple products resolve.
_FOR = re.compile(r"^@for\s+\$([\w-]+)\s+from\s+(-?\d+)\s+(through|to)\s+(-?\d+)$")
#: `@each $size in 10, 12, 14 { … }`: a plain list of numbers or words (maps and nested lists stay unknown).
_EACH = re.compile(r"^@each\s+\$([\w-]+)\s+in\s+\(?\s*([\w.%-]+(?:\s*,?\s*[\w.%-]+)*)\s*\)?$")
_MAX_ROUNDS = 200
#: And at most this many characters of expanded loop bodies per loop: the scanner is Python, per character.
_MAX_EXPANDED = 100_000
#: `12 * 1px`, `2rpx * 12`, `1 * 20px / 2` after the counter is substituted: what Sass computes.
_PRODUCT = re.compile(r"^-?\d+(?:\.\d+)?[a-z%]*(?:\s*[*/]\s*-?\d+(?:\.\d+)?[a-z%]*)+$")
_TERM = re.compile(r"[*/]|-?\d+(?:\.\d+)?[a-z%]*")
_ARITHMETIC = re.compile(r"\d\s*[*/+]|[*+]\s*-?\d|\d[a-z%]*\s+-\s+\.?\d")
_DYNAMIC_MARKS = ("$", "@", "#{", "(", "~")
#: What the scanner stops at; everything between is copied as one piece.
_SPECIAL = re.compile(r"[/\"'\n{};]")
_CSS_VAR = re.compile(r"var\(\s*--[\w-]+\s*(?:,[^()$@#~]*)?\)")
#: CSS transform functions with plain arguments (`scale(0.8)`): CSS, not Sass functions (Sass defines none of these).
_CSS_TRANSFORM = re.compile(r"\b(?:scale|scale[xyz]|scale3d|translate|translate[xyz]|translate3d|rotate|rotate[xyz]|"
                            r"rotate3d|skew|skew[xy]|matrix|matrix3d|perspective)\([^()$@#~]*\)", re.IGNORECASE)


#: `@mixin name` or `@mixin name($a, $b: 10px)`: its body is kept (under `_MIXIN_KEY`), not read as rules.
_MIXIN = re.compile(r"^@(?:mixin|function)\s+([\w-]+)\s*(?:\((.*)\))?$", re.S)
#: `@include name;`, `@include name(28rpx)`, `@include ns.name` (a module loaded with `@use … as ns`).
_INCLUDE = re.compile(r"^@include\s+(?:([A-Za-z_][\w-]*)\.)?([\w-]+)\s*(?:\((.*)\))?\s*$", re.S)
#: Mixins travel with the variables (an imported file's mixins are known to its importer the same way):
#: `@mixin name` under this key, its value `params` NUL `body`.
_MIXIN_KEY = "@mixin "
#: `@function rpx($px) { @return $px * 2rpx; }` likewise: a function whose body is one `@return` is computed.
_FUNCTION_KEY = "@function "
_RETURN = re.compile(r"^\s*@return\s+([^;{}]+?)\s*;?\s*$", re.S)
#: A call of a function the project defines, its arguments without nested calls but `calc()`/`math.div()`.
_CALL = re.compile(r"(?<![\w$.-])(?:([A-Za-z_][\w-]*)\.)?([A-Za-z_][\w-]*)\(((?:[^()]|\([^()]*\))*)\)")
#: How deep mixins may include mixins (a mixin including itself stops here).
_MAX_MIXIN_DEPTH = 8
#: What a mixin this does not know may set: every property the rules read, but the transforms (a library's
#: mixin that transforms centres or animates; one that scaled text would most likely shrink it). Unknown, they
#: would leave no element with an `@include ellipsis;` a size.
_ANY_PROPERTY = tuple(sorted(PROPERTIES - SCALE_PROPERTIES))
#: `.name(` at the start of a block's header: a Less mixin with parameters (no CSS selector has a `(` there).
_LESS_MIXIN = re.compile(r"^[.#][\w-]+\s*\(")
_LESS_CALL = re.compile(r"^[.#][\w-]+\s*(?:\(.*\))?\s*(?:!important)?$", re.S)
_LINE_COMMENT = re.compile(r"(?<![:\w])//[^\n]*")


@dataclass(slots=True)
class _Frame:
    selectors: list[str] | None  # None: an at-rule or mixin block, whose contents are skipped
    opened: int
    declarations: list[tuple[str, str, int]] = field(default_factory=list)
    #: Sass variables declared in this block (its own scope): name -> literal value, or None when not known.
    variables: dict[str, str | None] = field(default_factory=dict)
    #: Inside `@media`/`@supports`: its rules apply on some screens only (`StyleRule.maybe`).
    maybe: bool = False


def _split_top(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _resolve(header: str, parents: list[str] | None) -> list[str] | None:
    mixin_call = header.endswith(")") and "(" in header and not header.startswith((".", "#"))
    if header.startswith("@") or mixin_call or _LESS_MIXIN.match(header):
        return None  # an at-rule, a mixin call, or a Less mixin's definition (`.button-outline(@color) {`)
    if "#{" in header or "@{" in header:
        return None
    resolved: list[str] = []
    for part in _split_top(header):
        for parent in parents or [""]:
            if "&" in part:
                resolved.append(part.replace("&", parent) if parent else part.replace("&", ""))
            else:
                resolved.append(f"{parent} {part}".strip())
    return resolved


#: `$tip-size: 18rpx;`, `$gap: $base * 2 !default;`: a Sass variable (`-` and `_` name the same one).
_VARIABLE = re.compile(r"^\$([\w-]+)\s*:(.*)$", re.S)
#: `$tip` or, from a module loaded with `@use 'tokens' as t`, `t.$tip` (vue/styles.py names its variables so).
_REFERENCE = re.compile(r"(?:\b([A-Za-z_][\w-]*)\.)?\$([\w-]+)")
_FLAGS = re.compile(r"\s*!(default|global)\b")


def _value(raw: str) -> str:
    value = " ".join(raw.split())
    plain = _CSS_VAR.sub("", value.replace("!important", ""))  # a CSS custom property is CSS: the cascade reads it
    if "(" in plain:
        plain = _CSS_TRANSFORM.sub("", plain)
    return UNRESOLVED if any(mark in plain for mark in _DYNAMIC_MARKS) else value


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.rules: list[tuple[int, list[str], list[tuple[str, str, int]], bool]] = []
        self.opened = 0
        self.imports: list[str] = []
        self.variables: dict[str, str | None] = {}  # the file's global Sass variables (and mixins: _MIXIN_KEY)
        self.mixin_depth = 0
        #: Whether any function is known (set when one is declared or imported): only then are calls looked up.
        self.functions = False

    def run(self, text: str | None = None, stack: list[_Frame] | None = None, line: int = 1,
            rounds: int = _MAX_ROUNDS) -> None:
        text = self.text if text is None else text
        stack = [] if stack is None else stack
        pos, end_of_text = 0, len(text)
        buffer: list[str] = []
        filled = False  # the buffer holds more than whitespace (joining it per character was quadratic)
        start_line = line
        search = _SPECIAL.search
        while pos < end_of_text:
            # Runs of ordinary characters are taken whole: they hold no newline, so they are on one line.
            found = search(text, pos)
            stop = end_of_text if found is None else found.start()
            if stop > pos:
                piece = text[pos:stop]
                if not filled and not piece.isspace():
                    filled, start_line = True, line
                buffer.append(piece)
                pos = stop
                if found is None:
                    break
            char = text[pos]
            if char == "/":
                if text.startswith("/*", pos):
                    end = text.find("*/", pos + 2)
                    end = end_of_text if end == -1 else end + 2
                    line += text.count("\n", pos, end)
                    pos = end
                    continue
                if text.startswith("//", pos) and (pos == 0 or text[pos - 1] not in ":("):  # not `url(//cdn…)`
                    end = text.find("\n", pos)
                    pos = end_of_text if end == -1 else end
                    continue
                if not filled:
                    filled, start_line = True, line
                buffer.append(char)
                pos += 1
                continue
            if char in "\"'":
                end = text.find(char, pos + 1)
                end = end_of_text if end == -1 else end + 1
                buffer.append(text[pos:end])
                filled = True
                pos = end
                continue
            if char == "\n":
                line += 1
                buffer.append(char)
                pos += 1
                continue
            # `{`, `}` or `;`
            header = " ".join("".join(buffer).split()) if char == "{" else ""
            rounds_of = _rounds(header) if char == "{" and rounds > 0 else None
            mixin = _MIXIN.match(header) if header.startswith(("@mixin", "@function")) else None
            if mixin is not None:
                end = _closing(text, pos)
                key = _MIXIN_KEY if header.startswith("@mixin") else _FUNCTION_KEY
                self.functions = self.functions or key == _FUNCTION_KEY
                self.variables[key + mixin.group(1).replace("_", "-")] = \
                    f"{mixin.group(2) or ''}\0{text[pos + 1 : end]}"
                line += text.count("\n", pos, end)
                pos = end + 1
            elif rounds_of is not None:
                end = _closing(text, pos)
                body, body_line = text[pos + 1 : end], line
                name, values = rounds_of
                for counter in values[: min(rounds, max(1, _MAX_EXPANDED // max(1, len(body))))]:
                    self.run(_substituted(body, name, counter), stack, body_line, 0)  # no loops in loops
                line += text.count("\n", pos, end)
                pos = end + 1
            else:
                self._flush("".join(buffer).strip(), char, stack, start_line)
                pos += 1
            buffer, filled = [], False

    def _flush(self, chunk: str, delimiter: str, stack: list[_Frame], line: int) -> None:
        if delimiter == "{":
            if chunk.startswith("@include") and stack and stack[-1].selectors is not None:
                self._unknown(stack[-1], line)  # with a content block: what it sets depends on both
            parents = stack[-1].selectors if stack else [""]
            maybe = bool(stack) and stack[-1].maybe
            selectors: list[str] | None
            if parents is not None and _CONDITIONAL.match(chunk) and not PRINT_ONLY.match(chunk):
                selectors, maybe = parents, True  # `@media` in a rule applies to the rule's own selectors
            else:
                selectors = _resolve(chunk, parents) if parents is not None else None
            self.opened += 1
            stack.append(_Frame(selectors, self.opened, maybe=maybe))
            return
        if chunk:
            if chunk.startswith("@import"):
                self.imports.extend(p.strip().strip("'\"") for p in chunk[7:].split(",") if p.strip())
            elif chunk.startswith("$"):
                self._declare(chunk, stack)
            elif chunk.startswith("@include"):
                if stack and stack[-1].selectors is not None:
                    self._include(chunk, stack, line)
            elif chunk[:1] in ".#" and stack and stack[-1].selectors is not None and _LESS_CALL.match(chunk):
                self._unknown(stack[-1], line)  # a Less mixin call (`.caption();`): not expanded
            elif stack and ":" in chunk and not chunk.startswith("@"):
                prop, _, value = chunk.partition(":")
                prop = prop.strip()
                prop = prop if prop.startswith("--") else prop.lower()  # custom properties keep their case
                if prop in PROPERTIES or prop.startswith("--"):
                    stack[-1].declarations.append((prop, _value(self._with_variables(value, stack)), line))
        if delimiter == "}" and stack:
            frame = stack.pop()
            if frame.selectors and frame.declarations:
                self.rules.append((frame.opened, frame.selectors, frame.declarations, frame.maybe))


    def _include(self, chunk: str, stack: list[_Frame], line: int) -> None:
        """`@include name(args)` inside a rule: the mixin's body read in place, at the include's line (its
        declarations belong to the including rule); a mixin not known here may set anything."""
        frame = stack[-1]
        call = _INCLUDE.match(chunk)
        key = None if call is None else (f"{call.group(1)}." if call.group(1) else "") + _MIXIN_KEY + \
            call.group(2).replace("_", "-")
        defined = self._lookup(key, stack) if key is not None else None
        if call is None or defined is None or "@content" in defined or self.mixin_depth >= _MAX_MIXIN_DEPTH:
            self._unknown(frame, line)
            return
        params, _, body = defined.partition("\0")
        bound = self._arguments(params, call.group(3) or "", stack)
        if bound is None:
            self._unknown(frame, line)
            return
        saved = {name: frame.variables[name] for name in bound if name in frame.variables}
        frame.variables.update(bound)
        self.mixin_depth += 1
        try:  # on one line: every declaration it adds points at the include
            self.run(" ".join(_LINE_COMMENT.sub("", body).split("\n")), stack, line, 0)
        finally:
            self.mixin_depth -= 1
            for name in bound:
                frame.variables.pop(name, None)
            frame.variables.update(saved)

    def _arguments(self, params: str, args: str, stack: list[_Frame]) -> dict[str, str | None] | None:
        """A mixin's parameters bound to the include's arguments (positional, then `$name: value`), defaults
        for the rest; None when they do not fit (a rest parameter, too many arguments, one missing)."""
        names: list[str] = []
        defaults: dict[str, str] = {}
        for param in _split_top(params):
            name, colon, default = param.partition(":")
            name = name.strip()
            if not name.startswith("$") or name.endswith("..."):
                return None
            names.append(name[1:].replace("_", "-"))
            if colon:
                defaults[names[-1]] = default.strip()
        given: dict[str, str] = {}
        positional = 0
        for arg in _split_top(args):
            named = re.match(r"^\$([\w-]+)\s*:(.*)$", arg, re.S)
            if named is not None:
                given[named.group(1).replace("_", "-")] = named.group(2).strip()
            elif positional < len(names):
                given[names[positional]] = arg
                positional += 1
            else:
                return None
        bound: dict[str, str | None] = {}
        for name in names:
            raw = given.get(name, defaults.get(name))
            if raw is None:
                return None
            value = _value(self._with_variables(raw, stack))
            bound[name] = None if value == UNRESOLVED else value
        return bound

    @staticmethod
    def _unknown(frame: _Frame, line: int) -> None:
        frame.declarations.extend((prop, UNRESOLVED, line) for prop in _ANY_PROPERTY)

    def _declare(self, chunk: str, stack: list[_Frame]) -> None:
        """A variable: global at the top level (or with `!global`), else its block's; `!default` assigns only
        a name not yet set. A value this cannot compute is recorded as unknown, so a later use is not read
        from an earlier value."""
        found = _VARIABLE.match(chunk)
        if found is None:
            return
        name, raw = found.group(1).replace("_", "-"), found.group(2)
        flags = set(_FLAGS.findall(raw))
        value = _value(self._with_variables(_FLAGS.sub("", raw), stack))
        scope = self.variables if "global" in flags or not stack else stack[-1].variables
        if "default" in flags and (name in self.variables or any(name in f.variables for f in stack)):
            return  # set already, known or not
        scope[name] = None if value == UNRESOLVED or not value else value

    def _references(self, text: str, stack: list[_Frame]) -> str:
        """Each `$name` (or `ns.$name`) with a known value replaced by it; the others as written."""
        return _REFERENCE.sub(lambda m: self._lookup(
            (f"{m.group(1)}." if m.group(1) else "") + m.group(2).replace("_", "-"), stack) or m.group(0), text)

    def _lookup(self, name: str, stack: list[_Frame]) -> str | None:
        for frame in reversed(stack):
            if name in frame.variables:
                return frame.variables[name]
        return self.variables.get(name)

    def _called(self, raw: str, stack: list[_Frame]) -> str:
        """Each call of a function the file, its imports or a `@use` module define, computed (`rpx(11)` -> `22rpx`);
        a call this cannot compute stays as written (and the value unknown)."""
        def call(match: re.Match[str]) -> str:
            key = (f"{match.group(1)}." if match.group(1) else "") + _FUNCTION_KEY + match.group(2).replace("_", "-")
            defined = self._lookup(key, stack)
            if defined is None or self.mixin_depth >= _MAX_MIXIN_DEPTH:
                return match.group(0)
            params, _, body = defined.partition("\0")
            returned = _RETURN.match(_LINE_COMMENT.sub("", body))
            bound = self._arguments(params, match.group(3), stack) if returned is not None else None
            if returned is None or bound is None or None in bound.values():
                return match.group(0)
            expression = re.sub(r"\$([\w-]+)", lambda m: bound.get(m.group(1).replace("_", "-")) or m.group(0),
                                returned.group(1))
            expression = self._references(expression, stack)
            self.mixin_depth += 1
            try:
                expression = self._called(expression, stack)  # a function calling another
            finally:
                self.mixin_depth -= 1
            computed = evaluate(expression)
            return computed if computed is not None else match.group(0)

        return _CALL.sub(call, raw)

    def _with_variables(self, raw: str, stack: list[_Frame]) -> str:
        """`$tip-size` as its literal value, a product of them computed (`$base * 2`), a call of the project's own
        function computed; a variable not declared in this file (imported, or the build's) stays as written, so
        the value stays unknown."""
        if self.functions and "(" in raw:
            called = self._called(raw, stack)
            if called != raw and "$" not in called and _ARITHMETIC.search(called):
                return _computed(called)  # `px2rpx(12) - 4rpx`
            raw = called
        if "$" not in raw:
            return raw
        known = self.variables or any(frame.variables for frame in stack)
        if not known:
            return raw
        text = self._references(raw, stack)
        if "$" in text or not _ARITHMETIC.search(text):
            return text
        return _computed(text.replace("!important", "")) + (" !important" if "!important" in text else "")


def _rounds(header: str) -> tuple[str, list[str]] | None:
    """The counter of an `@for`/`@each` header and the values it takes, else None."""
    loop = _FOR.match(header)
    if loop is not None:
        name, first, kind, last = loop.groups()
        stop = min(int(last) + (1 if kind == "through" else 0), int(first) + _MAX_ROUNDS)
        return name, [str(n) for n in range(int(first), stop)]
    each = _EACH.match(header)
    if each is not None:
        return each.group(1), [v for v in re.split(r"[\s,]+", each.group(2)) if v]
    return None


def _closing(text: str, start: int) -> int:
    """The `}` that closes the block opened at `start` (or the end of the text)."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def _substituted(body: str, name: str, counter: str) -> str:
    """One round of a loop: `#{$i}` and `$i` as its value, and a declaration's simple product computed."""
    text = body.replace(f"#{{${name}}}", counter)
    text = re.sub(rf"\${re.escape(name)}(?![\w-])", lambda _: counter, text)
    return re.sub(r"(:\s*)([^;{}]+?)(\s*(?:!important\s*)?(?:;|}|$))",
                  lambda m: m.group(1) + _computed(m.group(2)) + m.group(3), text)


def _computed(value: str) -> str:
    """`10 * 1px` -> `10px`, `20rpx * 2` -> `40rpx`, `1 * 20px / 2` -> `10px`; other arithmetic is unknown
    (marked so `_value` keeps it unresolved), a value without any as written."""
    text = value.strip()
    if not _PRODUCT.match(text):
        if not _ARITHMETIC.search(text):
            return value
        computed = evaluate(text)  # sums and differences, parentheses (`$base - 8rpx`, `$a * 0.5 + 4rpx`)
        return computed if computed is not None else "$" + text
    result, unit, operator = 1.0, "", "*"
    for token in _TERM.findall(text):
        if token in "*/":
            operator = token
            continue
        digits = token.rstrip("abcdefghijklmnopqrstuvwxyz%")
        number, suffix = float(digits), token[len(digits):]
        if suffix and (unit or operator == "/"):
            return "$" + text  # px * px, or a division by a length: not a length Sass gives
        unit = unit or suffix
        if operator == "/" and number == 0:
            return "$" + text
        result = result * number if operator == "*" else result / number
    return f"{result:g}{unit}"


#: `@media`/`@supports` blocks: what they hold may or may not apply at first render (css.py's `maybe` rules).
_CONDITIONAL = re.compile(r"@(?:media|supports)\b", re.I)
#: A Less variable declared (`@tip-size: 20rpx;`), at the top of a block or after a `{` or `;`.
_LESS_DECLARED = re.compile(r"(?:^|(?<=[{;]))\s*@([A-Za-z_][\w-]*)\s*:", re.M)


def _less_variables(text: str) -> str:
    """Less's `@name: value` / `@name` as Sass's `$name` (same length: lines and columns stay), for the names the
    file declares once only: `@media`, `@import` and the other at-rules are left as they are. `@{name}` interpolation
    stays (the scanner reads it as unknown)."""
    if "@" not in text:
        return text
    declared = _LESS_DECLARED.findall(text)
    # Less evaluates lazily: the last definition in scope wins everywhere, even above it. A name defined twice is
    # left as Less writes it (unknown to the scanner) rather than read in order as Sass would.
    names = {name for name in declared if declared.count(name) == 1}
    if not names:
        return text
    return re.sub(r"@(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])",
                  r"$\1", text)


def parse_nested(data: bytes, shown: str, order_base: int = 0,
                 variables: Mapping[str, str | None] | None = None) -> StyleSheet:
    """`variables`: globals already set when the file starts (from its imports, or injected by the build)."""
    scanner = _Scanner(_less_variables(data.decode("utf-8", "replace")))
    if variables:
        scanner.variables.update(variables)
        scanner.functions = any(_FUNCTION_KEY in name for name in variables)
    scanner.run()
    sheet = StyleSheet(imports=scanner.imports, variables=scanner.variables)
    order = order_base
    for _, selectors, written, maybe in sorted(scanner.rules, key=lambda r: r[0]):
        # One declaration per line, so a parsed declaration's line finds it again: a stray token the scanner read
        # into a property or value (`.page { x` while typing, a property missing its colon) spans lines or holds
        # a brace; such a declaration is dropped, as a browser drops it.
        declarations = [d for d in written if "\n" not in f"{d[0]}{d[1]}" and not any(c in d[0] for c in "{};")]
        # An unresolved value is parsed as a harmless keyword, then restored as unknown.
        body = "\n".join(f"  {prop}: {'inherit' if value == UNRESOLVED else value};" for prop, value, _ in declarations)
        flat = parse_css(f"{', '.join(selectors)} {{\n{body}\n}}\n".encode(), shown, order)
        for rule in flat.rules:
            fixed = tuple(replace(d, line=declarations[d.line - 2][2],
                                  value=d.value if declarations[d.line - 2][1] != UNRESOLVED else UNRESOLVED)
                          for d in rule.declarations if 0 <= d.line - 2 < len(declarations))
            sheet.rules.append(replace(rule, declarations=fixed, maybe=rule.maybe or maybe))
            order = max(order, rule.order)
    return sheet
