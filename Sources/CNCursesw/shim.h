// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API of curses.h stays
// hidden unless NCURSES_WIDECHAR is defined before the include (../shared/NOTES.md).
#ifndef STATIONDESK_CNCURSESW_SHIM_H
#define STATIONDESK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Macros and C globals that do not import into Swift (or are not concurrency-safe there),
// read through functions instead.
static inline WINDOW *sd_stdscr(void) { return stdscr; }
static inline int sd_lines(void) { return LINES; }
static inline int sd_cols(void) { return COLS; }
static inline attr_t sd_a_normal(void) { return A_NORMAL; }
static inline attr_t sd_a_bold(void) { return A_BOLD; }
static inline attr_t sd_a_reverse(void) { return A_REVERSE; }
static inline attr_t sd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sd_a_dim(void) { return A_DIM; }
static inline int sd_key_f(int n) { return KEY_F(n); }
static inline const char *sd_codeset(void) { return nl_langinfo(CODESET); }

/// Writes one grapheme cluster (a base character plus combining marks, up to CCHARW_MAX) with
/// attributes and colour pair at (y, x).
static inline int sd_put_cluster(int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wcs, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/// wcwidth is hidden without _XOPEN_SOURCE (NOTES); ncurses measures cells with it.
extern int wcwidth(wchar_t c);

/// Where the physical cursor is, by curses' own account.
static inline int sd_physical_y(void) { return getcury(curscr); }
static inline int sd_physical_x(void) { return getcurx(curscr); }

/// A terminfo string capability, or NULL when the terminal lacks it.
static inline const char *sd_cap(const char *name) {
    char *c = tigetstr(name);
    return (c == NULL || c == (char *)-1) ? NULL : c;
}

/// The cursor-addressing sequence for (row, col); tiparm is variadic, so not callable from Swift.
static inline const char *sd_cup(int row, int col) {
    const char *c = sd_cap("cup");
    return c ? tiparm(c, row, col) : NULL;
}

/// Foreground / background colour sequences.
static inline const char *sd_setaf(int color) {
    const char *c = sd_cap("setaf");
    return c ? tiparm(c, color) : NULL;
}
static inline const char *sd_setab(int color) {
    const char *c = sd_cap("setab");
    return c ? tiparm(c, color) : NULL;
}

/// Sets curses' idea of the terminal's attributes to normal, writing sgr0 to stdout now.
static inline void sd_attributes_normal(void) {
    vidattr(A_NORMAL);
    fflush(stdout);
}

/// Turns off XON/XOFF flow control so Ctrl-S and Ctrl-Q reach the program instead of freezing
/// the terminal (raw() does this too; kept explicit for terminals that re-enable it).
static inline void sd_ixon_off(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) == 0) {
        t.c_iflag &= ~(IXON | IXOFF);
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
}

/// Async-signal handler: restore the terminal, then die of the same signal with its default
/// action (so a crash still dumps core and the parent sees the real cause).
static void sd_restore_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Installs `sd_restore_and_reraise` for SIGINT, SIGTERM, SIGHUP, SIGQUIT and the crash signals.
static inline void sd_install_signal_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        sa.sa_handler = sd_restore_and_reraise;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
}
#endif
