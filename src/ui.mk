# src/ui.mk — the terminal UI core (see include/ui.h, include/screen.h).
libcasedesk_a_SOURCES += src/width.c src/lineedit.c src/keymap.c src/settings.c \
	src/theme.c src/ui_core.c src/ui_draw.c src/ui_loop.c src/ui_modal.c src/ui_refresh.c \
	src/ui_registry.c src/widget_list.c src/widget_form.c src/widget_textview.c src/scr_help.c src/scr_home.c
noinst_HEADERS += include/width.h include/lineedit.h include/keymap.h \
	include/settings.h include/theme.h include/ui.h include/screen.h \
	include/widgets.h include/ui_int.h
