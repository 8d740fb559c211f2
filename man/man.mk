# man/man.mk
