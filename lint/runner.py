"""One lint run: config, discovery, frontends, engine and filters, as a library call.

The CLI only parses flags and prints; everything here returns values, so the same run can be
driven from tests, from worker processes and from other tools.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lint.config import Config, ConfigError, default_config, find_config_in, load_config
from lint.discover import Unit, discover, printable
from lint.engine import evaluate, fingerprint, format_message
from lint.finding import SEVERITY_RANK, Finding, RuleInfo
from lint.model import Document, release_document
from lint.profile import Profile, build_profile, with_severity
from lint.reach import Reach
from lint.realpaths import real_folder
from lint.source import TOO_LARGE, size_limit


@dataclass(frozen=True, slots=True)
class RunOptions:
    config: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    cwd: Path = field(default_factory=Path.cwd)
    #: Worker processes over units (None: the number of cores).
    jobs: int | None = None
    cache_dir: Path | None = None
    no_cache: bool = False
    #: (index, count), 1-based: lint only this deterministic share of the units.
    shard: tuple[int, int] | None = None
    baseline: Path | None = None
    write_baseline: Path | None = None
    diff_from: str | None = None


@dataclass(slots=True)
class RunResult:
    findings: list[Finding]
    files_checked: int
    rules: dict[str, RuleInfo]
    notices: list[str]
    internal_errors: int = 0
    baselined: int = 0
    baseline_gone: int = 0
    #: The linted files as shown (set when a baseline is applied: its entries for other files are not gone).
    linted: frozenset[str] | None = None


def display_path(path: Path, cwd: Path) -> str:
    if not path.is_absolute():
        shown = path.as_posix()
    elif os.name == "posix":
        shown = _shown_posix(os.fspath(path), os.fspath(cwd))
    else:
        try:
            shown = path.resolve().relative_to(cwd.resolve()).as_posix()
        except ValueError:
            shown = path.resolve().as_posix()
    # Reports must be valid UTF-8: undecodable bytes in a name are shown as escapes.
    return shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _shown_posix(path: str, cwd: str) -> str:
    """`path.resolve()` relative to the resolved `cwd`, else absolute, as `Path` would give it.

    Every file is shown several times (each finding, each document) and resolving walks every folder
    of the path with a syscall each: for a tree linted by absolute path that was a fifth of the run.
    So folders are resolved once per process and a file costs one `lstat` (a symlinked file is
    resolved whole, as before).
    """
    folder, name = os.path.split(path)
    if name in ("", ".", "..") or os.path.islink(path):
        real = os.path.realpath(path)
    else:
        real = os.path.join(real_folder(folder), name)
    base = real_folder(cwd)
    if real == base:
        return "."
    prefix = base if base.endswith("/") else base + "/"
    return real[len(prefix):] if real.startswith(prefix) else real


def lint_unit(unit: Unit, profile: Profile, cwd: Path) -> list[Finding]:
    """All findings of one unit; an unexpected error becomes an `internal-error` finding."""
    memo: dict[Path, str] = {}

    def shown(path: Path) -> str:
        # Remembered for the unit: a page shows its template, script and app styles several times each,
        # and every `display_path` costs an `lstat`.
        found = memo.get(path)
        if found is None:
            found = memo[path] = display_path(path, cwd)
        return found

    from lint.source import DIRECTIVES

    try:
        if unit.kind == "vue" and len(profile.config.uniapp_platforms) > 1:
            findings = _platform_builds(unit, shown, profile)
        else:
            with size_limit(profile.config.max_file_size):
                documents = _documents(unit, shown, profile.config, profile.reach)
            findings = _skipped(documents, profile) + evaluate(documents, profile.rules)
            _release(documents)
    except Exception as exc:
        if len(unit.files) > 1:  # one file at a time: only the file that fails is lost
            return [f for path in unit.files for f in lint_unit(Unit(unit.kind, unit.context, (path,)), profile, cwd)]
        path = shown(unit.files[0])
        detail = " ".join(str(exc).split())[:160]
        message = f"internal error while linting ({type(exc).__name__}: {detail}); please report this"
        return [Finding("internal-error", "error", message, path, 1, 1, 1, 1,
                        fingerprint("internal-error", path, type(exc).__name__, 0))]
    if DIRECTIVES:
        from lint.filters.suppress import directive_marks

        # The unit's files and their siblings of the same name (a page's script, sheet and JSON), wherever in this
        # process they were read (an included layout is parsed once, by whichever unit needed it first).
        own = {(path.parent, path.stem) for path in unit.files}
        findings += directive_marks(sorted(shown(seen) for seen in map(Path, DIRECTIVES)
                                           if (seen.parent, seen.stem) in own))
    return _filter(findings, profile, cwd)


def _platform_builds(unit: Unit, shown: Callable[[Path], str], profile: Profile) -> list[Finding]:
    """A uni-app page linted as each build `uniapp-platforms` names (`#ifdef`: lint/frontends/vue/ifdef.py).

    An element is reported once, as the first build that reports it says; the evidence names the builds when
    that is not the first configured one, and what another build says when it differs (`is 9px in the APP-PLUS
    build`)."""
    from lint.finding import Evidence
    from lint.frontends.vue import page as vue_page
    from lint.frontends.vue.ifdef import building

    platforms = profile.config.uniapp_platforms
    found: dict[tuple[object, ...], tuple[Finding, list[str], list[Evidence]]] = {}
    for platform in platforms:
        with size_limit(profile.config.max_file_size), building(platform):
            documents = vue_page.build(unit.context, shown)
        at: dict[tuple[object, ...], int] = {}
        for finding in _skipped(documents, profile) + evaluate(documents, profile.rules):
            # The element, by place: its label (and so its fingerprint) may differ between builds. Findings a
            # build makes at one place (elements grafted in at one include) are told apart by their order.
            place = (finding.rule, finding.path, finding.line, finding.column)
            at[place] = at.get(place, -1) + 1
            key = (*place, at[place])
            known = found.get(key)
            if known is None:
                found[key] = (finding, [platform], [])
                continue
            known[1].append(platform)
            if finding.message != known[0].message:
                known[2].append(Evidence(finding.path, finding.line, f"in the {platform} build: {finding.message}"))
        _release(documents)
    merged = []
    for finding, builds, differing in found.values():
        notes = differing
        if builds[0] != platforms[0]:
            named = f"in the {', '.join(builds)} build{'s' if len(builds) > 1 else ''} (uniapp-platforms)"
            notes = [Evidence(finding.path, finding.line, named), *differing]
        merged.append(replace(finding, evidence=(*finding.evidence, *notes)) if notes else finding)
    return merged


def _release(documents: list[Document]) -> None:
    """Frees each tree once its findings are made (see `release_tree`): every node would otherwise live on
    until the cyclic collector's oldest generation runs, and those full collections were about a tenth of
    an Android run's time."""
    for doc in documents:
        release_document(doc)


