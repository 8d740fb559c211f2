# src/cases.mk — sources of this concern (see Makefile.am)
