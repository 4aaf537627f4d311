"""Android: XML layouts resolved against their module's `res/values*` tables."""


def unshipped(source_set: str) -> bool:
    """A source set no user installs: the debug build type's (`debug`, `huaweiDebug`) and tests'. Here, not in
    gradle.py: discovery asks it per folder and must not pay for the build-script reader's start-up."""
    return source_set in ("debug", "test", "androidTest", "testFixtures", "sharedTest") or \
        source_set.endswith(("Debug", "Test"))
