"""Comment suppressions: `darklint-disable-next-line`, `-line` and `-file`, and unused ones.

A directive names rule ids (comma- or space-separated; none means every rule) and may give a
reason after ` -- ` — or after ` - `, because XML forbids `--` inside comments (lxml and aapt2
reject such a layout). `disable-next-line` applies to the line after the comment (directives
stacked on consecutive lines all reach the element below them), `disable-line` to the lines
the comment is on, `disable-file` to the whole file but only from the comments that open it (before any
code), so a stray one deep in a file cannot silently switch a rule off.

Files that have findings are read, and those the linting itself saw holding a directive (every file a unit
lints is decoded once: source.DIRECTIVES). A directive that silenced nothing is stale: it would hide the next
real problem on that line, so it becomes an `unused-suppression` finding, in any linted file.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lint.filters.comments import Comment, read_comments
from lint.finding import Finding

UNUSED = "unused-suppression"
#: Not a rule: marks a linted file that holds a directive (see `directive_marks`); never reported.
MARK = "darklint-directives"
_DIRECTIVE = re.compile(r"darklint-disable-(next-line|line|file)(?=\s|$)(.*)", re.DOTALL)
_REASON = re.compile(r"(?:^|\s)--?(?:\s|$)")


@dataclass(slots=True)
class Directive:
    kind: str  # "next-line" | "line" | "file"
    rules: frozenset[str]  # empty: every rule
    comment: Comment
    #: False for a `disable-file` not among the comments that open the file (it applies nowhere).
    valid: bool = True
    lines: frozenset[int] = frozenset()
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        if not self.valid or (self.rules and finding.rule not in self.rules):
            return False
        return self.kind == "file" or finding.line in self.lines

    @property
    def keyword(self) -> str:
        return f"darklint-disable-{self.kind}"


def parse_directive(comment: Comment, first: bool) -> Directive | None:
    """The directive a comment holds, or None; it must open the comment."""
    found = _DIRECTIVE.match(comment.body)
    if found is None:
        return None
    kind, rest = found.group(1), found.group(2)
    ids = _REASON.split(rest, maxsplit=1)[0]
    rules = frozenset(r for r in re.split(r"[\s,]+", ids) if r)
    valid = kind != "file" or first
    return Directive(kind, rules, comment, valid)


def leading(comments: list[Comment], lines: list[str]) -> int:
    """How many comments open the file before any code: WeChat DevTools starts every page with
    `<!--pages/x/x.wxml-->`, and a `disable-file` written under it still heads the file."""
    count, after = 0, (0, 0)  # (line, column) where the previous comment ended
    for comment in comments:
        gap = [lines[after[0] - 1][after[1] - 1:]] if after[0] and after[0] <= len(lines) else []
        gap += lines[after[0]: comment.line - 1]
        if comment.line > after[0] and comment.line <= len(lines):
            gap.append(lines[comment.line - 1][: comment.column - 1])
        elif comment.line == after[0]:
            gap = [lines[after[0] - 1][after[1] - 1: comment.column - 1]] if after[0] <= len(lines) else []
        if any(text.strip() and not text.strip().startswith("<?xml") for text in gap):
            break
        count += 1
        after = (comment.end_line, comment.end_column)
    return count


def directives_of(comments: list[Comment], lines: list[str] | None = None) -> list[Directive]:
    heading = leading(comments, lines) if lines is not None else 1
    found = [d for i, c in enumerate(comments) if (d := parse_directive(c, first=i < heading)) is not None]
    starts = {d.comment.line: d for d in found if d.kind == "next-line"}
    for directive in found:
        if directive.kind == "line":
            directive.lines = frozenset(range(directive.comment.line, directive.comment.end_line + 1))
        elif directive.kind == "next-line":
            target = directive.comment.end_line + 1
            seen = {directive.comment.line}
            while target in starts and target not in seen:  # stacked directives
                seen.add(target)
                target = starts[target].comment.end_line + 1
            directive.lines = frozenset({target})
    return found


def directive_marks(paths: Iterable[str]) -> list[Finding]:
    """Marks for the files of a unit that hold a directive (source.DIRECTIVES): they travel with the unit's
    findings (through workers and the cache) to `suppress`, which drops them after reading those files."""
    return [Finding(MARK, "info", "", path, 1, 1, 1, 1, "") for path in paths]


def suppress(findings: list[Finding], cwd: Path, active: Collection[str],
             severity: str | None) -> list[Finding]:
    """Drops suppressed findings; adds `unused-suppression` ones when `severity` is set, for every linted file
    that holds a directive (those with findings, and those `directive_marks` names)."""
    marked = {f.path for f in findings if f.rule == MARK}
    if marked:
        findings = [f for f in findings if f.rule != MARK]
    judged = marked if severity is not None else set()
    paths = sorted({f.path for f in findings if f.rule != "internal-error"} | judged)
    by_path = {path: _read(cwd / path) for path in paths}
    kept: list[Finding] = []
    for finding in findings:
        directive = next((d for d in by_path.get(finding.path, ()) if d.covers(finding)), None)
        if directive is None or finding.rule == "internal-error":
            kept.append(finding)
        else:
            directive.used.add(finding.rule)
    if severity is not None:
        for path, directives in by_path.items():
            kept.extend(_unused(path, directives, active, severity))
    return kept


def _read(path: Path) -> list[Directive]:
    from lint.source import SourceError, read_source

    try:
        source = read_source(path)
    except SourceError:
        return []
    if b"darklint-disable" not in source.data:
        return []  # most files: skip parsing them a second time
    return directives_of(read_comments(path, source.data), source.text.splitlines())


def _unused(path: str, directives: Iterable[Directive], active: Collection[str], severity: str) -> Iterable[Finding]:
    from lint.engine import fingerprint

    occurrences: dict[str, int] = {}
    for directive in directives:
        problem = _problem(directive, active)
        if problem is None:
            continue
        comment = directive.comment
        identity = f"{directive.keyword} {','.join(sorted(directive.rules))}".strip()
        occurrence = occurrences.get(identity, 0)
        occurrences[identity] = occurrence + 1
        yield Finding(
            rule=UNUSED, severity=severity, message=f"{directive.keyword} {problem}",
            path=path, line=comment.line, column=comment.column,
            end_line=comment.end_line, end_column=comment.end_column,
            fingerprint=fingerprint(UNUSED, path, identity, occurrence), identity=identity,
        )


def _problem(directive: Directive, active: Collection[str]) -> str | None:
    """Why a directive is stale, or None; rules that did not run this time are not judged."""
    where = {"next-line": "on the next line", "line": "on this line", "file": "in this file"}[directive.kind]
    if not directive.valid:
        return "is ignored: it must be among the comments that open the file, before any code"
    if not directive.rules:
        return None if directive.used else f"suppresses nothing: no finding {where}"
    unknown = sorted(r for r in directive.rules if r not in active and not _is_known(r))
    if unknown:
        return f"names unknown rule {', '.join(repr(r) for r in unknown)}"
    idle = sorted(r for r in directive.rules if r in active and r not in directive.used)
    if idle:
        return f"suppresses nothing: no {', '.join(idle)} finding {where}"
    return None


def _is_known(rule_id: str) -> bool:
    from lint.rules import shipped_rules

    return rule_id in shipped_rules()
