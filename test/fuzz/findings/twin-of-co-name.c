// Finding (differential fuzzer, gen.KNOWN_ISSUES "twin-of-co-name").
// The twin of a name is the name with `co_` inserted after the first `_`:
// bdrv_co_flush -> bdrv_co_co_flush. The plugin finds no twin for a name whose
// rest already starts with `co_` (and for a name without `_`) and then prints an
// empty twin name.
// Expected: line 24 wrapper-call naming twin 'bdrv_co_co_flush' (declared
//   coroutine_fn, so bdrv_co_flush is a wrapper); line 25 wrapper-call "but its
//   coroutine version 'bdrv_co_co_sync' is not declared".
// Seen (clang 14 and 22):
//   24:10: 'coroutine_fn' function 'co' calls 'no_coroutine_fn' function 'bdrv_co_flush',
//          which must not run in coroutine context [-Wcoroutine,no-coroutine-call]
//   25:10: ... calls generated wrapper 'bdrv_co_sync', but its coroutine version '' is not declared
//   26:10: ... calls generated wrapper 'flush', but its coroutine version '' is not declared
//          (no `_` at all: QEMU never names a wrapper so, but '' is no name)
// RUN: %coro -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#define coroutine_fn __attribute__((coroutine_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
#define generated_co_wrapper __attribute__((generated_co_wrapper))
int coroutine_fn bdrv_co_co_flush(void);
int no_coroutine_fn bdrv_co_flush(void);
int generated_co_wrapper bdrv_co_sync(void);
int generated_co_wrapper flush(void);
int coroutine_fn co(void) {
  return bdrv_co_flush() + // expected-warning {{calls 'no_coroutine_fn' function 'bdrv_co_flush'; call its coroutine version 'bdrv_co_co_flush' instead}}
         bdrv_co_sync() + // expected-warning {{but its coroutine version 'bdrv_co_co_sync' is not declared}}
         flush(); // expected-warning {{calls generated wrapper 'flush'}}
}
