Component({ properties: { showAgreement: { type: Boolean, value: true }, disabled: { type: Boolean, value: false } }, data: { checked: true } })
