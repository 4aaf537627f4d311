"""Text size through styles, the way TextView reads it at inflation.

Precedence: the view's own `android:textSize` > its `style` (child before parent; explicit `parent=` or the implicit
dotted parent) > the theme's `android:textViewStyle` (for a toggle, its default style: `checkboxStyle`,
`switchStyle`, `radioButtonStyle`) > `android:textAppearance` (the view's, else its style's, else
the `textViewStyle`'s) > the theme's own `android:textAppearance`. Styles from libraries or the framework that are
not in the repository resolve through `framework.py` where their size is fixed, else stay unknown: such a `style`
(or `textViewStyle`) may set any size, so nothing below it is taken instead. A theme attribute
(`?attr/textAppearanceCaption`) is what the application theme sets it to, in the repository or, past it, in the
Material Components or Material 3 theme it extends; a layout an activity with its own theme inflates is read in both
themes, and a size they disagree on is unknown (nodes.AgreedSizes).
"""

from __future__ import annotations

from collections.abc import Callable

from lint.finding import Evidence
from lint.frontends.android import binding, framework, units
from lint.frontends.android.resources import Resources, Style
from lint.model import Fact

#: Makes the evidence for one of the element's attributes: (qualified name, raw value) -> Evidence.
SiteEvidence = Callable[[str, str], Evidence]
_SIZE_KEYS = ("android:textSize", "textSize")
_APPEARANCE_KEYS = ("android:textAppearance", "textAppearance")
#: The theme attribute naming a toggle's default style, by simple tag (without `android:` for the library widgets).
_WIDGET_STYLES = {"CheckBox": "checkboxStyle", "AppCompatCheckBox": "checkboxStyle",
                  "MaterialCheckBox": "checkboxStyle", "RadioButton": "radioButtonStyle",
                  "AppCompatRadioButton": "radioButtonStyle", "MaterialRadioButton": "radioButtonStyle",
                  "Switch": "switchStyle", "SwitchCompat": "switchStyle", "SwitchMaterial": "switchStyle"}
#: Platform widgets AppCompat inflation leaves as they are (there is no AppCompat Switch).
_PLATFORM_WIDGETS = ("Switch",)
#: Platform widgets AppCompat inflation replaces with its own.
_REPLACED_WIDGETS = ("CheckBox", "RadioButton")
#: Library theme families whose apps inflate through AppCompat.
_LIBRARY_FAMILIES = ("Theme.AppCompat", "Theme.MaterialComponents", "Theme.Material3")


def _item(style: Style, keys: tuple[str, ...]) -> tuple[str, Evidence] | None:
    for key in keys:
        entry = style.items.get(key)
        if entry is not None:
            return entry.value, Evidence(entry.path, entry.line, f"{style.name}: {key} {entry.value}")
    return None


def style_name(ref: str) -> str | None:
    ref = ref.strip()
    if ref.startswith("@android:style/"):
        return "android:" + ref[len("@android:style/"):]
    if ref.startswith("@style/"):
        return ref[len("@style/"):]
    if ref.startswith("?"):
        mapped = framework.theme_attr_style(ref)
        return "android:" + mapped if mapped else None
    return None


def _app_attr(ref: str) -> str | None:
    """`?attr/name`, `?name`, `?app:attr/name` -> name; a framework attribute (`?android:...`) -> None."""
    ref = ref.strip()
    if not ref.startswith("?") or ref.startswith("?android:"):
        return None
    name = ref[1:].split("attr/", 1)[1] if "attr/" in ref else ref[1:]
    return name if name and ":" not in name and "/" not in name else None


