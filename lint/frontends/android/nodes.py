"""One layout element to a node: its kind and the facts its own attributes (and code) decide.

Where an attribute was written matters for evidence: an `<include>` overrides the included root's
`android:id`, `android:visibility` and layout params, so `Site` knows, per attribute, which file and line
it comes from. Facts that need the rest of the tree (labels, a hidden ancestor) are settled by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from lint.finding import Evidence
from lint.frontends.android import binding, toggles, visibility
from lint.frontends.android.codevalues import CHOICES
from lint.frontends.android.module import Module
from lint.frontends.android.resources import Resolved, literal_bool
from lint.frontends.android.styles import TextSizes, style_name
from lint.frontends.android.viewids import id_name, normal
from lint.model import Fact, Node, Variants

_TOGGLES = ("CheckBox", "Switch", "SwitchCompat", "SwitchMaterial", "RadioButton", "ToggleButton", "CheckedTextView")
#: Material chips: a toggle when checkable (`android:checkable`, or a Filter/Choice style), else a button.
CHIP = "Chip"
#: Material's segmented buttons: the group makes every button in it checkable (a toggle, labelled by its own text).
BUTTON_TOGGLE_GROUP = "MaterialButtonToggleGroup"
#: Groups that check the child they name when inflated (RadioGroup's onFinishInflate, and Material's ChipGroup and
#: MaterialButtonToggleGroup the same way): the group's tag suffix and the attribute.
CHECKED_CHILD = (("RadioGroup", "android:checkedButton"), ("ChipGroup", "app:checkedChip"),
                 (BUTTON_TOGGLE_GROUP, "app:checkedButton"))
_CONTAINERS = ("Layout", "ScrollView", "CardView", "RecyclerView", "ListView", "ViewGroup", "Group", "RadioGroup",
               "TableRow")


#: Kinds by tag: a module uses a few dozen tags over thousands of elements.
KINDS: dict[str, str] = {}


def checkable_chip(attrs: dict[str, str]) -> bool:
    """A Material chip the user can check: `android:checkable="true"`, or a Filter or Choice chip style."""
    style = attrs.get("style", "")
    return attrs.get("android:checkable") == "true" or ".Chip.Filter" in style or ".Chip.Choice" in style


def kind_of(tag: str) -> str:
    kind = KINDS.get(tag)
    if kind is None:
        kind = KINDS[tag] = _kind_of(tag)
    return kind


def _kind_of(tag: str) -> str:
    simple = tag.rsplit(".", 1)[-1]
    if simple.endswith(_TOGGLES):
        return "toggle"
    if simple.endswith("EditText") or simple.endswith("AutoCompleteTextView"):
        return "input"
    if simple.endswith(("ImageView", "ImageButton")):
        return "image"
    if simple.endswith(("Button", "Chip")):
        return "button"
    if simple.endswith("TextView"):
        return "text"
    if simple.endswith(_CONTAINERS) or simple in ("merge", "layout"):
        return "container"
    return "other"


class HasLines(Protocol):
    @property
    def lines(self) -> list[str]: ...


class _NoLines:
    @property
    def lines(self) -> list[str]:
        return []


@dataclass(slots=True)
class FileText:
    """A source file's lines, to find the line an attribute is on (lxml only knows where a start tag ends).

    Read from `source` (a parsed layout) when first asked: splitting every file into lines up front was a
    cost for the files nothing is reported on."""

    path: str
    source: HasLines = field(default_factory=_NoLines)

    @property
    def lines(self) -> list[str]:
        return self.source.lines

    def attr_line(self, line: int, qname: str) -> int:
        needle = qname + "="
        lines = self.lines
        candidate = line if line <= len(lines) else len(lines)
        stop = line - 60 if line > 60 else 0
        while candidate > stop:
            text = lines[candidate - 1]
            if needle in text:
                return candidate
            if "<" in text and candidate != line:
                break
            candidate -= 1
        return line


@dataclass(slots=True)
class Site:
    """Where an element's attributes were written; `<include>` overrides come from the includer."""

    file: FileText
    line: int
    #: None for nearly every element: one `Site` is made per element, and an empty dict each is waste.
    overrides: dict[str, tuple[FileText, int]] | None = None

    def __call__(self, qname: str, value: str, note: str = "") -> Evidence:
        file, line = self.overrides.get(qname, (self.file, self.line)) if self.overrides else (self.file, self.line)
        return Evidence(file.path, file.attr_line(line, qname), f'{qname}="{value}"{note}')


