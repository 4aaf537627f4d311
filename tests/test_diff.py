"""`--diff-from`: only findings on lines changed since a revision, in a real git repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lint.config import ConfigError
from lint.filters.diff import parse_hunks
from lint.runner import RunOptions, RunResult, run
from tests.android_samples import HEAD, STRINGS
from tests.conftest import run_cli

RES = "app/src/main/res"


def box(ident: str, string: str, checked: str = "true") -> str:
    return f"""
    <CheckBox
        android:id="@+id/{ident}"
        android:layout_width="match_parent"
        android:layout_height="wrap_content"
        android:checked="{checked}"
        android:text="@string/{string}" />
"""


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com", "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    ).stdout


def write_layout(repo: Path, name: str, body: str) -> None:
    path = repo / RES / "layout" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + body + "</LinearLayout>\n", encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """An app repository whose first commit already has a pre-checked privacy box."""
    (tmp_path / RES / "values").mkdir(parents=True)
    (tmp_path / RES / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    write_layout(tmp_path, "activity_signup.xml", box("cb_privacy", "agree_privacy") + box("cb_marketing",
                 "marketing_opt_in", checked="false"))
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "sign-up screen")
    return tmp_path


def lint(repo: Path, ref: str | None = "HEAD", cwd: Path | None = None) -> RunResult:
    return run([cwd or repo], RunOptions(cwd=cwd or repo, diff_from=ref, no_cache=True, jobs=1))


def ids(result: RunResult) -> list[str]:
    return [f.identity.split("|")[0] for f in result.findings if f.rule == "consent-prechecked"]


def test_unchanged_repository_reports_nothing_new(repo: Path) -> None:
    assert ids(lint(repo, ref=None)) == ["CheckBox#@+id/cb_privacy"]
    assert lint(repo).findings == []


def test_added_element_is_reported_and_old_one_is_not(repo: Path) -> None:
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "agree_privacy")
                 + box("cb_share", "share_with_partners") + box("cb_marketing", "marketing_opt_in", checked="false"))
    assert ids(lint(repo)) == ["CheckBox#@+id/cb_share"]


def test_attribute_flip_on_a_later_line_counts_through_evidence(repo: Path) -> None:
    # Only the `android:checked` line of the marketing box changes; its `<CheckBox` line does not.
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "agree_privacy") + box("cb_marketing",
                 "marketing_opt_in", checked="true"))
    diff = git(repo, "diff", "-U0", "HEAD")
    assert diff.count("\n+    ") == 1 and "android:checked" in diff
    assert ids(lint(repo)) == ["CheckBox#@+id/cb_marketing"]


def test_committed_changes_since_an_older_revision(repo: Path) -> None:
    write_layout(repo, "activity_signup.xml", box("cb_share", "share_with_partners") + box("cb_privacy",
                 "agree_privacy") + box("cb_marketing", "marketing_opt_in", checked="false"))
    git(repo, "commit", "-q", "-am", "data sharing opt-in")
    assert lint(repo).findings == []
    assert ids(lint(repo, ref="HEAD~1")) == ["CheckBox#@+id/cb_share"]


def test_untracked_file_counts_as_changed_throughout(repo: Path) -> None:
    write_layout(repo, "dialog_privacy.xml", box("cb_dialog", "agree_privacy"))
    result = lint(repo)
    assert ids(result) == ["CheckBox#@+id/cb_dialog"]
    assert {f.path for f in result.findings} == {f"{RES}/layout/dialog_privacy.xml"}


def test_run_from_a_subfolder(repo: Path) -> None:
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "agree_privacy")
                 + box("cb_share", "share_with_partners") + box("cb_marketing", "marketing_opt_in", checked="false"))
    result = lint(repo, cwd=repo / "app")
    assert ids(result) == ["CheckBox#@+id/cb_share"]
    assert result.findings[0].path == "src/main/res/layout/activity_signup.xml"


def test_run_on_a_repository_from_outside_it(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """`darklint check ~/src/shop --diff-from HEAD` from another folder diffs the repository linted."""
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "agree_privacy")
                 + box("cb_share", "share_with_partners") + box("cb_marketing", "marketing_opt_in", checked="false"))
    outside = tmp_path_factory.mktemp("elsewhere")
    result = run([repo], RunOptions(cwd=outside, diff_from="HEAD", no_cache=True, jobs=1))
    assert ids(result) == ["CheckBox#@+id/cb_share"]


def test_not_a_git_repository_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / RES / "values").mkdir(parents=True)
    (tmp_path / RES / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    write_layout(tmp_path, "activity_signup.xml", box("cb_privacy", "agree_privacy"))
    with pytest.raises(ConfigError, match="not inside a git repository"):
        lint(tmp_path)
    completed = run_cli("check", "--diff-from", "origin/main", ".", cwd=tmp_path)
    assert completed.returncode == 2
    assert "--diff-from" in completed.stderr and "not inside a git repository" in completed.stderr


def test_unknown_revision_is_a_usage_error(repo: Path) -> None:
    completed = run_cli("check", "--diff-from", "release/9.9", ".", cwd=repo)
    assert completed.returncode == 2
    assert "release/9.9" in completed.stderr and "not a git revision" in completed.stderr


def test_hunk_parser_reads_new_side_ranges_and_quoted_names(tmp_path: Path) -> None:
    diff = (b"diff --git a/res/layout/a.xml b/res/layout/a.xml\n"
            b"--- a/res/layout/a.xml\n+++ b/res/layout/a.xml\n"
            b"@@ -3 +3 @@\n-x\n+y\n@@ -10,0 +11,3 @@\n+a\n+b\n+c\n@@ -20,2 +23,0 @@\n-d\n-e\n"
            b'diff --git "a/pages/\\"vip\\"/vip.wxml" "b/pages/\\"vip\\"/vip.wxml"\n'
            b'--- /dev/null\n+++ "b/pages/\\"vip\\"/\\344\\274\\232\\345\\221\\230.wxml"\n@@ -0,0 +1,2 @@\n+p\n+q\n'
            b"diff --git a/gone.xml b/gone.xml\n--- a/gone.xml\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-r\n-s\n")
    changes = parse_hunks(diff, tmp_path)
    assert changes == {
        (tmp_path / "res/layout/a.xml").resolve(): {3, 11, 12, 13},
        (tmp_path / 'pages/"vip"/会员.wxml').resolve(): {1, 2},
    }


def test_a_path_with_a_space_is_matched(repo: Path) -> None:
    """Git ends a `+++ b/…` name holding a space with a tab: the changed lines must still reach that file."""
    spaced = repo / "old app" / RES
    (spaced / "values").mkdir(parents=True)
    (spaced / "values" / "strings.xml").write_text(STRINGS, encoding="utf-8")
    (spaced / "layout").mkdir()
    (spaced / "layout" / "activity_signup.xml").write_text(
        HEAD + box("cb_marketing", "marketing_opt_in", checked="false") + "</LinearLayout>\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "old app")
    (spaced / "layout" / "activity_signup.xml").write_text(
        HEAD + box("cb_marketing", "marketing_opt_in") + "</LinearLayout>\n", encoding="utf-8")
    result = lint(repo)
    assert ids(result) == ["CheckBox#@+id/cb_marketing"]
    assert {f.path for f in result.findings} == {f"old app/{RES}/layout/activity_signup.xml"}


def _committed_then_edited(project: Path, path: Path, source: str, old: str, new: str) -> RunResult:
    """`source` written at `path` and `project` committed as a new repository, then `old` reworded to `new` (only
    that line changes): the `--diff-from HEAD` run."""
    path.write_text(source, encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "page")
    path.write_text(source.replace(old, new), encoding="utf-8")
    return lint(project)


def test_a_label_edited_on_the_lines_below_its_start_tag_counts(tmp_path: Path) -> None:
    """A page's badge switch, already on, becomes an auto-renewal consent by a change to its label's `<text>` line
    alone: the label's evidence spans the lines its words are on."""
    page = tmp_path / "pages" / "vip"
    page.mkdir(parents=True)
    (tmp_path / "app.json").write_text('{"pages": ["pages/vip/vip"]}\n', encoding="utf-8")
    (page / "vip.js").write_text("Page({ data: {} })\n", encoding="utf-8")
    template = ('<view class="options">\n  <label class="row">\n    <checkbox value="badge" checked="true" />\n'
                '    <text>显示会员徽章</text>\n  </label>\n</view>\n')
    result = _committed_then_edited(tmp_path, page / "vip.wxml", template, "显示会员徽章", "开通自动续费，到期自动扣款")
    assert [(f.rule, f.line) for f in result.findings] == [("consent-prechecked", 3)]
    assert [(e.line, e.end_line) for e in result.findings[0].evidence if e.note == "<label> text"] == [(2, 4)]


