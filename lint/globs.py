"""The config's globs (`exclude`, `per-file-ignores`, a rule's `ignore`), checked when the config is read.

pathspec, which matches them as gitignore lines, turns a line it cannot read (`pages/[`, an unclosed bracket)
into a pattern that matches nothing, and raises on others (`!`) only when a file is first matched: either way a
mistyped glob would silently exclude or ignore nothing, or fail mid-run.
"""

from __future__ import annotations


def glob_problem(glob: str) -> str | None:
    """Why `glob` cannot work as written, or None when it can."""
    import re

    import pathspec

    try:
        patterns = pathspec.GitIgnoreSpec.from_lines([glob]).patterns
    except ValueError as exc:  # pathspec's GitIgnorePatternError: `!`, a trailing backslash
        return f"not a valid glob ({exc})"
    except re.error as exc:  # a reversed range, `[z-a]`: the expression pathspec makes of it does not compile
        return f"not a valid glob: {exc.msg}"
    if patterns and all(p.include is not None for p in patterns):
        return None
    if not glob.strip() or glob.lstrip().startswith("#"):
        return "matches nothing (empty, or a comment in gitignore syntax)"
    if "[" in glob:
        return "not a valid glob: a '[' is not closed (write '\\[' for a literal bracket)"
    return "not a valid glob: it matches nothing"
