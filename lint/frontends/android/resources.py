"""A module's resource tables (`res/values*/*.xml`): strings, arrays, dimens, bools, integers, colors, styles.

Resources are resolved the way the framework does at inflation: the default `values/` folder decides the
value, other qualifier folders (locales, night, sw600dp) are alternatives. A module sees its own tables
first, then those of the modules it depends on (`fallbacks`, in Gradle's order), as the resource merger
does. A reference that cannot be found (a library outside the repo) resolves to unknown; the framework's
`@android:` values resolve only where `framework.py` knows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.finding import Evidence, shorten
from lint.frontends import xmlsafe
from lint.frontends.android import framework
from lint.source import SourceError, read_source

_REF = re.compile(r"^@(?:\+)?(?:(?P<pkg>[\w.]+):)?(?P<type>[\w-]+)/(?P<name>[\w.]+)$")
_TYPED_TAGS = {"string", "dimen", "bool", "integer", "color", "fraction", "item"}
_MAX_ALIAS_DEPTH = 10
_ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}


@dataclass(frozen=True, slots=True)
class Entry:
    value: str
    qualifier: str
    path: str
    line: int
    #: A string whose markup holds `<a href>`: rendered as a link by `Html.fromHtml`/`setMovementMethod`.
    link: bool = False
    #: The words a styled string (XML markup, not CDATA) puts in `<small>`: drawn at 0.8× the view's size.
    small: str = ""


@dataclass(slots=True)
class Style:
    name: str
    #: Explicit `parent=` (without `@style/`; `android:X` for framework styles), else the dotted parent.
    parent: str | None
    items: dict[str, Entry]
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved reference: the default value, other qualifiers' values, and the chain."""

    value: str
    alts: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    link: bool = False
    #: The default value's `<small>` words (Entry.small).
    small: str = ""


@dataclass(slots=True)
class Resources:
    values: dict[str, list[Entry]] = field(default_factory=dict)
    styles: dict[str, Style] = field(default_factory=dict)
    #: Broken values files: (display path, line, column, message) for parse-error findings.
    errors: list[tuple[str, int, int, str]] = field(default_factory=list)
    #: Tables of the modules this one depends on, highest priority first.
    fallbacks: tuple[Resources, ...] = ()
    #: Whether a string of this table puts words in `<small>`: most apps have none, and their text views then
    #: skip looking (layout.py).
    smalls: bool = False
    #: resolve() results by reference: layouts repeat the same few hundred references thousands of times,
    #: and tables do not change once loaded.
    _resolved: dict[str, Resolved | None] = field(default_factory=dict, repr=False, compare=False)
    #: style_chain() results by style name, for the same reason (callers only read the lists).
    _chains: dict[str, list[Style]] = field(default_factory=dict, repr=False, compare=False)
    #: Memo for readers of these tables that ask the same question per reference (units.py: a dimen's sizes by
    #: language folder), kept here so it lives and dies with the tables.
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    #: The main source set's values other installed builds redefine (`src/huawei/res`, `src/release/res`), with
    #: those builds' tables: such a value is each build's own (module.py).
    #: None among them: a build that keeps main's own value (a flavor that does not define it).
    builds: dict[str, tuple[Resources | None, ...]] = field(default_factory=dict, repr=False, compare=False)

    def with_fallbacks(self, fallbacks: tuple[Resources, ...]) -> Resources:
        return Resources(self.values, self.styles, self.errors, fallbacks, self.smalls)

    def has_small(self) -> bool:
        """Whether any string these tables resolve (their own or a dependency's) has `<small>` words."""
        return self.smalls or any(tables.smalls for tables in self.fallbacks)

    def entries(self, key: str) -> list[Entry]:
        for tables in (self, *self.fallbacks):
            found = tables.values.get(key)
            if found:
                return found
        return []

    def style(self, name: str) -> Style | None:
        for tables in (self, *self.fallbacks):
            found = tables.styles.get(name)
            if found is not None:
                return found
        return None

    def resolve(self, raw: str, depth: int = 0) -> Resolved | None:
        """Resolves `@type/name` (following aliases); a literal resolves to itself."""
        if not raw.startswith("@"):
            return Resolved(raw)
        if depth == 0:  # deeper calls are cut off by depth, so only top-level answers are memoized
            if raw not in self._resolved:
                self._resolved[raw] = self._resolve(raw, 0)
            return self._resolved[raw]
        return self._resolve(raw, depth)

    def _resolve(self, raw: str, depth: int) -> Resolved | None:
        match = _REF.match(raw.strip())
        if match is None or depth > _MAX_ALIAS_DEPTH:
            return None
        kind, name = match.group("type"), match.group("name")
        if match.group("pkg") == "android":
            return _framework(raw, kind, name)
        entries = self.entries(f"{kind}/{name}")
        builds = self.builds.get(f"{kind}/{name}", ())
        if builds and None not in builds:
            # Every installed build defines it again: main's value ships in none of them (a placeholder every
            # flavor sets, a text the release build rewords). Theirs, when they agree; not known when they differ.
            # (A flavor's layout may name what only its builds' other sets define: then it has no value of its own.)
            answers = [build.resolve(raw, depth + 1) for build in builds if build is not None]
            first = answers[0] if answers else None
            if first is None or any(other is None or other.value != first.value for other in answers):
                return None
            return first
        if not entries:
            return None
        if kind == "dimen" and _varies_on_phones(entries, lambda raw: self.resolve(raw, depth + 1)):
            return None
        default = next((e for e in entries if e.qualifier == ""), entries[0])
        shown = shorten(default.value)
        evidence = Evidence(default.path, default.line, f"{raw} = {shown!r}")
        inner = self.resolve(default.value, depth + 1)
        if inner is None:
            return None
        alts: list[str] = []
        for build in builds:
            # Another installed build defines it too: a text is each build's (alternatives, as other languages'
            # are); a flag or a size is main's while some build keeps main's (a report holds for that build).
            if build is None:
                continue
            theirs = build.resolve(raw, depth + 1)
            if theirs is None:
                return None
            if kind == "string":
                alts.append(theirs.value)
        for entry in entries:
            if entry is not default:
                alt = self.resolve(entry.value, depth + 1)
                if alt is not None:
                    alts.append(alt.value)
        alts.extend(inner.alts)
        link = default.link or inner.link
        return Resolved(inner.value, tuple(dict.fromkeys(alts)), (evidence, *inner.evidence), link,
                        default.small or inner.small)

    def style_chain(self, name: str) -> list[Style]:
        """A style and its ancestors: explicit `parent=`, else the implicit dotted parent (memoized; read only)."""
        chain = self._chains.get(name)
        if chain is None:
            chain = self._chains[name] = self._style_chain(name)
        return chain

    def _style_chain(self, name: str) -> list[Style]:
        chain: list[Style] = []
        current: str | None = name
        while current and len(chain) < _MAX_ALIAS_DEPTH:
            style = self.style(current)
            if style is None or style in chain:
                break
            chain.append(style)
            current = style.parent
        return chain


