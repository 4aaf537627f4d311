"""Which builds' values a layout is linted with: flavors with two dimensions, and resource roots a build script
applied from another file names."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from lint.discover import discover
from lint.frontends.android import module
from lint.frontends.android.resources import Resources, load
from lint.profile import build_profile
from lint.runner import RunOptions, config_for, lint_unit
from tests.conftest import run_cli

BOX = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent" android:layout_height="wrap_content" android:orientation="vertical">
    <CheckBox android:id="@+id/cb_ads" android:layout_width="wrap_content" android:layout_height="wrap_content"
        android:checked="CHECKED" android:text="Show me personalised ads based on my activity" />
</LinearLayout>
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _rules(root: Path) -> list[str]:
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return [f["rule"] for f in json.loads(result.stdout)]


def _warm(root: Path, key: str = "path") -> list[str]:
    """A cached run's findings (the cache folder is the project's own): what a second run serves after an edit."""
    result = run_cli("check", "--format", "json", ".", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return [f[key] for f in json.loads(result.stdout)]


def test_a_placeholder_every_brand_sets_off_ships_in_no_build_with_two_dimensions(tmp_path: Path) -> None:
    """Brands (huawei, xiaomi) and tiers (free, paid): every build has a brand, and both brands set it off, so main's
    `true` ships nowhere, though no tier defines it."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  flavorDimensions 'brand', 'tier'\n  productFlavors {\n"
                            "    huawei { dimension 'brand' }\n    xiaomi { dimension 'brand' }\n"
                            "    free { dimension 'tier' }\n    paid { dimension 'tier' }\n  }\n}\n",
        "app/src/main/res/layout/activity_register.xml": BOX.replace("CHECKED", "@bool/ads_default"),
        "app/src/main/res/values/values.xml": bools.format("true"),
        "app/src/huawei/res/values/bools.xml": bools.format("false"),
        "app/src/xiaomi/res/values/bools.xml": bools.format("false"),
        "app/src/free/res/values/strings.xml": '<resources><string name="tier">Free</string></resources>\n',
    })
    assert "consent-prechecked" not in _rules(tmp_path)


def test_a_resource_root_named_in_an_applied_script_is_linted(tmp_path: Path) -> None:
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "apply from: 'privacy-res.gradle'\n",
        "app/privacy-res.gradle": "android.sourceSets.main.res.srcDirs += ['src/main/res-privacy']\n",
        "app/src/main/res/values/strings.xml": '<resources><string name="app">Shop</string></resources>\n',
        "app/src/main/res-privacy/layout/dialog_privacy.xml": BOX.replace("CHECKED", "true"),
        "app/src/main/res-unused/layout/old_dialog.xml": BOX.replace("CHECKED", "true"),
    })
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)] == ["app/src/main/res-privacy/layout/dialog_privacy.xml"]


def test_a_text_the_release_build_rewords_is_the_release_text(tmp_path: Path) -> None:
    """Main's "Share my usage data…" is what debug builds show; every installed (release) build says "Keep me
    signed in": the box is not a consent box there."""
    strings = '<resources><string name="box">{}</string></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android { }\n",
        "app/src/main/res/layout/activity_login.xml": BOX.replace("CHECKED", "true").replace(
            "Show me personalised ads based on my activity", "@string/box"),
        "app/src/main/res/values/strings.xml": strings.format("Share my usage data with partners for marketing"),
        "app/src/release/res/values/strings.xml": strings.format("Keep me signed in"),
    })
    assert "consent-prechecked" not in _rules(tmp_path)


