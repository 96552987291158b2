// libcurl for fluidctl's HTTP transport, loaded on first use.
//
// libcurl pulls in TLS, Kerberos and LDAP libraries whose initialisers cost ~4 ms at every
// process start; most fluidctl runs (the embedded cluster, version, help) never make a request.
// So nothing links libcurl: fluid_curl() dlopens it once and resolves the functions below, and
// typed wrappers replace curl's variadic setopt/getinfo, which Swift cannot call.
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

typedef struct {
  int loaded;
  const char *error;
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  void (*easy_cleanup)(CURL *);
  void (*easy_reset)(CURL *);
  CURLcode (*easy_perform)(CURL *);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  const char *(*easy_strerror)(CURLcode);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  curl_version_info_data *(*version_info)(CURLversion);
  CURLM *(*multi_init)(void);
  CURLMcode (*multi_add_handle)(CURLM *, CURL *);
  CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
  CURLMcode (*multi_perform)(CURLM *, int *);
  CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int, int, int *);
  CURLMcode (*multi_wakeup)(CURLM *);
  CURLMsg *(*multi_info_read)(CURLM *, int *);
  CURLMcode (*multi_cleanup)(CURLM *);
} fluid_curl_api;

/// The one table of resolved functions (a function-local static, so that a header-only shim works).
static inline fluid_curl_api *fluid_curl_state(void) {
  static fluid_curl_api table;
  return &table;
}
#define fluid_curl_table (*fluid_curl_state())
static inline pthread_once_t *fluid_curl_once_state(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  return &once;
}

static inline void fluid_curl_load(void) {
  void *h = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (!h) h = dlopen("libcurl.so", RTLD_NOW | RTLD_LOCAL);
  if (!h) h = dlopen("libcurl.4.dylib", RTLD_NOW | RTLD_LOCAL);
  if (!h) { fluid_curl_table.error = "libcurl (libcurl.so.4) could not be loaded"; return; }
#define FLUID_CURL_SYM(field, name) \
  *(void **)(&fluid_curl_table.field) = dlsym(h, name); \
  if (!fluid_curl_table.field) { fluid_curl_table.error = "libcurl lacks " name; return; }
  FLUID_CURL_SYM(global_init, "curl_global_init")
  FLUID_CURL_SYM(easy_init, "curl_easy_init")
  FLUID_CURL_SYM(easy_cleanup, "curl_easy_cleanup")
  FLUID_CURL_SYM(easy_reset, "curl_easy_reset")
  FLUID_CURL_SYM(easy_perform, "curl_easy_perform")
  FLUID_CURL_SYM(easy_setopt, "curl_easy_setopt")
  FLUID_CURL_SYM(easy_getinfo, "curl_easy_getinfo")
  FLUID_CURL_SYM(easy_strerror, "curl_easy_strerror")
  FLUID_CURL_SYM(slist_append, "curl_slist_append")
  FLUID_CURL_SYM(slist_free_all, "curl_slist_free_all")
  FLUID_CURL_SYM(version_info, "curl_version_info")
  FLUID_CURL_SYM(multi_init, "curl_multi_init")
  FLUID_CURL_SYM(multi_add_handle, "curl_multi_add_handle")
  FLUID_CURL_SYM(multi_remove_handle, "curl_multi_remove_handle")
  FLUID_CURL_SYM(multi_perform, "curl_multi_perform")
  FLUID_CURL_SYM(multi_poll, "curl_multi_poll")
  FLUID_CURL_SYM(multi_wakeup, "curl_multi_wakeup")
  FLUID_CURL_SYM(multi_info_read, "curl_multi_info_read")
  FLUID_CURL_SYM(multi_cleanup, "curl_multi_cleanup")
#undef FLUID_CURL_SYM
  if (fluid_curl_table.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    fluid_curl_table.error = "curl_global_init failed";
    return;
  }
  fluid_curl_table.loaded = 1;
}

/// The loaded libcurl, or NULL (see fluid_curl_error) when it cannot be loaded. Thread-safe.
static inline const fluid_curl_api *fluid_curl(void) {
  pthread_once(fluid_curl_once_state(), fluid_curl_load);
  return fluid_curl_table.loaded ? &fluid_curl_table : NULL;
}
static inline const char *fluid_curl_error(void) { return fluid_curl_table.error; }

// Swift emits a header's static inline functions once per Swift file that uses them, so each
// file has its own copy of the table above: every wrapper below makes sure its copy is loaded.
static inline fluid_curl_api *fluid_curl_ready(void) {
  pthread_once(fluid_curl_once_state(), fluid_curl_load);
  return fluid_curl_state();
}
#define FLUID_CURL_READY (*fluid_curl_ready())

static inline CURLversion fluid_curl_version_now(void) { return CURLVERSION_NOW; }

/// Typed wrappers for curl's variadic calls.
static inline CURLcode fluid_curl_setopt_long(CURL *h, CURLoption o, long v) { return FLUID_CURL_READY.easy_setopt(h, o, v); }
static inline CURLcode fluid_curl_setopt_string(CURL *h, CURLoption o, const char *v) { return FLUID_CURL_READY.easy_setopt(h, o, v); }
static inline CURLcode fluid_curl_setopt_pointer(CURL *h, CURLoption o, void *v) { return FLUID_CURL_READY.easy_setopt(h, o, v); }
static inline CURLcode fluid_curl_setopt_blob(CURL *h, CURLoption o, void *data, size_t len) {
  struct curl_blob b = { data, len, CURL_BLOB_COPY };
  return FLUID_CURL_READY.easy_setopt(h, o, &b);
}
static inline CURLcode fluid_curl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) { return FLUID_CURL_READY.easy_setopt(h, CURLOPT_WRITEFUNCTION, f); }
static inline CURLcode fluid_curl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) { return FLUID_CURL_READY.easy_setopt(h, CURLOPT_HEADERFUNCTION, f); }
static inline CURLcode fluid_curl_setopt_xferinfo(CURL *h, int (*f)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t)) { return FLUID_CURL_READY.easy_setopt(h, CURLOPT_XFERINFOFUNCTION, f); }
static inline CURLcode fluid_curl_getinfo_long(CURL *h, CURLINFO i, long *v) { return FLUID_CURL_READY.easy_getinfo(h, i, v); }

/// Typed entry points of the loaded library (call fluid_curl() first).
static inline CURL *fluid_curl_easy_init(void) { return FLUID_CURL_READY.easy_init(); }
static inline void fluid_curl_easy_cleanup(CURL *h) { FLUID_CURL_READY.easy_cleanup(h); }
static inline void fluid_curl_easy_reset(CURL *h) { FLUID_CURL_READY.easy_reset(h); }
static inline CURLcode fluid_curl_easy_perform(CURL *h) { return FLUID_CURL_READY.easy_perform(h); }
static inline const char *fluid_curl_easy_strerror(CURLcode c) { return FLUID_CURL_READY.easy_strerror(c); }
static inline struct curl_slist *fluid_curl_slist_append(struct curl_slist *l, const char *s) { return FLUID_CURL_READY.slist_append(l, s); }
static inline void fluid_curl_slist_free_all(struct curl_slist *l) { FLUID_CURL_READY.slist_free_all(l); }
static inline CURLcode fluid_curl_setopt_slist(CURL *h, CURLoption o, struct curl_slist *l) { return FLUID_CURL_READY.easy_setopt(h, o, l); }
static inline CURLcode fluid_curl_setopt_offset(CURL *h, CURLoption o, curl_off_t v) { return FLUID_CURL_READY.easy_setopt(h, o, v); }
