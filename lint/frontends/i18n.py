"""A project's translated messages: what `{{ $t('login.agree') }}` (vue-i18n, uni-app) and `{t('pages:login.policy')}`
(i18next, Taro) show.

Projects keep them per language in a messages folder (`locale/`, `locales/`, `lang/`, `i18n/`, also under `common/`
or `assets/`): a file per language (`zh-Hans.json`, `en.ts` exporting an object), or a folder per language with a
file per namespace (`zh-CN/pages.json`, which `t('pages:login.policy')` reads; `translation.json` is the namespace
a key without one reads). Which language a device shows is chosen at run time; one language's messages are read,
Chinese first, then English (the lexicons read those best), else the first by name: a message says the same thing
in every language, so a consent sentence in one is a consent sentence in all. A key that language does not have
is unknown, and so is a message that starts with a placeholder (`{app}想要获取…`, `{{name}}，欢迎`) or links
another message (`@:common.agree`, `$t(common.agree)`); placeholders inside a message are left out, as an unknown
name inside a template literal is (mini/values.py).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.finding import Evidence, shorten
from lint.frontends.expr import TRANSLATION, UNKNOWN, Lookup, Valued

#: Where a uni-app project keeps its message files, from its source root.
_FOLDERS = ("locale", "locales", "lang", "langs", "i18n", "common/locale", "common/locales", "common/lang",
            "common/i18n", "static/locale", "utils/locale", "utils/lang", "assets/locales", "assets/i18n",
            "assets/lang", "i18n/locales", "i18n/locale", "i18n/lang", "i18n/langs")
#: How a message's evidence starts (`translations` finds it by this).
_NOTE = "t('"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
#: The namespace i18next reads a key without one from.
_DEFAULT_NAMESPACE = "translation"
#: Languages read first, in this order (file stems); any other is read only when none of these exists.
_PREFERRED = ("zh-Hans", "zh-CN", "zh_CN", "zh-cn", "zh", "zh-Hans-CN", "en", "en-US", "en_US", "en-us")
_SUFFIXES = (".json", ".js", ".ts")
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}|\{[^{}]*\}")
#: Messages nested deeper than this are not read (no real catalogue does that; a hostile one may).
_MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Messages:
    #: Flattened keys (`login.agree`; `pages:login.policy` for a namespace's file) -> (message, file it is in).
    values: dict[str, tuple[str, Path]]
    sources: dict[Path, bytes]

    def message(self, key: str, display: Callable[[Path], str]) -> Valued:
        found = self.values.get(key)
        if found is None:
            return UNKNOWN, ()
        text, path = found
        stripped = text.strip()
        if stripped.startswith("{") or "@:" in text or "$t(" in text:
            return UNKNOWN, ()  # its first word is filled in at run time, or it is another message
        shown = " ".join(_PLACEHOLDER.sub("", text).split())
        note = f"{_NOTE}{key}') = '{shorten(shown)}'"
        return shown, (Evidence(display(path), self._line(key, path), note),)

    def _line(self, key: str, path: Path) -> int:
        """The line of the key's last segment (`"agree":`), or 1."""
        data = self.sources.get(path, b"")
        last = key.rsplit(":", 1)[-1].rsplit(".", 1)[-1].encode()
        at = data.find(b'"' + last + b'"')
        if at < 0:
            at = data.find(last + b":")
        return data.count(b"\n", 0, at) + 1 if at >= 0 else 1


