"""What a `<rich-text nodes>` shows: its text, and the style of an element that wraps all of it.

Legal copy is often rendered through rich-text, from an HTML string (`'<div class="agree">登录即代表您同意《用户服务
协议》</div>'`) or a node array (`[{name: 'p', attrs: {style: 'font-size: 10px'}, children: [{type: 'text', text:
…}]}]`), written in place or held in data. The text is read so the rules see it; a style on one element holding all
of it sizes (or hides) it as the `<rich-text>`'s own inline style would. Classes inside the HTML are not matched
(the runtime scopes them apart from the page's sheet): only the `<rich-text>` element's own class applies.
"""

from __future__ import annotations

import html
import re
from typing import Any

_TAG = re.compile(r"<[^>]*>")
_WRAPPER = re.compile(r"^\s*<([a-zA-Z][\w-]*)\b([^>]*)>(.*)</\1\s*>\s*$", re.S)
_STYLE = re.compile(r"""\bstyle\s*=\s*(['"])(.*?)\1""", re.S)
_MAX_NODES = 2000  # a hostile node array is not walked forever
_SIZE = re.compile(r"(?:^|;)\s*font(?:-size)?\s*:[^;]*", re.I)


def _without_size(style: str) -> str:
    return _SIZE.sub("", style)


def shown(nodes: Any) -> tuple[str, str | None] | None:
    """(text, style of an element wrapping all of it) for an HTML string or a node array; None when neither."""
    if isinstance(nodes, str):
        text = " ".join(html.unescape(_TAG.sub("", nodes)).split())
        wrapper = _WRAPPER.match(nodes)
        style = None
        if wrapper and f"<{wrapper.group(1)}" not in wrapper.group(3):
            found = _STYLE.search(wrapper.group(2))
            style = found.group(2) if found else None
            if style and "font-size" in wrapper.group(3):
                style = _without_size(style)  # an inner element sizes its own text: the wrapper's size is not all
        return text, style
    if isinstance(nodes, list):
        texts: list[str] = []
        inner_sizes = False
        stack = list(reversed(nodes))
        seen = 0
        while stack and seen < _MAX_NODES:
            item = stack.pop()
            seen += 1
            if not isinstance(item, dict):
                continue
            if item.get("type") == "text" and isinstance(item.get("text"), str):
                texts.append(html.unescape(item["text"]))
            attrs = item.get("attrs")
            if item is not nodes[0] and isinstance(attrs, dict) and "font-size" in str(attrs.get("style", "")):
                inner_sizes = True
            children = item.get("children")
            if isinstance(children, list):
                stack.extend(reversed(children))
        style = None
        if len(nodes) == 1 and isinstance(nodes[0], dict) and isinstance(nodes[0].get("attrs"), dict):
            value = nodes[0]["attrs"].get("style")
            style = value if isinstance(value, str) else None
            if style and inner_sizes:
                style = _without_size(style)
        # Separate nodes are separate runs of text (a title, then a paragraph): read apart, not glued together.
        return " ".join(" ".join(texts).split()), style
    return None
