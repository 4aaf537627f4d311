Page({ data: { locked: false } })
