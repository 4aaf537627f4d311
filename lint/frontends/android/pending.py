"""The facts of a layout's elements computed on first demand (`Node.pending`), not while building the tree.

Most elements fail every selector on their kind or text, which layout.py sets while building; visibility,
text size and toggle state are computed here only for the elements something asks about (a selector, an
includer comparing its graft, a message). The result is the same as computing them eagerly: everything
they read (attributes, resources, styles, code, the parent's visibility) is fixed once the tree is built.
"""

from __future__ import annotations

from lint.finding import Evidence
from lint.frontends.android import binding, include, labels, units, visibility
from lint.frontends.android.nodes import Facts, FileText, Site
from lint.frontends.android.resources import Resources
from lint.frontends.android.styles import style_name
from lint.frontends.android.toggles import meaning
from lint.model import Fact, Node

_CODE_KINDS = ("toggle", "text", "link", "button", "container")
_TEXT_KINDS = ("text", "link")
_SP = Fact("sp")
_NO_LAYOUTS: frozenset[str] = frozenset()
_NO_CODE: dict[str, Fact] = {}


def _overlaid(node: Node) -> bool:
    """Whether the element or an ancestor sets a theme overlay (`android:theme` on a view)."""
    current: Node | None = node
    while current is not None:
        if "android:theme" in current.attrs:
            return True
        current = current.parent
    return False


def _layout_root(node: Node) -> bool:
    """Whether the element is its layout's root (a data-binding `<layout>` wraps it)."""
    parent = node.parent
    return parent is None or (parent.tag == "layout" and parent.parent is None)


#: A view scale: the factor (None when not known) and the attributes that set it.
_Scale = tuple[float | None, tuple[Evidence, ...]]


def _own_scale(res: Resources, attrs: dict[str, str], site: Site) -> tuple[_Scale | None, Fact | None]:
    """The element's own scale: the factor when `scaleX` and `scaleY` agree (text drawn at that size); None for the
    factor when they differ (the glyphs are stretched: no one size says what the user sees) or a value is not read
    (a binding); None when the element is not scaled. Second, hidden when either factor is 0: the view is laid out
    but draws nothing, as at alpha 0 (not text of size 0)."""
    factors: list[float | None] = []
    evidence: list[Evidence] = []
    flat = None
    for qname in ("android:scaleX", "android:scaleY"):
        raw = attrs.get(qname)
        if raw is None:
            factors.append(1.0)
            continue
        here = site(qname, raw)
        evidence.append(here)
        resolved = res.resolve(raw) if not binding.is_binding(raw) else None
        try:
            factors.append(abs(float(resolved.value)) if resolved is not None else None)
        except ValueError:
            factors.append(None)
        if factors[-1] == 0 and flat is None and resolved is not None:
            flat = Fact(False, (Evidence(here.path, here.line, f"{here.note}: drawn at scale 0, nothing shows"),
                                *resolved.evidence))
    if factors == [1.0, 1.0]:
        return None, None
    return ((factors[0] if factors[0] == factors[1] else None), tuple(evidence)), flat


def _combined(above: _Scale | None, mine: _Scale | None) -> _Scale | None:
    """A scaled ancestor scales everything it draws, its descendants' scaling included: the product."""
    if above is None or mine is None:
        return above or mine
    factor = above[0] * mine[0] if above[0] is not None and mine[0] is not None else None
    return factor, (*above[1], *mine[1])


def _scaled(size: Fact, scale: _Scale) -> Fact:
    """A text size as drawn under a view scale; unknown when the scale is."""
    factor, evidence = scale
    if factor is None:
        return Fact(None, evidence)
    assert isinstance(size.value, (int, float))
    drawn = round(size.value * factor, 2)
    last = evidence[-1]
    note = Evidence(last.path, last.line, f"{size.value:g}sp drawn at {factor:g}× = {drawn:g}sp on screen")
    return Fact(drawn, (*size.evidence, *evidence, note))


_AUTOSIZE_MAX = ("app:autoSizeMaxTextSize", "android:autoSizeMaxTextSize")
_AUTOSIZE_PRESETS = ("app:autoSizePresetSizes", "android:autoSizePresetSizes")


def _autosize_max(res: Resources, attrs: dict[str, str], site: Site) -> Fact:
    """The size of uniformly autosized text, as the upper bound `autoSizeMaxTextSize` puts on it: the text is never
    drawn larger, whatever `textSize` says, so a maximum below the minimum is small text (a maximum above it says
    nothing: the value is what the text can be at most, what a `lt` test needs). Unknown without a maximum (the
    default, 112sp, bounds nothing), with preset sizes (they replace the bounds), or when the `app:` (AppCompat)
    and `android:` (platform) maxima disagree."""
    if _AUTOSIZE_PRESETS[0] in attrs or _AUTOSIZE_PRESETS[1] in attrs:
        return Fact(None)
    given = [(qname, attrs[qname]) for qname in _AUTOSIZE_MAX if qname in attrs]
    if not given or len({raw.strip() for _, raw in given}) != 1:
        return Fact(None)
    qname, raw = given[0]
    bound = units.size_fact(res, raw, [site(qname, raw)])
    if bound is None or not isinstance(bound.value, (int, float)):
        return Fact(None)
    last = bound.evidence[-1]
    note = Evidence(last.path, last.line, f"autoSizeTextType uniform: drawn at most {bound.value:g}sp, whatever "
                                          "textSize says")
    return Fact(bound.value, (*bound.evidence, note))


