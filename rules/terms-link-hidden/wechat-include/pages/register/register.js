Page({ data: { showLegal: false } })
