"""Taro components imported from the project's own files (lint/frontends/taro/imported.py).

The fixture `rules/consent-prechecked/taro-components` marks which uses are reported; these tests cover what a
fixture cannot: the evidence of a use-site finding, the cache key, and hostile component graphs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lint.rules import preset_path
from lint.runner import RunOptions, run
from tests.conftest import ROOT, run_cli

FIXTURE = Path(__file__).resolve().parent.parent / "rules" / "consent-prechecked" / "taro-components"
CONFIG = (FIXTURE / "config" / "index.js").read_text(encoding="utf-8")


def _lint(project: Path, **options: object) -> list[tuple[str, int, str]]:
    result = run([project], RunOptions(config=preset_path("recommended"), cwd=project, jobs=1, **options))  # type: ignore[arg-type]
    return sorted((f.path, f.line, f.rule) for f in result.findings)


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    project = tmp_path / "app"
    (project / "config").mkdir(parents=True)
    (project / "config" / "index.js").write_text(CONFIG, encoding="utf-8")
    for name, content in files.items():
        target = project / "src" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    return project


def test_a_use_site_finding_names_the_prop_the_state_and_the_component() -> None:
    result = run([FIXTURE / "src" / "pages" / "login"],
                 RunOptions(config=preset_path("recommended"), cwd=FIXTURE, jobs=1, no_cache=True))
    [finding] = [f for f in result.findings if f.rule == "consent-prechecked"]
    assert (finding.path, finding.line) == ("src/pages/login/index.tsx", 29)
    assert "我已阅读并同意《用户服务协议》《隐私政策》" in finding.message
    notes = [(e.path, e.line, e.note) for e in finding.evidence]
    assert ("src/pages/login/index.tsx", 29, "checked={agreed} on <Agreement>") in notes
    assert ("src/pages/login/index.tsx", 10, "agreed = useState(true)") in notes
    assert any(path == "src/components/Agreement/index.tsx" and "<checkbox> inside" in note
               for path, _, note in notes)


def test_editing_the_component_relints_the_pages_using_it(tmp_path: Path) -> None:
    project = tmp_path / "app"
    shutil.copytree(FIXTURE, project)
    cache = tmp_path / "cache"
    before = _lint(project, cache_dir=cache)
    assert ("src/pages/login/index.tsx", 29, "consent-prechecked") in before
    component = project / "src" / "components" / "Agreement" / "index.tsx"
    component.write_text(component.read_text(encoding="utf-8").replace("checked={checked}", "checked={false}"),
                         encoding="utf-8")
    after = _lint(project, cache_dir=cache)
    assert after == _lint(project, no_cache=True)
    assert ("src/pages/login/index.tsx", 29, "consent-prechecked") not in after


PAGE = """import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import {name} from '{specifier}'

export default function Page() {
  const [agree, setAgree] = useState(true)
  return (
    <View>
      <{name} checked={agree} onChange={setAgree}><Text>我已阅读并同意《隐私政策》</Text></{name}>
    </View>
  )
}
"""

ROW = """import { View, Checkbox } from '@tarojs/components'
import {other} from './{other}'

export default function {name}({ checked, children }) {
  return (
    <View>
      <{other} checked={checked}>{children}</{other}>
      <Checkbox checked={checked} />
    </View>
  )
}
"""


def _page(name: str, specifier: str) -> str:
    return PAGE.replace("{name}", name).replace("{specifier}", specifier)


def test_components_importing_each_other_end(tmp_path: Path) -> None:
    """`A` renders `B`, which renders `A`: built at most three deep, and the page's box is still read."""
    project = _project(tmp_path, {
        "pages/index/index.tsx": _page("A", "../../components/A"),
        "components/A.tsx": ROW.replace("{name}", "A").replace("{other}", "B"),
        "components/B.tsx": ROW.replace("{name}", "B").replace("{other}", "A"),
    })
    assert ("src/pages/index/index.tsx", 9, "consent-prechecked") in _lint(project, no_cache=True)


def test_a_broken_component_is_reported_in_its_file_and_the_page_is_still_linted(tmp_path: Path) -> None:
    project = _project(tmp_path, {
        "pages/index/index.tsx": _page("Agree", "@/components/Agree"),
        "components/Agree/index.tsx": "export default function Agree({ checked }) { return (<View><Checkbox",
    })
    found = _lint(project, no_cache=True)
    assert ("src/components/Agree/index.tsx", 1, "parse-error") in found
    assert not [f for f in found if f[0] == "src/pages/index/index.tsx"]  # nothing known about the box


@pytest.mark.parametrize("specifier", ["lodash", "@tarojs/taro", "../../components/Missing"])
def test_what_is_not_a_project_component_is_not_followed(tmp_path: Path, specifier: str) -> None:
    project = _project(tmp_path, {"pages/index/index.tsx": _page("Agree", specifier)})
    assert _lint(project, no_cache=True) == []


CLASS_COMPONENT = """import { Component } from 'react'
import { View, Text, Switch } from '@tarojs/components'

export default class MarketingOptIn extends Component{generic} {
  static defaultProps = {
    checked: true
  }

  render() {
    return (
      <View className='opt-in'>
        <Text>接收品牌营销短信与邮件</Text>
        <Switch checked={this.props.checked} />
      </View>
    )
  }
}
"""

CLASS_PAGE = """import { View } from '@tarojs/components'
import MarketingOptIn from '../../components/MarketingOptIn'

export default function Register() {
  return (
    <View className='register'>
      <MarketingOptIn />
      <MarketingOptIn checked={false} />
    </View>
  )
}
"""


@pytest.mark.parametrize(("suffix", "generic"), [(".jsx", ""), (".tsx", "<{ checked: boolean }>")])
def test_a_class_components_static_default_props_decide_a_use_that_passes_nothing(
        tmp_path: Path, suffix: str, generic: str) -> None:
    """`static defaultProps` is a `field_definition` in the JavaScript grammar, a `public_field_definition` in
    TypeScript's: both are read."""
    project = _project(tmp_path, {
        f"components/MarketingOptIn/index{suffix}": CLASS_COMPONENT.replace("{generic}", generic),
        f"pages/index/index{suffix}": CLASS_PAGE,
    })
    assert _lint(project, no_cache=True) == [(f"src/pages/index/index{suffix}", 7, "consent-prechecked")]


def test_constants_imported_from_the_project_are_read_and_keyed(tmp_path: Path) -> None:
    # `{LOGIN_COPY.marketing}` from `src/constants/copy.ts` labels the box; editing that module must relint the page.
    project = tmp_path / "app"
    shutil.copytree(ROOT / "rules" / "consent-prechecked" / "taro-hooks", project)
    page = "src/pages/copy/index.tsx"
    cache = tmp_path / "cache"

    def findings(*extra: str) -> list[tuple[str, int, str]]:
        result = run_cli("check", "--format", "json", *extra, page, cwd=project)
        return sorted((f["path"], f["line"], f["message"]) for f in json.loads(result.stdout))

    first = findings("--cache-dir", str(cache))
    assert [line for _, line, _ in first] == [16, 23]
    assert "接收新品上架和优惠活动短信" in first[1][2]
    copy = project / "src" / "constants" / "copy.ts"
    copy.write_text(copy.read_text(encoding="utf-8").replace("接收新品上架和优惠活动短信", "记住登录状态"),
                    encoding="utf-8")
    warm = findings("--cache-dir", str(cache))
    assert warm == findings("--no-cache")
    assert [line for _, line, _ in warm] == [16]  # a neutral setting now: the cached finding is not served
