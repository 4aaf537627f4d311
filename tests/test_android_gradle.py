"""Multi-module Gradle: which modules' res/ folders a layout sees."""

from __future__ import annotations

from pathlib import Path

from lint.frontends.android import buildtypes, gradle


def _module(root: Path, rel: str, build: str) -> Path:
    folder = root / rel
    (folder / "src" / "main" / "res" / "values").mkdir(parents=True)
    (folder / "build.gradle.kts").write_text(build, encoding="utf-8")
    return folder / "src" / "main" / "res"


def test_dependencies_are_transitive_and_follow_both_notations(tmp_path: Path) -> None:
    (tmp_path / "settings.gradle.kts").write_text(
        'rootProject.name = "Shop"\ninclude(":app")\ninclude(":feature:login", ":core:ui-kit")\n'
        "// include(':ghost')\n", encoding="utf-8")
    app = _module(tmp_path, "app", 'dependencies {\n  implementation(projects.feature.login)\n}\n')
    login = _module(tmp_path, "feature/login", 'dependencies { api(project(":core:ui-kit")) }\n')
    kit = _module(tmp_path, "core/ui-kit", "dependencies { implementation(\"androidx.core:core:1.12.0\") }\n")
    assert gradle.dependency_res_dirs(app) == [login.resolve(), kit.resolve()]
    assert gradle.dependency_res_dirs(kit) == []
    assert ":ghost" not in gradle.modules(tmp_path)


def test_groovy_settings_with_custom_project_dir(tmp_path: Path) -> None:
    (tmp_path / "settings.gradle").write_text(
        "include ':app', ':legal'\nproject(':legal').projectDir = file('libraries/legal')\n", encoding="utf-8")
    app = _module(tmp_path, "app", "dependencies {\n    implementation project(':legal')\n}\n")
    legal = _module(tmp_path, "libraries/legal", "")
    assert gradle.dependency_res_dirs(app) == [legal.resolve()]


def test_a_module_outside_any_gradle_build_has_no_dependencies(tmp_path: Path) -> None:
    res = tmp_path / "src" / "main" / "res"
    res.mkdir(parents=True)
    assert gradle.dependency_res_dirs(res) == []


def test_consumers_stop_at_the_application_and_skip_dynamic_features(tmp_path: Path) -> None:
    # A dynamic feature depends on its app (the reverse of packaging); the app is the APK that packages :login,
    # whatever depends on it; a phone app's `wearApp` embeds the watch's own APK.
    (tmp_path / "settings.gradle.kts").write_text(
        'include(":app", ":login", ":vip", ":wear", ":mobile")\n', encoding="utf-8")
    app = _module(tmp_path, "app", 'plugins { alias(libs.plugins.android.application) }\n'
                                   'dependencies { implementation(projects.login) }\n')
    login = _module(tmp_path, "login", 'plugins { id("com.android.library") }\n')
    _module(tmp_path, "vip", 'plugins { alias(libs.plugins.android.dynamic.feature) }\n'
                             'dependencies { implementation(project(":app")) }\n')
    wear = _module(tmp_path, "wear", 'plugins { id("nia.android.application") }\n')
    _module(tmp_path, "mobile", 'plugins { id("com.android.application") }\n'
                                'dependencies { wearApp(project(":wear")) }\n')
    assert gradle.consumers(gradle.module_dir(login)) == [gradle.module_dir(app).resolve()]
    assert gradle.consumers(gradle.module_dir(wear)) == []
    # and the other way: what each top packages (a pre-commit run on its values re-lints those layouts)
    assert gradle.packaged(gradle.module_dir(app)) == [gradle.module_dir(login).resolve()]
    assert gradle.packaged(gradle.module_dir(login)) == []  # a library: its values reach no other module
    assert gradle.packaged(tmp_path / "mobile") == []  # the watch's APK is its own


def test_packaged_goes_through_libraries_and_stops_at_a_split(tmp_path: Path) -> None:
    # :app packages :feature and, through it, :consent; :vip's split packages :pay, which :app's APK does not hold.
    (tmp_path / "settings.gradle").write_text("include ':app', ':feature', ':consent', ':vip', ':pay'\n",
                                              encoding="utf-8")
    app = _module(tmp_path, "app", "plugins { id 'com.android.application' }\n"
                                   "dependencies { implementation project(':feature') }\n")
    feature = _module(tmp_path, "feature", "plugins { id 'com.android.library' }\n"
                                           "dependencies { api project(':consent') }\n")
    consent = _module(tmp_path, "consent", "plugins { id 'com.android.library' }\n")
    vip = _module(tmp_path, "vip", "plugins { id 'com.android.dynamic-feature' }\n"
                                   "dependencies {\n implementation project(':app')\n"
                                   " implementation project(':pay')\n}\n")
    pay = _module(tmp_path, "pay", "plugins { id 'com.android.library' }\n")
    modules = {res: gradle.module_dir(res).resolve() for res in (app, feature, consent, vip, pay)}
    assert gradle.packaged(modules[app]) == [modules[consent], modules[feature]]
    assert gradle.packaged(modules[vip]) == [modules[pay]]
    for res, module in modules.items():  # the inverse of consumers()
        assert all(module in gradle.consumers(library) for library in gradle.packaged(module)), res