def test_a_variant_of_two_dimensions_takes_its_build_type_and_flavors_values(tmp_path: Path) -> None:
    """`src/huaweiFreeRelease`'s own dialog: the release build type sets it off, before main's `true`."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  flavorDimensions 'brand', 'tier'\n  productFlavors {\n"
                            "    huawei { dimension 'brand' }\n    free { dimension 'tier' }\n  }\n}\n",
        "app/src/main/res/values/values.xml": bools.format("true"),
        "app/src/release/res/values/bools.xml": bools.format("false"),
        "app/src/huaweiFreeRelease/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "@bool/ads_default"),
    })
    assert "consent-prechecked" not in _rules(tmp_path)


def test_a_flavor_values_file_alone_relints_main_layouts(tmp_path: Path) -> None:
    """Pre-commit passes only `src/huawei/res/values/bools.xml`, which flips main's value for the huawei build: main's
    layout is what shows it, so it is linted too (the xiaomi build keeps main's `true`)."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  productFlavors {\n    huawei { }\n    xiaomi { }\n  }\n}\n",
        "app/src/main/res/layout/activity_register.xml": BOX.replace("CHECKED", "@bool/ads_default"),
        "app/src/main/res/values/values.xml": bools.format("true"),
        "app/src/huawei/res/values/bools.xml": bools.format("false"),
    })
    result = run_cli("check", "--no-cache", "--format", "json", "app/src/huawei/res/values/bools.xml", cwd=tmp_path)
    assert [f["rule"] for f in json.loads(result.stdout)] == ["consent-prechecked"], result.stdout + result.stderr


def test_a_library_value_only_a_debug_build_keeps_ships_nowhere(tmp_path: Path) -> None:
    """`:app` ships the library and sets its `true` off; `:devtools` keeps it but packages the library only in its
    debug build (`debugImplementation`), which no user installs: no installed APK starts the box ticked."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app', ':devtools', ':lib'\n",
        "app/build.gradle": "dependencies { implementation project(':lib') }\n",
        "app/src/main/res/values/bools.xml": bools.format("false"),
        "devtools/build.gradle": "dependencies { debugImplementation project(':lib') }\n",
        "devtools/src/main/res/values/strings.xml": '<resources><string name="app">Dev tools</string></resources>\n',
        "lib/build.gradle": "plugins { id 'com.android.library' }\n",
        "lib/src/main/res/values/bools.xml": bools.format("true"),
        "lib/src/main/res/layout/row_ads.xml": BOX.replace("CHECKED", "@bool/ads_default"),
    })
    assert "consent-prechecked" not in _rules(tmp_path)


def test_a_warm_run_sees_a_flavor_values_change(tmp_path: Path) -> None:
    """Both brands set main's `true` off; then xiaomi leaves it (main's `true` ships there): the cached clean result
    of main's layout must not be served (its cache key lists every source set's values)."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  productFlavors {\n    huawei { }\n    xiaomi { }\n  }\n}\n",
        "app/src/main/res/layout/activity_register.xml": BOX.replace("CHECKED", "@bool/ads_default"),
        "app/src/main/res/values/values.xml": bools.format("true"),
        "app/src/huawei/res/values/bools.xml": bools.format("false"),
        "app/src/xiaomi/res/values/bools.xml": bools.format("false"),
    })

    assert _warm(tmp_path, "rule") == []
    (tmp_path / "app/src/xiaomi/res/values/bools.xml").write_text(bools.format("false").replace("ads", "tips"),
                                                                  encoding="utf-8")
    assert _warm(tmp_path, "rule") == ["consent-prechecked"]



def test_a_warm_run_sees_an_app_build_script_change(tmp_path: Path) -> None:
    """The app's `benchmark` build keeps the library's `true`; then it is signed with the debug key (installed by no
    user) and release's `false` is every installed build's: the library layout's cached finding must go (its key
    lists the build scripts of the apps that package it)."""
    app = ("apply plugin: 'com.android.application'\nandroid {\n  buildTypes {\n    benchmark {\n"
           "      initWith release\nSIGNED    }\n  }\n}\ndependencies { implementation project(':lib') }\n")
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app', ':lib'\n",
        "app/build.gradle": app.replace("SIGNED", ""),
        "app/src/main/res/values/strings.xml": '<resources><string name="app">Shop</string></resources>\n',
        "app/src/release/res/values/bools.xml": bools.format("false"),
        "lib/build.gradle": "apply plugin: 'com.android.library'\n",
        "lib/src/main/res/values/bools.xml": bools.format("true"),
        "lib/src/main/res/layout/row_ads.xml": BOX.replace("CHECKED", "@bool/ads_default"),
    })

    assert _warm(tmp_path) == ["lib/src/main/res/layout/row_ads.xml"]
    _write(tmp_path, {"app/build.gradle": app.replace("SIGNED", "      signingConfig signingConfigs.debug\n")})
    assert _warm(tmp_path) == []


