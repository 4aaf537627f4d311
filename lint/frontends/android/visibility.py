"""Whether an element is on screen at first render, from its own attributes and its parent.

Hidden: `visibility` gone/invisible (literal, `@integer/`, or a data-binding constant), `alpha` below 0.05 (both
the view's own or its style's), a zero width/height, a text view's text colour as transparent (`faded_text`), or an
ExpandableLayout written collapsed (`collapsed`).
Zero is a real size except for a weighted child of a LinearLayout (the weight gives it space) and a
ConstraintLayout child (0dp means "match constraints"). A binding to a variable is unknown; an unknown element
inside a hidden one is still hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lint.finding import Evidence
from lint.frontends.android import binding, units
from lint.frontends.android.resources import Resources, literal_bool
from lint.frontends.android.styles import SiteEvidence, style_name
from lint.model import Fact, Node

#: The fact of nearly every element; facts are immutable, so one instance serves them all.
VISIBLE = Fact(True)
_HIDDEN_ALPHA = 0.05
#: `android:visibility` is an XML enum (visible 0, invisible 1, gone 2): an `@integer/` holds those values, not the
#: View.VISIBLE/INVISIBLE/GONE constants code uses (0, 4, 8; inflation rejects 4 and 8). Anything else is unknown.
_NUMERIC = {"0": "visible", "1": "invisible", "2": "gone"}
_WEIGHTED_PARENTS = ("LinearLayout", "RadioGroup", "TableRow", "TableLayout")
_CONSTRAINT_PARENTS = ("ConstraintLayout", "MotionLayout")


def _visibility_attr(res: Resources, raw: str, site: SiteEvidence) -> Fact | None:
    expr = binding.expression(raw)
    if expr is not None:
        value = binding.visibility(expr)
        chain: tuple[Evidence, ...] = ()
    else:
        resolved = res.resolve(raw)
        value = None if resolved is None else resolved.value.strip().lower()
        value = _NUMERIC.get(value, value if value in ("visible", "invisible", "gone") else None) \
            if value is not None else None
        chain = resolved.evidence if resolved is not None else ()
    if value in ("gone", "invisible"):
        return Fact(False, (site("android:visibility", raw), *chain))
    if value == "visible":
        return VISIBLE
    return Fact(None)


def _alpha(res: Resources, raw: str, site: SiteEvidence) -> Fact | None:
    if binding.is_binding(raw):
        return None
    resolved = res.resolve(raw)
    try:
        value = float(resolved.value) if resolved is not None else None
    except ValueError:
        value = None
    if value is not None and value < _HIDDEN_ALPHA:
        assert resolved is not None
        return Fact(False, (site("android:alpha", raw), *resolved.evidence))
    return None


#: Parents that may stretch a 0dp child by other means than a weight: edge pinning, grid column weights, flex grow.
_STRETCHING_PARENTS = ("RelativeLayout", "GridLayout", "FlexboxLayout", "CoordinatorLayout")
#: Parents that size one axis of a child whatever its layout params say: a scroll view measures its child's scrolled
#: axis unbounded (its content's own size), a TableLayout makes every row match its width, a TableRow gives each
#: cell its column's width. A 0dp there is not zero. Checked in order (HorizontalScrollView ends with ScrollView).
_SIZED_AXIS = (("HorizontalScrollView", "android:layout_width"), ("ScrollView", "android:layout_height"),
               ("TableLayout", "android:layout_width"), ("TableRow", "android:layout_width"))


def _zero_size(res: Resources, attrs: dict[str, str], parent: Node | None, site: SiteEvidence) -> Fact | None:
    width, height = attrs.get("android:layout_width", "w"), attrs.get("android:layout_height", "w")
    if width[:1] not in ("0", "@") and height[:1] not in ("0", "@"):
        return None  # the common case (wrap_content, match_parent, 48dp) needs no resolving
    parent_tag = parent.tag.rsplit(".", 1)[-1] if parent is not None else ""
    if parent_tag == "merge":  # linted on its own: the includer's layout (`tools:parentTag`) sizes it
        parent_tag = parent.attrs.get("tools:parentTag", "").rsplit(".", 1)[-1] if parent is not None else ""
        if not parent_tag:
            return None
    if parent_tag.endswith(_CONSTRAINT_PARENTS) or parent_tag.endswith(_STRETCHING_PARENTS):
        return None
    if "style" in attrs and "android:layout_weight" not in attrs:
        return None  # a weight may come from the style
    weight = attrs.get("android:layout_weight", "0")
    try:
        weighted = float(weight) > 0
    except ValueError:
        weighted = True  # a resource or binding: assume the layout gives it space rather than guess hidden
    parent_tag = parent_tag.removesuffix("Compat")  # LinearLayoutCompat weighs its children the same way
    default = "vertical" if parent_tag.endswith(("RadioGroup", "TableLayout")) else "horizontal"
    orientation = parent.attrs.get("android:orientation", default) if parent is not None else default
    # The weight stretches the child along the parent's orientation only.
    stretched = "android:layout_width" if orientation == "horizontal" else "android:layout_height"
    sized = next((axis for suffix, axis in _SIZED_AXIS if parent_tag.endswith(suffix)), None)
    for qname in ("android:layout_width", "android:layout_height"):
        raw = attrs.get(qname)
        if raw is None or qname == sized or not units.is_zero(res, raw):
            continue
        if weighted and qname == stretched and parent_tag.endswith(_WEIGHTED_PARENTS):
            continue
        return Fact(False, (site(qname, raw),))
    return None


def own(res: Resources, attrs: dict[str, str], parent: Node | None, site: SiteEvidence) -> Fact | None:
    """What the element's own attributes say: False with the reason, True, unknown, or None (nothing).

    `android:visibility` and `android:alpha` may come from the view's `style` too (child before parent), as any
    attribute can: the view's own attribute wins."""
    raw = attrs.get("android:visibility")
    said = _visibility_attr(res, raw, site) if raw is not None else None
    styled = attrs.get("style")
    if raw is None and styled:
        said = _styled(res, styled, "android:visibility", _visibility_attr, site)
    if said is not None and said.value is False:
        return said
    alpha = attrs.get("android:alpha")
    if alpha is not None:
        hidden = _alpha(res, alpha, site)
    else:
        hidden = _styled(res, styled, "android:alpha", _alpha, site) if styled else None
    return hidden or _zero_size(res, attrs, parent, site) or said


