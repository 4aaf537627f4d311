"""One Android layout file: a ConstraintLayout/LinearLayout tree of realistic widgets.

Layouts are written the way Android Studio formats them (one attribute per line), reference the module's
`res/values` tables, and mix the cases a dark-pattern linter must tell apart: consent rows that are and are not
pre-checked, neutral toggles that are pre-checked, views hidden for good reasons and legal text hidden or shrunk.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from corpus_android_values import CONSENT_NAMES, LEGAL_NAMES, TOGGLE_NAMES
from corpus_text import en_phrase, identifier

Attrs = list[tuple[str, str]]
NAMESPACES: Attrs = [
    ("xmlns:android", "http://schemas.android.com/apk/res/android"),
    ("xmlns:app", "http://schemas.android.com/apk/res-auto"),
    ("xmlns:tools", "http://schemas.android.com/tools"),
]
CONSTRAINT = "androidx.constraintlayout.widget.ConstraintLayout"
CHECKBOX_TAGS = ("CheckBox", "com.google.android.material.checkbox.MaterialCheckBox")
SWITCH_TAGS = ("Switch", "androidx.appcompat.widget.SwitchCompat",
               "com.google.android.material.switchmaterial.SwitchMaterial")
APPEARANCES = ("TextAppearance.App.Title", "TextAppearance.App.Body", "TextAppearance.App.Caption")
TEXT_SIZES = ("@dimen/text_body", "@dimen/text_caption", "@dimen/text_subtitle", "14sp", "16sp", "12sp")
DARK_KINDS = ("prechecked", "hidden_terms", "tiny_legal")
WRAP = ("android:layout_height", "wrap_content")


@dataclass
class Slot:
    """Where the next child goes; inside a ConstraintLayout children chain top-to-bottom by id."""

    constraint: bool
    previous: str | None = None

    def place(self, own_id: str, width: str = "match_parent") -> Attrs:
        if not self.constraint:
            return [("android:layout_width", width), WRAP]
        below = [("app:layout_constraintTop_toBottomOf", f"@id/{self.previous}")] if self.previous else [
            ("app:layout_constraintTop_toTopOf", "parent")]
        self.previous = own_id
        return [("android:layout_width", "0dp" if width == "match_parent" else width), WRAP, *below,
                ("app:layout_constraintStart_toStartOf", "parent"), ("app:layout_constraintEnd_toEndOf", "parent")]


@dataclass
class LayoutBuilder:
    rng: random.Random
    label_count: int
    budget: int
    siblings: list[str]
    parts: list[str] = field(default_factory=list)
    count: int = 0
    ids: int = 0

    # -- low-level writers -------------------------------------------------------------------------------
    def _tag(self, tag: str, attrs: Attrs, indent: int, end: str) -> None:
        self.count += 1
        pad = " " * (indent + 4)
        body = "".join(f"\n{pad}{key}={quoteattr(value)}" for key, value in attrs)
        self.parts.append(f"{' ' * indent}<{tag}{body}{end}\n")

    def leaf(self, tag: str, attrs: Attrs, indent: int) -> None:
        self._tag(tag, attrs, indent, " />")

    def container(self, tag: str, attrs: Attrs, indent: int, fill: Callable[[Slot, int], None]) -> None:
        self._tag(tag, attrs, indent, ">")
        fill(Slot(constraint=tag == CONSTRAINT), indent + 4)
        self.parts.append(f"{' ' * indent}</{tag}>\n")

    def new_id(self, prefix: str) -> str:
        self.ids += 1
        return f"{prefix}_{self.ids}"

    def label(self) -> str:
        return f"@string/label_{self.rng.randrange(self.label_count)}"

    def margin(self) -> Attrs:
        if self.rng.random() < 0.7:
            return []
        return [("android:layout_marginTop", self.rng.choice(("@dimen/spacing_s", "@dimen/spacing_m", "8dp")))]

    # -- blocks ------------------------------------------------------------------------------------------
    def text(self, slot: Slot, indent: int) -> None:
        own = self.new_id("text")
        attrs: Attrs = [("android:id", f"@+id/{own}"), *slot.place(own, self.rng.choice(("match_parent",
                                                                                             "wrap_content")))]
        if self.rng.random() < 0.85:
            attrs.append(("android:text", self.label()))
        else:
            attrs.append(("tools:text", en_phrase(self.rng, 2, 6)))
        if self.rng.random() < 0.6:
            attrs.append(("android:textAppearance", f"@style/{self.rng.choice(APPEARANCES)}"))
        else:
            attrs.append(("android:textSize", self.rng.choice(TEXT_SIZES)))
        self.leaf("TextView", attrs + self.margin(), indent)

    def button(self, slot: Slot, indent: int) -> None:
        own = self.new_id("button")
        tag = self.rng.choice(("Button", "com.google.android.material.button.MaterialButton"))
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own), ("android:text", self.label()),
                 ("style", "@style/Widget.App.Button")]
        self.leaf(tag, attrs + self.margin(), indent)

    def image(self, slot: Slot, indent: int) -> None:
        own = self.new_id("image")
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own, "@dimen/thumb_size"),
                 ("android:src", f"@drawable/ic_{identifier(self.rng, 1, 2)}"),
                 ("android:contentDescription", self.label())]
        self.leaf("ImageView", attrs, indent)

    def text_input(self, slot: Slot, indent: int) -> None:
        own = self.new_id("field")
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own), ("android:hint", self.label()),
                 ("style", "@style/Widget.MaterialComponents.TextInputLayout.OutlinedBox")]

        def fill(inner: Slot, child_indent: int) -> None:
            self.leaf("com.google.android.material.textfield.TextInputEditText", [
                ("android:id", f"@+id/{self.new_id('input')}"), ("android:layout_width", "match_parent"), WRAP,
                ("android:inputType", self.rng.choice(("text", "phone", "textEmailAddress", "textPassword")))],
                child_indent)
        self.container("com.google.android.material.textfield.TextInputLayout", attrs, indent, fill)

    def row(self, slot: Slot, indent: int, fill: Callable[[Slot, int], None]) -> None:
        own = self.new_id("row")
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own), ("android:orientation", "horizontal"),
                 ("android:gravity", "center_vertical"), ("android:padding", "@dimen/spacing_m")]
        self.container("LinearLayout", attrs, indent, fill)

    def list_row(self, slot: Slot, indent: int) -> None:
        def fill(inner: Slot, child_indent: int) -> None:
            self.image(inner, child_indent)
            column = [("android:layout_width", "0dp"), WRAP, ("android:layout_weight", "1"),
                      ("android:orientation", "vertical")]
            self.container("LinearLayout", column, child_indent, self.two_lines)
            if self.rng.random() < 0.5:
                self.button(inner, child_indent)
        self.row(slot, indent, fill)

    def two_lines(self, slot: Slot, indent: int) -> None:
        self.text(slot, indent)
        self.text(slot, indent)

    def toggle_row(self, slot: Slot, indent: int, checked: str | None = None, label: str = "") -> None:
        label = label or f"@string/{self.rng.choice(TOGGLE_NAMES)}"
        if checked is None and self.rng.random() < 0.4:
            checked = self.rng.choice(("true", "@bool/default_remember_me", "false", "@bool/default_dark_mode"))

        def fill(inner: Slot, child_indent: int) -> None:
            text_id = self.new_id("label")
            self.leaf("TextView", [("android:id", f"@+id/{text_id}"), ("android:layout_width", "0dp"), WRAP,
                                   ("android:layout_weight", "1"), ("android:text", label),
                                   ("android:textAppearance", "@style/TextAppearance.App.Body")], child_indent)
            attrs = [("android:id", f"@+id/{self.new_id('toggle')}"), ("android:layout_width", "wrap_content"),
                     WRAP, ("android:labelFor", f"@id/{text_id}")]
            if checked is not None:
                attrs.append(("android:checked", checked))
            self.leaf(self.rng.choice(SWITCH_TAGS), attrs, child_indent)
        self.row(slot, indent, fill)

    def consent(self, slot: Slot, indent: int, checked: str | None = None) -> None:
        name = self.rng.choice(CONSENT_NAMES)
        tag = self.rng.choice(CHECKBOX_TAGS)
        if self.rng.random() < 0.5:  # the label is the checkbox's own text
            own = self.new_id("consent")
            attrs = [("android:id", f"@+id/{own}"), *slot.place(own), ("android:text", f"@string/{name}"),
                     ("style", "@style/Widget.App.CheckBox")]
            self.leaf(tag, attrs + ([("android:checked", checked)] if checked else []), indent)
            return

        def fill(inner: Slot, child_indent: int) -> None:
            attrs = [("android:id", f"@+id/{self.new_id('consent')}"), ("android:layout_width", "wrap_content"),
                     WRAP, *([("android:checked", checked)] if checked else [])]
            self.leaf(tag, attrs, child_indent)
            self.leaf("TextView", [("android:id", f"@+id/{self.new_id('consent_text')}"),
                                   ("android:layout_width", "0dp"), WRAP, ("android:layout_weight", "1"),
                                   ("android:text", f"@string/{name}"), ("android:linksClickable", "true")],
                      child_indent)
        self.row(slot, indent, fill)

    def legal(self, slot: Slot, indent: int, extra: Attrs | None = None) -> None:
        own = self.new_id("legal")
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own),
                 ("android:text", f"@string/{self.rng.choice(LEGAL_NAMES)}")]
        self.leaf("TextView", attrs + (extra or [("android:textAppearance", "@style/TextAppearance.App.Caption")]),
                  indent)

    def status(self, slot: Slot, indent: int) -> None:
        """Views hidden for a good reason (loading and empty states): must stay silent."""
        own = self.new_id("progress")
        self.leaf("ProgressBar", [("android:id", f"@+id/{own}"), *slot.place(own, "wrap_content"),
                                  ("android:visibility", "gone")], indent)
        own = self.new_id("empty")
        self.leaf("TextView", [("android:id", f"@+id/{own}"), *slot.place(own), ("android:text", self.label()),
                               ("android:visibility", self.rng.choice(("gone", "invisible")))], indent)

    def misc(self, slot: Slot, indent: int) -> None:
        own = self.new_id("misc")
        choice = self.rng.random()
        if choice < 0.3 and self.siblings:
            self.leaf("include", [("android:id", f"@+id/{own}"), *slot.place(own),
                                  ("layout", f"@layout/{self.rng.choice(self.siblings)}")], indent)
        elif choice < 0.6:
            self.leaf("androidx.recyclerview.widget.RecyclerView", [
                ("android:id", f"@+id/{own}"), *slot.place(own),
                ("tools:listitem", f"@layout/{self.rng.choice(self.siblings or ['item_row'])}")], indent)
        else:
            self.leaf("View", [("android:id", f"@+id/{own}"), *slot.place(own),
                               ("android:background", "?android:attr/listDivider")], indent)

    def card(self, slot: Slot, indent: int, depth: int) -> None:
        own = self.new_id("card")
        attrs = [("android:id", f"@+id/{own}"), *slot.place(own), ("app:cardCornerRadius", "8dp"),
                 ("android:layout_margin", "@dimen/spacing_s")]
        column = [("android:layout_width", "match_parent"), WRAP, ("android:orientation", "vertical")]
        self.container("com.google.android.material.card.MaterialCardView", attrs, indent,
                       lambda s, i: self.container("LinearLayout", column, i,
                                                   lambda s2, i2: self.blocks(s2, i2, depth + 1, 6)))

    def blocks(self, slot: Slot, indent: int, depth: int, limit: int) -> None:
        """Emit up to `limit` blocks (unbounded at the root) until the element budget is spent."""
        emitted = 0
        simple = (self.text, self.text, self.button, self.image, self.text_input, self.list_row, self.list_row,
                  self.toggle_row, self.consent, self.legal, self.status, self.misc)
        while self.count < self.budget and (limit <= 0 or emitted < limit):
            emitted += 1
            if depth < 2 and self.rng.random() < 0.12:
                self.card(slot, indent, depth)
            else:
                self.rng.choice(simple)(slot, indent)

    def dark(self, slot: Slot, indent: int, kind: str) -> None:
        if kind == "prechecked":
            self.consent(slot, indent, self.rng.choice(("true", "@bool/default_marketing_opt_in")))
        elif kind == "hidden_terms":
            self.legal(slot, indent, [("android:visibility", "gone")])
        else:
            size = self.rng.choice((("android:textSize", "8sp"), ("android:textSize", "@dimen/text_legal"),
                                    ("android:textAppearance", "@style/TextAppearance.App.Legal")))
            self.legal(slot, indent, [size])


def layout_xml(rng: random.Random, label_count: int, siblings: list[str], dark_kind: str | None) -> str:
    """A whole layout file; `dark_kind` (one of DARK_KINDS) plants one dark pattern near the top."""
    # Most layouts are small screens and list items; a few are long forms or dashboards.
    budget = rng.randint(40, 120) if rng.random() < 0.04 else 20 + int(rng.expovariate(1 / 2))
    builder = LayoutBuilder(rng, label_count, budget, siblings)
    root_kind = rng.random()
    root_tag = CONSTRAINT if root_kind < 0.3 else "LinearLayout" if root_kind < 0.8 else "ScrollView"
    root: Attrs = [*NAMESPACES, ("android:layout_width", "match_parent"), ("android:layout_height", "match_parent"),
                   ("tools:context", f".ui.{identifier(rng, 1, 2).title().replace('_', '')}Fragment")]
    if root_tag == "LinearLayout":
        root.append(("android:orientation", "vertical"))

    def body(slot: Slot, indent: int) -> None:
        builder.blocks(slot, indent, 0, 1)
        if dark_kind:
            builder.dark(slot, indent, dark_kind)
        builder.blocks(slot, indent, 0, 0)

    def fill(slot: Slot, indent: int) -> None:
        if root_tag != "ScrollView":
            body(slot, indent)
            return
        column = [("android:layout_width", "match_parent"), WRAP, ("android:orientation", "vertical")]
        builder.container("LinearLayout", column, indent, body)

    builder.container(root_tag, root, 0, fill)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + "".join(builder.parts)
