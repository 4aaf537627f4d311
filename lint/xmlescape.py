"""XML character escaping, as `xml.sax.saxutils.escape` does it.

Not imported from `xml.sax.saxutils`: that module imports `urllib.request` (and with it `http.client`,
`email` and `ssl`), about 20 ms of start-up in every process that lints a layout or writes an XML report.
"""

from __future__ import annotations

from collections.abc import Mapping


def escape(value: str, entities: Mapping[str, str] | None = None) -> str:
    """`&`, `<` and `>` as entities, then each key of `entities` replaced by its value."""
    value = value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in (entities or {}).items():
        value = value.replace(char, entity)
    return value