class TextSizes:
    def __init__(self, res: Resources, theme: str | None = None) -> None:
        self.res = res
        self.theme = theme
        #: theme_default() is the answer for most text views (no size of their own) and never changes.
        self._theme_default: tuple[Fact | None] | None = None

    def from_style(self, ref: str, via: list[Evidence], appearance: bool = True) -> Fact | None:
        """textSize from a style reference and its parents; then its textAppearance when allowed."""
        name = style_name(ref)
        if name is None:
            themed = self._theme_attr(ref)
            if themed is None or themed[0].lstrip().startswith("?"):
                return None  # not a style, or a theme attribute pointing at another: left unknown
            return self.from_style(themed[0], [*via, themed[1]], appearance)
        chain = self.res.style_chain(name)
        links: list[Evidence] = []
        for style in chain:
            found = _item(style, _SIZE_KEYS)
            if found is not None:
                return self._size(found[0], [*via, *links, found[1]])
            if style is not chain[-1]:
                links.append(Evidence(style.path, style.line, f"{style.name} → parent {style.parent}"))
        outside = chain[-1].parent if chain else name
        size = framework.style_size(outside) if outside else None
        if size is not None:
            last = chain[-1] if chain else None
            where = [Evidence(last.path, last.line, f"{last.name} → parent {outside} = {size:g}sp")] if last else []
            note = [] if last else [Evidence(via[-1].path, via[-1].line, f"{outside} = {size:g}sp (framework)")]
            return Fact(float(size), (*via, *links, *where, *note))
        if appearance:
            for style in chain:
                found = _item(style, _APPEARANCE_KEYS)
                if found is not None:
                    return self.from_style(found[0], [*via, found[1]], appearance=False)
        return None

    def font_size(self, attrs: dict[str, str], site: SiteEvidence, themed: bool = True,
                  widget: str = "") -> Fact | None:
        """`themed`: whether the theme's TextView style applies (it does not to buttons and checkboxes); `widget`: a
        toggle's simple tag, whose default style the theme may set instead (`checkboxStyle`, `_widget_style`).

        TextView applies a text appearance first and then reads `textSize` from the view, its `style` and the
        theme's `textViewStyle` (in that order), which override it: so a size in `textViewStyle` beats the
        view's `textAppearance`. A `style` darklint cannot read (a library's) may set a size: unknown."""
        raw = attrs.get("android:textSize")
        if raw is not None:
            return self._size(raw, [site("android:textSize", raw)])
        style = attrs.get("style")
        if style:
            found = self.from_style(style, [site("style", style)], appearance=False)
            if found is not None:
                return found
            if not self._readable(style):
                return None
        text_style = self._theme_item("android:textViewStyle") if themed else \
            self._widget_style(widget) if widget else None
        if text_style is not None:
            found = self.from_style(text_style[0], [text_style[1]], appearance=False)
            if found is not None:
                return found
            if not self._readable(text_style[0]):
                return None
        appearance = attrs.get("android:textAppearance")
        if appearance:
            return self.from_style(appearance, [site("android:textAppearance", appearance)], appearance=False)
        if style:
            found = self._appearance_of(style, [site("style", style)])
            if found is not None:
                return found
        if text_style is not None:
            found = self._appearance_of(text_style[0], [text_style[1]])
            if found is not None:
                return found
        return self.theme_default() if themed else None

    def _size(self, raw: str, via: list[Evidence]) -> Fact | None:
        """A size value: a dimension, `@dimen/`, or a theme attribute the application theme sets
        (`?attr/size_content_text`, a type-token theme)."""
        if "{" in raw:
            return self._bound_size(raw, via)
        if raw.lstrip().startswith("?"):
            themed = self._theme_attr(raw)
            if themed is None or themed[0].lstrip().startswith("?"):
                return None
            return units.size_fact(self.res, themed[0], [*via, themed[1]])
        return units.size_fact(self.res, raw, via)

    def _bound_size(self, raw: str, via: list[Evidence]) -> Fact | None:
        """A data-binding size whose every branch is a `@dimen` (`@{vm.compact ? @dimen/a : @dimen/b}`; the binding
        adapter sets the dimension's pixels, the same size): which branch shows is runtime data, so the size is what
        the text is at most, the largest branch (what a `lt` test needs: small when every branch is). Unknown when a
        branch is anything else or does not resolve."""
        expr = binding.expression(raw)
        refs = binding.branches(expr) if expr is not None else None
        if not refs or not all(ref.startswith("@dimen/") for ref in refs):
            return None
        sizes = [units.size_fact(self.res, ref, via) for ref in refs]
        known = [size for size in sizes if size is not None and isinstance(size.value, (int, float))]
        if len(known) != len(refs):
            return None
        if len(known) == 1:
            return known[0]
        largest = max(size.value for size in known)
        evidence = dict.fromkeys(item for size in known for item in size.evidence)
        note = Evidence(via[-1].path, via[-1].line, f"either branch of the binding: at most {largest:g}sp")
        return Fact(largest, (*evidence, note))

    def _readable(self, ref: str) -> bool:
        """Whether a style reference is one darklint can read to its end (in the repository, or a framework
        style whose size is known): else it may set any size."""
        name = style_name(ref)
        if name is None:
            themed = self._theme_attr(ref)
            return themed is not None and not themed[0].lstrip().startswith("?") and self._readable(themed[0])
        chain = self.res.style_chain(name)
        return bool(chain) or framework.style_size(name) is not None

    def _appearance_of(self, ref: str, via: list[Evidence]) -> Fact | None:
        """The size of the `textAppearance` a style (or its parents) names."""
        name = style_name(ref)
        for style in self.res.style_chain(name) if name is not None else []:
            found = _item(style, _APPEARANCE_KEYS)
            if found is not None:
                return self.from_style(found[0], [*via, found[1]], appearance=False)
        return None

    def _widget_style(self, tag: str) -> tuple[str, Evidence] | None:
        """The default style the theme gives a toggle (its `defStyleAttr`), as the theme sets it.

        A platform `<Switch>` reads `android:switchStyle`. AppCompat inflation (AppCompatActivity, which requires a
        Theme.AppCompat, MaterialComponents or Material3 theme) turns `<CheckBox>` and `<RadioButton>` into its own
        widgets, which read the library's `checkboxStyle` / `radioButtonStyle`, as SwitchCompat reads `switchStyle`:
        under such a theme that is the attribute; under a platform theme the `android:` one. Theme.AppCompat's own
        `checkboxStyle` and `radioButtonStyle` are `?android:attr/…`: unset there, the platform attribute applies.
        A theme extending a style that is neither (a library's in an .aar) is not read."""
        attr = _WIDGET_STYLES.get(tag)
        if attr is None or not self.theme:
            return None
        chain = self.res.style_chain(self.theme)
        outside = (chain[-1].parent or "") if chain else ""
        platform = outside.startswith("android:")
        family = next((f for f in _LIBRARY_FAMILIES if outside == f or outside.startswith(f + ".")), None)
        if tag in _PLATFORM_WIDGETS or (platform and tag in _REPLACED_WIDGETS):
            return self._theme_item("android:" + attr)
        if family is None:
            return None
        found = self._theme_item(attr)
        if found is None and family == "Theme.AppCompat" and attr != "switchStyle":
            found = self._theme_item("android:" + attr)
        return found

    def _theme_item(self, key: str) -> tuple[str, Evidence] | None:
        for style in self.res.style_chain(self.theme) if self.theme else []:
            entry = style.items.get(key)
            if entry is not None:
                return entry.value, Evidence(entry.path, entry.line, f"theme {style.name}: {key} {entry.value}")
        return None

    def _theme_attr(self, ref: str) -> tuple[str, Evidence] | None:
        """`?attr/textAppearanceCaption`: what the application theme sets the attribute to, in the repository, or
        past it in the Material Components or Material 3 theme it extends (`framework.library_theme_attr`)."""
        attr = _app_attr(ref)
        if attr is None or not self.theme:
            return None
        chain = self.res.style_chain(self.theme)
        for style in chain:
            entry = style.items.get(attr)
            if entry is not None:
                return entry.value, Evidence(entry.path, entry.line, f"theme {style.name}: {attr} {entry.value}")
        outside = chain[-1].parent if chain else None
        mapped = framework.library_theme_attr(outside, attr) if outside else None
        if mapped is None or not chain:
            return None
        last = chain[-1]
        return f"@style/{mapped}", Evidence(last.path, last.line, f"theme {last.name} → {outside}: {attr} {mapped}")

    def theme_default(self) -> Fact | None:
        """The application theme's text style, when the theme is in the repository and says it."""
        if self._theme_default is None:
            self._theme_default = (self._theme_default_uncached(),)
        return self._theme_default[0]

    def _theme_default_uncached(self) -> Fact | None:
        """The theme's own `android:textAppearance`, which a view applies before anything else."""
        found = self._theme_item("android:textAppearance")
        return self.from_style(found[0], [found[1]]) if found is not None else None
