"""uni-app frontend: SFC offsets, Vue state, styles and the facts the rules read."""

from __future__ import annotations

from pathlib import Path

from lint.frontends.scss import UNRESOLVED, parse_nested
from lint.frontends.vue import page
from lint.frontends.vue.script import ComponentState, read_script
from lint.frontends.vue.sfc import split
from lint.model import Node


def _nodes(path: Path) -> list[Node]:
    docs = page.build(path, lambda p: p.name)
    return [n for root in docs[0].roots for n in root.walk()]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_template_positions_are_the_files_own_after_a_chinese_script(tmp_path: Path) -> None:
    sfc = (
        "<script>\n// 登录页：同意协议\nexport default { data() { return { agreed: true } } }\n</script>\n"
        "<template>\n  <view>\n    <text>说明</text><checkbox :checked=\"agreed\" />\n  </view>\n</template>\n"
    )
    path = _write(tmp_path, "login.vue", sfc)
    box = next(n for n in _nodes(path) if n.tag == "checkbox")
    # Line 7; "    <text>说明</text>" is 19 UTF-16 units, so the checkbox starts at column 20.
    assert (box.span.line, box.span.column) == (7, 20)
    assert box.fact("checked").value is True
    notes = [e.note for e in box.fact("checked").evidence]
    assert notes[:2] == [':checked="agreed"', "data.agreed = true"]


def test_script_setup_refs_reactive_and_prop_defaults() -> None:
    src = (
        b"const theme = ref(true)\nconst form = reactive({ share: false, protocol: null })\n"
        b"const props = withDefaults(defineProps<{ renew?: boolean; note?: string }>(), { renew: true })\n"
    )
    state = ComponentState()
    assert read_script(src, "ts", True, "s.vue", state) is None
    assert state.scope.lookup("theme")[0] is True
    assert state.scope.lookup("form.protocol")[0] is None
    assert state.props["renew"] is True
    assert state.scope.lookup("props.renew")[0] is True
    assert state.scope.evidence["theme"].note == "theme = ref(true)"


def test_boolean_props_without_default_start_false() -> None:
    state = ComponentState()
    read_script(b"export default { props: { agreed: Boolean, label: String } }", "", False, "c.vue", state)
    assert state.props["agreed"] is False
    assert state.scope.lookup("label")[0] is not True


def test_scss_nesting_suffixes_and_unknown_variables() -> None:
    source = b".agree {\n  font-size: 26rpx;\n  &-tip { font-size: $tiny; }\n  .x { display: none }\n}\n"
    sheet = parse_nested(source, "a.scss")
    rules = {r.selector_text: r for r in sheet.rules}
    assert set(rules) == {".agree", ".agree-tip", ".agree .x"}
    assert rules[".agree-tip"].declarations[0].value == UNRESOLVED
    assert rules[".agree .x"].declarations[0].line == 4


def test_scss_variables_of_the_file_resolve_by_scope_and_flags() -> None:
    source = (
        b"$tip-size: 18rpx;\n"
        b"$base_gap: 10px !default;\n"
        b"$base-gap: 30px !default;\n"  # already set: !default keeps 10px
        b"$icon: rpx(24);\n"  # a function: unknown
        b".tip { font-size: $tip-size; }\n"
        b".row { font-size: $base-gap * 2; }\n"
        b".card {\n  $tip-size: 24rpx;\n  .note { font-size: $tip-size; }\n}\n"
        b".after { font-size: $tip-size !important; }\n"
        b".icon { font-size: $icon; }\n"
        b".theme { font-size: $uni-font-size-sm; }\n"  # uni.scss or an import: not this file's
        b"$tip-size: map-get($sizes, tip);\n"
        b".late { font-size: $tip-size; }\n"
    )
    sheet = parse_nested(source, "a.scss")
    sizes = {r.selector_text: r.declarations[0].value for r in sheet.rules}
    assert sizes == {".tip": "18rpx", ".row": "20px", ".card .note": "24rpx", ".after": "18rpx",
                     ".icon": UNRESOLVED, ".theme": UNRESOLVED, ".late": UNRESOLVED}
    assert [r.declarations[0].important for r in sheet.rules if r.selector_text == ".after"] == [True]