def test_a_main_layout_every_flavor_of_one_dimension_replaces_is_not_linted(tmp_path: Path) -> None:
    """Brands and tiers: both tiers ship their own `dialog_ads.xml`, so every build (huaweiFree, huaweiPaid, …) merges
    a tier's file over main's, which no user sees; the tiers' own dialogs are linted instead."""
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  flavorDimensions 'brand', 'tier'\n  productFlavors {\n"
                            "    huawei { dimension 'brand' }\n    xiaomi { dimension 'brand' }\n"
                            "    free { dimension 'tier' }\n    paid { dimension 'tier' }\n  }\n}\n",
        "app/src/main/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "true"),
        "app/src/main/res/values/strings.xml": '<resources><string name="app">Shop</string></resources>\n',
        "app/src/free/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "false"),
        "app/src/paid/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "true"),
    })
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)] == ["app/src/paid/res/layout/dialog_ads.xml"]


def test_a_warm_run_sees_a_flavor_replace_a_main_layout(tmp_path: Path) -> None:
    """The second brand's own dialog, added after a run, replaces main's in every build: main's cached finding must
    go (the key lists every source set's layouts)."""
    flavors = "android {\n  productFlavors {\n    huawei { }\n    xiaomi { }\n  }\n}\n"
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": flavors,
        "app/src/main/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "true"),
        "app/src/huawei/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "false"),
    })

    assert _warm(tmp_path) == ["app/src/main/res/layout/dialog_ads.xml"]
    _write(tmp_path, {"app/src/xiaomi/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "false")})
    assert _warm(tmp_path) == []


def test_a_profile_build_that_is_not_debuggable_ships_main_value(tmp_path: Path) -> None:
    """Flutter's `profile` starts from debug but says `debuggable false`: it is installed like release, and keeps
    main's `true` that only release sets off."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  buildTypes {\n    release { minifyEnabled true }\n"
                            "    profile {\n      initWith debug\n      debuggable false\n    }\n  }\n}\n",
        "app/src/main/res/layout/activity_register.xml": BOX.replace("CHECKED", "@bool/ads_default"),
        "app/src/main/res/values/values.xml": bools.format("true"),
        "app/src/release/res/values/bools.xml": bools.format("false"),
    })
    assert _rules(tmp_path) == ["consent-prechecked"]


def test_a_debuggable_build_type_variant_is_not_shipped(tmp_path: Path) -> None:
    """`beta { debuggable true }` with brands: `src/huaweiBeta` is a debuggable build's set, like `src/huaweiDebug`:
    its own dialog is not linted and its value does not replace main's `false` in huawei's installed build."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app'\n",
        "app/build.gradle": "android {\n  productFlavors {\n    huawei { }\n    xiaomi { }\n  }\n"
                            "  buildTypes {\n    beta { debuggable true }\n  }\n}\n",
        "app/src/main/res/layout/activity_register.xml": BOX.replace("CHECKED", "@bool/ads_default"),
        "app/src/main/res/values/values.xml": bools.format("false"),
        "app/src/huaweiBeta/res/values/bools.xml": bools.format("true"),
        "app/src/huaweiBeta/res/layout/dialog_beta.xml": BOX.replace("CHECKED", "true"),
    })
    assert _rules(tmp_path) == []


def test_a_layout_release_replaces_ships_in_another_installed_type(tmp_path: Path) -> None:
    """`register("staging")` is installed: only release has its own `dialog_ads.xml`, so staging shows main's."""
    _write(tmp_path, {
        "settings.gradle.kts": 'include(":app")\n',
        "app/build.gradle.kts": 'android {\n  buildTypes {\n    getByName("release") { isMinifyEnabled = true }\n'
                                '    register("staging")\n  }\n}\n',
        "app/src/main/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "true"),
        "app/src/main/res/values/strings.xml": '<resources><string name="app">Shop</string></resources>\n',
        "app/src/release/res/layout/dialog_ads.xml": BOX.replace("CHECKED", "false"),
    })
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)] == ["app/src/main/res/layout/dialog_ads.xml"]


