"""How faint a page's text is drawn: its colour against what is painted under it (the `contrast` fact).

Asked only by a rule, of text that already matched it (`Document.paint`, lint/derived.py): the element's and its
ancestors' styles are read again then, from the sheets read with their colours (`Cascade.painted`), so an element
no rule asks about costs nothing.

Nothing is guessed. The colour is the winning `color` of the element or the nearest ancestor that sets one; the
background is composited from the element up: each element's `background-color` (or a `background` that is only a
colour) under its content, each `opacity` fading its group, until what is under the text is opaque. A background
image or gradient, a filter or blend mode, an animation, a bound or doubtful value, a class a binding chooses, or a
positioned or moved element (drawn over whatever lies there, not over its parent) before the backdrop is opaque
makes the contrast unknown; so do layers the ancestors' colours do not show (a `::before` background, an inset
shadow, a native map or video, a component around its slot) and a positioned element elsewhere that paints inside
what is under the text (one whose classes a binding chooses only if a rule it may match places or sinks an
element). Up to the page with nothing opaque, the page's own background counts, and below it the
backdrop the frontend knows (`backdrop`: white for a WeChat or Alipay page, see mini/page.py), else unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
             "mask": ("none",), "-webkit-mask": ("none",), "mask-image": ("none",), "-webkit-mask-image": ("none",),
             # An animation may end on (and hold) another colour, opacity or background than the rules'.
             "animation": ("none",), "animation-name": ("none",)}
#: Words of a `background` shorthand that paint nothing (position, size, repeat, attachment, box).
_INERT = frozenset({"none", "repeat", "no-repeat", "repeat-x", "repeat-y", "space", "round", "center", "top",
                    "bottom", "left", "right", "cover", "contain", "auto", "fixed", "scroll", "local", "border-box",
                    "padding-box", "content-box", "/"})
_LENGTH = re.compile(r"-?[\d.]+(?:px|rpx|upx|%|em|rem|vw|vh)?")
_TOKENS = re.compile(r"[a-z-]+\([^()]*\)|[^\s(]+")
#: Elements a runtime draws with its own colours (WeChat's `<button>`: a grey face, black text): neither their
#: background nor their text's colour comes from the page's ancestors.
_OWN_FACE = frozenset({"button"})
#: The runtimes' built-in elements that draw no more than their CSS box: any other element (a native map, video,
#: camera or canvas drawing its own content under its children, a component drawing its template around its slot,
#: `page-container`'s panel, `root-portal` moving its content to the page's root) has an unknown layer.
_PLAIN = frozenset({"page", "view", "text", "image", "button", "navigator", "block", "label", "form", "scroll-view",
                    "swiper", "swiper-item", "cover-view", "cover-image", "rich-text", "checkbox", "checkbox-group",
                    "radio", "radio-group", "switch", "input", "textarea", "picker", "picker-view",
                    "picker-view-column", "slider", "progress", "icon", "movable-area", "movable-view"})
#: A negative length in a `margin` (`-120rpx`, `-0.5em`): the element is pulled onto what lies before it.
_NEGATIVE = re.compile(r"(?:^|[\s(])-[\d.]*[1-9]")
_OFFSETS = ("top", "left", "right", "bottom")
_ZERO = frozenset({"0", "0px", "0rpx", "0%", "auto", "initial", "unset"})
_MAYBE = "{{"
#: Inline elements whose siblings' words run on in one line with theirs: parts of one sentence (`Painter._row`).
_INLINE = frozenset({"text", "navigator"})
#: A text that is only documents' titles (`《用户协议》和《隐私政策》`): a link in a sentence, not a sentence.
_TITLE_ONLY = re.compile(r"[\s和与及、,，]*(?:《[^《》]+》[\s和与及、,，]*)+")
_NOTHING: dict[str, Fact] = {"contrast": UNKNOWN, "pale": UNKNOWN, "text_color": UNKNOWN, "background_color": UNKNOWN}
#: The widest spread between a colour's largest and smallest sRGB channel (0-255) that still reads as a grey: the
#: tinted greys of secondary text (`#b0b8c4` 20, `#94a3b8` 36) are, a brand colour (`#07c160` 186, `#ff9900` 255)
#: is not. 颜色过淡 is a pale or faded colour; a saturated hue at the same low contrast is a design colour.
_GREYISH = 64
#: Below this contrast a colour of any hue is washed out (a pastel: `#a0d8ff` 1.53:1, `#ffe4b5` 1.23:1 on white):
#: nearly the colour of what is under it. WeChat's green (2.38:1) and orange `#ff9900` (2.14:1) stay above.
_WASHED_OUT = 1.6


#: A binding in a declaration's value (`color: {{tipColor}}`, `height: {{h}}rpx`): it gives a value, not properties.
_VALUE_BINDING = re.compile(r":\s*\{\{[^{}]*\}\}")


def _declarations_bound(style: str) -> bool:
    """Whether a `style` attribute's data may write whole declarations (`style="{{bannerStyle}}"`, `"{{a}}; color:
    red"`), so any property, `position` and `z-index` included; a binding that is only a value does not."""
    return "{{" in style and "{{" in _VALUE_BINDING.sub(":", style)


