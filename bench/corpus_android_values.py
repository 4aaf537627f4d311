"""`res/values*/` tables for one generated Android module.

The layouts reference these by name (`@string/label_12`, `@dimen/text_legal`, `@bool/default_marketing_opt_in`,
`@style/TextAppearance.App.Legal`), so a linter that resolves references has real look-ups to do.
"""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

import corpus_text as words

CONSENT_NAMES = ("consent_terms", "consent_data", "consent_marketing", "consent_share", "consent_autorenew")
TOGGLE_NAMES = ("toggle_remember_me", "toggle_dark_mode", "toggle_autoplay", "toggle_order_notify",
                "toggle_keep_login", "toggle_large_text")
LEGAL_NAMES = ("legal_renewal", "legal_terms_notice", "legal_prices")

DIMENS: tuple[tuple[str, str], ...] = (
    ("text_title", "20sp"), ("text_subtitle", "16sp"), ("text_body", "14sp"), ("text_caption", "12sp"),
    ("text_badge", "10sp"), ("text_legal", "8sp"), ("spacing_xs", "4dp"), ("spacing_s", "8dp"),
    ("spacing_m", "16dp"), ("spacing_l", "24dp"), ("spacing_xl", "32dp"), ("icon_size", "24dp"),
    ("avatar_size", "48dp"), ("thumb_size", "72dp"), ("button_height", "48dp"), ("divider", "1dp"),
)

BOOLS: tuple[tuple[str, str], ...] = (
    ("default_marketing_opt_in", "true"), ("default_remember_me", "true"), ("default_dark_mode", "false"),
    ("default_share_data", "false"), ("show_terms_link", "false"), ("is_tablet", "false"),
)

# (style name, parent, items) — parent chains let a linter follow textAppearance inheritance.
STYLES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("AppTheme", "Theme.MaterialComponents.DayNight.NoActionBar",
     (("colorPrimary", "@color/brand"), ("colorSecondary", "@color/accent"))),
    ("TextAppearance.App.Title", "TextAppearance.MaterialComponents.Headline6",
     (("android:textSize", "@dimen/text_title"), ("android:textStyle", "bold"))),
    ("TextAppearance.App.Body", "TextAppearance.MaterialComponents.Body2",
     (("android:textSize", "@dimen/text_body"),)),
    ("TextAppearance.App.Caption", "TextAppearance.App.Body",
     (("android:textSize", "@dimen/text_caption"), ("android:textColor", "#757575"))),
    ("TextAppearance.App.Legal", "TextAppearance.App.Caption",
     (("android:textSize", "@dimen/text_legal"), ("android:textColor", "#BDBDBD"))),
    ("Widget.App.Button", "Widget.MaterialComponents.Button",
     (("android:minHeight", "@dimen/button_height"), ("android:textAllCaps", "false"))),
    ("Widget.App.CheckBox", "Widget.MaterialComponents.CompoundButton.CheckBox",
     (("android:textAppearance", "@style/TextAppearance.App.Body"),)),
)

XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'


def android_string(text: str) -> str:
    """Escape text the way aapt wants it inside <string>: XML entities plus backslash-escaped quotes."""
    return escape(text).replace("'", "\\'").replace('"', '\\"')


def strings_xml(rng: random.Random, label_count: int, chinese: bool) -> str:
    """Both locales share names; the generator is re-seeded per locale so they differ only in language."""
    lines = [XML_HEAD, "<resources>\n"]
    if not chinese:
        lines.append('    <string name="app_name">Shop</string>\n')
    for index in range(label_count):
        text = words.zh_phrase(rng) if chinese else words.en_phrase(rng)
        if not chinese and index % 97 == 13:
            text += " & more"
        lines.append(f'    <string name="label_{index}">{android_string(text)}</string>\n')
    copies = (*zip(CONSENT_NAMES, words.CONSENT_COPY, strict=True),
              *zip(TOGGLE_NAMES, words.NEUTRAL_TOGGLE_COPY, strict=True),
              *zip(LEGAL_NAMES, words.LEGAL_COPY, strict=True))
    for name, (english, zh) in copies:
        lines.append(f'    <string name="{name}">{android_string(zh if chinese else english)}</string>\n')
    lines.append('    <plurals name="items_in_cart">\n')
    lines.append('        <item quantity="one">%d item</item>\n        <item quantity="other">%d items</item>\n')
    lines.append("    </plurals>\n</resources>\n")
    return "".join(lines)


def dimens_xml() -> str:
    body = "".join(f'    <dimen name="{name}">{value}</dimen>\n' for name, value in DIMENS)
    return f"{XML_HEAD}<resources>\n{body}</resources>\n"


def bools_xml() -> str:
    body = "".join(f'    <bool name="{name}">{value}</bool>\n' for name, value in BOOLS)
    return f"{XML_HEAD}<resources>\n{body}</resources>\n"


def styles_xml() -> str:
    parts = [XML_HEAD, "<resources>\n"]
    for name, parent, items in STYLES:
        parts.append(f'    <style name="{name}" parent="{parent}">\n')
        parts.extend(f'        <item name="{key}">{value}</item>\n' for key, value in items)
        parts.append("    </style>\n")
    parts.append("</resources>\n")
    return "".join(parts)


def manifest_xml(package: str) -> str:
    return (f'{XML_HEAD}<manifest xmlns:android="http://schemas.android.com/apk/res/android"\n'
            f'    package="{package}">\n'
            '    <application android:label="@string/app_name" android:theme="@style/AppTheme" />\n'
            "</manifest>\n")


def build_gradle(package: str) -> str:
    return ('plugins {\n    id("com.android.library")\n    id("org.jetbrains.kotlin.android")\n}\n\n'
            f'android {{\n    namespace = "{package}"\n    compileSdk = 34\n'
            "    defaultConfig { minSdk = 24 }\n}\n\n"
            'dependencies {\n    implementation("com.google.android.material:material:1.11.0")\n'
            '    implementation("androidx.constraintlayout:constraintlayout:2.1.4")\n}\n')
