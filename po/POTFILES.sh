#!/bin/sh
# Every C source that may hold translatable strings.
ls src/*.c include/*.h 2>/dev/null | grep -v '^src/sql-messages' | sort
