"""A linted unit leaves no cyclic garbage: its trees are freed by reference counting (`runner._release`,
`Document.release`), which is what lets the CLI run the cyclic collector rarely (`cli._quiet_collector`)."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from lint.discover import discover
from lint.model import Node
from lint.profile import build_profile
from lint.runner import RunOptions, config_for, lint_unit

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())


@contextmanager
def _saved_garbage() -> Iterator[list[object]]:
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    found: list[object] = []
    try:
        yield found
        gc.collect()
        found.extend(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_linting_a_unit_leaves_no_cyclic_garbage(example: Path) -> None:
    options = RunOptions(cwd=example, no_cache=True)
    units = discover([example]).units
    assert units
    profile = build_profile(config_for(units[0].files[0], options), options)
    for unit in units:  # once first: per-process caches (parsed app styles, libraries) are not garbage
        lint_unit(unit, profile, example)
    with _saved_garbage() as garbage:
        findings = [f for unit in units for f in lint_unit(unit, profile, example)]
    nodes = sum(isinstance(o, Node) for o in garbage)
    kinds = Counter(type(o).__name__ for o in garbage).most_common(8)
    assert nodes == 0, f"{nodes} nodes freed only by the cyclic collector; garbage: {kinds}"
    assert findings or example.name == "android-multimodule"  # the run above really linted something


def test_an_evicted_android_module_leaves_no_cyclic_garbage(monkeypatch: pytest.MonkeyPatch) -> None:
    """Module contexts are cached per process (a few at a time); one pushed out must be freed at once, with
    the standalone builds of its included layouts, even though its tables rebuild through closures over it."""
    from lint.frontends.android import module

    example = ROOT / "examples" / "android-multimodule"
    monkeypatch.setattr(module, "_MAX_MODULES", 1)  # every new module evicts the previous one
    monkeypatch.setattr(module, "_MODULES", {})
    options = RunOptions(cwd=example, no_cache=True)
    units = discover([example]).units
    assert len({unit.context for unit in units}) >= 2
    profile = build_profile(config_for(units[0].files[0], options), options)
    with _saved_garbage() as garbage:
        for unit in units + units:
            lint_unit(unit, profile, example)
    kinds = Counter(type(o).__name__ for o in garbage)
    assert kinds["Module"] == 0 and kinds["Node"] == 0 and kinds["Grafted"] == 0, kinds.most_common(8)
