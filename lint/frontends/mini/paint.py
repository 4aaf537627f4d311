"""How faint a page's text is drawn: its colour against what is painted under it (the `contrast` fact).

Asked only by a rule, of text that already matched it (`Document.paint`, lint/derived.py): the element's and its
ancestors' styles are read again then, from the sheets read with their colours (`Cascade.painted`), so an element
no rule asks about costs nothing.

Nothing is guessed. The colour is the winning `color` of the element or the nearest ancestor that sets one; the
background is composited from the element up: each element's `background-color` (or a `background` that is only a
colour) under its content, each `opacity` fading its group, until what is under the text is opaque. A background
image or gradient, a filter or blend mode, a bound or doubtful value, a class a binding chooses, or a positioned
element (drawn over whatever lies there, not over its parent) before the backdrop is opaque makes the contrast
unknown. Up to the page with nothing opaque, the page's own background counts, and below it the backdrop the
frontend knows (`backdrop`: white for a WeChat or Alipay page, see mini/page.py), else unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lint.finding import Evidence
from lint.frontends.css import Declaration, parse_inline
from lint.frontends.mini.colors import TRANSPARENT, Color, contrast, faded, hex_of, number, over, parse_color
from lint.frontends.mini.styles import Styles, style_evidence
from lint.model import UNKNOWN, Fact, Node

if TYPE_CHECKING:
    from lint.frontends.cascade import Cascade
    from lint.frontends.mini.deferred import Later

#: Properties that change what text or its backdrop looks like in ways not computed here, with the values that
#: leave it alone.
_BLOCKING = {"filter": ("none",), "-webkit-filter": ("none",), "backdrop-filter": ("none",),
             "-webkit-backdrop-filter": ("none",), "mix-blend-mode": ("normal",), "text-shadow": ("none",),
             "-webkit-text-fill-color": (), "-webkit-text-stroke": ("0", "none"), "-webkit-text-stroke-color": (),
             "background-clip": ("border-box", "padding-box", "content-box"),
             "-webkit-background-clip": ("border-box", "padding-box", "content-box"),
             "mask": ("none",), "-webkit-mask": ("none",), "mask-image": ("none",), "-webkit-mask-image": ("none",)}
#: Words of a `background` shorthand that paint nothing (position, size, repeat, attachment, box).
_INERT = frozenset({"none", "repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round", "center", "top",
                    "bottom", "left", "right", "cover", "contain", "auto", "fixed", "scroll", "local", "border-box",
                    "padding-box", "content-box", "/"})
_LENGTH = re.compile(r"-?[\d.]+(?:px|rpx|upx|%|em|rem|vw|vh)?")
_TOKENS = re.compile(r"[a-z-]+\([^()]*\)|[^\s(]+")
#: Elements a runtime draws with its own colours (WeChat's `<button>`: a grey face, black text): neither their
#: background nor their text's colour comes from the page's ancestors.
_OWN_FACE = frozenset({"button"})
_MAYBE = "{{"


class _Own:
    """What one element contributes: its colour (None: inherited), its layer (None: not known), its opacity (None:
    not known), whether something unreadable blocks the computation, and whether it is positioned."""

    __slots__ = ("blocked", "color", "color_note", "inherit_color", "layer", "layer_note", "opacity", "opacity_note",
                 "positioned")

    def __init__(self) -> None:
        self.color: Color | None = None
        self.color_note: Evidence | None = None
        self.inherit_color = True
        self.layer: Color | None = TRANSPARENT
        self.layer_note: Evidence | None = None
        self.opacity: float | None = 1.0
        self.opacity_note: Evidence | None = None
        self.blocked = False
        self.positioned = False


def _unknown() -> _Own:
    own = _Own()
    own.inherit_color = False
    own.layer = None
    own.opacity = None
    own.blocked = True
    return own


def _color(own: _Own, styles: Styles) -> None:
    if "color" not in styles:
        return
    decl, selector = styles["color"]
    value = decl.value.strip().lower()
    if value in ("inherit", "unset"):
        return
    own.inherit_color = False
    own.color = parse_color(value)  # `currentColor`, `initial`, a binding, a variable left unknown: None
    own.color_note = style_evidence(decl, selector) if own.color is not None else None


def _shorthand(value: str) -> Color | bool | None:
    """The colour a `background` shorthand paints, TRANSPARENT without one; False when it paints something not known
    (an image, a gradient, a word not read)."""
    if "(" in value and re.search(r"url\(|gradient\(|image\(|image-set\(|element\(|cross-fade\(|var\(", value):
        return False
    found: Color | None = None
    for token in _TOKENS.findall(value.replace(",", " , ")):
        if token in _INERT or _LENGTH.fullmatch(token):
            continue
        color = parse_color(token)
        if color is None or found is not None:
            return False  # a word not read, or a second layer (`, `): not known
        found = color
    return found if found is not None else TRANSPARENT


def _layer(own: _Own, styles: Styles) -> None:
    """The element's background: a colour, none, or not known (an image, a gradient, two declarations whose order of
    precedence is not kept here that disagree)."""
    layers: list[tuple[Color | bool | None, Declaration, str]] = []
    for prop in ("background", "background-color"):
        if prop in styles:
            decl, selector = styles[prop]
            value = decl.value.strip().lower()
            if value in ("initial", "unset", "none"):
                parsed: Color | bool | None = TRANSPARENT
            elif prop == "background":
                parsed = _shorthand(value)
            else:
                parsed = parse_color(value)
            layers.append((parsed, decl, selector))
    if "background-image" in styles and styles["background-image"][0].value.strip().lower() not in ("none", "initial"):
        own.layer = None
        return
    if not layers:
        return
    colors = {parsed for parsed, _, _ in layers}
    if len(colors) != 1 or None in colors or False in colors:
        own.layer = None
        return
    parsed, decl, selector = layers[-1]
    assert isinstance(parsed, tuple)
    own.layer = parsed
    own.layer_note = style_evidence(decl, selector) if parsed[3] > 0 else None


def _opacity(own: _Own, styles: Styles) -> None:
    if "opacity" not in styles:
        return
    decl, selector = styles["opacity"]
    value = decl.value.strip()
    amount = number(value[:-1]) if value.endswith("%") else number(value)
    if amount is None:  # a word, a binding, `nan`, an overflowing exponent: not known
        own.opacity = None
        return
    own.opacity = min(max(amount / 100 if value.endswith("%") else amount, 0.0), 1.0)
    own.opacity_note = style_evidence(decl, selector) if own.opacity < 1 else None


def read_own(styles: Styles, tag: str) -> _Own:
    """One element's contribution, from its computed styles (the painted cascade's)."""
    own = _Own()
    for prop, harmless in _BLOCKING.items():
        if prop in styles and styles[prop][0].value.strip().lower() not in harmless:
            own.blocked = True
            return own
    if "position" in styles:
        value = styles["position"][0].value.strip().lower()
        own.positioned = value not in ("static", "relative", "initial", "unset")
    _color(own, styles)
    _layer(own, styles)
    _opacity(own, styles)
    if tag in _OWN_FACE:
        if "color" not in styles:
            own.inherit_color, own.color = False, None
        if not any(p in styles for p in ("background", "background-color")):
            own.layer = None
    return own


class Painter:
    """A page builder's `contrast` facts (`Document.paint`). `states` are the builder's deferred element states."""

    def __init__(self, cascade: Cascade, states: dict[int, Later], shown: str, backdrop: Fact,
                 component: bool, order: list[Node], direct: dict[int, str]) -> None:
        self.cascade = cascade
        #: Each element's own words, outside its child elements (template.py `_texts`): what its colour draws.
        self.direct = direct
        self.singles: dict[int, dict[str, Fact]] = {}
        self.states = states
        self.shown = shown
        self.backdrop = backdrop
        self.component = component
        self.order = order
        self.owns: dict[int, _Own] = {}
        self._page: _Own | None = None
        #: Elements that may be drawn behind the page's content (`_behind_content`), found on first demand.
        self._behind: list[Node] | None = None
        self._keys: frozenset[tuple[str, str]] | None = None

    def release(self) -> None:
        self.owns.clear()
        self.singles.clear()
        self.order = []

    def _painted(self) -> Cascade | None:
        return self.cascade.painted()

    def _own(self, node: Node) -> _Own:
        found = self.owns.get(id(node))
        if found is None:
            found = self.owns[id(node)] = self._read(node)
        return found

    def _read(self, node: Node) -> _Own:
        from lint.frontends.mini.facts import _bound_style, _styled_unknown

        later = self.states.get(id(node))
        cascade = self._painted()
        if later is None or cascade is None or later.uncertain:
            return _unknown()  # built at once (a grafted component), a sheet not read again, or classes not known
        attrs = later.attrs
        raw_style = attrs.get("style") or ""
        if _styled_unknown(raw_style):
            return _unknown()
        raw_class = attrs.get("class")
        if raw_class and cascade.unresolved is not None and cascade.external(later.binder.text(raw_class).split()):
            return _unknown()  # a sheet not in the repository may colour it
        style = _bound_style(raw_style, later.binder)
        inline = parse_inline(style, self.shown, node.span.line, paint=True) if style else []
        styles = cascade.computed(later.chain, inline)
        return read_own(styles, node.tag)

    def _page_own(self) -> _Own:
        if self._page is None:
            cascade = self._painted()
            if cascade is None:
                self._page = _unknown()
            elif self.component:  # drawn where it is used: what it inherits there and what lies under it are not known
                self._page = _Own()
                self._page.inherit_color, self._page.layer = False, None
            else:
                self._page = read_own(cascade.computed([("page", frozenset(), None)]), "page")
        return self._page

    def facts(self, node: Node) -> dict[str, Fact]:
        """`contrast`, `text_color` and `background_color` of the node's text. Words its child elements draw are in
        their colours (`<view>提示：<text class="dark">登录即同意《隐私政策》</text></view>`): the text is faint only
        if every part is, so the most readable part's contrast is the node's; unknown when any part's is."""
        drawers = [node] if self.direct.get(id(node)) else []
        if node.children:
            stack = list(node.children)
            while stack:
                inner = stack.pop()
                stack.extend(inner.children)
                if self.direct.get(id(inner)) and inner.fact("visible").value is not False:
                    drawers.append(inner)
        best: dict[str, Fact] | None = None
        for drawer in drawers:
            found = self.singles.get(id(drawer))
            if found is None:
                found = self.singles[id(drawer)] = self._single(drawer)
            ratio = found["contrast"].value
            if ratio is None:
                return found
            if best is None or ratio > best["contrast"].value:
                best = found
        return best if best is not None else {"contrast": UNKNOWN, "text_color": UNKNOWN, "background_color": UNKNOWN}

    def _single(self, node: Node) -> dict[str, Fact]:
        """The colour facts of the words the node draws itself."""
        unknown = {"contrast": UNKNOWN, "text_color": UNKNOWN, "background_color": UNKNOWN}
        path: list[_Own] = []
        ancestors: set[int] = set()
        current: Node | None = node
        while current is not None:
            path.append(self._own(current))
            ancestors.add(id(current))
            current = current.parent
        path.append(self._page_own())
        color, color_note = self._color(path)
        if color is None or color_note is None:
            return unknown
        glyph, beside = color, TRANSPARENT
        notes: list[Evidence] = [color_note]
        fade = 1.0
        for own in path:
            if own.blocked:
                return unknown
            if glyph[3] < 1 or beside[3] < 1:
                if own.layer is None:
                    return unknown
                glyph, beside = over(glyph, own.layer), over(beside, own.layer)
                if own.layer_note is not None:
                    notes.append(own.layer_note)
            if own.opacity is None:
                return unknown
            if own.opacity < 1:
                glyph, beside = faded(glyph, own.opacity), faded(beside, own.opacity)
                fade *= own.opacity
                if own.opacity_note is not None:
                    notes.append(own.opacity_note)
            if own.positioned and (glyph[3] < 1 or beside[3] < 1):
                return unknown  # drawn over whatever lies where it is placed, not over its parent
        if glyph[3] < 1 or beside[3] < 1:
            base = self.backdrop.value
            if not isinstance(base, tuple) or self._something_behind(node, ancestors):
                return unknown
            glyph, beside = over(glyph, base), over(beside, base)
            notes.extend(self.backdrop.evidence)
        ratio = round(contrast(glyph, beside), 2)
        shown_color = hex_of(color) + (f" faded to {round(fade * 100)}% by opacity" if fade < 1 else "")
        evidence = tuple(notes)
        return {"contrast": Fact(ratio, evidence), "text_color": Fact(shown_color, evidence),
                "background_color": Fact(hex_of(beside), evidence)}

    def _color(self, path: list[_Own]) -> tuple[Color | None, Evidence | None]:
        """The text's colour: its own, else the nearest ancestor's that sets one; None when that is not known or
        nothing up to the page sets one (the runtime's default is not assumed)."""
        for own in path:
            if not own.inherit_color:
                return own.color, own.color_note
        return None, None

    def _something_behind(self, node: Node, ancestors: set[int]) -> bool:
        """Whether an element elsewhere on the page may be drawn behind the page's own content: positioned with a
        negative (or unknown) `z-index` (a full-screen background `<image>`). Found once per page, when a text's
        backdrop reaches the page."""
        if self._behind is None:
            self._behind = [other for other in self.order if self._behind_content(other)]
        return any(id(other) not in ancestors for other in self._behind)

    def _behind_content(self, other: Node) -> bool:
        attrs = other.attrs
        style = attrs.get("style") or ""
        if "z-index" not in style and not self._z_keys_match(other):
            return False  # no rule or style sets its stacking order
        if other.fact("visible").value is False:
            return False
        own_styles = self._styles(other)
        if own_styles is None:
            return True
        if "z-index" not in own_styles or "position" not in own_styles:
            return False
        position = own_styles["position"][0].value.strip().lower()
        if position in ("static", "initial", "unset"):
            return False
        z = own_styles["z-index"][0].value.strip()
        try:
            return int(z) < 0
        except ValueError:
            return z.lower() != "auto"

    def _styles(self, node: Node) -> Styles | None:
        from lint.frontends.mini.facts import _bound_style

        later = self.states.get(id(node))
        cascade = self._painted()
        if later is None or cascade is None or later.uncertain:
            return None
        style = _bound_style(later.attrs.get("style") or "", later.binder)
        inline = parse_inline(style, self.shown, node.span.line, paint=True) if style else []
        return cascade.computed(later.chain, inline)

    def _z_keys_match(self, node: Node) -> bool:
        """A cheap test: whether a rule setting `z-index` is keyed on the node's tag, one of its classes or its id."""
        keys = self._z_keys()
        if not keys:
            return False
        if ("t", node.tag) in keys or ("*", "") in keys:
            return True
        raw = node.attrs.get("class") or ""
        if _MAYBE in raw:
            return any(kind == "." for kind, _ in keys)
        ident = node.attrs.get("id")
        return any((".", name) in keys for name in raw.split()) or (ident is not None and ("#", ident) in keys)

    def _z_keys(self) -> frozenset[tuple[str, str]]:
        if self._keys is None:
            cascade = self._painted()
            self._keys = frozenset(
                key for key, rules in (cascade.index.items() if cascade is not None else ())
                if any(decl.prop == "z-index" for rule in rules for decl in rule.declarations))
        return self._keys
