"""Writes the generated rule docs: `docs/rules/<id>.md` and the README's rule table.

The rule YAML is the one source; these files are checked in so they read well on GitHub and
in the wheel's project page, and a test fails when they drift. `python -m lint.gendocs` rewrites
them; `--check` only reports what would change (exit 1), for CI.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from lint.docs import render_markdown
from lint.rules import Rule, shipped_rules

START = "<!-- rules-table:start -->"
END = "<!-- rules-table:end -->"


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


def rule_table(rules: Mapping[str, Rule]) -> str:
    """The Markdown table between the README markers (markers excluded)."""
    rows = ["| rule | severity | category | summary |", "|---|---|---|---|"]
    for rule_id, rule in sorted(rules.items()):
        info = rule.info
        summary = info.summary.replace("|", "\\|")
        rows.append(f"| [`{rule_id}`](docs/rules/{rule_id}.md) | {info.severity} | {info.category} | {summary} |")
    return "\n".join(rows) + "\n"


def with_table(readme: str, table: str) -> str:
    """The README with the text between the markers replaced; markers must exist once each."""
    start, end = readme.find(START), readme.find(END)
    if start == -1 or end == -1 or end < start or readme.count(START) != 1 or readme.count(END) != 1:
        raise ValueError(f"README.md needs exactly one {START} followed by one {END}")
    return readme[: start + len(START)] + "\n" + table + readme[end:]


def expected_files(root: Path, rules: Mapping[str, Rule]) -> dict[Path, str]:
    """Every generated file with the text it should have."""
    files = {root / "docs" / "rules" / f"{rule_id}.md": render_markdown(rule) for rule_id, rule in rules.items()}
    readme = root / "README.md"
    files[readme] = with_table(readme.read_text(encoding="utf-8"), rule_table(rules))
    return files


def stale_files(root: Path, rules: Mapping[str, Rule]) -> list[Path]:
    """Docs of rules that no longer exist."""
    folder = root / "docs" / "rules"
    return sorted(p for p in folder.glob("*.md") if p.stem not in rules) if folder.is_dir() else []


def main(argv: list[str]) -> int:
    check = "--check" in argv
    root = repo_root()
    rules = shipped_rules()
    changed: list[str] = []
    for path, text in expected_files(root, rules).items():
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != text:
            changed.append(path.relative_to(root).as_posix())
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for path in stale_files(root, rules):
        changed.append(f"{path.relative_to(root).as_posix()} (stale)")
        if not check:
            path.unlink()
    for name in changed:
        print(f"{'out of date' if check else 'wrote'}: {name}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
