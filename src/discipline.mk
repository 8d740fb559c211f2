# src/discipline.mk — sources of this concern (see Makefile.am)
