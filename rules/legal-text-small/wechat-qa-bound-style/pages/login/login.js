Page({ data: { tipSize: 20, okSize: 24, hide: false } })
