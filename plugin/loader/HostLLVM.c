/* HostLLVM.c */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "HostLLVM.h"

#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>

struct found {
  int clang_cpp; /* from libclang-cpp.so.N[.M] */
  int llvm;      /* from libLLVM-N.so or libLLVM.so.N[.M] */
};

static int major_after(const char *base, const char *prefix) {
  size_t n = strlen(prefix);
  return strncmp(base, prefix, n) == 0 ? atoi(base + n) : 0;
}

static int visit(struct dl_phdr_info *info, size_t size, void *data) {
  struct found *f = data;
  const char *name = info->dlpi_name ? info->dlpi_name : "";
  const char *base = strrchr(name, '/');
  int m;
  (void)size;
  base = base ? base + 1 : name;
  if ((m = major_after(base, "libclang-cpp.so.")) > 0)
    f->clang_cpp = m;
  else if ((m = major_after(base, "libLLVM-")) > 0 ||
           (m = major_after(base, "libLLVM.so.")) > 0)
    f->llvm = m;
  return 0;
}

int coroplugin_host_llvm_major(void) {
  struct found f = {0, 0};
  void (*get_version)(unsigned *, unsigned *, unsigned *);
  dl_iterate_phdr(visit, &f);
  if (f.clang_cpp)
    return f.clang_cpp;
  if (f.llvm)
    return f.llvm;
  /* A statically linked clang exports its symbols for plugins. */
  *(void **)&get_version = dlsym(RTLD_DEFAULT, "LLVMGetVersion");
  if (get_version) {
    unsigned major, minor, patch;
    get_version(&major, &minor, &patch);
    return (int)major;
  }
  return 0;
}
