"""`darklint test`: a rule's fixture projects, with their expected findings marked inline (semgrep-rules style).

A rule folder holds `<rule-id>.yaml` and, beside it, `<rule-id>/<case>/`: small projects that show the pattern and
look-alikes that must not be reported. In their files, `<!-- expect: RULE -->` (or `// expect: RULE`,
`/* expect: RULE */`) says a finding of RULE must start on the next line that is not itself a marker; `ok: RULE`
says that line must stay silent. An `expect` marker on the very first line of a file for `parse-error` means
"somewhere in this file" (the line depends on the parser). Each case is linted as its own project with only its
rule selected; a failure names the *missing* findings (expected, not reported) and the *noisy* ones (reported on a
line nobody marked, or on an `ok` line). The shipped rules' fixtures are run the same way by the test suite.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.finding import Finding

MARKER = re.compile(r"(?:<!--|//|/\*)\s*(expect|ok):\s*([a-z0-9, -]+?)\s*(?:-->|\*/|$)")
TEXT_SUFFIXES = {
    ".json",  # only a broken one can hold a marker: comments are not JSON
    ".xml",
    ".wxml",
    ".axml",
    ".swan",
    ".ttml",
    ".qml",
    ".ksml",
    ".jxml",
    ".vue",
    ".nvue",
    ".jsx",
    ".tsx",
    ".js",
    ".ts",
    ".java",  # one-tap login SDK builders (lint/frontends/android/onekey.py)
    ".kt",
    ".wxss",
    ".acss",
    ".css",
    ".ttss",
    ".qss",
    ".jxss",
    ".scss",
    ".less",
}
ANYWHERE = 0


@dataclass(frozen=True)
class Mark:
    kind: str  # "expect" | "ok"
    rule: str
    path: str
    line: int  # 1-based; ANYWHERE for a whole-file expectation


def _read(path: Path) -> list[str]:
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16").splitlines()
    # Not UTF-16 without its mark: nearly any even-length GBK file decodes as UTF-16 (into nonsense).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding).splitlines()
        except UnicodeDecodeError:
            continue
    return []


def collect(project: Path) -> list[Mark]:
    marks: list[Mark] = []
    for path in sorted(project.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        lines = _read(path)
        rel = path.relative_to(project).as_posix()
        for index, text in enumerate(lines):
            found = MARKER.search(text)
            if not found:
                continue
            kind, rules = found.group(1), [r.strip() for r in found.group(2).split(",") if r.strip()]
            target = index + 1
            while target < len(lines) and (MARKER.search(lines[target]) or not lines[target].strip()):
                target += 1
            for rule in rules:
                anywhere = index == 0 and kind == "expect" and rule == "parse-error"
                marks.append(Mark(kind, rule, rel, ANYWHERE if anywhere else target + 1))
    return marks


def cases(folder: Path) -> list[tuple[str, Path]]:
    """(rule id, case folder) for every `<rule-id>/<case>/` beside a `<rule-id>.yaml` (or `.yml`) in `folder`."""
    found = []
    for case in sorted(p for p in folder.glob("*/*") if p.is_dir()):
        rule = case.parent.name
        if (folder / f"{rule}.yaml").is_file() or (folder / f"{rule}.yml").is_file():
            found.append((rule, case))
    return found


def named_cases(target: Path) -> tuple[Path, list[tuple[str, Path]]]:
    """The rule folder to load and the cases to run for a path the user named: a rule folder (every case), one
    rule's cases (`<folder>/<rule-id>/`) or one case (`<folder>/<rule-id>/<case>/`), as semgrep's `--test` takes
    a file or a folder. A path that is none of them gives no cases."""
    found = cases(target)
    if found:
        return target, found
    for root, rule, only in ((target.parent, target.name, None), (target.parent.parent, target.parent.name, target)):
        if (root / f"{rule}.yaml").is_file() or (root / f"{rule}.yml").is_file():
            return root, [(r, case) for r, case in cases(root) if r == rule and only in (None, case)]
    return target, []


def check_case(rule: str, project: Path, findings: list[Finding]) -> list[str]:
    """What is wrong with `findings` (a run of `project` with `rule` selected) against the project's markers: one
    line per missing or noisy finding; `["no markers"]` for a case that marks nothing (it would test nothing)."""
    marks = [m for m in collect(project) if m.rule == rule]
    if not marks:
        return [f"no markers: mark the expected findings with `expect: {rule}` (or a look-alike with `ok: {rule}`)"]
    actual = {(f.path, f.line) for f in findings if f.rule == rule}
    expected = {(m.path, m.line) for m in marks if m.kind == "expect"}
    anywhere = {m.path for m in marks if m.kind == "expect" and m.line == ANYWHERE}
    missing = sorted(e for e in expected if e[1] != ANYWHERE and e not in actual)
    missing += sorted((p, 0) for p in anywhere if not any(a[0] == p for a in actual))
    noisy = sorted(a for a in actual if a not in expected and a[0] not in anywhere)
    messages = {(f.path, f.line): f.message for f in findings}
    report = [f"missing: {p}:{line}" for p, line in missing]
    report += [f"noisy:   {p}:{line}: {messages.get((p, line), '')}" for p, line in noisy]
    return report


def run_case(rule: str, project: Path, config: Path) -> list[str]:
    """The case linted as its own project with only `rule` selected and `config` (whose globs are read from the
    case, as ruff reads `--config`'s): what `check_case` says of its findings."""
    from lint.runner import RunOptions, run

    options = RunOptions(config=config, select=(rule,), cwd=project, no_cache=True, jobs=1)
    return check_case(rule, project, run([project], options).findings)


def with_folders(config: Path, folders: list[Path]) -> Path:
    """A config that is `config` plus rule folders it does not list under `custom-rules`, as a config naming them
    would be: written to a scratch file, removed when the process ends."""
    import atexit
    import json
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="darklint-test-"))
    atexit.register(shutil.rmtree, scratch, True)
    path = scratch / "darklint.yaml"
    path.write_text(f"extends: {json.dumps(str(config))}\ncustom-rules: {json.dumps([str(f) for f in folders])}\n",
                    encoding="utf-8")
    return path