def test_a_dynamic_feature_is_the_top_of_the_libraries_it_packages(tmp_path: Path) -> None:
    # The feature's split packages :pay; its dependency on :app (the reverse of packaging) is not climbed.
    (tmp_path / "settings.gradle").write_text("include ':app', ':vip', ':pay'\n", encoding="utf-8")
    _module(tmp_path, "app", "plugins { id 'com.android.application' }\n")
    vip = _module(tmp_path, "vip", "plugins { id 'com.android.dynamic-feature' }\n"
                                   "dependencies {\n implementation project(':app')\n"
                                   " implementation project(':pay')\n}\n")
    pay = _module(tmp_path, "pay", "plugins { id 'com.android.library' }\n")
    assert gradle.consumers(gradle.module_dir(pay)) == [gradle.module_dir(vip).resolve()]
    assert gradle.consumers(gradle.module_dir(vip)) == []

def test_a_library_that_publishes_itself_is_published(tmp_path: Path) -> None:
    scripts = {
        "kts": 'plugins {\n  id("com.android.library")\n  `maven-publish`\n}\n',
        "vanniktech": 'plugins { id("com.vanniktech.maven.publish") version "0.28.0" }\n',
        "block": "afterEvaluate {\n  publishing {\n    publications { }\n  }\n}\n",
        "old": "uploadArchives {\n  repositories { mavenDeployer { } }\n}\n",
        "signed": "signing {\n  sign publications\n}\n",
        "plain": 'plugins { id("com.android.library") }\n// id("maven-publish")\nandroid { signingConfigs { } }\n',
    }
    found = {name: gradle.published(gradle.module_dir(_module(tmp_path, name, text)))
             for name, text in scripts.items()}
    assert found == {"kts": True, "vanniktech": True, "block": True, "old": True, "signed": True, "plain": False}


def test_dimensions_are_in_flavor_dimensions_order_or_not_read(tmp_path: Path) -> None:
    # The first dimension `flavorDimensions` lists wins in a build, whatever order the flavors are declared in; an
    # order that cannot be read (a variable, a list not naming the flavors' dimensions) reads no ordered groups.
    flavors = (' productFlavors {\n  create("free") { dimension = "tier" }\n'
               '  create("huawei") { dimension = "brand" }\n }')
    lists = {
        "groovy": 'flavorDimensions "brand", "tier"', "assigned": 'flavorDimensions = ["brand", "tier"]',
        "kts": 'flavorDimensions += listOf(\n  "brand",\n  "tier"\n)', "added": 'flavorDimensions += "brand"\n'
        ' flavorDimensions.add("tier")', "call": 'flavorDimensions("brand", "tier")',
        "variable": "flavorDimensions += dims", "missing": "", "other": 'flavorDimensions "brand", "store"',
    }
    found = {name: gradle.dimensions(gradle.module_dir(_module(tmp_path, name, f"android {{\n {text}\n{flavors}\n}}")))
             for name, text in lists.items()}
    ordered = (("huawei",), ("free",))
    assert found == {"groovy": ordered, "assigned": ordered, "kts": ordered, "added": ordered, "call": ordered,
                     "variable": (), "missing": (), "other": ()}


def test_dimensions_whose_order_is_unknown_keep_their_groups(tmp_path: Path) -> None:
    # More forms of the list are read; one that cannot be read keeps the flavors' groups, unordered; a flavor whose
    # dimension is a constant among two declared dimensions reads no groups (all four are not one dimension).
    flavors = (' productFlavors {\n  create("free") { dimension = "tier" }\n'
               '  create("huawei") { dimension = "brand" }\n }')
    lists = {
        "lines": 'flavorDimensions "brand",\n   "tier"', "setter": 'setFlavorDimensions(["brand", "tier"])',
        "list": 'flavorDimensionList = ["brand", "tier"]', "set": 'flavorDimensions += setOf("brand", "tier")',
        "constants": "flavorDimensions += listOf(Dims.BRAND, Dims.TIER)", "applied": "apply from: 'dims.gradle'",
    }
    found = {name: gradle.flavor_dimensions(gradle.module_dir(
        _module(tmp_path, name, f"android {{\n {text}\n{flavors}\n}}"))) for name, text in lists.items()}
    ordered, unordered = ((("huawei",), ("free",)), True), ((("free",), ("huawei",)), False)
    assert found == {"lines": ordered, "setter": ordered, "list": ordered, "set": ordered,
                     "constants": unordered, "applied": unordered}
    constant = _module(tmp_path, "constant", 'android {\n flavorDimensions += listOf("brand", "tier")\n'
                                             ' productFlavors {\n  create("huawei") { dimension = brand }\n'
                                             '  create("free") { dimension = tier }\n }\n}\n')
    assert gradle.flavor_dimensions(gradle.module_dir(constant)) == ((), True)


