"""How the benchmark invokes the tools it measures: the parse floor, darklint and ast-grep.

darklint's CLI is built alongside this benchmark, so flags such as `--no-cache`, `--cache-dir` or `--jobs` may not
exist yet: a run that exits 2 with "No such option" is retried without that flag, and the omission is recorded so the
table says what was really measured.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from measure import Measured, measure, median_run

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
NO_SUCH_OPTION = re.compile(r"No such option:?\s*['\"‘]?(-{1,2}[\w-]+)")
OK_EXIT_CODES = (0, 1)  # 1 means "findings", which a corpus with dark patterns should produce


def parse_floor(corpus: Path, repeat: int = 1) -> tuple[Measured, dict[str, Any]]:
    runs = [measure([sys.executable, str(BENCH_DIR / "parse_floor.py"), str(corpus)]) for _ in range(repeat)]
    for result in runs:
        if result.returncode != 0:
            raise RuntimeError(f"parse floor failed ({result.returncode}): {result.stderr[-2000:]}")
    result = median_run(runs)
    summary: dict[str, Any] = json.loads(result.stdout)
    return result, summary


def count_findings(stdout: str) -> str:
    """Findings in darklint's JSON output, whether it is a bare list or an object holding one."""
    try:
        document = json.loads(stdout)
    except ValueError:
        return "?"
    if isinstance(document, dict):
        document = document.get("findings", document.get("results"))
    return str(len(document)) if isinstance(document, list) else "?"


@dataclass
class Darklint:
    """Runs `darklint check`, dropping flags the CLI does not know yet and remembering which."""

    base: list[str]
    env: dict[str, str]
    unsupported: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def locate(cls) -> Darklint:
        env = dict(os.environ)
        script = Path(sys.executable).parent / "darklint"
        if script.exists():
            return cls([str(script)], env)
        # Not installed: run the package from the checkout.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")]))
        return cls([sys.executable, "-m", "lint"], env)

    def compile_bytecode(self) -> str:
        """Compiles the measured package's modules to bytecode, as `pip install` does for a wheel.

        With PYTHONDONTWRITEBYTECODE set (this development machine sets it) an editable checkout never keeps
        its `.pyc` files, so every darklint process would compile its ~80 modules again (~0.07 s each):
        a cost no installed darklint pays. Returns what was done, for the report.
        """
        python = Path(self.base[0]).parent / "python" if len(self.base) == 1 else Path(self.base[0])
        code = ("import compileall, os, lint; d = os.path.dirname(lint.__file__); "
                "print(d if compileall.compile_dir(d, quiet=1) else '')")
        # From `/`: `python -c` puts the working folder first on sys.path, which could import another checkout.
        done = subprocess.run([str(python), "-c", code], check=False, capture_output=True, text=True, env=self.env,
                              cwd=os.path.abspath(os.sep))
        folder = done.stdout.strip()
        return f"bytecode compiled in {folder}" if done.returncode == 0 and folder else "bytecode not compiled"

    def describe(self) -> str:
        return self.base[0] if len(self.base) == 1 else "python -m lint (no darklint script installed)"

    def check(self, options: list[tuple[str, str | None]], paths: list[Path]) -> Measured:
        """`options` are (flag, value-or-None) pairs that may be dropped; paths always stay."""
        while True:
            command = [*self.base, "check", "--format", "json"]
            for flag, value in options:
                if flag not in self.unsupported:
                    command += [flag] if value is None else [flag, value]
            command += [str(path) for path in paths]
            result = measure(command, env=self.env)
            missing = NO_SUCH_OPTION.search(result.stderr + result.stdout)
            if result.returncode != 2 or missing is None:
                return result
            flag = missing.group(1)
            if flag in self.unsupported or flag not in {name for name, _ in options}:
                return result
            self.unsupported.add(flag)
            self.notes.append(f"darklint has no {flag} yet: measured without it")

    @staticmethod
    def failure(result: Measured) -> str | None:
        if result.returncode in OK_EXIT_CODES and count_findings(result.stdout) != "?":
            return None  # exit 1 with JSON on stdout is "findings"; exit 1 without it is a crash
        output = result.stderr.strip() or result.stdout.strip() or "(no output)"
        tail = " ".join(output.splitlines()[-3:])[:300]
        return f"exit {result.returncode}: {tail}"


def find_ast_grep() -> str | None:
    """`ast-grep`, or `sg` only when it really is ast-grep (on Linux `sg` is usually the switch-group tool)."""
    found = shutil.which("ast-grep")
    if found:
        return found
    candidate = shutil.which("sg")
    if candidate is None:
        return None
    try:
        probe = subprocess.run([candidate, "--version"], check=False, capture_output=True, text=True, timeout=10)
        version = probe.stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return candidate if "ast-grep" in version else None


# Literal-only equivalents of darklint's first rules: what a pattern matcher can see without resolving references,
# data bindings or styles.  `.xml` and `.wxml` are read with ast-grep's HTML grammar (it has no XML grammar).
AST_GREP_RULES: dict[str, str] = {
    "android-prechecked": """id: android-prechecked
language: html
severity: warning
message: toggle checked by default
files: ["**/*.xml"]
rule: {kind: attribute, regex: '^android:checked="true"$'}
""",
    "android-hidden": """id: android-hidden
language: html
severity: warning
message: view hidden
files: ["**/*.xml"]
rule: {kind: attribute, regex: '^android:visibility="gone"$'}
""",
    "android-tiny-text": """id: android-tiny-text
language: html
severity: warning
message: text smaller than 10sp
files: ["**/*.xml"]
rule: {kind: attribute, regex: '^android:textSize="[0-9](\\.[0-9]+)?sp"$'}
""",
    "wxml-prechecked": """id: wxml-prechecked
language: html
severity: warning
message: checkbox or switch checked by default
files: ["**/*.wxml"]
rule: {kind: attribute, regex: '^checked(="(true|\\{\\{\\s*true\\s*\\}\\})")?$'}
""",
    "wxss-tiny-text": """id: wxss-tiny-text
language: css
severity: warning
message: font smaller than 20rpx
files: ["**/*.wxss"]
rule: {kind: declaration, regex: 'font-size:\\s*(1?[0-9])rpx'}
""",
}

AST_GREP_CONFIG = """ruleDirs: [rules]
languageGlobs:
  html: ["*.xml", "*.wxml"]
  css: ["*.wxss"]
"""


def ast_grep_scan(
    binary: str, corpus: Path, workdir: Path, jobs: int, repeat: int = 1
) -> tuple[Measured, str]:
    """Scan with the literal-only rules; returns the measurement and the match count."""
    rules = workdir / "rules"
    rules.mkdir(parents=True, exist_ok=True)
    for name, text in AST_GREP_RULES.items():
        (rules / f"{name}.yml").write_text(text)
    (workdir / "sgconfig.yml").write_text(AST_GREP_CONFIG)
    command = [binary, "scan", "--config", str(workdir / "sgconfig.yml"), "--json=compact", "--threads", str(jobs),
               str(corpus)]
    result = median_run([measure(command) for _ in range(repeat)])
    try:
        matches = str(len(json.loads(result.stdout)))
    except ValueError:
        matches = "?"
    return result, matches