#: cachapa/ExpandableLayout: `app:el_expanded="false"` starts it collapsed (measured to nothing, then GONE: its source
#: reads the attribute with a default of false) until code calls `expand()`, `toggle()`, `setExpanded(…)` or
#: `setExpansion(…)`. Only the written attribute is read: old versions of the library may default otherwise.
EXPANDABLE = "net.cachapa.expandablelayout.ExpandableLayout"
#: How the evidence says so (derived.hidden_with_consent tells an accordion's answer by it).
COLLAPSED_NOTE = "the ExpandableLayout starts collapsed, showing nothing until code expands it"
_EXPANDED = "app:el_expanded"


def collapsed(res: Resources, attrs: dict[str, str], site: SiteEvidence) -> Fact | None:
    """Hidden when an ExpandableLayout (`EXPANDABLE`) says it starts collapsed; None otherwise (a binding, a value not
    read, expanded)."""
    raw = attrs.get(_EXPANDED)
    if raw is None or binding.is_binding(raw):
        return None
    resolved = res.resolve(raw)
    if resolved is None or literal_bool(resolved.value) is not False:
        return None
    here = site(_EXPANDED, raw)
    note = f"{here.note}: {COLLAPSED_NOTE}"
    return Fact(False, (Evidence(here.path, here.line, note), *resolved.evidence))


#: What on a screen asks for consent: a check box or switch, or a text saying the user agrees ("开通即表示同意…").
_CONSENT_TEXT = re.compile(r"同意|授权|授權|agree|accept|consent", re.I)
_TOGGLE_TAG = re.compile(r"<\s*(?:[\w.]+\.)?(?:\w*CheckBox|Switch\w*|\w*RadioButton|ToggleButton)\b")
_TEXT_ATTR = re.compile(r'\sandroid:(?:text|hint|contentDescription)\s*=\s*"([^"]*)"')
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def asks_consent(res: Resources, path: str, lines: list[str]) -> bool:
    """Whether a layout (its source lines) asks for consent: a check box, switch or radio button, or a text
    (literal or `@string/`) with consent words. A collapsed ExpandableLayout on a screen that does not (a help
    screen's FAQ answer naming 《隐私政策》) is an accordion the user opens by tapping its question, before agreeing
    to anything: its answers are not hidden documents. Read only for a collapsed ExpandableLayout."""
    key = ("asks consent", path)
    if key not in res.memo:
        source = _COMMENT.sub("", "\n".join(lines))
        res.memo[key] = _TOGGLE_TAG.search(source) is not None or any(
            _says_consent(res, raw) for raw in _TEXT_ATTR.findall(source))
    found: bool = res.memo[key]
    return found


def _says_consent(res: Resources, raw: str) -> bool:
    resolved = res.resolve(raw) if raw.startswith("@") else None
    return _CONSENT_TEXT.search(resolved.value if resolved is not None else raw) is not None


