"""JUnit XML, so CI systems that only read test reports still show lint results.

One test case per finding, each with its one ``<failure>`` (Jenkins and Azure DevOps show only a case's first
failure, and strict readers reject more), grouped by file through ``classname``; or a single passing ``darklint``
case when there is nothing to report, so the run shows as a green test rather than as "no tests". Case names
are unique (GitLab keeps only the first of equal names). ``failures`` counts failed test cases.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.finding import Finding

from . import ReportContext
from ._xml import DECLARATION, attrs, text


def render(findings: Sequence[Finding], ctx: ReportContext) -> str:
    tests = max(len(findings), 1)
    counts = attrs(name="darklint", tests=tests, failures=len(findings), errors=0, skipped=0)
    lines = [DECLARATION, f"<testsuites{counts}>", f"  <testsuite{counts}>"]
    if not findings:
        lines.append(f"    <testcase{attrs(name='darklint', classname='darklint')}/>")
    seen: dict[str, int] = {}
    for finding in findings:
        name = f"{finding.rule} at {finding.path}:{finding.line}:{finding.column}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # two findings of one rule at one place (an <include> hiding two links)
            name += f" ({seen[name]})"
        lines.append(f"    <testcase{attrs(name=name, classname=finding.path, file=finding.path)}>")
        failure = attrs(message=f"{finding.rule}: {finding.message}", type=finding.severity)
        body = f"{finding.path}:{finding.line}:{finding.column} {finding.rule} {finding.message}"
        for item in finding.evidence:
            body += f"\n  = {item.path}:{item.line}: {item.note}"
        lines.append(f"      <failure{failure}>{text(body)}</failure>")
        lines.append("    </testcase>")
    lines += ["  </testsuite>", "</testsuites>"]
    return "\n".join(lines) + "\n"
