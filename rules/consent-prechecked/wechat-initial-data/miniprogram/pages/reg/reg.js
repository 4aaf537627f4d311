const base = require('../../mixins/base')

// The page's options spread over a shared mixin; quoted keys; an array of agreement objects.
Page({
  ...base,
  data: {
    'agreed': true,
    "form": {
      agreements: [
        { key: 'privacy', checked: true },
        { key: 'ads', checked: false },
      ],
    },
    channels: [{ id: 'sms', name: '接收营销短信' }, { id: 'mail', name: '接收营销邮件' }],
    checkedMap: { sms: true },
  },
})