def test_a_protocol_relative_url_is_not_a_comment() -> None:
    sheet = parse_nested(b".hero { background: url(//cdn.example.com/bg.png) no-repeat; font-size: 20rpx; }\n"
                         b".tip { font-size: 18rpx; }\n", "a.scss")
    assert {r.selector_text: [d.value for d in r.declarations] for r in sheet.rules} == {
        ".hero": ["20rpx"], ".tip": ["18rpx"]}


def test_scss_loops_expand_into_rules_with_computed_values() -> None:
    source = b"""@for $i from 8 to 10 {
  .fs-#{$i} { font-size: $i * 1px !important; }
}
@each $size in 20, 24 { .text-#{$size} { font-size: #{$size}rpx; } }
@mixin scale { @for $i from 1 through 3 { .m-#{$i} { font-size: $i * 1px; } } }
.tip { @for $k from 1 through 2 { &-#{$k} { font-size: $k * 20px / 2; } } }
@for $i from 1 through 100000 { .w-#{$i} { font-size: $i * 1px; } }
@for $i from 1 through 2 { .h-#{$i} { font-size: math.div($i, 2) * 1rem; } }
@for $i from 1 through 2 { .r-#{$i} { font-size: round($i * 1.5) * 1px; } }
"""
    sheet = parse_nested(source, "utility.scss")
    sizes = {r.selector_text: (r.declarations[0].value, r.declarations[0].line, r.declarations[0].important)
             for r in sheet.rules if r.declarations and r.declarations[0].prop == "font-size"}
    # `to` stops before the end, `through` includes it; each round keeps the loop body's line.
    assert sizes[".fs-8"] == ("8px", 2, True) and sizes[".fs-9"] == ("9px", 2, True) and ".fs-10" not in sizes
    assert sizes[".text-20"] == ("20rpx", 4, False) and sizes[".text-24"][0] == "24rpx"
    assert not any(name.startswith(".m-") for name in sizes)  # a mixin's body is not CSS until included
    assert sizes[".tip-1"][0] == "10px" and sizes[".tip-2"][0] == "20px"
    assert sizes[".h-1"][0] == "0.5rem"  # Sass's own division
    assert sizes[".r-1"][0] == UNRESOLVED  # another function: unknown, never guessed
    assert sum(r.selector_text.startswith(".w-") for r in sheet.rules) == 200  # bounded rounds
    huge = parse_nested(b"@for $i from 1 through 999999999 { .a-#{$i} { font-size: $i * 1px } }", "x.scss")
    assert len(huge.rules) == 200  # the range is never built whole


def test_sfc_blocks_keep_offsets() -> None:
    data = b'<template><view/></template>\n<style lang="less">\n.a { font-size: 9px }\n</style>\n'
    sfc = split(data)
    assert sfc.template is not None and sfc.styles[0].lang == "less"
    view = sfc.view(sfc.styles[0])
    assert len(view) == len(data) and view.splitlines()[2] == b".a { font-size: 9px }"


def test_v_if_chain_v_show_class_and_style_objects(tmp_path: Path) -> None:
    sfc = """<template>
  <view>
    <text v-if="step === 2">A《用户协议》</text>
    <text v-else>B《隐私政策》</text>
    <text v-show="open">C《服务条款》</text>
    <text :class="{ tiny: small, big: !small }">D</text>
    <text :style="{ fontSize: '9px' }">E</text>
  </view>
</template>
<script setup>
const step = ref(1)
const open = ref(false)
const small = ref(true)
</script>
<style scoped>
.tiny { font-size: 18rpx }
</style>
"""
    nodes = {n.fact("text").value[:1]: n for n in _nodes(_write(tmp_path, "p.vue", sfc)) if n.tag == "text"}
    assert nodes["A"].fact("visible").value is False
    assert nodes["B"].fact("visible").value is True
    assert nodes["C"].fact("visible").value is False
    assert nodes["C"].fact("visible").evidence[0].note == 'v-show="open"'
    assert nodes["D"].fact("font_size").value == 9
    assert nodes["E"].fact("font_size").value == 9


