"""The mini-program dialects: file extensions and directive prefixes, one table for all seven."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    template: str
    style: str
    prefix: str
    #: Baidu writes `s-if="cond"` without braces; the others need `{{ }}` in directives.
    bare_directives: bool = False
    #: Whether app and page styles stop at a custom component's boundary by default (WeChat's
    #: `styleIsolation: isolated`); Alipay applies global styles to components unless told otherwise.
    isolated_components: bool = True
    #: An older spelling of the loop directive the runtime still reads (WeChat's `wx:for-items`, which the
    #: weui demo pages use); "" when the dialect has none.
    legacy_loop: str = ""

    @property
    def directives(self) -> tuple[str, str, str, str]:
        p = self.prefix
        return (f"{p}if", f"{p}elif", f"{p}else", f"{p}for")


DIALECTS: dict[str, Dialect] = {
    d.template: d
    for d in (
        Dialect("wechat", ".wxml", ".wxss", "wx:", legacy_loop="wx:for-items"),
        Dialect("alipay", ".axml", ".acss", "a:", isolated_components=False),
        Dialect("baidu", ".swan", ".css", "s-", bare_directives=True),
        Dialect("bytedance", ".ttml", ".ttss", "tt:"),
        Dialect("qq", ".qml", ".qss", "qq:"),
        Dialect("kuaishou", ".ksml", ".css", "ks:"),
        Dialect("jd", ".jxml", ".jxss", "jd:"),
    )
}
SCRIPT_EXTS = (".ts", ".js")
#: Tap handler attributes, as every dialect spells them (WeChat's bind/catch forms, Alipay's `onTap`).
TAPS = ("bindtap", "catchtap", "bind:tap", "catch:tap", "ontap", "capture-bind:tap")
#: Style sources a build step compiles into the dialect's own sheet (WeChat's `useCompilerPlugins: ["sass"]`, a
#: gulp task): read when a page or the app has no sheet of the dialect's own kind.
COMPILED_STYLES = (".scss", ".less")
#: Inline script blocks (WXS and its cousins) are JavaScript, not markup: blanked before parsing.
SCRIPT_TAGS = (b"wxs", b"sjs", b"filter", b"qs", b"jds")
