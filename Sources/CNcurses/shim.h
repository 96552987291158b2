#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <ncursesw/curses.h>

/// Typed wrappers of curses' macros and variadic calls, for FluidTUI (the only importer).

/// Colour pairs FluidTUI draws with: 1 green, 2 yellow, 3 red, 4 cyan, 5 selection bar.
static inline int fluid_tui_start(int color) {
  setlocale(LC_ALL, "");
  if (initscr() == NULL) return -1;
  raw();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  curs_set(0);
  set_escdelay(25);
  if (color && has_colors()) {
    start_color();
    use_default_colors();
    init_pair(1, COLOR_GREEN, -1);
    init_pair(2, COLOR_YELLOW, -1);
    init_pair(3, COLOR_RED, -1);
    init_pair(4, COLOR_CYAN, -1);
    init_pair(5, COLOR_BLACK, COLOR_CYAN);
  }
  mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
  return 0;
}

static inline void fluid_tui_stop(void) {
  if (!isendwin()) endwin();
}

static inline void fluid_tui_size(int *rows, int *columns) {
  int y, x;
  getmaxyx(stdscr, y, x);
  *rows = y;
  *columns = x;
}

static inline void fluid_tui_put(int y, int x, const char *text, int pair, int bold, int reverse, int dim) {
  attr_t a = A_NORMAL;
  if (bold) a |= A_BOLD;
  if (reverse) a |= A_REVERSE;
  if (dim) a |= A_DIM;
  attr_set(a, (short)pair, NULL);
  mvaddstr(y, x, text);
}

static inline void fluid_tui_clear_to_eol(int y, int x) {
  attr_set(A_NORMAL, 0, NULL);
  move(y, x);
  clrtoeol();
}

static inline void fluid_tui_refresh(void) { refresh(); }

/// Reads one key within `timeout_ms`: returns -1 for none, else the key; `*special` is 1 for
/// curses' KEY_* codes (then compare with the fluid_key_* values).
static inline int fluid_tui_read(int timeout_ms, int *special) {
  wint_t ch = 0;
  timeout(timeout_ms);
  int r = get_wch(&ch);
  if (r == ERR) return -1;
  *special = (r == KEY_CODE_YES);
  return (int)ch;
}

static inline int fluid_key_up(void) { return KEY_UP; }
static inline int fluid_key_down(void) { return KEY_DOWN; }
static inline int fluid_key_left(void) { return KEY_LEFT; }
static inline int fluid_key_right(void) { return KEY_RIGHT; }
static inline int fluid_key_page_up(void) { return KEY_PPAGE; }
static inline int fluid_key_page_down(void) { return KEY_NPAGE; }
static inline int fluid_key_home(void) { return KEY_HOME; }
static inline int fluid_key_end(void) { return KEY_END; }
static inline int fluid_key_enter(void) { return KEY_ENTER; }
static inline int fluid_key_backspace(void) { return KEY_BACKSPACE; }
static inline int fluid_key_resize(void) { return KEY_RESIZE; }
static inline int fluid_key_mouse(void) { return KEY_MOUSE; }

/// The last mouse event: 1 wheel up, 2 wheel down, 3 click (row in `*y`); 0 for none.
static inline int fluid_tui_mouse(int *y) {
  MEVENT e;
  if (getmouse(&e) != OK) return 0;
  *y = e.y;
  if (e.bstate & BUTTON4_PRESSED) return 1;
  if (e.bstate & BUTTON5_PRESSED) return 2;
  if (e.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 3;
  return 0;
}

static void fluid_tui_crash_handler(int sig) {
  if (!isendwin()) endwin();
  signal(sig, SIG_DFL);
  raise(sig);
}

/// Restores the terminal before the process dies of a fatal signal (a Swift trap is SIGILL or
/// SIGTRAP), then lets the signal do what it would have done.
static inline void fluid_tui_restore_on_crash(void) {
  int fatal[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) signal(fatal[i], fluid_tui_crash_handler);
}