def test_each_app_is_read_once_however_many_libraries_it_packages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every library asks each app that packages it for its values (and its flavors'): ten apps of fifty tables
    thrashed the tables' LRU and recomputed each app's builds per library (9 s instead of 0.5). An app's tables
    and its other sets are read once per run, whatever the LRU holds."""
    libs = [f"lib{i}" for i in range(4)]
    files = {"settings.gradle": "include " + ", ".join(f"':{m}'" for m in ("app1", "app2", *libs)) + "\n"}
    for app in ("app1", "app2"):
        files[f"{app}/build.gradle"] = ("android {\n  productFlavors {\n    huawei { }\n  }\n}\ndependencies {\n"
                                        + "".join(f"  implementation project(':{m}')\n" for m in libs) + "}\n")
        files[f"{app}/src/main/res/values/values.xml"] = '<resources><bool name="lib0_ads">false</bool></resources>\n'
        files[f"{app}/src/huawei/res/values/values.xml"] = '<resources><bool name="lib1_ads">false</bool></resources>\n'
    for lib in libs:
        files[f"{lib}/src/main/res/values/values.xml"] = f'<resources><bool name="{lib}_ads">true</bool></resources>\n'
        files[f"{lib}/src/main/res/layout/{lib}_consent.xml"] = BOX.replace("CHECKED", f"@bool/{lib}_ads")
    _write(tmp_path, files)
    loads: list[Path] = []

    def counted(res_dir: Path, display: Callable[[Path], str]) -> Resources:
        loads.append(res_dir)
        return load(res_dir, display)

    monkeypatch.setattr(module, "load", counted)
    monkeypatch.setattr(module, "_MAX_CACHED", 2)  # fewer tables than a run needs: they are evicted and asked again
    monkeypatch.setattr(module, "_MODULES", {})
    monkeypatch.setattr(module, "_TABLES", {})
    monkeypatch.setattr(module, "_APP_TABLES", {}, raising=False)
    options = RunOptions(cwd=tmp_path)
    units = [unit for unit in discover([tmp_path]).units if unit.kind == "android"]
    profile = build_profile(config_for(units[0].files[0], options), options)
    found = sorted(Path(f.path).name for unit in units for f in lint_unit(unit, profile, options.cwd))
    assert found == ["lib2_consent.xml", "lib3_consent.xml"]  # lib0's both apps set off, lib1's both brands
    apps = [path for path in loads if path.parts[-4] in ("app1", "app2")]
    assert len(apps) == len(set(apps)) == 4, apps


def _app_with_library(root: Path, app_value: str) -> None:
    """`:app` packages `:consent`, whose settings row reads `@bool/ads_default`; the app's own `bools.xml` sets
    it (`app_value`: the library's `false` is overridden in the app's APK)."""
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(root, {
        "settings.gradle": "include ':app', ':consent'\n",
        "app/build.gradle": ("plugins { id 'com.android.application' }\n"
                             "dependencies { implementation project(':consent') }\n"),
        "app/src/main/res/values/strings.xml": '<resources><string name="app_name">Shop</string></resources>\n',
        "app/src/main/res/values/bools.xml": bools.format(app_value),
        "consent/build.gradle": "plugins { id 'com.android.library' }\n",
        "consent/src/main/res/values/bools.xml": bools.format("false"),
        "consent/src/main/res/layout/row_ads.xml": BOX.replace("CHECKED", "@bool/ads_default"),
    })


def _staged(root: Path, *files: str) -> list[tuple[str, str]]:
    result = run_cli("check", "--no-cache", "--format", "json", *files, cwd=root)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return [(f["rule"], f["path"]) for f in json.loads(result.stdout)]


def test_an_app_values_file_alone_relints_the_library_layouts_it_packages(tmp_path: Path) -> None:
    """Pre-commit passes only the app's `bools.xml`, which turns the library's `false` on in the app's APK: the
    library's layout shows it, so it is linted too; the app's fix alone clears it."""
    _app_with_library(tmp_path, "true")
    staged = "app/src/main/res/values/bools.xml"
    assert _staged(tmp_path, staged) == [("consent-prechecked", "consent/src/main/res/layout/row_ads.xml")]
    _app_with_library(tmp_path, "false")
    assert _staged(tmp_path, staged) == []


@pytest.mark.parametrize("place", ["node_modules/rn-consent/android", "vendor/consent", "../vendor-sdk"])
def test_a_staged_app_file_does_not_lint_a_library_the_full_run_never_visits(tmp_path: Path, place: str) -> None:
    """A React Native library in `node_modules`, a git-ignored vendored SDK, one outside the repository: a run over
    the project never lints them, so neither does the pre-commit run on an app's values file or build script (the
    hook failed on a finding CI never reports); a build script that stands for nothing is not warned about."""
    repo = tmp_path / "repo"
    _app_with_library(repo, "true")
    library = (repo / place).resolve()
    library.parent.mkdir(parents=True, exist_ok=True)
    (repo / "consent").rename(library)
    _write(repo, {"settings.gradle": f"include ':app', ':consent'\nproject(':consent').projectDir = file('{place}')\n",
                  ".gitignore": "vendor/\n"})
    assert _staged(repo, "app/src/main/res/values/bools.xml") == []
    result = run_cli("check", "--no-cache", "app/build.gradle", cwd=repo)
    assert result.returncode == 0 and "No files to lint found" not in result.stderr, result.stdout + result.stderr
    assert _staged(repo, ".") == []


def test_a_library_values_file_alone_relints_only_its_own_layouts(tmp_path: Path) -> None:
    """The library's own values do not reach the app's layouts, nor another library's: its module's layouts only."""
    _app_with_library(tmp_path, "true")
    _write(tmp_path, {"app/src/main/res/layout/activity_main.xml": BOX.replace("CHECKED", "true")})
    found = _staged(tmp_path, "consent/src/main/res/values/bools.xml")
    assert found == [("consent-prechecked", "consent/src/main/res/layout/row_ads.xml")]


def test_an_app_build_script_alone_relints_its_libraries_layouts(tmp_path: Path) -> None:
    """Pre-commit passes only `app/build.gradle`: its `benchmark` build (installed) keeps the library's `true` that
    release sets off, so the library's layout is linted and reported; signing it with the debug key (no user installs
    it) clears it. A library's own build script re-lints its own layouts only."""
    app = ("apply plugin: 'com.android.application'\nandroid {\n  buildTypes {\n    benchmark {\n"
           "      initWith release\nSIGNED    }\n  }\n}\ndependencies { implementation project(':lib') }\n")
    bools = '<resources><bool name="ads_default">{}</bool></resources>\n'
    _write(tmp_path, {
        "settings.gradle": "include ':app', ':lib'\n",
        "app/build.gradle": app.replace("SIGNED", ""),
        "app/src/main/res/values/strings.xml": '<resources><string name="app">Shop</string></resources>\n',
        "app/src/main/res/layout/activity_main.xml": BOX.replace("CHECKED", "false"),
        "app/src/release/res/values/bools.xml": bools.format("false"),
        "lib/build.gradle": "apply plugin: 'com.android.library'\n",
        "lib/src/main/res/values/bools.xml": bools.format("true"),
        "lib/src/main/res/layout/row_ads.xml": BOX.replace("CHECKED", "@bool/ads_default"),
    })
    assert _staged(tmp_path, "app/build.gradle") == [("consent-prechecked", "lib/src/main/res/layout/row_ads.xml")]
    assert _staged(tmp_path, "lib/build.gradle") == [("consent-prechecked", "lib/src/main/res/layout/row_ads.xml")]
    _write(tmp_path, {"app/build.gradle": app.replace("SIGNED", "      signingConfig signingConfigs.debug\n")})
    assert _staged(tmp_path, "app/build.gradle") == []
    result = run_cli("check", "--no-cache", "--format", "json", "app/build.gradle", cwd=tmp_path)
    assert "No files to lint" not in result.stderr  # the app's own layout, and the library's, were linted