def test_project_component_takes_the_page_binding_else_its_default(tmp_path: Path) -> None:
    _write(tmp_path, "pages.json", '{ "pages": [] }')
    _write(tmp_path, "components/agree-box/agree-box.vue", """<template>
  <view><checkbox :checked="modelValue" /><text>我已阅读并同意</text></view>
</template>
<script>
export default { props: { modelValue: { type: Boolean, default: true } } }
</script>
""")
    page_file = _write(tmp_path, "pages/a/a.vue", """<template>
  <view>
    <agree-box v-model="off" />
    <agree-box />
  </view>
</template>
<script setup>
const off = ref(false)
</script>
""")
    boxes = [n for n in _nodes(page_file) if n.tag == "agree-box"]
    assert [b.kind for b in boxes] == ["toggle", "toggle"]
    assert [b.fact("checked").value for b in boxes] == [False, True]
    assert "我已阅读并同意" in boxes[0].fact("label").value


def test_a_uni_modules_component_is_part_of_the_pages_cache_key() -> None:
    from lint.frontends.vue.context import vue_context

    project = Path(__file__).resolve().parent.parent / "rules" / "consent-prechecked" / "uniapp-uni-modules"
    listed = vue_context(project / "pages" / "index" / "index.vue")
    assert project / "uni_modules" / "agree-kit" / "components" / "agree-check" / "agree-check.vue" in listed


def test_a_one_word_component_is_part_of_the_page_cache_key() -> None:
    from lint.frontends.vue.context import vue_context

    project = Path(__file__).parent.parent / "rules" / "consent-prechecked" / "uniapp-qa-components" / "src"
    listed = vue_context(project / "pages" / "renew" / "renew.vue")
    assert project / "components" / "protocol" / "protocol.vue" in listed
    assert not any(p.name in ("view.vue", "checkbox.vue") for p in listed)  # built-ins are not looked up


def test_uni_scss_and_imported_tokens_are_part_of_the_page_cache_key() -> None:
    from lint.frontends.vue.context import vue_context

    project = Path(__file__).parent.parent / "rules" / "legal-text-small" / "uniapp-styles"
    listed = vue_context(project / "pages" / "order" / "order.vue")
    assert project / "uni.scss" in listed  # its variables size the page's text
    assert project / "common" / "tokens.scss" in listed
    assert project / "common" / "theme-vars.scss" in listed  # imported by uni.scss
    assert project / "common" / "palette.scss" in listed  # imported by tokens.scss
    assert project / "common" / "_scale.scss" in listed  # @use "@/common/scale" (a partial)


def test_message_files_are_part_of_the_page_cache_key() -> None:
    from lint.frontends.vue.context import vue_context

    project = Path(__file__).parent.parent / "rules" / "consent-prechecked" / "uniapp-i18n"
    listed = vue_context(project / "pages" / "login" / "login.vue")
    # `$t('login.agree')` shows a message from these; main.js is where vue-i18n gets them.
    for name in ("zh-Hans.json", "en.json", "zh-Hant.json", "index.js"):
        assert project / "locale" / name in listed
    assert project / "main.js" in listed


def test_taro_message_files_are_part_of_the_page_cache_key() -> None:
    from lint.frontends.vue.context import taro_context

    project = Path(__file__).parent.parent / "rules" / "legal-text-small" / "taro-i18n" / "src"
    listed = taro_context(project / "pages" / "login" / "index.tsx")
    # `t('pages:booking.refund')` reads a language folder's namespace files; app.ts gives i18next its resources.
    for language in ("zh-CN", "en"):
        for namespace in ("translation.json", "pages.json"):
            assert project / "locales" / language / namespace in listed
    assert project / "app.ts" in listed


