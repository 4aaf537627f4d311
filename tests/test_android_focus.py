"""A run on a few layouts of a large module reads only the code that names their views (`Module.focus_on`).

Every Android fixture project and example with lifecycle code is linted as a whole, and then layout by layout
(each alone, so its code index is focused on its views and those of the layouts it includes): each layout's
findings must be the same both ways. The focus must also really skip code, or the comparison proves nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lint.discover import Unit, discover
from lint.finding import Finding
from lint.frontends.android import module
from lint.frontends.android.code import build_index
from lint.frontends.android.viewids import normal
from lint.profile import build_profile
from lint.runner import RunOptions, config_for, lint_unit

ROOT = Path(__file__).resolve().parent.parent
ANDROID = sorted({p.parents[2] for pattern in ("rules/*/android*/**/src/main/*", "examples/**/src/main/*")
                  for p in ROOT.glob(pattern) if p.name in ("java", "kotlin") and p.is_dir()})


def _key(f: Finding) -> tuple[Any, ...]:
    return (f.rule, f.path, f.line, f.column, f.message, f.fingerprint, f.evidence)


@pytest.mark.parametrize("project", ANDROID, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_layout_alone_has_the_findings_it_has_in_the_whole_run(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "_FOCUS_RATIO", 1)  # fixtures are small modules: focus on every lone layout
    options = RunOptions(cwd=project)
    units = [u for u in discover([project]).units if u.kind == "android"]
    assert units
    first = units[0].files[0]
    profile = build_profile(config_for(first, options), options)
    module._MODULES.clear()
    whole = sorted(_key(f) for u in units for f in lint_unit(u, profile, options.cwd))
    alone: list[tuple[Any, ...]] = []
    focused = 0
    for unit in units:
        for path in unit.files:
            module._MODULES.clear()  # a fresh context: the focused index is the only one
            alone += [_key(f) for f in lint_unit(Unit("android", unit.context, (path,)), profile, options.cwd)]
            focused += sum(m._focused is not None and m._code is None for m in module._MODULES.values())
    assert sorted(set(alone)) == sorted(set(whole))
    assert focused  # some layout asked its code, from a focused index


def test_the_focus_skips_code_that_names_none_of_the_views() -> None:
    app = ROOT / "rules" / "consent-prechecked" / "android-code"
    full = build_index(app, str)
    assert full.files_parsed >= 2
    focused = build_index(app, str, frozenset({normal("no_such_view")}))
    assert focused.files_parsed == 0 and not focused.writes
    some = next(iter(full.writes))
    narrowed = build_index(app, str, frozenset({some}))
    assert 0 < narrowed.files_parsed <= full.files_parsed
    assert narrowed.writes[some] == full.writes[some]


NS = 'xmlns:android="http://schemas.android.com/apk/res/android"'


def _module(root: Path) -> Path:
    """An app module's empty `res/` (layouts and values folders)."""
    res = root / "app" / "src" / "main" / "res"
    (res / "layout").mkdir(parents=True)
    (res / "values").mkdir()
    return res


def _lone_and_whole(root: Path, res: Path, layout: Path) -> tuple[list[Finding], list[Finding]]:
    """The layout linted alone (asserting its code index was focused), and the whole project's findings."""
    options = RunOptions(cwd=root)
    profile = build_profile(config_for(layout, options), options)
    module._MODULES.clear()
    alone = lint_unit(Unit("android", res, (layout,)), profile, root)
    context = next(iter(module._MODULES.values()))
    assert context._code is None and context._focused is not None
    module._MODULES.clear()
    return alone, [f for u in discover([root]).units for f in lint_unit(u, profile, root)]