_AUTOSIZE_TYPE = ("app:autoSizeTextType", "android:autoSizeTextType")
#: Packages whose text widgets are TextView's own `setTextSize` (a project's or another library's widget may read the
#: number in its own unit, px often).
_TEXT_WIDGET_PACKAGES = ("android.widget.", "androidx.appcompat.widget.", "com.google.android.material.")


_AUTOSIZE_ITEMS = ("autoSizeTextType", "android:autoSizeTextType")


def _autosizes(res: Resources, attrs: dict[str, str]) -> bool:
    """Whether the view autosizes by its attributes or its style's chain (`style="@style/AgreementText"` whose item
    is `autoSizeTextType` uniform): TextView then ignores `setTextSize`."""
    if any(attrs.get(qname, "none") != "none" for qname in _AUTOSIZE_TYPE):
        return True
    name = style_name(attrs.get("style", ""))
    if name is None:
        return False
    for style in res.style_chain(name):
        for key in _AUTOSIZE_ITEMS:
            entry = style.items.get(key)
            if entry is not None:
                return entry.value.strip() != "none"
    return False


def _code_size(res: Resources, written: Fact, attrs: dict[str, str], tag: str) -> Fact:
    """The size lifecycle code gives a text view (`setTextSize(9f)`, codevalues.text_size: a dimension), in sp; unknown
    when what it sets is not read, when the view autosizes (TextView ignores `setTextSize` then) or when the view is
    not one of the platform's, AppCompat's or Material's text widgets."""
    if not isinstance(written.value, str):
        return Fact(None, written.evidence)
    if ("." in tag and not tag.startswith(_TEXT_WIDGET_PACKAGES)) or _autosizes(res, attrs):
        return Fact(None, written.evidence)
    size = units.size_fact(res, written.value, list(written.evidence))
    return size if size is not None else Fact(None, written.evidence)


#: StringBlock's RelativeSizeSpan for `<small>` in a styled string resource.
_SMALL = 0.8


def finish_small(node: Node) -> None:
    """The facts of a text view's `<small>` words (layout.py makes them a node under the view): shown as the view is,
    at 0.8× its size (its `android:scaleX`/`scaleY` and autosize bound included)."""
    view = node.parent
    if view is None:
        return
    node.facts["visible"] = view.fact("visible")
    size = view.fact("font_size")
    if isinstance(size.value, (int, float)):
        last = size.evidence[-1] if size.evidence else Evidence(node.path, node.span.line, "")
        drawn = round(size.value * _SMALL, 2)
        note = Evidence(last.path, last.line, f"<small> words: {size.value:g}sp × {_SMALL:g} = {drawn:g}sp")
        node.facts["font_size"] = Fact(drawn, (*size.evidence, note))
        node.facts["size_unit"] = _SP
    elif "font_size" in view.facts:
        node.facts["font_size"] = Fact(None, size.evidence)