def test_messages_read_first_chinese_then_english_and_nested_keys_flatten(tmp_path: Path) -> None:
    from lint.frontends.expr import TRANSLATION, UNKNOWN
    from lint.frontends.i18n import loader, translating

    (tmp_path / "lang").mkdir()
    (tmp_path / "lang" / "en.js").write_text("export default { agree: { text: 'I agree to the Privacy Policy' } }\n")
    (tmp_path / "lang" / "ja.json").write_text('{"agree": {"text": "同意する"}}')
    lookup = translating(lambda path: ("data", ()), loader(tmp_path), str)
    value, evidence = lookup(TRANSLATION + "agree.text")
    assert value == "I agree to the Privacy Policy"  # English before any other language
    assert evidence[0].note == "t('agree.text') = 'I agree to the Privacy Policy'"
    assert lookup(TRANSLATION + "agree.missing")[0] is UNKNOWN
    assert lookup("agreed") == ("data", ())  # other paths go to the page's own state
    (tmp_path / "lang" / "zh-CN.js").write_text("const zh = { agree: { text: '{app}请求同意' } }\nexport default zh\n")
    fresh = translating(lambda path: (UNKNOWN, ()), loader(tmp_path), str)
    assert fresh(TRANSLATION + "agree.text")[0] is UNKNOWN  # Chinese first; its first word is filled in at run time


def test_conditional_compilation_keeps_the_wechat_build_with_every_offset() -> None:
    from lint.frontends.vue.ifdef import active

    source = (
        b"a\n"
        b"// #ifdef APP-PLUS\nb\n// #elif MP-ALIPAY\nc\n// #elif MP-WEIXIN && VUE3\nd\n// #else\ne\n// #endif\n"
        b"<!-- #ifndef H5 -->\nf\n<!-- #ifdef MP-BAIDU -->\ng\n<!-- #endif -->\n<!-- #endif -->\n"
        b"/* #ifdef H5 || MP */\nh\n/* #endif */\n"
        b"// #ifdef uniVersion > 3.9\ni\n// #endif\n"
        b"// #ifdef H5\nj is never closed\n"
    )
    kept = active(source)
    assert len(kept) == len(source) and kept.count(b"\n") == source.count(b"\n")
    lines = [line.strip() for line in kept.decode().splitlines() if line.strip() and b"#" not in line.encode()]
    assert lines == ["a", "d", "f", "h", "j is never closed"]
    assert active(b"no directives here") == b"no directives here"
    # Inline, as uni-app's preprocessor allows: the branch between the comments goes, the rest of the line stays.
    inline = b'<view><!-- #ifdef H5 --><checkbox checked/><!-- #endif -->l</view> <a href="http://x/#ifdef">'
    kept = inline.replace(b"<checkbox checked/>", b" " * len(b"<checkbox checked/>"))
    assert active(inline) == kept


_REGISTER = """<template>
  <view class="register">
    <view class="register__agree">
      <checkbox-group @change="onAgree">
        <label class="register__row">
          <checkbox value="agree" :checked="agreed" color="#2979ff" />
          <text>我已阅读并同意《用户协议》和《隐私政策》</text>
        </label>
      </checkbox-group>
    </view>
    <!-- #ifdef APP-PLUS -->
    <view class="register__push">
      <switch :checked="pushOn" @change="onPush" />
      <text>接收个性化推荐与营销推送</text>
    </view>
    <!-- #endif -->
    <button class="register__submit" @click="submit">注册</button>
  </view>
</template>

<script>
export default {
  data() {
    return {
      // #ifdef APP-PLUS
      agreed: true,
      // #endif
      // #ifndef APP-PLUS
      agreed: false,
      // #endif
      pushOn: true,
    }
  },
  methods: {
    onAgree(e) { this.agreed = e.detail.value.length > 0 },
    onPush(e) { this.pushOn = e.detail.value },
    submit() {},
  },
}
</script>
"""


