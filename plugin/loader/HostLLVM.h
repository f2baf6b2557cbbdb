/* HostLLVM.h - which LLVM major the compiler that loaded us was built from.
 *
 * Plain C with no LLVM or Clang symbols, so that both the loader and the
 * plugin proper can ask before anything version-specific runs. */
#ifndef COROPLUGIN_HOSTLLVM_H
#define COROPLUGIN_HOSTLLVM_H

#ifdef __cplusplus
extern "C" {
#endif

/* The major version, or 0 when it cannot be told (a statically linked clang
 * older than 16, which has no LLVMGetVersion). */
int coroplugin_host_llvm_major(void);

#ifdef __cplusplus
}
#endif

#endif
