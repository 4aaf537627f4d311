"""The `darklint` hook through `pre-commit try-repo`, in a fresh app repository.

try-repo builds a virtualenv from the hook repository and pip-installs darklint into it (from
PyPI: it needs registry access). On a clean checkout it installs the committed HEAD. A dirty
tree would be installed from a shadow commit of staged and modified *tracked* files only —
untracked new modules are left out, which in a tree mid-edit installs a mix that never existed —
so a dirty checkout is first snapshotted, untracked files included, into a temporary repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GIT = ("git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com", "-c", "commit.gpgsign=false")

STRINGS = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="agree_privacy">我已阅读并同意《隐私政策》和《用户协议》</string>
</resources>
"""


def layout(checked: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content"
    android:orientation="vertical">

    <CheckBox
        android:id="@+id/cb_agree"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:checked="{checked}"
        android:text="@string/agree_privacy" />
</LinearLayout>
"""


def git(cwd: Path, *args: str) -> str:
    return subprocess.run([*GIT, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def hook_repo(tmp_path: Path) -> Path:
    """The checkout itself when clean, else a one-commit snapshot of its working tree."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing for try-repo to clone")
    if not git(ROOT, "status", "--porcelain", "--untracked-files=all"):
        return ROOT
    snapshot = tmp_path / "darklint-snapshot"
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(snapshot, "init", "-q", "-b", "main")
    git(snapshot, "add", "-A")
    git(snapshot, "commit", "-q", "-m", "snapshot of the working tree")
    return snapshot


def app_repo(tmp_path: Path, checked: str) -> tuple[Path, str]:
    app = tmp_path / f"app-{checked}"
    res = app / "app" / "src" / "main" / "res"
    (res / "values").mkdir(parents=True)
    (res / "layout").mkdir()
    (res / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    name = "app/src/main/res/layout/activity_register.xml"
    (app / name).write_text(layout(checked), encoding="utf-8")
    git(app, "init", "-q", "-b", "main")
    git(app, "add", ".")
    git(app, "commit", "-q", "-m", "register screen")
    return app, name


def try_repo(repo: Path, app: Path, layout_path: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PRE_COMMIT_HOME")}
    env.update({"NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"})
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repo), "darklint", "--files", layout_path,
         "--verbose", "--color", "never"],
        cwd=app, env=env, capture_output=True, text=True, timeout=900, check=False,
    )


def test_manifest_selects_every_supported_extension() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"], hook["types"]) == ("darklint", "darklint check", "python",
                                                                              ["text"])
    assert hook["require_serial"] is True
    files = re.compile(hook["files"])
    for suffix in ("xml", "wxml", "wxss", "axml", "acss", "swan", "ttml", "ttss", "qml", "qss", "ksml",
                   "jxml", "jxss",
                   "js", "ts", "json", "vue", "nvue", "jsx", "tsx", "css", "scss", "less", "kt", "java"):
        assert files.search(f"src/pages/login/index.{suffix}"), suffix
    for script in ("build.gradle", "app/build.gradle.kts"):  # a module's builds decide its layouts' values
        assert files.search(script), script
    for other in ("README.md", "settings.gradle", "mybuild.gradle", "index.xml.bak", "logo.png", "gradle.properties"):
        assert not files.search(other), other


@pytest.mark.slow
def test_try_repo_fails_on_a_prechecked_consent_box_and_passes_a_clean_one(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = hook_repo(tmp_path)
    app, name = app_repo(tmp_path, "true")
    failed = try_repo(repo, app, name)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "consent-prechecked" in output and "activity_register.xml" in output
    clean_app, clean_name = app_repo(tmp_path, "false")
    passed = try_repo(repo, clean_app, clean_name)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
