"""Rule documentation, generated from the rule YAML: one source for `explain`, SARIF help,
`docs/rules/<id>.md` and the README's rule table (a test fails when the checked-in docs drift)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.rules import Rule

_FENCE = {"android": "xml", "wechat": "html", "alipay": "html", "uni-app": "vue", "taro": "tsx"}


def render_markdown(rule: Rule) -> str:
    info = rule.info
    lines = [f"# {info.id}", "", f"**{info.summary}**", ""]
    lines += [f"- Severity: `{info.severity}`", f"- Category: `{info.category}`", ""]
    if info.description:
        lines += ["## Why this is a dark pattern", "", info.description, ""]
    if rule.option_specs:
        lines += ["## Options", "", "| option | type | default | meaning |", "|---|---|---|---|"]
        for name, spec in rule.option_specs.items():
            lines.append(
                f"| `{name}` | {spec.get('type', '')} | `{spec.get('default')}` | {spec.get('description', '')} |"
            )
        lines.append("")
    for heading, key in (("Bad", "bad"), ("Good", "good")):
        examples = rule.examples.get(key) or []
        if examples:
            lines += [f"## {heading}", ""]
            for example in examples:
                platform = example.get("platform", "")
                lines += [f"{platform}:", "", f"```{_FENCE.get(platform, '')}"]
                lines += [str(example.get("code", "")).rstrip("\n"), "```", ""]
    if info.fix:
        lines += ["## How to fix", "", info.fix, ""]
    if info.references:
        lines += ["## References", ""] + [f"- {ref}" for ref in info.references] + [""]
    if rule.builtin and info.id != "unused-suppression":  # about a whole file: no element to put a comment on
        where = (f'A finding about a whole file: list the file under `per-file-ignores` (`"legacy/**": [{info.id}]`) '
                 "or `exclude`, or turn the rule off in `.darklint.yaml`:")
    else:
        # XML forbids `--` inside a comment, so the reason separator shown for markup is ` - `.
        where = (f"`<!-- darklint-disable-next-line {info.id} - reason -->` before the element "
                 f"(`// darklint-disable-next-line {info.id} -- reason` in scripts), "
                 f'`tools:ignore="{info.id}"` on an Android element, or in `.darklint.yaml`:')
    lines += [
        "## Suppressing",
        "",
        where,
        "",
        "```yaml",
        "rules:",
        f"  {info.id}: off",
        "```",
        "",
    ]
    return "\n".join(lines)


def render_text(rule: Rule) -> str:
    """What `darklint explain` prints: the same document, readable in a terminal."""
    return render_markdown(rule)
