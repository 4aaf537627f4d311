Page({ data: {} })