class AgreedSizes:
    """Text sizes under several themes (a layout shown by activities themed apart): known where they agree."""

    def __init__(self, sizes: list[TextSizes]) -> None:
        self.sizes = sizes

    def font_size(self, attrs: dict[str, str], site: Site, themed: bool = True, widget: str = "") -> Fact | None:
        found = [sizes.font_size(attrs, site, themed, widget) for sizes in self.sizes]
        values = {fact.value if fact is not None else None for fact in found}
        return found[0] if len(values) == 1 else Fact(None)


class Facts:
    """Computes element facts against one module's resources, theme and code."""

    def __init__(self, module: Module, layouts: frozenset[str]) -> None:
        self.module = module
        self.res = module.res
        themes = module.themes_for(next(iter(layouts))) if module.activity_themes and layouts else (module.theme,)
        self.sizes: TextSizes | AgreedSizes = TextSizes(module.res, themes[0]) if len(themes) == 1 else AgreedSizes(
            [TextSizes(module.res, theme) for theme in themes])
        self.layouts = layouts
        self._unthemed: TextSizes | None = None

    def code(self, view: str, scope: frozenset[str], parent: Node | None = None) -> dict[str, Fact]:
        """What lifecycle code sets on view `view` under `parent` (whose ids a `row.findViewById` write needs)."""
        if not view:
            return {}
        # Most ids are written by no code: skip building the layout scope for them.
        if not self.written(view):
            return {}
        above: set[str] = set()
        while parent is not None:
            raw = parent.attrs.get("android:id")
            if raw:
                above.add(normal(id_name(raw)))
            parent = parent.parent
        from lint.frontends.android.containers import copies, holds

        module = self.module
        return module.code().facts(self.layouts | scope, view, frozenset(above),
                                   lambda layouts, container, target: holds(module, layouts, container, target),
                                   lambda layouts, target: copies(module, layouts, target))

    def code_text(self, view: str, scope: frozenset[str], parent: Node | None = None) -> tuple[Fact, bool] | None:
        """The text lifecycle code sets on view `view` (`setText(R.string.x)`, `text = getString(...)`), as `text`
        gives it, or None when no code does. A conditional or computed text is unknown."""
        if not view:
            return None
        found = self.code(view, scope, parent).get("text")
        if found is None:
            return None
        value = found.value
        if isinstance(value, str) and CHOICES in value:
            return self._chosen(value.split(CHOICES), found.evidence)
        if isinstance(value, str) and value.startswith("@string/"):
            resolved = self.res.resolve(value)
            if resolved is None:
                return Fact(None, found.evidence), False
            return Fact(resolved.value, (*found.evidence, *resolved.evidence), resolved.alts), resolved.link
        return found, False

    def _chosen(self, choices: list[str], evidence: tuple[Evidence, ...]) -> tuple[Fact, bool]:
        """A text code chooses at run time (`pay ? R.string.tos_pay : R.string.tos_buy`): `Variants`, which a rule
        reports only when it would report each; unknown when one of them cannot be resolved."""
        values: list[str] = []
        found = list(evidence)
        link = False
        for choice in choices:
            if not choice.startswith("@string/"):
                values.append(choice)
                continue
            resolved = self.res.resolve(choice)
            if resolved is None or not isinstance(resolved.value, str):
                return Fact(None, evidence), False
            values.append(resolved.value)
            found.extend(resolved.evidence)
            link = link or resolved.link
        unique = tuple(dict.fromkeys(values))
        if len(unique) == 1:
            return Fact(unique[0], tuple(found)), link
        return Variants(unique[0], tuple(found), unique[1:]), link

    def small_text(self, attrs: dict[str, str], site: Site) -> Fact | None:
        """The words a plain `android:text="@string/x"` puts in `<small>` (resources.Entry.small), or None. Only a
        plain reference: a binding's `@{@string/x}` is read with getString, which drops the styling."""
        raw = attrs.get("android:text", "")
        if raw[:8] != "@string/" or "{" in raw:
            return None
        resolved = self.res.resolve(raw)
        if resolved is None or not resolved.small:
            return None
        here = site("android:text", raw)
        note = Evidence(here.path, here.line, f"<small>{resolved.small[:60]}</small>: drawn at 0.8× the view's size")
        return Fact(resolved.small, (here, *resolved.evidence, note))

    def written(self, view: str) -> bool:
        """Whether any lifecycle code, in any layout's scope, sets a fact of view `view`."""
        index = self.module.code()
        return bool(index.writes) and normal(view) in index.writes

    def bool_attr(self, attrs: dict[str, str], qname: str, site: Site) -> Fact | None:
        raw = attrs.get(qname)
        if raw is None:
            return None
        here = site(qname, raw)
        expr = binding.expression(raw)
        if expr is not None:
            ref = binding.resource(expr)
            if ref is None:
                value = literal_bool(expr)
                return Fact(value, (here,) if value is not None else ())
            raw = ref
        resolved = self.res.resolve(raw)
        value = literal_bool(resolved.value) if resolved is not None else None
        return Fact(value, (here, *resolved.evidence)) if value is not None and resolved else Fact(None)

    def checked(self, attrs: dict[str, str], site: Site) -> Fact | None:
        """The initial checked state from the element's attributes, else from its style chain.

        `android:checked` wins; Material's `app:checkedState` (checked/unchecked/indeterminate) says the
        same; a `style` (or its parents) may set `android:checked` too, as any attribute can be styled.
        """
        own = self.bool_attr(attrs, "android:checked", site)
        if own is not None:
            return self._checked_elsewhere(attrs.get("android:checked", ""), own)
        state = attrs.get("app:checkedState")
        if state is not None:
            value = {"checked": True, "unchecked": False, "indeterminate": False}.get(state.strip())
            return Fact(value, (site("app:checkedState", state),)) if value is not None else Fact(None)
        raw = attrs.get("style", "")
        name = style_name(raw) if raw else None
        if name is None:
            return None
        via = [site("style", raw)]
        for style in self.res.style_chain(name):
            entry = style.items.get("android:checked")
            if entry is not None:
                resolved = self.res.resolve(entry.value)
                value = literal_bool(resolved.value) if resolved is not None else None
                if value is None or resolved is None:
                    return Fact(None)
                note = f"{style.name}: android:checked {entry.value}"
                return Fact(value, (*via, Evidence(entry.path, entry.line, note), *resolved.evidence))
            if style.parent:
                via.append(Evidence(style.path, style.line, f"{style.name} → parent {style.parent}"))
        return None

    def _checked_elsewhere(self, raw: str, unchecked: Fact) -> Fact:
        """`android:checked="@bool/agree_default"`, false in `values/` but true in `values-zh-rCN/`: ticked for every
        user of that configuration (a locale, a screen size). The checked fact then says so, naming the folder."""
        if unchecked.value is not False or not raw.startswith("@bool/") or "{" in raw:
            return unchecked
        for entry in self.res.entries(f"bool/{raw[len('@bool/'):].strip()}"):
            resolved = self.res.resolve(entry.value) if entry.qualifier else None
            if resolved is not None and literal_bool(resolved.value) is True:
                note = f"{raw} = {entry.value.strip()} in values-{entry.qualifier}"
                return Fact(True, (*unchecked.evidence[:1], Evidence(entry.path, entry.line, note)))
        return unchecked

    def text(self, attrs: dict[str, str], site: Site, key: str = "android:text") -> tuple[Fact | None, bool]:
        """The text at first render (of attribute `key`) and whether its resource holds a link; None when the
        attribute is absent or `@null`, an unknown text (with where it is set) when it cannot be resolved."""
        raw = attrs.get(key)
        if raw is None:
            return None, False
        text, link = self._text(raw, site, key)
        if text is None and raw.strip() != "@null":
            # Set to what cannot be known here (a binding to runtime data, a library's or the framework's string,
            # an alias cycle): the view shows a text of its own, so the text beside it does not name it (labels.py).
            return Fact(None, (site(key, raw),)), False
        return text, link

    def _text(self, raw: str, site: Site, key: str) -> tuple[Fact | None, bool]:
        resolved: Resolved | None
        if raw[:1] == "@" and "{" not in raw:  # a plain reference, as nearly every text is: no binding to parse
            resolved = self.res.resolve(raw)
            if resolved is None:
                return self._flavored(raw, site, key)
            file, line = site.overrides.get(key, (site.file, site.line)) if site.overrides else (
                site.file, site.line)
            here = Evidence(file.path, file.attr_line(line, key), f'{key}="{raw}"')  # as site()
            return Fact(resolved.value, (here, *resolved.evidence), resolved.alts), resolved.link
        expr = binding.expression(raw)
        if expr is not None:
            literal = binding.literal_text(expr)
            ref = binding.resource(expr)
            if literal is not None:
                return Fact(literal, (site(key, raw),)), False
            template = binding.formatted(expr) if ref is None else None
            if template is not None:
                found = self.res.resolve(template)
                if found is None:
                    return None, False
                note = Evidence(site.file.path, site.file.attr_line(site.line, key),
                                "arguments are runtime values, shown as …")
                alts = tuple(binding.fill(alt) if isinstance(alt, str) else alt for alt in found.alts)
                return Fact(binding.fill(found.value) if isinstance(found.value, str) else found.value,
                            (site(key, raw), *found.evidence, note), alts), found.link
            if ref is None:
                return None, False
            resolved = self._array_item(ref) if ref.startswith("array/") else self.res.resolve(ref)
        else:
            resolved = self.res.resolve(raw)
        if resolved is None:
            return None, False
        here = site(key, raw) if raw.startswith("@") else Evidence(
            site.file.path, site.file.attr_line(site.line, key), key)
        return Fact(resolved.value, (here, *resolved.evidence), resolved.alts), resolved.link

    def _flavored(self, raw: str, site: Site, key: str) -> tuple[Fact | None, bool]:
        """A reference only product flavors define: the text each flavor's build shows (`Variants`: a rule reports
        it only when it would report every one), with where each is defined; None when one is not known."""
        builds = self.module.in_flavors(raw) if raw.startswith("@string/") else None
        if not builds:
            return None, False
        evidence = [site(key, raw)]
        for name, resolved in builds:
            first, *rest = resolved.evidence or (Evidence(site.file.path, site.line, raw),)
            evidence.extend((Evidence(first.path, first.line, f"{first.note} in the {name} build"), *rest))
        values = tuple(dict.fromkeys(resolved.value for _, resolved in builds))
        link = any(resolved.link for _, resolved in builds)
        if len(values) == 1:
            return Fact(values[0], tuple(evidence)), link
        return Variants(values[0], tuple(evidence), values[1:]), link

    def _array_item(self, key: str) -> Resolved | None:
        entries = self.res.entries(key)
        if not entries:
            return None
        default = next((e for e in entries if e.qualifier == ""), entries[0])
        note = f"@{key.replace('array/', 'stringArray/')} = {' '.join(default.value.split())[:60]!r}"
        alts = tuple(e.value for e in entries if e is not default)
        return Resolved(default.value, alts, (Evidence(default.path, default.line, note),), default.link)

    def visible_own(self, attrs: dict[str, str], parent: Node | None, site: Site, tag: str) -> Fact | None:
        own = visibility.own(self.res, attrs, parent, site)
        if tag.endswith("ViewStub") and tag.rsplit(".", 1)[-1] == "ViewStub":
            layout = attrs.get("android:layout", "")
            here = site("android:layout", layout)
            note = f"ViewStub {here.note} is not inflated at first render"
            own = Fact(False, (Evidence(here.path, here.line, note),))
        elif tag == visibility.EXPANDABLE and (own is None or own.value is not False):
            collapsed = visibility.collapsed(self.res, attrs, site)
            if collapsed is not None and not visibility.asks_consent(self.res, site.file.path, site.file.lines):
                # An accordion on a screen that asks for no consent (a help screen's FAQ): not a hidden document
                note = "a collapsed section on a screen that asks for no consent: opened by a tap, nothing agreed to"
                collapsed = Fact(None, tuple(Evidence(e.path, e.line, f"{e.note} ({note})")
                                             for e in collapsed.evidence[:1]))
            own = collapsed or own
        return own

    def custom_toggle(self, tag: str, attrs: dict[str, str], site: Site, view: str,
                      row: Node | None = None) -> Fact | None:
        """The checked fact of a tappable check-mark image, or None when the element is not one. The tap may be
        the image's own or its row's (`row`: the parent; a tapped row of check mark and text flips the mark)."""
        drawable = toggles.drawable_of(attrs)
        if drawable is None:
            return None
        if not self._tapped(tag, attrs, view) and not (row is not None and self._tapped(
                row.tag, row.attrs, row.attrs.get("android:id", "").split("/", 1)[-1])):
            return None
        qname, name = drawable
        here = site(qname, attrs[qname])
        if self.module.is_selector(name):
            return Fact(None, (Evidence(here.path, here.line, f"{here.note} is a state list"),))
        meaning = toggles.meaning(name)
        if meaning is None:
            return Fact(None)
        return Fact(meaning, (Evidence(here.path, here.line, f"{here.note}: the drawable shows it "
                                       f"{'checked' if meaning else 'unchecked'}"),))

    def _tapped(self, tag: str, attrs: dict[str, str], view: str) -> bool:
        return toggles.tappable(tag, attrs) or bool(view and "/" not in view
                                                    and normal(view) in self.module.code().tappable)

    def font_size(self, attrs: dict[str, str], site: Site, kind: str, tag: str = "") -> Fact | None:
        """`tag`: the element's, whose theme default style a toggle reads (`checkboxStyle`)."""
        widget = tag.rsplit(".", 1)[-1] if kind == "toggle" else ""
        return self.sizes.font_size(attrs, site, kind in ("text", "link"), widget)

    def font_size_unthemed(self, attrs: dict[str, str], site: Site, kind: str) -> Fact | None:
        """`font_size` as if there were no theme: what a size is when the theme plays no part in it."""
        if self._unthemed is None:
            self._unthemed = TextSizes(self.res, None)
        return self._unthemed.font_size(attrs, site, themed=kind in ("text", "link"))
