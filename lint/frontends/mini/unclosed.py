"""Where a template's syntax goes wrong, in words a user can act on.

tree-sitter-html reads WXML and Vue templates as HTML: a tag left open (`<text>设为默认` before its parent's
`</view>`) is closed silently at its parent's end, where WXML's and Vue's compilers stop with an error. These
helpers name the element never closed and the first node of a kind, for the template builder's messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


#: HTML's void elements (the grammar never expects their end tags), and those whose end tag HTML lets be implied
#: (`<p>` before a `<div>`, `<li>`, table cells), which Vue's compiler closes as the grammar does.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option",
                   "optgroup", "rt", "rp", "colgroup", "caption"})


def named(element: TSNode) -> str:
    """An element's tag name as written (`text`), "" for none."""
    tag = element.child(0)
    name = next((c for c in tag.children if c.type == "tag_name"), None) if tag is not None else None
    return name.text.decode("utf-8", "replace") if name is not None and name.text is not None else ""


def last_unclosed(root: TSNode) -> TSNode | None:
    """The last element in document order that has a start tag and no end tag (not a void one)."""
    found = None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "element" and node.children and node.children[0].type == "start_tag" and \
                not any(c.type == "end_tag" for c in node.children) and named(node) not in VOID:
            found = node
        stack.extend(reversed(node.children))
    return found


def first_of(root: TSNode, kind: str) -> TSNode | None:
    """The first node of `kind` in document order (iterative: templates nest deeply)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == kind:
            return node
        stack.extend(reversed(node.children))
    return None
