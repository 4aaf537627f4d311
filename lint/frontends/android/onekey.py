"""One-tap login SDKs: a login page darklint sees only as the builder call that configures it.

China's carrier login SDKs (JVerify `JVerifyUIConfig`, Aliyun `AuthUIConfig`, China Mobile `GenAuthThemeConfig`,
NetEase Yidun `UnifyUiConfig`, Shanyan `ShanYanUIConfig`…) draw the one-tap login page themselves, with an
agreement row the carrier requires: "登录即同意《认证服务条款》…". The app sets it up in code:
`.setPrivacyState(true)` starts its box ticked, `.setPrivacyTextSize(10)` (`setPrivacySize`) draws the row at 10sp.
No layout holds that row, so each such call is an element of its own here, at the call, with the facts the
builder states: checked, the agreement the SDK shows, its size. Only a literal `true` (or size) outside any
branch counts: `setPrivacyState(agreedBefore)` or a call under an `if` is not known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.model import Document, Fact, Node, Span
from lint.textpos import LineIndex

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode

NEEDLES = (b"setPrivacyState", b"setPrivacyTextSize", b"setPrivacySize")
_SIZES = ("setPrivacyTextSize", "setPrivacySize")
#: The SDKs' builders: a file configuring none of them calls some other `setPrivacyState`.
BUILDERS = ("JVerifyUIConfig", "AuthUIConfig", "GenAuthThemeConfig", "AuthThemeConfig", "UnifyUiConfig",
            "ShanYanUIConfig", "UMAuthUIConfig")
#: What every carrier's one-tap page shows in its agreement row, whatever the app adds (the carrier's terms).
AGREEMENT = "登录即同意《认证服务条款》"
_STOP = ("method_declaration", "function_declaration", "constructor_declaration", "secondary_constructor",
         "anonymous_initializer", "class_body", "program", "source_file")
_CHOICES = ("if_statement", "if_expression", "when_expression", "switch_expression", "switch_block",
            "ternary_expression", "conditional_expression", "elvis_expression", "catch_clause", "catch_block")

#: (file, line, column, end column, builder, what: "checked" or a text size in sp)
Found = tuple[Path, int, int, int, str, "str | int"]


def mentions(data: bytes) -> bool:
    return any(needle in data for needle in NEEDLES) and any(b.encode() in data for b in BUILDERS)


def relevant(data: bytes) -> bool:
    """Whether a module's code file matters here: it configures a builder, or hides a builder's box."""
    return mentions(data) or (b"Hid" in data and _HIDES.search(data) is not None)


def scan(sources: list[tuple[Path, bytes]]) -> list[Found]:
    """Each `setPrivacyState(true)` and literal `setPrivacyTextSize(n)` call on a builder, outside a branch.

    Not when the file also sets the state otherwise (`.setPrivacyState(false)` on a page built from a shared
    base, a flag): the last call wins and which one that is is not read; nor when it hides the box
    (`setPrivacyCheckboxHidden(true)`): no box is drawn, only "登录即同意…", and there is nothing ticked."""
    from lint.frontends import ts

    found: list[Found] = []
    # A box hidden anywhere in the module (a shared base builder another file extends), or hidden by a flag: which
    # page draws a box is not known, so no state is reported.
    hidden_anywhere = any(_HIDES.search(data) for _, data in sources)
    for path, data in sources:
        if not mentions(data):
            continue
        tree = ts.parser("kotlin" if path.suffix == ".kt" else "java").parse(data)
        lines = LineIndex(data)  # columns in UTF-16 units, as every finding's
        calls: list[tuple[TSNode, TSNode | None, str, str | int]] = []
        states: set[str | None] = set()
        hidden = False
        stack = [tree.root_node]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            name, args, named = _call(node, data)
            if name in _HIDE_BOX and args == "true":
                hidden = True
            if name == "setPrivacyState":
                states.add(args)
            if name == "setPrivacyState" and args == "true":
                what: str | int = "checked"
            elif name in _SIZES and args is not None and args.isdigit() and 0 < int(args) < 100:
                what = int(args)
            else:
                continue
            if _in_choice(node) or not _on_builder(node, data):
                continue
            scope = _enclosing(node)
            text = data[scope.start_byte : scope.end_byte].decode("utf-8", "replace")
            calls.append((node, named, next((b for b in BUILDERS if b in text), ""), what))
        for node, named, builder, what in calls:
            if what == "checked" and (hidden or hidden_anywhere or states != {"true"}):
                continue
            at = named if named is not None else node  # the method's name: a chain starts lines above it
            end = data.find(b"\n", at.start_byte)
            line, column, end_column = lines.span(at.start_byte, min(node.end_byte, end if end != -1 else len(data)))
            found.append((path, line, column, end_column, builder, what))
    return found


#: The builders' ways of drawing no box at all (the row then says "登录即同意…").
_HIDE_BOX = ("setPrivacyCheckboxHidden", "setPrivacyCheckBoxHidden", "setHidePrivacyCheckBox", "setCheckboxHidden",
             "setCheckBoxHidden", "setHiddenPrivacyCheckBox")
_HIDES = re.compile(rb"\.\s*(?:" + b"|".join(name.encode() for name in _HIDE_BOX) + rb")\s*\(\s*(?!false\s*\))")
_BUILDER_VARIABLE = r"(?:\bBuilder\s+{name}\b|\b{name}\s*(?::\s*[\w.]*Builder\b|=\s*(?:new\s+)?[\w.]*Builder\s*\())"


_SCOPED_BUILDER = re.compile(r"\s*(?:[\w.]*Builder\s*\(\s*\)\s*\.\s*(?:apply|run|also)\b"
                             r"|with\s*\(\s*[\w.]*Builder\s*\()")


def _on_builder(call: TSNode, data: bytes) -> bool:
    """Whether the call is made on one of the SDKs' builders: in a chain that starts with `X.Builder()`, or on a
    variable declared as one (`JVerifyUIConfig.Builder b = new …`, `val builder = AuthUIConfig.Builder()`), not on
    the SDK's runtime object (`QuickLogin.getInstance().setPrivacyState(true)` after a second consent dialog)."""
    receiver = data[call.start_byte : call.end_byte].decode("utf-8", "replace")
    head = receiver.split("setPrivacy", 1)[0]
    if "Builder" in head:
        return True
    if not head.strip():  # `AuthUIConfig.Builder().apply { setPrivacyState(true) }`, `with(Builder()) { … }`
        parent = call.parent
        while parent is not None and parent.type not in _STOP:
            if parent.type == "call_expression" and _SCOPED_BUILDER.match(
                    data[parent.start_byte : parent.end_byte].decode("utf-8", "replace")):
                return True
            parent = parent.parent
        return False
    variable = re.match(r"\s*([A-Za-z_$][\w$]*)\s*\??\.", head)  # the chain's start: `b.setAppPrivacyOne(…).`
    if variable is None:
        return False
    # Declared in the function or as a field: the file holds either (the function's text is part of it).
    pattern = re.compile(_BUILDER_VARIABLE.format(name=re.escape(variable.group(1))))
    return pattern.search(data.decode("utf-8", "replace")) is not None


