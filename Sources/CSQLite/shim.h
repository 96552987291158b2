#include <sqlite3.h>

/// SQLITE_TRANSIENT is a cast macro Swift cannot import: a typed constant instead.
static inline sqlite3_destructor_type fluid_sqlite_transient(void) { return SQLITE_TRANSIENT; }
