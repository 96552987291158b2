#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

/// Function-like macros of curses, as typed functions Swift can call.
static inline int fluid_color_pair(int n) { return COLOR_PAIR(n); }
static inline int fluid_attr_bold(void) { return A_BOLD; }
static inline int fluid_attr_reverse(void) { return A_REVERSE; }
static inline void fluid_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
