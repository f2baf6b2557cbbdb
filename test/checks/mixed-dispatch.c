// A function that branches on qemu_in_coroutine() and may suspend on its
// coroutine side runs in both contexts and says so with coroutine_mixed_fn;
// assertions about the context do not count.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-dispatch -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,mixed-dispatch -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#include <assert.h>
#include "../Inputs/qemu-markers.h"

#define likely(x) __builtin_expect(!!(x), 1)
void coroutine_fn co_work(void);
void poll_until_done(void);

// A header prototype and the definition both get the marker.
// CHECK-DAG: fix-it:"{{.*}}mixed-dispatch.c":{[[@LINE+1]]:4-[[@LINE+1]]:4}:" coroutine_mixed_fn"
int dispatching(void);
// CHECK-DAG: fix-it:"{{.*}}mixed-dispatch.c":{[[@LINE+1]]:4-[[@LINE+1]]:4}:" coroutine_mixed_fn"
int dispatching(void) { // expected-warning {{function 'dispatching' branches on qemu_in_coroutine() but is not declared 'coroutine_mixed_fn'}}
  if (qemu_in_coroutine()) { // expected-note {{qemu_in_coroutine() is tested here}}
    co_work();
    return 1;
  }
  poll_until_done();
  return 0;
}

// CHECK-DAG: fix-it:"{{.*}}mixed-dispatch.c":{[[@LINE+1]]:13-[[@LINE+1]]:13}:"coroutine_mixed_fn "
static int *pointer_result(int *p) { // expected-warning {{function 'pointer_result' branches on qemu_in_coroutine()}}
  return likely(!qemu_in_coroutine()) ? p : (co_work(), p); // expected-note {{qemu_in_coroutine() is tested here}}
}

void early_exit(void) { // expected-warning {{function 'early_exit' branches on qemu_in_coroutine()}}
  if (!qemu_in_coroutine()) { // expected-note {{qemu_in_coroutine() is tested here}}
    poll_until_done();
    return;
  }
  co_work();
}

void short_circuit(void) { // expected-warning {{function 'short_circuit' branches on qemu_in_coroutine()}}
  (void)(qemu_in_coroutine() && (co_work(), 1)); // expected-note {{qemu_in_coroutine() is tested here}}
}

void coroutine_mixed_fn already_mixed(void) {
  if (qemu_in_coroutine())
    co_work();
}

int generated_co_wrapper bdrv_flush(void *bs);
int bdrv_flush(void *bs) {
  if (qemu_in_coroutine())
    return 0;
  poll_until_done();
  return 0;
}

void asserts_only(void) {
  assert(qemu_in_coroutine());
  assert(!qemu_in_coroutine());
  if (!qemu_in_coroutine())
    __builtin_abort();
}

void unevaluated(void) { (void)sizeof(qemu_in_coroutine() ? 1 : 2); }

// A branch that depends on the context without deciding it dispatches too
// (QEMU 7.2's qmp_dispatch); the assertion on its else side does not.
void compared(int coroutine_cmd, int oob) { // expected-warning {{function 'compared' branches on qemu_in_coroutine()}}
  if (!!coroutine_cmd == qemu_in_coroutine()) { // expected-note {{qemu_in_coroutine() is tested here}}
    poll_until_done();
  } else {
    assert(!oob && qemu_in_coroutine());
    co_work();
  }
}

// An early exit written in a macro.
#define RETURN_OUTSIDE_COROUTINE()                                             \
  do {                                                                         \
    if (!qemu_in_coroutine()) {                                                \
      poll_until_done();                                                       \
      return;                                                                  \
    }                                                                          \
  } while (0)
void exit_in_macro(void) { // expected-warning {{function 'exit_in_macro' branches on qemu_in_coroutine()}}
  RETURN_OUTSIDE_COROUTINE(); // expected-note {{qemu_in_coroutine() is tested here}}
  co_work();
}

void through_local(void) { // expected-warning {{function 'through_local' branches on qemu_in_coroutine()}}
  int co = qemu_in_coroutine(); // expected-note {{qemu_in_coroutine() is tested here}}
  if (co)
    co_work();
}

// What the coroutine side calls decides: coroutine_mixed_fn means "can
// suspend when executed in coroutine context". A mixed callee or a wrapper
// (which runs its coroutine function there) may suspend.
int coroutine_mixed_fn mixed_read(void);
int generated_co_wrapper bdrv_pread(void *bs);
int calls_mixed(void) { // expected-warning {{function 'calls_mixed' branches on qemu_in_coroutine()}}
  if (qemu_in_coroutine()) // expected-note {{qemu_in_coroutine() is tested here}}
    return mixed_read();
  return 0;
}
int calls_wrapper(void *bs) { // expected-warning {{function 'calls_wrapper' branches on qemu_in_coroutine()}}
  if (!qemu_in_coroutine()) // expected-note {{qemu_in_coroutine() is tested here}}
    return 0;
  return bdrv_pread(bs);
}

// Not mixed: a test whose coroutine side suspends nowhere. QEMU's
// aio_co_enter queues the coroutine to wake on the caller's wakeup list in
// a coroutine and enters it otherwise; a value picked by the context; a
// suspending call on the ordinary side only.
void queue_wakeup(void);
void enter_or_queue(void) {
  if (qemu_in_coroutine())
    queue_wakeup();
  else
    poll_until_done();
}
static int *picks_value(int *p) { return likely(!qemu_in_coroutine()) ? p : 0; }
void suspends_on_ordinary_side(void) {
  if (!qemu_in_coroutine())
    co_work();
}

// Not dispatch: an assertion that may pass in either context, a test where
// an earlier one decided, a value stored without a branch.
int g_co;
void not_dispatch(int x) {
  assert(qemu_in_coroutine() || x);
  assert(qemu_in_coroutine());
  if (qemu_in_coroutine())
    co_work();
  g_co = qemu_in_coroutine();
}
