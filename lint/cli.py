"""The `darklint` command line: parses flags, calls the library, prints, sets the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from lint import __version__

if TYPE_CHECKING:
    from lint.rules import Rule

app = typer.Typer(
    name="darklint",
    help="Find dark patterns in mobile UI definitions: pre-checked consent, hidden terms, tiny legal text.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
FAIL_ON = ("error", "warning", "info", "never")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"darklint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = None,
) -> None:
    """darklint: a dark-pattern linter for Android layouts and mini-programs."""


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


def _quiet_collector() -> None:
    """Runs the cyclic garbage collector less often (as mypy does) for this short-lived process.

    A unit's trees are freed by reference counting once linted (`runner._release`, `Document.release`): the
    frontends leave no cyclic garbage on the bench corpus, so the collector's frequent young-generation passes
    were pure cost (~0.2 s of 3 s on 3,000 layouts). It still runs, so an unforeseen cycle is still freed.
    """
    import gc

    gc.set_threshold(20_000, 10, 10)


def _fail(message: str) -> NoReturn:
    typer.echo(f"darklint: error: {message}", err=True)
    raise typer.Exit(2)


_SELECT_HELP = "Only these rules (comma-separated), even ones the config turns off."


@app.command()
def check(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders to lint (default: .).")] = None,  # noqa: UP045
    output_format: Annotated[
        str, typer.Option("--format", help="text, json, sarif, github, gitlab, checkstyle, junit, rdjson, auto.")
    ] = "auto",
    config: Annotated[Optional[Path], typer.Option("--config", help="Use this config file for every file.")] = None,  # noqa: UP045
    select: Annotated[Optional[list[str]], typer.Option("--select", help=_SELECT_HELP)] = None,  # noqa: UP045
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rules (comma-separated).")] = None,  # noqa: UP045
    fail_on: Annotated[
        str, typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning, info, never.")
    ] = "warning",
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with findings (as ruff's; same as --fail-on never).")
    ] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file.")] = None,  # noqa: UP045
    statistics: Annotated[bool, typer.Option("--statistics", help="Print counts per rule.")] = False,
    show_source: Annotated[
        bool, typer.Option("--show-source", help="Show the source line under each finding.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: number of cores).")
    ] = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="Cache folder (default: .darklint_cache at the project root).")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")] = False,
    shard: Annotated[
        str | None, typer.Option("--shard", help="Lint only share I of N of the units, e.g. 2/4.")
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option("--baseline", help="Report only findings not recorded in this baseline.")
    ] = None,
    write_baseline: Annotated[
        Path | None, typer.Option("--write-baseline", help="Record the current findings as a baseline.")
    ] = None,
    diff_from: Annotated[
        str | None,
        typer.Option("--diff-from", help="Report only findings on lines changed since this git revision."),
    ] = None,
) -> None:
    """Lint files and folders."""
    from lint.config import ConfigError
    from lint.report import FORMAT_NAMES, ReportContext, render
    from lint.runner import RunOptions, exit_code, run

    if fail_on not in FAIL_ON:
        _fail(f"--fail-on: {fail_on!r}: expected one of {', '.join(FAIL_ON)}")
    if exit_zero:
        fail_on = "never"
    if output_format == "auto":
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if output_format not in FORMAT_NAMES:
        _fail(f"--format: {output_format!r}: expected one of {', '.join(FORMAT_NAMES)}, auto")
    for path in paths or ():
        if not (path.exists() or path.is_symlink()):  # a mistyped CI path must not pass as "nothing found"
            _fail(f"{path}: no such file or directory")
    if write_baseline is not None and (shard or select or ignore):
        # The baseline would miss the other shards' or rules' findings, and the next full run would report them
        # all as new: a baseline records everything, once.
        flag = "--shard" if shard else "--select" if select else "--ignore"
        _fail(f"--write-baseline records every finding of the project; it cannot be combined with {flag} "
              "(run it once without)")
    shard_pair = _shard(shard) if shard else None
    options = RunOptions(
        config=config,
        select=_split(select),
        ignore=_split(ignore),
        cwd=Path.cwd(),
        jobs=jobs,
        cache_dir=cache_dir,
        no_cache=no_cache,
        shard=shard_pair,
        baseline=baseline,
        write_baseline=write_baseline,
        diff_from=diff_from,
    )
    _quiet_collector()
    try:
        result = run(paths or [Path(".")], options)
    except ConfigError as exc:
        _fail(str(exc))
        return
    for notice in result.notices:
        typer.echo(f"darklint: warning: {notice}", err=True)
    if write_baseline is not None:
        # Recording a baseline is adopting darklint, not a lint verdict: exit 0, unless a file could not be
        # linted (its findings are missing from the baseline).
        typer.echo(f"darklint: wrote baseline {write_baseline}", err=True)
        if result.internal_errors:
            typer.echo(f"darklint: error: {result.internal_errors} internal error(s): the baseline misses what those "
                       "files would report; run without --write-baseline to see them", err=True)
            raise typer.Exit(2)
        raise typer.Exit(0)
    cwd = options.cwd

    def source(path: str) -> str | None:
        # Decoded as it was linted (a GBK page, a UTF-16 layout), so code frames and line hashes show its text.
        from lint.source import SourceError, read_source

        try:
            return read_source(cwd / path).text
        except SourceError:
            return None

    def file_bytes(path: str) -> bytes | None:
        try:
            with open(cwd / path, "rb") as handle:
                return handle.read()
        except (OSError, ValueError):
            return None

    if statistics and output_format not in ("text", "json"):
        # A code-review format is one record per finding: counts have no place in it (ruff's rule too).
        typer.echo(f"darklint: warning: --statistics applies to the text and json formats, not {output_format}; "
                   "the findings are reported", err=True)
    color = (output is None or str(output) == "-") and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    ctx = ReportContext(
        tool_version=__version__,
        rules=result.rules,
        sources=source,
        file_bytes=file_bytes,
        show_source=show_source,
        color=color,
        statistics=statistics,
        files_checked=result.files_checked,
        baselined=result.baselined,
        baseline_gone=result.baseline_gone,
    )
    text = render(output_format, result.findings, ctx)
    if output is not None and str(output) != "-":  # `-o -`: standard output, as most linters read it
        try:  # a report folder CI has not made yet (`-o reports/darklint.sarif`) is made, as ruff does
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"--output: {output}: cannot write the report: {exc.strerror or exc}")
    else:
        sys.stdout.write(text)
    raise typer.Exit(exit_code(result, fail_on))


def _shard(text: str) -> tuple[int, int]:
    index, _, count = text.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        _fail(f"--shard: {text!r}: expected I/N with 1 <= I <= N, e.g. 1/4")
    return int(index), int(count)


def _known_rules(config: Path | None) -> dict[str, Rule]:
    """The shipped rules and the custom rules of the config `check .` would use here (or `--config`'s)."""
    from lint.config import ConfigError, find_config, load_config
    from lint.rules import shipped_rules

    path = config if config is not None else find_config(Path.cwd().resolve())
    if path is None:
        return shipped_rules()  # no config: no custom rules, and no need to read any
    if not path.is_file():
        _fail(f"--config: {path}: no such file")
    from lint.custom_rules import all_rules
    from lint.profile import build_profile
    from lint.runner import RunOptions

    try:
        loaded = load_config(path)
        # Compiled as `check` would (selectors, lexicons, settings): a rule `check` refuses is not listed as fine.
        build_profile(loaded, RunOptions(config=path))
        return all_rules(loaded)
    except ConfigError as exc:
        _fail(str(exc))


_CONFIG_HELP = "Read custom rules from this config (default: the .darklint.yaml that applies here)."


@app.command("rules")
def list_rules(
    config: Annotated[Optional[Path], typer.Option("--config", help=_CONFIG_HELP)] = None,  # noqa: UP045
) -> None:
    """List the rules (with the configured custom rules) with their default severity and summary."""
    rules = _known_rules(config)
    width = max(len(r) for r in rules)
    for rule_id, rule in rules.items():
        typer.echo(f"{rule_id:<{width}}  {rule.info.severity:<7}  {rule.info.summary}")


@app.command()
def explain(
    rule: Annotated[str, typer.Argument(help="A rule id, e.g. consent-prechecked.")],
    config: Annotated[Optional[Path], typer.Option("--config", help=_CONFIG_HELP)] = None,  # noqa: UP045
) -> None:
    """Print a rule's documentation: why it is a dark pattern, examples, options."""
    from lint.docs import render_text
    from lint.rules import shipped_rules

    # A shipped rule needs no config (custom rules cannot reuse its id): explained even beside a broken one.
    shipped = shipped_rules()
    rules = shipped if rule in shipped and config is None else _known_rules(config)
    if rule not in rules:
        import difflib

        close = difflib.get_close_matches(rule, list(rules), n=1)
        _fail(f"unknown rule {rule!r}" + (f"; did you mean {close[0]!r}?" if close else ""))
    typer.echo(render_text(rules[rule]))


@app.command("test")
def test_rules(
    folders: Annotated[Optional[list[Path]], typer.Argument(  # noqa: UP045
        help="Rule folders, one rule's cases (<folder>/<rule-id>) or one case (default: the config's custom-rules "
             "folders).")] = None,
    config: Annotated[Optional[Path], typer.Option("--config", help=_CONFIG_HELP)] = None,  # noqa: UP045
) -> None:
    """Run each rule's fixture projects (`<folder>/<rule-id>/<case>/`) and check the findings against the
    `expect: RULE` / `ok: RULE` markers in their files (docs/custom-rules.md)."""
    from lint.config import ConfigError, find_config, load_config
    from lint.rules import preset_path, rules_dir
    from lint.ruletest import named_cases, run_case, with_folders

    path = config if config is not None else find_config(Path.cwd().resolve())
    if path is not None and not path.is_file():
        _fail(f"--config: {path}: no such file")
    try:
        named = list(load_config(path).custom_rules) if path is not None else []
    except ConfigError as exc:
        _fail(str(exc))
    targets = list(dict.fromkeys(f.resolve() for f in folders)) if folders else named
    if not targets:
        _fail("no rule folders: name one, or list it under custom-rules in .darklint.yaml")
    picked = [named_cases(target) for target in targets]
    effective = path or preset_path("recommended")
    # A folder named here but not in the config is loaded for this run; darklint's own rules always are (loading
    # them again as custom rules would clash with their own ids).
    unlisted = list(dict.fromkeys(root for root, _ in picked if root not in named and root != rules_dir().resolve()))
    if unlisted:
        effective = with_folders(effective, unlisted)
    found = list(dict.fromkeys(case for _, found in picked for case in found))
    if not found:
        _fail(f"no fixture projects (<rule-id>/<case>/ beside <rule-id>.yaml) in {', '.join(map(str, targets))}")
    failed = 0
    for rule, project in found:
        try:
            report = run_case(rule, project, effective)
        except ConfigError as exc:
            _fail(str(exc))
        shown = f"{rule}/{project.name}"
        if report:
            failed += 1
            typer.echo(f"FAIL {shown}")
            for line in report:
                typer.echo(f"  {line}")
        else:
            typer.echo(f"ok   {shown}")
    typer.echo(f"{len(found)} fixture projects, {failed} failed.")
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """The `darklint` command: exit 2 on a crash of darklint itself, never the 1 that means findings (a CI job or a
    pre-commit hook would read a traceback as a lint failure of the code)."""
    try:
        app(prog_name="darklint")
    except Exception as exc:  # the last resort: anything not already a clean exit
        import traceback

        traceback.print_exc()
        typer.echo(f"darklint: internal error ({type(exc).__name__}); please report this", err=True)
        raise SystemExit(2) from None
