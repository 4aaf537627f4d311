"""Links the way mini-programs write them: not only `<navigator>`, but tapped text.

A tapped element is a link when its text names a document (`《隐私政策》`, "Terms of Service") or
its handler opens one (`wx.navigateTo` to an agreement/privacy page, `wx.openPrivacyContract`).
`<button open-type="agreePrivacyAuthorization">` is the consent button of WeChat's privacy
popup: a button whose label is its text. Other tapped elements keep their kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lint.finding import Evidence
from lint.frontends.mini.dialogs import DOCUMENT_TITLE
from lint.frontends.mini.handlers import Handler
from lint.frontends.mini.template import tap_handler
from lint.model import Fact, Node

_LINKABLE = frozenset({"text", "container", "other", "image"})


def classify_taps(nodes: Iterable[Node], handlers: Mapping[str, Handler]) -> None:
    for node in nodes:
        if node.tag == "button" and node.attrs.get("open-type") == "agreePrivacyAuthorization":
            text = node.fact("text")
            if text.value:
                node.facts["label"] = Fact(text.value, (
                    Evidence(node.path, node.span.line, 'open-type="agreePrivacyAuthorization"'), *text.evidence))
            continue
        if node.kind not in _LINKABLE:
            continue
        tap = tap_handler(node.attrs)
        if tap is None:
            continue
        attr, name = tap
        handler = handlers.get(name.strip())
        text = node.fact("text").value
        if handler is not None and handler.opens_legal:
            node.kind = "link"
            node.facts["href"] = Fact(handler.target, (
                Evidence(node.path, handler.line, f'{attr}="{name}" opens {handler.target}'),))
        elif isinstance(text, str) and DOCUMENT_TITLE.search(text) and not _has_tapped_child(node):
            node.kind = "link"


def _has_tapped_child(node: Node) -> bool:
    """A row holding separately tapped titles is not itself the link; its children are."""
    return any(tap_handler(child.attrs) is not None or child.kind == "link"
               for child in node.walk() if child is not node)
