"""The text a person reads as a toggle's label, the way mini-program rows are laid out.

In order: the toggle's own text (`<checkbox>同意</checkbox>`, `<van-checkbox>同意…</van-checkbox>`,
a library `label` property), a `<label for="id">` naming the toggle, the enclosing `<label>`, then
the nearest text in the same row: siblings first, then the siblings of a wrapper that holds only
the toggle (`<checkbox-group><checkbox/></checkbox-group><text>同意…</text>`), up to two levels; text written
right in the row comes first (`<checkbox/>我已阅读并同意<navigator>《用户协议》</navigator>`: the row's sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from lint.finding import Evidence
from lint.lexicon import MAX_MATCH_CHARS
from lint.model import Fact, Node

_WRAPPER_LEVELS = 2


def _has_text(node: Node) -> bool:
    value = node.fact("text").value
    return isinstance(value, str) and bool(value.strip())


def _readable(node: Node) -> bool:
    """Text with a letter or digit in it: a hand-drawn box showing only its mark (`☑️`, `✓`, `√`) is not
    labelled by that mark but by the text beside it."""
    value = node.fact("text").value
    return isinstance(value, str) and any(ch.isalnum() for ch in value)


def _nearest_text(siblings: list[Node], index: int, unknown: Collection[int],
                  shown: Callable[[Node], bool] | None = None) -> Node | Fact | None:
    """The sibling nearest the toggle with text. None of them has any, but one has text that cannot be known
    (`<text>{{label}}</text>`): an unknown label (Fact(None)), since the row's label is that text, not the
    next row's. Known text anywhere in the row wins over unknown text (`<text>{{appName}}</text><text>同意…`).
    `shown`: whether a sibling renders where its row does; one that does not (the untaken side of `{type ===
    'balance' ? <Text>余额抵扣</Text> : <Text>自动续费</Text>}`) is not what the user reads beside the toggle."""
    order = sorted(range(len(siblings)), key=lambda i: (abs(i - index), i < index))
    bound = False
    for i in order:
        sibling = siblings[i]
        if i == index or sibling.kind in ("button", "input", "toggle") or (shown is not None and not shown(sibling)):
            continue
        if _has_text(sibling):
            return sibling
        bound = bound or id(sibling) in unknown
    return Fact(None) if bound else None


def label_of(toggle: Node, by_for: dict[str, Node] | None = None, direct: dict[int, str] | None = None,
             unknown: Collection[int] = (), titles: Mapping[int, Fact] | None = None,
             segments: Mapping[int, list[Any]] | None = None, rendered: Callable[[Node], bool] | None = None,
             top: Node | None = None) -> Fact | None:
    """`unknown`: elements whose text cannot be known (template.py); `titles`: list rows' titles by element;
    `segments`: a row's bare text and children in order, where several toggles share it; `top`: the template's
    top-level elements as one row (a page or component template need not wrap them in an element)."""
    if _readable(toggle):
        own = toggle.fact("text")
        parent = toggle.parent
        if parent is not None and _OPEN_END.search(str(own.value)):
            # A hand-drawn box whose own text waits for its object (`<text @tap :class="…">同意</text>` then
            # `<navigator>《隐私政策》</navigator>和<navigator>…`): the sentence continues over the links after it.
            at = parent.children.index(toggle)
            return _sentence(parent.children, at, at - 1, unknown, rendered or _rendered)
        return own
    ident = toggle.attrs.get("id")
    named = by_for.get(ident) if by_for and ident else None
    if named is not None and _names_where_shown(named, toggle, rendered):
        # `<label for>` naming it: its text, or unknown when that cannot be known
        return named.fact("text") if _has_text(named) else Fact(None)
    ancestor: Node | None = toggle.parent
    inside: Node = toggle
    while ancestor is not None:
        if ancestor.tag == "label" and _has_text(ancestor):
            return _continued(_label_text(ancestor, inside, rendered), ancestor, rendered or _rendered)
        title = titles.get(id(ancestor)) if titles else None
        if title is not None and _sole_toggle(ancestor):
            return title  # `<u-cell title="…"><u-switch/></u-cell>`: the row's title, before any hint in its slot
        inside, ancestor = ancestor, ancestor.parent
    if id(toggle) in unknown:
        return Fact(None)  # its own text (`title="{{t.x}}"`, `<checkbox>{{label}}</checkbox>`) cannot be known
    current = toggle
    for _ in range(_WRAPPER_LEVELS + 1):
        parent = current.parent
        if parent is None:
            if top is None or current is not toggle:
                break  # the top row is read for a box written at the top level, not for one in a row of its own
            parent = top
        bare = (direct or {}).get(id(parent))
        if bare:
            # `<checkbox/>同意《用户协议》`: text right in the row, not in an element of its own. With links in it
            # (`<checkbox/>我已阅读并同意<navigator>《用户协议》</navigator>`) the row reads as one sentence: its whole
            # text is the label, unless another toggle shares the row.
            whole = parent.fact("text").value
            text = whole if isinstance(whole, str) and whole.strip() and _sole_toggle(parent) else bare
            shared = segments.get(id(parent)) if segments else None
            if shared is not None and current is toggle:
                text = _own_words(shared, toggle) or text
            return Fact(text, (Evidence(parent.path, parent.span.line, f"text beside <{toggle.tag}>"),))
        siblings = parent.children
        at = siblings.index(current)
        if parent is top:  # the page's top level: only what is written right beside the box labels it
            siblings, at = siblings[max(0, at - 1) : at + 2], min(at, 1)
        is_rendered = rendered or _rendered
        # A frontend's `rendered` reads each element's own condition (Taro; a page's `wx:if` chains); by visibility
        # (`hidden`, a class that hides) a sibling is told apart only while the row shows (in a hidden row every one
        # is hidden).
        found = _nearest_text(siblings, at, unknown, _shown_in(parent, current, rendered))
        if isinstance(found, Node):
            return _sentence(siblings, siblings.index(found), at, unknown, is_rendered) \
                if _sole_toggle(parent) else found.fact("text")
        if isinstance(found, Fact) or id(parent) in unknown:
            # The row's own text cannot be known (`<text>{{title}}</text><switch/>`): the text beside the row is a
            # section heading as often as the row's title, so the label is unknown.
            return Fact(None)
        current = parent
    return None


def _label_text(label: Node, inside: Node, rendered: Callable[[Node], bool] | None) -> Fact:
    """A `<label>`'s text, less what its children show only on a branch not taken (`<text wx:if="{{renew}}">开通自动续费
    </text><text wx:else>记住支付方式</text>`): the label reads what renders beside the box."""
    whole = label.fact("text")
    shown = _shown_in(label, inside, rendered)
    if shown is None or all(shown(child) for child in label.children):
        return whole
    pieces = [str(child.fact("text").value) for child in label.children
              if child is not inside and shown(child) and _has_text(child)]
    text = " ".join(" ".join(pieces).split())
    return Fact(text, whole.evidence) if text else Fact(None)


def _continued(label: Fact, node: Node, rendered: Callable[[Node], bool]) -> Fact:
    """A `<label>` whose sentence waits for its object (`<label><checkbox/><text>同意</text></label>` in a
    `<checkbox-group>`, then `<view>` listing `用户服务协议` 和 `隐私政策`: uni-id-pages' agreement row) goes on in
    what follows it, when that names documents: the first rendered element after the label, or after the wrapper
    that holds only it, up to two levels."""
    if not isinstance(label.value, str) or not _AGREES.search(label.value):
        return label
    current = node
    for _ in range(_WRAPPER_LEVELS + 1):
        parent = current.parent
        if parent is None:
            break
        at = parent.children.index(current)
        after = [n for n in parent.children[at + 1:] if rendered(n) and _rendered(n)]
        if after:
            # `<navigator>《用户协议》</navigator><text>和</text><navigator>《隐私政策》</navigator>`: the links and the
            # words joining them read as one (`_sentence`); a container (`<view>` listing them) by its whole text.
            first = parent.children.index(after[0])
            text = _sentence(parent.children, first, at, (), rendered).value
            names = isinstance(text, str) and (_TITLE.search(text) or _DOCUMENT_NAME.search(text))
            # A joining word whose condition cannot be known ends the list (`和` shown between items): not read.
            joined = _TRAILING_JOIN.sub("", label.value + " ".join(str(text).split()))
            return Fact(joined, label.evidence) if names else label
        if len(parent.children) > 1:
            break
        current = parent
    return label


def _shown_in(row: Node, toggle: Node, rendered: Callable[[Node], bool] | None) -> Callable[[Node], bool] | None:
    """Whether a sibling in `row` shows where the toggle does: rendered by its own condition (`rendered`), and, while
    the row is visible, visible itself; None when siblings cannot be told apart — also when the toggle itself does
    not show (`<checkbox wx:if="{{need}}"/><text wx:if="{{need}}">同意…</text>`: hidden alike, read alike)."""
    if not _rendered(row):
        shown = rendered
    elif rendered is None:
        shown = _rendered
    else:
        def shown(sibling: Node) -> bool:
            return rendered(sibling) and _rendered(sibling)
    return shown if shown is not None and shown(toggle) else None


def _rendered(node: Node) -> bool:
    return node.fact("visible").value is not False


def _names_where_shown(label: Node, toggle: Node, rendered: Callable[[Node], bool] | None) -> bool:
    """Whether a `<label for>` is read beside the toggle: one hidden or not rendered while the toggle shows
    (`<label for="snd" hidden="{{!showHint}}">声音提醒</label>` then `<text>个性化推荐</text>`) names nothing the
    user sees, and the row's visible text labels the box. When the toggle itself does not show, both read alike."""
    is_rendered = rendered or _rendered
    if not (is_rendered(toggle) and _rendered(toggle)):
        return True
    return is_rendered(label) and _rendered(label)


def _sentence(siblings: list[Node], first: int, toggle: int, unknown: Collection[int],
              rendered: Callable[[Node], bool]) -> Fact:
    """The nearest text and the document links that continue it after the toggle: a consent sentence is
    often split over elements (`<checkbox/><text>勾选即代表您已阅读</text><text bindtap>《用户服务协议》</text>
    <text>和</text><text bindtap>《隐私政策》</text>`), and a person reads it whole. Only links, document titles
    (`《…》`) and the short words between two of them (和, 与, 、, and) continue it: a hint in grey beside a label
    (`开通自动续费` `扣费前提醒，可随时取消`, `会员权益变动通知` `（不含营销推送）`) is another sentence."""
    step = 1 if first > toggle else -1
    run = [siblings[first]]
    if step > 0 and not _continues(siblings[first], unknown) and not _OPEN_END.search(str(run[0].fact("text").value)):
        # "7天内自动登录" then a right-aligned 《隐私政策》: a label that is a whole phrase is not continued by the
        # link beside it; "勾选即代表您已阅读" (a verb waiting for its object) is.
        return run[0].fact("text")
    at = first + step
    while 0 <= at < len(siblings):
        if not rendered(siblings[at]):
            at += step  # not rendered (`{i > 0 && <Text>、</Text>}` before the first): not part of what is read
            continue
        if _continues(siblings[at], unknown):
            run.append(siblings[at])
            at += step
            continue
        after = at + step
        while 0 <= after < len(siblings) and not rendered(siblings[after]):
            after += step
        if _joins(siblings[at], unknown) and 0 <= after < len(siblings) and _continues(siblings[after], unknown):
            run.extend((siblings[at], siblings[after]))
            at = after + step
            continue
        break
    if len(run) == 1:
        return run[0].fact("text")
    if step < 0:
        run.reverse()
    # Joined as the row lays them out inline: no space is added between pieces (Chinese runs on; an English
    # sentence split over elements carries its own spaces, which the texts have already collapsed at the ends).
    words = [str(node.fact("text").value) for node in run]
    text = "".join(w if i == 0 or not _spaced(words[i - 1], w) else " " + w for i, w in enumerate(words))
    nearest = siblings[first].fact("text")
    return Fact(text, nearest.evidence)


def _continues(node: Node, unknown: Collection[int]) -> bool:
    """A link, or a text naming a document (`《用户协议》`), with known text."""
    if node.kind not in ("text", "link") or id(node) in unknown or not _has_text(node):
        return False
    text = str(node.fact("text").value)
    if not any(ch.isalnum() for ch in text):
        return False  # `《{doc.name}》` whose name cannot be known shows nothing to read
    # A link naming a document (`《用户协议》`, 隐私政策, "Terms"), not any link: "遇到问题", "注册账号" end it.
    return _TITLE.search(text) is not None or (node.kind == "link" and _DOCUMENT_NAME.search(text) is not None)


_DOCUMENT_NAME = re.compile(r"协议|協議|政策|条款|條款|声明|聲明|指引|规则|規則|须知|須知|清单|清單|"
                            r"terms|privacy|policy|agreement|conditions|notice|eula", re.I)


def _joins(node: Node, unknown: Collection[int]) -> bool:
    """A word that joins two document links: 和, 与, 及, 、, and, &."""
    if node.kind not in ("text", "link") or id(node) in unknown or not _has_text(node):
        return False
    return _CONNECTOR.match(str(node.fact("text").value)) is not None


#: How a sentence that goes on in the next element ends: a verb waiting for the documents it names, or a joining word.
_OPEN_END = re.compile(r"(?:阅读|閱讀|同意|接受|遵守|知悉|理解|确认|確認|查看|参阅|參閱|详见|詳見|参见|參見|请见|請見"
                       r"|请|請|勾选|勾選"
                       r"|[和与及、的]|\b(?:agree to|accept|read|and|the|to|of|our|with|see)\b)\s*[:：]?\s*$", re.I)
_TITLE = re.compile(r"《[^《》\s]+》")
#: A label that agrees to what comes next (同意, 我已阅读并同意, "I agree to"): not a setting that merely ends in a
#: verb (夜间阅读, 允许陌生人查看) with the footer's document links after it.
_AGREES = re.compile(r"(?:同意|接受|已阅读|已閱讀|阅读并同意|閱讀並同意|\b(?:agree to|accept))\s*[:：]?\s*$", re.I)
_TRAILING_JOIN = re.compile(r"\s*(?:[和与及、,，&]|以及|\band)\s*$")
_CONNECTOR = re.compile(r"^\s*(?:[和与及、,，&/]|以及|and|or)\s*$", re.I)


def agreed_to(label: str, following: Sequence[str]) -> str | None:
    """A label that agrees to what comes next (`我已阅读并同意`, "I agree to") continued by the texts after it in its
    row when they name documents (`《金融信息服务协议》`, `和`, `《隐私政策》`): the whole sentence, else None. The
    texts are taken in order up to the first that neither names a document nor joins two."""
    if not _AGREES.search(label):
        return None
    taken: list[str] = []
    for text in following:
        if _TITLE.search(text) or _DOCUMENT_NAME.search(text) or _CONNECTOR.match(text):
            taken.append(text.strip())
        else:
            break
    while taken and _CONNECTOR.match(taken[-1]):
        taken.pop()
    if not taken or not any(_TITLE.search(t) or _DOCUMENT_NAME.search(t) for t in taken):
        return None
    return label.rstrip() + "".join(taken)


def join_inline(pieces: Sequence[str], elements: Sequence[bool]) -> str:
    """A row's text from its pieces in order (`elements[i]`: piece i is a child element's text): a child's text
    meets the words beside it with a space where both sides are Latin letters or digits ("Order updates" over "No
    marketing, …" is not "updatesNo"); raw text keeps its own spacing; Chinese runs on."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if out and piece and (elements[i] or elements[i - 1]) and _spaced(out[-1], piece):
            out.append(" ")
        if piece:
            out.append(piece)
    return "".join(out)


def _spaced(before: str, after: str) -> bool:
    """Whether two inline pieces read with a space between: both sides are Latin letters or digits."""
    return before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum()


def _own_words(parts: list[Any], toggle: Node) -> str:
    """A toggle's own words in a row other toggles share: the bare text between it and the next (or previous)
    toggle, on the side the row writes its labels."""
    at = next((i for i, part in enumerate(parts) if part is toggle), None)
    if at is None:
        return ""

    def words(run: Iterable[Any]) -> list[str]:
        taken: list[str] = []
        for part in run:
            if not isinstance(part, str) and part.kind == "toggle":
                break
            if isinstance(part, str):
                taken.append(part)
            elif _has_text(part):  # a link in the sentence: `<radio/>同意<navigator>《用户协议》</navigator>`
                taken.append(str(part.fact("text").value))
        return taken

    after = " ".join("".join(words(parts[at + 1:])).split())
    before = " ".join("".join(reversed(words(reversed(parts[:at])))).split())
    # The row's first thing says which side labels are written on: `<radio/>同意<radio/>不同意` after,
    # `同意<radio/>不同意<radio/>` before.
    first = next((part for part in parts if not isinstance(part, str) or part.strip()), None)
    label_first = isinstance(first, str)
    return (before or after) if label_first else (after or before)


def _sole_toggle(row: Node) -> bool:
    return sum(node.kind == "toggle" for node in row.walk()) == 1


def assign_labels(nodes: Iterable[Node], direct: dict[int, str] | None = None, unknown: Collection[int] = (),
                  titles: Mapping[int, Fact] | None = None, segments: Mapping[int, list[Any]] | None = None,
                  rendered: Callable[[Node], bool] | None = None, top_row: bool = False) -> None:
    """`rendered`: whether an element renders at first (a lazily built template knows its `wx:if` before its
    visibility is attached); by default its `visible` fact. `top_row`: the top-level elements are side by side
    on one screen (a template's; not a JSX module's, whose outermost elements are different components')."""
    nodes = list(nodes)
    roots = [n for n in nodes if n.parent is None] if top_row else []
    # Top-level elements sit side by side on the screen like a row's children (`<checkbox/>` then `<text>同意…`
    # with no wrapper): one synthetic row holds them, the elements themselves are not touched.
    top = Node("container", "", roots[0].path, roots[0].span, children=roots) if len(roots) > 1 else None
    by_for = {n.attrs["for"]: n for n in nodes
              if n.tag == "label" and n.attrs.get("for") and (_has_text(n) or id(n) in unknown)}
    for node in nodes:
        if node.kind == "toggle" and "label" not in node.facts:
            label = label_of(node, by_for, direct, unknown, titles, segments, rendered, top)
            if label is not None:
                node.facts["label"] = label


def words_end(text: str, parts: Sequence[Any], texts: Mapping[int, str], last_line: int, path: str) -> int:
    """The last line of the words that make a node's text: its parts (bare text and child elements, in order) up to
    the last one with words, and no further than what rules read of it (`lexicon.MAX_MATCH_CHARS`: a label is
    matched on its first characters). The text evidence spans these lines, so `--diff-from` keeps a finding whose
    label was edited, but not one whose 300-line intro was edited past its first paragraphs. A bare text's end is
    not kept per part: the next child's start line stands for it (the span may be longer, never shorter). A child
    from another file (an include) leaves the span as it was."""
    counted = len(text) > MAX_MATCH_CHARS  # only then are characters counted (a lower bound: spaces left out)
    end = seen = 0
    pending = False  # a bare text with words whose end is the next child's start
    for part in parts:
        if isinstance(part, str):
            words = len("".join(part.split())) if counted else int(not part.isspace() and part != "")
            pending = pending or words > 0
        else:
            if part.path != path:
                return last_line
            if pending:
                end, pending = max(end, part.span.line), False
            if counted and seen >= MAX_MATCH_CHARS:
                break
            child = texts.get(id(part), "")
            words = len(child) - child.count(" ") if counted else len(child)
            if words:
                said = part.fact("text").evidence
                end = max(end, said[0].end_line if said else part.span.line)
        seen += words
        if counted and seen >= MAX_MATCH_CHARS and not pending:
            break
    return last_line if pending or not end else end