def test_a_flavor_without_dimension_is_in_the_only_declared_one(tmp_path: Path) -> None:
    app = _module(tmp_path, "app", 'android {\n flavorDimensions += "version"\n productFlavors {\n'
                                   '  create("full") { dimension = "version" }\n  create("play") { }\n }\n}\n')
    assert gradle.dimensions(gradle.module_dir(app)) == (("full", "play"),)


def test_kotlin_delegated_declarations_are_named_by_their_val(tmp_path: Path) -> None:
    app = gradle.module_dir(_module(tmp_path, "app", (
        'android {\n buildTypes {\n  val release by getting { isMinifyEnabled = true }\n'
        '  val staging by registering { }\n }\n flavorDimensions += "tier"\n productFlavors {\n'
        '  val free by creating { dimension = "tier" }\n  val paid by creating { dimension = "tier" }\n }\n}\n')))
    assert buildtypes.build_types(app) == {"debug": True, "release": False, "staging": False}
    assert gradle.dimensions(app) == (("free", "paid"),)


def test_a_debug_signed_build_type_other_than_release_is_not_installed(tmp_path: Path) -> None:
    app = gradle.module_dir(_module(tmp_path, "app", (
        'android {\n buildTypes {\n  getByName("release") { signingConfig = signingConfigs.getByName("debug") }\n'
        '  create("benchmark") {\n   initWith(getByName("release"))\n'
        '   signingConfig = signingConfigs.getByName("debug")\n   isDebuggable = false\n  }\n'
        '  create("staging") { initWith(getByName("release")) }\n }\n}\n')))
    assert buildtypes.installed_types(app) == ("release", "staging")  # a sample's debug-signed release still ships


def test_a_library_type_ships_only_if_an_app_of_the_repository_builds_it(tmp_path: Path) -> None:
    (tmp_path / "settings.gradle").write_text("include ':app', ':lib', ':sdk'\n", encoding="utf-8")
    types = ("android {\n buildTypes {\n  release { }\n  staging { initWith release }\n"
             "  qa { initWith release }\n }\n}\n")
    app = gradle.module_dir(_module(tmp_path, "app", (
        'plugins { id("com.android.application") }\nandroid {\n buildTypes {\n'
        '  create("staging") { initWith(getByName("debug")) }\n'  # debuggable: no user installs its variants
        '  create("preview") {\n   initWith(getByName("release"))\n   matchingFallbacks += listOf("qa", "release")\n'
        '  }\n }\n}\ndependencies {\n implementation(project(":lib"))\n implementation(project(":sdk"))\n}\n')))
    lib = gradle.module_dir(_module(tmp_path, "lib", "plugins { id 'com.android.library' }\n" + types))
    sdk = gradle.module_dir(_module(tmp_path, "sdk", "plugins { id 'com.android.library'; id 'maven-publish' }\n"
                                    + types))
    assert buildtypes.installed_types(app) == ("release", "preview")
    assert buildtypes.installed_types(lib) == ("release", "qa")  # preview falls back to qa; staging is debuggable
    assert buildtypes.debuggable_set(lib, "staging") and not buildtypes.debuggable_set(lib, "qa")
    assert buildtypes.installed_types(sdk) == ("release", "staging", "qa")  # it ships on its own too


def test_a_library_keeps_its_types_when_an_app_s_fallbacks_cannot_be_read(tmp_path: Path) -> None:
    (tmp_path / "settings.gradle").write_text("include ':app', ':lib'\n", encoding="utf-8")
    _module(tmp_path, "app", "plugins { id 'com.android.application' }\nandroid {\n buildTypes {\n"
            "  beta { initWith release; matchingFallbacks = fallbackTypes }\n }\n}\n"
            "dependencies { implementation project(':lib') }\n")
    lib = gradle.module_dir(_module(tmp_path, "lib", "android {\n buildTypes {\n  staging { initWith release }\n"
                                                     " }\n}\n"))
    assert buildtypes.installed_types(lib) == ("release", "staging")


def test_a_library_keeps_its_types_when_an_app_s_types_may_come_from_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "settings.gradle.kts").write_text('include(":app", ":lib")\n', encoding="utf-8")
    _module(tmp_path, "app", 'plugins { id("shop.android.application") }\n'  # a convention plugin may add `staging`
            'dependencies { implementation(project(":lib")) }\n')
    lib = gradle.module_dir(_module(tmp_path, "lib", 'android { buildTypes { create("staging") { } } }\n'))
    assert buildtypes.installed_types(lib) == ("release", "staging")