def translations(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """The messages among a value's evidence (`t('login.agree') = '…'`): where a text shown through a translation
    comes from, which the text's own evidence names (a data value's evidence is the deciding fact's, not the text's)."""
    return tuple(e for e in evidence if e.note.startswith(_NOTE))


def candidates(root: Path) -> list[Path]:
    """The files the messages may be read from, for a unit's cache key: every message file there is (a language's
    folder's too), and the entry script (`main.js`, `app.ts`…), where vue-i18n or i18next is given its messages: a
    messages folder a project adds takes effect only once that imports it."""
    found = [root / f"{name}{ext}" for name in ("main", "app") for ext in (".js", ".ts", ".jsx", ".tsx")]
    for folder in _FOLDERS:
        base = root / folder
        if base.is_dir():
            for entry in sorted(base.iterdir()):
                if entry.suffix in _SUFFIXES:
                    found.append(entry)
                elif entry.is_dir():
                    found.extend(sorted(p for p in entry.iterdir() if p.suffix in _SUFFIXES))
    return found


def translating(lookup: Lookup, messages: Callable[[], Messages | None], display: Callable[[Path], str],
                namespace: str | None = None, prefix: str = "") -> Lookup:
    """`lookup`, answering translations (expr.TRANSLATION) from `messages` (`loader`: read on first demand).
    `namespace` and `prefix`: what i18next's `useTranslation('pages', { keyPrefix: 'login' })` gives a bare key."""

    def wrapped(path: str) -> Valued:
        if not path.startswith(TRANSLATION):
            return lookup(path)
        found = messages()
        if found is None:
            return UNKNOWN, ()
        key = path[len(TRANSLATION):]
        if ":" not in key:
            key = f"{prefix}.{key}" if prefix else key
            key = f"{namespace}:{key}" if namespace and namespace != _DEFAULT_NAMESPACE else key
        return found.message(key, display)

    return wrapped


def loader(root: Path) -> Callable[[], Messages | None]:
    """The project's messages under `root`, read once, when first asked for."""
    loaded: list[Messages | None] = []

    def load() -> Messages | None:
        if not loaded:
            loaded.append(_load(root))
        return loaded[0]

    return load


def _load(root: Path) -> Messages | None:
    for folder in _FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        # Named as a language (`zh-CN`, `en`, `zh_Hans`): `locale/index.js` gathers the languages, `i18n/locales/`
        # holds them; neither is one.
        entries = {name: p for p in sorted(base.iterdir(), reverse=True)
                   if _LANGUAGE.match(name := p.stem if p.is_file() else p.name)
                   and ((p.suffix in _SUFFIXES and p.is_file()) or p.is_dir())}
        language = next((s for s in _PREFERRED if s in entries), min(entries) if entries else None)
        if language is None:
            continue
        chosen = entries[language]
        values: dict[str, tuple[str, Path]] = {}
        sources: dict[Path, bytes] = {}
        for path in sorted(chosen.iterdir()) if chosen.is_dir() else [chosen]:
            namespace = path.stem if chosen.is_dir() else ""
            if path.suffix not in _SUFFIXES or not path.is_file():
                continue
            read = _read(path)
            if read is None:
                continue
            sources[path] = read[1]
            for key, text in read[0].items():
                if namespace:
                    values[f"{namespace}:{key}"] = (text, path)
                if namespace in ("", _DEFAULT_NAMESPACE):
                    values[key] = (text, path)
        if values:
            return Messages(values, sources)
    return None


def _read(path: Path) -> tuple[dict[str, str], bytes] | None:
    from lint.source import SourceError, read_source

    try:
        source = read_source(path)
    except SourceError:
        return None
    values = _messages(path.suffix, source.data)
    return (values, source.data) if values is not None else None


@functools.lru_cache(maxsize=64)
def _messages(suffix: str, data: bytes) -> dict[str, str] | None:
    """A message file's flattened messages, remembered by content: every page of a project reads the same files."""
    tree = _json(data.decode("utf-8", "replace")) if suffix == ".json" else _module(data, suffix == ".ts")
    if not isinstance(tree, dict):
        return None
    values: dict[str, str] = {}
    stack: list[tuple[str, dict[Any, Any], int]] = [("", tree, 0)]
    while stack:
        prefix, item, depth = stack.pop()
        for key, value in item.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict) and depth < _MAX_DEPTH:
                stack.append((name, value, depth + 1))
            elif isinstance(value, str):
                values[name] = value
    return values


def _json(text: str) -> Any:
    from lint.frontends.vue.project import strip_json_comments

    try:
        return json.loads(strip_json_comments(text))
    except ValueError:
        return None


def _module(data: bytes, typed: bool) -> Any:
    """The object literal a module exports: `export default {…}`, `module.exports = {…}`, or a constant either of
    them names (`const zh = {…}; export default zh`)."""
    from lint.frontends.expr import evaluate
    from lint.frontends.mini.jsnodes import unwrap
    from lint.frontends.ts import parser

    root = parser("typescript" if typed else "javascript").parse(data).root_node
    objects: dict[bytes, Any] = {}
    exported: Any = None
    for statement in root.named_children:
        if statement.type in ("lexical_declaration", "variable_declaration"):
            for declarator in statement.named_children:
                name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                if name is not None and value is not None and unwrap(value).type == "object":
                    objects[name.text or b""] = unwrap(value)
        elif statement.type == "export_statement":
            value = statement.child_by_field_name("value") or statement.child_by_field_name("declaration")
            exported = unwrap(value) if value is not None else exported
        elif statement.type == "expression_statement" and statement.named_children:
            inner = statement.named_children[0]
            left = inner.child_by_field_name("left") if inner.type == "assignment_expression" else None
            if left is not None and left.text == b"module.exports":
                exported = unwrap(inner.child_by_field_name("right") or inner)
    if exported is not None and exported.type == "identifier":
        exported = objects.get(exported.text or b"")
    if exported is None or exported.type != "object":
        return None
    value, _ = evaluate(exported, data)
    return value
