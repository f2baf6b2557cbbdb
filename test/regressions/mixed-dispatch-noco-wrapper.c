// Finding (differential fuzzer, gen.KNOWN_ISSUES "dispatch-in-noco-wrapper").
// A no_coroutine_fn function whose _co_ twin is declared coroutine_fn is a
// wrapper (QEMU master's spelling of co_wrapper; wrapper-call treats it as one,
// see test/checks/wrapper-call.c 'bdrv_getlength'). mixed-dispatch is "reported
// for functions that are neither coroutine_fn, coroutine_mixed_fn nor a wrapper
// (wrappers dispatch by construction)", so bdrv_flush below must not be reported.
// Expected: no diagnostics.
// Seen (clang 14 and 22): 17:21: warning: function 'bdrv_flush' branches on
//   qemu_in_coroutine() but is not declared 'coroutine_mixed_fn' [-Wcoroutine,mixed-dispatch]
// RUN: %coro -Xclang -verify %s
// expected-no-diagnostics
#define coroutine_fn __attribute__((coroutine_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
_Bool qemu_in_coroutine(void);

int coroutine_fn bdrv_co_flush(void);
int no_coroutine_fn bdrv_flush(void) {
  if (qemu_in_coroutine())
    return 1;
  return 0;
}
