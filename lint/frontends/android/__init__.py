"""Android: XML layouts resolved against their module's `res/values*` tables."""

import functools
import os
from pathlib import Path


def unshipped(source_set: str) -> bool:
    """A source set no user installs: the debug build type's (`debug`, `huaweiDebug`) and tests'. Here, not in
    gradle.py: discovery asks it per folder and must not pay for the build-script reader's start-up."""
    return source_set in ("debug", "test", "androidTest", "testFixtures", "sharedTest") or \
        source_set.endswith(("Debug", "Test"))


def unshipped_folder(folder: str) -> bool:
    """`unshipped` for a source set's folder (`app/src/qa`), and one of a build type the module's script makes
    debuggable (`qa { initWith debug }`, `src/huaweiQa`): that script is read only for a set neither main nor
    named like debug's or tests' (rare), once per module and name."""
    name = os.path.basename(folder)
    if unshipped(name):
        return True
    if name == "main":
        return False
    sets = os.path.dirname(folder)
    return os.path.basename(sets) == "src" and _debuggable_set(os.path.dirname(sets), name)


@functools.cache
def _debuggable_set(module: str, name: str) -> bool:
    from lint.frontends.android import buildtypes

    return buildtypes.debuggable_set(Path(module), name)
