"""Labels of toggles and the link-ness of text, as a person reads the screen.

A toggle's label is its own text; else a TextView that names it (`android:labelFor`); else a text
constrained next to it (ConstraintLayout/RelativeLayout); else the nearest text in the same horizontal row
(a text inside a nested title/summary column counts); else a text immediately before or after it.
A text is a link when it is tappable (`autoLink`, `onClick`, `clickable`), holds an `<a href>` from its
string resource, or is a document title (`《用户协议》`, "Privacy Policy").
"""

from __future__ import annotations

import functools
import re

from lint.finding import Evidence
from lint.frontends.android.viewids import id_name
from lint.model import UNKNOWN, Fact, Node

_TITLE_CN = re.compile(r"^\s*(?:《[^》\n]{1,40}》[\s、,，和与及&]*)+$")
_TITLE_EN = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}(?:policy|terms|agreement|conditions|notice|statement|eula)\s*$", re.I)
_SIDE_BY_SIDE = ("layout_constraintStart_toEndOf", "layout_constraintEnd_toStartOf", "layout_constraintLeft_toRightOf",
                 "layout_constraintRight_toLeftOf", "layout_constraintBaseline_toBaselineOf", "layout_toEndOf",
                 "layout_toRightOf", "layout_toStartOf", "layout_toLeftOf", "layout_alignBaseline")
_TEXT_KINDS = ("text", "link")


def is_link(attrs: dict[str, str], text: Fact | None, linked_resource: bool) -> bool:
    auto = attrs.get("android:autoLink")
    if auto and ("web" in auto or "all" in auto or "email" in auto):
        return True
    if attrs.get("android:onClick") or attrs.get("android:clickable", "").strip() == "true" or linked_resource:
        return True
    value = text.value if text is not None else None
    return isinstance(value, str) and _is_title(value)


@functools.lru_cache(maxsize=4096)
def _is_title(value: str) -> bool:
    """Memoized: texts come from string tables, so the same few hundred values recur on thousands of views."""
    return bool(_TITLE_CN.match(value) or _TITLE_EN.match(value))


def view_id(node: Node) -> str:
    return id_name(node.attrs.get("android:id", ""))


def _ref_id(raw: str) -> str:
    return id_name(raw) if raw.startswith("@") else ""


def _text(node: Node) -> Fact:
    """The text fact, read directly: layout.py sets it while building, so settling the node (what `fact()`
    does for a missing fact) would compute its other facts for nothing."""
    return node.facts.get("text", UNKNOWN)


def _text_of(node: Node, depth: int = 0) -> Fact | None:
    if node.kind in _TEXT_KINDS:
        text = _text(node)
        return text if isinstance(text.value, str) and text.value.strip() else None
    if node.kind == "container" and depth < 2:
        for child in node.children:
            found = _text_of(child, depth + 1)
            if found is not None:
                return found
    return None


#: Each side-by-side attribute under both prefixes -> (its name, whether it is the `app:` one, which wins).
_SIDE_KEYS = {f"{prefix}:{name}": (name, prefix == "app") for name in _SIDE_BY_SIDE for prefix in ("app", "android")}


def _targets(node: Node) -> set[str]:
    """The ids the element is constrained next to (`app:` before `android:` for the same attribute).

    One pass over the element's few attributes: trying the 20 names on every sibling of every toggle was
    the bulk of labelling."""
    values: dict[str, str] = {}
    for key, value in node.attrs.items():
        side = _SIDE_KEYS.get(key)
        if side is not None and (side[1] or side[0] not in values):
            values[side[0]] = value
    return {_ref_id(value) for value in values.values()}


_AFTER_KEYS = ("app:layout_constraintStart_toEndOf", "app:layout_constraintLeft_toRightOf", "android:layout_toEndOf",
               "android:layout_toRightOf")


