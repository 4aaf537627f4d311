"""Building only what the active rules can reach (lint/reach.py) never changes a finding.

Every fixture project and example is linted twice, with the profile's reach and with none (every element
built), and the findings must be identical; so must a user's rule that selects a kind the shipped rules do
not. The gate must also really skip elements, or the two runs would prove nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.discover import discover
from lint.finding import Finding
from lint.frontends.android import layout, module
from lint.model import Fact
from lint.profile import Profile, build_profile
from lint.reach import reach_of
from lint.runner import RunOptions, config_for, lint_unit

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
PROJECTS = sorted(p for p in RULES.glob("*/*") if p.is_dir() and (RULES / f"{p.parent.name}.yaml").is_file())
PROJECTS += sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())


def _profile(project: Path, options: RunOptions) -> Profile:
    first = next(p for p in sorted(project.rglob("*")) if p.is_file())
    return build_profile(config_for(first, options), options)


def _findings(project: Path, profile: Profile, options: RunOptions) -> list[tuple[Any, ...]]:
    found: list[Finding] = []
    for unit in discover([project]).units:
        found += lint_unit(unit, profile, options.cwd)
    return sorted((f.rule, f.path, f.line, f.column, f.message, f.fingerprint, f.evidence) for f in found)


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_findings_are_the_same_with_and_without_reach(project: Path) -> None:
    options = RunOptions(cwd=project)
    profile = _profile(project, options)
    assert profile.reach is not None  # the shipped rules all name their kinds
    gated = _findings(project, profile, options)
    full = _findings(project, replace(profile, reach=None), options)
    assert gated == full


def test_shipped_rules_reach_toggles_and_legal_texts() -> None:
    options = RunOptions(cwd=ROOT)
    reach = _profile(ROOT / "examples" / "android-app", options).reach
    assert reach is not None
    assert reach.kinds == frozenset()  # consent-prechecked: a toggle whose checked state can be true
    assert len(reach.checks) == 1
    assert reach.checked_matters(Fact(True))
    assert not reach.checked_matters(Fact(False))
    assert not reach.checked_matters(Fact(None))  # unknown never matches `checked: true`
    assert len(reach.texts) == 2  # legal-text-small and terms-link-hidden: only texts their lexicons match
    assert reach.text_matters(Fact("I have read and agree to the Privacy Policy"))
    assert reach.text_matters(Fact("Sign in", alts=("登录即表示同意《用户协议》",)))  # another locale's text
    assert not reach.text_matters(Fact("Order history"))
    assert not reach.text_matters(None)
    assert reach.controls_beside_texts  # terms-link-hidden asks whether a consent control is hidden with a text


def _user_rules(tmp_path: Path, select: str) -> Path:
    rules = tmp_path / "my-rules"
    rules.mkdir()
    (rules / "custom.yaml").write_text(
        "id: custom-hidden\ncategory: custom\nseverity: warning\nsummary: custom rule\n"
        "description: a team's own rule that reports hidden elements\nmessage: '{text} {tag}'\n" + select)
    (tmp_path / ".darklint.yaml").write_text("custom-rules: [my-rules]\nrules:\n  custom-hidden: {}\n")
    return tmp_path


@pytest.mark.parametrize("select", [
    "select:\n  kind: container\n  visible: false\n",  # a kind no shipped rule selects, no text test
    "select:\n  kind: [button]\n  text:\n    is: known\n",  # a text test that text-less nodes fail
    "select:\n  kind: toggle\n  checked: false\n",  # unchecked toggles: the ones consent-prechecked skips
    "select:\n  kind: [toggle, container]\n  checked:\n    is: unknown\n",  # gates nothing
    "select:\n  visible: false\n",  # no kind: every node is reachable, nothing is skipped
])
def test_a_users_rule_sees_the_same_nodes(tmp_path: Path, select: str) -> None:
    project = tmp_path / "app"
    shutil.copytree(ROOT / "examples" / "android-app", project)
    _user_rules(project, select)
    options = RunOptions(cwd=project)
    profile = _profile(project, options)
    custom = [f for f in _findings(project, profile, options) if f[0] == "custom-hidden"]
    assert custom == [f for f in _findings(project, replace(profile, reach=None), options) if f[0] == "custom-hidden"]
    assert custom  # the example has hidden containers and buttons with text: the rule reports them
    if "kind" not in select:
        assert profile.reach is None


def _count(doc: Any) -> int:
    return sum(1 for root in doc.roots for _ in root.walk())


def test_elements_no_rule_can_reach_are_not_built() -> None:
    app = ROOT / "examples" / "android-app"
    options = RunOptions(cwd=app)
    profile = _profile(app, options)
    res = next(p for p in app.rglob("res") if p.is_dir())
    built: dict[bool, int] = {}
    for gated in (True, False):
        context = module.module_for(res, lambda p: p.as_posix(), profile.reach if gated else None)
        built[gated] = sum(_count(layout.build(p, p.as_posix(), context)) for p in sorted(res.glob("layout*/*.xml")))
    assert 0 < built[True] < built[False]


def test_reach_of_no_rules_skips_everything_but_structure() -> None:
    reach = reach_of([])
    assert reach is not None and reach.kinds == frozenset() and reach.texts == () and reach.checks == ()


# Differential fuzzing: random well-formed layouts (rows of toggles, texts, icons and dividers, nested
# containers, includes of merges and rows, labelFor, constraints) must give the same findings either way.

_NS = ('xmlns:android="http://schemas.android.com/apk/res/android" '
       'xmlns:app="http://schemas.android.com/apk/res-auto" xmlns:tools="http://schemas.android.com/tools"')
_STRINGS = {
    "agree": "I have read and agree to the Privacy Policy",
    "offers": "Send me news and special offers",
    "share": "Share my usage data with partners",
    "terms": "Terms of Service",
    "renew": "Auto-renew my subscription",
    "title": "Notifications",
    "hint": "About once a month",
    "dark": "Dark mode",
}
_INCLUDED = {
    "merge_switch": f'<merge {_NS}><Switch android:id="@+id/sw_m" android:checked="true" /></merge>',
    "merge_text": f'<merge {_NS}><TextView android:id="@+id/tv_m" android:text="@string/offers" /></merge>',
    "row_text": f'<TextView {_NS} android:id="@+id/tv_r" android:text="@string/share" />',
    "plain_switch": f'<Switch {_NS} android:text="@string/offers" />',  # an include's id may make code check it
    "column": (f'<LinearLayout {_NS} android:orientation="vertical"><TextView android:text="@string/agree" '
               'android:textSize="9sp" /><TextView android:text="@string/hint" /></LinearLayout>'),
}
_FUZZ = settings(max_examples=int(os.environ.get("DARKLINT_FUZZ_EXAMPLES", "40")), deadline=None,
                 derandomize="DARKLINT_FUZZ_EXAMPLES" not in os.environ,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


#: A toggle's checked state as written: literal, resource, binding, Material's, a style's (own or a parent's),
#: or nothing (unchecked unless code or its RadioGroup checks it).
_CHECKED = ["", ' android:checked="true"', ' android:checked="false"', ' android:checked="@bool/on"',
            ' android:checked="@bool/off"', ' android:checked="@{vm.agreed}"', ' app:checkedState="checked"',
            ' style="@style/Checked"', ' style="@style/Checked.Child"', ' style="@style/Plain"']
_VALUES = ('<resources><bool name="on">true</bool><bool name="off">false</bool>'
           '<style name="Checked"><item name="android:checked">true</item></style>'
           '<style name="Checked.Child" /><style name="Plain"><item name="android:textSize">9sp</item></style>'
           '</resources>')
#: Lifecycle code of the first screen: it checks the view with id `c`, unchecks `a` and gives `b` a legal text.
_CODE = ("package com.example\n\nclass ScreenActivity : AppCompatActivity() {\n"
         "    override fun onCreate(savedInstanceState: Bundle?) {\n"
         "        super.onCreate(savedInstanceState)\n"
         "        setContentView(R.layout.screen_0)\n"
         "        findViewById<CheckBox>(R.id.c).setChecked(true)\n"
         "        findViewById<CheckBox>(R.id.a).setChecked(false)\n"
         "        findViewById<TextView>(R.id.b).text = getString(R.string.terms)\n    }\n}\n")


@st.composite
def _leaf(draw: st.DrawFn) -> str:
    ident = draw(st.sampled_from(["", ' android:id="@+id/a"', ' android:id="@+id/b"', ' android:id="@+id/c"']))
    extra = draw(st.sampled_from(["", ' android:visibility="gone"', ' android:textSize="9sp"', ' tools:ignore="all"',
                                  ' android:clickable="true"', ' android:labelFor="@+id/a"',
                                  ' app:layout_constraintStart_toEndOf="@id/a"', ' android:enabled="false"']))
    text = draw(st.sampled_from(["", *(f' android:text="@string/{k}"' for k in _STRINGS)]))
    kind = draw(st.sampled_from(["CheckBox", "Switch", "TextView", "TextView", "ImageView", "Button", "View",
                                 "include", "ViewStub"]))
    if kind == "include":
        return f'<include layout="@layout/{draw(st.sampled_from(sorted(_INCLUDED)))}"{ident}{extra} />'
    if kind == "ViewStub":
        return f'<ViewStub android:layout="@layout/{draw(st.sampled_from(sorted(_INCLUDED)))}"{ident} />'
    if kind == "ImageView":
        src = draw(st.sampled_from(["@drawable/divider", "@drawable/ic_check_selected", "@drawable/ic_agree_normal"]))
        return f'<ImageView android:src="{src}"{ident}{extra} />'
    checked = draw(st.sampled_from(_CHECKED)) if kind in ("CheckBox", "Switch") else ""
    return f"<{kind}{ident}{text}{checked}{extra} />"


def _tree(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _leaf()
    container = st.sampled_from(['LinearLayout android:orientation="horizontal"',
                                 'LinearLayout android:orientation="vertical"', "FrameLayout",
                                 "androidx.constraintlayout.widget.ConstraintLayout", "TableRow", "RadioGroup",
                                 'RadioGroup android:checkedButton="@+id/b"'])
    children = st.lists(st.one_of(_leaf(), _tree(depth - 1)), min_size=1, max_size=4)
    return st.builds(lambda c, kids: f"<{c}>{''.join(kids)}</{c.split()[0]}>", container, children)


@given(st.lists(_tree(3), min_size=1, max_size=3))
@_FUZZ
def test_random_layouts_give_the_same_findings_with_and_without_reach(layouts: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="darklint-reach-") as folder:
        root = Path(folder)
        res = root / "src" / "main" / "res"
        (res / "layout").mkdir(parents=True)
        (res / "values").mkdir()
        strings = "".join(f'<string name="{k}">{v}</string>' for k, v in _STRINGS.items())
        (res / "values" / "strings.xml").write_text(f"<resources>{strings}</resources>", encoding="utf-8")
        (res / "values" / "styles.xml").write_text(_VALUES, encoding="utf-8")
        code = root / "src" / "main" / "kotlin" / "com" / "example"
        code.mkdir(parents=True)
        (code / "ScreenActivity.kt").write_text(_CODE, encoding="utf-8")
        for name, body in _INCLUDED.items():
            (res / "layout" / f"{name}.xml").write_text(body, encoding="utf-8")
        for i, body in enumerate(layouts):
            top = f'<LinearLayout {_NS} android:orientation="vertical">{body}</LinearLayout>'
            (res / "layout" / f"screen_{i}.xml").write_text(top, encoding="utf-8")
        options = RunOptions(cwd=root)
        profile = _profile(root, options)
        gated = _findings(root, profile, options)
        assert not [f for f in gated if f[0] == "internal-error"]  # equal crashes would prove nothing
        assert gated == _findings(root, replace(profile, reach=None), options)
