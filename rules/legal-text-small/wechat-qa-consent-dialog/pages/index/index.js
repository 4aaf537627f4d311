Page({ data: { showAgreement: false, showTip: false } })
