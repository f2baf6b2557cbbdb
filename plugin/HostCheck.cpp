//===- HostCheck.cpp - refuse to run inside another Clang major ----------===//
//
// The loader picks the matching build, but a build can also be loaded
// directly (-fplugin=libcoroplugin-clang19.so). If the dynamic linker did not
// already refuse it, the first mismatched call would crash the compiler.
//
//===----------------------------------------------------------------------===//
#include "loader/HostLLVM.h"

#include "llvm/Config/llvm-config.h"

#include <cstdio>
#include <unistd.h>

__attribute__((constructor)) static void refuseOtherHosts() {
  int Host = coroplugin_host_llvm_major();
  if (Host == 0 || Host == LLVM_VERSION_MAJOR)
    return;
  std::fprintf(stderr,
               "coroplugin: error: this build is for LLVM %d (%s) but the "
               "compiler uses LLVM %d; load libcoroplugin.so, which picks the "
               "matching build, or build coroplugin with "
               "-DLLVM_ROOT=/usr/lib/llvm-%d\n",
               LLVM_VERSION_MAJOR, LLVM_VERSION_STRING, Host, Host);
  _exit(1);
}
