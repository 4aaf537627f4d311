"""What `JsxBuilder` reads off the nodes it built: each node's text (its label, as the row shows it), a
`<RichText>`'s text and style, a box's state in a controlled group, and what a hand-drawn toggle draws and how its
look reads its state (toggles.py).

A mixin of `JsxBuilder` (jsx.py); the attributes below are set by its `__init__`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.checkmark import DRAWING
from lint.frontends.css import Declaration, parse_inline
from lint.frontends.expr import UNKNOWN
from lint.frontends.mini.labels import join_inline, words_end
from lint.frontends.taro.attrs import JsxAttributes
from lint.frontends.taro.toggles import LOOK, reads
from lint.lexicon import MAX_MATCH_CHARS
from lint.model import Fact, Node

if TYPE_CHECKING:
    from tree_sitter import Node as TSNode


class NodeFacts(JsxAttributes):
    """Reading built nodes for `JsxBuilder`; the attributes below are set by its `__init__`."""

    order: list[Node]
    attrs_of: dict[int, dict[str, TSNode | None]]
    starts: dict[int, int]
    shows: dict[int, list[TSNode]]
    guards: list[tuple[int, int, TSNode]]
    unknown_own: set[int]
    unknown_labels: set[int]
    text_notes: dict[int, list[Evidence]]
    end_lines: dict[int, int]

    def _rich_text(self, node: Node, nodes: TSNode, line: int) -> list[Declaration]:
        """`<RichText nodes={html}>`: what it shows is its text, a style wrapping all of it its inline style
        (mini/richtext.py); nodes that cannot be known leave its text unknown."""
        from lint.frontends.mini.richtext import shown

        value, _ = self._value(nodes)
        found = shown(value) if value is not UNKNOWN else None
        if found is None:
            self.unknown_labels.add(id(node))
            return []
        text, style = found
        if text:
            self.parts[id(node)].append((nodes.start_byte, text))
        return parse_inline(style, self.shown, line) if style else []

    def _grouped(self, node: Node, attrs: dict[str, TSNode | None], line: int) -> Fact | None:
        """A box in a controlled group (NutUI's and Taroify's `<Checkbox.Group defaultValue={['agree']}>`, `value`;
        `<Radio.Group defaultValue='yes'>`):
        ticked when the group's value lists the box's own `value`; unknown when either cannot be known. None
        outside such a group (the box's own props decide)."""
        group, depth = node.parent, 0
        while group is not None and depth < 4 and not (group.tag == "group" or group.tag.endswith("-group")):
            group, depth = group.parent, depth + 1
        held = self.attrs_of.get(id(group)) if group is not None else None
        prop = next((p for p in ("value", "defaultValue") if held and p in held), None)
        if group is None or held is None or prop is None:
            return None
        # NutUI names a box by `value`, Taroify by `name`; a radio group's value is the one picked (a string).
        written, value = held[prop], attrs.get("value") or attrs.get("name")
        if written is None or value is None:
            return Fact(None)
        listed, evidence = self._value(written)
        own, _ = self._value(value)
        if node.tag.endswith("radio") and isinstance(listed, str | int | float) and not isinstance(listed, bool):
            listed = [listed]
        if not isinstance(listed, list) or own is UNKNOWN or any(v is UNKNOWN for v in listed):
            return Fact(None)
        note = Evidence(self.shown, group.span.line, f"{prop}={self._text(written)} on <{group.tag}>")
        return Fact(own in listed, (note, *evidence))

    def _drawn(self, node: Node) -> list[str]:
        """What an indicator and its children draw, as written: attribute values, shown expressions, text."""
        texts: list[str] = []
        for inner in node.walk():
            texts.extend(self._text(v) for k, v in self.attrs_of.get(id(inner), {}).items()
                         if v is not None and k in DRAWING)
            texts.extend(self._text(e) for e in self.shows.get(id(inner), ()))
            text = inner.facts.get("text")
            if text is not None and isinstance(text.value, str):
                texts.append(text.value)
            if len(texts) > 64:
                break
        return texts

    def _looks(self, node: Node, state: str) -> str | None:
        """How the node's look reads `state` (toggles.py), as evidence: a prop, a shown expression, or a
        condition that renders it."""
        src = self.src
        for name in LOOK:
            value = self.attrs_of.get(id(node), {}).get(name)
            if value is not None and value.type != "string" and reads(value, state, src):
                return f"{name}={self._note(value)}"
        for shown in self.shows.get(id(node), ()):
            if reads(shown, state, src):
                return f"{{{self._note(shown)}}}"
        start = self.starts.get(id(node), -1)
        for first, last, cond in self.guards:
            if first <= start < last and reads(cond, state, src):
                return f"{{{self._note(cond)} && <{node.tag}>}}"
        return None

    def _texts(self) -> dict[int, str]:
        """Each node's text (its descendants' too); returns each node's own text, outside its child elements
        (`<View><Checkbox/>我已阅读并同意</View>`: a bare text beside a toggle is its label)."""
        texts: dict[int, str] = {}
        own: dict[int, str] = {}
        for node in reversed(self.order):
            # By source position: texts are collected while a node is built, child nodes when each is built.
            raw = [piece for _, piece in sorted(self.parts.pop(id(node), []), key=lambda part: part[0])]
            pieces = [p if isinstance(p, str) else texts.get(id(p), "") for p in raw]
            text = " ".join(join_inline(pieces, [not isinstance(p, str) for p in raw]).split())
            texts[id(node)] = text
            if not text and (id(node) in self.unknown_own
                             or any(not isinstance(p, str) and id(p) in self.unknown_labels for p in raw)):
                self.unknown_labels.add(id(node))  # as mini-program templates do (template.py `_texts`)
            if text:
                direct = " ".join("".join(p for p in raw if isinstance(p, str)).split())
                end = self.end_lines.get(id(node), node.span.line)
                last_part = raw[-1]  # the lines of its words, not of the whole element (labels.words_end)
                if end > node.span.line and ((type(last_part) is not str and not texts.get(id(last_part)))
                                             or len(text) > MAX_MATCH_CHARS):
                    end = words_end(text, raw, texts, end, self.shown)
                said = Evidence(self.shown, node.span.line, f"<{node.tag}> text", end)
                messages = self.text_notes.get(id(node)) if direct == text else None
                node.facts["text"] = Fact(text, (said, *messages) if messages else (said,))
                if direct:
                    own[id(node)] = direct
                    if node.kind in ("container", "other"):
                        node.kind = "text"
        return own
