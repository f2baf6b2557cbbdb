// Finding (differential fuzzer, gen.KNOWN_ISSUES "mixed-caller-noco-mixed-wrapper").
// `no_coroutine_fn coroutine_mixed_fn` is QEMU master's co_wrapper_mixed; with
// its _co_ twin declared coroutine_fn it is a wrapper (wrapper-call reports it
// from coroutine code, as expected). mixed-caller: "Calls of wrappers are not
// reported (ordinary code is what wrappers are for)". bdrv_poll has no twin, so
// it is a plain mixed function and its call is reported.
// Expected: one mixed-caller warning, for bdrv_poll (line 21).
// Seen (clang 14 and 22): also 'non-coroutine function 'ordinary' calls
//   'coroutine_mixed_fn' function 'bdrv_drain'; consider declaring ...' on line 20.
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
