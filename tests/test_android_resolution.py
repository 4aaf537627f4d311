"""The Android frontend end to end: evidence chains through styles, includes and modules."""

from __future__ import annotations

from pathlib import Path

from lint.frontends.android import layout
from lint.frontends.android.module import module_for
from lint.rules import preset_path
from lint.runner import RunOptions, run

NS = 'xmlns:android="http://schemas.android.com/apk/res/android"'


def _write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _lint(project: Path, rule: str) -> list:  # type: ignore[type-arg]
    return run([project], RunOptions(config=preset_path("recommended"), select=(rule,), cwd=project)).findings


def test_hidden_include_is_reported_once_at_the_include_site(tmp_path: Path) -> None:
    _write(tmp_path, "src/main/res/layout/row_terms.xml", f"""<LinearLayout {NS}
    android:layout_width="match_parent" android:layout_height="wrap_content">
    <TextView android:id="@+id/tv_terms" android:layout_width="wrap_content"
        android:layout_height="wrap_content" android:text="《用户协议》" />
</LinearLayout>
""")
    _write(tmp_path, "src/main/res/layout/activity_main.xml", f"""<FrameLayout {NS}
    android:layout_width="match_parent" android:layout_height="match_parent">
    <include layout="@layout/row_terms" android:visibility="gone" />
</FrameLayout>
""")
    findings = _lint(tmp_path, "terms-link-hidden")
    assert [(f.path, f.line) for f in findings] == [("src/main/res/layout/activity_main.xml", 3)]
    notes = [(e.path, e.note) for e in findings[0].evidence]
    assert ("src/main/res/layout/row_terms.xml", "included element <TextView @+id/tv_terms>") in notes
    assert ("src/main/res/layout/activity_main.xml", 'android:visibility="gone"') in notes


def test_style_chain_evidence_names_every_step(tmp_path: Path) -> None:
    _write(tmp_path, "src/main/res/values/styles.xml", """<resources>
    <style name="Caption.Base"><item name="android:textSize">@dimen/fine</item></style>
    <style name="Terms.Caption" parent="Caption.Base" />
</resources>
""")
    _write(tmp_path, "src/main/res/values/dimens.xml", '<resources><dimen name="fine">9sp</dimen></resources>\n')
    path = _write(tmp_path, "src/main/res/layout/activity_pay.xml", f"""<TextView {NS}
    style="@style/Terms.Caption" android:layout_width="wrap_content" android:layout_height="wrap_content"
    android:text="I accept the Terms of Service" />
""")
    module = module_for(path.parent.parent, lambda p: p.relative_to(tmp_path).as_posix())
    doc = layout.build(path, "src/main/res/layout/activity_pay.xml", module)
    size = doc.roots[0].fact("font_size")
    assert size.value == 9
    assert [e.note for e in size.evidence] == [
        'style="@style/Terms.Caption"', "Terms.Caption → parent Caption.Base",
        "Caption.Base: android:textSize @dimen/fine", "@dimen/fine = '9sp'"]


def test_html_string_with_a_href_makes_a_link_and_its_text_is_the_rendered_text(tmp_path: Path) -> None:
    _write(tmp_path, "src/main/res/values/strings.xml", """<resources>
    <string name="legal"><![CDATA[Read our <a href="https://example.com/p">data notice</a>]]></string>
</resources>
""")
    path = _write(tmp_path, "src/main/res/layout/activity_a.xml", f"""<TextView {NS}
    android:layout_width="wrap_content" android:layout_height="wrap_content" android:text="@string/legal" />
""")
    module = module_for(path.parent.parent, lambda p: p.name)
    node = layout.build(path, "activity_a.xml", module).roots[0]
    assert node.kind == "link"
    assert node.fact("text").value == "Read our data notice"


def test_lifecycle_code_reveals_a_row_hidden_in_xml_only_when_unconditional(tmp_path: Path) -> None:
    _write(tmp_path, "src/main/res/layout/activity_login.xml", f"""<LinearLayout {NS}
    android:layout_width="match_parent" android:layout_height="match_parent" android:orientation="vertical">
    <TextView android:id="@+id/tv_shown" android:layout_width="wrap_content" android:layout_height="wrap_content"
        android:text="Privacy Policy" android:visibility="gone" />
    <TextView android:id="@+id/tv_never" android:layout_width="wrap_content" android:layout_height="wrap_content"
        android:text="Terms of Service" android:visibility="gone" />
</LinearLayout>
""")
    _write(tmp_path, "src/main/java/com/shop/LoginActivity.java", """public class LoginActivity extends Activity {
    @Override protected void onCreate(Bundle b) {
        setContentView(R.layout.activity_login);
        findViewById(R.id.tv_shown).setVisibility(View.VISIBLE);
        findViewById(R.id.btn).setOnClickListener(v -> findViewById(R.id.tv_never).setVisibility(View.VISIBLE));
    }
}
""")
    findings = _lint(tmp_path, "terms-link-hidden")
    assert [f.line for f in findings] == [5]  # tv_never; tv_shown (line 3) is shown in onCreate


def test_a_label_that_matches_only_in_another_locale_is_quoted_in_that_locale(tmp_path: Path) -> None:
    # The English default says nothing of marketing; the Chinese translation does: the message must quote the
    # text that made it a consent toggle, or a reviewer reads "Keep me posted is consent" and dismisses it.
    _write(tmp_path, "src/main/res/values/strings.xml",
           '<resources><string name="opt">Keep me posted</string></resources>\n')
    _write(tmp_path, "src/main/res/values-zh-rCN/strings.xml",
           '<resources><string name="opt">同意接收营销短信</string></resources>\n')
    _write(tmp_path, "src/main/res/layout/activity_signup.xml", f"""<LinearLayout {NS}
    android:layout_width="match_parent" android:layout_height="wrap_content">
    <CheckBox android:id="@+id/cb_opt" android:layout_width="wrap_content"
        android:layout_height="wrap_content" android:checked="true" android:text="@string/opt" />
    <CheckBox android:id="@+id/cb_news" android:layout_width="wrap_content"
        android:layout_height="wrap_content" android:checked="true" android:text="Email me special offers" />
</LinearLayout>
""")
    findings = _lint(tmp_path, "consent-prechecked")
    assert [f.message.split('"')[1] for f in findings] == ["同意接收营销短信", "Email me special offers"]
    assert "label in another language: '同意接收营销短信'" in [e.note for e in findings[0].evidence]
    assert not any("another language" in e.note for e in findings[1].evidence)
