"""Structured fuzzing: random but well-formed mini-program pages, the way real apps write them.

Byte-level damage (tests/test_fuzz_frontends.py) mostly stops at the parser. These pages parse, so they reach the
deep walks: `wx:if` chains, `wx:for`, labels and groups, hand-drawn toggles and their tap handlers, data from
`Page({data})` and `setData` in `onLoad`, class and inline styles through the cascade, a project component with
property defaults, `<include src>` (absolute, relative, missing, bound, self-including), `<template is>` uses of
imported and local definitions (one using itself), empty attribute values.
The property: no page is ever an `internal-error`, and findings name only the project's files. (An empty quoted
attribute value once made every page holding one an internal error.)

CI runs a few dozen pages; `DARKLINT_FUZZ_EXAMPLES=3000 pytest tests/test_fuzz_pages.py` runs a long session.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_fuzz_frontends import _check, lint_files

_FUZZ = settings(max_examples=int(os.environ.get("DARKLINT_FUZZ_EXAMPLES", "30")), deadline=None,
                 derandomize="DARKLINT_FUZZ_EXAMPLES" not in os.environ,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_CLASSES = ["", "row", "legal", "tip", "agree", "checked", "hidden", "footer", "mini", "box {{agreed ? 'on' : ''}}"]
_TEXTS = ["我已阅读并同意《用户协议》和《隐私政策》", "I agree to the Terms of Service", "接收营销短信", "记住密码",
          "{{title}}", "{{count > 99 ? '99+' : count}}", "同意", "开通连续包月，到期自动续费", "", "✓",
          "{{agreed ? '✓' : ''}}", "Share my data with partners", "《隐私政策》"]
_CONDITIONS = ["{{agreed}}", "{{!agreed}}", "{{flag}}", "{{size > 12}}", "{{list.length}}", "{{unknown}}", "true", ""]
_CHECKED = [None, "", "true", "false", "{{agreed}}", "{{!agreed}}", "{{true}}", "{{form.agree}}", "{{item.on}}"]
_STYLES = ["", "font-size: 18rpx", "display: none", "font-size: {{size}}rpx", "opacity: 0", "color: #999;",
           "height: 0; overflow: hidden"]
_HANDLERS = ["toggle", "openPrivacy", "onTapMissing", "noop", ""]


def _attr(name: str, value: str | None) -> str:
    return f" {name}" if value is None else f' {name}="{value}"'


@st.composite
def _element(draw: st.DrawFn, depth: int) -> str:
    tag = draw(st.sampled_from(["view", "text", "label", "checkbox-group", "checkbox", "switch", "radio", "navigator",
                                "image", "button", "van-checkbox", "agree-box", "block", "include", "template"]))
    attrs = ""
    if draw(st.booleans()):
        attrs += _attr("class", draw(st.sampled_from(_CLASSES)))
    if draw(st.integers(0, 3)) == 0:
        attrs += _attr("style", draw(st.sampled_from(_STYLES)))
    branch = draw(st.sampled_from(["", "", "wx:if", "wx:elif", "wx:else", "hidden", "wx:for"]))
    if branch == "wx:else":
        attrs += " wx:else"
    elif branch == "wx:for":
        attrs += _attr("wx:for", "{{list}}") + _attr("wx:key", "id")
    elif branch:
        attrs += _attr(branch, draw(st.sampled_from(_CONDITIONS)))
    if tag in ("checkbox", "switch", "radio", "van-checkbox", "agree-box"):
        checked = draw(st.sampled_from(_CHECKED))
        if checked is not None or draw(st.booleans()):
            attrs += _attr("checked" if tag != "van-checkbox" else "value", checked)
        if draw(st.integers(0, 4)) == 0:
            attrs += _attr("disabled", draw(st.sampled_from([None, "true", "{{locked}}"])))
    if tag == "navigator":
        attrs += _attr("url", draw(st.sampled_from(["/pages/privacy/privacy", "/pages/home/home", ""])))
    if draw(st.integers(0, 3)) == 0:
        attrs += _attr(draw(st.sampled_from(["bindtap", "catchtap", "bind:tap"])), draw(st.sampled_from(_HANDLERS)))
    if tag == "image":
        attrs += _attr("src", draw(st.sampled_from(["/icons/check_selected.png", "{{agreed ? on : off}}", ""])))
        return f"<image{attrs} />"
    if tag == "template":  # a use of a definition: imported, in the page, missing or chosen at runtime
        name = draw(st.sampled_from(["row", "local", "missing", "{{kind}}", ""]))
        data = draw(st.sampled_from([None, "", "{{checked: true}}", "{{...item}}", "{{checked: agreed, label}}",
                                     "{{...form, checked: !agreed}}", "{{checked}}", "plain"]))
        return f"<template{attrs}{_attr('is', name)}{_attr('data', data) if data is not None else ''} />"
    if tag == "include":  # a shared template, by absolute or relative path, missing, bound, or including itself
        src = draw(st.sampled_from(["/templates/consent.wxml", "../../templates/consent.wxml", "/templates/loop.wxml",
                                    "missing.wxml", "{{tpl}}", ""]))
        return f"<include{attrs}{_attr('src', src)} />"
    if depth == 0 or (tag in ("checkbox", "switch", "radio") and draw(st.booleans())):
        text = draw(st.sampled_from(_TEXTS))
        return f"<{tag}{attrs}>{text}</{tag}>" if text or draw(st.booleans()) else f"<{tag}{attrs} />"
    children = draw(st.lists(st.one_of(_element(depth - 1), st.sampled_from(_TEXTS)), max_size=4))
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


@st.composite
def _script(draw: st.DrawFn) -> str:
    data = {"agreed": draw(st.booleans()), "flag": draw(st.booleans()), "size": draw(st.sampled_from([10, 12, 24, 28])),
            "title": draw(st.sampled_from(_TEXTS)), "count": 120, "list": [{"id": 1, "on": True}],
            "form": {"agree": draw(st.booleans())}, "locked": draw(st.booleans())}
    keys = draw(st.lists(st.sampled_from(sorted(data)), unique=True))
    body = ", ".join(f"{k}: {json.dumps(data[k], ensure_ascii=False)}" for k in keys)
    on_load = draw(st.sampled_from(["", "this.setData({ agreed: true })", "this.setData({ flag: !this.data.flag })",
                                    "wx.request({ success: () => this.setData({ agreed: true }) })",
                                    "if (this.options.x) { this.setData({ agreed: true }) }"]))
    methods = [
        "toggle() { this.setData({ agreed: !this.data.agreed }) }",
        "openPrivacy() { wx.navigateTo({ url: '/pages/privacy/privacy' }) }",
        "noop() {}",
    ]
    chosen = draw(st.lists(st.sampled_from(methods), unique=True))
    return "Page({\n  data: { " + body + " },\n  onLoad() { " + on_load + " },\n  " + ",\n  ".join(chosen) + "\n})\n"


@st.composite
def _sheet(draw: st.DrawFn) -> str:
    rules = []
    for _ in range(draw(st.integers(0, 6))):
        selector = draw(st.sampled_from([".legal", ".tip", ".row .legal", "text", ".footer text", "#x",
                                         ".agree.checked", "page", ".hidden", ".mini"]))
        declaration = draw(st.sampled_from(["font-size: 18rpx", "font-size: 0.5em", "font-size: 30rpx !important",
                                            "display: none", "visibility: hidden", "font: 10px/1 sans-serif",
                                            "opacity: 0", "color: red", "font-size: {{x}}"]))
        rules.append(f"{selector} {{ {declaration}; }}")
    return "\n".join(rules) + "\n"


_COMPONENT_JS = ("Component({\n  properties: { checked: { type: Boolean, value: %s } },\n"
                 "  methods: { onTap() { this.triggerEvent('change', { value: !this.data.checked }) } }\n})\n")
_ROWS = ('<template name="row"><label><checkbox checked="{{checked}}" />同意《隐私政策》</label>'
         '<template is="row" data="{{checked}}" /></template>\n')
_LOOP = '<include src="loop.wxml" /><label><checkbox checked="{{agreed}}" />同意《隐私政策》</label>\n'
_COMPONENT_WXML = '<label bindtap="onTap"><checkbox checked="{{checked}}" />同意《隐私政策》</label>\n'


@given(template=st.lists(_element(3), min_size=1, max_size=4), script=_script(), sheet=_sheet(),
       app_sheet=_sheet(), default=st.sampled_from(["true", "false"]))
@_FUZZ
def test_well_formed_pages_are_never_an_internal_error(template: list[str], script: str, sheet: str,
                                                       app_sheet: str, default: str) -> None:
    page = ('<import src="/templates/rows.wxml" />\n<template name="local"><label><checkbox checked="{{checked}}" />'
            f'{{{{label}}}}</label></template>\n<view class="page">{"".join(template)}</view>\n')
    files = {
        "app.json": b'{"pages": ["pages/p/p"], "usingComponents": {"van-checkbox": "@vant/weapp/checkbox/index"}}',
        "app.wxss": app_sheet.encode(),
        "pages/p/p.wxml": page.encode(),
        "pages/p/p.js": script.encode(),
        "pages/p/p.wxss": sheet.encode(),
        "pages/p/p.json": b'{"usingComponents": {"agree-box": "/components/agree-box/agree-box"}}',
        "components/agree-box/agree-box.json": b'{"component": true}',
        "components/agree-box/agree-box.js": (_COMPONENT_JS % default).encode(),
        "components/agree-box/agree-box.wxml": _COMPONENT_WXML.encode(),
        "templates/consent.wxml": (f"<view>{template[0]}</view>\n" if len(template) > 1 else _COMPONENT_WXML).encode(),
        "templates/loop.wxml": _LOOP.encode(),
        "templates/rows.wxml": _ROWS.encode(),
    }
    findings, names = lint_files(files)
    _check(findings, names)


# uni-app single-file components: the same kind of page in Vue's syntax, data from `data()` or `<script setup>`.

@st.composite
def _vue_element(draw: st.DrawFn, depth: int) -> str:
    tag = draw(st.sampled_from(["view", "text", "label", "checkbox-group", "checkbox", "switch", "navigator",
                                "u-switch", "agree-box", "template"]))
    attrs = ""
    if draw(st.booleans()):
        attrs += draw(st.sampled_from([' class=""', ' class="legal"', " :class=\"{ on: agreed }\"",
                                       " :class=\"[agreed ? 'checked' : '']\"", ' class="row tip"']))
    if draw(st.integers(0, 3)) == 0:
        attrs += draw(st.sampled_from([' style=""', ' style="font-size: 18rpx"',
                                       " :style=\"{ fontSize: size + 'rpx' }\"", ' v-show="flag"',
                                       ' v-show="!agreed"']))
    attrs += draw(st.sampled_from(["", "", ' v-if="agreed"', ' v-else-if="flag"', " v-else", ' v-if=""',
                                   ' v-for="item in list" :key="item.id"']))
    if tag in ("checkbox", "switch", "u-switch", "agree-box"):
        attrs += draw(st.sampled_from(["", " checked", ' :checked="agreed"', ' :checked="true"', ' checked=""',
                                       ' v-model="agreed"', ' :checked="form.agree"', ' :checked="item.on"']))
    if draw(st.integers(0, 3)) == 0:
        attrs += draw(st.sampled_from([' @tap="toggle"', ' @click="agreed = !agreed"', ' @tap="openPrivacy"',
                                       ' @tap=""']))
    if depth == 0:
        text = draw(st.sampled_from(_TEXTS)).replace("{{agreed ? '✓' : ''}}", "{{ agreed ? '✓' : '' }}")
        return f"<{tag}{attrs}>{text}</{tag}>"
    children = draw(st.lists(st.one_of(_vue_element(depth - 1), st.sampled_from(_TEXTS)), max_size=4))
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


@st.composite
def _vue_script(draw: st.DrawFn) -> str:
    agreed, flag = json.dumps(draw(st.booleans())), json.dumps(draw(st.booleans()))
    if draw(st.booleans()):
        return ("<script setup>\nimport { ref, reactive } from 'vue'\n"
                f"const agreed = ref({agreed})\nconst flag = ref({flag})\nconst size = ref(24)\n"
                "const form = reactive({ agree: true })\nconst list = ref([])\n"
                "function toggle() { agreed.value = !agreed.value }\n"
                "function openPrivacy() { uni.navigateTo({ url: '/pages/privacy/privacy' }) }\n</script>\n")
    return ("<script>\nexport default {\n  data() {\n"
            f"    return {{ agreed: {agreed}, flag: {flag}, size: 24, form: {{ agree: false }}, list: [] }}\n  }},\n"
            f"  onLoad() {{ {draw(st.sampled_from(['', 'this.agreed = true', 'this.flag = !this.flag']))} }},\n"
            "  methods: {\n    toggle() { this.agreed = !this.agreed },\n"
            "    openPrivacy() { uni.navigateTo({ url: '/pages/privacy/privacy' }) }\n  }\n}\n</script>\n")


_AGREE_BOX = ('<template>\n  <label @tap="onTap"><checkbox :checked="checked" />同意《隐私政策》</label>\n</template>\n'
              "<script>\nexport default {\n  props: { checked: { type: Boolean, default: %s } },\n"
              "  methods: { onTap() { this.$emit('change', !this.checked) } }\n}\n</script>\n")


@given(template=st.lists(_vue_element(3), min_size=1, max_size=4), script=_vue_script(), sheet=_sheet(),
       default=st.sampled_from(["true", "false"]))
@_FUZZ
def test_well_formed_uniapp_pages_are_never_an_internal_error(template: list[str], script: str, sheet: str,
                                                              default: str) -> None:
    view = f'<view class="page">{"".join(template)}</view>'
    page = f"<template>\n  {view}\n</template>\n{script}<style>\n{sheet}</style>\n"
    files = {"pages.json": b'{"pages": [{"path": "pages/p/p"}]}', "pages/p/p.vue": page.encode(),
             "components/agree-box/agree-box.vue": (_AGREE_BOX % default).encode()}
    findings, names = lint_files(files)
    _check(findings, names)


# Taro: a React function component with hooks, Taro's components and class names.

@st.composite
def _jsx_element(draw: st.DrawFn, depth: int) -> str:
    tag = draw(st.sampled_from(["View", "Text", "Label", "CheckboxGroup", "Checkbox", "Switch", "Navigator", "Button"]))
    attrs = ""
    if draw(st.booleans()):
        attrs += draw(st.sampled_from([" className=''", " className='legal'", " className={agreed ? 'on' : ''}",
                                       " style={{ fontSize: '9px' }}", " style={{}}", " hidden={!flag}"]))
    if tag in ("Checkbox", "Switch"):
        attrs += draw(st.sampled_from(["", " checked", " checked={agreed}", " checked={true}", " checked={false}",
                                       " checked={form.agree}", " checked={!agreed}"]))
    if draw(st.integers(0, 3)) == 0:
        attrs += draw(st.sampled_from([" onClick={() => setAgreed(!agreed)}", " onClick={openPrivacy}",
                                       " onClick={undefined}"]))
    if depth == 0:
        text = draw(st.sampled_from(["我已阅读并同意《用户协议》", "记住密码", "{title}", "Share my data with partners",
                                     "", "{agreed ? '✓' : ''}"]))
        return f"<{tag}{attrs}>{text}</{tag}>"
    children = draw(st.lists(_jsx_element(depth - 1), max_size=3))
    inner = "".join(children)
    wrapped = draw(st.sampled_from(["{inner}", "{{flag && ({inner})}}", "{{agreed ? ({inner}) : null}}"]))
    body = wrapped.format(inner=f"<{tag}{attrs}>{inner}</{tag}>") if inner else f"<{tag}{attrs} />"
    return body if body.startswith("<") else f"<View>{body}</View>"


@given(tree=_jsx_element(3), agreed=st.booleans(), flag=st.booleans())
@_FUZZ
def test_well_formed_taro_pages_are_never_an_internal_error(tree: str, agreed: bool, flag: bool) -> None:
    module = ("import { useState } from 'react'\nimport Taro from '@tarojs/taro'\n"
              "import { View, Text, Label, CheckboxGroup, Checkbox, Switch, Navigator, Button } "
              "from '@tarojs/components'\n\nexport default function Page() {\n"
              f"  const [agreed, setAgreed] = useState({json.dumps(agreed)})\n"
              f"  const [flag] = useState({json.dumps(flag)})\n  const form = {{ agree: true }}\n"
              "  const title = 'Terms of Service'\n"
              "  const openPrivacy = () => Taro.navigateTo({ url: '/pages/privacy/index' })\n"
              f"  return (\n    <View className='page'>{tree}</View>\n  )\n}}\n")
    files = {"config/index.js": b"module.exports = { designWidth: 750 }\n", "src/pages/p/index.tsx": module.encode()}
    findings, names = lint_files(files)
    _check(findings, names)
