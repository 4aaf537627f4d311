"""The one way darklint parses XML: lxml with entities, DTDs and network access turned off.

Layouts come from strangers' pull requests: no entity expansion (billion laughs), no external
entities or DTDs (XXE), and a parse error becomes a location, never an exception upward.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree


@functools.cache
def parser() -> etree.XMLParser:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=False, remove_pis=True,
    )


def parse(data: bytes) -> tuple[etree._Element | None, tuple[int, int, str] | None]:
    """Returns (root, None) or (None, (line, column, message))."""
    from lxml import etree

    if data.startswith(b"<?xml"):
        # The text was already decoded (GBK, UTF-16...) and re-encoded as UTF-8; a declaration
        # naming the old encoding would make libxml2 decode it twice. Blank it, keeping offsets.
        end = data.find(b"?>")
        if end != -1 and b"encoding" in data[:end]:
            data = b" " * (end + 2) + data[end + 2 :]
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (1, 1)
        column -= 1  # libxml2 stops one character past what it cannot read (the `&` of `Terms & Conditions`)
        message = str(exc.msg or exc).split(" (<string>", 1)[0]
        message = re.sub(r", line \d+, column \d+$", "", message)
        return None, (max(line, 1), max(column, 1), _explain(message))
    if root is None:
        return None, (1, 1, "XML syntax error: no root element")
    return root, None


#: libxml2's limits, which are what keep a hostile file cheap, in words a user can act on.
_LIMITS = (
    ("Excessive depth in document", "elements nested deeper than libxml2's limit of 256 levels; not linted"),
    ("Maximum entity amplification", "entity expansion refused (an entity bomb?); entities are never expanded"),
    ("Detected an entity reference loop", "entity reference loop refused; entities are never expanded"),
)


def _explain(message: str) -> str:
    for needle, explanation in _LIMITS:
        if needle in message:
            return f"XML syntax error: {explanation}"
    return f"XML syntax error: {message}"
