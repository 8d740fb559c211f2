# po/po.mk
