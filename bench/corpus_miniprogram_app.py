"""App-level files of a generated WeChat mini-program: `app.json` listing every page, `app.wxss`, `app.js`,
project config, a request helper and one shared component."""

from __future__ import annotations

import json
import random

from corpus_text import zh_phrase

APP_WXSS = """/* app.wxss: global styles every page inherits */
page {
  background-color: #f5f5f5;
  font-size: 28rpx;
  color: #333333;
  font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Helvetica Neue', sans-serif;
}

.container {
  display: flex;
  flex-direction: column;
  padding: 24rpx;
}

.btn-primary {
  background-color: #07c160;
  color: #ffffff;
  border-radius: 8rpx;
}

.hint {
  font-size: 24rpx;
  color: #999999;
}
"""

APP_JS = """// app.js
App({
  globalData: {
    userInfo: null,
    needRefresh: false,
  },

  onLaunch() {
    const logs = wx.getStorageSync('logs') || []
    logs.unshift(Date.now())
    wx.setStorageSync('logs', logs)
  },
})
"""

REQUEST_JS = """// utils/request.js: a promise wrapper around wx.request
const BASE_URL = 'https://api.example.com'

function request({ url, method = 'GET', data = {} }) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: BASE_URL + url,
      method,
      data,
      header: { 'content-type': 'application/json' },
      success: (res) => (res.statusCode === 200 ? resolve(res.data) : reject(res)),
      fail: reject,
    })
  })
}

module.exports = { request }
"""

PRICE_TAG = {
    "wxml": '<view class="price-tag"><text class="symbol">¥</text><text class="value">{{price}}</text></view>\n',
    "wxss": ".price-tag {\n  color: #fa5151;\n}\n\n.symbol {\n  font-size: 22rpx;\n}\n\n.value {\n"
            "  font-size: 34rpx;\n  font-weight: 600;\n}\n",
    "js": "Component({\n  properties: {\n    price: { type: Number, value: 0 },\n  },\n})\n",
    "json": '{\n  "component": true\n}\n',
}


def app_files(rng: random.Random, pages: list[str]) -> dict[str, str]:
    """Files keyed by path relative to the mini-program root."""
    tabs = pages[:4]
    app = {
        "pages": pages,
        "window": {"navigationBarTitleText": zh_phrase(rng, 2, 2), "navigationBarBackgroundColor": "#ffffff",
                   "navigationBarTextStyle": "black", "backgroundTextStyle": "light"},
        "tabBar": {"list": [{"pagePath": page, "text": zh_phrase(rng, 1, 1)} for page in tabs]},
        "sitemapLocation": "sitemap.json",
        "style": "v2",
    }
    project = {"appid": f"wx{rng.getrandbits(64):016x}", "projectname": "shop", "compileType": "miniprogram",
               "setting": {"es6": True, "minified": True, "postcss": True}}
    files = {
        "app.json": json.dumps(app, ensure_ascii=False, indent=2) + "\n",
        "app.wxss": APP_WXSS,
        "app.js": APP_JS,
        "project.config.json": json.dumps(project, indent=2) + "\n",
        "sitemap.json": '{\n  "rules": [{ "action": "allow", "page": "*" }]\n}\n',
        "utils/request.js": REQUEST_JS,
    }
    files.update({f"components/price-tag/price-tag.{ext}": text for ext, text in PRICE_TAG.items()})
    return files
