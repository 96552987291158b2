/* The floor for one API request from a command-line program: load libcurl at run time (as
   fluidctl does), GET one URL with the bearer token given, write the body to stdout.
   Usage: curl_floor URL [TOKEN] */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef void CURL;
enum { OPT_URL = 10002, OPT_HTTPHEADER = 10023, OPT_ACCEPT = 10102 };

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: curl_floor URL [TOKEN]\n"); return 64; }
  void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (!lib) { fprintf(stderr, "%s\n", dlerror()); return 1; }
  CURL *(*init)(void) = dlsym(lib, "curl_easy_init");
  int (*setopt)(CURL *, int, ...) = dlsym(lib, "curl_easy_setopt");
  int (*perform)(CURL *) = dlsym(lib, "curl_easy_perform");
  void *(*append)(void *, const char *) = dlsym(lib, "curl_slist_append");
  CURL *c = init();
  setopt(c, OPT_URL, argv[1]);
  void *headers = append(NULL, "Accept: application/json");
  if (argc > 2) {
    char auth[4096];
    snprintf(auth, sizeof auth, "Authorization: Bearer %s", argv[2]);
    headers = append(headers, auth);
  }
  setopt(c, OPT_HTTPHEADER, headers);
  return perform(c) == 0 ? 0 : 1;
}
