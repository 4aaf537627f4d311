Page({ data: { step: 1, agreed: false } })