def test_a_target_branch_that_moved_on_is_not_the_change(repo: Path) -> None:
    """`--diff-from main` on a feature branch (a merge request pipeline): a line main changed after the branch left
    it (the privacy box's label, reworded there) is not the merge request's change; the feature's new box is."""
    git(repo, "checkout", "-q", "-b", "feature")
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "agree_privacy") + box("cb_marketing",
                 "marketing_opt_in", checked="false") + box("cb_partner", "share_with_partners"))
    git(repo, "commit", "-q", "-am", "feature: partner box")
    git(repo, "checkout", "-q", "main")
    write_layout(repo, "activity_signup.xml", box("cb_privacy", "marketing_opt_in") + box("cb_marketing",
                 "marketing_opt_in", checked="false"))
    git(repo, "commit", "-q", "-am", "main: privacy box relabelled")
    git(repo, "checkout", "-q", "feature")
    assert ids(lint(repo, "main")) == ["CheckBox#@+id/cb_partner"]


def test_a_taro_label_edited_on_its_text_line_counts(tmp_path: Path) -> None:
    """The same in a Taro page: the `<Label>`'s `<Text>` below it is reworded into a marketing opt-in."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@tarojs/taro": "3.6.0", "@tarojs/components": '
                                           '"3.6.0"}}\n', encoding="utf-8")
    page = tmp_path / "src" / "pages" / "reg"
    page.mkdir(parents=True)
    source = ("import { View, Text, Checkbox, Label } from '@tarojs/components'\n\nexport default function Reg() {\n"
              "  return (\n    <View className='page'>\n      <Label className='agree'>\n"
              "        <Checkbox value='badge' checked />\n        <Text>显示会员徽章</Text>\n      </Label>\n"
              "    </View>\n  )\n}\n")
    result = _committed_then_edited(tmp_path, page / "index.tsx", source, "显示会员徽章", "接收营销短信和优惠信息")
    assert [(f.rule, f.line) for f in result.findings] == [("consent-prechecked", 7)]


def _intro(count: int, indent: str, tag: str) -> str:
    """A settings page's long intro: its first line names the consent, the rest are help lines."""
    first = f"{indent}<{tag}>以下选项允许我们向您发送营销短信和个性化推荐。</{tag}>\n"
    return first + "".join(f"{indent}<{tag}>第{i}条：您可以随时在本页修改设置，修改后立即生效。</{tag}>\n"
                           for i in range(1, count))


