Page({ data: { agreed: false } });
