// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API of curses.h stays
// hidden unless NCURSES_WIDECHAR is defined before the include (../shared/NOTES.md).
#ifndef STATIONDESK_CNCURSESW_SHIM_H
#define STATIONDESK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
