"""What to lint when a file given alone is not a unit but context other units read.

A pre-commit run passes only the staged files. A page's own files find their page (discover.py), and a values
table its module's layouts; but an app's global sheet (`app.wxss`, uni-app's `App.vue`/`uni.scss`, Taro's
`app.scss`), a sheet pages import, or an Activity's code is read by units that were not staged. Linting only
the file would pass a change that shrinks every page's legal text. So such a file stands for what reads it:

- a mini-program's `app.json`/`app.js`/`app.wxss` (any dialect), or a sheet with no template beside it: the app;
- uni-app's `App.vue`, `uni.scss`, `pages.json`, or a sheet with no page beside it: the project;
- Taro's global `app.scss`/`app.less`/`app.css` (beside `app.config.js`): the source folder;
- a Gradle module's `build.gradle(.kts)`: its resource roots, and an app's libraries' (android/builds.py);
- Android Kotlin/Java code: the layouts it names (`R.layout.activity_login`, `ActivityLoginBinding`); one that
  configures a one-tap login SDK's page (android/onekey.py): its whole module.
"""

from __future__ import annotations

import re
from pathlib import Path

_APP_FILES = frozenset({"app.json", "app.js", "app.ts"})
_UNI_FILES = frozenset({"App.vue", "uni.scss", "pages.json", "manifest.json"})
_SHEETS = frozenset({".wxss", ".acss", ".ttss", ".qss", ".jxss", ".css", ".scss", ".less"})
#: A mini-program's own sheets (a `.css` in a mini-program repository is usually a web page's: `docs/`, an admin site).
_MINI_SHEETS = frozenset({".wxss", ".acss", ".ttss", ".qss", ".jxss", ".scss", ".less"})
_CODE = frozenset({".kt", ".java"})
_BUILD_SCRIPTS = frozenset({"build.gradle", "build.gradle.kts"})
_LAYOUT_REF = re.compile(rb"\bR\.layout\.([A-Za-z0-9_]+)")
_BINDING_REF = re.compile(rb"\b([A-Z][A-Za-z0-9]*)Binding\b")


def instead(path: Path) -> list[Path] | None:
    """The folders or files to lint in place of `path`, or None when it is a unit's own file (or nothing's)."""
    suffix = path.suffix
    if suffix in _CODE:
        return _layouts_named(path)
    if path.name in _BUILD_SCRIPTS:
        return _module_roots(path.parent)
    if suffix in _SHEETS:
        page = _page_beside(path)
        if page is not None:  # `index.scss` beside a Taro page or a uni-app page: that page
            return [page]
    if path.name in _UNI_FILES or (suffix in _SHEETS and not _beside_page(path)):
        from lint.frontends.vue.project import find_project

        project = find_project(path.parent)
        # uni-app's own: a `pages.json` (a Vue web app has an `App.vue` too, and no pages.json)
        if project is not None and (project.root / "pages.json").is_file():
            return [project.root]
    app_sheet = path.stem == "app" and (suffix in _MINI_SHEETS or suffix == ".css")  # Baidu's and Kuaishou's app.css
    if path.name in _APP_FILES or app_sheet or (suffix in _MINI_SHEETS and not _beside_page(path)):
        from lint.frontends.mini.project import app_root

        root = app_root(path.parent)
        if root is not None and _lists_pages(root / "app.json"):  # not an Expo or Heroku `app.json`
            return [root]
    if suffix in _SHEETS and path.stem == "app" and _taro_source(path.parent):
        return [path.parent]  # Taro's global styles: every page of its source folder
    return None


def _module_roots(module: Path) -> list[Path] | None:
    """A Gradle module's build script decides its builds (flavors, build types, debuggable, what it packages): its
    own resource roots, and, for an app, those of the libraries it packages (their layouts show its values)."""
    from lint.discover import main_res_roots, packaged_libraries, res_roots

    roots = res_roots(module)
    for library in packaged_libraries(module):
        roots += main_res_roots(library)
    return roots or None


def _taro_source(folder: Path) -> bool:
    """A Taro project's source folder: its `app.config` is there, or the build config (`config/index.js`) above."""
    if any((folder / f"app.config{ext}").is_file() for ext in (".js", ".ts")):
        return True
    from lint.frontends.taro.detect import taro_config

    return taro_config(folder) is not None


def _beside_page(sheet: Path) -> bool:
    """A page's (or component's) own sheet: a template, SFC or JSX of the same stem stands beside it."""
    from lint.frontends.mini.dialects import DIALECTS

    folder, stem = sheet.parent, sheet.stem.split(".")[0]  # `index.module.scss`
    return any((folder / f"{stem}{ext}").is_file() for ext in (*DIALECTS, *_FRAMEWORK_PAGES))


def _page_beside(sheet: Path) -> Path | None:
    """The Taro or uni-app page a sheet of the same stem belongs to (a mini-program's finds its template itself);
    `app.scss` beside `app.js` is the app's global sheet, not a page's."""
    folder, stem = sheet.parent, sheet.stem.split(".")[0]
    if stem == "app":
        return None
    return next((page for ext in _FRAMEWORK_PAGES if (page := folder / f"{stem}{ext}").is_file()), None)


def _lists_pages(app_json: Path) -> bool:
    """A mini-program's `app.json` lists its pages."""
    try:
        return b'"pages"' in app_json.read_bytes()
    except OSError:
        return False


_FRAMEWORK_PAGES = (".vue", ".nvue", ".jsx", ".tsx", ".js", ".ts")


def _layouts_named(code: Path) -> list[Path] | None:
    """The layouts of the module a Kotlin/Java file is in that it names (the screens its lifecycle code sets up)."""
    parts = code.parts
    # `…/src/<set>/java/…`: the first source root after a `src` folder (a package may be called `java` too).
    res = next((Path(*parts[: at + 2]) / "res" for at in range(len(parts) - 2)
                if parts[at] == "src" and parts[at + 2] in ("java", "kotlin")), None)
    if res is None:
        return None
    if not res.is_dir():
        return None
    try:
        data = code.read_bytes()
    except OSError:
        return None
    from lint.frontends.android.onekey import mentions

    if mentions(data):  # a one-tap login SDK's page, configured here: the whole module (its units report it)
        return [res]
    names = {m.group(1).decode() for m in _LAYOUT_REF.finditer(data)}
    names |= {re.sub(r"(?<!^)(?=[A-Z])", "_", m.group(1).decode()).lower() for m in _BINDING_REF.finditer(data)}
    if b"resName" in data:  # AndroidAnnotations' `@EActivity(resName = "checkout")`
        from lint.frontends.android.androidannotations import LAYOUT_RES_NAME

        names.update(LAYOUT_RES_NAME.findall(data.decode("utf-8", "replace")))
    found = [layout for folder in sorted(res.glob("layout*")) for name in sorted(names)
             if (layout := folder / f"{name}.xml").is_file()]
    return found or None