class _Own:
    """What one element contributes: its colour (None: inherited), its layer (None: not known), its opacity (None:
    not known), whether something unreadable blocks the computation, and whether it is positioned."""

    __slots__ = ("blocked", "color", "color_note", "inherit_color", "layer", "layer_note", "moved", "opacity",
                 "opacity_note", "positioned")

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
        #: Drawn somewhere other than its place in the flow (a negative margin, a relative offset, a translation):
        #: over what an earlier sibling draws, not over its parent.
        self.moved = False


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


def _moved(styles: Styles, position: str) -> bool:
    """Whether the element is drawn away from its place in the flow: a negative (or unknown) margin, a `top`/`left`
    offset of a relatively positioned one, a translation. Unknown values (`{{ }}`, `var()`) count."""
    for prop in ("margin", "margin-top", "margin-left", "margin-right", "margin-bottom"):
        if prop in styles:
            value = styles[prop][0].value.strip().lower()
            if _NEGATIVE.search(value) or _MAYBE in value or "var(" in value or "calc(" in value:
                return True
    if position in ("relative", "sticky") and any(
            prop in styles and styles[prop][0].value.strip().lower() not in _ZERO for prop in _OFFSETS):
        return True
    for prop in ("transform", "-webkit-transform"):
        if prop in styles:
            value = styles[prop][0].value.strip().lower()
            if "translate" in value or "matrix" in value or _MAYBE in value or "var(" in value:
                return True
    return "translate" in styles and styles["translate"][0].value.strip().lower() not in ("none", "0", "initial")


def read_own(styles: Styles, tag: str) -> _Own:
    """One element's contribution, from its computed styles (the painted cascade's)."""
    own = _Own()
    for prop, harmless in _BLOCKING.items():
        if prop in styles and styles[prop][0].value.strip().lower() not in harmless:
            own.blocked = True
            return own
    position = styles["position"][0].value.strip().lower() if "position" in styles else "static"
    own.positioned = position not in ("static", "relative", "initial", "unset")
    own.moved = _moved(styles, position)
    _color(own, styles)
    _layer(own, styles)
    _opacity(own, styles)
    if "box-shadow" in styles and "inset" in styles["box-shadow"][0].value.lower():
        own.layer = None  # an inset shadow fills the box over its background, under its content
    if tag not in _PLAIN:
        own.layer = None
    if tag in _OWN_FACE:
        if "color" not in styles:
            own.inherit_color, own.color = False, None
        if not any(p in styles for p in ("background", "background-color")):
            own.layer = None
    return own


def _placing(value: str) -> bool:
    """Whether a `position` value may draw the element where it is placed, not in its parent's flow (as
    `read_own` counts it positioned): absolute, fixed, sticky, or a value not known."""
    return value.strip().lower() not in ("static", "relative", "initial", "unset")


def _sinking(value: str) -> bool:
    """Whether a `z-index` value may draw a positioned element behind the page's content: negative, or not
    known (a binding, a variable)."""
    z = value.strip()
    try:
        return int(z) < 0
    except ValueError:
        return z.lower() not in ("auto", "initial", "unset")


