"""The unit of output: a finding, and the rule metadata reporters need.

Findings are small frozen values so they can cross process boundaries, be cached and be
compared; every reporter is a pure function of a list of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True, init=False)
class Evidence:
    """One fact that decided a finding, and where it came from."""

    path: str
    line: int
    note: str
    #: The last line of what the fact was read from, when it spans lines: a `<label>`'s text is on the lines
    #: below its start tag, and `--diff-from` keeps a finding whose label was edited there.
    end_line: int

    def __init__(self, path: str, line: int, note: str, end_line: int = 0) -> None:
        # Frontends make one per fact (tens of thousands a run): see `frozen_setters`.
        _set_path(self, path)
        _set_line(self, line)
        _set_note(self, note)
        _set_end_line(self, end_line if end_line > line else line)

    def to_dict(self) -> dict[str, Any]:
        if self.end_line > self.line:
            return {"path": self.path, "line": self.line, "note": self.note, "end_line": self.end_line}
        return {"path": self.path, "line": self.line, "note": self.note}


def frozen_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of a frozen slots dataclass, for a hand-written `__init__` of a class made very often.

    A generated frozen `__init__` assigns each field through `object.__setattr__` (to get past the frozen
    `__setattr__`), about 0.6 us for three fields; the slots' own setters take 0.35 us. Instances stay
    frozen: assignment from outside still raises."""
    return tuple(getattr(cls, name).__set__ for name in names)


_set_path, _set_line, _set_note, _set_end_line = frozen_setters(Evidence, "path", "line", "note", "end_line")


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule violation at a source range.

    Lines and columns are 1-based; columns count UTF-16 code units (what SARIF, LSP and
    GitHub expect; for CJK text in the BMP this equals the character count); `end_column` is
    exclusive, as in SARIF and LSP.
    ``identity`` names the element independently of line numbers (tag, id, label), so
    baselines and fingerprints survive unrelated edits.
    """

    rule: str
    severity: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fingerprint: str = ""
    evidence: tuple[Evidence, ...] = ()
    identity: str = ""

    def sort_key(self) -> tuple[object, ...]:
        """A total order: findings that tie on position, rule and message (two elements grafted in
        at one include line) still sort the same way on every run, whatever the hash seed."""
        return (self.path, self.line, self.column, self.rule, self.message, self.end_line, self.end_column,
                self.fingerprint, tuple((e.path, e.line, e.note) for e in self.evidence), self.identity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fingerprint": self.fingerprint,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            rule=data["rule"],
            severity=data["severity"],
            message=data["message"],
            path=data["path"],
            line=data["line"],
            column=data["column"],
            end_line=data["end_line"],
            end_column=data["end_column"],
            fingerprint=data.get("fingerprint", ""),
            evidence=tuple(Evidence(**e) for e in data.get("evidence", ())),
            identity=data.get("identity", ""),
        )


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What reporters and `explain` know about a rule (loaded from `rules/<id>.yaml`)."""

    id: str
    severity: str
    summary: str
    category: str = ""
    description: str = ""
    references: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    docs_markdown: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    fix: str = ""


def shorten(text: str, limit: int = 60) -> str:
    """`text` on one line, at most `limit` characters: cut at the last space in its final quarter, so words are
    not broken ("…Terms & Conditions and Privacy Policy" is not cut to "…and Privacy Pol…"); text without
    spaces (Chinese) is cut where the limit falls."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - limit // 4, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip(" ,;:") + "…"
