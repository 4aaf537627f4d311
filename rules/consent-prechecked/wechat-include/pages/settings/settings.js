Page({ data: { agreed: false } })