def test_a_lone_layout_sees_code_writing_into_the_layouts_it_includes(tmp_path: Path) -> None:
    res = _module(tmp_path)
    (res / "layout" / "activity_signup.xml").write_text(
        f'<LinearLayout {NS} android:orientation="vertical" android:layout_width="match_parent"'
        ' android:layout_height="match_parent">\n'
        '    <EditText android:id="@+id/et_email" android:layout_width="match_parent"'
        ' android:layout_height="wrap_content" android:hint="Email"/>\n'
        '    <include layout="@layout/partial_consent"/>\n'
        '</LinearLayout>\n')
    (res / "layout" / "partial_consent.xml").write_text(
        f'<LinearLayout {NS} android:layout_width="match_parent" android:layout_height="wrap_content">\n'
        '    <CheckBox android:id="@+id/cb_marketing" android:layout_width="wrap_content"'
        ' android:layout_height="wrap_content" android:text="Send me marketing emails and special offers"/>\n'
        '</LinearLayout>\n')
    for name in ("item_order", "item_address", "fragment_home", "activity_settings"):
        (res / "layout" / f"{name}.xml").write_text(
            f'<FrameLayout {NS} android:layout_width="match_parent" android:layout_height="match_parent"/>\n')
    code = tmp_path / "app" / "src" / "main" / "java" / "com" / "example"
    code.mkdir(parents=True)
    (code / "SignupActivity.java").write_text(
        "package com.example;\n\nimport android.os.Bundle;\nimport android.widget.CheckBox;\n\n"
        "public class SignupActivity extends android.app.Activity {\n"
        "    @Override\n    protected void onCreate(Bundle state) {\n        super.onCreate(state);\n"
        "        setContentView(R.layout.activity_signup);\n"
        "        CheckBox marketing = findViewById(R.id.cb_marketing);\n"
        "        marketing.setChecked(true);\n    }\n}\n")
    (code / "OrdersAdapter.java").write_text(
        "package com.example;\n\npublic class OrdersAdapter {\n"
        "    void bind(android.view.View row) { row.findViewById(R.id.tv_total).setVisibility(8); }\n}\n")
    options = RunOptions(cwd=tmp_path)
    signup = res / "layout" / "activity_signup.xml"
    profile = build_profile(config_for(signup, options), options)
    module._MODULES.clear()
    lint_unit(Unit("android", res, (signup,)), profile, tmp_path)
    focused = next(iter(module._MODULES.values()))._focused
    assert focused is not None and focused[1].files_parsed == 1  # the adapter names none of its views
    alone, whole = _lone_and_whole(tmp_path, res, signup)
    assert [(f.rule, f.path, f.line) for f in alone] == [
        ("consent-prechecked", "app/src/main/res/layout/activity_signup.xml", 3)]
    assert sorted(_key(f) for f in alone) == sorted(_key(f) for f in whole if f.path == alone[0].path)


def test_a_lone_layout_reads_the_hooks_of_a_base_class_whose_name_another_class_shares(tmp_path: Path) -> None:
    # Two classes named BaseActivity (a legacy one without hooks, the one the screen extends, whose onCreate calls
    # initView()): the focused index must read both files, as the whole run does, or the write in initView() is lost.
    res = _module(tmp_path)
    (res / "values" / "strings.xml").write_text(
        '<resources><string name="agree_marketing">Send me offers and news by email</string></resources>\n')
    (res / "layout" / "activity_newsletter.xml").write_text(
        f'<LinearLayout {NS} android:layout_width="match_parent" android:layout_height="match_parent">\n'
        '    <CheckBox android:id="@+id/cb_offers" android:layout_width="wrap_content"'
        ' android:layout_height="wrap_content" android:text="@string/agree_marketing"/>\n'
        '</LinearLayout>\n')
    for i in range(4):
        (res / "layout" / f"item_row_{i}.xml").write_text(
            f'<FrameLayout {NS} android:layout_width="match_parent" android:layout_height="wrap_content"/>\n')
    java = tmp_path / "app" / "src" / "main" / "java" / "com" / "acme"
    (java / "compat").mkdir(parents=True)  # listed before ui/base: the first definition of the name
    (java / "ui" / "base").mkdir(parents=True)
    (java / "compat" / "BaseActivity.java").write_text(
        "package com.acme.compat;\n\npublic class BaseActivity extends android.app.Activity {\n"
        "    protected void log(String msg) {}\n}\n")
    (java / "ui" / "base" / "BaseActivity.java").write_text(
        "package com.acme.ui.base;\n\nimport android.os.Bundle;\n\n"
        "public abstract class BaseActivity extends androidx.appcompat.app.AppCompatActivity {\n"
        "    @Override\n    protected void onCreate(Bundle state) {\n        super.onCreate(state);\n"
        "        setContentView(getLayoutId());\n        initView();\n    }\n\n"
        "    protected abstract int getLayoutId();\n\n    protected abstract void initView();\n}\n")
    (java / "NewsletterActivity.java").write_text(
        "package com.acme;\n\nimport android.widget.CheckBox;\nimport com.acme.ui.base.BaseActivity;\n\n"
        "public class NewsletterActivity extends BaseActivity {\n"
        "    @Override\n    protected int getLayoutId() { return R.layout.activity_newsletter; }\n\n"
        "    @Override\n    protected void initView() {\n"
        "        CheckBox offers = findViewById(R.id.cb_offers);\n        offers.setChecked(true);\n    }\n}\n")
    alone, whole = _lone_and_whole(tmp_path, res, res / "layout" / "activity_newsletter.xml")
    assert [(f.rule, f.line) for f in alone] == [("consent-prechecked", 2)]
    assert sorted(_key(f) for f in alone) == sorted(_key(f) for f in whole)
