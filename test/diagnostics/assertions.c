// assert(qemu_in_coroutine()) and assert(!qemu_in_coroutine()) state the
// context of the statements after them in the same block, up to a label:
// calls there are judged in that context, as on a side of a branch.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,wrapper-call,no-coroutine-call,mixed-dispatch,mixed-caller -Xclang -verify %s
// glibc's assert without GNU extensions is a plain ?: expression.
// RUN: %coro -std=c11 -fplugin-arg-coroplugin-checks=-*,coroutine-caller,wrapper-call,no-coroutine-call,mixed-dispatch,mixed-caller -Xclang -verify %s
// RUN: %coro -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#include <assert.h>
#include "../Inputs/qemu-markers.h"
#include "../Inputs/fake-glib.h"

void coroutine_fn co_sleep(void); // expected-note 6 {{'co_sleep' is declared 'coroutine_fn' here}}
void no_coroutine_fn aio_wait(void); // expected-note 3 {{'aio_wait' is declared 'no_coroutine_fn' here}}
int co_wrapper bdrv_flush(void *bs); // expected-note 3 {{'bdrv_flush' is declared 'co_wrapper' here}}
int coroutine_fn bdrv_co_flush(void *bs); // expected-note 3 {{'bdrv_co_flush' is declared here}}
void coroutine_mixed_fn bdrv_drain(void *bs);
void poll(void);

// Unmarked code that asserts it runs in a coroutine may call coroutine_fn,
// and its wrapper calls are coroutine code calling a wrapper.
// CHECK: fix-it:"{{.*}}assertions.c":{[[@LINE+1]]:5-[[@LINE+1]]:5}:" coroutine_fn"
void asserts_coroutine(void *bs) { // expected-note {{mark 'asserts_coroutine' 'coroutine_fn'}}
  co_sleep(); // expected-warning {{non-coroutine function 'asserts_coroutine' calls 'coroutine_fn' function 'co_sleep'}}
  assert(qemu_in_coroutine());
  co_sleep();
  bdrv_flush(bs); // expected-warning {{function 'asserts_coroutine' calls generated wrapper 'bdrv_flush' where qemu_in_coroutine() is true; call its coroutine version 'bdrv_co_flush' instead}}
  bdrv_drain(bs);
  {
    co_sleep(); // nested blocks are after the assertion too
  }
}

void g_asserts_coroutine(void *bs) {
  g_assert(qemu_in_coroutine());
  co_sleep();
  bdrv_flush(bs); // expected-warning {{function 'g_asserts_coroutine' calls generated wrapper 'bdrv_flush' where qemu_in_coroutine() is true}}
}

void aborts_outside(void) {
  if (!qemu_in_coroutine())
    __builtin_abort();
  co_sleep();
}

#define ASSERT_CO() assert(qemu_in_coroutine())
#define IO_CODE() do { } while (0)
void through_macros(void) {
  IO_CODE();
  ASSERT_CO();
  co_sleep();
}

// A mixed function that asserts it runs outside coroutines may block, and
// must not call coroutine_fn.
void coroutine_mixed_fn mixed_asserts_outside(void *bs) {
  aio_wait(); // expected-warning {{'coroutine_mixed_fn' function 'mixed_asserts_outside' calls 'no_coroutine_fn' function 'aio_wait', which must not run in coroutine context}}
  assert(!qemu_in_coroutine());
  aio_wait();
  bdrv_flush(bs);
  co_sleep(); // expected-warning {{function 'mixed_asserts_outside' calls 'coroutine_fn' function 'co_sleep' where qemu_in_coroutine() is false}}
}

void coroutine_mixed_fn mixed_g_asserts_outside(void) {
  g_assert(!qemu_in_coroutine());
  aio_wait();
}

// The assertion holds in the rest of its block only.
void scoped(int x) { // expected-note {{mark 'scoped' 'coroutine_fn'}}
  if (x) {
    assert(qemu_in_coroutine());
    co_sleep();
  }
  co_sleep(); // expected-warning {{non-coroutine function 'scoped' calls 'coroutine_fn' function 'co_sleep'}}
}

// Control reaches a label without passing the assertion before it.
void coroutine_mixed_fn past_a_label(int x) {
  if (x)
    goto out;
  assert(!qemu_in_coroutine());
  aio_wait();
out:
  aio_wait(); // expected-warning {{'coroutine_mixed_fn' function 'past_a_label' calls 'no_coroutine_fn' function 'aio_wait'}}
}

void coroutine_mixed_fn in_a_switch(int x) {
  switch (x) {
  case 1:
    assert(!qemu_in_coroutine());
    aio_wait();
    break;
  case 2:
    aio_wait(); // expected-warning {{'coroutine_mixed_fn' function 'in_a_switch' calls 'no_coroutine_fn' function 'aio_wait'}}
    break;
  }
}

// An assertion is not a dispatch (mixed-dispatch), and an asserted-ordinary
// caller is not asked to become mixed (mixed-caller).
void asserts_outside(void *bs) {
  assert(!qemu_in_coroutine());
  bdrv_drain(bs);
  bdrv_flush(bs);
  poll();
}

// Assertions of something else say nothing.
void other_assertions(int x) { // expected-note {{mark 'other_assertions' 'coroutine_fn'}}
  assert(x);
  assert(qemu_in_coroutine() || x);
  co_sleep(); // expected-warning {{non-coroutine function 'other_assertions' calls 'coroutine_fn' function 'co_sleep'}}
  assert(qemu_in_coroutine() && x);
  co_sleep();
}

// G_LIKELY around the test of a real branch is still the test.
void coroutine_fn g_likely_branch(void *bs) {
  if (G_LIKELY(!qemu_in_coroutine())) {
    bdrv_flush(bs);
    return;
  }
  bdrv_flush(bs); // expected-warning {{function 'g_likely_branch' calls generated wrapper 'bdrv_flush' where qemu_in_coroutine() is true; call its coroutine version 'bdrv_co_flush' instead}}
}

// No fix-it marks a caller whose context an assertion decided.
// CHECK-NOT: fix-it:"{{.*}}":{[[@LINE+1]]:
void fixits(void) {
  assert(!qemu_in_coroutine());
  co_sleep(); // expected-warning {{function 'fixits' calls 'coroutine_fn' function 'co_sleep' where qemu_in_coroutine() is false}}
}

// Unevaluated: nothing runs.
void unevaluated(void) { // expected-note {{mark 'unevaluated' 'coroutine_fn'}}
  (void)sizeof(({ assert(qemu_in_coroutine()); 1; }));
  co_sleep(); // expected-warning {{non-coroutine function 'unevaluated' calls 'coroutine_fn' function 'co_sleep'}}
}