def _skipped(documents: list[Document], profile: Profile) -> list[Finding]:
    """Files above `max-file-size` become `file-skipped` findings instead of parse errors."""
    active = next((r for r in profile.rules if r.id == "file-skipped"), None)
    found: list[Finding] = []
    for doc in documents:
        skips = [e for e in doc.errors if e[2].startswith(TOO_LARGE)]
        if not skips:
            continue
        doc.errors = [e for e in doc.errors if not e[2].startswith(TOO_LARGE)]
        if active is not None:
            message = format_message(active, None, {"error": skips[0][2]})
            found.append(Finding(active.id, active.severity, message, doc.path, 1, 1, 1, 1,
                                 fingerprint(active.id, doc.path, "size", 0), identity="size"))
    return found


def _documents(unit: Unit, shown: Callable[[Path], str], config: Config | None = None,
               reach: Reach | None = None) -> list[Document]:
    if unit.kind == "android":
        from lint.frontends.android import layout, module, preferences

        context = module.module_for(unit.context, shown, reach)  # its res/, its dependencies' res/, theme, code
        context.focus_on(unit.files)
        replaced = context.replaced()
        docs = [Document(shown(path)) if replaced is not None and replaced(path) else  # no installed build shows it
                (preferences.build if preferences.is_preference_folder(path.parent.name) else layout.build)(
                    path, shown(path), context) for path in unit.files]
        context.release_trees()  # stream: a unit's trees are not needed by the next unit
        docs += [Document(p, errors=[(line, col, msg)]) for p, line, col, msg in context.res.errors]
        if context.reports_code(unit.files):  # the module's code's one-tap login rows: by one unit of the module
            from lint.frontends.android import onekey

            docs += onekey.documents(context.onekey(), shown)
        return docs
    if unit.kind == "vue":
        from lint.frontends.vue import page as vue_page
        from lint.frontends.vue.ifdef import DEFAULT_PLATFORM, building

        with building(config.uniapp_platforms[0] if config is not None else DEFAULT_PLATFORM):
            return vue_page.build(unit.context, shown)
    if unit.kind == "taro":
        from lint.frontends.taro import page as taro_page

        return taro_page.build(unit.context, shown)
    from lint.frontends.mini import page

    return page.build(unit.context, shown, config.libraries if config is not None else None)