def _placed_after(first: Node, siblings: list[Node], limit: int = 4) -> list[Node]:
    """The texts placed one after another from `first` (each constrained or laid out to the end of the one before)."""
    chain: list[Node] = []
    current = view_id(first)
    while current and len(chain) < limit:
        following = next((s for s in siblings if s.kind in _TEXT_KINDS and s is not first
                          and all(s is not c for c in chain)
                          and any(_ref_id(s.attrs.get(key, "")) == current for key in _AFTER_KEYS)), None)
        if following is None:
            break
        chain.append(following)
        current = view_id(following)
    return chain


def _constrained(toggle: Node, siblings: list[Node]) -> Fact | None:
    own = view_id(toggle)
    own_targets: set[str] | None = None
    for sibling in siblings:
        if sibling is toggle or sibling.kind not in _TEXT_KINDS:
            continue
        theirs = view_id(sibling)
        if theirs and own_targets is None:
            own_targets = _targets(toggle)
        if (own and own in _targets(sibling)) or (theirs and own_targets is not None and theirs in own_targets):
            found = _text_of(sibling)
            if found is not None:
                return found
    return None


def _horizontal(parent: Node) -> bool:
    simple = parent.tag.rsplit(".", 1)[-1]
    attrs = parent.attrs
    if simple == "merge":
        # A compound view's layout: its class (`extends LinearLayout`, orientation set in code) is the parent. The
        # layout editor's `tools:parentTag` names it; without it, it is read as a row (a title block beside a
        # control is what such views are), so the texts in a sibling container can label the toggle.
        parent_tag = attrs.get("tools:parentTag")
        if not parent_tag:
            return True
        simple = parent_tag.rsplit(".", 1)[-1]
        orientation = attrs.get("android:orientation") or attrs.get("tools:orientation")
        attrs = {"android:orientation": orientation} if orientation else {}
    if simple.endswith(("LinearLayout", "RadioGroup")):
        default = "vertical" if simple.endswith("RadioGroup") else "horizontal"
        return attrs.get("android:orientation", default) == "horizontal"
    return simple.endswith("TableRow")


#: A radio button's text that only answers a question ("Yes" under "May we email you offers?"): the question it
#: answers is what it agrees to. Only the agreeing answers take the question in: "No" to "May we email you offers?"
#: refuses it, and joined with the question would read as the opt-in itself.
_AGREEING = frozenset({"yes", "是", "同意", "允许", "允許", "agree", "i agree", "accept"})
_ANSWERS = _AGREEING | frozenset({"no", "否", "不同意", "不允许", "不允許", "disagree", "decline"})
#: A question that asks for permission or a choice to come (`May we…`, `Would you like…`, 是否接收…), not one about the
#: past or a fact ("Did you hear about us through our newsletter?", "Do you have a promo code?").
_ASKS = re.compile(r"\b(?:may|can|could) we\b|\b(?:would|do) you (?:like|want|wish|agree|accept|consent)\b|"
                   r"\b(?:allow|consent|agree|subscribe|opt in|sign (?:me )?up|receive|share)\b|"
                   r"(?:接收|订阅|訂閱|允许|允許|同意|授权|授權|共享|愿意|願意|开启|開啟)", re.I)
#: Elements between a question and its RadioGroup that say nothing (a divider, a spacer, an icon).
_SILENT_KINDS = ("other", "image")


def _bare_answer(text: str) -> str | None:
    """The text, normalised, when it is only an answer to a question ("Yes", "是。", "Agree!"), else None."""
    if len(text) > 12:  # every answer is short: skip normalising the long labels
        return None
    answer = text.strip().rstrip(".!。！").strip().lower()
    return answer if answer in _ANSWERS else None


def _question(group: Node) -> Node | None:
    """The text right before a RadioGroup in its parent, the question its buttons answer: the nearest earlier sibling
    past dividers and icons. Another control, a container (its texts may be anything) or a text not known here
    between them: no question is read."""
    parent = group.parent
    if parent is None:
        return None
    siblings = parent.children
    index = next(i for i, s in enumerate(siblings) if s is group)
    for sibling in reversed(siblings[:index]):
        if sibling.kind in _TEXT_KINDS:
            text = _text(sibling)
            return sibling if isinstance(text.value, str) and text.value.strip() else None
        if sibling.kind not in _SILENT_KINDS:
            return None
    return None