def test_an_edit_past_what_a_long_label_is_read_for_is_not_the_change(tmp_path: Path) -> None:
    """Two switches, already on, labelled by a 300-line intro `<view>`: a typo fixed on line 250 (a help line past
    the first 2000 characters, all the lexicon reads of a label) changes neither their state nor what they are read
    as, so `--diff-from` keeps no finding; the label's evidence ends where its read words do. An edit in the first
    lines still counts."""
    page = tmp_path / "pages" / "privacy"
    page.mkdir(parents=True)
    (tmp_path / "app.json").write_text('{"pages": ["pages/privacy/privacy"]}\n', encoding="utf-8")
    (page / "privacy.js").write_text("Page({ on1() {}, on2() {} })\n", encoding="utf-8")
    template = ('<view class="settings">\n  <view class="intro">\n' + _intro(300, "    ", "text") + "  </view>\n"
                '  <view class="row">\n    <switch checked bindchange="on1" />\n  </view>\n'
                '  <view class="row">\n    <switch checked bindchange="on2" />\n  </view>\n</view>\n')
    typo = "第249条：您可以随时在本页修改设置，修改后立即生效"
    result = _committed_then_edited(tmp_path, page / "privacy.wxml", template, typo, typo.replace("立即", "立刻"))
    assert result.findings == []
    full = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True, jobs=1))
    spans = {(e.line, e.end_line) for f in full.findings for e in f.evidence if e.note == "<view> text"}
    assert len(spans) == 1 and 3 < min(spans)[1] < 120
    (page / "privacy.wxml").write_text(template.replace("第2条：", "第二条："), encoding="utf-8")
    assert [f.rule for f in lint(tmp_path).findings] == ["consent-prechecked"] * 2


def test_a_taro_row_label_spans_its_words_not_its_trailing_children(tmp_path: Path) -> None:
    """A Taro row whose text is followed by a long block without words (an image gallery): an edit there is not
    the label's."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@tarojs/taro": "3.6.0", "@tarojs/components": '
                                           '"3.6.0"}}\n', encoding="utf-8")
    page = tmp_path / "src" / "pages" / "settings"
    page.mkdir(parents=True)
    images = "".join(f"        <Image src='https://cdn.example.com/{i}.png' />\n" for i in range(40))
    source = ("import { View, Text, Switch, Image } from '@tarojs/components'\n\nexport default function Settings() {\n"
              "  return (\n    <View className='page'>\n      <View className='intro'>\n"
              "        <Text>接收营销短信和优惠信息</Text>\n" + images + "      </View>\n"
              "      <Switch checked />\n    </View>\n  )\n}\n")
    result = _committed_then_edited(tmp_path, page / "index.tsx", source, "/30.png", "/30@2x.png")
    assert result.findings == []
