Page({
  data: { agreed: true, newsletter: true, footerTemplate: '/templates/agreement.wxml' }
})
