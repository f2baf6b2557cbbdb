// Found by the differential fuzzer. A no_coroutine_fn function whose _co_ twin
// is declared coroutine_fn is a wrapper (QEMU master's spelling of co_wrapper;
// wrapper-call treats it as one, test/checks/wrapper-call.c 'bdrv_getlength'),
// and wrappers dispatch on qemu_in_coroutine() by construction. Pins that
// mixed-dispatch does not report bdrv_flush.
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
