// A path that leaves the function, the loop or the block ends there: the
// code after a test whose one side exits runs on the other side, whether
// the exit is written out or comes from a macro; assert, g_assert and
// noreturn calls end their path. Unmarked functions: where no test decides,
// they are ordinary code.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
// glibc's assert without GNU extensions is a plain ?: expression.
// RUN: %coro -std=c11 -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#include <assert.h>
#include <stdlib.h>
#include "../Inputs/qemu-markers.h"
#include "../Inputs/fake-glib.h"

void coroutine_fn co_sleep(void);
void no_coroutine_fn aio_wait(void);
int co_wrapper bdrv_flush(void *bs);
int flag(void);
_Noreturn void fatal(const char *why);

int early_return(void *bs) {
  if (!qemu_in_coroutine())
    return bdrv_flush(bs);
  co_sleep();
  aio_wait(); // expected-warning {{function 'early_return' calls 'no_coroutine_fn' function 'aio_wait' where qemu_in_coroutine() is true}}
  return 0;
}

#define RUN_OUTSIDE_COROUTINE(bs)                                              \
  do {                                                                         \
    if (!qemu_in_coroutine()) {                                                \
      return bdrv_flush(bs);                                                   \
    }                                                                          \
  } while (0)

int exit_in_macro(void *bs) {
  RUN_OUTSIDE_COROUTINE(bs);
  co_sleep();
  return 0;
}

int return_then_else(void *bs) {
  if (qemu_in_coroutine()) {
    return 1;
  } else {
    aio_wait();
  }
  co_sleep(); // expected-warning {{function 'return_then_else' calls 'coroutine_fn' function 'co_sleep' where qemu_in_coroutine() is false}}
  return 0;
}

int else_returns(void *bs) {
  if (qemu_in_coroutine()) {
    co_sleep();
  } else {
    return bdrv_flush(bs);
  }
  co_sleep();
  return 0;
}

void goto_out(void) {
  if (qemu_in_coroutine())
    goto out;
  aio_wait();
  co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
out:
  co_sleep(); // expected-warning {{non-coroutine function 'goto_out' calls 'coroutine_fn' function 'co_sleep'}}
}

void in_loops(int n) {
  for (int i = 0; i < n; i++) {
    if (!qemu_in_coroutine())
      continue;
    co_sleep();
  }
  while (flag()) {
    if (qemu_in_coroutine())
      break;
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
  }
  co_sleep(); // expected-warning {{non-coroutine function 'in_loops' calls 'coroutine_fn' function 'co_sleep'}}
}

void asserts(void) {
  assert(qemu_in_coroutine());
  co_sleep();
}

void g_asserts(void) {
  g_assert(!qemu_in_coroutine());
  co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
}

void assert_in_chain(int oob) {
  assert(!oob && qemu_in_coroutine() && flag());
  co_sleep();
}

void aborts(void) {
  if (!qemu_in_coroutine())
    abort();
  co_sleep();
}

void noreturn_call(void) {
  if (!qemu_in_coroutine())
    fatal("must run in a coroutine");
  co_sleep();
}

void unreachable(void) {
  if (!qemu_in_coroutine())
    __builtin_unreachable();
  co_sleep();
}

// Negative: exits on some paths only, or not at all.
void some_paths(int x) {
  if (!qemu_in_coroutine()) {
    if (x)
      return;
  }
  co_sleep(); // expected-warning {{non-coroutine function 'some_paths' calls 'coroutine_fn' function 'co_sleep'}}
}

void no_exit(void) {
  if (!qemu_in_coroutine())
    aio_wait();
  co_sleep(); // expected-warning {{non-coroutine function 'no_exit' calls 'coroutine_fn' function 'co_sleep'}}
}

// An assertion of something else, or one that may pass either way.
void other_assertion(int x) {
  assert(x);
  assert(qemu_in_coroutine() || x);
  co_sleep(); // expected-warning {{non-coroutine function 'other_assertion' calls 'coroutine_fn' function 'co_sleep'}}
}

// qapi/qmp-dispatch.c of QEMU 7.2: the branch depends on the context without
// deciding it; the assertion on its else side does.
void qmp_dispatch_like(int coroutine_cmd, int oob) {
  if (!!coroutine_cmd == qemu_in_coroutine()) {
    aio_wait();
  } else {
    assert(!oob && qemu_in_coroutine() && flag());
    co_sleep();
  }
}