_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def _transparent(res: Resources, raw: str, site: SiteEvidence) -> Fact | None:
    """A text colour that draws nothing: `#AARRGGBB` or `#ARGB` with an alpha below the hiding threshold (as a view's
    `alpha`). A colour state list (`@color/x` from res/color/), a theme attribute or a binding is not read: None."""
    if binding.is_binding(raw):
        return None
    resolved = res.resolve(raw)
    value = resolved.value.strip() if resolved is not None else ""
    if resolved is None or not _COLOR.match(value) or len(value) in (4, 7):  # #RGB, #RRGGBB: opaque
        return None
    alpha = int(value[1], 16) * 17 if len(value) == 5 else int(value[1:3], 16)
    if alpha / 255 >= _HIDDEN_ALPHA:
        return None
    here = site("android:textColor", raw)
    note = f"{here.note}: the text is drawn fully transparent" if alpha == 0 else \
        f"{here.note}: the text is drawn at alpha {alpha}/255"
    return Fact(False, (Evidence(here.path, here.line, note), *resolved.evidence))


def faded_text(res: Resources, attrs: dict[str, str], site: SiteEvidence) -> Fact | None:
    """Hidden when a text view's own text colour (else its style's) is transparent: the view is laid out but shows
    nothing. Not when part of the text is drawn in another colour (the link colour of `autoLink` and of `<a href>`
    markup in its string resource) or casts a shadow."""
    raw = attrs.get("android:textColor")
    styled = attrs.get("style")
    if raw is None and not styled:
        return None  # nearly every view: nothing to read
    said = _transparent(res, raw, site) if raw is not None else _styled(
        res, styled, "android:textColor", _transparent, site) if styled else None
    if said is None or "android:autoLink" in attrs:
        return None
    text = attrs.get("android:text", "")
    linked = res.resolve(text) if text.startswith("@") else None
    if linked is not None and linked.link:
        return None
    # A text shadow draws the glyphs' outline in its own colour, however transparent the text is.
    if "android:shadowRadius" in attrs or (styled and styled_item(res, styled, "android:shadowRadius")):
        return None
    return said


def styled_item(res: Resources, ref: str, key: str) -> tuple[str, Evidence] | None:
    """The value of item `key` in the style `ref` names (the first of its chain, child before parent) with where it
    is set, or None when no style of the chain sets it. Memoized: a module's views share a few dozen styles."""
    memo_key = ("styled item", ref, key)
    if memo_key in res.memo:
        found: tuple[str, Evidence] | None = res.memo[memo_key]
        return found
    found = None
    name = style_name(ref)
    for style in res.style_chain(name) if name is not None else ():
        entry = style.items.get(key)
        if entry is not None:
            found = entry.value, Evidence(entry.path, entry.line, f"{style.name}: {key} {entry.value}")
            break
    res.memo[memo_key] = found
    return found


def _styled(res: Resources, ref: str, key: str, judge: Callable[[Resources, str, SiteEvidence], Fact | None],
            site: SiteEvidence) -> Fact | None:
    """What `judge` makes of attribute `key` set by the view's `style`, as inflation reads it; a hidden view's
    reason is the `style` attribute, then the item that hides it."""
    found = styled_item(res, ref, key)
    if found is None:
        return None
    value, item = found

    def at_item(_name: str, _raw: str) -> Evidence:
        return item

    said = judge(res, value, at_item)
    if said is not None and said.value is False:
        return Fact(False, (site("style", ref), *said.evidence))
    return said


def grouped(group: Node) -> Fact:
    """A ConstraintLayout `Group` sets every view it references to its own visibility when laid out (a referenced
    view's own `visibility` does not count): what the group's is, with the group as the reason."""
    state = group.fact("visible")
    if state.value is None:
        return Fact(None, state.evidence)
    ids = group.attrs.get("app:constraint_referenced_ids", "")
    simple = group.tag.rsplit(".", 1)[-1]
    note = Evidence(group.path, group.span.line, f'in <{simple}> constraint_referenced_ids="{ids}"')
    return Fact(state.value, (note, *state.evidence)) if state.value is False else VISIBLE


def combine(above: Fact, mine: Fact | None) -> Fact:
    """An ancestor that is hidden hides everything under it; otherwise the element's own state decides."""
    if above.value is False:
        return above
    if mine is not None and mine.value is False:
        return mine
    if above.value is None or (mine is not None and mine.value is None):
        return Fact(None, mine.evidence if mine is not None and mine.value is None else above.evidence)
    return VISIBLE