def test_uniapp_platforms_lints_each_build_and_names_the_one_a_finding_is_in(tmp_path: Path) -> None:
    """The App build ticks the agreement and shows a pre-checked push switch; the WeChat build does neither."""
    from lint.runner import RunOptions, run

    def found(config: str | None) -> list[tuple[int, tuple[str, ...]]]:
        project = tmp_path / str(len(list(tmp_path.iterdir())))  # configs are remembered per folder and process
        _write(project, "pages.json", '{"pages": [{"path": "pages/register/register"}]}')
        _write(project, "pages/register/register.vue", _REGISTER)
        if config is not None:
            _write(project, ".darklint.yaml", config)
        result = run([project], RunOptions(cwd=project, no_cache=True))
        return [(f.line, tuple(e.note for e in f.evidence if "build" in e.note))
                for f in result.findings if f.rule == "consent-prechecked"]

    assert found(None) == []  # the default: the WeChat build only
    both = found("uniapp-platforms: [MP-WEIXIN, APP-PLUS, APP-ANDROID]\n")
    # Each finding once, naming the builds that have it (APP-ANDROID's is the same App build).
    app = ("in the APP-PLUS, APP-ANDROID builds (uniapp-platforms)",)
    assert both == [(6, app), (13, app)]
    assert found("uniapp-platforms: [APP-PLUS]\n") == [(6, ()), (13, ())]  # the first build is not named
    assert found("uniapp-platforms: [H5, MP-ALIPAY]\n") == []


def test_an_element_is_reported_once_with_what_each_build_says(tmp_path: Path) -> None:
    from lint.runner import RunOptions, run

    _write(tmp_path, ".darklint.yaml", "uniapp-platforms: [MP-WEIXIN, APP-PLUS, H5]\n")
    _write(tmp_path, "pages.json", '{"pages": [{"path": "pages/login/login"}]}')
    _write(tmp_path, "pages/login/login.vue", """<template>
  <view class="login">
    <text class="legal">登录即表示同意《用户协议》和《隐私政策》</text>
    <view class="row">
      <switch :checked="true" />
      <!-- #ifdef MP-WEIXIN -->
      <text>允许通过微信服务通知向我推送优惠活动</text>
      <!-- #endif -->
      <!-- #ifndef MP-WEIXIN -->
      <text>允许通过短信向我推送优惠活动</text>
      <!-- #endif -->
    </view>
  </view>
</template>
<style>
.legal {
  /* #ifdef APP-PLUS */
  font-size: 18rpx;
  /* #endif */
  /* #ifdef H5 */
  font-size: 11px;
  /* #endif */
  /* #ifdef MP-WEIXIN */
  font-size: 20rpx;
  /* #endif */
}
</style>
""")
    result = run([tmp_path], RunOptions(cwd=tmp_path, no_cache=True))
    found = [f for f in result.findings if f.rule == "legal-text-small"]
    assert len(found) == 1 and "is 10px" in found[0].message  # the first build's
    notes = [e.note for e in found[0].evidence if "build" in e.note]
    assert len(notes) == 2 and "APP-PLUS build" in notes[0] and "is 9px" in notes[0] and "is 11px" in notes[1]
    # The switch's label (and so its fingerprint) differs by build: still one element, one finding.
    switches = [f for f in result.findings if f.rule == "consent-prechecked"]
    assert len(switches) == 1 and "微信服务通知" in switches[0].message
    assert any("APP-PLUS build" in e.note and "短信" in e.note for e in switches[0].evidence)