class Pending:
    """What one layout build leaves for `finish`: nothing per element but the node itself, except the rare
    include overrides, custom toggles and checked RadioGroups, by node id."""

    def __init__(self, facts: Facts) -> None:
        self.module_facts = facts
        self.file = FileText("")  # the layout's own file, set when its tree is built
        #: Include overrides of included roots' attributes: attribute -> (file, line) of the include, by node id.
        self.overrides: dict[int, dict[str, tuple[FileText, int]]] = {}
        #: Checked state of the images that are custom toggles, by node id.
        self.custom: dict[int, Fact] = {}
        #: RadioGroups with `android:checkedButton` (and nodes.CHECKED_CHILD's other groups): the group -> (the
        #: checked child's id, the attribute).
        self.checked_buttons: dict[int, tuple[str, Evidence]] = {}
        #: Grafted nodes' visibility as built, before include.compare adds the include's evidence to it.
        self.grafted_visible: dict[int, Fact] = {}
        #: ConstraintLayout Groups by their parent's node id: referenced view id -> the group node.
        self.groups: dict[int, dict[str, Node]] = {}
        #: How much `android:scaleX`/`scaleY` on the element or an ancestor scale what it draws, for the rare elements
        #: where that is not 1: (factor, or None when not known, and why), by node id.
        self.scales: dict[int, _Scale] = {}

    def finish(self, node: Node) -> None:
        """Visibility, text size and toggle state: what inflation decides from attributes, styles and code.

        Facts keep the order eager building gave them (text, these, then the label set after the tree).
        """
        ident = id(node)
        grafted = node if isinstance(node, include.Grafted) else None
        file, scope = (grafted.file, grafted.scope) if grafted is not None else (self.file, _NO_LAYOUTS)
        site = Site(file, node.span.line, self.overrides.get(ident) if self.overrides else None)
        view = labels.view_id(node)
        custom = self.custom.get(ident) if self.custom else None
        facts, f, attrs, kind, parent = node.facts, self.module_facts, node.attrs, node.kind, node.parent
        label = facts.pop("label", None)
        own = f.visible_own(attrs, parent, site, node.tag)
        if own is not None and own.value is False and grafted is None and _layout_root(node) \
                and include.only_shown_by_includes(f.module, next(iter(f.layouts))):
            # Inflated only by includes that make it visible: theirs replaces the root's own android:visibility.
            own = f.visible_own({**attrs, "android:visibility": "visible"}, parent, site, node.tag)
        code = f.code(view, scope, parent) if view and (kind in _CODE_KINDS or own is not None) else _NO_CODE
        if "visible" in code:
            own = code["visible"]
        if "expanded" in code and node.tag == visibility.EXPANDABLE:  # code opens or closes it: what shows is not read
            own = Fact(None, code["expanded"].evidence)
        mine: _Scale | None = None
        if "android:scaleX" in attrs or "android:scaleY" in attrs:
            mine, flat = _own_scale(f.res, attrs, site)
            if flat is not None and "scale" not in code and (own is None or own.value is not False):
                own = flat
        if "scale" in code:  # code scales the view (a pop-in from 0, `scaleX = 1f`): what it is drawn at is unknown
            mine = (None, code["scale"].evidence)
        if self.groups and parent is not None and view:
            grouping = self.groups.get(id(parent), {}).get(view)
            if grouping is not None and grouping is not node:
                own = visibility.grouped(grouping)
        if kind in _TEXT_KINDS and (own is None or own.value is not False) and (
                "android:textColor" in attrs or "style" in attrs):
            # Drawn in a transparent colour, the text shows nothing whatever its visibility says; unless code
            # recolours it or sets a text of its own (a span may colour it).
            faded = visibility.faded_text(f.res, attrs, site)
            if faded is not None and "text_color" not in code and "text" not in code:
                own = faded
        # A grafted parent's visibility as built: include.compare may have added the include's evidence since.
        above = visibility.VISIBLE if parent is None else self.grafted_visible.get(id(parent)) or parent.fact("visible")
        visible = facts["visible"] = visibility.combine(above, own)
        if grafted is not None:
            self.grafted_visible[ident] = visible
        size = f.font_size(attrs, site, kind, node.tag)
        if size is not None and size.value is not None and _overlaid(node):
            # Under an `android:theme` overlay the theme's attributes may mean other styles: a size that
            # depends on the theme is not known there.
            plain = f.font_size_unthemed(attrs, site, kind)
            if plain is None or plain.value != size.value:
                size = Fact(None)
        if "autosize" in code or "markup_size" in code:  # membership tests: no call for the many views code leaves
            # Code autosizes it (TextView then ignores setTextSize), or sets `<big>` words: the size is not read.
            size = Fact(None, (code.get("autosize") or code["markup_size"]).evidence)
        elif "font_size" in code:  # lifecycle code resizes the text: its size, whatever the XML says
            size = _code_size(f.res, code["font_size"], attrs, node.tag)
        elif (attrs.get("app:autoSizeTextType") or attrs.get("android:autoSizeTextType")) == "uniform":
            # Autosizing picks the size between its bounds to fit the view, not the XML's: at most the maximum.
            size = _autosize_max(f.res, attrs, site)
        scale = self.scales.get(id(parent)) if self.scales and parent is not None else None
        if mine is not None:
            scale = _combined(scale, mine)
        if scale is not None:
            self.scales[ident] = scale
            if size is not None and isinstance(size.value, (int, float)):
                size = _scaled(size, scale)
        if size is not None:
            facts["font_size"] = size
            facts["size_unit"] = _SP
        if kind == "toggle":
            checked = custom if custom is not None else f.checked(attrs, site)
            group = self.checked_buttons.get(id(parent)) if checked is None else None
            if group is not None and view and group[0] == view:  # the group checks this child at inflation
                checked = Fact(True, (group[1],))
            facts["checked"] = checked if checked is not None else Fact(False)
            for name in ("checked", "selected", "image") if custom is not None else ("checked",):
                if name in code:
                    value = code[name].value
                    value = meaning(value) if isinstance(value, str) else value
                    facts["checked"] = Fact(value, code[name].evidence)
            enabled = f.bool_attr(attrs, "android:enabled", site)
            if enabled is not None:
                facts["disabled"] = Fact(None if enabled.value is None else not enabled.value, enabled.evidence)
        if label is not None:
            facts["label"] = label
        if grafted is not None and grafted.table is not None:
            include.compare(grafted)
