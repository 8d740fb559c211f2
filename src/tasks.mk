# src/tasks.mk — sources of this concern (see Makefile.am)