def test_conditions_group_with_parentheses_and_read_per_build() -> None:
    """mp-html's node.vue (vendored by uView and hy-app): `#ifndef H5 || (APP-PLUS && VUE2)`."""
    from lint.frontends.vue.ifdef import active, building

    source = (b"// #ifndef H5 || (APP-PLUS && VUE2)\na\n// #endif\n"
              b"// #ifdef MP-TOUTIAO || ((H5 || APP-PLUS) && VUE3)\nb\n// #endif\n"
              b"// #ifdef (MP-WEIXIN\nc is not compiled: the condition does not parse\n// #endif\n")

    def kept(platform: str) -> list[str]:
        with building(platform):
            text = active(source).decode()
        return [line.strip() for line in text.splitlines() if line.strip() and "#" not in line]

    assert kept("MP-WEIXIN") == ["a"]
    assert kept("H5") == ["b"]
    assert kept("APP-PLUS") == ["a", "b"]
    assert kept("MP-TOUTIAO") == ["a", "b"]
    # An App build compiles an .nvue page as APP-NVUE, a .vue page as APP-VUE.
    page = (b"<!-- #ifdef APP-NVUE -->\n<list/>\n<!-- #endif -->\n"
            b"<!-- #ifdef APP-VUE -->\n<scroll-view/>\n<!-- #endif -->\n")
    with building("APP-PLUS"):
        assert b"<list/>" in active(page, nvue=True) and b"<scroll-view/>" not in active(page, nvue=True)
        assert b"<list/>" not in active(page) and b"<scroll-view/>" in active(page)
    with building("MP-WEIXIN"):  # a mini-program compiles an .nvue page as a .vue one
        assert b"<list/>" not in active(page, nvue=True) and b"<scroll-view/>" not in active(page, nvue=True)


def test_the_config_schema_lists_every_uniapp_platform() -> None:
    import json

    from lint.frontends.vue.ifdef import DEFAULT_PLATFORM, PLATFORMS

    schema = json.loads((Path(__file__).parent.parent / "rules/schema/config.schema.json").read_text())
    assert schema["properties"]["uniapp-platforms"]["items"]["enum"] == list(PLATFORMS)
    assert DEFAULT_PLATFORM in PLATFORMS and all(name in PLATFORMS[name] or name in ("APP", "WEB")
                                                  for name in PLATFORMS)


def test_a_translated_text_names_the_message_it_shows() -> None:
    """Every finding says where its deciding facts come from: a translated label, the message file and line."""
    from lint.rules import preset_path
    from lint.runner import RunOptions, run

    rules = Path(__file__).parent.parent / "rules"
    for project, shown in ((rules / "consent-prechecked" / "uniapp-i18n", "locale/zh-Hans.json:6"),
                           (rules / "legal-text-small" / "taro-i18n", "src/locales/zh-CN/translation.json:5")):
        result = run([project], RunOptions(config=preset_path("recommended"), cwd=project, no_cache=True))
        cited = {f"{e.path}:{e.line}" for f in result.findings for e in f.evidence}
        assert shown in cited, sorted(cited)


def test_uview_major_needs_every_source_to_agree(tmp_path: Path) -> None:
    from lint.frontends.vue.project import uview_major

    # A CLI project: pages.json under src/, the dependency in the package.json beside it.
    cli = tmp_path / "cli"
    _write(cli, "package.json", '{"dependencies": {"uview-ui": "^1.8.4", "vue": "^2.6.12"}}')
    assert uview_major(cli / "src") == 1
    # uView 2 copied into uni_modules while package.json still names 1.x: not known.
    _write(cli, "src/uni_modules/uview-ui/package.json", '{"name": "uview-ui", "version": "2.0.36"}')
    uview_major.cache_clear()  # read once per project root and run
    assert uview_major(cli / "src") is None
    # A range that names no version, and no source at all: not known.
    _write(tmp_path, "latest/package.json", '{"dependencies": {"uview-ui": "latest"}}')
    assert uview_major(tmp_path / "latest") is None
    assert uview_major(tmp_path / "none") is None
    # A package.json above a project root that is not `src/` is not the project's.
    _write(tmp_path, "mono/package.json", '{"dependencies": {"uview-ui": "^1.8.4"}}')
    assert uview_major(tmp_path / "mono" / "app") is None
