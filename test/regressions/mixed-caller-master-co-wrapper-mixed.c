// Found by the differential fuzzer. `no_coroutine_fn coroutine_mixed_fn` is
// QEMU master's co_wrapper_mixed: with a coroutine_fn _co_ twin declared it is
// a wrapper, and mixed-caller does not report calls of wrappers (ordinary code
// is what wrappers are for). bdrv_poll has no twin, so it is a plain mixed
// function. Pins one mixed-caller warning, for bdrv_poll, none for bdrv_drain.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-caller -Xclang -verify %s
#define coroutine_fn __attribute__((coroutine_fn))
#define coroutine_mixed_fn __attribute__((coroutine_mixed_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))

int coroutine_fn bdrv_co_drain(void);
int coroutine_mixed_fn no_coroutine_fn bdrv_drain(void);
int coroutine_mixed_fn no_coroutine_fn bdrv_poll(void); // expected-note {{declared 'coroutine_mixed_fn' here}}

int ordinary(void) {
  return bdrv_drain() +
         bdrv_poll(); // expected-warning {{calls 'coroutine_mixed_fn' function 'bdrv_poll'}}
}