def _filter(findings: list[Finding], profile: Profile, cwd: Path) -> list[Finding]:
    if not findings or not profile.ignores:
        return findings
    kept = []
    for finding in findings:
        rel = _config_relative(finding.path, profile.config, cwd)
        if not any(rule in (finding.rule, "all") and spec.match_file(rel) for rule, spec in profile.ignores):
            kept.append(finding)
    return kept


def _config_relative(path: str, config: Config, cwd: Path) -> str:
    try:
        return (cwd / path).resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return path


def _excluded(path: Path, config: Config) -> bool:
    if not config.exclude:
        return False

    spec = _exclude_spec(config.exclude)
    try:
        rel = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return False
    return bool(spec.match_file(rel))


@functools.cache
def _exclude_spec(globs: tuple[str, ...]) -> Any:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(globs)


def config_for(path: Path, options: RunOptions) -> Config:
    if options.config is not None:
        return _explicit_config(options.config, options.cwd)
    return _config_in(path.parent, options.cwd)


@functools.cache
def _explicit_config(path: Path, cwd: Path) -> Config:
    """A config named with `--config` applies to every file linted: its globs (`exclude`, `per-file-ignores`, a
    rule's `ignore`) are relative to the working directory, as ruff reads them, wherever the file lives (a shared
    `ci/darklint.yaml`); its `custom-rules` stay relative to the file."""
    return replace(load_config(path), root=cwd.resolve())


@functools.cache
def _config_in(directory: Path, cwd: Path) -> Config:
    """Per folder, not per file: resolving each unit's path again cost a warm run a fifth of its time."""
    # abspath, not resolve(): the config applies along the path as the user wrote it, and resolving
    # symlinks per page folder was most of this lookup's cost.
    found = find_config_in(os.path.abspath(directory))
    return load_config(Path(found)) if found is not None else default_config(_resolved(cwd))


@functools.lru_cache(maxsize=64)
def _resolved(path: Path) -> Path:
    return path.resolve()


@dataclass(frozen=True, slots=True)
class Work:
    """A unit ready to lint: its files after excludes, and its compiled profile."""

    unit: Unit
    profile: Profile


def plan(paths: Sequence[Path], options: RunOptions) -> tuple[list[Work], dict[str, RuleInfo], list[str]]:
    """Discovery and configuration: which units to lint, each with its profile."""
    if options.config is not None and not options.config.is_file():
        raise ConfigError(options.config, "--config", str(options.config), "no such file")
    found = discover(paths)
    profiles: dict[int, Profile] = {}
    rules: dict[str, RuleInfo] = {}
    work: list[Work] = []
    for unit in found.units:
        config = config_for(unit.files[0], options)
        profile = profiles.get(id(config))
        if profile is None:
            profile = profiles[id(config)] = build_profile(config, options)
            rules.update({r.id: with_severity(r) for r in profile.rules})
        if not config.exclude:
            work.append(Work(unit, profile))
            continue
        kept = tuple(f for f in unit.files if not _excluded(f, config))
        if kept:
            work.append(Work(Unit(unit.kind, unit.context, kept), profile))
    if not profiles:
        profile = build_profile(config_for(options.cwd / "x", options), options)
        rules.update({r.id: with_severity(r) for r in profile.rules})
    if profiles and not options.select and not any(not a.rule.builtin for p in profiles.values() for a in p.rules):
        found.notices.append("no rules are enabled (the configuration turns every rule off, or --ignore does): "
                             "nothing but unreadable files is reported")
    for given in found.empty:  # ruff's "No Python files found": a typo'd or emptied path must not pass in silence
        shown = printable(given)
        found.notices.append(f"No files to lint found in {shown}" + ("/" if given.is_dir() and shown != "." and
                                                                       not shown.endswith("/") else ""))
    if not found.units and found.skipped:
        names = ", ".join(f"{name}/" for name in sorted(found.skipped))
        found.notices.append(f"nothing to lint: skipped {names} (build output and dependencies); "
                             "name such a folder to lint it")
    return work, rules, found.notices


def run(paths: Sequence[Path], options: RunOptions) -> RunResult:
    from lint.execute import lint_all, select_shard
    from lint.filters import apply_filters

    work, rules, notices = plan(paths, options)
    work = select_shard(work, options, paths)
    findings = lint_all(work, options, paths)
    unique = sorted(set(findings), key=Finding.sort_key)
    internal = sum(f.rule == "internal-error" for f in unique)
    files = sum(len(w.unit.files) for w in work)
    result = RunResult(unique, files, rules, notices, internal)
    if options.baseline is not None:
        result.linted = frozenset(display_path(path, options.cwd) for item in work for path in item.unit.files)
    return apply_filters(result, options)


def exit_code(result: RunResult, fail_on: str) -> int:
    if result.internal_errors:
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK.get(f.severity, 2) >= threshold for f in result.findings) else 0
