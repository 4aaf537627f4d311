"""`--diff-from REF`: keep only findings on lines added or changed since a git revision.

Pull-request annotations should be about the change under review. A finding is kept when its
own lines or any of its evidence lines changed: flipping `isAgree: false` to `true` in a page's
script is what makes the template's checkbox a finding, even though the template is untouched.
Untracked files count as changed throughout (a new page is all new).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from lint.config import ConfigError
from lint.finding import Finding

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_BATCH = 200  # pathspecs per git call: stay far below the OS argument limit
#: Changed lines per absolute path; None means the whole file is new.
Changes = dict[Path, set[int] | None]


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=cwd, capture_output=True,
                              check=False)
    except OSError as exc:
        raise ConfigError(None, "--diff-from", None, f"cannot run git: {exc.strerror or exc}") from None


def _toplevel(ref: str, cwd: Path) -> Path:
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        raise ConfigError(None, "--diff-from", ref, f"{cwd} is not inside a git repository")
    verify = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    if verify.returncode != 0:
        raise ConfigError(None, "--diff-from", ref, "not a git revision in this repository")
    return Path(top.stdout.decode("utf-8", "replace").strip()).resolve()


def changed_lines(ref: str, paths: Iterable[Path], cwd: Path) -> Changes:
    """Lines of `paths` (absolute) changed between `ref` (its merge base with HEAD) and the working tree."""
    top = _toplevel(ref, cwd)
    # From where this branch left `ref` (as a pull request's diff, `ref...HEAD`): lines `ref` changed after that
    # (a target branch that moved on) are not this change's. For an ancestor of HEAD that is `ref` itself.
    fork = _git(["merge-base", ref, "HEAD"], top)
    base = fork.stdout.decode("ascii", "replace").strip() if fork.returncode == 0 and fork.stdout.strip() else ref
    if base == ref and fork.returncode != 0 and _git(["rev-parse", "--verify", "--quiet", "HEAD"], top).returncode == 0:
        # A shallow clone without the fork point (or unrelated histories): what `ref` changed since looks like this
        # change. Said, not hidden: the fix is more history.
        import sys

        print(f"darklint: warning: --diff-from: {ref} and HEAD share no history here (a shallow clone?); comparing "
              f"with {ref} itself, so its own later changes count as changed: fetch more history (fetch-depth: 0)",
              file=sys.stderr)
    wanted = sorted({p.resolve() for p in paths})
    changes: Changes = {}
    for start in range(0, len(wanted), _BATCH):
        batch = [str(p) for p in wanted[start : start + _BATCH]]
        diff = _git(["diff", "-U0", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/",
                     base, "--", *batch], top)
        if diff.returncode != 0:
            message = diff.stderr.decode("utf-8", "replace").strip().splitlines()
            raise ConfigError(None, "--diff-from", ref, f"git diff failed: {message[-1] if message else '?'}")
        changes.update(parse_hunks(diff.stdout, top))
        untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", *batch], top)
        for name in untracked.stdout.split(b"\0"):
            if name:
                changes[(top / name.decode("utf-8", "surrogateescape")).resolve()] = None
    return changes


def parse_hunks(diff: bytes, top: Path) -> Changes:
    """`git diff -U0` output to the new-side line numbers of each file's hunks."""
    changes: Changes = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith(b"+++ "):
            name = _unquote(line[4:])
            current = None
            if name.startswith("b/"):
                current = changes.setdefault((top / name[2:]).resolve(), set())
        elif current is not None and (hunk := _HUNK.match(line)):
            first, count = int(hunk.group(1)), int(hunk.group(2) or b"1")
            current.update(range(first, first + count))  # count 0: a pure deletion adds no lines
    return changes


def _unquote(raw: bytes) -> str:
    """Git C-quotes names with unusual characters: `"b/a\\tb.xml"`, octal escapes for bytes."""
    text = raw.rstrip(b"\r")
    if text.endswith(b"\t"):  # git ends a name holding a space with a tab (a name ending in a tab is quoted)
        text = text[:-1]
    if not (text.startswith(b'"') and text.endswith(b'"')):
        return text.decode("utf-8", "surrogateescape")
    body = text[1:-1]
    out = bytearray()
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord('"'): 34, ord("\\"): 92, ord("a"): 7, ord("b"): 8,
              ord("f"): 12, ord("v"): 11}
    i = 0
    while i < len(body):
        byte = body[i]
        if byte == 92 and i + 1 < len(body):
            nxt = body[i + 1]
            if 48 <= nxt <= 55:
                out.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            out.append(simple.get(nxt, nxt))
            i += 2
            continue
        out.append(byte)
        i += 1
    return out.decode("utf-8", "surrogateescape")


def only_changed(findings: list[Finding], ref: str, cwd: Path) -> list[Finding]:
    """The findings whose lines, or whose evidence lines, changed since `ref`."""
    if not findings:
        _toplevel(ref, cwd)  # still report a bad repository or revision
        return findings
    paths = {cwd / f.path for f in findings} | {cwd / e.path for f in findings for e in f.evidence}
    # The working folder's repository (a superproject diffs its submodules' paths too); from outside any
    # (`darklint check ~/src/shop --diff-from HEAD`), the repository of the files linted.
    where = cwd
    if _git(["rev-parse", "--show-toplevel"], cwd).returncode != 0 and (cwd / findings[0].path).parent.is_dir():
        where = (cwd / findings[0].path).parent
    changes = changed_lines(ref, paths, where)

    def touched(path: str, lines: Iterable[int]) -> bool:
        changed = changes.get((cwd / path).resolve(), set())
        return changed is None or any(line in changed for line in lines)

    return [
        f for f in findings
        if touched(f.path, range(f.line, f.end_line + 1))
        or any(touched(e.path, range(e.line, e.end_line + 1)) for e in f.evidence)
    ]
