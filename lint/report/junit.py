"""JUnit XML, so CI systems that only read test reports still show lint results.

One test case per file with findings (one ``<failure>`` per finding), or a single passing
``darklint`` case when there is nothing to report, so the run shows as a green test rather
than as "no tests".  ``failures`` counts failed test cases, as JUnit readers expect.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext
from ._xml import DECLARATION, attrs, text


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.path, []).append(finding)
    tests = max(len(by_file), 1)
    counts = attrs(
        name="darklint", tests=tests, failures=len(by_file), errors=0, skipped=0
    )
    lines = [DECLARATION, f"<testsuites{counts}>", f"  <testsuite{counts}>"]
    if not by_file:
        lines.append(f"    <testcase{attrs(name='darklint', classname='darklint')}/>")
    for path, file_findings in by_file.items():
        lines.append(
            f"    <testcase{attrs(name=path, classname='darklint', file=path)}>"
        )
        for finding in file_findings:
            failure = attrs(
                message=f"{finding.rule}: {finding.message}", type=finding.severity
            )
            body = f"{finding.path}:{finding.line}:{finding.column} {finding.rule} {finding.message}"
            for item in finding.evidence:
                body += f"\n  = {item.path}:{item.line}: {item.note}"
            lines.append(f"      <failure{failure}>{text(body)}</failure>")
        lines.append("    </testcase>")
    lines += ["  </testsuite>", "</testsuites>"]
    return "\n".join(lines) + "\n"
