interface ShopData {
  filters: Array<{ name: string; selected: boolean }>
  onlyInStock: boolean
  marketingOptIn: boolean
  shareOptIn: boolean
}

Page<ShopData, WechatMiniprogram.Page.CustomOption>({
  data: {
    filters: [
      { name: '满减', selected: true },
      { name: '包邮', selected: false }
    ],
    onlyInStock: true as boolean,
    marketingOptIn: (1 === 1) as boolean,
    shareOptIn: <boolean>true
  }
})
