# src/ui.mk — sources of this concern (see Makefile.am)
