// A callee chosen by the context runs in the context that chose it:
// `(qemu_in_coroutine() ? bdrv_co_x : bdrv_x)(bs)` calls bdrv_co_x in
// coroutine context only, and bdrv_x outside.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call,wrapper-call -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#include "../Inputs/qemu-markers.h"

int coroutine_fn bdrv_co_flush(void *bs);
int co_wrapper bdrv_flush(void *bs);
int no_coroutine_fn bdrv_drain_poll(void *bs);

int right_sides(void *bs) {
  return (qemu_in_coroutine() ? bdrv_co_flush : bdrv_flush)(bs);
}

int wrong_sides(void *bs) {
  return (qemu_in_coroutine() ? bdrv_drain_poll : bdrv_co_flush)(bs); // expected-warning {{function 'wrong_sides' calls 'no_coroutine_fn' function 'bdrv_drain_poll' (one of 2 possible callees) where qemu_in_coroutine() is true}} expected-warning {{function 'wrong_sides' calls 'coroutine_fn' function 'bdrv_co_flush' (one of 2 possible callees) where qemu_in_coroutine() is false}}
}

// A selection by something else leaves each callee in the caller's context.
int by_flag(void *bs, int flag) {
  return (flag ? bdrv_co_flush : bdrv_flush)(bs); // expected-warning {{non-coroutine function 'by_flag' calls 'coroutine_fn' function 'bdrv_co_flush'}}
}

// Through a local that holds the test.
int by_local(void *bs) {
  int co = qemu_in_coroutine();
  int (*fn)(void *) = co ? bdrv_co_flush : bdrv_flush;
  return (co ? bdrv_co_flush : bdrv_flush)(bs) + (fn != 0);
}
