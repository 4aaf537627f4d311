"""Comment suppressions and `tools:ignore`, run end to end on real Android modules."""

from __future__ import annotations

from pathlib import Path

from lint.finding import Finding
from lint.runner import RunOptions, RunResult, run

STRINGS = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="agree_privacy">I have read and agree to the Privacy Policy</string>
    <string name="marketing_opt_in">Email me promotional offers and the monthly newsletter</string>
    <string name="remember_me">Keep me signed in</string>
</resources>
"""
NS = ('xmlns:android="http://schemas.android.com/apk/res/android" '
      'xmlns:tools="http://schemas.android.com/tools"')


def box(ident: str, checked: str = "true", text: str = "@string/agree_privacy", extra: str = "") -> str:
    return f"""    <CheckBox
        android:id="@+id/{ident}"
        android:layout_width="match_parent"
        android:layout_height="wrap_content"
        android:checked="{checked}"{extra}
        android:text="{text}" />
"""


def layout(body: str, head: str = "") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{head}<LinearLayout {NS}\n'
            f'    android:layout_width="match_parent"\n    android:layout_height="wrap_content"\n'
            f'    android:orientation="vertical">\n\n{body}</LinearLayout>\n')


def lint_layout(tmp_path: Path, text: str, select: tuple[str, ...] = ()) -> RunResult:
    res = tmp_path / "app" / "src" / "main" / "res"
    (res / "values").mkdir(parents=True)
    (res / "layout").mkdir(exist_ok=True)
    (res / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    (res / "layout" / "activity_signup.xml").write_text(text, encoding="utf-8")
    return run([tmp_path], RunOptions(cwd=tmp_path, select=select, no_cache=True, jobs=1))


def of(result: RunResult, rule: str) -> list[Finding]:
    return [f for f in result.findings if f.rule == rule]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_unsuppressed_layout_reports_both_boxes(tmp_path: Path) -> None:
    text = layout(box("cb_privacy") + box("cb_marketing", text="@string/marketing_opt_in"))
    result = lint_layout(tmp_path, text)
    assert [f.line for f in of(result, "consent-prechecked")] == [
        line_of(text, "<CheckBox"), line_of(text, 'cb_marketing"') - 1]


def test_disable_next_line_with_reason_silences_only_the_next_element(tmp_path: Path) -> None:
    # XML forbids `--` inside comments, so Android layouts give the reason after ` - `.
    directive = "    <!-- darklint-disable-next-line consent-prechecked - legal approved, ticket APP-1432 -->\n"
    text = layout(directive + box("cb_privacy") + box("cb_marketing", text="@string/marketing_opt_in"))
    result = lint_layout(tmp_path, text)
    assert [f.identity.split("|")[0] for f in of(result, "consent-prechecked")] == ["CheckBox#@+id/cb_marketing"]
    assert of(result, "unused-suppression") == []


def test_disable_next_line_for_another_rule_does_not_silence(tmp_path: Path) -> None:
    directive = "    <!-- darklint-disable-next-line legal-text-small -->\n"
    result = lint_layout(tmp_path, layout(directive + box("cb_privacy")))
    assert len(of(result, "consent-prechecked")) == 1
    unused = of(result, "unused-suppression")
    assert [(u.line, u.severity) for u in unused] == [(7, "info")]
    assert "legal-text-small" in unused[0].message


def test_stacked_next_line_directives_reach_the_element(tmp_path: Path) -> None:
    directives = ("    <!-- darklint-disable-next-line legal-text-small -->\n"
                  "    <!-- darklint-disable-next-line consent-prechecked -->\n")
    result = lint_layout(tmp_path, layout(directives + box("cb_privacy", extra='\n        android:textSize="8sp"')))
    assert of(result, "consent-prechecked") == []
    assert of(result, "legal-text-small") == []
    assert of(result, "unused-suppression") == []


def test_disable_line_on_a_one_line_element(tmp_path: Path) -> None:
    body = ('    <CheckBox android:id="@+id/cb_privacy" android:checked="true" android:text="@string/agree_privacy" />'
            " <!-- darklint-disable-line consent-prechecked -->\n"
            + box("cb_marketing", text="@string/marketing_opt_in"))
    result = lint_layout(tmp_path, layout(body))
    assert [f.identity.split("|")[0] for f in of(result, "consent-prechecked")] == ["CheckBox#@+id/cb_marketing"]


def test_disable_without_ids_silences_every_rule(tmp_path: Path) -> None:
    body = "    <!-- darklint-disable-next-line - onboarding A/B test, removed in 5.2 -->\n"
    result = lint_layout(tmp_path, layout(body + box("cb_privacy", extra='\n        android:textSize="8sp"')))
    assert result.findings == []


def test_disable_file_in_first_comment(tmp_path: Path) -> None:
    head = "<!-- darklint-disable-file consent-prechecked - legacy screen, replaced in 6.0 -->\n"
    text = layout(box("cb_privacy") + box("cb_privacy_small", extra='\n        android:textSize="8sp"'), head)
    result = lint_layout(tmp_path, text)
    assert of(result, "consent-prechecked") == []
    assert len(of(result, "legal-text-small")) == 1, "only the named rule is off"


def test_disable_file_outside_the_first_comment_is_ignored_and_reported(tmp_path: Path) -> None:
    head = "<!-- Sign-up screen. -->\n"
    body = ("    <!-- darklint-disable-file consent-prechecked -->\n"
            + box("cb_marketing", text="@string/marketing_opt_in"))
    result = lint_layout(tmp_path, layout(box("cb_privacy") + body, head))
    assert len(of(result, "consent-prechecked")) == 2
    unused = of(result, "unused-suppression")
    assert len(unused) == 1 and "comments that open the file" in unused[0].message


def test_disable_file_under_the_comment_devtools_writes_first(tmp_path: Path) -> None:
    """WeChat DevTools opens every new page with `<!--pages/x/x.wxml-->`: a directive under it heads the file."""
    (tmp_path / "app.json").write_text('{"pages": ["pages/reg/reg"]}', encoding="utf-8")
    page = tmp_path / "pages" / "reg"
    page.mkdir(parents=True)
    (page / "reg.js").write_text("Page({ data: {} })\n", encoding="utf-8")
    box = '<label><checkbox checked />我已阅读并同意《用户协议》</label>\n'
    (page / "reg.wxml").write_text("<!--pages/reg/reg.wxml-->\n<!-- darklint-disable-file consent-prechecked -->\n"
                                   f"<view>\n  {box}</view>\n", encoding="utf-8")
    assert run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1)).findings == []
    (page / "reg.wxml").write_text(f"<!--pages/reg/reg.wxml-->\n<view>\n  {box}</view>\n"
                                   "<!-- darklint-disable-file consent-prechecked -->\n", encoding="utf-8")
    late = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1)).findings
    assert sorted(f.rule for f in late) == ["consent-prechecked", "unused-suppression"]


def test_unused_suppression_is_reported_with_its_rule_info(tmp_path: Path) -> None:
    text = layout("    <!-- darklint-disable-next-line consent-prechecked -->\n" + box("cb_privacy", checked="false")
                  + box("cb_marketing", text="@string/marketing_opt_in"))
    result = lint_layout(tmp_path, text)
    unused = of(result, "unused-suppression")
    assert [(u.path, u.line, u.column) for u in unused] == [("app/src/main/res/layout/activity_signup.xml", 7, 5)]
    assert result.rules["unused-suppression"].severity == "info"
    assert "consent-prechecked" in unused[0].message


def test_a_stale_directive_in_a_file_without_findings_is_reported(tmp_path: Path) -> None:
    """The box was fixed (unchecked) and nothing else in the file is reported: the directive is still found, in
    one process, in workers, and from the cache on a warm run."""
    text = layout("    <!-- darklint-disable-next-line consent-prechecked - legacy screen -->\n"
                  + box("cb_privacy", checked="false"))
    lint_layout(tmp_path, text)
    expected = [("app/src/main/res/layout/activity_signup.xml", 7)]
    cache = tmp_path / "cache"
    for options in (RunOptions(cwd=tmp_path, no_cache=True, jobs=1),
                    RunOptions(cwd=tmp_path, no_cache=True, jobs=2),
                    RunOptions(cwd=tmp_path, cache_dir=cache, jobs=1),  # cold, then warm
                    RunOptions(cwd=tmp_path, cache_dir=cache, jobs=1)):
        result = run([tmp_path], options)
        assert [(f.path, f.line) for f in result.findings] == expected
        assert [f.rule for f in result.findings] == ["unused-suppression"]  # the file's mark is never shown


def test_a_stale_directive_on_a_mini_program_page_is_reported(tmp_path: Path) -> None:
    (tmp_path / "app.json").write_text('{"pages": ["pages/reg/reg"]}', encoding="utf-8")
    page = tmp_path / "pages" / "reg"
    page.mkdir(parents=True)
    (page / "reg.wxml").write_text('<view>\n  <!-- darklint-disable-next-line consent-prechecked -->\n'
                                   '  <checkbox value="agree" />\n  <text>我已阅读并同意《用户协议》</text>\n</view>\n',
                                   encoding="utf-8")
    (page / "reg.js").write_text("Page({ data: {} })\n// darklint-disable-line terms-link-hidden\n", encoding="utf-8")
    result = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1))
    assert sorted((f.path, f.line) for f in result.findings) == [("pages/reg/reg.js", 2), ("pages/reg/reg.wxml", 2)]
    chosen = ("consent-prechecked", "unused-suppression")
    quiet = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1, select=chosen))
    assert [(f.path, f.line) for f in quiet.findings] == [("pages/reg/reg.wxml", 2)]  # terms-link-hidden did not run


def test_misspelled_rule_id_is_reported(tmp_path: Path) -> None:
    text = layout("    <!-- darklint-disable-next-line consent-precheked -->\n" + box("cb_privacy"))
    result = lint_layout(tmp_path, text)
    assert len(of(result, "consent-prechecked")) == 1
    assert "unknown rule 'consent-precheked'" in of(result, "unused-suppression")[0].message


def test_rules_that_did_not_run_are_not_judged_unused(tmp_path: Path) -> None:
    text = layout("    <!-- darklint-disable-next-line legal-text-small -->\n" + box("cb_privacy"))
    result = lint_layout(tmp_path, text, select=("consent-prechecked",))
    assert [f.rule for f in result.findings] == ["consent-prechecked"]


def test_tools_ignore_on_the_element(tmp_path: Path) -> None:
    body = box("cb_privacy", extra='\n        tools:ignore="consent-prechecked"') + box(
        "cb_marketing", text="@string/marketing_opt_in", extra='\n        tools:ignore="HardcodedText"')
    result = lint_layout(tmp_path, layout(body))
    assert [f.identity.split("|")[0] for f in of(result, "consent-prechecked")] == ["CheckBox#@+id/cb_marketing"]


def test_tools_ignore_all_covers_descendants(tmp_path: Path) -> None:
    group = ('    <LinearLayout\n        android:layout_width="match_parent"\n'
             '        android:layout_height="wrap_content"\n        tools:ignore="all">\n'
             + box("cb_privacy") + "    </LinearLayout>\n")
    result = lint_layout(tmp_path, layout(group + box("cb_marketing", text="@string/marketing_opt_in")))
    assert [f.identity.split("|")[0] for f in of(result, "consent-prechecked")] == ["CheckBox#@+id/cb_marketing"]


def test_tools_ignore_list_on_an_ancestor(tmp_path: Path) -> None:
    group = ('    <FrameLayout\n        android:layout_width="match_parent"\n'
             '        android:layout_height="wrap_content"\n'
             '        tools:ignore="ContentDescription, consent-prechecked">\n'
             + box("cb_privacy", extra='\n        android:textSize="8sp"') + "    </FrameLayout>\n")
    result = lint_layout(tmp_path, layout(group))
    assert of(result, "consent-prechecked") == []
    assert len(of(result, "legal-text-small")) == 1


def test_tools_ignore_on_an_include_covers_what_it_includes(tmp_path: Path) -> None:
    """As Android Lint's: the included layout's root (or a `<merge>`'s children) and everything below. A footer
    of links hidden by the include's own `android:visibility="gone"` is reported at the include."""
    link = ('    <TextView\n        android:layout_width="wrap_content"\n        android:layout_height="wrap_content"\n'
            '        android:clickable="true"\n        android:text="Privacy Policy" />\n')
    # Another document in the merge: its children stay visible (a merge ignores the include's attributes), and a
    # visible "Privacy Policy" would make the last include's copy hide nothing.
    merged = f'<?xml version="1.0" encoding="utf-8"?>\n<merge {NS}>\n{link.replace("Privacy", "Cookie")}</merge>\n'
    include = '    <include layout="@layout/{name}" android:visibility="gone"{extra} />\n'
    body = (include.format(name="view_legal_footer", extra=' tools:ignore="terms-link-hidden"')
            + include.format(name="view_legal_merge", extra=' tools:ignore="all"')
            + include.format(name="view_legal_footer", extra=""))
    res = tmp_path / "app" / "src" / "main" / "res" / "layout"
    res.mkdir(parents=True)
    (res / "view_legal_footer.xml").write_text(layout(link), encoding="utf-8")
    (res / "view_legal_merge.xml").write_text(merged, encoding="utf-8")
    text = layout(body)
    result = lint_layout(tmp_path, text, select=("terms-link-hidden",))
    lines = [f.line for f in of(result, "terms-link-hidden") if f.path.endswith("activity_signup.xml")]
    assert lines == [line_of(text, 'android:visibility="gone" />')]
