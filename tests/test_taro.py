"""Taro frontend: discovery, JSX state and conditions, styles and design width."""

from __future__ import annotations

from pathlib import Path

from lint.discover import discover
from lint.frontends.taro import buildconfig, page
from lint.model import Node


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _nodes(path: Path) -> list[Node]:
    docs = page.build(path, lambda p: p.name)
    assert not docs[0].errors
    return [n for root in docs[0].roots for n in root.walk()]


def test_only_taro_jsx_is_a_unit(tmp_path: Path) -> None:
    _write(tmp_path, "web/App.jsx", "export const App = () => <div>hi</div>\n")
    taro_source = "import { View } from '@tarojs/components'\nexport default () => <View/>\n"
    taro = _write(tmp_path, "mini/src/index.tsx", taro_source)
    units = discover([tmp_path]).units
    assert [(u.kind, u.context) for u in units] == [("taro", taro)]


def test_a_taro_config_makes_plain_jsx_taro(tmp_path: Path) -> None:
    _write(tmp_path, "config/index.js", "module.exports = { designWidth: 750 }\n")
    jsx = _write(tmp_path, "src/pages/a.jsx", "export default () => <div/>\n")
    assert [u.kind for u in discover([jsx]).units] == ["taro"]


def test_use_state_class_state_and_conditions(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.tsx", """import { useState, Component } from 'react'
import { View, Text, Switch, Checkbox } from '@tarojs/components'
export function A() {
  const [keep] = useState(true)
  const [share] = useState<boolean>(false)
  return (
    <View>
      <Checkbox checked={keep} />
      <Switch checked={share} />
      {share && <Text>x《隐私政策》</Text>}
      {keep ? <Text>y</Text> : <Text>z</Text>}
    </View>
  )
}
export class B extends Component {
  state = { renew: true }
  render() { return <Switch checked={this.state.renew} /> }
}
""")
    nodes = _nodes(path)
    toggles = [n for n in nodes if n.kind == "toggle"]
    states = [(t.tag, t.fact("checked").value) for t in toggles]
    assert states == [("checkbox", True), ("switch", False), ("switch", True)]
    assert toggles[0].fact("checked").evidence[1].note == "keep = useState(true)"
    texts = {n.fact("text").value: n.fact("visible").value for n in nodes if n.tag == "text"}
    assert texts == {"x《隐私政策》": False, "y": True, "z": False}


def test_design_width_scales_sheet_px_but_not_inline_styles(tmp_path: Path) -> None:
    _write(tmp_path, "config/index.js", "const config = { designWidth: 375 }\nmodule.exports = () => config\n")
    _write(tmp_path, "src/pages/a/index.scss", ".note { font-size: 22px; }\n")
    path = _write(tmp_path, "src/pages/a/index.jsx", """import { Text } from '@tarojs/components'
import './index.scss'
export default () => <>
  <Text className='note'>a</Text>
  <Text style={{ fontSize: '22px' }}>b</Text>
</>
""")
    sizes = {n.fact("text").value: n.fact("font_size").value for n in _nodes(path) if n.tag == "text"}
    assert sizes == {"a": 22, "b": 22}
    _write(tmp_path, "config/index.js", "const config = { designWidth: 750 }\nmodule.exports = () => config\n")
    buildconfig.design_width.cache_clear()
    from lint.frontends.taro.detect import _config_above

    _config_above.cache_clear()
    sizes = {n.fact("text").value: n.fact("font_size").value for n in _nodes(path) if n.tag == "text"}
    assert sizes == {"a": 11, "b": 22}


def test_an_elements_text_keeps_the_order_it_is_shown_in(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.jsx", """import { View, Text } from '@tarojs/components'
export default function A({ appName }) {
  return (
    <View className='tip'>我已阅读并同意
      <Text>《隐私政策》</Text>
      及
      <Text>《服务协议》</Text>
      {'（'}{appName}{'）'}
    </View>
  )
}
""")
    tip = next(n for n in _nodes(path) if n.attrs.get("className") == "tip" or n.tag == "view")
    # In source order; the unknown name renders nothing.
    assert tip.fact("text").value == "我已阅读并同意 《隐私政策》 及 《服务协议》（）"


def test_prop_list_is_read_as_postcss_pxtorem_reads_it() -> None:
    """Taro's pxtransform shares postcss-pxtorem's `propList`: which entries leave `font-size` in CSS px."""
    converted = [["*"], ["font-size"], ["font*"], ["*size"], ["*font*"], ["font*", "margin*"], ["*", "!margin*"]]
    kept = [["*", "!font*"], ["*", "!font-size"], ["*", "!*size"], ["margin", "padding"], [], ["*", "!*font*"]]
    assert all(buildconfig.converts("font-size", entries) for entries in converted)
    assert not any(buildconfig.converts("font-size", entries) for entries in kept)


def test_a_prop_list_not_written_as_strings_leaves_sheet_sizes_unknown(tmp_path: Path) -> None:
    config = tmp_path / "config" / "index.js"
    config.parent.mkdir()
    config.write_text("const fonts = ['*', '!font*']\n"
                      "module.exports = { designWidth: 750, mini: { postcss: { pxtransform: { enable: true,"
                      " config: { propList: [...fonts] } } } } }\n", encoding="utf-8")
    assert buildconfig.keeps_font_px(config) is None
    config.write_text("module.exports = { mini: { postcss: { pxtransform: { config: { propList: ['*', '!font*']"
                      " } } } } }\n", encoding="utf-8")
    buildconfig.keeps_font_px.cache_clear()
    assert buildconfig.keeps_font_px(config) is True
