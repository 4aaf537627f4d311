"""Toggle labels where a row's texts are conditional or the box carries its own words (lint/frontends/mini/labels.py).

A fixture marks only where a finding is; a label borrowed from the next row can still name consent and pass it.
These read the label itself, from pages written as the apps that showed each case write them (review33, review34).
"""

from __future__ import annotations

from pathlib import Path

from lint.frontends.mini import page as mini_page
from lint.frontends.taro import page as taro_page
from lint.model import Document, Node


def _toggles(docs: list[Document]) -> list[Node]:
    return [node for doc in docs for root in doc.roots for node in root.walk() if node.kind == "toggle"]


def _label(node: Node) -> object:
    return node.fact("label").value


def _wechat(tmp_path: Path, wxml: str, data: str) -> list[Node]:
    (tmp_path / "app.json").write_text('{"pages": ["pages/x/x"]}', encoding="utf-8")
    folder = tmp_path / "pages" / "x"
    folder.mkdir(parents=True)
    (folder / "x.wxml").write_text(wxml, encoding="utf-8")
    (folder / "x.js").write_text(f"Page({{ data: {data}, toggle() {{}} }})\n", encoding="utf-8")
    (folder / "x.json").write_text("{}", encoding="utf-8")
    return _toggles(mini_page.build(folder / "x.wxml", str))


def test_a_box_and_its_sentence_hidden_by_the_same_condition_keep_their_label(tmp_path: Path) -> None:
    [box] = _wechat(tmp_path, """<view class="agreement">
  <checkbox wx:if="{{needAgree}}" value="agree" checked="{{agreed}}" bindtap="toggle" />
  <text wx:if="{{needAgree}}">我已阅读并同意《用户服务协议》</text>
</view>
<view class="row"><text>消息提示音</text><switch checked="{{sound}}" /></view>
""", "{ needAgree: false, agreed: true, sound: true }")[:1]
    assert _label(box) == "我已阅读并同意《用户服务协议》"


def test_a_taro_box_and_its_sentence_behind_the_same_guard_keep_their_label(tmp_path: Path) -> None:
    source = tmp_path / "index.tsx"
    source.write_text("""import { useState } from 'react'
import { View, Text, Checkbox, Switch } from '@tarojs/components'

export default function Login() {
  const [needAgree] = useState(false)
  const [agreed] = useState(true)
  return (
    <View className='login'>
      <View className='agreement'>
        {needAgree && <Checkbox value='agree' checked={agreed} />}
        {needAgree && <Text>我已阅读并同意《用户服务协议》和《隐私政策》</Text>}
      </View>
      <View className='row'><Text>消息提示音</Text><Switch checked /></View>
    </View>
  )
}
""", encoding="utf-8")
    box = _toggles(taro_page.build(source, str))[0]
    assert _label(box) == "我已阅读并同意《用户服务协议》和《隐私政策》"


def test_a_whole_phrase_on_the_box_is_not_continued_by_the_link_beside_it(tmp_path: Path) -> None:
    boxes = _wechat(tmp_path, """<view class="row">
  <checkbox value="friends" checked="{{friendsOnly}}">仅好友可见</checkbox>
  <navigator url="/pages/doc/doc?type=community">《社区公约》</navigator>
</view>
<view class="row">
  <checkbox value="agree" checked="{{agreed}}">阅读并同意</checkbox>
  <navigator url="/pages/doc/doc?type=user">《用户协议》</navigator>
  <text>和</text>
  <navigator url="/pages/doc/doc?type=privacy">《隐私政策》</navigator>
  <navigator url="/pages/help/help">遇到问题</navigator>
</view>
""", "{ friendsOnly: true, agreed: true }")
    assert [_label(b) for b in boxes] == ["仅好友可见", "阅读并同意《用户协议》和《隐私政策》"]


def test_a_label_row_reads_only_the_branch_that_renders(tmp_path: Path) -> None:
    [box] = _wechat(tmp_path, """<checkbox-group bindchange="toggle">
  <label class="row">
    <checkbox value="keep" checked="{{keep}}" />
    <text wx:if="{{mode === 'renew'}}">开通自动续费，到期自动扣款</text>
    <text wx:else>记住本次支付方式</text>
  </label>
</checkbox-group>
""", "{ keep: true, mode: 'once' }")
    assert _label(box) == "记住本次支付方式"


def test_an_android_label_that_agrees_goes_on_into_the_documents_after_it(tmp_path: Path) -> None:
    """`<CheckBox/><TextView>我已阅读，并同意</TextView><TextView>《金融信息服务协议》</TextView>`: the message quotes
    what the user agrees to, as a template's row does (a loan app's register screen, helper-93 C2)."""
    from lint.rules import preset_path
    from lint.runner import RunOptions, run

    layout = tmp_path / "src" / "main" / "res" / "layout"
    layout.mkdir(parents=True)
    (tmp_path / "src" / "main" / "AndroidManifest.xml").write_text(
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android" />\n', encoding="utf-8")
    android = 'xmlns:android="http://schemas.android.com/apk/res/android"'
    size = 'android:layout_width="wrap_content" android:layout_height="wrap_content"'
    (layout / "activity_register.xml").write_text(f"""<LinearLayout {android} {size} android:orientation="horizontal">
    <CheckBox android:id="@+id/cb_agree" android:checked="true" {size} />
    <TextView {size} android:text="我已阅读，并同意" />
    <TextView android:id="@+id/tv_service" {size} android:text="《金融信息服务协议》" />
    <TextView {size} android:text="和" />
    <TextView android:id="@+id/tv_privacy" {size} android:text="《隐私政策》" />
    <TextView {size} android:text="(必选)" />
</LinearLayout>
""", encoding="utf-8")
    result = run([tmp_path], RunOptions(config=preset_path("recommended"), cwd=tmp_path, no_cache=True))
    [finding] = [f for f in result.findings if f.rule == "consent-prechecked"]
    assert finding.message.startswith('"我已阅读，并同意《金融信息服务协议》和《隐私政策》" is checked by default')
