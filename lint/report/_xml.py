"""String-built XML for the checkstyle and JUnit formats (no XML library at import time)."""

from __future__ import annotations

import re

from lint.xmlescape import escape

# Characters XML 1.0 cannot carry even as references (C0 controls other than tab/LF/CR,
# lone surrogates, U+FFFE/U+FFFF).  A message from a hostile file must not break the report.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def text(value: str) -> str:
    """Escape character data."""
    return escape(_INVALID.sub("\ufffd", value))


def attr(value: str) -> str:
    """Escape an attribute value for double quotes; newlines survive attribute normalisation."""
    return escape(_INVALID.sub("\ufffd", value), _ATTRIBUTE_ENTITIES)


def attrs(**values: str | int) -> str:
    """`` key="value"`` pairs in the given order (keys ending in ``_`` lose it: ``class_``)."""
    return "".join(
        f' {key.rstrip("_")}="{attr(str(value))}"' for key, value in values.items()
    )
