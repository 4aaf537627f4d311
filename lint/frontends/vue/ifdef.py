"""uni-app conditional compilation: one platform's build, read as the compiler leaves it.

uni-app compiles one source tree to many platforms; code for some of them only is fenced by comments in the
file's own syntax (`<!-- #ifdef MP-WEIXIN -->`, `// #ifndef H5`, `/* #ifdef APP-PLUS */`, each closed by
`#endif`, with `#elif` / `#else`). Read as written, alternative branches overlap: two opening tags share one
closing tag, an object literal gets a key twice. That is valid source, and was reported as a parse error (and
lost the script's data: a pre-checked agreement went unreported).

darklint reads one platform's build at a time: the WeChat mini-program (`MP-WEIXIN`, `MP`, Vue 3) unless
the config's `uniapp-platforms` names others (each is then linted, and a finding in several builds is reported
once). Code for other platforms is blanked with spaces, newlines kept, so every line and column still points
into the file as written. A condition this cannot decide (`uniVersion > 3.9`) is taken as false, as is any
platform name the build does not define.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

#: The targets `uniapp-platforms` may name (uni-app's platform names), each with the names `#ifdef` is true of
#: in its build: a mini-program also defines `MP`, an App build `APP`/`APP-PLUS`/`APP-VUE`, a web build `H5`
#: and `WEB`. Vue 3 is assumed (`VUE3`), as in every uni-app project created since 2022.
_COMMON = ("VUE3", "UNI-APP")
PLATFORMS: dict[str, frozenset[str]] = {
    **{name: frozenset({name, "MP", *_COMMON}) for name in (
        "MP-WEIXIN", "MP-ALIPAY", "MP-BAIDU", "MP-TOUTIAO", "MP-LARK", "MP-QQ", "MP-KUAISHOU", "MP-JD",
        "MP-360", "MP-XHS", "MP-HARMONY")},
    **{name: frozenset({name, "APP", "APP-PLUS", "APP-VUE", *_COMMON}) for name in (
        "APP", "APP-PLUS", "APP-ANDROID", "APP-IOS")},
    "APP-HARMONY": frozenset({"APP-HARMONY", "APP", "APP-VUE", *_COMMON}),
    **{name: frozenset({"H5", "WEB", *_COMMON}) for name in ("H5", "WEB")},
    **{name: frozenset({name, "QUICKAPP-WEBVIEW", *_COMMON}) for name in (
        "QUICKAPP-WEBVIEW", "QUICKAPP-WEBVIEW-UNION", "QUICKAPP-WEBVIEW-HUAWEI")},
}
DEFAULT_PLATFORM = "MP-WEIXIN"
#: What `#ifdef X` is true of in the build being read (`building`).
_defined = PLATFORMS[DEFAULT_PLATFORM]
_current = DEFAULT_PLATFORM


def current() -> str:
    """The platform whose build is being read (caches of blanked files key on it)."""
    return _current


@contextlib.contextmanager
def building(platform: str) -> Iterator[None]:
    """Reads every uni-app file as `platform`'s build inside the block (one unit's build: runner.py)."""
    global _defined, _current
    before = _defined, _current
    _defined, _current = PLATFORMS[platform], platform
    try:
        yield
    finally:
        _defined, _current = before
#: A directive is a comment anywhere (uni-app's preprocessor does not ask for a line of its own:
#: `<view><!-- #ifdef H5 -->…<!-- #endif --></view>`); a `//` one runs to the end of its line.
_DIRECTIVE = re.compile(
    rb"(?:<!--|/\*)[ \t]*#(ifdef|ifndef|elif|else|endif)\b([^\n]*?)[ \t]*(?:-->|\*/)"
    rb"|(?<![:\w])//[ \t]*#(ifdef|ifndef|elif|else|endif)\b([^\n]*?)[ \t]*\r?$", re.M)
_BLANK = bytes(0x0A if b == 0x0A else 0x20 for b in range(256))


_TOKEN = re.compile(r"\|\||&&|[()]|[^\s|&()]+")


def _holds(condition: bytes, defined: frozenset[str]) -> bool:
    """`MP-WEIXIN || H5`, `APP && VUE3`, `H5 || (APP-PLUS && VUE2)`: platform names joined by `||` and `&&`
    (`&&` binding tighter), grouped by parentheses. A name the build does not define is false, and so is a
    condition that does not parse (`uniVersion > 3.9`): the branch is not compiled."""
    tokens = _TOKEN.findall(condition.decode("ascii", "replace"))
    pos = 0

    def either() -> bool:  # a || b || ...
        nonlocal pos
        value = both()
        while pos < len(tokens) and tokens[pos] == "||":
            pos += 1
            value = both() or value  # both sides are parsed whatever the left one gives
        return value

    def both() -> bool:  # a && b && ...
        nonlocal pos
        value = atom()
        while pos < len(tokens) and tokens[pos] == "&&":
            pos += 1
            value = atom() and value
        return value

    def atom() -> bool:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError("a name is missing")
        token = tokens[pos]
        pos += 1
        if token == "(":
            value = either()
            if pos >= len(tokens) or tokens[pos] != ")":
                raise ValueError("unclosed parenthesis")
            pos += 1
            return value
        if token in ("||", "&&", ")"):
            raise ValueError(f"unexpected {token}")
        return token in defined

    try:
        value = either()
    except (ValueError, RecursionError):
        return False
    return value and pos == len(tokens)


def active(data: bytes, nvue: bool = False) -> bytes:
    """The file with the branches the chosen platform does not compile blanked (the same length). `nvue`: an
    `.nvue` page, which an App build compiles as `APP-NVUE` (`APP-PLUS-NVUE`), not `APP-VUE`."""
    if b"#if" not in data:
        return data
    defined = _defined
    if nvue and "APP-VUE" in defined:
        defined = (defined - {"APP-VUE"}) | {"APP-NVUE", "APP-PLUS-NVUE"}
    directives = [m for m in _DIRECTIVE.finditer(data)]
    # The compiler pairs `#ifdef` with `#endif`: one never closed (nutui-uniapp's animate.vue) or a stray
    # `#endif` is a plain comment, and so are the `#elif`/`#else` of an unclosed one.
    owner: list[int | None] = []
    open_: list[int] = []
    closed: set[int] = set()
    for index, found in enumerate(directives):
        kind = found.group(1) or found.group(3)
        if kind in (b"ifdef", b"ifndef"):
            owner.append(index)
            open_.append(index)
        elif not open_:
            owner.append(None)
        else:
            owner.append(open_[-1])
            if kind == b"endif":
                closed.add(open_.pop())
    out = bytearray()
    pos = 0
    #: Per open `#if…`: (enclosing branch live, some branch of this chain taken, current branch live).
    stack: list[tuple[bool, bool, bool]] = []
    live = True
    for found, chain in zip(directives, owner, strict=True):
        if chain not in closed:
            continue
        start, end = found.span()
        out += data[pos:start] if live else data[pos:start].translate(_BLANK)
        directive, condition = found.group(1) or found.group(3), found.group(2) or found.group(4) or b""
        if directive in (b"ifdef", b"ifndef"):
            holds = _holds(condition, defined) if directive == b"ifdef" else not _holds(condition, defined)
            stack.append((live, holds, live and holds))
        elif directive == b"elif":
            outer, taken, _ = stack[-1]
            holds = not taken and _holds(condition, defined)
            stack[-1] = (outer, taken or holds, outer and holds)
        elif directive == b"else":
            outer, taken, _ = stack[-1]
            stack[-1] = (outer, True, outer and not taken)
        else:
            stack.pop()
        live = stack[-1][2] if stack else True
        out += data[start:end]  # the directive itself is a comment in every block's syntax
        pos = end
    out += data[pos:] if live else data[pos:].translate(_BLANK)
    return bytes(out)
