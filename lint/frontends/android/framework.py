"""The few framework and library values darklint knows without their sources.

A project's layouts refer to `@android:style/TextAppearance.Small`, `?android:attr/textAppearanceSmall` or
`TextAppearance.MaterialComponents.Caption`, whose sources are not in the repository. Their text sizes are
fixed by the platform and the libraries (AOSP `styles.xml`, AppCompat `abc_text_size_*`, Material Components
and Material 3 type scales), so a small table resolves them; anything not listed stays unknown.
"""

from __future__ import annotations

_MATERIAL = {  # android:TextAppearance.Material.*, DeviceDefault.* and AppCompat.* share the 2014 type scale
    "Display4": 112, "Display3": 56, "Display2": 45, "Display1": 34, "Headline": 24, "Title": 20,
    "Subhead": 16, "Body2": 14, "Body1": 14, "Caption": 12, "Button": 14,
    "Small": 14, "Medium": 18, "Large": 22,
}
_MDC = {  # TextAppearance.MaterialComponents.* (2018 type scale)
    "Headline1": 96, "Headline2": 60, "Headline3": 48, "Headline4": 34, "Headline5": 24, "Headline6": 20,
    "Subtitle1": 16, "Subtitle2": 14, "Body1": 16, "Body2": 14, "Button": 14, "Caption": 12, "Overline": 10,
}
_M3 = {  # TextAppearance.Material3.* (Material 3 type scale)
    "DisplayLarge": 57, "DisplayMedium": 45, "DisplaySmall": 36, "HeadlineLarge": 32, "HeadlineMedium": 28,
    "HeadlineSmall": 24, "TitleLarge": 22, "TitleMedium": 16, "TitleSmall": 14, "BodyLarge": 16,
    "BodyMedium": 14, "BodySmall": 12, "LabelLarge": 14, "LabelMedium": 12, "LabelSmall": 11,
}


def _table() -> dict[str, float]:
    sizes: dict[str, float] = {
        "TextAppearance": 16, "TextAppearance.Small": 14, "TextAppearance.Medium": 18, "TextAppearance.Large": 22,
    }
    for prefix in ("TextAppearance.Material", "TextAppearance.DeviceDefault", "TextAppearance.AppCompat"):
        sizes.update({f"{prefix}.{name}": size for name, size in _MATERIAL.items()})
    sizes.update({f"TextAppearance.MaterialComponents.{name}": size for name, size in _MDC.items()})
    sizes.update({f"TextAppearance.Material3.{name}": size for name, size in _M3.items()})
    return sizes


#: Style name (without `@android:style/`) -> textSize in sp.
TEXT_APPEARANCE_SP = _table()

#: Framework theme attributes whose value is the same in every platform theme.
THEME_ATTR_STYLES = {
    "textAppearanceSmall": "TextAppearance.Small",
    "textAppearanceMedium": "TextAppearance.Medium",
    "textAppearanceLarge": "TextAppearance.Large",
}

#: `@android:color/...` values, for contrast checks.
COLORS = {
    "transparent": "#00000000", "white": "#FFFFFFFF", "black": "#FF000000",
    "darker_gray": "#FFAAAAAA", "background_light": "#FFFFFFFF", "background_dark": "#FF000000",
}


def style_size(name: str) -> float | None:
    """The text size of a framework/library style, by its name with or without `android:` / `@android:style/`."""
    for prefix in ("@android:style/", "android:style/", "@style/", "android:"):
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    return TEXT_APPEARANCE_SP.get(name)


#: The type-scale attributes a library theme sets, by theme family: `?attr/textAppearanceCaption` in a
#: `Theme.MaterialComponents.*` theme is `TextAppearance.MaterialComponents.Caption` unless the app's theme sets
#: it otherwise. Only each family's own scale: what Material 3 themes make of the older attributes is not listed.
_LIBRARY_THEMES = (("Theme.Material3", "Material3", _M3), ("Theme.MaterialComponents", "MaterialComponents", _MDC))


def library_theme_attr(theme: str, attr: str) -> str | None:
    """The text appearance a Material Components or Material 3 theme gives a type-scale attribute, or None."""
    name = theme.strip().removeprefix("@style/")
    if not attr.startswith("textAppearance"):
        return None
    scale = attr[len("textAppearance"):]
    for prefix, library, sizes in _LIBRARY_THEMES:
        if name == prefix or name.startswith(prefix + "."):
            return f"TextAppearance.{library}.{scale}" if scale in sizes else None
    return None


def theme_attr_style(ref: str) -> str | None:
    """`?android:attr/textAppearanceSmall` -> `TextAppearance.Small` (only the platform-fixed attributes)."""
    for prefix in ("?android:attr/", "?android:"):
        if ref.startswith(prefix):
            return THEME_ATTR_STYLES.get(ref[len(prefix):])
    return None
