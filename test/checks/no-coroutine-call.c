// Coroutine code, and mixed code that may run in a coroutine, must not call
// what may not run there.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,no-coroutine-call -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

void no_coroutine_fn aio_wait_all(void); // expected-note 4 {{'aio_wait_all' is declared 'no_coroutine_fn' here}}
int co_wrapper bdrv_flush(void *bs); // expected-note {{'bdrv_flush' is declared 'co_wrapper' here}}
int co_wrapper_mixed bdrv_flush_mixed(void *bs);
typedef void no_coroutine_fn BlockingFn(void); // expected-note {{typedef 'BlockingFn' is declared 'no_coroutine_fn' here}}

void coroutine_fn co(BlockingFn *fn) {
  aio_wait_all(); // expected-warning {{'coroutine_fn' function 'co' calls 'no_coroutine_fn' function 'aio_wait_all', which must not run in coroutine context}}
  fn(); // expected-warning {{'coroutine_fn' function 'co' calls 'no_coroutine_fn' parameter 'fn', which must not run in coroutine context}}
}

void coroutine_mixed_fn mixed(void *bs) {
  aio_wait_all(); // expected-warning {{'coroutine_mixed_fn' function 'mixed' calls 'no_coroutine_fn' function 'aio_wait_all'}}
  bdrv_flush(bs); // expected-warning {{'coroutine_mixed_fn' function 'mixed' calls 'co_wrapper' function 'bdrv_flush'}}
  bdrv_flush_mixed(bs);
  if (!qemu_in_coroutine())
    aio_wait_all();
}

void plain_dispatch(void) {
  if (qemu_in_coroutine()) {
    aio_wait_all(); // expected-warning {{function 'plain_dispatch' calls 'no_coroutine_fn' function 'aio_wait_all' where qemu_in_coroutine() is true}}
    return;
  }
  aio_wait_all();
}

void after_early_return(void) {
  if (!qemu_in_coroutine()) {
    aio_wait_all();
    return;
  }
  aio_wait_all(); // expected-warning {{function 'after_early_return' calls 'no_coroutine_fn' function 'aio_wait_all' where qemu_in_coroutine() is true}}
}

void ordinary(void *bs) { aio_wait_all(); bdrv_flush(bs); }
