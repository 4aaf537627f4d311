"""The README's Quickstart is what CI runs: exactly two shell blocks, the second one being `.ci/run`."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _quickstart_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(?:sh|bash|shell)\n(.*?)```", section, re.S)


def test_quickstart_has_two_shell_blocks_install_run_and_test() -> None:
    blocks = _quickstart_blocks()
    assert len(blocks) == 2
    assert "pip install ." in blocks[0] and "darklint check examples" in blocks[0]
    assert "[test]" in blocks[1] and "pytest" in blocks[1]


def test_ci_runs_the_second_block() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in _quickstart_blocks()[1].strip().splitlines():
        assert command.strip() in ci, f"{command!r} is in the Quickstart but not in .ci/run"
