"""A long fuzzing session over every frontend: `python bench/fuzz.py [EXAMPLES]` (default 5000).

The same properties as tests/test_fuzz_frontends.py (which CI runs with a few examples), with
hypothesis randomised rather than derandomised, so every session explores new inputs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    examples = argv[1] if len(argv) > 1 else "5000"
    env = {**os.environ, "DARKLINT_FUZZ_EXAMPLES": examples}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz_frontends.py"]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