def documents(found: list[Found], shown: Callable[[Path], str]) -> list[Document]:
    """A document per file, an element per call (fresh each time: documents are released once linted)."""
    docs: dict[Path, Document] = {}
    for path, line, column, end, builder, what in found:
        where = shown(path)
        doc = docs.setdefault(path, Document(where))
        named = f"{builder}.Builder" if builder else "the one-tap login builder"
        said = Evidence(where, line, f"the agreement row {named} draws on the one-tap login page")
        if what == "checked":
            node = Node("toggle", builder or "OneTapLogin", where, Span(line, column, line, end),
                        {"id": f"{builder or 'onekey'}-privacy-state"})
            ticked = Evidence(where, line, f"setPrivacyState(true) on {named}: its agreement box starts ticked")
            node.facts["checked"] = Fact(True, (ticked,))
            node.facts["label"] = Fact(AGREEMENT, (said,))
        else:
            node = Node("text", builder or "OneTapLogin", where, Span(line, column, line, end),
                        {"id": f"{builder or 'onekey'}-privacy-text"})
            node.facts["font_size"] = Fact(float(what), (Evidence(where, line, f"privacy text size {what}sp"),))
            node.facts["size_unit"] = Fact("sp")
        node.facts["text"] = Fact(AGREEMENT, (said,))
        node.facts["visible"] = Fact(True)
        doc.roots.append(node)
    return list(docs.values())


def _call(node: TSNode, data: bytes) -> tuple[str, str | None, TSNode | None]:
    """(method name, its one argument's text, the name's node) of a Java method_invocation or Kotlin
    call_expression."""
    if node.type == "method_invocation":
        name = node.child_by_field_name("name")
        args = node.child_by_field_name("arguments")
    elif node.type == "call_expression" and node.named_child_count >= 2:
        # tree-sitter-kotlin: (navigation_expression … identifier) (value_arguments …), or a call_suffix holding them
        target, suffix = node.named_children[0], node.named_children[-1]
        parts = [c for c in target.named_children if c.type not in ("line_comment", "multiline_comment", "comment")]
        name = parts[-1] if target.type == "navigation_expression" and parts else target
        if suffix.type == "call_suffix":
            suffix = next((c for c in suffix.named_children if c.type == "value_arguments"), suffix)
        args = suffix if suffix.type == "value_arguments" else None
    else:
        return "", None, None
    if name is None:
        return "", None, None
    called = data[name.start_byte : name.end_byte].decode("utf-8", "replace").lstrip(".")
    given = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if len(given) != 1:
        return called, None, name
    value = given[0].named_children[0] if given[0].type == "value_argument" and given[0].named_children else given[0]
    return called, data[value.start_byte : value.end_byte].decode("utf-8", "replace"), name


def _in_choice(node: TSNode) -> bool:
    parent = node.parent
    while parent is not None and parent.type not in _STOP:
        if parent.type in _CHOICES:
            return True
        parent = parent.parent
    return False


def _enclosing(node: TSNode) -> TSNode:
    """The function (or the file) a call is in."""
    current = node
    while current.parent is not None and current.type not in _STOP:
        current = current.parent
    return current