def _pale(color: Color, fade: float, ratio: float) -> bool:
    """Whether text in `color`, faded by `fade` (the opacity of it and its ancestors), drawn at contrast `ratio`, is
    pale: a grey (tinted or not), a colour made see-through, or any colour washed out to nearly its background's
    (a pastel). An opaque saturated colour at a middling contrast (a brand's link) is not."""
    return color[3] < 1 or fade < 1 or max(color[:3]) - min(color[:3]) <= _GREYISH or ratio < _WASHED_OUT


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
        #: Per property, the rule keys (tag, class, id) of the rules that set it (`_keys_match`).
        self._keys: dict[str, frozenset[tuple[str, str]]] = {}
        #: Per property, the keys of the rules that set it to a value that may place or sink an element
        #: (`_keys_setting`): all that a class a binding chooses can bring.
        self._risky: dict[str, frozenset[tuple[str, str]]] = {}
        #: Whether each parent asked about is a row of sibling texts (`_row`).
        self._rows: dict[int, bool] = {}
        #: Absolutely or fixed positioned elements that paint something (`_placed_over`), found on first demand.
        self._placed: list[Node] | None = None

    def release(self) -> None:
        self.owns.clear()
        self.singles.clear()
        self._rows.clear()
        self.order = []
        self._behind = self._placed = None

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
        if _styled_unknown(raw_style) or "animation" in attrs:
            return _unknown()  # any declaration, or an animation (wx.createAnimation) run on it
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
                inline = self._page_style()
                if inline is None:  # a bound `page-style`: the page's colour and background are not known
                    self._page = _Own()
                    self._page.inherit_color, self._page.layer = False, None
                else:
                    self._page = read_own(cascade.computed([("page", frozenset(), None)], inline), "page")
        return self._page

    def _page_style(self) -> list[Declaration] | None:
        """`<page-meta page-style="background-color: #111">`: the page element's inline style. None when it is not
        known: bound, or the page's root background set by `root-background-color`."""
        for other in self.order:
            if other.tag == "page-meta":
                attrs = other.attrs
                style = attrs.get("page-style") or ""
                if "root-background-color" in attrs or _MAYBE in style:
                    return None
                return parse_inline(style, self.shown, other.span.line, paint=True) if style else []
        return []

    def facts(self, node: Node) -> dict[str, Fact]:
        """`contrast`, `pale`, `text_color` and `background_color` of the node's text. Words its child elements draw
        are in their colours (`<view>提示：<text class="dark">登录即同意《隐私政策》</text></view>`): the text is faint
        only if every part is, so the most readable part's contrast is the node's; unknown when any part's is. A part of
        a row of sibling texts (`<view><text>开通即同意</text><text class="link">《会员服务协议》</text></view>`) is
        one sentence with them: the row is faint only if every part is, and is told once, at its most readable part
        (whose colours the facts name); the other parts' facts are unknown."""
        parent = node.parent
        if parent is None or node.tag not in _INLINE or self.direct.get(id(parent)) or not self._row(parent):
            return self._best(node)[0]
        found, drawer = self._best(parent)
        while drawer is not None and drawer is not node:
            drawer = drawer.parent if drawer.parent is not parent else None
        return found if drawer is node else _NOTHING

    def _best(self, node: Node) -> tuple[dict[str, Fact], Node | None]:
        """The facts of the most readable words the node draws (its own or its visible descendants'), and the
        element that draws them; unknown (with that element) when any part's are. The text is `pale` only when
        every part is: a pale part that is the most readable beside a saturated one is not a faint text."""
        drawers = [node] if self.direct.get(id(node)) else []
        if node.children:
            stack = list(reversed(node.children))  # in document order: a tie goes to the first part
            while stack:
                inner = stack.pop()
                stack.extend(reversed(inner.children))
                if self.direct.get(id(inner)) and inner.fact("visible").value is not False:
                    drawers.append(inner)
        best: tuple[dict[str, Fact], Node | None] = (_NOTHING, None)
        for drawer in drawers:
            found = self.singles.get(id(drawer))
            if found is None:
                found = self.singles[id(drawer)] = self._single(drawer)
            ratio = found["contrast"].value
            if ratio is None:
                return found, drawer
            if best[1] is None or ratio > best[0]["contrast"].value:
                best = (found, drawer)
        if best[0]["pale"].value is True and len(drawers) > 1:
            for drawer in drawers:
                vivid = self.singles[id(drawer)]["pale"]
                if vivid.value is False:
                    return {**best[0], "pale": vivid}, best[1]
        return best

    def _row(self, parent: Node) -> bool:
        """Whether `parent` lays out one sentence in sibling inline texts: two or more of its children draw words,
        every child that does is a `<text>` or a `<navigator>`, and one of them is only a document's title
        (`《会员服务协议》`), which is no sentence of its own. Sibling texts that are each a whole sentence
        (`<text>登录即同意《用户协议》</text><text>…</text>`) are told apart. Once per parent."""
        found = self._rows.get(id(parent))
        if found is None:
            worded = [child for child in parent.children
                      if any(self.direct.get(id(inner)) for inner in child.walk())]
            found = self._rows[id(parent)] = len(worded) >= 2 and all(child.tag in _INLINE for child in worded) \
                and any(_TITLE_ONLY.fullmatch(str(child.fact("text").value or "")) for child in worded)
        return found

    def _single(self, node: Node) -> dict[str, Fact]:
        """The colour facts of the words the node draws itself."""
        unknown = _NOTHING
        path: list[_Own] = []
        chain: list[Node] = []
        ancestors: set[int] = set()
        current: Node | None = node
        while current is not None:
            path.append(self._own(current))
            chain.append(current)
            ancestors.add(id(current))
            current = current.parent
        path.append(self._page_own())
        color, color_note = self._color(path)
        if color is None or color_note is None:
            return unknown
        glyph, beside = color, TRANSPARENT
        notes: list[Evidence] = [color_note]
        fade = 1.0
        floor: Node | None = None  # the element whose background made the backdrop opaque; None: the page's
        for depth, own in enumerate(path):
            if own.blocked:
                return unknown
            if glyph[3] < 1 or beside[3] < 1:
                if own.layer is None:
                    return unknown
                glyph, beside = over(glyph, own.layer), over(beside, own.layer)
                if own.layer_note is not None:
                    notes.append(own.layer_note)
                if beside[3] >= 1 and depth < len(chain):
                    floor = chain[depth]
            if own.opacity is None:
                return unknown
            if own.opacity < 1:
                glyph, beside = faded(glyph, own.opacity), faded(beside, own.opacity)
                fade *= own.opacity
                if own.opacity_note is not None:
                    notes.append(own.opacity_note)
            if (own.positioned or own.moved) and (glyph[3] < 1 or beside[3] < 1):
                return unknown  # drawn over whatever lies where it is placed, not over its parent
        if glyph[3] < 1 or beside[3] < 1:
            base = self.backdrop.value
            if not isinstance(base, tuple) or self._something_behind(node, ancestors) \
                    or self._placed_over(node, ancestors, None):
                return unknown
            glyph, beside = over(glyph, base), over(beside, base)
            notes.extend(self.backdrop.evidence)
        elif self._placed_over(node, ancestors, floor):
            return unknown
        ratio = round(contrast(glyph, beside), 2)
        shown_color = hex_of(color) + (f" faded to {round(fade * 100)}% by opacity" if fade < 1 else "")
        evidence = tuple(notes)
        return {"contrast": Fact(ratio, evidence), "pale": Fact(_pale(color, fade, ratio), evidence),
                "text_color": Fact(shown_color, evidence), "background_color": Fact(hex_of(beside), evidence)}

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

    def _placed_over(self, node: Node, ancestors: set[int], floor: Node | None) -> bool:
        """Whether an absolutely or fixed positioned element that paints something (a band, a picture) and is not
        one of the text's ancestors lies inside `floor` (the element whose background is under the text; None: the
        page): placed anywhere there, whatever its `z-index`, it may be what the text is drawn on (or over it).
        Where it is placed is not computed: the backdrop is then unknown. Found once per page."""
        if self._placed is None:
            self._placed = [other for other in self.order if self._placed_painting(other)]
        for other in self._placed:
            if id(other) in ancestors:
                continue
            up = other.parent
            while up is not None and up is not node and up is not floor:
                up = up.parent
            if up is not node and (floor is None or up is floor):
                return True
        return False

    def _placed_painting(self, other: Node) -> bool:
        style = other.attrs.get("style") or ""
        bound = _declarations_bound(style)  # `style="{{bannerStyle}}"`: the data may place it and paint it
        if "position" not in style and not bound and not self._keys_match(other, "position"):
            return False  # no rule or style positions it
        if other.fact("visible").value is False:
            return False
        if bound:
            return True
        if self._unsure(other):
            # Its classes are not known (a binding picks some): it is placed only if a rule it may match places
            # an element, or its own style may.
            if "position" not in style and not self._match(other, self._keys_setting("position", _placing)):
                return False
        elif not self._own(other).positioned:
            return False
        return any(inner.tag not in _PLAIN or inner.tag in ("image", "cover-image")
                   or self._own(inner).layer != TRANSPARENT or self._own(inner).blocked for inner in other.walk())

    def _behind_content(self, other: Node) -> bool:
        attrs = other.attrs
        style = attrs.get("style") or ""
        bound = _declarations_bound(style)  # the data may set its stacking order
        if "z-index" not in style and not bound and not self._keys_match(other, "z-index"):
            return False  # no rule or style sets its stacking order
        if other.fact("visible").value is False:
            return False
        if bound:
            return True
        own_styles = self._styles(other)
        if own_styles is None:
            # Its classes are not known (a binding picks some): a binding adds only classes the sheets style, so
            # it is behind only if a rule it may match (any class rule) sinks an element, or its own style may.
            return "z-index" in style or self._match(other, self._keys_setting("z-index", _sinking))
        if "z-index" not in own_styles or "position" not in own_styles:
            return False
        position = own_styles["position"][0].value.strip().lower()
        if position in ("static", "initial", "unset"):
            return False
        return _sinking(own_styles["z-index"][0].value)

    def _unsure(self, node: Node) -> bool:
        """Whether the node's own styles are not known: built at once, or its (or an ancestor's) classes bound."""
        later = self.states.get(id(node))
        return later is None or later.uncertain

    def _styles(self, node: Node) -> Styles | None:
        from lint.frontends.mini.facts import _bound_style

        later = self.states.get(id(node))
        cascade = self._painted()
        if later is None or cascade is None or later.uncertain:
            return None
        style = _bound_style(later.attrs.get("style") or "", later.binder)
        inline = parse_inline(style, self.shown, node.span.line, paint=True) if style else []
        return cascade.computed(later.chain, inline)

    def _keys_match(self, node: Node, prop: str) -> bool:
        """A cheap test: whether a rule setting `prop` is keyed on the node's tag, one of its classes or its id."""
        return self._match(node, self._keys_of(prop))

    def _match(self, node: Node, keys: frozenset[tuple[str, str]]) -> bool:
        """Whether a rule keyed on one of `keys` may apply to the node: keyed on its tag, one of its classes (any
        class when a binding chooses them) or its id."""
        if not keys:
            return False
        if ("t", node.tag) in keys or ("*", "") in keys:
            return True
        raw = node.attrs.get("class") or ""
        if _MAYBE in raw:
            return any(kind == "." for kind, _ in keys)
        ident = node.attrs.get("id")
        return any((".", name) in keys for name in raw.split()) or (ident is not None and ("#", ident) in keys)

    def _keys_setting(self, prop: str, test: Callable[[str], bool]) -> frozenset[tuple[str, str]]:
        """The rule keys of the rules that set `prop` to a value `test` accepts; once per page and property."""
        found = self._risky.get(prop)
        if found is None:
            cascade = self._painted()
            found = self._risky[prop] = frozenset(
                key for key, rules in (cascade.index.items() if cascade is not None else ())
                if any(decl.prop == prop and test(decl.value) for rule in rules for decl in rule.declarations))
        return found

    def _keys_of(self, prop: str) -> frozenset[tuple[str, str]]:
        found = self._keys.get(prop)
        if found is None:
            cascade = self._painted()
            found = self._keys[prop] = frozenset(
                key for key, rules in (cascade.index.items() if cascade is not None else ())
                if any(decl.prop == prop for rule in rules for decl in rule.declarations))
        return found
