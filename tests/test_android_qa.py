"""Android QA regressions that inline fixture markers cannot express (evidence lines, notes)."""

from __future__ import annotations

from pathlib import Path

from lint.finding import Finding
from lint.rules import preset_path
from lint.runner import RunOptions, run

_INCLUDED = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content">
    <TextView
        android:id="@+id/tv_privacy"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:textColor="#FF6A00"
        android:text="《隐私政策》" />
</LinearLayout>
"""
_INCLUDER = """<?xml version="1.0" encoding="utf-8"?>
<FrameLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="match_parent">
    <include
        layout="@layout/layout_agreement"
        android:visibility="gone" />
</FrameLayout>
"""
_SCOPED_CODE = """package com.example
class ConsentFragment : Fragment(R.layout.activity_login) {
    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        binding.cbMarketing.run { isChecked = true }
    }
}
"""
_CONSENT_LAYOUT = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:layout_height="wrap_content">
    <CheckBox
        android:id="@+id/cb_marketing"
        android:layout_width="wrap_content"
        android:layout_height="wrap_content"
        android:text="Send me promotional emails" />
</LinearLayout>
"""


def _module(root: Path, layouts: dict[str, str], code: str | None = None) -> Path:
    layout_dir = root / "src" / "main" / "res" / "layout"
    layout_dir.mkdir(parents=True)
    for name, text in layouts.items():
        (layout_dir / f"{name}.xml").write_text(text, encoding="utf-8")
    if code is not None:
        source = root / "src" / "main" / "kotlin" / "ConsentFragment.kt"
        source.parent.mkdir(parents=True)
        source.write_text(code, encoding="utf-8")
    return root


def _findings(root: Path, rule: str) -> list[Finding]:
    options = RunOptions(config=preset_path("recommended"), select=(rule,), cwd=root, no_cache=True)
    return [f for f in run([root], options).findings if f.rule == rule]


def test_included_element_evidence_points_at_its_start_tag(tmp_path: Path) -> None:
    root = _module(tmp_path, {"activity_login": _INCLUDER, "layout_agreement": _INCLUDED})
    (finding,) = _findings(root, "terms-link-hidden")
    assert (finding.path, finding.line) == ("src/main/res/layout/activity_login.xml", 5)
    included = [e for e in finding.evidence if e.note.startswith("included element")]
    start = _INCLUDED.splitlines().index("    <TextView") + 1
    assert [(e.path, e.line) for e in included] == [("src/main/res/layout/layout_agreement.xml", start)]


def test_scope_function_write_names_its_receiver_in_the_evidence(tmp_path: Path) -> None:
    root = _module(tmp_path, {"activity_login": _CONSENT_LAYOUT}, _SCOPED_CODE)
    (finding,) = _findings(root, "consent-prechecked")
    notes = [e.note for e in finding.evidence]
    assert "isChecked = true on binding.cbMarketing in onViewCreated()" in notes


# A layout minified onto one line (shipped by some build tools, or pasted from a decompiled APK): lxml gives
# each element only the line its start tag ends on, so every element of the line shares it.
_ONE_LINE = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android" android:orientation="vertical">'
    '<CheckBox android:id="@+id/cb_terms" android:text="I have read the Terms of Service" />'
    '<CheckBox android:id="@+id/cb_news" android:checked="true" android:text="Send me news and special offers" />'
    '<CheckBoxPreferenceLike android:id="@+id/x" />'
    '<CheckBox android:id="@+id/cb_share" android:checked="true" android:text="Share my usage data with partners" />'
    "</LinearLayout>\n"
)


def test_elements_sharing_a_line_point_at_their_own_start_tags(tmp_path: Path) -> None:
    root = _module(tmp_path, {"activity_signup": _ONE_LINE})
    found = sorted(_findings(root, "consent-prechecked"), key=lambda f: f.column)
    line = _ONE_LINE.splitlines()[1]
    news, share = line.index('<CheckBox android:id="@+id/cb_news"'), line.index('<CheckBox android:id="@+id/cb_share"')
    assert [(f.line, f.column, f.end_column) for f in found] == [
        (2, news + 1, news + 1 + len("<CheckBox")), (2, share + 1, share + 1 + len("<CheckBox"))]
