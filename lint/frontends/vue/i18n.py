"""A uni-app project's translated messages (vue-i18n): what `{{ $t('login.agree') }}` shows.

uni-app keeps its messages in `locale/<language>.json` (its own template's layout; `locales/`, `lang/`, `i18n/` and
the same folders under `common/` are as common), as JSON or as a module exporting an object literal. Which language
a device shows is chosen at run time; one language's messages are read, Chinese first, then English (the lexicons
read those best), else the first by name: a message says the same thing in every language, so a consent sentence
in one is a consent sentence in all. A key that language does not have is unknown, and so is a message that starts
with a placeholder (`{app}想要获取…`) or links another message (`@:common.agree`); placeholders inside a message are
left out, as an unknown name inside a template literal is (mini/values.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lint.finding import Evidence
from lint.frontends.expr import TRANSLATION, UNKNOWN, Lookup, Valued

#: Where a uni-app project keeps its message files, from its source root.
_FOLDERS = ("locale", "locales", "lang", "langs", "i18n", "common/locale", "common/locales", "common/lang",
            "common/i18n", "static/locale", "utils/locale", "utils/lang")
#: Languages read first, in this order (file stems); any other is read only when none of these exists.
_PREFERRED = ("zh-Hans", "zh-CN", "zh_CN", "zh-cn", "zh", "zh-Hans-CN", "en", "en-US", "en_US", "en-us")
_SUFFIXES = (".json", ".js", ".ts")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: Messages nested deeper than this are not read (no real catalogue does that; a hostile one may).
_MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class Messages:
    path: Path
    data: bytes
    #: Flattened keys (`login.agree`) -> message.
    values: dict[str, str]

    def message(self, key: str, display: Callable[[Path], str]) -> Valued:
        text = self.values.get(key)
        if text is None or "@:" in text:
            return UNKNOWN, ()
        stripped = text.strip()
        if stripped.startswith("{"):
            return UNKNOWN, ()  # its first word is filled in at run time
        shown = " ".join(_PLACEHOLDER.sub("", text).split())
        short = shown if len(shown) <= 60 else shown[:59] + "…"
        return shown, (Evidence(display(self.path), self._line(key), f"$t('{key}') = '{short}'"),)

    def _line(self, key: str) -> int:
        """The line of the key's last segment (`"agree":`), or 1."""
        last = key.rsplit(".", 1)[-1].encode()
        at = self.data.find(b'"' + last + b'"')
        if at < 0:
            at = self.data.find(last + b":")
        return self.data.count(b"\n", 0, at) + 1 if at >= 0 else 1


def candidates(root: Path) -> list[Path]:
    """The files the messages may be read from, for a unit's cache key: every message file there is, and `main.js`
    (`main.ts`), where vue-i18n is given its messages: a messages folder a project adds takes effect only once
    that imports it."""
    found = [root / "main.js", root / "main.ts"]
    for folder in _FOLDERS:
        base = root / folder
        if base.is_dir():
            found.extend(sorted(p for p in base.iterdir() if p.suffix in _SUFFIXES))
    return found


def translating(lookup: Lookup, root: Path, display: Callable[[Path], str]) -> Lookup:
    """`lookup`, answering translations (expr.TRANSLATION) from the project's messages, read on first demand."""
    loaded: list[Messages | None] = []

    def wrapped(path: str) -> Valued:
        if not path.startswith(TRANSLATION):
            return lookup(path)
        if not loaded:
            loaded.append(_load(root))
        messages = loaded[0]
        return messages.message(path[len(TRANSLATION):], display) if messages is not None else (UNKNOWN, ())

    return wrapped


def _load(root: Path) -> Messages | None:
    for folder in _FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        files = {p.stem: p for p in sorted(base.iterdir(), reverse=True) if p.suffix in _SUFFIXES and p.is_file()}
        files.pop("index", None)  # `locale/index.js` gathers the languages: not one of them
        stem = next((s for s in _PREFERRED if s in files), min(files) if files else None)
        if stem is not None:
            return _read(files[stem])
    return None


def _read(path: Path) -> Messages | None:
    from lint.source import SourceError, read_source

    try:
        source = read_source(path)
    except SourceError:
        return None
    tree = _json(source.text) if path.suffix == ".json" else _module(source.data)
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
    return Messages(path, source.data, values)


def _json(text: str) -> Any:
    from lint.frontends.vue.project import strip_json_comments

    try:
        return json.loads(strip_json_comments(text))
    except ValueError:
        return None


def _module(data: bytes) -> Any:
    """The object literal a module exports: `export default {…}`, `module.exports = {…}`, or a constant either of
    them names (`const zh = {…}; export default zh`)."""
    from lint.frontends.expr import evaluate
    from lint.frontends.mini.jsnodes import unwrap
    from lint.frontends.ts import parser

    root = parser("javascript").parse(data).root_node
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
