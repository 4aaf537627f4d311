"""Turn a list of findings into the text of one output format.

Each format lives in its own module with a pure ``render(findings, ctx) -> str``; this
package only dispatches.  Format modules are imported on demand so that a plain lint run
(which needs one format) does not pay for the others — ``import lint.report`` must stay cheap.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from lint.finding import Finding, RuleInfo

FORMAT_NAMES: tuple[str, ...] = (
    "text",
    "json",
    "sarif",
    "github",
    "gitlab",
    "checkstyle",
    "junit",
    "rdjson",
)

# `json` would shadow the standard library inside this package, hence the different module name.
_MODULES: dict[str, str] = {name: name for name in FORMAT_NAMES} | {"json": "jsonfmt"}


def _no_sources(path: str) -> str | None:
    """Default source lookup: file text unknown, so source-dependent output is left out."""
    return None


def _no_bytes(path: str) -> bytes | None:
    """Default raw-file lookup: unknown, so SARIF line hashes fall back to the decoded text."""
    return None


@dataclass(frozen=True)
class ReportContext:
    """Everything a format needs besides the findings themselves."""

    tool_version: str
    rules: Mapping[str, RuleInfo]  # every rule that was enabled in the run, by id
    # Finding.path -> file text, or None when it cannot be read.
    sources: Callable[[str], str | None] = _no_sources
    # Finding.path -> the file's bytes as stored (SARIF's line hashes read them as code scanning does).
    file_bytes: Callable[[str], bytes | None] = _no_bytes
    show_source: bool = False  # text: print a code frame under each finding
    color: bool = False  # text: ANSI colours (caller decides: isatty / NO_COLOR)
    statistics: bool = False  # text, json: counts per rule instead of findings
    files_checked: int = 0
    baselined: int = 0  # findings hidden by a baseline
    baseline_gone: int = 0  # baselined findings no longer present


class _Renderer(Protocol):
    def __call__(self, findings: Sequence[Finding], ctx: ReportContext) -> str: ...


def render(fmt: str, findings: Sequence[Finding], ctx: ReportContext) -> str:
    """Render ``findings`` (already sorted; order is kept) in format ``fmt``.

    The result is the complete output and ends with a newline.  Raises ValueError for a
    format name not in FORMAT_NAMES.
    """
    module_name = _MODULES.get(fmt)
    if module_name is None:
        known = ", ".join(FORMAT_NAMES)
        raise ValueError(f"unknown output format {fmt!r} (expected one of: {known})")
    module = importlib.import_module(f"{__name__}.{module_name}")
    renderer = cast(_Renderer, module.render)
    return renderer(findings, ctx)
