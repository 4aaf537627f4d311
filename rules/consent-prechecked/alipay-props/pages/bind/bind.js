Page({ data: { agreed: false }, onAgree(v) { this.setData({ agreed: v }); } });