def _framework(raw: str, kind: str, name: str) -> Resolved | None:
    if kind == "color" and name in framework.COLORS:
        return Resolved(framework.COLORS[name])
    return None


def unescape(text: str) -> str:
    """Android's string rules: quotes keep whitespace, otherwise it collapses; backslash escapes."""
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            nxt = text[index + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[index + 2 : index + 6]):
                out.append(chr(int(text[index + 2 : index + 6], 16)))
                index += 6
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        elif not quoted and char in " \t\r\n":
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(char)
        index += 1
    return "".join(out).strip(" ")


def _html_text(markup: str) -> tuple[str, bool]:
    """Text and link-ness of HTML held in CDATA or escaped markup (what `Html.fromHtml` renders)."""
    from lxml import etree, html

    try:
        fragment = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup, False
    return fragment.text_content(), any(a.get("href") for a in fragment.iter("a"))


def _string_value(element: Any) -> tuple[str, bool]:
    link = any(a.get("href") for a in element.iter("a"))
    text = "".join(element.itertext())
    if "<" in text:
        text, inner_link = _html_text(text)
        link = link or inner_link
    return unescape(text), link


#: Markup inside a `<small>` that sizes its words again (StringBlock: `<big>` 1.25×, `<font size>` absolute).
_RESIZING = ("small", "big", "font")


def _small_words(element: Any) -> str:
    """The words a styled string puts in `<small>` (StringBlock gives them a RelativeSizeSpan of 0.8), joined; "" when
    it has none, or when markup inside one sizes its words again (what they are drawn at is then not 0.8×).
    CDATA or escaped HTML is left out: `android:text` shows it as written, only code passing it to `Html.fromHtml`
    styles it."""
    words: list[str] = []
    for small in element.iter("small"):
        if any(isinstance(inner.tag, str) and inner.tag in _RESIZING for inner in small.iterdescendants()):
            return ""
        text = unescape("".join(small.itertext()))
        if text:
            words.append(text)
    return " ".join(words)


def _line(element: Any, default: int) -> int:
    """lxml's line of an element (where its start tag ends), or the default when it has none."""
    return int(element.sourceline or default)


#: Qualifiers that pick a value on ordinary phones: screen densities, the smallest width below a tablet's 600dp
#: (screen-adaptation tools generate values-sw320dp … values-sw480dp), any available width or height (`values-h720dp`
#: is most modern phones held upright, `values-w800dp` one turned sideways: only `sw600dp` and up excludes phones),
#: `port` (a phone held upright; whether it is ever turned is the manifest's screenOrientation, not read) and
#: `long`/`notlong` (the screen's aspect ratio). `land` stays another configuration, as night mode does: a portrait
#: phone is the default one.
_DENSITIES = frozenset({"ldpi", "mdpi", "tvdpi", "hdpi", "xhdpi", "xxhdpi", "xxxhdpi"})
_PHONE_SHAPES = frozenset({"port", "long", "notlong"})
_PHONE_WIDTH = re.compile(r"^(sw|w|h)(\d+)dp$")


