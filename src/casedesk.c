/* casedesk.c — placeholder main, replaced once the UI core lands. */
#include "config.h"
#include <stdio.h>
int main(void) { puts(PACKAGE_STRING); return 0; }