def _answered(toggle: Node, own: Fact, answer: str) -> Fact:
    """An agreeing answer's label: the question before its RadioGroup joined with it, when there is one."""
    group = toggle.parent
    if answer not in _AGREEING or group is None or not group.tag.endswith("RadioGroup"):
        return own
    question = _question(group)
    if question is None:
        return own
    asked = _text(question)
    if not _ASKS.search(str(asked.value)):
        return own  # "Did you hear about us through our newsletter?": a survey, not a request to agree
    note = Evidence(toggle.path, toggle.span.line, f"{own.value.strip()!r} answers the question before its RadioGroup")
    return Fact(f"{asked.value.strip()} {own.value.strip()}", (*asked.evidence, *own.evidence, note))


def label(toggle: Node, label_for: dict[str, Node]) -> Fact | None:
    own = _text(toggle)
    if isinstance(own.value, str) and own.value.strip():
        answer = _bare_answer(own.value)
        labelled = own if answer is None else _answered(toggle, own, answer)
        parent = toggle.parent
        if labelled is own and parent is not None:
            # `<CheckBox android:text="同意"/><TextView android:text="《服务协议》"/>`: its own words go on beside it,
            # in a row or placed after it (`layout_constraintStart_toEndOf="@id/cb_agree"`, `layout_toEndOf`).
            if _horizontal(parent):
                index = next(i for i, s in enumerate(parent.children) if s is toggle)
                return _continued(own, parent.children[index + 1:])
            return _continued(own, _placed_after(toggle, parent.children))
        return labelled
    if own is not UNKNOWN and own.value is None and own.evidence:
        return own  # its own text is set to what cannot be known (code, a binding): not the text beside it
    named = label_for.get(view_id(toggle))
    if named is not None and (found := _text_of(named)) is not None:
        return found
    current = toggle
    for _ in range(2):  # the toggle, then a wrapper holding only it (`<FrameLayout><Switch/></FrameLayout>`)
        parent = current.parent
        if parent is None:
            return None
        found = _beside(current, parent)
        if found is not None or len(parent.children) != 1 or parent.kind != "container":
            return found
        current = parent
    return None


def _beside(toggle: Node, parent: Node) -> Fact | None:
    """The text next to `toggle` (or the wrapper holding only it) in `parent`."""
    siblings = parent.children
    found = _constrained(toggle, siblings)
    if found is not None:
        return found
    index = next(i for i, s in enumerate(siblings) if s is toggle)
    if _horizontal(parent):
        # The nearest text in the row, the following one first: rows put the box before its text.
        order = sorted((i for i in range(len(siblings)) if i != index), key=lambda i: (abs(i - index), i < index))
        for i in order:
            sibling = siblings[i]
            if sibling.kind == "container" and any(n.kind == "toggle" for n in sibling.walk()):
                continue  # another control's row: its text is that control's label (`<CheckBox/><TextView/>`)
            found = _text_of(sibling)
            if found is not None:
                return _continued(found, siblings[i + 1:]) if i > index else found
        return None
    for i in (index + 1, index - 1):
        if 0 <= i < len(siblings) and siblings[i].kind in _TEXT_KINDS and (found := _text_of(siblings[i])):
            return found
    return None


def _continued(found: Fact, after: list[Node]) -> Fact:
    """A label that agrees to what comes next (`我已阅读，并同意`) goes on in the texts after it in the row that name
    documents (`《金融信息服务协议》`): the message quotes the whole sentence, as templates' rows do."""
    from lint.frontends.mini.labels import agreed_to

    if not isinstance(found.value, str):
        return found
    following = []
    for node in after:
        text = _text(node).value if node.kind in _TEXT_KINDS else None
        if not isinstance(text, str) or node.fact("visible").value is False:
            break  # a text not known, or one not shown (a Group hides the link, not the box): the sentence ends
        following.append(text)
    whole = agreed_to(found.value, following)
    return Fact(whole, found.evidence, found.alts) if whole is not None else found