def _picks_phones(part: str) -> bool:
    if part in _DENSITIES or part in _PHONE_SHAPES:
        return True
    width = _PHONE_WIDTH.match(part)
    return width is not None and (width.group(1) != "sw" or int(width.group(2)) < 600)


def _phone_qualified(qualifier: str) -> bool:
    return any(_picks_phones(part) for part in qualifier.split("-"))


def _phone_only(qualifier: str) -> bool:
    """A folder every part of whose qualifier picks among phones (`values-xxhdpi`, `values-h720dp`)."""
    return all(_picks_phones(part) for part in qualifier.split("-"))


def phone_entries(entries: list[Entry]) -> list[Entry] | None:
    """The values a phone in the default configuration may show: the default's and each phone folder's (density,
    width, height, portrait: `_picks_phones`; tablet folders, sw600dp and up, are not a phone's). None without a
    default, or when a folder mixes those with another qualifier (`values-sw360dp-night`): which phones show what is
    then not read."""
    default = next((e for e in entries if e.qualifier == ""), None)
    if default is None:
        return None
    found = [default]
    for entry in entries:
        if entry.qualifier and _phone_qualified(entry.qualifier):
            if not _phone_only(entry.qualifier):
                return None
            found.append(entry)
    return found


def _varies_on_phones(entries: list[Entry], resolve: Callable[[str], Resolved | None]) -> bool:
    """A dimension with no default, or one a density or phone-width folder overrides with another value:
    which one a phone shows depends on the phone (tablet folders, sw600dp and up, are left out on purpose)."""
    default = next((e for e in entries if e.qualifier == ""), None)
    if default is None:
        return True
    shown = resolve(default.value)
    for entry in entries:
        if entry is not default and _phone_qualified(entry.qualifier):
            other = resolve(entry.value)
            if other is None or shown is None or other.value != shown.value:
                return True
    return False


def _style(element: Any, name: str, qualifier: str, shown: str, line: int) -> Style:
    items = {
        item.get("name", ""): Entry(unescape(item.text or ""), qualifier, shown, item.sourceline or line)
        for item in element if isinstance(item.tag, str) and item.get("name")
    }
    parent = element.get("parent")
    if parent is None and "." in name:
        parent = name.rsplit(".", 1)[0]
    if parent:
        parent = parent.strip()
        parent = "android:" + parent.split("/", 1)[1] if parent.startswith(("@android:", "android:style")) else parent
        parent = parent.split("/", 1)[1] if parent.startswith("@") and "/" in parent else parent
    return Style(name, parent or None, items, shown, line)


def _add_file(res: Resources, path: Path, qualifier: str, display: Callable[[Path], str]) -> None:
    shown = display(path)
    try:
        source = read_source(path)
    except SourceError as exc:
        res.errors.append((shown, exc.line, exc.column, exc.message))
        return
    if not source.text.strip():
        return  # an empty table is harmless: silent, like an empty layout
    root, error = xmlsafe.parse(source.data)
    if root is None:
        assert error is not None
        res.errors.append((shown, *error))
        return
    for element in root:
        tag, name = element.tag, element.get("name")
        if not isinstance(tag, str) or not name:
            continue
        line = _line(element, 1)
        if tag == "style":
            if qualifier == "" or name not in res.styles:
                res.styles[name] = _style(element, name, qualifier, shown, line)
        elif tag in _TYPED_TAGS:
            kind = element.get("type", "string") if tag == "item" else tag
            value, link = _string_value(element)
            small = _small_words(element) if kind == "string" and len(element) else ""  # markup: child elements
            res.smalls = res.smalls or bool(small)
            res.values.setdefault(f"{kind}/{name}", []).append(Entry(value, qualifier, shown, line, link, small))
        elif tag in ("string-array", "array", "integer-array", "plurals"):
            items = [i for i in element if isinstance(i.tag, str)]
            if tag == "plurals":  # the `other` form stands for the string a label shows
                items = [i for i in items if i.get("quantity") == "other"][:1]
            for index, item in enumerate(items):
                value, link = _string_value(item)
                item_line = _line(item, line)
                entry = Entry(value, qualifier, shown, item_line, link)
                key = f"plurals/{name}" if tag == "plurals" else f"array/{name}[{index}]"
                res.values.setdefault(key, []).append(entry)


def load(res_dir: Path, display: Callable[[Path], str]) -> Resources:
    res = Resources()
    try:
        folders = sorted(p for p in res_dir.iterdir() if p.is_dir() and p.name.startswith("values"))
    except OSError:
        return res
    # The default folder first, so its entries are the ones every lookup starts from.
    folders.sort(key=lambda p: p.name != "values")
    for folder in folders:
        qualifier = folder.name[len("values"):].lstrip("-")
        for path in sorted(folder.glob("*.xml")):
            _add_file(res, path, qualifier, display)
    return res


def literal_bool(value: str) -> bool | None:
    lowered = value.strip().lower()
    return True if lowered == "true" else False if lowered == "false" else None
