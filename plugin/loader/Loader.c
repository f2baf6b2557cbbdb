/* Loader.c - libcoroplugin.so: picks the build that matches the compiler.
 *
 * A plugin built for one Clang major and loaded into another fails with an
 * undefined symbol, a symbol lookup error or a crash, depending on the pair.
 * This library has no Clang symbols, so it always loads. It finds the host's
 * LLVM major and loads libcoroplugin-clangN.so from its own directory, or
 * says in one line what it has and fails the compile. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "HostLLVM.h"

#include <dirent.h>
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BUILD_PREFIX "libcoroplugin-clang"

/* The directory of the file this library was loaded from, through symlinks:
 * meson mistakes `-fplugin=...so` in CFLAGS for a library to link, so QEMU
 * builds pass a symlink named libcoroplugin.plugin instead. */
static void own_directory(char *dir, size_t size) {
  Dl_info info;
  char resolved[PATH_MAX];
  const char *path, *slash;
  if (!dladdr((void *)own_directory, &info) || !info.dli_fname) {
    snprintf(dir, size, ".");
    return;
  }
  path = realpath(info.dli_fname, resolved) ? resolved : info.dli_fname;
  slash = strrchr(path, '/');
  if (!slash) {
    snprintf(dir, size, ".");
    return;
  }
  snprintf(dir, size, "%.*s", (int)(slash - path), path);
}

/* "14, 19, 22" or "none" */
static void available_builds(const char *dir, char *out, size_t size) {
  int found[64], count = 0, i, j;
  struct dirent *entry;
  DIR *d = opendir(dir);
  out[0] = '\0';
  while (d && (entry = readdir(d)) && count < 64) {
    int major;
    char tail[8];
    if (sscanf(entry->d_name, BUILD_PREFIX "%d%7s", &major, tail) == 2 &&
        strcmp(tail, ".so") == 0)
      found[count++] = major;
  }
  if (d)
    closedir(d);
  for (i = 1; i < count; ++i) /* insertion sort: a handful of entries */
    for (j = i; j > 0 && found[j - 1] > found[j]; --j) {
      int t = found[j];
      found[j] = found[j - 1];
      found[j - 1] = t;
    }
  for (i = 0; i < count; ++i) {
    size_t len = strlen(out);
    snprintf(out + len, size - len, "%s%d", i ? ", " : "", found[i]);
  }
  if (!count)
    snprintf(out, size, "none");
}

__attribute__((constructor)) static void load_matching_build(void) {
  char dir[PATH_MAX], path[PATH_MAX + 64], builds[256];
  int host = coroplugin_host_llvm_major();
  own_directory(dir, sizeof dir);
  available_builds(dir, builds, sizeof builds);
  if (!host) {
    fprintf(stderr,
            "coroplugin: error: cannot tell which LLVM version this compiler "
            "uses; load a build directly (%s/" BUILD_PREFIX "N.so; built for "
            "LLVM: %s)\n",
            dir, builds);
    _exit(1);
  }
  snprintf(path, sizeof path, "%s/" BUILD_PREFIX "%d.so", dir, host);
  if (access(path, R_OK) != 0) {
    fprintf(stderr,
            "coroplugin: error: this compiler uses LLVM %d, but %s has "
            "coroplugin builds for LLVM %s only; build coroplugin with "
            "-DLLVM_ROOT=/usr/lib/llvm-%d\n",
            host, dir, builds, host);
    _exit(1);
  }
  if (!dlopen(path, RTLD_NOW | RTLD_GLOBAL)) {
    fprintf(stderr, "coroplugin: error: cannot load %s: %s\n", path,
            dlerror());
    _exit(1);
  }
}
